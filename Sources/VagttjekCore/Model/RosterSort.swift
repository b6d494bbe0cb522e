
/// Sorting a roster's rows by (employee, start, end, line), which `Roster.init` does so that
/// every later step can take an employee's rows as one ordered range. Apart from the model:
/// the algorithms are shaped for speed and memory, the model only states the order.
public enum RosterSort {
    /// Up to this many rows, unsorted input is sorted by employee into a second array on all
    /// cores (24 bytes a row more, briefly); above it, in place, to stay within the memory target
    /// (`ReadLimits.outOfPlaceSortRows` passes another).
    public static let outOfPlaceRows = 16_000_000

    /// Sorts rows by (employee, start, end, line) in place and returns each employee's range:
    /// a check and nothing more for sorted input (the usual export), else a scatter by employee
    /// followed by a sort of each employee's few rows (skipped where they are in order already, as
    /// in an export sorted by date). `renumbering` (old index → new), when given, is applied to
    /// every row on the way (ids were not interned in natural order).
    ///
    /// Shaped for speed (a roster exported by date: 2,414,759 rows of 10,000 staff took 63 ms
    /// here; see BENCHMARKS.md): one counting pass on all cores gives each part's rows per
    /// employee, the scatter uses those counts (no second count) and renumbers as it writes (no
    /// pass of its own), and an employee whose rows are in order is not sorted again.
    static func sortInPlace(
        _ rows: inout [Shift], employees: Int, renumbering: [Int32]? = nil, span: inout (start: Minute, end: Minute)?,
        longest: inout Int32, outOfPlaceLimit: Int = outOfPlaceRows
    ) -> [Range<Int>] {
        @inline(__always) func before(_ a: Shift, _ b: Shift) -> Bool {
            if a.employee != b.employee { return a.employee < b.employee }
            if a.start != b.start { return a.start < b.start }
            if a.end != b.end { return a.end < b.end }
            return a.line < b.line
        }
        // One pass on all cores: rows per employee (by new index) in each part, whether the rows
        // are sorted (by new index), the span and the longest row.
        let n = rows.count
        let parts = n < 1 << 16 ? 1 : max(1, System.activeProcessorCount)
        @inline(__always) func part(_ p: Int) -> Range<Int> { (n * p / parts)..<(n * (p + 1) / parts) }
        var partResults = [(counts: [Int], sorted: Bool, lo: Int32, hi: Int32, longest: Int32)](
            repeating: ([], true, Int32.max, Int32.min, 0), count: parts)
        let map = renumbering ?? []
        let mapped = renumbering != nil
        rows.withUnsafeBufferPointer { src in
            map.withUnsafeBufferPointer { map in
                partResults.withUnsafeMutableBufferPointer { out in
                    let outBase = out.baseAddress!
                    Parallel.forEach(parts) { p in
                        var c = [Int](repeating: 0, count: employees)
                        let range = part(p)
                        // Two loops, every counter local to them (shaped for speed: counters
                        // captured by a nested function were kept in memory, +4 M instructions
                        // at 1,000 staff sorted).
                        let (sorted, lo, hi, long) = c.withUnsafeMutableBufferPointer { c -> (Bool, Int32, Int32, Int32) in
                            var sorted = true
                            var lo = Int32.max, hi = Int32.min, long: Int32 = 0
                            if mapped {
                                var previous = Shift(employee: -1, start: 0, end: 0, kind: .work)
                                for i in range {
                                    var row = src[i]
                                    row.employee = map[Int(row.employee)]
                                    c[Int(row.employee)] += 1
                                    if sorted && i > range.lowerBound && before(row, previous) { sorted = false }
                                    previous = row
                                    lo = min(lo, row.start)
                                    hi = max(hi, row.end)
                                    long = max(long, row.end &- row.start)
                                }
                            } else {
                                for i in range {
                                    let row = src[i]
                                    c[Int(row.employee)] += 1
                                    if sorted && i > range.lowerBound && before(row, src[i - 1]) { sorted = false }
                                    lo = min(lo, row.start)
                                    hi = max(hi, row.end)
                                    long = max(long, row.end &- row.start)
                                }
                            }
                            return (sorted, lo, hi, long)
                        }
                        outBase[p] = (c, sorted, lo, hi, long)
                    }
                }
            }
        }
        @inline(__always) func renumbered(_ row: Shift) -> Shift {
            var row = row
            if mapped { row.employee = map[Int(row.employee)] }
            return row
        }
        var counts = [Int](repeating: 0, count: employees)
        var sorted = partResults.allSatisfy(\.sorted)
        var lo = Int32.max, hi = Int32.min
        for (p, result) in partResults.enumerated() {
            longest = max(longest, result.longest)
            lo = min(lo, result.lo)
            hi = max(hi, result.hi)
            for e in counts.indices { counts[e] += result.counts[e] }
            let first = part(p).lowerBound
            if p > 0 && first > 0 && first < n && before(renumbered(rows[first]), renumbered(rows[first - 1])) { sorted = false }
        }
        span = n == 0 ? nil : (Int(lo), Int(hi))
        var starts = [0]
        starts.reserveCapacity(employees + 1)
        for e in 0..<employees { starts.append(starts[e] + counts[e]) }
        let ranges = (0..<employees).map { starts[$0]..<starts[$0 + 1] }
        if sorted {
            // In order already; only the new numbers to write.
            if mapped {
                rows.withUnsafeMutableBufferPointer { buf in
                    let base = buf
                    Parallel.forEach(parts) { p in
                        for i in part(p) { base[i].employee = map[Int(base[i].employee)] }
                    }
                }
            }
            return ranges
        }
        if System.activeProcessorCount > 1 && rows.count <= outOfPlaceLimit {
            // Counting sort by employee into a second array on all cores: each part scatters its
            // rows to positions computed from the pass's per-part counts, so the result is the
            // same as a sequential scatter.
            var offsets = [[Int]](repeating: [], count: parts)
            var position = Array(starts.prefix(employees))
            for p in 0..<parts {
                offsets[p] = position
                for e in 0..<employees { position[e] += partResults[p].counts[e] }
            }
            let scattered = [Shift](unsafeUninitializedCapacity: n) { dst, initialized in
                rows.withUnsafeBufferPointer { src in
                    map.withUnsafeBufferPointer { map in
                        let dstBase = dst.baseAddress!
                        // The fresh pages in one call per part (each part scatters over all of them).
                        Parallel.forEach(parts) { p in
                            let range = part(p)
                            System.prefault(dstBase + range.lowerBound, bytes: range.count * MemoryLayout<Shift>.stride)
                        }
                        Parallel.forEach(parts) { p in
                            var next = offsets[p]
                            for i in part(p) {
                                var row = src[i]
                                if mapped { row.employee = map[Int(row.employee)] }
                                let e = Int(row.employee)
                                (dstBase + next[e]).initialize(to: row)
                                next[e] += 1
                            }
                        }
                    }
                }
                initialized = n
            }
            rows = scattered
        } else {
            rows.withUnsafeMutableBufferPointer { buf in
                if mapped {
                    let base = buf
                    Parallel.forEach(parts) { p in
                        for i in part(p) { base[i].employee = map[Int(base[i].employee)] }
                    }
                }
                // American flag sort, in place, in two levels: every row to its group of
                // consecutive employees (about 2 MB of rows a group, at least 16 groups), then, on
                // all cores, each group's rows to their employees. Shaped for speed: one level
                // swapped each row to one of 100,000 places across 580 MB (a cache and TLB miss a
                // row, on one core: 4.2 s of the 100k anchor sorted by date); a level of a few
                // hundred places keeps its write heads in cache, and a group fits in L2.
                let groups = max(1, min(employees, max(16, n * MemoryLayout<Shift>.stride / (2 << 20))))
                @inline(__always) func firstEmployee(_ g: Int) -> Int { employees * g / groups }
                var groupOf = [Int32](repeating: 0, count: employees)
                for g in 0..<groups {
                    for e in firstEmployee(g)..<firstEmployee(g + 1) { groupOf[e] = Int32(truncatingIfNeeded: g) }
                }
                let groupStart = (0...groups).map { starts[firstEmployee($0)] }
                groupOf.withUnsafeBufferPointer { groupOf in
                    // The first level on two cores: the rows of the first half of the groups to
                    // the front (one pass from both ends, sequential), then each half's groups.
                    let half = groups / 2
                    let split = groupStart[half]
                    let cut = Self.partition(buf, 0, n) { Int(groupOf[Int($0.employee)]) < half }
                    guard cut == split else {
                        // The counts say where the halves meet; should they ever disagree, the
                        // whole first level on one core (it holds for any arrangement).
                        Self.flagSort(buf, starts: groupStart) { Int(groupOf[Int($0.employee)]) }
                        return
                    }
                    let base = buf
                    Parallel.forEach(2) { side in
                        if side == 0 {
                            Self.flagSort(base, starts: Array(groupStart[0...half])) { Int(groupOf[Int($0.employee)]) }
                        } else {
                            Self.flagSort(base, starts: Array(groupStart[half...groups])) { Int(groupOf[Int($0.employee)]) - half }
                        }
                    }
                }
                let base = buf
                Parallel.forEach(groups) { g in
                    let lo = firstEmployee(g), hi = firstEmployee(g + 1)
                    Self.flagSort(base, starts: Array(starts[lo...hi])) { Int($0.employee) - lo }
                }
            }
        }
        rows.withUnsafeMutableBufferPointer { buf in
            // Each employee's rows on all cores (the ranges are disjoint; the order is total, so
            // the result does not depend on the split).
            let pieces = employees < 64 ? 1 : System.activeProcessorCount * 4
            let base = buf
            let work = { (p: Int) in
                var scratch = Self.BucketScratch()
                for e in (employees * p / pieces)..<(employees * (p + 1) / pieces) where ranges[e].count > 1 {
                    Self.sortEmployeeRows(base, ranges[e], &scratch, by: before)
                }
            }
            Parallel.forEach(pieces, work)
        }
        return ranges
    }

    /// Moves the rows of `buf[lo..<hi]` for which `isFront` holds to the front, in place (not
    /// stable), and returns where the others start.
    @inline(__always)
    static func partition(_ buf: UnsafeMutableBufferPointer<Shift>, _ lo: Int, _ hi: Int, isFront: (Shift) -> Bool) -> Int {
        var i = lo, j = hi
        while true {
            while i < j && isFront(buf[i]) { i += 1 }
            while i < j && !isFront(buf[j - 1]) { j -= 1 }
            if i >= j { return i }
            buf.swapAt(i, j - 1)
            i += 1
            j -= 1
        }
    }

    /// Moves every row of `buf` to its bucket, in place: bucket `b` is to hold
    /// `buf[starts[b]..<starts[b + 1]]` (the starts come from a count of `bucket` over these
    /// rows). Not stable. Shaped for speed: a row is carried along its cycle in a register, so
    /// each move is one read and one write (a swap per row read and wrote two places).
    @inline(__always)
    static func flagSort(_ buf: UnsafeMutableBufferPointer<Shift>, starts: [Int], bucket: (Shift) -> Int) {
        var next = Array(starts.dropLast())
        for b in 0..<(starts.count - 1) {
            let end = starts[b + 1]
            while next[b] < end {
                var row = buf[next[b]]
                var target = bucket(row)
                // Along the cycle that starts here until a row of this bucket comes back.
                while target != b {
                    let place = next[target]
                    next[target] = place + 1
                    swap(&row, &buf[place])
                    target = bucket(row)
                }
                buf[next[b]] = row
                next[b] += 1
            }
        }
    }

    /// Reused memory for `sortEmployeeRows`.
    struct BucketScratch {
        var rows: [Shift] = []
        var counts: [Int] = []
    }

    /// Sorts one employee's rows (`buf[range]`) by (start, end, line) as `before` orders them.
    ///
    /// Shaped for speed (unsorted input, `SHUFFLE=1` in `Benchmarks/compare.sh`): the rows are
    /// first distributed into about twice as many buckets of start time as there are rows (a
    /// stable counting pass), then an insertion sort puts the few rows that share a bucket in
    /// order. The quicksort it replaced took a tenth of the CPU of a shuffled 10k run (perf).
    static func sortEmployeeRows(
        _ buf: UnsafeMutableBufferPointer<Shift>, _ range: Range<Int>, _ scratch: inout BucketScratch,
        by before: (Shift, Shift) -> Bool
    ) {
        let n = range.count
        // Rows in order already (an export sorted by date): nothing to move.
        var k = range.lowerBound + 1
        while k < range.upperBound && !before(buf[k], buf[k - 1]) { k += 1 }
        if k >= range.upperBound { return }
        if n <= 32 {
            sortRows(buf, range.lowerBound, range.upperBound - 1, by: before)
            return
        }
        var low = Int32.max, high = Int32.min
        for i in range {
            low = min(low, buf[i].start)
            high = max(high, buf[i].start)
        }
        let span = Int(high) - Int(low)
        var shift = 0
        while span >> shift >= 2 * n { shift += 1 }
        let buckets = span >> shift + 1
        scratch.counts.removeAll(keepingCapacity: true)
        scratch.counts.append(contentsOf: repeatElement(0, count: buckets + 1))
        if scratch.rows.count < n { scratch.rows = [Shift](repeating: buf[range.lowerBound], count: n) }
        scratch.counts.withUnsafeMutableBufferPointer { counts in
            scratch.rows.withUnsafeMutableBufferPointer { rows in
                for i in range { counts[(Int(buf[i].start) - Int(low)) >> shift + 1] += 1 }
                for b in 0..<buckets { counts[b + 1] += counts[b] }
                for i in range {
                    let b = (Int(buf[i].start) - Int(low)) >> shift
                    rows[counts[b]] = buf[i]
                    counts[b] += 1
                }
                // Back in place, then an insertion sort (rows are out of order only within a bucket).
                let base = range.lowerBound
                for k in 0..<n { buf[base + k] = rows[k] }
            }
        }
        insertionSort(buf, range.lowerBound, range.upperBound - 1, by: before)
    }

    /// Sorts `buf[lo...hi]` in place by insertion: fast for few rows, or rows almost in order.
    @inline(__always)
    static func insertionSort(
        _ buf: UnsafeMutableBufferPointer<Shift>, _ lo: Int, _ hi: Int, by before: (Shift, Shift) -> Bool
    ) {
        if hi <= lo { return }
        for k in (lo + 1)...hi {
            let x = buf[k]
            var m = k - 1
            while m >= lo && before(x, buf[m]) {
                buf[m + 1] = buf[m]
                m -= 1
            }
            buf[m + 1] = x
        }
    }

    /// Sorts `buf[lo...hi]` in place: quicksort with a median-of-three pivot and insertion sort
    /// for short ranges. Shaped for speed: no allocation per employee (the standard library's
    /// stable sort allocates a buffer per call); a total order, so stability does not matter.
    static func sortRows(
        _ buf: UnsafeMutableBufferPointer<Shift>, _ lo: Int, _ hi: Int, by before: (Shift, Shift) -> Bool
    ) {
        var lo = lo, hi = hi
        while hi - lo > 16 {
            let mid = lo + (hi - lo) / 2
            if before(buf[mid], buf[lo]) { buf.swapAt(mid, lo) }
            if before(buf[hi], buf[lo]) { buf.swapAt(hi, lo) }
            if before(buf[hi], buf[mid]) { buf.swapAt(hi, mid) }
            let pivot = buf[mid]
            var i = lo, j = hi
            while i <= j {
                while before(buf[i], pivot) { i += 1 }
                while before(pivot, buf[j]) { j -= 1 }
                if i <= j {
                    buf.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            // Recurse into the smaller side, loop on the larger (bounded stack depth).
            if j - lo < hi - i {
                sortRows(buf, lo, j, by: before)
                lo = i
            } else {
                sortRows(buf, i, hi, by: before)
                hi = j
            }
        }
        insertionSort(buf, lo, hi, by: before)
    }
}
