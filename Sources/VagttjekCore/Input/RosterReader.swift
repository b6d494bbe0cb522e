
#if canImport(Glibc)
import Glibc
#endif

/// Reads a roster CSV (README «Inputs») into a `Roster`. This type only chooses how: large regular
/// files block by block through `mmap` (`BlockReader.swift`), large byte arrays in pieces on all
/// cores (`ParallelParse.swift`), everything else, and every file the fast paths hand back, by
/// the whole-file path. The header is read in `RosterHeader.swift`, the rows by `RowParser`
/// (the general parser and its messages) and its fast path (`FastRowParser.swift`).
///
/// Every bad row is reported (file, line, column, value, what was expected); none is dropped
/// silently. The caller decides whether errors stop the run (`--skip-invalid`).
/// Columns that vagttjek does not use (a name column, say) are ignored.
public struct RosterReader {
    /// The columns vagttjek reads, with their accepted header names (case-insensitive).
    public enum Column: String, CaseIterable, Sendable {
        case employee, start, end, kind, label, unit, `break`, tags
        /// The date, when start and end hold clock times only (`Dato;Fra;Til`, Excel schedules).
        case date
        /// The end's own date (`Start Date;Start Time;End Date;End Time` exports): with it the
        /// end is a clock time on that date, never moved to the next day.
        case endDate = "enddate"
        /// The employee's name (`Navn`), shown next to the id in the reports.
        case name
        /// When a change to the row was announced (`ændret`), in an actual roster compared by
        /// `vagttjek diff` (README «Plan versus reality»); `check` reads past it.
        case changedOn = "changed_on"

        public var aliases: [String] {
            switch self {
            case .employee: return ["employee", "medarbejder", "medarbejdernr"]
            case .start: return ["start", "fra", "starttid", "start time"]
            case .end: return ["end", "slut", "til", "sluttid", "end time"]
            case .date: return ["date", "dato", "start date", "startdato"]
            case .endDate: return ["end date", "slutdato"]
            case .kind: return ["kind", "type", "vagttype", "shift type"]
            case .label: return ["label", "vagt", "vagtkode", "kode", "code", "shift code"]
            case .unit: return ["unit", "afdeling"]
            case .break: return ["break", "pause"]
            case .tags: return ["tags"]
            case .name: return ["name", "navn", "medarbejdernavn", "employee name"]
            case .changedOn: return ["changed_on", "changed on", "ændret", "aendret", "varslet"]
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
    /// `--kinds Rådighed=oncall-home,…`: the export's own kind values and what they mean.
    public var kinds: [String: ShiftKind] = [:]
    /// `--codes FILE`: the legend of shift codes (rows with a code and no times, grids).
    public var codes = ShiftCodes()
    /// `--period`: the year of a grid's dates that name none, when the title does not either.
    public var period: ClosedRange<Day>?
    /// `--sheet`: the sheet of a workbook to read (else the first).
    public var sheet: String?
    /// Dates of numbers read month first (`settlingDateOrder` sets it when the file says so).
    var monthFirst = false
    /// Read every row by the general path, never the fast one (tests compare the two).
    var generalOnly = false
    /// Size limits and strategy thresholds (`ReadLimits`).
    public var limits = ReadLimits.standard
    /// Called between reading a large file's blocks and checking that it did not change (a test
    /// changes the file here).
    var afterBlocksRead: (() -> Void)?

    public init(mapping: [Column: String] = [:], jobs: Int = 0) {
        self.mapping = mapping
        self.jobs = jobs
    }

    /// A roster and the problems found reading it.
    public struct Result {
        public var roster: Roster
        /// Rows that could not be read (they are not in `roster`).
        public var errors: [InputError]
        /// How the file was read (`VAGTTJEK_TIMING=1` prints it; tests pin the fallbacks).
        public var strategy: ReadStrategy = .whole(.small)
        /// The `--kinds` values (lowercased) that some row's kind cell holds.
        public var kindsMatched: Set<String> = []
        /// Rows in error past the errors kept (`RowParser.storedErrorLimit`), and their lines.
        public var omittedErrorRows = 0, omittedErrorLines = 0
        /// The first rows whose dates read only one way (`settlingDateOrder`).
        var dateEvidence = DateEvidence()
    }

    /// Reads a file (large ones block by block, see `readStreaming`), then parses it.
    public func read(path: String) throws(InputFailure) -> Result {
        try settlingDateOrder(try readOnce(path: path), file: path) { (again) throws(InputFailure) in try again.readOnce(path: path) }
    }

    func readOnce(path: String) throws(InputFailure) -> Result {
        if path != "-", let kind = Spreadsheet.kind(path: path) { return try readSpreadsheet(path: path, kind) }
        if path != "-", let (fd, size) = TextFile.openRegular(path: path) {
            defer { _ = Glibc.close(fd) }
            if size > limits.streamBytes {
                let before = FileChange.stamp(fd)
                let read = try FileChange.guarding(path) { () throws(InputFailure) in try readStreaming(fd: fd, size: size, file: path) }
                afterBlocksRead?()
                let after = FileChange.stamp(fd)
                if let before, let after, before == after {
                    // unchanged
                } else {
                    throw InputFailure([FileChange.changedError(path)])
                }
                switch read {
                case .read(let result): return result
                case .fallBack(let reason): return try readWhole(path: path, because: reason)
                }
            }
        }
        return try readWhole(path: path, because: .small)
    }

    /// The lines of a roster file that hold data: the lines after the header with more than
    /// spaces and delimiters (for
    /// the `--skip-invalid` summary; reads the file again, so it is for the error path only).
    /// Nil when the file cannot be read.
    public static func dataLineCount(path: String) -> Int? {
        guard path != "-", let raw = try? TextFile.read(path: path), let text = try? TextEncoding.normalise(raw, file: path) else { return nil }
        var lines = 0, blank = true
        for b in text.bytes {
            if b == 0x0A {
                if !blank { lines += 1 }
                blank = true
            } else if b != 0x0D && b != 0x20 && b != 0x09 && b != 0x2C && b != 0x3B {
                blank = false  // a line of delimiters only (Excel's ;;;) is no data either
            }
        }
        if !blank { lines += 1 }
        return max(0, lines - 1)
    }

    /// Reads the whole file into memory, converts it to UTF-8 and parses it.
    func readWhole(path: String, because reason: ReadFallback) throws(InputFailure) -> Result {
        let raw: [UInt8]
        let text: (bytes: [UInt8], encoding: TextEncoding.Encoding)
        do {
            raw = try TextFile.read(path: path, limits: limits)
            text = try TextEncoding.normalise(raw, file: path)
        } catch {
            throw InputFailure([error])
        }
        var result = try parseOnce(bytes: text.bytes, file: path)
        if text.encoding != .utf8 {
            // Not the default: say which encoding the file was read in.
            result.roster.notices.insert(
                InputError(
                    file: path, da: "læst som \(text.encoding.rawValue) (filen er ikke gyldig UTF-8)",
                    en: "read as \(text.encoding.rawValue) (the file is not valid UTF-8)"), at: 0)
        }
        // The reason the file was not read in blocks comes first; a small file says why it was
        // not parsed in pieces either.
        if case .whole = result.strategy, reason != .small { result.strategy = .whole(reason) }
        return result
    }

    /// Parses UTF-8 CSV bytes. Throws when the file as a whole cannot be read (no header,
    /// a missing required column, no rows); bad rows are returned in `Result.errors`.
    public func parse(bytes: [UInt8], file: String) throws(InputFailure) -> Result {
        try settlingDateOrder(try parseOnce(bytes: bytes, file: file), file: file) { (again) throws(InputFailure) in try again.parseOnce(bytes: bytes, file: file) }
    }

    func parseOnce(bytes: [UInt8], file: String) throws(InputFailure) -> Result {
        let h: Header
        do {
            h = try header(bytes: bytes, file: file)
        } catch {
            // No start and end: perhaps a grid of dates and codes (`GridRoster.swift`).
            if !error.isUsage, let grid = try parseGrid(bytes: bytes, file: file) { return grid }
            throw error
        }
        let scanner = h.scanner, columnIndex = h.columns
        var rows = RowParser(scanner: scanner, file: file, columns: columnIndex, headerCount: h.count, kinds: kinds, codes: codes, monthFirst: monthFirst)
        rows.generalOnly = generalOnly
        let strategy: ReadStrategy
        switch Self.parseInParallel(
            scanner: scanner, file: file, columns: columnIndex, headerCount: h.count, jobs: jobs, threshold: parallelThreshold,
            kinds: kinds, codes: codes, monthFirst: monthFirst)
        {
        case .read(let parallel):
            rows = parallel
            strategy = .pieces
        case .fallBack(let reason):
            rows.parseRows()
            strategy = .whole(reason)
        }
        var result = try finish(&rows, header: h, file: file)
        result.strategy = strategy
        return result
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
        let codeKinds = rows.applyCodeKinds(codes)
        let merged = Self.foldIDs(&rows, file: file)
        var roster = Roster(
            file: file, employeeIDs: rows.employeeIDs, labels: rows.labels, units: rows.units, taking: &rows.shifts,
            hasBreakColumn: h.columns[.break] != nil, notices: rows.notices, outOfPlaceSortRows: limits.outOfPlaceSortRows)
        roster.hasTagsColumn = h.columns[.tags] != nil
        roster.titles = h.titles
        if h.columns[.name] != nil {
            // The parser's employee order is the file's; the roster's is sorted.
            var byID: [String: String] = [:]
            for (k, id) in rows.employeeIDs.enumerated() where k < rows.names.count { if let n = rows.names[k] { byID[id] = n } }
            roster.employeeNames = roster.employeeIDs.map { byID[$0] }
        }
        roster.notices += merged
        if let codeKinds { roster.notices.append(codeKinds) }
        roster.namesAreIDs = h.namesAsIDs != nil
        if let column = h.namesAsIDs {
            roster.notices.append(
                InputError(
                    file: file, line: h.line,
                    da: "der er ingen kolonne med medarbejdernummer, så navnene i «\(shown(column))» identificerer medarbejderne: to med samme navn læses som én, og et navn stavet på to måder som to",
                    en: "there is no employee number column, so the names in «\(shown(column))» identify the employees: two with the same name are read as one, and a name spelt two ways as two"))
        }
        if let notice = HeaderName.unreadNotice(h.ignored, file: file, line: h.line, reads: Column.allCases.map(\.rawValue), option: "--columns") {
            roster.notices.append(notice)
        }
        if let first = h.skipped.first {
            let lines = h.skipped.count == 1 ? "\(first)" : "\(first)–\(h.skipped.last ?? first)"
            roster.notices.insert(
                InputError(
                    file: file, line: first,
                    da: "linje \(lines) er ikke overskriften (en titel eller Excels sep=); overskriften er linje \(h.line)",
                    en: "line \(lines) is not the header (a title or Excel's sep=); the header is line \(h.line)"), at: 0)
        }
        var result = Result(roster: roster, errors: rows.errors)
        result.kindsMatched = rows.kindsMatched
        result.dateEvidence = rows.dateEvidence
        (result.omittedErrorRows, result.omittedErrorLines) = (rows.omitted.rows, rows.omitted.lines)
        return result
    }
}

extension RosterReader {
    /// The rows' ids as `EmployeeID.fold` compares them: ids that differ only by what nobody
    /// sees or by a compatibility form become one employee (the first spelling met), their rows
    /// renumbered, and a notice names the spellings read as one. Per distinct id, not per row:
    /// a file of plain ASCII ids costs a byte scan of each id.
    static func foldIDs(_ rows: inout RowParser, file: String) -> [InputError] {
        var changed = false
        let folded = rows.employeeIDs.map { id -> String in
            let f = EmployeeID.fold(id)
            if f != id { changed = true }
            return f
        }
        guard changed else { return [] }
        var index: [String: Int32] = [:]
        var ids: [String] = [], spellings: [[String]] = []
        var map: [Int32] = []
        map.reserveCapacity(folded.count)
        for (k, f) in folded.enumerated() {
            if let x = index[f] {
                map.append(x)
                if !spellings[Int(x)].contains(rows.employeeIDs[k]) { spellings[Int(x)].append(rows.employeeIDs[k]) }
            } else {
                let x = Int32(ids.count)
                index[f] = x
                ids.append(f)
                spellings.append([rows.employeeIDs[k]])
                map.append(x)
            }
        }
        if ids.count < folded.count {
            for i in rows.shifts.indices { rows.shifts[i].employee = map[Int(rows.shifts[i].employee)] }
            var names = [String?](repeating: nil, count: ids.count)
            for (k, n) in rows.names.enumerated() where k < map.count && names[Int(map[k])] == nil { names[Int(map[k])] = n }
            rows.names = rows.names.isEmpty ? [] : names
        }
        rows.employeeIDs = ids
        return spellings.enumerated().compactMap { x, group in
            guard group.count > 1 || group[0] != ids[x] else { return nil }
            let list = group.map { "«\(shown(EmployeeID.spelled($0)))»" }.joined(separator: ", ")
            return InputError(
                file: file,
                da: "\(list) læses som medarbejderen «\(shown(ids[x]))» (usynlige tegn fjernet, andre mellemrum og skrivemåder som de almindelige)",
                en: "\(list) \(group.count > 1 ? "are" : "is") read as the employee «\(shown(ids[x]))» (invisible characters removed, other spaces and forms as the plain ones)")
        }
    }
}

/// How a roster was read.
public enum ReadStrategy: Equatable, Sendable {
    /// Block by block through `mmap`, on all cores (`BlockReader.swift`).
    case blocks
    /// Whole, parsed in pieces on all cores (`ParallelParse.swift`).
    case pieces
    /// Whole, parsed in one pass, for this reason.
    case whole(ReadFallback)
    /// An Excel workbook's sheet (`XLSXWorkbook`), read as text in one pass.
    case workbook
}

/// Why a fast reader handed the file to the whole-file path (every fast path says why, so a
/// slow read can be explained and each fallback is tested).
public enum ReadFallback: String, Equatable, Sendable {
    /// Small, one thread, or not a regular file: nothing to split.
    case small
    /// The header holds a quote, a NUL or bytes that are not UTF-8.
    case headerNotPlain
    /// A quote in the rows: a quoted cell may hold a line break, so a split at a line end is unsafe.
    case quote
    /// Bytes that are not UTF-8 (Windows-1252 is converted by the whole-file path).
    case notUTF8
    /// A carriage return not followed by a line feed (classic Mac line ends).
    case classicMacLineEnds
    /// A line longer than a block's margin.
    case longLine
    /// A block could not be read or mapped.
    case unreadableBlock
    /// More distinct labels or units than a shift's codes hold.
    case tooManyCodes
    /// A piece met more errors than `RowParser.pieceErrorBudget` (a quoted cell over many lines,
    /// or a file of bad rows): the whole-file path reads it, holding one piece's errors at a time.
    case manyErrors
}

/// What a fast reader gives: the rows, or the reason to read the file the general way.
enum FastRead<T> {
    case read(T)
    case fallBack(ReadFallback)
}

extension FastRead {
    /// Why a block parsed by the block reader cannot be used, or nil.
    static func reason(_ parser: RowParser, _ scan: TextEncoding.Scan, valid: Bool) -> ReadFallback? {
        if !valid { return .notUTF8 }
        if parser.sawQuote { return .quote }
        if parser.overBudget { return .manyErrors }
        if scan.loneCR { return .classicMacLineEnds }
        return nil
    }
}
