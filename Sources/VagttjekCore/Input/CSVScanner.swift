/// An RFC 4180 CSV scanner over UTF-8 bytes (README «Inputs»).
///
/// Shaped for speed: a record is a set of byte ranges into the file buffer, reused from record
/// to record; nothing is allocated per field unless a quoted field holds a doubled quote.
/// Handles `,`, `;` or tab delimiters, LF and CRLF line ends, quoted fields with embedded
/// delimiters, quotes (`""`) and line breaks. Blank lines are skipped.
public struct CSVScanner {
    public let bytes: [UInt8]
    public let delimiter: UInt8
    private var position = 0
    /// The 1-based line number where the next record starts.
    private var nextLine = 1

    /// The current record: fields as byte ranges, the physical line it starts on.
    public struct Record {
        public var starts: [Int] = []
        public var ends: [Int] = []
        /// Whether the field was quoted and holds a doubled quote that must be unescaped.
        public var escaped: [Bool] = []
        /// Where the fields start in their line, 1-based, counted in bytes (cheap while
        /// scanning); messages show `CSVScanner.characterColumn`, counted in characters.
        public var columns: [Int] = []
        public var line = 0
        /// A quoted field was not closed before the end of the file.
        public var unterminatedQuote = false
        /// The line the record ends on (after a quoted field with line breaks, later than `line`).
        public var lastLine = 0
        /// The first quoted field with a line break: its field index, and the most delimiters
        /// found on one of its continuation lines (a line holding as many as a whole row is a
        /// row swallowed by a stray quote, not text).
        public var multilineField = -1
        public var delimitersOnContinuationLine = 0
        /// The first field with text between its closing quote and the delimiter (`"A"B`), or -1.
        public var textAfterQuote = -1

        public var count: Int { starts.count }

        mutating func reset(line: Int) {
            starts.removeAll(keepingCapacity: true)
            ends.removeAll(keepingCapacity: true)
            escaped.removeAll(keepingCapacity: true)
            columns.removeAll(keepingCapacity: true)
            self.line = line
            lastLine = line
            unterminatedQuote = false
            multilineField = -1
            delimitersOnContinuationLine = 0
            textAfterQuote = -1
        }
    }

    public init(bytes: [UInt8], delimiter: UInt8) {
        self.bytes = bytes
        self.delimiter = delimiter
    }

    /// Where the next record starts: byte offset and 1-based line.
    public var offset: Int { position }
    public var line: Int { nextLine }

    /// Continues scanning at a byte offset that starts a line.
    public mutating func seek(to offset: Int, line: Int) {
        position = offset
        nextLine = line
    }

    /// Picks the delimiter that occurs most often (outside quotes) on the first line.
    public static func detectDelimiter(_ bytes: [UInt8]) -> UInt8 {
        var counts: [UInt8: Int] = [0x2C: 0, 0x3B: 0, 0x09: 0]
        var quoted = false
        var lines = 0
        for b in bytes {
            if b == 0x22 { quoted.toggle(); continue }
            if quoted { continue }
            if b == 0x0A {
                // The first line with a delimiter decides: a title line above a grid has none.
                lines += 1
                if counts.values.contains(where: { $0 > 0 }) || lines == 10 { break }
                continue
            }
            if counts[b] != nil { counts[b, default: 0] += 1 }
        }
        // Ties go to ',' then ';' then tab, so a one-column file reads as comma-separated.
        var best: UInt8 = 0x2C
        for candidate: UInt8 in [0x3B, 0x09] where counts[candidate, default: 0] > counts[best, default: 0] {
            best = candidate
        }
        return best
    }

    /// Reads the next non-blank record into `record`; false at the end of the input.
    /// The 1-based column of a field as a user counts it, in characters: `Søren;x` has `x` at
    /// column 7, not at byte 8. The bytes are UTF-8 here (a Windows-1252 file was converted,
    /// one character each), so characters are the bytes that do not continue a sequence.
    /// Counted only for a message, from the line start `columns` gives.
    public func characterColumn(_ record: Record, _ field: Int) -> Int {
        guard field >= 0, field < record.count else { return 1 }
        let start = record.starts[field]
        // A quoted field's column is its opening quote's.
        let open = start > 0 && start <= bytes.count && bytes[start - 1] == 0x22 ? start - 1 : start
        let lineStart = open - (record.columns[field] - 1)
        guard lineStart >= 0, open <= bytes.count else { return record.columns[field] }
        var characters = 0
        for i in lineStart..<open where bytes[i] & 0xC0 != 0x80 { characters += 1 }
        return characters + 1
    }

    public mutating func next(into record: inout Record) -> Bool {
        let n = bytes.count
        // Skip blank lines.
        while position < n && (bytes[position] == 0x0A || bytes[position] == 0x0D) {
            if bytes[position] == 0x0A { nextLine += 1 }
            position += 1
        }
        if position >= n { return false }
        record.reset(line: nextLine)
        var lineStart = position
        var line = nextLine
        var end = position
        defer { position = end; nextLine = line }
        let delimiter = self.delimiter
        return bytes.withUnsafeBufferPointer { buf in
            var i = end
            while true {
                // One field.
                record.columns.append(i - lineStart + 1)
                if i < n && buf[i] == 0x22 {
                    i += 1
                    let start = i
                    var hasEscape = false
                    var closed = false
                    var onContinuation = -1  // delimiters on the current continuation line
                    while i < n {
                        let b = buf[i]
                        if b == 0x22 {
                            if i + 1 < n && buf[i + 1] == 0x22 { hasEscape = true; i += 2; continue }
                            closed = true
                            break
                        }
                        if b == 0x0A {
                            line += 1
                            lineStart = i + 1
                            if record.multilineField < 0 { record.multilineField = record.starts.count }
                            onContinuation = 0
                        } else if b == delimiter && onContinuation >= 0 {
                            onContinuation += 1
                            record.delimitersOnContinuationLine = max(record.delimitersOnContinuationLine, onContinuation)
                        }
                        i += 1
                    }
                    record.starts.append(start)
                    record.ends.append(i)
                    record.escaped.append(hasEscape)
                    if !closed {
                        record.unterminatedQuote = true
                        // The rest of the file, not counting the line end that closes it.
                        record.lastLine = n > 0 && buf[n - 1] == 0x0A ? line - 1 : line
                        end = n
                        return true
                    }
                    i += 1  // closing quote
                    // Only spaces may stand between the closing quote and the delimiter; other text
                    // is kept out of the field and the row is an error (`textAfterQuote`).
                    while i < n && buf[i] != delimiter && buf[i] != 0x0A && buf[i] != 0x0D {
                        if buf[i] != 0x20 && buf[i] != 0x09 && record.textAfterQuote < 0 { record.textAfterQuote = record.starts.count - 1 }
                        i += 1
                    }
                } else {
                    let start = i
                    while i < n {
                        let b = buf[i]
                        if b == delimiter || b == 0x0A || b == 0x0D { break }
                        i += 1
                    }
                    record.starts.append(start)
                    record.ends.append(i)
                    record.escaped.append(false)
                }
                if i < n && buf[i] == delimiter { i += 1; continue }
                // End of record.
                if i < n && buf[i] == 0x0D { i += 1 }
                record.lastLine = line
                if i < n && buf[i] == 0x0A { i += 1; line += 1 }
                end = i
                return true
            }
        }
    }

    /// The bytes of a field, with doubled quotes unescaped.
    public func field(_ record: Record, _ index: Int) -> ArraySlice<UInt8> {
        let slice = bytes[record.starts[index]..<record.ends[index]]
        if !record.escaped[index] { return slice }
        var out = [UInt8]()
        out.reserveCapacity(slice.count)
        var i = slice.startIndex
        while i < slice.endIndex {
            out.append(slice[i])
            if slice[i] == 0x22 && i + 1 < slice.endIndex && slice[i + 1] == 0x22 { i += 2 } else { i += 1 }
        }
        return out[...]
    }

    /// A field as a `String`, trimmed of surrounding spaces (outside the hot path).
    public func string(_ record: Record, _ index: Int) -> String {
        String(decoding: trimmed(field(record, index)), as: UTF8.self)
    }
}

/// Drops leading and trailing spaces and tabs.
@inline(__always)
func trimmed(_ s: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    var lo = s.startIndex, hi = s.endIndex
    while lo < hi && (s[lo] == 0x20 || s[lo] == 0x09) { lo += 1 }
    while hi > lo && (s[hi - 1] == 0x20 || s[hi - 1] == 0x09) { hi -= 1 }
    return s[lo..<hi]
}

extension CSVScanner {
    /// The data rows after a header of `fields` fields (the small files: wishes, accepted
    /// findings): blank lines are skipped, a row of another width is an error, and `body` gets
    /// each row with a `fail` that records an error at one of its columns (nil: the row).
    mutating func dataRows(
        fields: Int, file: String, errors: inout [InputError],
        _ body: (_ scanner: CSVScanner, _ record: Record, _ fail: (Int?, String, String) -> Void) -> Void
    ) {
        var record = Record()
        while next(into: &record) {
            if record.count == 1 && string(record, 0).allSatisfy({ $0 == " " || $0 == "\t" }) { continue }  // a blank line
            var rowErrors: [InputError] = []
            let here = self, row = record
            func fail(_ column: Int?, _ da: String, _ en: String) {
                rowErrors.append(InputError(file: file, line: row.line, column: column.map { here.characterColumn(row, $0) }, da: da, en: en))
            }
            if record.count == fields {
                body(self, record, fail)
            } else {
                fail(nil, "rækken har \(record.count) felter; overskriften har \(fields)", "the row has \(record.count) fields; the header has \(fields)")
            }
            errors += rowErrors
        }
    }
}
