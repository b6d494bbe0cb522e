/// An Excel workbook (`.xlsx`) read directly (README «Excel workbooks»): the ZIP container and
/// DEFLATE are this project's own (`Platform/ZipArchive.swift`, `Platform/Inflate.swift`), the
/// parts are read with `XMLScanner`. One sheet (the first, or `--sheet NAME`) becomes text the
/// roster reader reads like a CSV file: row r of the sheet on line r, each cell in its column,
/// so a finding's "linje 7" is Excel's row 7 and an error names the cell (`plan.xlsx!Marts!C7`).
///
/// Cells: shared and inline strings, numbers, booleans, formulas' cached values; a number whose
/// format is a date or time (built-in formats 14–22 and 45–47, or a custom format such as
/// `dd-mm-yyyy hh:mm`) is written `2026-03-02 07:00`, `2026-03-02` or `07:00`, in the 1900 or the
/// 1904 date system as the workbook says. Bounded: parts are inflated up to `partLimit`, and a
/// sheet whose cells would spread over more than `cellLimit` positions is refused.
public struct XLSXWorkbook {
    /// The largest part inflated, in bytes (a ZIP bomb stops here; `ReadLimits.workbookPartBytes`).
    public let partLimit: Int
    /// The most cell positions (rows × columns up to the last used) a sheet may span.
    public static let cellLimit = 200_000_000

    public let file: String
    let zip: ZipArchive
    /// The sheets in the workbook's order, and each one's part.
    public private(set) var sheets: [(name: String, part: String)] = []
    var date1904 = false
    var strings: [String] = []
    /// Per cell style (`s`), whether its number format is a date, a time, or both.
    var styles: [NumberFormat] = []

    enum NumberFormat { case number, date, time, dateTime }

    public init(bytes: [UInt8], file: String, partLimit: Int = ReadLimits.standard.workbookPartBytes) throws(InputFailure) {
        self.file = file
        self.partLimit = partLimit
        do { zip = try ZipArchive(bytes) } catch { throw InputFailure([Self.error(error, file, partLimit: partLimit)]) }
        let workbook = try part("xl/workbook.xml")
        var sheetIDs: [(name: String, id: String)] = []
        workbook.withUnsafeBufferPointer { buf in
            var x = XMLScanner(buf)
            while let t = x.next() {
                guard case .start(let name, let attributes, _) = t else { continue }
                if x.named(name, "sheet"), let n = x.attribute("name", in: attributes), let id = x.attribute("id", in: attributes) {
                    sheetIDs.append((n, id))
                } else if x.named(name, "workbookPr"), let v = x.attribute("date1904", in: attributes) {
                    date1904 = v == "1" || v == "true"
                }
            }
        }
        var targets: [String: String] = [:]
        if let rels = try optionalPart("xl/_rels/workbook.xml.rels") {
            rels.withUnsafeBufferPointer { buf in
                var x = XMLScanner(buf)
                while let t = x.next() {
                    guard case .start(let name, let attributes, _) = t, x.named(name, "Relationship") else { continue }
                    if let id = x.attribute("Id", in: attributes), let target = x.attribute("Target", in: attributes) {
                        targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
                    }
                }
            }
        }
        sheets = sheetIDs.enumerated().map { k, s in (s.name, targets[s.id] ?? "xl/worksheets/sheet\(k + 1).xml") }
        if let shared = try optionalPart("xl/sharedStrings.xml") { strings = Self.sharedStrings(shared) }
        if let s = try optionalPart("xl/styles.xml") { styles = Self.numberFormats(s) }
    }

    /// A part's bytes; an error naming it when it is missing or cannot be read.
    func part(_ name: String) throws(InputFailure) -> [UInt8] {
        guard let p = try optionalPart(name) else {
            throw InputFailure([InputError(
                file: file, da: "arbejdsbogen mangler delen \(name); er filen gemt af Excel som .xlsx?", en: "the workbook lacks the part \(name); was the file saved by Excel as .xlsx?")])
        }
        return p
    }

    func optionalPart(_ name: String) throws(InputFailure) -> [UInt8]? {
        guard let entry = zip.entry(name) else { return nil }
        do { return try zip.read(entry, limit: partLimit) } catch { throw InputFailure([Self.error(error, file, partLimit: partLimit)]) }
    }

    /// The message for a ZIP failure.
    static func error(_ failure: ZipArchive.Failure, _ file: String, partLimit: Int) -> InputError {
        switch failure {
        case .notZip:
            return InputError(file: file, da: "er ikke en .xlsx-fil (ingen ZIP-indholdsfortegnelse); gem den i Excel som .xlsx eller CSV", en: "is not an .xlsx file (no ZIP directory); save it in Excel as .xlsx or CSV")
        case .corrupt(let part):
            return InputError(file: file, da: "filen er beskadiget (\(part)); åbn og gem den igen i Excel", en: "the file is damaged (\(part)); open and save it again in Excel")
        case .unsupported(let what):
            return InputError(file: file, da: "bruger \(what), som vagttjek ikke læser; gem den i Excel som almindelig .xlsx eller CSV", en: "uses \(what), which vagttjek does not read; save it in Excel as a plain .xlsx or CSV")
        case .checksum(let part):
            return InputError(file: file, da: "filen er beskadiget: \(part) passer ikke med sin kontrolsum (CRC); hent eller gem den igen", en: "the file is damaged: \(part) does not match its checksum (CRC); fetch or save it again")
        case .tooLarge(let part):
            return InputError(
                file: file, da: "\(part) ville fylde mere end \(partLimit >> 20) MB udpakket (en ZIP-bombe eller et enormt ark); gem kun vagtplanen",
                en: "\(part) would take more than \(partLimit >> 20) MB unpacked (a ZIP bomb or a huge sheet); save only the roster")
        case .inflate(let part, let reason):
            return InputError(file: file, da: "filen er beskadiget: \(part) kan ikke pakkes ud (\(reason)); åbn og gem den igen i Excel", en: "the file is damaged: \(part) cannot be unpacked (\(reason)); open and save it again in Excel")
        }
    }

    /// The shared strings: each `<si>`'s text (its `<t>`, or its runs' `<t>`s joined).
    static func sharedStrings(_ bytes: [UInt8]) -> [String] {
        var out: [String] = []
        bytes.withUnsafeBufferPointer { buf in
            var x = XMLScanner(buf)
            var current = "", inT = false, inPhonetic = false
            while let t = x.next() {
                switch t {
                case .start(let name, _, let empty):
                    if x.named(name, "si") { current = "" }
                    else if x.named(name, "t") { inT = !empty }
                    else if x.named(name, "rPh") { inPhonetic = !empty }  // furigana: not part of the text
                case .end(let name):
                    if x.named(name, "si") { out.append(current) }
                    else if x.named(name, "t") { inT = false }
                    else if x.named(name, "rPh") { inPhonetic = false }
                case .text(let range):
                    if inT && !inPhonetic { current += x.decode(range) }
                }
            }
        }
        return out
    }

    /// Each cell style's kind of number format, from `cellXfs` and the custom `numFmts`.
    static func numberFormats(_ bytes: [UInt8]) -> [NumberFormat] {
        var custom: [Int: NumberFormat] = [:]
        var out: [NumberFormat] = []
        bytes.withUnsafeBufferPointer { buf in
            var x = XMLScanner(buf)
            var inCellXfs = false
            while let t = x.next() {
                switch t {
                case .start(let name, let attributes, let empty):
                    if x.named(name, "numFmt"), let id = x.attribute("numFmtId", in: attributes).flatMap({ Int($0) }) {
                        custom[id] = kind(ofFormat: x.attribute("formatCode", in: attributes) ?? "")
                    } else if x.named(name, "cellXfs") {
                        inCellXfs = !empty
                    } else if inCellXfs && x.named(name, "xf") {
                        let id = x.attribute("numFmtId", in: attributes).flatMap { Int($0) } ?? 0
                        out.append(custom[id] ?? builtIn(id))
                    }
                case .end(let name):
                    if x.named(name, "cellXfs") { inCellXfs = false }
                case .text:
                    break
                }
            }
        }
        return out
    }

    /// Excel's built-in number formats that show dates or times.
    static func builtIn(_ id: Int) -> NumberFormat {
        switch id {
        case 14...17, 27...31, 34...36, 50...58: return .date
        case 18...21, 45...47, 32, 33: return .time
        case 22: return .dateTime
        default: return .number
        }
    }

    /// A custom format's kind: its day, month-as-date or year codes make it a date, its hours or
    /// seconds a time (quoted text, `\`-escaped characters and `[colour]` sections do not count;
    /// `[h]` elapsed hours do).
    static func kind(ofFormat code: String) -> NumberFormat {
        var date = false, time = false
        var quoted = false, escaped = false, bracket = false
        var bracketText = ""
        for c in code.lowercased() {
            if escaped { escaped = false; continue }
            if quoted { if c == "\"" { quoted = false }; continue }
            if bracket {
                if c == "]" {
                    bracket = false
                    if bracketText.first == "h" || bracketText.first == "m" || bracketText.first == "s" { time = true }
                } else {
                    bracketText.append(c)
                }
                continue
            }
            switch c {
            case "\"": quoted = true
            case "\\": escaped = true
            case "[": bracket = true; bracketText = ""
            case "d", "y": date = true
            case "h", "s": time = true
            case ";": break
            default: break
            }
        }
        // `m` alone (no d, y, h, s) is a month.
        if !date && !time && code.lowercased().contains("m") && !code.contains("\"m") { date = true }
        return date && time ? .dateTime : date ? .date : time ? .time : .number
    }
}
