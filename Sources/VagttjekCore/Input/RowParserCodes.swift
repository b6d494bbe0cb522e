/// Rows that give a shift code instead of times (a code-only export `Dato;Medarbejder;Vagt`, or
/// a row whose Fra and Til are empty): the times, kind, break and unit come from the legend
/// (`ShiftCodes`, `--codes`), and an absence with no times is that whole calendar day. Read
/// by the general path only (a date column sends every row there).
extension RowParser {
    /// A total row (`I alt`, `Total`, `Sum` in its first cell) under a table: not a shift.
    static let totalWords: Set<String> = ["i alt", "ialt", "total", "totalt", "sum", "i alt:", "total:", "sum:"]

    /// Whether the row is a total row; if so, a notice says it was passed over.
    mutating func isTotalRow(_ record: CSVScanner.Record) -> Bool {
        guard record.count > 0 else { return false }
        let cell = trimmed(scanner.field(record, 0))
        // Most rows start with an id: no string is built for them.
        guard let b = cell.first, b | 0x20 == 0x69 || b | 0x20 == 0x74 || b | 0x20 == 0x73, cell.count <= 6 else { return false }
        let first = String(decoding: cell, as: UTF8.self).lowercased()
        guard Self.totalWords.contains(first) else { return false }
        let word = String(decoding: trimmed(scanner.field(record, 0)), as: UTF8.self)
        notices.append(
            InputError(
                file: file, line: record.line, da: "rækken «\(shown(word))» er en sumrække og læses ikke som en vagt",
                en: "the row «\(shown(word))» is a total row and is not read as a shift"))
        return true
    }

    /// Start and end from the row's code when the row has no times of its own (no start and end
    /// columns, or both cells empty) on the date `midnight`; nil when the row has times (the
    /// caller reads them). Sets `codedEntry` for the kind, break and unit.
    mutating func codedTimes(_ record: CSVScanner.Record, midnight: Minute) -> (Minute?, Minute?)? {
        codedEntry = nil
        let startEmpty = startColumn < 0 || trimmed(scanner.field(record, startColumn)).isEmpty
        let endEmpty = endColumn < 0 || trimmed(scanner.field(record, endColumn)).isEmpty
        guard startEmpty && endEmpty else { return nil }
        let codeBytes = labelColumn >= 0 ? trimmed(scanner.field(record, labelColumn)) : []
        let code = String(decoding: codeBytes, as: UTF8.self)
        var entry: ShiftCodes.Entry?
        if !code.isEmpty {
            entry = codes.entry(code)
            if entry == nil {
                failUnknownCode(record, labelColumn, code, rowHasNoTimes: true)
                return (nil, nil)
            }
        } else if kindColumn >= 0 {
            // No code: a kind of absence with no times (`Fri;;`) is the whole day.
            let text = String(decoding: trimmed(scanner.field(record, kindColumn)), as: UTF8.self)
            if let k = kind(text), !text.isEmpty, ShiftCodes.isWholeDay(k) { entry = ShiftCodes.Entry(code: text, start: nil, end: nil, kind: k) }
        }
        guard let entry else {
            if startColumn < 0 {
                fail(record, labelColumn, da: "vagtkoden mangler (rækken har ingen start og slut)", en: "the shift code is missing (the row has no start and end)")
            } else {
                fail(record, startColumn, da: "start og slut mangler; skriv tiderne, eller en vagtkode eller fraværstype", en: "start and end are missing; write the times, or a shift code or kind of absence")
            }
            return (nil, nil)
        }
        codedEntry = entry
        let cell = labelColumn >= 0 && !code.isEmpty ? labelColumn : max(kindColumn, 0)
        guard let s = entry.start, let e = entry.end else {
            // The whole calendar day: midnight to midnight (23 or 25 hours when the clocks change).
            return (resolve(record, cell, midnight), resolve(record, cell, midnight + minutesPerDay))
        }
        return (resolve(record, cell, midnight + s), resolve(record, cell, midnight + e + (e <= s ? minutesPerDay : 0)))
    }

    /// The error for a code that is neither in the legend nor known without one: it names the
    /// code and the legend's codes, or says to give a legend.
    mutating func failUnknownCode(_ record: CSVScanner.Record, _ column: Int, _ code: String, rowHasNoTimes: Bool) {
        let known = codes.codes
        if known.isEmpty {
            fail(
                record, column,
                da: rowHasNoTimes
                    ? "vagtkoden «\(shown(code))» har ingen tider: rækken har ingen start og slut, og der er ingen kodeliste; giv en med --codes FIL (kode;start;slut;type)"
                    : "vagtkoden «\(shown(code))» kendes ikke uden en kodeliste; giv en med --codes FIL (kode;start;slut;type)",
                en: rowHasNoTimes
                    ? "the shift code «\(shown(code))» has no times: the row has no start and end, and there is no legend; give one with --codes FILE (code;start;end;kind)"
                    : "the shift code «\(shown(code))» is not known without a legend; give one with --codes FILE (code;start;end;kind)")
        } else {
            fail(
                record, column,
                da: "vagtkoden «\(shown(code))» står ikke i kodelisten \(codes.file ?? ""); den har: \(shownList(known))",
                en: "the shift code «\(shown(code))» is not in the legend \(codes.file ?? ""); it has: \(shownList(known))")
        }
    }

    /// The kind, break and unit a coded row takes from its code where its own cells are empty.
    mutating func applyCode(_ record: CSVScanner.Record, kind: inout ShiftKind, breakMinutes: inout UInt16, unit: inout Int32) {
        guard let entry = codedEntry else { return }
        if kindColumn < 0 || trimmed(scanner.field(record, kindColumn)).isEmpty { kind = entry.kind }
        if let b = entry.breakMinutes, breakColumn < 0 || trimmed(scanner.field(record, breakColumn)).isEmpty { breakMinutes = b }
        if let u = entry.unit, unit < 0 {
            if let index = Array(u.utf8).withUnsafeBufferPointer({ unitIndex.intern($0, strings: &units, limit: Shift.maxCodes) }) {
                unit = index
            } else {
                fail(record, labelColumn, da: "for mange forskellige afdelinger (højst \(Shift.maxCodes))", en: "too many distinct units (at most \(Shift.maxCodes))")
            }
        }
    }

    /// In a file with a code column and no kind column, the rows whose code means an absence
    /// (`F`, `FE`, `fri`, or the legend's own) take that kind, also when they have times of their
    /// own (`F;0:00;0:00` is a free day, never 24 hours of work). Per distinct code, then one
    /// pass over the rows only when some code is an absence. Returns a notice naming the codes
    /// read by vagttjek's own meaning (no legend row), so a planner whose `F` means something
    /// else can say so.
    mutating func applyCodeKinds(_ codes: ShiftCodes) -> InputError? {
        guard labelColumn >= 0, kindColumn < 0, !labels.isEmpty else { return nil }
        var kinds = [ShiftKind?](repeating: nil, count: labels.count + 1)  // by label code (0 = none)
        var builtIn: [(label: String, kind: ShiftKind)] = []
        for (i, label) in labels.enumerated() {
            guard let entry = codes.entry(label), entry.kind != .work else { continue }
            kinds[i + 1] = entry.kind
            if entry.line == nil && entry.start == nil { builtIn.append((label, entry.kind)) }
        }
        guard kinds.contains(where: { $0 != nil }) else { return nil }
        for i in shifts.indices {
            if let k = kinds[Int(shifts[i].labelCode)], shifts[i].kind == .work { shifts[i].kind = k }
        }
        guard !builtIn.isEmpty else { return nil }
        func list(_ da: Bool) -> String { builtIn.map { "«\(shown($0.label))» \(da ? "som" : "as") \(da ? $0.kind.danishName : $0.kind.name)" }.joined(separator: ", ") }
        return InputError(
            file: file,
            da: "vagtkoderne læses som fravær: \(list(true)) (vagttjeks egne betydninger); betyder de andet, så giv en kodeliste med --codes",
            en: "the shift codes are read as absences: \(list(false)) (vagttjek's own meanings); if they mean something else, give a legend with --codes")
    }
}


/// Which way a file's dates of numbers read (DESIGN.md «Codes, whole days and the shapes of a
/// file»): the day first, as in Danish, unless a row's date can only be read month first
/// (`03/15/2026`) and none only day first; both in one file is an error naming the two rows.
struct DateEvidence: Sendable {
    /// The first row (line, cell) that reads only day first, and the first only month first.
    var dayFirst: (line: Int, text: String)?
    var monthFirst: (line: Int, text: String)?

    @inline(__always) mutating func note(_ bytes: ArraySlice<UInt8>, line: Int) {
        guard dayFirst == nil || monthFirst == nil, let order = TimestampParser.order(bytes) else { return }
        if order == .dayFirst && dayFirst == nil { dayFirst = (line, String(decoding: bytes, as: UTF8.self)) }
        if order == .monthFirst && monthFirst == nil { monthFirst = (line, String(decoding: bytes, as: UTF8.self)) }
    }

    /// A later piece's evidence, its lines moved by `lineBase`; the earliest line of each kind stays.
    mutating func merge(_ other: DateEvidence, lineBase: Int) {
        if let d = other.dayFirst, dayFirst.map({ $0.line > d.line + lineBase }) ?? true { dayFirst = (d.line + lineBase, d.text) }
        if let m = other.monthFirst, monthFirst.map({ $0.line > m.line + lineBase }) ?? true { monthFirst = (m.line + lineBase, m.text) }
    }
}
