/// The per-row work of `RosterReader`, kept apart so the interning tables live in one place.
struct RowParser {
    var scanner: CSVScanner
    let file: String
    let columns: [RosterReader.Column: Int]
    let headerCount: Int
    var shifts: [Shift] = []
    var errors: [InputError] = []
    var notices: [InputError] = []
    var employeeIDs: [String] = []
    /// The ids merged before this piece (`RosterReader.readStreaming`), read only, shared by
    /// the pieces of a round: an id found there keeps its merged index; any other id is
    /// interned in `employeeIndex`/`employeeIDs` (this piece's new ids) with its local index
    /// plus `seededEmployees`. Shaped for speed: each block of an export by date names every
    /// id again, and interning all of them per block, then renumbering them on one core, cost
    /// 9.5 ms of the 10k anchor; a copy of the merged table per block instead (copy on write)
    /// cost 100k staff 250 ms of copying and 75,000 page faults.
    var seedIndex: ByteInterner?
    var seededEmployees = 0
    /// What `resolvePending` read ahead (kept, so the reads are not optimised away).
    var warmed: Int32 = 0
    /// Per employee index (as `internEmployee` gives them): the first non-empty name in the `name` column, or nil.
    var names: [String?] = []
    var labels: [String] = []
    var units: [String] = []
    // Interning by raw bytes: no `String` is built for a value seen before.
    var employeeIndex = ByteInterner()
    var labelIndex = ByteInterner()
    var unitIndex = ByteInterner()
    var kindIndex: [ArraySlice<UInt8>: ShiftKind] = [:]
    var tagIndex: [ArraySlice<UInt8>: ShiftTags] = [:]

    // Column positions for the fast path (-1 when absent).
    let employeeColumn: Int, startColumn: Int, endColumn: Int, kindColumn: Int
    let labelColumn: Int, unitColumn: Int, breakColumn: Int, tagsColumn: Int, nameColumn: Int
    /// A date column makes start and end clock times (read by the general path only).
    let hasDateColumn: Bool
    let dateColumn: Int, endDateColumn: Int
    /// The last date cell read and its local midnight (`clockTimes`).
    var lastDate: (bytes: [UInt8], midnight: Minute)?

    /// The fast path (`FastRowReader`), with its own columns, month cache and kinds met.
    var fast = FastRowReader.none

    /// `--kinds`: the export's own kind values (lowercased) and what they mean, before the
    /// built-in names.
    let kinds: [String: ShiftKind]

    /// `--codes`: the legend of shift codes, for rows that give a code instead of times
    /// (`RowParserCodes.swift`).
    let codes: ShiftCodes
    /// Dates with numbers read month first (`DateEvidence`: the file said so).
    let monthFirst: Bool
    /// The first row whose date reads only day first, and the first only month first.
    var dateEvidence = DateEvidence()
    /// The code entry the row being read took its times from (`codedTimes`), for its kind,
    /// break and unit.
    var codedEntry: ShiftCodes.Entry?

    /// The `--kinds` values met in the kind column (so a mapping that matches nothing is named).
    var kindsMatched: Set<String> = []

    /// A kind value: the export's own mapping first, then the built-in names. Called once per
    /// distinct cell (the paths keep what they met), so recording the mapping's use costs nothing.
    mutating func kind(_ text: String) -> ShiftKind? {
        if !kinds.isEmpty {
            let key = text.lowercased()
            if let k = kinds[key] {
                kindsMatched.insert(key)
                return k
            }
        }
        return ShiftKind.parse(text)
    }

    init(
        scanner: CSVScanner, file: String, columns: [RosterReader.Column: Int], headerCount: Int, capacity: Int? = nil,
        kinds: [String: ShiftKind] = [:], codes: ShiftCodes = ShiftCodes(), monthFirst: Bool = false
    ) {
        self.kinds = kinds
        self.codes = codes
        self.monthFirst = monthFirst
        self.scanner = scanner
        self.file = file
        self.columns = columns
        self.headerCount = headerCount
        employeeColumn = columns[.employee] ?? -1
        startColumn = columns[.start] ?? -1
        endColumn = columns[.end] ?? -1
        kindColumn = columns[.kind] ?? -1
        labelColumn = columns[.label] ?? -1
        unitColumn = columns[.unit] ?? -1
        breakColumn = columns[.break] ?? -1
        tagsColumn = columns[.tags] ?? -1
        nameColumn = columns[.name] ?? -1
        dateColumn = columns[.date] ?? -1
        endDateColumn = columns[.endDate] ?? -1
        hasDateColumn = dateColumn >= 0 || endDateColumn >= 0
        fast = FastRowReader(
            employee: employeeColumn, start: startColumn, end: endColumn, kind: kindColumn, label: labelColumn, unit: unitColumn,
            break: breakColumn, tags: tagsColumn, name: nameColumn, hasDateColumn: hasDateColumn)
        shifts.reserveCapacity(capacity ?? scanner.bytes.count / 40)
    }

    /// Reads every row after the header.
    ///
    /// Shaped for speed (see `Benchmarks/CheckBenchmarks.swift`, parse): a row without quotes
    /// whose cells are in the common forms (`YYYY-MM-DD HH:MM`, a known kind, no tags, a plain
    /// break) is read straight from the bytes, with the employee, kind, label and unit of the
    /// previous row reused when the bytes are the same. Any other row (quotes, other date forms,
    /// ambiguous or non-existent times, errors) goes through `parseRow`, the general path that
    /// also writes every error message; both paths give the same shifts.
    mutating func parseRows() {
        parseRows(from: scanner.offset, to: scanner.bytes.count, line: scanner.line)
    }

    /// Reads the rows in `[from, to)` of the scanner's bytes, which starts a line numbered `line`.
    mutating func parseRows(from: Int, to end: Int, line firstLine: Int) {
        let bytes = scanner.bytes
        bytes.withUnsafeBufferPointer { buf in parseRows(in: buf, from: from, to: end, line: firstLine, own: true) }
    }

    /// Whether a quote was met (a parallel split at line ends is then unsafe).
    var sawQuote = false
    /// A piece read in parallel stops after this many errors (`overBudget`) and the file is read
    /// whole: a piece that starts inside a quoted cell of five million line breaks would
    /// otherwise hold an error per line (1.28 GB for a 10 MB file) before the quote sends the
    /// file to the whole-file path, which reads the cell as one.
    var errorBudget = Int.max
    var overBudget = false
    /// The rows in error past `storedErrorLimit`: counted (for `--skip-invalid`'s summary and
    /// "… and N more"), not kept.
    var omitted = (rows: 0, lines: 0, lastLine: 0)
    /// The errors a parser keeps with their sentences; stderr lists 50 of them anyway.
    static let storedErrorLimit = 10_000
    /// Read every row by the general path (for the test that compares it with the fast path).
    var generalOnly = false

    /// What the text check found in the rows read from a mapped block (`own` false): control
    /// characters, bytes above 0x7F, a NUL or a lone carriage return (reading stops there).
    ///
    /// Shaped for speed: a row that repeats the cells of a clean previous row and whose
    /// timestamps are plain (digits and separators) is clean without looking at it again, so
    /// the text check costs one pass over the rows that differ instead of one over the file.
    /// Every other row is checked whole, so the counts are those of a pass over every byte.
    var textScan = TextEncoding.Scan()

    /// Checks the bytes of a row `[from, to)` into `textScan`; whether they are clean ASCII.
    @inline(__always)
    mutating func checkText(_ buf: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        let part = TextEncoding.scan(buf, from: from, to: to)
        textScan.controls += part.controls
        textScan.ascii = textScan.ascii && part.ascii
        textScan.sawNUL = textScan.sawNUL || part.sawNUL
        textScan.loneCR = textScan.loneCR || part.loneCR
        return part.controls == 0 && part.ascii && !part.sawNUL && !part.loneCR
    }
    /// The line after the last one read.
    var endLine = 0

    /// Reads the rows in `[from, to)` of `buf`, which starts a line numbered `line`. `own`: `buf`
    /// is the scanner's bytes; otherwise (a mapped block) a row for the general path is copied
    /// into a scanner of its own, and a quote stops the reading (`sawQuote`: the caller reads
    /// the whole file instead).
    ///
    /// Shaped for speed: a row is first split by prediction (`predictFields`): the timestamp
    /// cells are 16 bytes wide and the other cells hold the same bytes as the row before, so
    /// only the delimiters at the predicted places are checked. When that fails the row is
    /// split by scanning. Both give the same cell boundaries.
    mutating func parseRows(in buf: UnsafeBufferPointer<UInt8>, from: Int, to end: Int, line firstLine: Int, own: Bool) {
        var record = CSVScanner.Record()
        if generalOnly && own {
            // Every row by the general path (the property test compares the two paths).
            scanner.seek(to: from, line: firstLine)
            while scanner.offset < end, scanner.next(into: &record) { parseRow(record) }
            endLine = scanner.line
            return
        }
        let delimiter = scanner.delimiter
        // The fast path works on its own state while it appends to this parser (taken out and
        // put back, so its month cache and kinds are not copied).
        var fast = FastRowReader.none
        swap(&fast, &self.fast)
        defer { swap(&fast, &self.fast) }
        /// The general path for the row at `lineStart` (a line without quotes, ending before `stop`).
        func general(_ lineStart: Int, _ stop: Int, _ line: Int) {
            if !own { scanner = CSVScanner(bytes: Array(buf[lineStart..<stop]), delimiter: delimiter) }
            scanner.seek(to: own ? lineStart : 0, line: line)
            // Every record up to the end of the line: the scanner also ends a record at a lone
            // carriage return, and what follows it must not be dropped (bytes that did not pass
            // `TextEncoding.normalise` may hold one).
            let limit = own ? stop : stop - lineStart
            while scanner.offset < limit, scanner.next(into: &record) { parseRow(record) }
            if errors.count + omitted.rows > errorBudget { overBudget = true }
        }
        let fieldCount = headerCount
        // Cell boundaries of this row and of the previous one (for prediction).
        let table = UnsafeMutablePointer<Int>.allocate(capacity: 4 * (fieldCount + 1))
        table.initialize(repeating: 0, count: 4 * (fieldCount + 1))
        defer { table.deallocate() }
        var starts = table, ends = table + (fieldCount + 1)
        var previousStarts = table + 2 * (fieldCount + 1), previousEnds = table + 3 * (fieldCount + 1)
        var havePrevious = false
        // Whether the previous row (the one in `previousStarts`) was read by `fastRow` or
        // `repeatRow`, so its shift is the last one appended.
        var previousFast = false
        // Whether the previous row's bytes are known to be plain ASCII without control
        // characters (a mapped block only: there the text is checked row by row, see `textScan`).
        var previousClean = false
        let timestamps = UnsafeMutablePointer<Bool>.allocate(capacity: fieldCount + 1)
        timestamps.initialize(repeating: false, count: fieldCount + 1)
        defer { timestamps.deallocate() }
        if startColumn >= 0 && startColumn < fieldCount { timestamps[startColumn] = true }
        if endColumn >= 0 && endColumn < fieldCount { timestamps[endColumn] = true }
        var last = FastRowReader.FastCache()
        // The block `repeatRun` gathers its shifts in.
        let blockSize = 256
        let block = UnsafeMutablePointer<Shift>.allocate(capacity: blockSize)
        defer { block.deallocate() }
        let pending = PendingIDs(capacity: blockSize)
        defer { pending.deallocate() }
        let cells = UnsafeMutablePointer<FastRowReader.RunCell>.allocate(capacity: fieldCount + 1)
        cells.initialize(repeating: FastRowReader.RunCell(), count: fieldCount + 1)
        defer { cells.deallocate() }
        let delimiters = SWAR.broadcast(delimiter)
        do {
            guard let raw = buf.baseAddress.map(UnsafeRawPointer.init) else { return }
            let n = end
            var i = from
            var line = firstLine
            defer { endLine = line }
            while i < n {
                if havePrevious && previousFast && (own || previousClean) {
                    let run = fast.repeatRun(
                        raw, buf, i, n, line, fieldCount, delimiter, timestamps, previousStarts, previousEnds, cells, block,
                        blockSize, pending, into: &self)
                    i = run.next
                    line += run.rows
                    if i >= n { break }
                }
                let lineStart = i
                if havePrevious {
                    let next = FastRowReader.predictFields(
                        raw, buf.count, lineStart, n, fieldCount, delimiter, delimiters, timestamps, starts, ends, previousStarts,
                        previousEnds)
                    if next >= 0 {
                        // Every cell but the timestamps holds the bytes of the previous row; when
                        // that row was read by the fast path, so are its values.
                        if previousFast && fast.repeatRow(buf, starts, ends, line, into: &self) {
                            // Plain timestamps and a clean previous row's cells: a clean row.
                            if !own && !previousClean { previousClean = checkText(buf, lineStart, next) }
                        } else {
                            if !own {
                                previousClean = checkText(buf, lineStart, next)
                                if textScan.sawNUL || textScan.loneCR { return }
                            }
                            if fast.fastRow(buf, starts, ends, line, &last, into: &self) {
                                previousFast = true
                            } else {
                                previousFast = false
                                general(lineStart, next, line)
                                if overBudget { return }
                            }
                        }
                        swap(&starts, &previousStarts)
                        swap(&ends, &previousEnds)
                        i = next
                        line += 1
                        continue
                    }
                }
                // Split the line at delimiters; stop at a quote (general path).
                var fields = 0
                var quoted = false
                starts[0] = i
                while true {
                    let j = FastRowReader.nextSpecial(raw, i, n, delimiters)
                    if j >= n { i = n; break }
                    let b = buf[j]
                    if b == 0x0A { i = j; break }
                    if b == 0x22 { quoted = true; i = j; break }
                    if fields < fieldCount { ends[fields] = j }
                    fields += 1
                    if fields < fieldCount { starts[fields] = j + 1 }
                    i = j + 1
                }
                if quoted {
                    sawQuote = true
                    havePrevious = false
                    previousFast = false
                    if !own { return }
                    scanner.seek(to: lineStart, line: line)
                    if scanner.next(into: &record) { parseRow(record) }
                    i = scanner.offset
                    line = scanner.line
                    continue
                }
                var lineEnd = i
                if lineEnd > lineStart && buf[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                if fields < fieldCount { ends[fields] = lineEnd }
                fields += 1
                let next = i + 1
                var clean = true
                if !own {
                    clean = checkText(buf, lineStart, min(next, n))
                    if textScan.sawNUL || textScan.loneCR { return }
                }
                if lineEnd == lineStart {  // blank line
                    i = next
                    line += 1
                    continue
                }
                if fields == fieldCount {
                    havePrevious = true
                    previousClean = clean
                    previousFast = fast.fastRow(buf, starts, ends, line, &last, into: &self)
                    if !previousFast {
                        general(lineStart, min(next, n), line)
                        if overBudget { return }
                    }
                    swap(&starts, &previousStarts)
                    swap(&ends, &previousEnds)
                } else {
                    // The general path may append a shift of its own (it reads line ends its
                    // own way), so the last shift is no longer the previous row's.
                    previousFast = false
                    general(lineStart, min(next, n), line)
                    if overBudget { return }
                }
                i = next
                line += 1
            }
        }
    }

    // Shaped for speed: the constants and helpers the fast path uses live with the type (in
    // another file, `years` and `tooMany` cost `repeatRun` 9 instructions a row; callgrind).
    /// What `intern` returns when a column has more distinct values than a `Shift` can code.
    static let tooMany: Int32 = -3

    /// A decimal digit's value.
    @inline(__always) static func digit(_ b: UInt8) -> Int? { b >= 0x30 && b <= 0x39 ? Int(b - 0x30) : nil }

    /// A stored column position as an optional (-1 is absent).
    @inline(__always) static func position(_ column: Int) -> Int? { column >= 0 ? column : nil }

    /// Interns an optional text column; -1 when absent or empty, `tooMany` past the limit.
    static func intern(
        _ scanner: CSVScanner, _ record: CSVScanner.Record, _ index: Int?, table: inout ByteInterner, strings: inout [String]
    ) -> Int32 {
        guard let index else { return -1 }
        let bytes = trimmed(scanner.field(record, index))
        if bytes.isEmpty { return -1 }
        return bytes.withUnsafeBufferPointer { table.intern($0, strings: &strings, limit: Shift.maxCodes) } ?? tooMany
    }

    /// Years vagttjek accepts: the `Int32` minute range is far wider, but a year outside this is
    /// a typo in a roster.
    static let years = 1900...2199

    /// The instant of a local time read from a cell, with the clock-change errors and notices.
    mutating func resolve(_ record: CSVScanner.Record, _ index: Int, _ local: Minute) -> Minute? {
        let resolved = Copenhagen.resolve(local: local)
        if case .unique(let instant) = resolved { return instant }
        // The cell's text only for a message.
        let value = String(decoding: trimmed(scanner.field(record, index)), as: UTF8.self)
        switch resolved {
        case .unique(let instant):
            return instant
        case .nonexistent:
            fail(
                record, index,
                da: "«\(shown(value))» findes ikke i dansk tid: sommertiden begynder, og uret springer fra 02:00 til 03:00",
                en: "«\(shown(value))» does not exist in Danish time: summer time starts and clocks jump from 02:00 to 03:00")
            return nil
        case .ambiguous(let first, _):
            notices.append(
                InputError(
                    file: file, line: record.line, column: scanner.characterColumn(record, index),
                    da: "«\(shown(value))» forekommer to gange (sommertiden slutter); læst som første gang (+02:00). Angiv +01:00 for anden gang",
                    en: "«\(shown(value))» occurs twice (summer time ends); read as the first occurrence (+02:00). Write +01:00 for the second"))
            return first
        }
    }

    mutating func instant(_ record: CSVScanner.Record, _ index: Int, name: String, nameEn: String? = nil) -> Minute? {
        let bytes = trimmed(scanner.field(record, index))
        let value = String(decoding: bytes, as: UTF8.self)
        if bytes.isEmpty {
            fail(record, index, da: "\(name) mangler; \(TimestampParser.expected.da)", en: "\(nameEn ?? name) is missing; \(TimestampParser.expected.en)")
            return nil
        }
        dateEvidence.note(bytes, line: record.line)
        switch TimestampParser.parse(bytes, monthFirst: monthFirst) {
        case .failure(let failure):
            if let local = LooseTimestamp.parse(value) { return resolve(record, index, local) }  // `Mon 02/03/2026 7 AM`
            let text = TimestampParser.explain(failure, value: value)
            fail(record, index, da: text.da, en: text.en)
            return nil
        case .success(let reading):
            let year = CivilDate(dayNumber: floorDiv(reading.local, minutesPerDay)).year
            guard Self.years.contains(year) else {
                fail(
                    record, index, da: "«\(shown(value))»: året \(year) ligger uden for 1900–2199",
                    en: "«\(shown(value))»: the year \(year) is outside 1900–2199")
                return nil
            }
            if let offset = reading.offset { return reading.local - offset }
            return resolve(record, index, reading.local)
        }
    }
}

extension RowParser {
    /// Scratch for the employee cells `repeatRun` looks up a block at a time (`capacity` each).
    struct PendingIDs {
        /// Per waiting cell, its start and end in the buffer.
        let keys: UnsafeMutablePointer<Int>
        /// Per waiting cell, the table slot its lookup starts at, and its index.
        let slots: UnsafeMutablePointer<Int>
        let indexes: UnsafeMutablePointer<Int32>
        /// Four counters of `repeatRun`.
        let state: UnsafeMutablePointer<Int>

        init(capacity: Int) {
            state = .allocate(capacity: 4)
            keys = .allocate(capacity: 2 * capacity)
            slots = .allocate(capacity: capacity)
            indexes = .allocate(capacity: capacity)
        }

        func deallocate() {
            state.deallocate()
            keys.deallocate()
            slots.deallocate()
            indexes.deallocate()
        }
    }

    /// Interns the `count` waiting employee cells of `pending` in order (first met, first
    /// numbered, as one at a time) and writes their indexes into the block's rows and the
    /// template (rows waiting for cell `p` hold `~p`: every row of the block from `firstRow` on).
    ///
    /// Shaped for speed: in an export by date every row names another employee, and one
    /// lookup at a time waited for its table slot to come from memory before the next row was
    /// read (perf, the 100k anchor by date: the lookup was most of a 2.8 s read; a table of
    /// 100,000 ids is 4 MB of slots). Here the cells' first slots are computed, then read in a
    /// loop of a few instructions a cell, so their cache misses overlap, and only then looked
    /// up. The caller leaves room for every cell, so none fails.
    @inline(never)
    mutating func resolvePending(
        _ buf: UnsafeBufferPointer<UInt8>, _ pending: PendingIDs, _ count: Int, _ block: UnsafeMutablePointer<Shift>,
        _ firstRow: Int, _ inBlock: Int, _ template: inout Shift
    ) {
        let keys = pending.keys, slots = pending.slots, indexes = pending.indexes
        @inline(__always) func key(_ p: Int) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: buf[keys[2 * p]..<keys[2 * p + 1]]) }
        if let seed = seedIndex {
            for p in 0..<count { slots[p] = seed.firstSlot(key(p)) }
            warmed = seed.touch(slots, count)
            for p in 0..<count {
                // As `internEmployee`, from the slot found above.
                indexes[p] = seed.value(for: key(p), from: slots[p]) ?? internLocally(key(p)) ?? 0  // never nil: the caller's room
            }
        } else {
            for p in 0..<count { slots[p] = employeeIndex.firstSlot(key(p)) }
            warmed = employeeIndex.touch(slots, count)
            for p in 0..<count { indexes[p] = internLocally(key(p)) ?? 0 }  // never nil: the caller's room
        }
        for k in firstRow..<inBlock { block[k].employee = indexes[Int(~block[k].employee)] }
        if template.employee < 0 { template.employee = indexes[Int(~template.employee)] }
    }

    /// The index of an employee id: its merged index when the piece was seeded with it, else
    /// its index among this piece's ids plus `seededEmployees` (see `seedIndex`).
    @inline(never)
    mutating func internEmployee(_ key: UnsafeBufferPointer<UInt8>) -> Int32? {
        if let seed = seedIndex, let i = seed.value(for: key) { return i }
        return internLocally(key)
    }

    /// An id not among the seeded ones: interned among this piece's, numbered after the seeded.
    @inline(__always)
    mutating func internLocally(_ key: UnsafeBufferPointer<UInt8>) -> Int32? {
        // Employees are not capped (an index is 32 bits).
        guard let local = employeeIndex.intern(key, strings: &employeeIDs, limit: Int(Int32.max) - seededEmployees) else { return nil }
        return local + Int32(truncatingIfNeeded: seededEmployees)
    }
}
