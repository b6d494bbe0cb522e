/// One sheet of an `.xlsx` as the text the roster reader reads (`XLSXWorkbook`): `;` between
/// cells, row r on line r, every row padded to the sheet's last used column; a cell's line
/// breaks become spaces (a line is a row). Where each cell went is kept, so an error's line and
/// column name the cell again (`cell(line:column:)`).
public struct XLSXSheet {
    public let name: String
    public internal(set) var text: [UInt8] = []
    /// The byte offset of each line's start (line 1 first).
    var lineStarts: [Int] = []

    /// The cell of a line and a character column of `text`: `Marts!C7`, or `Marts!7` without a column.
    public func cell(line: Int, column: Int?) -> String {
        guard let column, line >= 1, line <= lineStarts.count else { return "\(name)!\(line)" }
        // Count the fields before the character column (UTF-8 continuation bytes are not characters).
        var i = lineStarts[line - 1], characters = 1, field = 0, quoted = false
        while i < text.count && text[i] != 0x0A && characters < column {
            let b = text[i]
            if b == 0x22 { quoted.toggle() } else if b == 0x3B && !quoted { field += 1 }
            if b & 0xC0 != 0x80 { characters += 1 }
            i += 1
        }
        return "\(name)!\(Self.columnName(field))\(line)"
    }

    /// `A`, `B`, … `Z`, `AA`, … for a 0-based column.
    static func columnName(_ index: Int) -> String {
        var n = index + 1, s = ""
        while n > 0 {
            let r = (n - 1) % 26
            s = String(UnicodeScalar(UInt8(65 + r))) + s
            n = (n - 1) / 26
        }
        return s
    }

    /// The 0-based column of a reference's letters (`C7` → 2), and its row; nil when malformed.
    static func reference(_ text: String) -> (column: Int, row: Int)? {
        var column = 0, row = 0, letters = 0, digits = 0
        for b in text.utf8 {
            if b >= 0x41 && b <= 0x5A && digits == 0 {
                column = column * 26 + Int(b - 0x40)
                letters += 1
            } else if b >= 0x30 && b <= 0x39 {
                row = row * 10 + Int(b - 0x30)
                digits += 1
            } else {
                return nil
            }
            if letters > 3 || digits > 7 { return nil }
        }
        guard letters > 0, digits > 0, column <= 16_384, row >= 1 else { return nil }
        return (column - 1, row)
    }
}

extension XLSXWorkbook {
    /// The sheet named `name` (without regard to case), or the first; an error naming the
    /// sheets when there is no such sheet.
    public func sheet(_ name: String?) throws(InputFailure) -> XLSXSheet {
        guard !sheets.isEmpty else {
            throw InputFailure([InputError(file: file, da: "arbejdsbogen har ingen ark", en: "the workbook has no sheets")])
        }
        var chosen = sheets[0]
        if let name {
            guard let s = sheets.first(where: { $0.name == name }) ?? sheets.first(where: { $0.name.lowercased() == name.lowercased() }) else {
                let list = sheets.map { "«\(shown($0.name))»" }.joined(separator: ", ")
                throw InputFailure(
                    [InputError(file: file, da: "arbejdsbogen har intet ark «\(shown(name))»; den har \(list)", en: "the workbook has no sheet «\(shown(name))»; it has \(list)")],
                    isUsage: true)
            }
            chosen = s
        }
        let xml = try part(chosen.part)
        var sheet = XLSXSheet(name: chosen.name)
        let failure: InputError? = xml.withUnsafeBufferPointer { buf in write(buf, into: &sheet) }
        if let failure { throw InputFailure([failure]) }
        return sheet
    }

    /// Writes the sheet's cells as text; an error when the cells spread too far.
    func write(_ buf: UnsafeBufferPointer<UInt8>, into sheet: inout XLSXSheet) -> InputError? {
        var x = XMLScanner(buf)
        var out: [UInt8] = []
        out.reserveCapacity(buf.count / 4)
        var starts: [Int] = []
        var fields: [Int] = []  // per line, the fields written
        var row = 0, column = -1, widest = 0
        var style = 0, type = "", value = "", inValue = false, inInline = false, inlineText = ""
        var cells: [(Int, String)] = []
        func endRow() {
            // Empty lines up to this row, then its cells in their columns.
            while starts.count < row - 1 {
                starts.append(out.count)
                fields.append(0)
                out.append(0x0A)
            }
            starts.append(out.count)
            var at = 0
            for (c, text) in cells {
                while at < c {
                    out.append(0x3B)
                    at += 1
                }
                Self.append(text, to: &out)
            }
            fields.append(cells.isEmpty ? 0 : at + 1)
            widest = max(widest, cells.isEmpty ? 0 : at + 1)
            out.append(0x0A)
            cells.removeAll(keepingCapacity: true)
        }
        while let t = x.next() {
            switch t {
            case .start(let name, let attributes, let empty):
                if x.named(name, "row") {
                    let r = x.attribute("r", in: attributes).flatMap { Int($0) } ?? row + 1
                    guard r > row, r <= 1_048_576 else { return cellError(sheet.name, "række \(r)", "row \(r)") }
                    row = r
                    column = -1
                    if empty { endRow() }
                } else if x.named(name, "c") {
                    let ref = x.attribute("r", in: attributes).flatMap(XLSXSheet.reference)
                    column = ref?.column ?? column + 1
                    guard column < 16_384, column > cells.last.map({ $0.0 }) ?? -1 else { return cellError(sheet.name, "celle \(XLSXSheet.columnName(column))\(row)", "cell \(XLSXSheet.columnName(column))\(row)") }
                    if Int64(row) * Int64(column + 1) > Int64(Self.cellLimit) {
                        return InputError(
                            file: file, da: "arket «\(shown(sheet.name))» spænder over for mange celler (til \(XLSXSheet.columnName(column))\(row)); kopiér vagtplanen til et nyt ark og gem det",
                            en: "the sheet «\(shown(sheet.name))» spans too many cells (to \(XLSXSheet.columnName(column))\(row)); copy the roster to a new sheet and save it")
                    }
                    style = x.attribute("s", in: attributes).flatMap { Int($0) } ?? 0
                    type = x.attribute("t", in: attributes) ?? "n"
                    value = ""
                    inlineText = ""
                } else if x.named(name, "v") {
                    inValue = !empty
                } else if x.named(name, "is") {
                    inInline = !empty
                }
            case .end(let name):
                if x.named(name, "v") {
                    inValue = false
                } else if x.named(name, "is") {
                    inInline = false
                } else if x.named(name, "c") {
                    let text = cellText(type: type, style: style, value: value, inline: inlineText)
                    if !text.isEmpty { cells.append((column, text)) }
                } else if x.named(name, "row") {
                    endRow()
                }
            case .text(let range):
                if inValue { value += x.decode(range) } else if inInline { inlineText += x.decode(range) }
            }
        }
        // Every line as wide as the widest (a row's empty cells at the end are cells too).
        if fields.contains(where: { $0 < widest && $0 > 0 }) {
            var padded: [UInt8] = []
            padded.reserveCapacity(out.count + fields.count * 2)
            var newStarts: [Int] = []
            for (k, start) in starts.enumerated() {
                newStarts.append(padded.count)
                let end = k + 1 < starts.count ? starts[k + 1] - 1 : out.count - 1
                padded.append(contentsOf: out[start..<end])
                if fields[k] > 0 { for _ in fields[k]..<widest { padded.append(0x3B) } }
                padded.append(0x0A)
            }
            out = padded
            starts = newStarts
        }
        sheet.text = out
        sheet.lineStarts = starts
        return nil
    }

    func cellError(_ sheet: String, _ da: String, _ en: String) -> InputError {
        InputError(file: file, da: "arket «\(shown(sheet))» er beskadiget ved \(da) (rækker og celler i forkert orden)", en: "the sheet «\(shown(sheet))» is damaged at \(en) (rows and cells out of order)")
    }

    /// A cell's value as the roster reader reads it.
    func cellText(type: String, style: Int, value: String, inline: String) -> String {
        switch type {
        case "s": return Int(value).flatMap { $0 >= 0 && $0 < strings.count ? strings[$0] : nil } ?? ""
        case "inlineStr": return inline
        case "b": return value == "1" ? "true" : "false"
        case "str", "e": return value
        case "d":
            // Strict OOXML's ISO dates: `2026-03-02T07:00:00` as `2026-03-02 07:00`.
            let parts = value.split(separator: "T")
            guard parts.count == 2 else { return value }
            return "\(parts[0]) \(parts[1].prefix(5))"
        default:
            let format = style >= 0 && style < styles.count ? styles[style] : .number
            guard format != .number, let serial = Double(value), serial.isFinite, abs(serial) < 3_000_000 else { return value }
            let minutes = Int((serial * 1440).rounded())
            let epoch = date1904 ? CivilDate(year: 1904, month: 1, day: 1).dayNumber : CivilDate(year: 1899, month: 12, day: 30).dayNumber
            let day = epoch + floorDiv(minutes, minutesPerDay), minute = minutes - floorDiv(minutes, minutesPerDay) * minutesPerDay
            let date = "\(CivilDate(dayNumber: day))", clock = "\(pad(minute / 60, 2)):\(pad(minute % 60, 2))"
            switch format {
            case .date: return minute == 0 ? date : "\(date) \(clock)"
            case .time: return minutes < minutesPerDay && minutes >= 0 ? clock : "\(date) \(clock)"
            default: return "\(date) \(clock)"
            }
        }
    }

    /// A cell's text into the line: quoted when it holds `;` or `"`; line breaks as spaces.
    static func append(_ text: String, to out: inout [UInt8]) {
        var bytes = Array(text.utf8)
        for k in bytes.indices where bytes[k] == 0x0A || bytes[k] == 0x0D { bytes[k] = 0x20 }
        if bytes.contains(0x3B) || bytes.contains(0x22) {
            out.append(0x22)
            for b in bytes {
                if b == 0x22 { out.append(0x22) }
                out.append(b)
            }
            out.append(0x22)
        } else {
            out.append(contentsOf: bytes)
        }
    }
}
