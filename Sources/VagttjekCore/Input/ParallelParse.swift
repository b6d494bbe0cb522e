
#if canImport(Glibc)
import Glibc
#endif

extension RosterReader {
    /// Parses the rows of a large file in contiguous pieces split at line ends, one parser per
    /// piece on all cores, then merges them in file order: interned values are renumbered,
    /// line numbers offset, errors kept in order. Hands the bytes to the sequential parser, with
    /// the reason, when they are small or there is one thread, when a quote shows up (a quoted
    /// cell may hold a line break, so a split at a line end is not safe), or when labels or
    /// units overflow their codes. Shaped for speed: see `Benchmarks/`, parse.
    static func parseInParallel(
        scanner: CSVScanner, file: String, columns: [Column: Int], headerCount: Int, jobs: Int, threshold: Int,
        kinds: [String: ShiftKind] = [:], codes: ShiftCodes = ShiftCodes(), monthFirst: Bool = false
    ) -> FastRead<RowParser> {
        let threads = jobs > 0 ? jobs : System.activeProcessorCount
        let bytes = scanner.bytes
        let from = scanner.offset, total = bytes.count - from
        guard threads > 1, total > threshold else { return .fallBack(.small) }
        let pieces = threads * 4
        var bounds = [from]
        for p in 1..<pieces {
            var cut = max(from + total * p / pieces, bounds[bounds.count - 1])
            while cut < bytes.count && bytes[cut - 1] != 0x0A { cut += 1 }
            bounds.append(cut)
        }
        bounds.append(bytes.count)
        let done = Parallel.map(pieces) { p in
            var parser = RowParser(
                scanner: scanner, file: file, columns: columns, headerCount: headerCount, capacity: (bounds[p + 1] - bounds[p]) / 40, kinds: kinds, codes: codes, monthFirst: monthFirst)
            parser.errorBudget = RowParser.pieceErrorBudget
            parser.parseRows(from: bounds[p], to: bounds[p + 1], line: 1)
            return parser
        }
        guard !done.contains(where: \.sawQuote) else { return .fallBack(.quote) }
        guard !done.contains(where: \.overBudget) else { return .fallBack(.manyErrors) }
        var merger = PieceMerger(scanner: scanner, file: file, columns: columns, headerCount: headerCount, firstLine: scanner.line)
        guard merger.add(done) else { return .fallBack(.tooManyCodes) }
        return .read(merger.merged)
    }
}

/// Joins the rows of pieces parsed apart, in file order: interned values renumbered, line
/// numbers offset, errors and notices kept in order.
struct PieceMerger {
    var merged: RowParser
    var lineBase: Int
    /// The merged values' indices by their bytes (canonically equivalent spellings are one
    /// value, as in `String` equality). Shaped for speed: an export sorted by date has every id
    /// in every piece, and a `[String: Int32]` dictionary spent 9.5 ms on one core per 2.4 M rows.
    var employeeIndex = ByteInterner(), labelIndex = ByteInterner(), unitIndex = ByteInterner()

    init(scanner: CSVScanner, file: String, columns: [RosterReader.Column: Int], headerCount: Int, firstLine: Int) {
        merged = RowParser(scanner: scanner, file: file, columns: columns, headerCount: headerCount, capacity: 0)
        lineBase = firstLine - 1
    }

    static func remap(_ strings: [String], _ index: inout ByteInterner, _ all: inout [String]) -> [Int32] {
        strings.map { s in
            var s = s
            return s.withUTF8 { index.intern($0, strings: &all, limit: Int(Int32.max)) } ?? -1
        }
    }

    /// How the rows of a piece are renumbered into the merged roster, and where they go.
    typealias Map = (employees: [Int32], labels: [Int32], units: [Int32], lineBase: Int32, offset: Int)

    /// The rows merged so far.
    var count = 0

    /// Interns the next pieces' values (serially; cheap: per distinct value), joins their
    /// errors and notices, and says where their rows go; nil when labels or units overflow
    /// their codes, or employees pass `Int32.max`.
    mutating func renumbering(_ done: [RowParser]) -> [Map]? {
        var maps: [Map] = []
        for part in done {
            // Ids found among the merged ones keep their index; only the piece's new ones (its
            // `employeeIDs`, numbered after the seeded ones) are looked up.
            let remapped = Self.remap(part.employeeIDs, &employeeIndex, &merged.employeeIDs)
            // Past `Int32.max` employees in all (each piece counts only its own): the whole-file
            // path says so, row by row.
            if remapped.contains(-1) { return nil }
            let employees = Array(0..<Int32(truncatingIfNeeded: part.seededEmployees)) + remapped
            for (k, name) in part.names.enumerated() {
                guard let name else { continue }
                let m = Int(employees[k])
                if merged.names.count <= m { merged.names.append(contentsOf: repeatElement(nil, count: m + 1 - merged.names.count)) }
                if merged.names[m] == nil { merged.names[m] = name }
            }
            let labels = Self.remap(part.labels, &labelIndex, &merged.labels)
            let units = Self.remap(part.units, &unitIndex, &merged.units)
            if merged.labels.count > Shift.maxCodes || merged.units.count > Shift.maxCodes { return nil }
            maps.append((employees, labels, units, Int32(lineBase), count))
            let base = lineBase
            func shifted(_ e: InputError) -> InputError {
                InputError(file: e.file, line: e.line.map { $0 + base }, column: e.column, message: e.message)
            }
            merged.errors += part.errors.map(shifted)
            merged.notices += part.notices.map(shifted)
            merged.kindsMatched.formUnion(part.kindsMatched)
            merged.dateEvidence.merge(part.dateEvidence, lineBase: base)
            merged.omitted.rows += part.omitted.rows
            merged.omitted.lines += part.omitted.lines
            lineBase += part.endLine - 1
            count += part.shifts.count
        }
        return maps
    }

    /// Writes the pieces' rows, renumbered, to their places in `out` (uninitialised memory),
    /// one piece per core when `parallel`.
    static func copy(_ done: [RowParser], _ maps: [Map], into out: UnsafeMutablePointer<Shift>, parallel: Bool) {
        let work = { (p: Int) in
            let map = maps[p]
            var at = out + map.offset
            System.prefault(at, bytes: done[p].shifts.count * MemoryLayout<Shift>.stride)
            for var s in done[p].shifts {
                s.employee = map.employees[Int(s.employee)]
                if s.labelCode != 0 { s.label = map.labels[Int(s.label)] }
                if s.unitCode != 0 { s.unit = map.units[Int(s.unit)] }
                s.line += map.lineBase
                at.initialize(to: s)
                at += 1
            }
        }
        Parallel.forEach(done.count, serial: !parallel, work)
    }

    /// Adds pieces parsed from one buffer into one exact array, copied on all cores; false when
    /// labels or units overflow their codes.
    mutating func add(_ done: [RowParser]) -> Bool {
        guard let maps = renumbering(done) else { return false }
        let rowCount = count
        merged.shifts = [Shift](unsafeUninitializedCapacity: rowCount) { buffer, initialized in
            guard let base = buffer.baseAddress else { return }
            Self.copy(done, maps, into: base, parallel: true)
            initialized = rowCount
        }
        return true
    }
}

extension RowParser {
    /// The errors a piece read in parallel may hold before the file is read whole instead
    /// (`errorBudget`): 10,000 errors are about 2.5 MB.
    static let pieceErrorBudget = 10_000
}
