import Dispatch

#if canImport(Glibc)
import Glibc
#endif

/// Reads a roster CSV (SPEC §2.1) into a `Roster`.
///
/// Every bad row is reported (file, line, column, value, what was expected); none is dropped
/// silently. The caller decides whether errors stop the run (`--skip-invalid`).
/// Columns that vagttjek does not use (a name column, say) are ignored.
public struct RosterReader {
    /// The columns vagttjek reads, with their accepted header names (case-insensitive).
    public enum Column: String, CaseIterable, Sendable {
        case employee, start, end, kind, label, unit, `break`, tags

        public var aliases: [String] {
            switch self {
            case .employee: return ["employee", "medarbejder", "medarbejdernr"]
            case .start: return ["start"]
            case .end: return ["end", "slut"]
            case .kind: return ["kind", "type"]
            case .label: return ["label", "vagt"]
            case .unit: return ["unit", "afdeling"]
            case .break: return ["break", "pause"]
            case .tags: return ["tags"]
            }
        }

        public var isRequired: Bool { self == .employee || self == .start || self == .end }
    }

    /// `--columns employee=Medarbejdernr,start=Fra`: header names that replace the aliases.
    public var mapping: [Column: String]
    /// Threads for parsing large files (0 = all cores).
    public var jobs: Int
    /// Files with more bytes of rows than this are parsed in parallel.
    public var parallelThreshold = 1 << 22

    public init(mapping: [Column: String] = [:], jobs: Int = 0) {
        self.mapping = mapping
        self.jobs = jobs
    }

    /// Parses the rows of a large file in contiguous pieces split at line ends, one parser per
    /// piece on all cores, then merges them in file order: interned values are renumbered,
    /// line numbers offset, errors kept in order. Returns nil (read it sequentially) for small
    /// files, one thread, or when a quote shows up (a quoted cell may hold a line break, so a
    /// split at a line end is not safe). Shaped for speed: see `Benchmarks/`, parse.
    static func parseInParallel(
        scanner: CSVScanner, file: String, columns: [Column: Int], headerCount: Int, jobs: Int, threshold: Int
    ) -> RowParser? {
        let threads = jobs > 0 ? jobs : System.activeProcessorCount
        let bytes = scanner.bytes
        let from = scanner.offset, total = bytes.count - from
        guard threads > 1, total > threshold else { return nil }
        let pieces = threads * 4
        var bounds = [from]
        for p in 1..<pieces {
            var cut = max(from + total * p / pieces, bounds[bounds.count - 1])
            while cut < bytes.count && bytes[cut - 1] != 0x0A { cut += 1 }
            bounds.append(cut)
        }
        bounds.append(bytes.count)
        var parsers = [RowParser?](repeating: nil, count: pieces)
        parsers.withUnsafeMutableBufferPointer { out in
            let base = out.baseAddress!
            DispatchQueue.concurrentPerform(iterations: pieces) { p in
                var parser = RowParser(scanner: scanner, file: file, columns: columns, headerCount: headerCount, capacity: (bounds[p + 1] - bounds[p]) / 40)
                parser.parseRows(from: bounds[p], to: bounds[p + 1], line: 1)
                base[p] = parser
            }
        }
        let done = parsers.compactMap { $0 }
        guard done.count == pieces, !done.contains(where: \.sawQuote) else { return nil }
        var merger = PieceMerger(scanner: scanner, file: file, columns: columns, headerCount: headerCount, firstLine: scanner.line)
        guard merger.add(done) else { return nil }
        return merger.merged
    }

    /// Files larger than this are read in blocks (`readStreaming`) instead of whole.
    nonisolated(unsafe) public static var streamThreshold = 1 << 21
    /// The block size of `readStreaming`.
    nonisolated(unsafe) static var streamBlock = 8 << 20

    /// Reads a large regular file block by block, one block per core at a time, and keeps only
    /// the parsed rows: shaped for memory (SPEC §7: the whole Danish sector's rosters in ≤ 1.7 GiB)
    /// and speed (blocks mapped with `mmap`, checked and parsed on all cores, rows written
    /// straight to their place; see BENCHMARKS.md). Each block starts after a line end and runs
    /// to the first line end after its nominal end. Returns nil when the file needs the
    /// whole-file path: a quote (a quoted cell may hold a line break), bytes that are not UTF-8
    /// (Windows-1252), a line longer than the margin, or a block that cannot be mapped.
    func readStreaming(fd: Int32, size: Int, file: String) throws(InputFailure) -> Result? {
        let threads = max(1, jobs > 0 ? jobs : System.activeProcessorCount)
        // Blocks of `streamBlock`, smaller for a file of a few blocks so every core gets work.
        let block = max(min(Self.streamBlock, size / (2 * threads)), min(Self.streamBlock, 1 << 20)), margin = 1 << 16
        // The header, from the first block.
        guard let head = TextFile.pread(fd: fd, from: 0, count: min(size, block)) else { return nil }
        let bom = head.count >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF ? 3 : 0
        guard let newline = head[bom...].firstIndex(of: 0x0A) else { return nil }
        let headerBytes = Array(head[bom...newline])
        guard TextFile.isValidUTF8(headerBytes), !headerBytes.contains(0x22), !headerBytes.contains(0) else { return nil }
        let h = try header(bytes: headerBytes, file: file)
        let bodyStart = newline + 1
        let pieces = max(1, (size - bodyStart + block - 1) / block)
        var merger = PieceMerger(scanner: h.scanner, file: file, columns: h.columns, headerCount: h.count, firstLine: h.scanner.line)
        var scan = TextFile.Scan()
        var fallBack = false
        // Every row read holds at least 35 bytes (two 16-byte timestamps, an id, two
        // delimiters), so this many rows always fit. Shaped for speed: the rows of each round
        // are written straight into their places by all cores, so the fresh pages are faulted
        // in on all cores too; untouched capacity costs address space only, no memory.
        let capacity = (size - bodyStart) / 35 + 2
        let shifts = [Shift](unsafeUninitializedCapacity: capacity) { buffer, initialized in
            initialized = 0
            guard let out = buffer.baseAddress else { fallBack = true; return }
            var round = 0
            while round * threads < pieces {
                let first = round * threads, count = min(threads, pieces - first)
                var results = [(parser: RowParser, scan: TextFile.Scan, valid: Bool)?](repeating: nil, count: count)
                results.withUnsafeMutableBufferPointer { out in
                    let base = out.baseAddress!
                    let work = { (k: Int) in
                        let p = first + k
                        let nominalStart = bodyStart + p * block, nominalEnd = bodyStart + (p + 1) * block
                        let windowStart = p == 0 ? bodyStart : nominalStart - 1
                        let windowEnd = min(size, nominalEnd + margin)
                        guard let mapping = TextFile.map(fd: fd, from: windowStart, count: windowEnd - windowStart) else { return }
                        defer { mapping.unmap() }
                        let window = mapping.bytes
                        // This piece: from the first line start at or after its nominal start to the
                        // first line start at or after its nominal end.
                        var from = 0
                        if p > 0 {
                            guard let nl = window.firstIndex(of: 0x0A) else { return }
                            from = nl + 1
                        }
                        var to = window.count
                        if nominalEnd < size {
                            let search = nominalEnd - 1 - windowStart
                            guard search < window.count, let nl = window[max(from, search)...].firstIndex(of: 0x0A) else { return }
                            to = nl + 1
                        }
                        var parser = RowParser(
                            scanner: CSVScanner(bytes: [], delimiter: h.scanner.delimiter), file: file, columns: h.columns,
                            headerCount: h.count, capacity: (to - from) / 40)
                        // The text is checked row by row as the rows are read (`RowParser.textScan`);
                        // rows read past bytes that are not UTF-8 are thrown away below.
                        parser.parseRows(in: window, from: from, to: to, line: 1, own: false)
                        let pieceScan = parser.textScan
                        let valid = pieceScan.ascii || TextFile.isValidUTF8(Array(window[from..<to]))
                        base[k] = (parser, pieceScan, valid)
                    }
                    if count == 1 { work(0) } else { DispatchQueue.concurrentPerform(iterations: count, execute: work) }
                }
                var parsers: [RowParser] = []
                for r in results {
                    // Quotes, bytes that are not UTF-8 and classic Mac line ends are the whole-file path's.
                    guard let r, r.valid, !r.parser.sawQuote, !r.scan.loneCR else { fallBack = true; return }
                    scan.controls += r.scan.controls
                    scan.sawNUL = scan.sawNUL || r.scan.sawNUL
                    parsers.append(r.parser)
                }
                if scan.sawNUL { return }
                guard let maps = merger.renumbering(parsers), merger.count <= capacity else { fallBack = true; return }
                PieceMerger.copy(parsers, maps, into: out, parallel: count > 1)
                initialized = merger.count
                round += 1
            }
        }
        if fallBack { return nil }
        if scan.sawNUL {
            throw InputFailure([
                InputError(file: file, da: "er ikke en tekstfil (indeholder NUL-bytes); forventede CSV", en: "is not a text file (contains NUL bytes); expected CSV")
            ])
        }
        if scan.controls > 0 && scan.controls * 100 > size {
            throw InputFailure([
                InputError(
                    file: file, da: "er ikke en tekstfil (\(scan.controls) kontroltegn); forventede CSV",
                    en: "is not a text file (\(scan.controls) control characters); expected CSV")
            ])
        }
        var rows = merger.merged
        rows.shifts = shifts
        return try finish(&rows, header: h, file: file)
    }

    /// A roster and the problems found reading it.
    public struct Result {
        public var roster: Roster
        /// Rows that could not be read (they are not in `roster`).
        public var errors: [InputError]
    }

    /// Reads a file (large ones block by block, see `readStreaming`), then parses it.
    public func read(path: String) throws(InputFailure) -> Result {
        if path != "-", let (fd, size) = TextFile.openRegular(path: path) {
            defer { _ = Glibc.close(fd) }
            if size > Self.streamThreshold, let result = try readStreaming(fd: fd, size: size, file: path) { return result }
        }
        let raw: [UInt8]
        let bytes: [UInt8]
        do {
            raw = try TextFile.read(path: path)
            bytes = try TextFile.normalise(raw, file: path).bytes
        } catch {
            throw InputFailure([error])
        }
        return try parse(bytes: bytes, file: path)
    }

    /// Parses UTF-8 CSV bytes. Throws when the file as a whole cannot be read (no header,
    /// a missing required column, no rows); bad rows are returned in `Result.errors`.
    /// The header of a roster: where the rows start and which column is which.
    struct Header {
        var scanner: CSVScanner
        var columns: [Column: Int]
        var count: Int
        var line: Int
    }

    /// Reads and checks the header row.
    func header(bytes: [UInt8], file: String) throws(InputFailure) -> Header {
        let delimiter = CSVScanner.detectDelimiter(bytes)
        var scanner = CSVScanner(bytes: bytes, delimiter: delimiter)
        var record = CSVScanner.Record()
        guard scanner.next(into: &record) else {
            throw InputFailure([
                InputError(
                    file: file, line: 1, da: "filen er tom; forventede en overskriftsrække med employee,start,end",
                    en: "the file is empty; expected a header row with employee,start,end")
            ])
        }
        var columnIndex: [Column: Int] = [:]
        var headerErrors: [InputError] = []
        var headers: [String] = []
        for i in 0..<record.count {
            let name = scanner.string(record, i).lowercased()
            headers.append(name)
        }
        for column in Column.allCases {
            let wanted = mapping[column].map { [$0.lowercased()] } ?? column.aliases
            let found = headers.indices.filter { wanted.contains(headers[$0]) }
            if found.count > 1 {
                headerErrors.append(
                    InputError(
                        file: file, line: record.line, column: record.columns[found[1]],
                        da: "kolonnen «\(headers[found[1]])» står to gange (som \(column.rawValue))",
                        en: "the column «\(headers[found[1]])» appears twice (as \(column.rawValue))"))
            }
            if let first = found.first { columnIndex[column] = first } else if column.isRequired {
                let names = wanted.joined(separator: " / ")
                headerErrors.append(
                    InputError(
                        file: file, line: record.line,
                        da: "mangler den påkrævede kolonne \(names); overskriften er: \(headers.joined(separator: ","))",
                        en: "missing the required column \(names); the header is: \(headers.joined(separator: ","))"))
            }
        }
        if !headerErrors.isEmpty { throw InputFailure(headerErrors) }
        return Header(scanner: scanner, columns: columnIndex, count: headers.count, line: record.line)
    }

    public func parse(bytes: [UInt8], file: String) throws(InputFailure) -> Result {
        let h = try header(bytes: bytes, file: file)
        let scanner = h.scanner, columnIndex = h.columns
        var rows = RowParser(scanner: scanner, file: file, columns: columnIndex, headerCount: h.count)
        if let parallel = Self.parseInParallel(
            scanner: scanner, file: file, columns: columnIndex, headerCount: h.count, jobs: jobs, threshold: parallelThreshold)
        {
            rows = parallel
        } else {
            rows.parseRows()
        }
        return try finish(&rows, header: h, file: file)
    }

    /// The roster from parsed rows.
    func finish(_ rows: inout RowParser, header h: Header, file: String) throws(InputFailure) -> Result {
        if rows.shifts.isEmpty && rows.errors.isEmpty {
            throw InputFailure([
                InputError(
                    file: file, line: h.line, da: "ingen vagter: filen har kun en overskriftsrække",
                    en: "no shifts: the file has only a header row")
            ])
        }
        let roster = Roster(
            file: file, employeeIDs: rows.employeeIDs, labels: rows.labels, units: rows.units, taking: &rows.shifts,
            hasBreakColumn: h.columns[.break] != nil, notices: rows.notices)
        return Result(roster: roster, errors: rows.errors)
    }
}

/// Joins the rows of pieces parsed apart, in file order: interned values renumbered, line
/// numbers offset, errors and notices kept in order.
struct PieceMerger {
    var merged: RowParser
    var lineBase: Int
    var employeeIndex: [String: Int32] = [:], labelIndex: [String: Int32] = [:], unitIndex: [String: Int32] = [:]

    init(scanner: CSVScanner, file: String, columns: [RosterReader.Column: Int], headerCount: Int, firstLine: Int) {
        merged = RowParser(scanner: scanner, file: file, columns: columns, headerCount: headerCount, capacity: 0)
        lineBase = firstLine - 1
    }

    static func remap(_ strings: [String], _ index: inout [String: Int32], _ all: inout [String]) -> [Int32] {
        strings.map { s in
            if let i = index[s] { return i }
            let i = Int32(all.count)
            index[s] = i
            all.append(s)
            return i
        }
    }

    /// How the rows of a piece are renumbered into the merged roster, and where they go.
    typealias Map = (employees: [Int32], labels: [Int32], units: [Int32], lineBase: Int32, offset: Int)

    /// The rows merged so far.
    var count = 0

    /// Interns the next pieces' values (serially; cheap: per distinct value), joins their
    /// errors and notices, and says where their rows go; nil when labels or units overflow
    /// their codes.
    mutating func renumbering(_ done: [RowParser]) -> [Map]? {
        var maps: [Map] = []
        for part in done {
            let employees = Self.remap(part.employeeIDs, &employeeIndex, &merged.employeeIDs)
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
            for var s in done[p].shifts {
                s.employee = map.employees[Int(s.employee)]
                if s.labelCode != 0 { s.label = map.labels[Int(s.label)] }
                if s.unitCode != 0 { s.unit = map.units[Int(s.unit)] }
                s.line += map.lineBase
                at.initialize(to: s)
                at += 1
            }
        }
        if parallel && done.count > 1 {
            DispatchQueue.concurrentPerform(iterations: done.count, execute: work)
        } else {
            for p in done.indices { work(p) }
        }
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
    var labels: [String] = []
    var units: [String] = []
    // Interning by raw bytes: no `String` is built for a value seen before.
    var employeeIndex = ByteInterner()
    var labelIndex = ByteInterner()
    var unitIndex = ByteInterner()
    var kindIndex: [ArraySlice<UInt8>: ShiftKind] = [:]
    var kindWords = KindWords()
    var tagIndex: [ArraySlice<UInt8>: ShiftTags] = [:]

    // Column positions for the fast path (-1 when absent).
    let employeeColumn: Int, startColumn: Int, endColumn: Int, kindColumn: Int
    let labelColumn: Int, unitColumn: Int, breakColumn: Int, tagsColumn: Int

    init(scanner: CSVScanner, file: String, columns: [RosterReader.Column: Int], headerCount: Int, capacity: Int? = nil) {
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

    /// What the text check found in the rows read from a mapped block (`own` false): control
    /// characters, bytes above 0x7F, a NUL or a lone carriage return (reading stops there).
    ///
    /// Shaped for speed: a row that repeats the cells of a clean previous row and whose
    /// timestamps are plain (digits and separators) is clean without looking at it again, so
    /// the text check costs one pass over the rows that differ instead of one over the file.
    /// Every other row is checked whole, so the counts are those of a pass over every byte.
    var textScan = TextFile.Scan()

    /// Checks the bytes of a row `[from, to)` into `textScan`; whether they are clean ASCII.
    @inline(__always)
    mutating func checkText(_ buf: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        let part = TextFile.scan(buf, from: from, to: to)
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
        let delimiter = scanner.delimiter
        /// The general path for the row at `lineStart` (a line without quotes, ending before `stop`).
        func general(_ lineStart: Int, _ stop: Int, _ line: Int) {
            if !own { scanner = CSVScanner(bytes: Array(buf[lineStart..<stop]), delimiter: delimiter) }
            scanner.seek(to: own ? lineStart : 0, line: line)
            // Every record up to the end of the line: the scanner also ends a record at a lone
            // carriage return, and what follows it must not be dropped (bytes that did not pass
            // `TextFile.normalise` may hold one).
            let limit = own ? stop : stop - lineStart
            while scanner.offset < limit, scanner.next(into: &record) { parseRow(record) }
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
        var last = FastCache()
        let delimiters = SWAR.broadcast(delimiter)
        do {
            guard let raw = buf.baseAddress.map(UnsafeRawPointer.init) else { return }
            let n = end
            var i = from
            var line = firstLine
            defer { endLine = line }
            while i < n {
                let lineStart = i
                if havePrevious {
                    let next = Self.predictFields(
                        raw, buf.count, lineStart, n, fieldCount, delimiter, delimiters, timestamps, starts, ends, previousStarts,
                        previousEnds)
                    if next >= 0 {
                        // Every cell but the timestamps holds the bytes of the previous row; when
                        // that row was read by the fast path, so are its values.
                        if previousFast && repeatRow(buf, starts, ends, line) {
                            // Plain timestamps and a clean previous row's cells: a clean row.
                            if !own && !previousClean { previousClean = checkText(buf, lineStart, next) }
                        } else {
                            if !own {
                                previousClean = checkText(buf, lineStart, next)
                                if textScan.sawNUL || textScan.loneCR { return }
                            }
                            if fastRow(buf, starts, ends, line, &last) {
                                previousFast = true
                            } else {
                                previousFast = false
                                general(lineStart, next, line)
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
                    let j = Self.nextSpecial(raw, i, n, delimiters)
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
                    previousFast = fastRow(buf, starts, ends, line, &last)
                    if !previousFast { general(lineStart, min(next, n), line) }
                    swap(&starts, &previousStarts)
                    swap(&ends, &previousEnds)
                } else {
                    // The general path may append a shift of its own (it reads line ends its
                    // own way), so the last shift is no longer the previous row's.
                    previousFast = false
                    general(lineStart, min(next, n), line)
                }
                i = next
                line += 1
            }
        }
    }

    /// Splits the row at `lineStart` by prediction: timestamp cells 16 bytes wide (and free of
    /// delimiters, quotes and line ends), every other cell the same bytes as in the previous row.
    /// Returns the start of the next line, or -1 when the prediction does not hold (the row is
    /// then split by scanning). The boundaries are the ones scanning would find. `readable`:
    /// the bytes at `raw` that may be loaded (past the rows to split).
    @inline(__always)
    static func predictFields(
        _ raw: UnsafeRawPointer, _ readable: Int, _ lineStart: Int, _ n: Int, _ fieldCount: Int, _ delimiter: UInt8, _ delimiters: UInt64,
        _ timestamps: UnsafeMutablePointer<Bool>, _ starts: UnsafeMutablePointer<Int>, _ ends: UnsafeMutablePointer<Int>,
        _ previousStarts: UnsafeMutablePointer<Int>, _ previousEnds: UnsafeMutablePointer<Int>
    ) -> Int {
        @inline(__always) func special(_ x: UInt64) -> Bool {
            SWAR.zeroBytes(x ^ delimiters) | SWAR.zeroBytes(x ^ 0x0A0A_0A0A_0A0A_0A0A) | SWAR.zeroBytes(x ^ 0x2222_2222_2222_2222) != 0
        }
        var p = lineStart
        var f = 0
        while true {
            let e: Int
            if timestamps[f] {
                e = p + 16
                guard e <= n, !special(raw.loadUnaligned(fromByteOffset: p, as: UInt64.self)),
                    !special(raw.loadUnaligned(fromByteOffset: p + 8, as: UInt64.self))
                else { return -1 }
            } else {
                let ps = previousStarts[f]
                let length = previousEnds[f] - ps
                e = p + length
                guard e <= n else { return -1 }
                if length < 8 && p + 8 <= readable {
                    // A short cell (an id, a kind): one masked 8-byte compare.
                    let mask = (UInt64(1) << UInt64(length * 8)) &- 1
                    let x = raw.loadUnaligned(fromByteOffset: p, as: UInt64.self)
                    let y = raw.loadUnaligned(fromByteOffset: ps, as: UInt64.self)
                    guard (x ^ y) & mask == 0 else { return -1 }
                } else {
                    guard sameBytes(raw, p, ps, length) else { return -1 }
                }
            }
            starts[f] = p
            ends[f] = e
            f += 1
            if f < fieldCount {
                guard e < n, raw.load(fromByteOffset: e, as: UInt8.self) == delimiter else { return -1 }
                p = e + 1
                continue
            }
            if e == n { return e > p && raw.load(fromByteOffset: e - 1, as: UInt8.self) == 0x0D ? -1 : n }
            let b = raw.load(fromByteOffset: e, as: UInt8.self)
            if b == 0x0A { return e + 1 }
            if b == 0x0D {
                if e + 1 == n { return n }
                if raw.load(fromByteOffset: e + 1, as: UInt8.self) == 0x0A { return e + 2 }
            }
            return -1
        }
    }

    /// Whether `length` bytes at `a` and at `b` are the same. Eight bytes per step.
    @inline(__always)
    static func sameBytes(_ raw: UnsafeRawPointer, _ a: Int, _ b: Int, _ length: Int) -> Bool {
        var k = 0
        while k + 8 <= length {
            if raw.loadUnaligned(fromByteOffset: a + k, as: UInt64.self) != raw.loadUnaligned(fromByteOffset: b + k, as: UInt64.self) {
                return false
            }
            k += 8
        }
        while k < length {
            if raw.load(fromByteOffset: a + k, as: UInt8.self) != raw.load(fromByteOffset: b + k, as: UInt8.self) { return false }
            k += 1
        }
        return true
    }

    /// The position of the next delimiter, line feed or quote at or after `i`, or `n`.
    /// Shaped for speed: eight bytes per step, with an exact zero-byte test on each pattern.
    @inline(__always)
    static func nextSpecial(_ raw: UnsafeRawPointer, _ i: Int, _ n: Int, _ delimiters: UInt64) -> Int {
        let delimiter = UInt8(truncatingIfNeeded: delimiters)
        var k = i
        while k + 8 <= n {
            let x = raw.loadUnaligned(fromByteOffset: k, as: UInt64.self)
            let m = SWAR.zeroBytes(x ^ delimiters) | SWAR.zeroBytes(x ^ 0x0A0A_0A0A_0A0A_0A0A) | SWAR.zeroBytes(x ^ 0x2222_2222_2222_2222)
            if m != 0 { return k + (UInt64(littleEndian: m).trailingZeroBitCount >> 3) }
            k += 8
        }
        while k < n {
            let b = raw.load(fromByteOffset: k, as: UInt8.self)
            if b == delimiter || b == 0x0A || b == 0x22 { return k }
            k += 1
        }
        return n
    }

    /// The kinds met by the fast path, by their bytes (up to 32) packed in four words. Shaped
    /// for speed: rows alternate between a handful of kinds, and a linear scan of a few word
    /// pairs beats hashing an `ArraySlice` (see BENCHMARKS.md).
    struct KindWords {
        typealias Words = (UInt64, UInt64, UInt64, UInt64)
        var keys: [(words: Words, count: Int, kind: ShiftKind)] = []

        @inline(__always)
        static func pack(_ key: UnsafeBufferPointer<UInt8>) -> Words {
            var words: Words = (0, 0, 0, 0)
            withUnsafeMutableBytes(of: &words) { w in
                for (i, b) in key.enumerated() { w[i] = b }
            }
            return words
        }

        /// The kind of a cell of at most 32 bytes met before; nil otherwise (the caller parses).
        @inline(__always)
        func kind(for key: UnsafeBufferPointer<UInt8>) -> ShiftKind? {
            if key.count > 32 { return nil }
            let w = Self.pack(key)
            for k in keys where k.count == key.count && k.words.0 == w.0 && k.words.1 == w.1 && k.words.2 == w.2 && k.words.3 == w.3 {
                return k.kind
            }
            return nil
        }

        mutating func insert(_ key: UnsafeBufferPointer<UInt8>, _ kind: ShiftKind) {
            if key.count > 32 || keys.count >= 64 { return }
            keys.append((Self.pack(key), key.count, kind))
        }
    }

    /// The previous row's interned values, by byte range in the file.
    struct FastCache {
        var employee = (start: 0, end: -1, index: Int32(-1))
        var kind = (start: 0, end: -1, kind: ShiftKind.work)
        var label = (start: 0, end: -1, index: Int32(-1))
        var unit = (start: 0, end: -1, index: Int32(-1))
    }

    /// Whether two byte ranges hold the same bytes. Shaped for speed: eight bytes per step.
    @inline(__always)
    static func same(_ buf: UnsafeBufferPointer<UInt8>, _ a: Int, _ aEnd: Int, _ b: Int, _ bEnd: Int) -> Bool {
        let length = aEnd - a
        if length != bEnd - b { return false }
        guard let base = buf.baseAddress else { return length == 0 }
        return sameBytes(UnsafeRawPointer(base), a, b, length)
    }

    /// Reads a row whose cells other than start and end hold the same bytes as the previous
    /// row's, which `fastRow` (or this) read: the previous shift with new times. False when the
    /// times are not plain (nothing is changed then).
    @inline(__always)
    mutating func repeatRow(
        _ buf: UnsafeBufferPointer<UInt8>, _ starts: UnsafeMutablePointer<Int>, _ ends: UnsafeMutablePointer<Int>, _ line: Int
    ) -> Bool {
        guard let previous = shifts.last, let start = plainInstant(buf, starts[startColumn], ends[startColumn]),
            let end = plainInstant(buf, starts[endColumn], ends[endColumn]), end > start
        else { return false }
        var shift = previous
        shift.start = Int32(start)
        shift.end = Int32(end)
        shift.line = Int32(line)
        shifts.append(shift)
        return true
    }

    /// Reads one plain row; false to leave it to the general path (nothing is changed then).
    @inline(__always)
    mutating func fastRow(
        _ buf: UnsafeBufferPointer<UInt8>, _ starts: UnsafeMutablePointer<Int>, _ ends: UnsafeMutablePointer<Int>, _ line: Int, _ last: inout FastCache
    ) -> Bool {
        if tagsColumn >= 0 && ends[tagsColumn] > starts[tagsColumn] { return false }
        guard let start = plainInstant(buf, starts[startColumn], ends[startColumn]),
            let end = plainInstant(buf, starts[endColumn], ends[endColumn]), end > start
        else { return false }
        var breakMinutes: UInt16 = 0
        if breakColumn >= 0 {
            var value = 0
            var k = starts[breakColumn]
            let e = ends[breakColumn]
            if e - k > 4 { return false }
            while k < e {
                let d = Int(buf[k]) &- 48
                if d < 0 || d > 9 { return false }
                value = value * 10 + d
                k += 1
            }
            if value > 1440 { return false }
            breakMinutes = UInt16(value)
        }
        // Kind.
        var kind = ShiftKind.work
        if kindColumn >= 0 {
            let s = starts[kindColumn], e = ends[kindColumn]
            if Self.same(buf, s, e, last.kind.start, last.kind.end) {
                kind = last.kind.kind
            } else {
                if e > s && (buf[s] == 0x20 || buf[e - 1] == 0x20) { return false }
                let key = UnsafeBufferPointer(rebasing: buf[s..<e])
                if let k = kindWords.kind(for: key) {
                    kind = k
                } else {
                    guard let k = ShiftKind.parse(String(decoding: key, as: UTF8.self)) else { return false }
                    kindWords.insert(key, k)
                    kind = k
                }
                last.kind = (s, e, kind)
            }
        }
        // Employee.
        var employee: Int32
        let es = starts[employeeColumn], ee = ends[employeeColumn]
        if Self.same(buf, es, ee, last.employee.start, last.employee.end) {
            employee = last.employee.index
        } else {
            if ee == es || buf[es] == 0x20 || buf[ee - 1] == 0x20 { return false }
            let key = UnsafeBufferPointer(rebasing: buf[es..<ee])
            if let e = employeeIndex.value(for: key) { employee = e } else {
                employee = Int32(employeeIDs.count)
                employeeIndex.insert(key, value: employee)
                employeeIDs.append(String(decoding: key, as: UTF8.self))
            }
            last.employee = (es, ee, employee)
        }
        let label = Self.fastIntern(buf, labelColumn, starts, ends, &last.label, &labelIndex, &labels)
        let unit = Self.fastIntern(buf, unitColumn, starts, ends, &last.unit, &unitIndex, &units)
        guard label != -2 && unit != -2 else { return false }
        shifts.append(
            Shift(
                employee: employee, start: Int32(start), end: Int32(end), kind: kind, label: label, unit: unit,
                line: Int32(line), breakMinutes: breakMinutes))
        return true
    }

    /// Interns an optional text column with the previous-row cache; -1 when absent or empty,
    /// -2 when the cell needs the general path (surrounding spaces).
    @inline(__always)
    static func fastIntern(
        _ buf: UnsafeBufferPointer<UInt8>, _ column: Int, _ starts: UnsafeMutablePointer<Int>, _ ends: UnsafeMutablePointer<Int>,
        _ last: inout (start: Int, end: Int, index: Int32), _ table: inout ByteInterner, _ strings: inout [String]
    ) -> Int32 {
        if column < 0 { return -1 }
        let s = starts[column], e = ends[column]
        if s == e { return -1 }
        if Self.same(buf, s, e, last.start, last.end) { return last.index }
        if buf[s] == 0x20 || buf[e - 1] == 0x20 { return -2 }
        let key = UnsafeBufferPointer(rebasing: buf[s..<e])
        let index: Int32
        if let i = table.value(for: key) { index = i } else {
            if strings.count >= Shift.maxCodes { return -2 }
            index = Int32(strings.count)
            table.insert(key, value: index)
            strings.append(String(decoding: key, as: UTF8.self))
        }
        last = (s, e, index)
        return index
    }

    /// The Copenhagen day table, fetched once (see `Copenhagen.DayTable`).
    let days = Copenhagen.days
    /// The last month read by the fast path: its `YYYY-MM-` bytes, the day number of its first
    /// day, its length, and its UTC offset in minutes when no clock change falls in it (0 when
    /// one does). Rows repeat months, so a timestamp costs one 8-byte compare and the time.
    var cachedMonth = (bytes: UInt64(0), first: Int.min, days: 0, offset: 0)

    /// Months met before, by a hash of their `YYYY-MM-` bytes (an employee's rows run through
    /// the same dozen months, then the next employee's do again).
    var months = [(bytes: UInt64, first: Int, days: Int, offset: Int)](repeating: (0, Int.min, 0, 0), count: 32)

    /// Makes `cachedMonth` the month whose `YYYY-MM-` bytes are `month` (at `s`); false when
    /// they are not a month vagttjek reads on the fast path.
    @inline(never)
    mutating func lookUpMonth(_ month: UInt64, _ buf: UnsafeBufferPointer<UInt8>, _ s: Int) -> Bool {
        let slot = Int(truncatingIfNeeded: (month &* 0x9E37_79B9_7F4A_7C15) >> 59)
        if months[slot].bytes == month && months[slot].first != Int.min {
            cachedMonth = months[slot]
            return true
        }
        // A digit's value, or a value of 10 or more for any other byte (no trap on bytes below "0").
        @inline(__always) func d(_ k: Int) -> Int { Int(buf[s + k] &- 48) }
        let y0 = d(0), y1 = d(1), y2 = d(2), y3 = d(3), m0 = d(5), m1 = d(6)
        guard buf[s + 4] == 0x2D, buf[s + 7] == 0x2D, y0 < 10, y1 < 10, y2 < 10, y3 < 10, m0 < 10, m1 < 10
        else { return false }
        let year = y0 * 1000 + y1 * 100 + y2 * 10 + y3, m = m0 * 10 + m1
        guard year >= 1900, year <= 2199, m >= 1, m <= 12 else { return false }
        let first = CivilDate(year: year, month: m, day: 1).dayNumber
        let length = CivilDate.daysInMonth(year: year, month: m)
        // The clocks change at most once a month, so the month has one offset when its first
        // and last days are both plain winter or both plain summer days.
        let a = days.kind(of: first), b = days.kind(of: first + length - 1)
        let offset = a == b && a == .winter ? 60 : a == b && a == .summer ? 120 : 0
        cachedMonth = (month, first, length, offset)
        months[slot] = cachedMonth
        return true
    }

    /// `YYYY-MM-DD HH:MM` (or with `T`) that exists once in Copenhagen time, as an instant;
    /// nil for anything else (left to the general path).
    ///
    /// Shaped for speed: `DD HH:MM` is checked and read as one 8-byte word (six digits, a
    /// space or `T`, a colon), without a branch per byte.
    @inline(__always)
    mutating func plainInstant(_ buf: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Minute? {
        guard e - s == 16, let p = buf.baseAddress else { return nil }
        let raw = UnsafeRawPointer(p + s)
        let month = raw.loadUnaligned(as: UInt64.self)
        if month != cachedMonth.bytes { guard lookUpMonth(month, buf, s) else { return nil } }
        // Bytes 8–15, little-endian: D D sep H H : M M.
        let x = raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
        let digits = x & 0x0F0F_000F_0F00_0F0F
        guard x & 0xF0F0_00F0_F000_F0F0 == 0x3030_0030_3000_3030,
            (digits &+ 0x0606_0006_0600_0606) & 0x1010_0010_1000_1010 == 0,
            x & 0x0000_FF00_0000_0000 == 0x0000_3A00_0000_0000
        else { return nil }
        let separator = x & 0x0000_0000_00FF_0000
        guard separator == 0x0000_0000_0020_0000 || separator == 0x0000_0000_0054_0000 else { return nil }
        let dom = Int(digits & 0xF) &* 10 &+ Int((digits >> 8) & 0xF)
        let hour = Int((digits >> 24) & 0xF) &* 10 &+ Int((digits >> 32) & 0xF)
        let minute = Int((digits >> 48) & 0xF) &* 10 &+ Int((digits >> 56) & 0xF)
        guard dom >= 1, dom <= cachedMonth.days, hour < 24, minute < 60 else { return nil }
        let day = cachedMonth.first &+ dom &- 1
        let minuteOfDay = hour &* 60 &+ minute
        if cachedMonth.offset != 0 { return day &* minutesPerDay &+ minuteOfDay &- cachedMonth.offset }
        if case .unique(let instant) = days.resolve(day: day, minuteOfDay: minuteOfDay) { return instant }
        return nil
    }

    mutating func fail(_ record: CSVScanner.Record, _ index: Int?, da: String, en: String) {
        errors.append(
            InputError(file: file, line: record.line, column: index.map { record.columns[$0] }, da: da, en: en))
    }

    mutating func parseRow(_ record: CSVScanner.Record) {
        if record.unterminatedQuote {
            fail(record, nil, da: "et felt i anførselstegn slutter aldrig", en: "a quoted field is never closed")
            return
        }
        if record.count != headerCount {
            fail(
                record, nil, da: "rækken har \(record.count) felter; overskriften har \(headerCount)",
                en: "the row has \(record.count) fields; the header has \(headerCount)")
            return
        }
        let errorCount = errors.count
        // Employee.
        let ei = employeeColumn
        let employeeBytes = trimmed(scanner.field(record, ei))
        var employee: Int32 = -1
        if employeeBytes.isEmpty {
            fail(record, ei, da: "medarbejder mangler", en: "employee is missing")
        } else if let e = employeeIndex.value(for: employeeBytes) {
            employee = e
        } else {
            employee = Int32(employeeIDs.count)
            employeeIndex.insert(employeeBytes, value: employee)
            employeeIDs.append(String(decoding: employeeBytes, as: UTF8.self))
        }
        let start = instant(record, startColumn, name: "start")
        let end = instant(record, endColumn, name: "slut", nameEn: "end")
        // Kind.
        var kind = ShiftKind.work
        if let ki = columns[.kind] {
            let bytes = trimmed(scanner.field(record, ki))
            if let k = kindIndex[bytes] { kind = k } else if let k = ShiftKind.parse(String(decoding: bytes, as: UTF8.self)) {
                kind = k
                kindIndex[bytes] = k
            } else {
                let value = String(decoding: bytes, as: UTF8.self)
                let known = ShiftKind.allCases.map(\.name).joined(separator: ", ")
                fail(
                    record, ki, da: "ukendt type «\(value)»; forventede en af: \(known) (eller et dansk alias)",
                    en: "unknown kind «\(value)»; expected one of: \(known) (or a Danish alias)")
            }
        }
        let label = Self.intern(scanner, record, columns[.label], table: &labelIndex, strings: &labels)
        let unit = Self.intern(scanner, record, columns[.unit], table: &unitIndex, strings: &units)
        for (value, column) in [(label, columns[.label]), (unit, columns[.unit])] where value == Self.tooMany {
            fail(
                record, column, da: "for mange forskellige værdier i kolonnen (højst \(Shift.maxCodes))",
                en: "too many distinct values in the column (at most \(Shift.maxCodes))")
        }
        var breakMinutes: UInt16 = 0
        if let bi = columns[.break] {
            let bytes = trimmed(scanner.field(record, bi))
            if !bytes.isEmpty {
                if let v = Int(String(decoding: bytes, as: UTF8.self)), v >= 0, v <= 1440 {
                    breakMinutes = UInt16(v)
                } else {
                    let value = String(decoding: bytes, as: UTF8.self)
                    fail(
                        record, bi, da: "ugyldig pause «\(value)»; forventede hele minutter 0–1440",
                        en: "invalid break «\(value)»; expected whole minutes 0–1440")
                }
            }
        }
        var tags: ShiftTags = []
        if let ti = columns[.tags] {
            let bytes = trimmed(scanner.field(record, ti))
            for part in bytes.split(separator: 0x3B) {
                let name = trimmed(part)
                if name.isEmpty { continue }
                if let t = tagIndex[name] { tags.insert(t); continue }
                let text = String(decoding: name, as: UTF8.self)
                if let t = ShiftTags.parse(text) {
                    tagIndex[name] = t
                    tags.insert(t)
                } else {
                    fail(
                        record, ti, da: "ukendt mærke «\(text)» i tags; forventede alone (alene) eller heavy (tung)",
                        en: "unknown tag «\(text)»; expected alone (alene) or heavy (tung)")
                }
            }
        }
        guard errors.count == errorCount, let start, let end else { return }
        if end <= start {
            let s = String(decoding: trimmed(scanner.field(record, startColumn)), as: UTF8.self)
            let e = String(decoding: trimmed(scanner.field(record, endColumn)), as: UTF8.self)
            fail(
                record, columns[.end], da: "slut «\(e)» ligger ikke efter start «\(s)»",
                en: "end «\(e)» is not after start «\(s)»")
            return
        }
        shifts.append(
            Shift(
                employee: employee, start: Int32(start), end: Int32(end), kind: kind, label: label, unit: unit,
                line: Int32(record.line), breakMinutes: breakMinutes, tags: tags))
    }

    /// What `intern` returns when a column has more distinct values than a `Shift` can code.
    static let tooMany: Int32 = -3

    /// Interns an optional text column; -1 when absent or empty, `tooMany` past the limit.
    static func intern(
        _ scanner: CSVScanner, _ record: CSVScanner.Record, _ index: Int?, table: inout ByteInterner, strings: inout [String]
    ) -> Int32 {
        guard let index else { return -1 }
        let bytes = trimmed(scanner.field(record, index))
        if bytes.isEmpty { return -1 }
        if let i = table.value(for: bytes) { return i }
        if strings.count >= Shift.maxCodes { return tooMany }
        let i = Int32(strings.count)
        table.insert(bytes, value: i)
        strings.append(String(decoding: bytes, as: UTF8.self))
        return i
    }

    /// Years vagttjek accepts: the `Int32` minute range is far wider, but a year outside this is
    /// a typo in a roster.
    static let years = 1900...2199

    mutating func instant(_ record: CSVScanner.Record, _ index: Int, name: String, nameEn: String? = nil) -> Minute? {
        let bytes = trimmed(scanner.field(record, index))
        let value = String(decoding: bytes, as: UTF8.self)
        if bytes.isEmpty {
            fail(record, index, da: "\(name) mangler; \(TimestampParser.expected.da)", en: "\(nameEn ?? name) is missing; \(TimestampParser.expected.en)")
            return nil
        }
        switch TimestampParser.parse(bytes) {
        case .failure(let failure):
            let text = TimestampParser.explain(failure, value: value)
            fail(record, index, da: text.da, en: text.en)
            return nil
        case .success(let reading):
            let year = CivilDate(dayNumber: floorDiv(reading.local, minutesPerDay)).year
            guard Self.years.contains(year) else {
                fail(
                    record, index, da: "«\(value)»: året \(year) ligger uden for 1900–2199",
                    en: "«\(value)»: the year \(year) is outside 1900–2199")
                return nil
            }
            if let offset = reading.offset { return reading.local - offset }
            switch Copenhagen.resolve(local: reading.local) {
            case .unique(let instant):
                return instant
            case .nonexistent:
                fail(
                    record, index,
                    da: "«\(value)» findes ikke i dansk tid: sommertiden begynder, og uret springer fra 02:00 til 03:00",
                    en: "«\(value)» does not exist in Danish time: summer time starts and clocks jump from 02:00 to 03:00")
                return nil
            case .ambiguous(let first, _):
                notices.append(
                    InputError(
                        file: file, line: record.line, column: record.columns[index],
                        da: "«\(value)» forekommer to gange (sommertiden slutter); læst som første gang (+02:00). Angiv +01:00 for anden gang",
                        en: "«\(value)» occurs twice (summer time ends); read as the first occurrence (+02:00). Write +01:00 for the second"))
                return first
            }
        }
    }
}
