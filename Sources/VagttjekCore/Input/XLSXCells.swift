/// A cell's type, from its `t` attribute.
enum CellType {
    case number, shared, inline, bool, string, error, date

    init(_ buf: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        let t = buf[range]
        if t.elementsEqual("s".utf8) { self = .shared }
        else if t.elementsEqual("inlineStr".utf8) { self = .inline }
        else if t.elementsEqual("b".utf8) { self = .bool }
        else if t.elementsEqual("str".utf8) { self = .string }
        else if t.elementsEqual("e".utf8) { self = .error }
        else if t.elementsEqual("d".utf8) { self = .date }
        else { self = .number }
    }
}

/// Writes a sheet's cells as lines of text (`XLSXWorkbook.write`): row r on line r, `;` between
/// cells, every value as the roster reader reads it.
struct CellWriter {
    /// The shared strings as they go into a line (quoted when they hold `;` or `"`, line breaks
    /// as spaces), made once.
    let shared: [[UInt8]]
    let styles: [XLSXWorkbook.NumberFormat]
    /// The day number of serial 0 (1899-12-30, or 1904-01-01 in the 1904 system).
    let epoch: Day
    var out: [UInt8] = []
    /// Each line's start, and the fields its row has (its last cell's column + 1).
    var starts: [Int] = []
    var fields: [Int] = []
    /// Delimiters written in the current line, and the fields of its cells so far.
    var position = 0, lastField = 0
    var widest = 0

    init(book: XLSXWorkbook) {
        shared = book.strings.map { Self.lineText(Array($0.utf8)) }
        styles = book.styles
        epoch = book.date1904 ? CivilDate(year: 1904, month: 1, day: 1).dayNumber : CivilDate(year: 1899, month: 12, day: 30).dayNumber
    }

    /// Whether a row's line is begun and not ended (a damaged sheet may never end it).
    var open = false

    /// Empty lines up to row `r`, then its line begins.
    mutating func beginRow(_ r: Int) {
        if open { endRow() }
        open = true
        while starts.count < r - 1 {
            starts.append(out.count)
            fields.append(0)
            out.append(0x0A)
        }
        starts.append(out.count)
        position = 0
        lastField = 0
    }

    mutating func endRow() {
        guard open else { return }  // a `</row>` with no row begun
        open = false
        fields.append(lastField)
        widest = max(widest, lastField)
        out.append(0x0A)
    }

    /// A cell's text at its column; nothing for an empty cell.
    mutating func cell(_ column: Int, type: CellType, style: Int, value: UnsafeBufferPointer<UInt8>, inline: [UInt8]) {
        guard open else { return }  // a cell outside any row belongs to no line
        let mark = out.count, before = position
        while position < column {
            out.append(0x3B)
            position += 1
        }
        let start = out.count
        switch type {
        case .shared:
            if let i = XMLScanner.integer(value, 0..<value.count), i < shared.count { out += shared[i] }
        case .inline:
            out += Self.lineText(inline)
        case .bool:
            out += value.count == 1 && value[0] == 0x31 ? Array("true".utf8) : Array("false".utf8)
        case .string, .error:
            out += Self.lineText(XMLScanner.decode(value))
        case .date:
            // Strict OOXML's ISO dates: `2026-03-02T07:00:00` as `2026-03-02 07:00`.
            let v = Array(value)
            if v.count >= 16, v[10] == 0x54 { out += v[0..<10] + [0x20] + v[11..<16] } else { out += Self.lineText(v) }
        case .number:
            let format = style >= 0 && style < styles.count ? styles[style] : .number
            // A number's text has no `;` or `"`: as it is.
            if format == .number || !writeSerial(value, format) { out.append(contentsOf: value) }
        }
        if out.count == start {
            out.removeSubrange(mark...)
            position = before
        } else {
            lastField = column + 1
        }
    }

    /// A date or time serial as `2026-03-02 07:00`, `2026-03-02` or `07:00`; false when the
    /// value is not a plain decimal number (then it is written as it is).
    mutating func writeSerial(_ value: UnsafeBufferPointer<UInt8>, _ format: XLSXWorkbook.NumberFormat) -> Bool {
        // `46083.291666666664`: whole days, then up to 17 digits of a day's fraction.
        var whole = 0, i = 0, negative = false
        if i < value.count && value[i] == 0x2D { negative = true; i += 1 }
        let digitsStart = i
        while i < value.count, value[i] >= 0x30, value[i] <= 0x39, i - digitsStart < 8 { whole = whole * 10 + Int(value[i] - 0x30); i += 1 }
        guard i > digitsStart, !negative else { return false }
        var fraction = 0.0, scale = 1.0
        if i < value.count && value[i] == 0x2E {
            i += 1
            while i < value.count, value[i] >= 0x30, value[i] <= 0x39 {
                if scale < 1e17 {
                    fraction = fraction * 10 + Double(value[i] - 0x30)
                    scale *= 10
                }
                i += 1
            }
        }
        guard i == value.count else { return false }
        let dayMinutes = Int((fraction / scale * 1440).rounded())
        let minutes = whole * 1440 + dayMinutes
        let day = epoch + minutes / 1440, minute = minutes % 1440
        switch format {
        case .time where minutes < 1440:
            writeClock(minute)
        case .date where minute == 0:
            writeDate(day)
        default:
            writeDate(day)
            out.append(0x20)
            writeClock(minute)
        }
        return true
    }

    @inline(__always) mutating func two(_ v: Int) {
        out.append(UInt8(0x30 + v / 10))
        out.append(UInt8(0x30 + v % 10))
    }

    mutating func writeDate(_ day: Day) {
        let d = CivilDate(dayNumber: day)
        two(d.year / 100 % 100)
        two(d.year % 100)
        out.append(0x2D)
        two(d.month)
        out.append(0x2D)
        two(d.day)
    }

    mutating func writeClock(_ minute: Int) {
        two(minute / 60)
        out.append(0x3A)
        two(minute % 60)
    }

    /// Every row as wide as the widest (a row's empty cells at the end are cells too).
    mutating func pad() {
        if open { endRow() }
        guard fields.contains(where: { $0 > 0 && $0 < widest }) else { return }
        var padded: [UInt8] = []
        padded.reserveCapacity(out.count + fields.count * 2)
        var newStarts: [Int] = []
        newStarts.reserveCapacity(starts.count)
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

    /// A text as it goes into a line: quoted when it holds `;` or `"`; line breaks as spaces.
    static func lineText(_ text: [UInt8]) -> [UInt8] {
        var bytes = text
        for k in bytes.indices where bytes[k] == 0x0A || bytes[k] == 0x0D { bytes[k] = 0x20 }
        guard bytes.contains(0x3B) || bytes.contains(0x22) else { return bytes }
        var out: [UInt8] = [0x22]
        for b in bytes {
            if b == 0x22 { out.append(0x22) }
            out.append(b)
        }
        out.append(0x22)
        return out
    }
}
