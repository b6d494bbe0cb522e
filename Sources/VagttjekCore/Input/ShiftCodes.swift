/// A legend of shift codes (`--codes FILE`): what `D`, `A`, `N`, `F` mean in a roster that
/// writes a code instead of times (a code-only export `Dato;Medarbejder;Vagt`, and the cells of
/// a grid). One row a code: `kode;start;slut;type` and optionally `pause`, `afdeling`, `timer`,
/// `betegnelse`, with Danish or English headers, read like every other input (every error
/// names file, line, column and value).
///
/// * A code whose end is at or before its start ends the next day (`N;23:00;07:00`).
/// * A code of an absence (`fri`, `ferie`, `syg`, `afspadsering`, `seniordag`, `orlov`) may
///   leave start and end empty: it is that whole calendar day. A code of working time
///   (work, on-call, course) must have times.
/// * `timer`, when given, must agree with the times: the length, or the length less the break
///   (a paid break is common in døgninstitutioner); otherwise the legend is wrong somewhere.
///
/// Without a legend a few codes are known (`ShiftCodes.builtIn`): the absence words
/// (`fri`, `ferie`, `syg`, …), `F` (fridøgn), `FE` (ferie), `SY` (syg), and ranges such as `7-15`
/// or `07:00-15:00`. A legend's own row for a code goes before them.
public struct ShiftCodes: Sendable {
    public struct Entry: Sendable, Equatable {
        public var code: String
        /// Clock times in minutes after midnight (an end at or before the start is the next
        /// day); nil for an absence of the whole calendar day.
        public var start: Int?, end: Int?
        public var kind: ShiftKind
        public var breakMinutes: UInt16?
        public var unit: String?
        /// The legend's line; nil for a built-in code.
        public var line: Int?
    }

    /// The legend's file; nil when there is none (built-in codes only).
    public let file: String?
    public private(set) var entries: [Entry] = []
    private var index: [String: Int] = [:]
    /// Columns not read, and the like (said as notices).
    public private(set) var notices: [InputError] = []

    public init() { file = nil }
    init(file: String) { self.file = file }

    /// The entry for a code as a cell writes it (without regard to case or spaces at the ends):
    /// the legend's, else a built-in one.
    public func entry(_ code: String) -> Entry? {
        let key = Self.key(code)
        if let i = index[key] { return entries[i] }
        return Self.builtIn(code)
    }

    /// The legend's codes as written, for messages.
    public var codes: [String] { entries.map(\.code) }

    static func key(_ code: String) -> String { code.trimmingBlanks.lowercased() }

    /// The kinds a code may stand for without times: a whole day away.
    static func isWholeDay(_ kind: ShiftKind) -> Bool { !kind.isWorkingTime && kind != .oncallHome }

    /// The short codes known without a legend, with the kind each means.
    static let shortCodes: [String: ShiftKind] = ["f": .dayoff, "fe": .vacation, "sy": .sick]

    /// A code known without a legend: an absence word or short code (the whole day), or a range
    /// of clock times (`7-15`, work).
    public static func builtIn(_ code: String) -> Entry? {
        let key = key(code)
        if let kind = shortCodes[key] ?? ShiftKind.byAlias[key], isWholeDay(kind) {
            return Entry(code: code, start: nil, end: nil, kind: kind)
        }
        if let r = ClockTime.range(key) { return Entry(code: code, start: r.start, end: r.end, kind: .work) }
        return nil
    }

    enum Column: CaseIterable {
        case code, start, end, kind, `break`, unit, hours, description
        var aliases: [String] {
            switch self {
            case .code: return ["code", "kode", "vagtkode", "vagt", "shift code", "forkortelse"]
            case .start: return ["start", "fra", "starttid", "mødetid", "start time"]
            case .end: return ["end", "slut", "til", "sluttid", "end time"]
            case .kind: return ["kind", "type", "vagttype", "art"]
            case .break: return ["break", "pause", "pause (min)", "break (min)"]
            case .unit: return ["unit", "afdeling"]
            case .hours: return ["hours", "timer", "normtid"]
            case .description: return ["description", "betegnelse", "beskrivelse", "navn", "name"]
            }
        }
    }

    public static func read(path: String) throws(InputFailure) -> ShiftCodes {
        let raw: [UInt8]
        do { raw = try TextFile.read(path: path) } catch { throw InputFailure([error]) }
        let bytes: [UInt8]
        do { bytes = try TextEncoding.normalise(raw, file: path).bytes } catch { throw InputFailure([error]) }
        return try parse(bytes: bytes, file: path)
    }

    public static func parse(bytes: [UInt8], file: String) throws(InputFailure) -> ShiftCodes {
        var legend = ShiftCodes(file: file)
        var scanner = CSVScanner(bytes: bytes, delimiter: CSVScanner.detectDelimiter(bytes))
        var record = CSVScanner.Record()
        guard scanner.next(into: &record) else {
            throw InputFailure([InputError(
                file: file, line: 1, da: "filen er tom; forventede en overskriftsrække med kode, start, slut, type",
                en: "the file is empty; expected a header row with code, start, end, kind")])
        }
        let headers = (0..<record.count).map { HeaderName.visible(scanner.string(record, $0)) }
        let keys = headers.map(HeaderName.key)
        var column: [Column: Int] = [:]
        for c in Column.allCases {
            let wanted = c.aliases.map(HeaderName.key)
            if let i = keys.firstIndex(where: wanted.contains) { column[c] = i }
        }
        guard let codeColumn = column[.code] else {
            throw InputFailure([InputError(
                file: file, line: record.line,
                da: "mangler kolonnen kode (code / vagtkode / vagt); overskriften er: \(shownList(headers))",
                en: "missing the column code (kode / vagtkode / vagt); the header is: \(shownList(headers))")])
        }
        let read = Set(column.values)
        let unread = headers.indices.filter { !read.contains($0) && !headers[$0].isEmpty }.map { headers[$0] }
        if let n = HeaderName.unreadNotice(
            unread, file: file, line: record.line, reads: ["code", "start", "end", "kind", "break", "unit", "hours", "description"], option: "--codes")
        {
            legend.notices.append(n)
        }
        var errors: [InputError] = []
        while scanner.next(into: &record) {
            if (0..<record.count).allSatisfy({ scanner.string(record, $0).trimmingBlanks.isEmpty }) { continue }
            guard record.count == headers.count else {
                errors.append(InputError(
                    file: file, line: record.line, da: "rækken har \(record.count) felter; overskriften har \(headers.count)",
                    en: "the row has \(record.count) fields; the header has \(headers.count)"))
                continue
            }
            switch entry(record, scanner, column, code: codeColumn, file: file) {
            case .failure(let e): errors.append(e)
            case .success(let entry):
                let key = key(entry.code)
                if let other = legend.index[key] {
                    errors.append(InputError(
                        file: file, line: record.line, column: scanner.characterColumn(record, codeColumn),
                        da: "koden «\(shown(entry.code))» står to gange (også linje \(legend.entries[other].line ?? 0)); giv hver kode én række",
                        en: "the code «\(shown(entry.code))» appears twice (also line \(legend.entries[other].line ?? 0)); give each code one row"))
                } else {
                    legend.index[key] = legend.entries.count
                    legend.entries.append(entry)
                }
            }
        }
        if !errors.isEmpty { throw InputFailure(errors) }
        if legend.entries.isEmpty {
            throw InputFailure([InputError(
                file: file, line: record.line, da: "ingen koder: filen har kun en overskriftsrække", en: "no codes: the file has only a header row")])
        }
        return legend
    }
}

extension ShiftCodes {
    /// One legend row as an entry, or the error naming its first problem.
    static func entry(
        _ record: CSVScanner.Record, _ scanner: CSVScanner, _ column: [Column: Int], code codeColumn: Int, file: String
    ) -> Result<Entry, InputError> {
        func cell(_ c: Column) -> String { column[c].map { scanner.string(record, $0).trimmingBlanks } ?? "" }
        func error(_ c: Column?, _ da: String, _ en: String) -> Result<Entry, InputError> {
            .failure(InputError(file: file, line: record.line, column: c.flatMap { column[$0] }.map { scanner.characterColumn(record, $0) }, da: da, en: en))
        }
        let code = cell(.code)
        guard !code.isEmpty else { return error(.code, "koden mangler", "the code is missing") }
        let kindText = cell(.kind)
        let kind: ShiftKind
        if kindText.isEmpty {
            // No kind: an absence word as the code says itself (`fri`, `ferie`), else work.
            kind = builtIn(code).flatMap { $0.start == nil ? $0.kind : nil } ?? .work
        } else if let k = ShiftKind.parse(kindText) {
            kind = k
        } else {
            let known = ShiftKind.allCases.map(\.name).joined(separator: ", ")
            return error(
                .kind, "ukendt type «\(shown(kindText))» for koden «\(shown(code))»; forventede en af: \(known) (eller et dansk navn som fri, ferie, syg)",
                "unknown kind «\(shown(kindText))» for the code «\(shown(code))»; expected one of: \(known) (or a Danish name such as fri, ferie, syg)")
        }
        let startText = cell(.start), endText = cell(.end)
        var entry = Entry(code: code, start: nil, end: nil, kind: kind, line: record.line)
        switch (startText.isEmpty, endText.isEmpty) {
        case (true, true):
            guard isWholeDay(kind) else {
                return error(
                    .start, "koden «\(shown(code))» er \(kind.danishName) og skal have start og slut (kun fravær som fri og ferie kan være hele dagen)",
                    "the code «\(shown(code))» is \(kind.name) and needs a start and an end (only absences such as dayoff and vacation can be the whole day)")
            }
        case (false, false):
            guard let s = ClockTime.minutes(Array(startText.utf8)), s < 1440 else {
                return error(.start, "start «\(shown(startText))» for koden «\(shown(code))» er ikke et klokkeslæt; forventede TT:MM", "start «\(shown(startText))» for the code «\(shown(code))» is not a clock time; expected HH:MM")
            }
            guard let e = ClockTime.minutes(Array(endText.utf8)) else {
                return error(.end, "slut «\(shown(endText))» for koden «\(shown(code))» er ikke et klokkeslæt; forventede TT:MM", "end «\(shown(endText))» for the code «\(shown(code))» is not a clock time; expected HH:MM")
            }
            (entry.start, entry.end) = (s, e)
        default:
            let missing: Column = startText.isEmpty ? .start : .end
            return error(
                missing, "koden «\(shown(code))» har \(missing == .start ? "slut, men ingen start" : "start, men ingen slut"); giv begge (eller ingen for fravær hele dagen)",
                "the code «\(shown(code))» has \(missing == .start ? "an end but no start" : "a start but no end"); give both (or neither for an absence of the whole day)")
        }
        let length = entry.start.map { s in let e = entry.end ?? s; return e > s ? e - s : e + 1440 - s } ?? 0
        let breakText = cell(.break)
        if !breakText.isEmpty {
            guard let b = Int(breakText), b >= 0, b <= 1440, entry.start == nil || b < length else {
                return error(
                    .break, "pause «\(shown(breakText))» for koden «\(shown(code))»; forventede hele minutter, kortere end vagten",
                    "break «\(shown(breakText))» for the code «\(shown(code))»; expected whole minutes, shorter than the shift")
            }
            entry.breakMinutes = UInt16(b)
        }
        let unit = cell(.unit)
        if !unit.isEmpty { entry.unit = unit }
        let hoursText = cell(.hours)
        if !hoursText.isEmpty {
            guard let hours = Double(String(hoursText.map { $0 == "," ? "." : $0 })), hours >= 0, hours <= 48 else {
                return error(.hours, "timer «\(shown(hoursText))» for koden «\(shown(code))» er ikke et tal", "hours «\(shown(hoursText))» for the code «\(shown(code))» is not a number")
            }
            let minutes = Hours.minutes(hours), pause = Int(entry.breakMinutes ?? 0)
            if entry.start != nil && abs(minutes - length) > 1 && abs(minutes - (length - pause)) > 1 {
                let span = "\(Policy.clockText(entry.start ?? 0))–\(Policy.clockText(entry.end ?? 0))"
                return error(
                    .hours, "timer «\(shown(hoursText))» for koden «\(shown(code))» passer ikke med \(span) (\(TimeFormat.number(Double(length) / 60, danish: true)) timer\(pause > 0 ? ", \(TimeFormat.number(Double(length - pause) / 60, danish: true)) uden pausen" : "")); ret tiderne eller timerne",
                    "hours «\(shown(hoursText))» for the code «\(shown(code))» do not agree with \(span) (\(TimeFormat.number(Double(length) / 60, danish: false)) hours\(pause > 0 ? ", \(TimeFormat.number(Double(length - pause) / 60, danish: false)) without the break" : "")); correct the times or the hours")
            }
        }
        return .success(entry)
    }
}
