/// Bytes read from a file as the UTF-8 text the readers parse (README «Inputs»): the encoding
/// detected (UTF-8, else Windows-1252, which Danish Excel still writes), a byte-order mark and
/// carriage returns dropped, and anything that is not text (NUL bytes, many control
/// characters) refused with the lines it is on. Apart from `TextFile`, which only reads bytes.
public enum TextEncoding {
    /// The encoding a file was read in.
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8", windows1252 = "Windows-1252"
    }

    /// Strips a UTF-8 byte-order mark and converts Windows-1252 (Danish Excel exports) to UTF-8
    /// when the bytes are not valid UTF-8. Rejects files that are not text.
    ///
    /// The encoding is decided for the whole file, never guessed per byte: valid UTF-8 is UTF-8;
    /// a file whose other non-ASCII text is valid UTF-8 but that holds a few invalid bytes is a
    /// mixed file (two exports pasted together, a hand edit in another editor) and an error
    /// naming the lines, since reading it either way would split names (`Søren` twice); a file
    /// with no valid UTF-8 sequence at all is Windows-1252, except that the five bytes
    /// Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) are errors.
    public static func normalise(_ bytes: [UInt8], file: String) throws(InputError) -> (bytes: [UInt8], encoding: Encoding) {
        var bytes = bytes
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
            bytes.removeFirst(3)
        }
        // Shaped for speed: eight bytes at a time, and on all cores for large files.
        var controls = 0
        var ascii = true
        var sawNUL = false
        bytes.withUnsafeBufferPointer { buf in
            let pieces = buf.count > 1 << 24 ? System.activeProcessorCount * 2 : 1
            let results = Parallel.map(pieces) { p in scan(buf, from: buf.count * p / pieces, to: buf.count * (p + 1) / pieces) }
            for r in results {
                controls += r.controls
                ascii = ascii && r.ascii
                sawNUL = sawNUL || r.sawNUL
            }
        }
        try Scan(controls: controls, ascii: ascii, sawNUL: sawNUL).checkIsText(size: bytes.count, file: file)
        bytes = loneCarriageReturnsAsLineFeeds(bytes)
        if ascii || isValidUTF8(bytes) { return (bytes, .utf8) }
        let survey = surveyNonUTF8(bytes)
        if survey.validSequences > 0 {
            let where_ = lineList(survey.invalidLines)
            throw InputError(
                file: file, line: survey.invalidLines.first,
                da: "blandet tegnsæt: filen er UTF-8, men \(where_.da) har bytes, der ikke er gyldig UTF-8 (f.eks. æ, ø, å gemt som Windows-1252); gem hele filen som UTF-8",
                en: "mixed encoding: the file is UTF-8, but \(where_.en) \(survey.invalidLines.count == 1 ? "has" : "have") bytes that are not valid UTF-8 (such as æ, ø, å saved as Windows-1252); save the whole file as UTF-8")
        }
        if let (byte, _) = survey.undefined.first {
            let where_ = lineList(survey.undefined.map(\.line))
            throw InputError(
                file: file, line: survey.undefined.first?.line,
                da: "byten 0x\(hex(byte)) findes hverken i UTF-8 eller Windows-1252 (\(where_.da)); filen er ikke en tekstfil i et kendt tegnsæt",
                en: "the byte 0x\(hex(byte)) is neither UTF-8 nor Windows-1252 (\(where_.en)); the file is not text in a known encoding")
        }
        return (windows1252ToUTF8(bytes), .windows1252)
    }

    /// What the non-UTF-8 bytes of a file are: how many valid multi-byte UTF-8 sequences it holds,
    /// the lines with bytes that are not UTF-8, and the bytes undefined in Windows-1252 with
    /// their lines. For the error path only (a file that is not valid UTF-8).
    static func surveyNonUTF8(_ bytes: [UInt8]) -> (validSequences: Int, invalidLines: [Int], undefined: [(byte: UInt8, line: Int)]) {
        var valid = 0, line = 1, i = 0
        var invalidLines: [Int] = [], undefined: [(byte: UInt8, line: Int)] = []
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b == 0x0A { line += 1 }
            if b < 0x80 { i += 1; continue }
            let length = utf8SequenceLength(bytes, at: i)
            if length > 0 {
                valid += 1
                i += length
                continue
            }
            if invalidLines.last != line { invalidLines.append(line) }
            if b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D { undefined.append((b, line)) }
            i += 1
        }
        return (valid, invalidLines, undefined)
    }

    /// The length of the valid UTF-8 sequence of two to four bytes at `i`, or 0 (the one
    /// decoder of the validity check and the mixed-file survey).
    @inline(__always)
    static func utf8SequenceLength(_ bytes: [UInt8], at i: Int) -> Int {
        let b = bytes[i]
        let length: Int
        var minimum: UInt32
        var scalar: UInt32
        if b & 0xE0 == 0xC0 { length = 2; scalar = UInt32(b & 0x1F); minimum = 0x80 }
        else if b & 0xF0 == 0xE0 { length = 3; scalar = UInt32(b & 0x0F); minimum = 0x800 }
        else if b & 0xF8 == 0xF0 { length = 4; scalar = UInt32(b & 0x07); minimum = 0x10000 }
        else { return 0 }
        if i + length > bytes.count { return 0 }
        for k in 1..<length {
            let c = bytes[i + k]
            if c & 0xC0 != 0x80 { return 0 }
            scalar = scalar << 6 | UInt32(c & 0x3F)
        }
        if scalar < minimum || scalar > 0x10FFFF || (scalar >= 0xD800 && scalar <= 0xDFFF) { return 0 }
        return length
    }

    /// "linje 4", "linje 4 og 9", "linje 4, 9, 12 og 3 andre".
    static func lineList(_ lines: [Int]) -> LocalizedText {
        let shown = lines.prefix(3).map(String.init)
        let rest = lines.count - shown.count
        func join(_ and: String, _ others: String) -> String {
            if rest > 0 { return shown.joined(separator: ", ") + " \(and) \(rest) \(others)" }
            if shown.count <= 1 { return shown.joined() }
            return shown.dropLast().joined(separator: ", ") + " \(and) " + shown[shown.count - 1]
        }
        return LocalizedText(
            da: (lines.count == 1 ? "linje " : "linje ") + join("og", rest == 1 ? "anden" : "andre"),
            en: (lines.count == 1 ? "line " : "lines ") + join("and", rest == 1 ? "other" : "others"))
    }

    static func hex(_ b: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(b >> 4)], digits[Int(b & 0xF)]])
    }

    /// A carriage return not followed by a line feed ends a line (classic Mac line ends, as
    /// Excel's "CSV (Macintosh)" writes them): it becomes a line feed, so every reader sees the
    /// same lines. CRLF stays as it is.
    static func loneCarriageReturnsAsLineFeeds(_ bytes: [UInt8]) -> [UInt8] {
        guard var i = bytes.firstIndex(of: 0x0D) else { return bytes }
        var out = bytes
        // (A CR that ends the file ends its last line either way.)
        while i + 1 < out.count {
            if out[i] == 0x0D && out[i + 1] != 0x0A { out[i] = 0x0A }
            i += 1
        }
        return out
    }

    /// What `normalise` needs to know of a stretch of bytes.
    struct Scan {
        var controls = 0
        var ascii = true
        var sawNUL = false
        /// A carriage return followed by something other than a line feed (a classic Mac line
        /// end): the block reader leaves such a file to the whole-file path, which converts them.
        var loneCR = false

        /// The one home of the text check's verdict, for the whole-file and the block reader: a
        /// NUL byte, or control characters in more than 1 % of the bytes, mean the file is not
        /// text (a spreadsheet or an image given by mistake); a few are allowed.
        func checkIsText(size: Int, file: String) throws(InputError) {
            if sawNUL {
                throw InputError(
                    file: file, da: "er ikke en tekstfil (indeholder NUL-bytes); forventede CSV",
                    en: "is not a text file (contains NUL bytes); expected CSV")
            }
            if controls > 0 && controls * 100 > size {
                throw InputError(
                    file: file, da: "er ikke en tekstfil (\(controls) kontroltegn); forventede CSV",
                    en: "is not a text file (\(controls) control characters); expected CSV")
            }
        }
    }

    /// Counts control characters (other than tab and line ends) and notes NUL and non-ASCII
    /// bytes in `[from, to)`; only words holding a byte below 0x20 (line ends, mostly) or above
    /// 0x7F are looked at byte by byte.
    static func scan(_ buf: UnsafeBufferPointer<UInt8>, from: Int, to n: Int) -> Scan {
        var result = Scan()
        var i = from
        @inline(__always) func look(_ k: Int) {
            let b = buf[k]
            if b < 0x20 {
                if b == 0 { result.sawNUL = true }
                if b != 0x09 && b != 0x0A && b != 0x0D { result.controls += 1 }
                if b == 0x0D && k + 1 < n && buf[k + 1] != 0x0A { result.loneCR = true }
            } else if b >= 0x80 {
                result.ascii = false
            }
        }
        if let base = buf.baseAddress {
            let raw = UnsafeRawPointer(base)
            // Exact per-byte tests (no carry crosses a byte), so a word is looked at byte by
            // byte only when it holds a control character other than a line end or tab, or a
            // byte ≥ 0x80: line ends, which every row has, stay on the fast path.
            while i + 8 <= n {
                let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let below32 = ~((x & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x6060_6060_6060_6060) & ~x & 0x8080_8080_8080_8080
                let lineFeeds = SWAR.zeroBytes(x ^ 0x0A0A_0A0A_0A0A_0A0A)
                let returns = SWAR.zeroBytes(x ^ 0x0D0D_0D0D_0D0D_0D0D)
                let allowed = lineFeeds | returns | SWAR.zeroBytes(x ^ 0x0909_0909_0909_0909)
                // A CR is allowed when a LF follows it (in this word, or first in the next).
                let loneInWord = (returns << 8) & ~lineFeeds
                let crLast = returns >> 63 != 0
                if (below32 & ~allowed) | (x & 0x8080_8080_8080_8080) | loneInWord != 0 || crLast {
                    for k in i..<(i + 8) { look(k) }
                }
                i += 8
            }
        }
        while i < n {
            look(i)
            i += 1
        }
        return result
    }

    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            if bytes[i] < 0x80 { i += 1; continue }
            let length = utf8SequenceLength(bytes, at: i)
            if length == 0 { return false }
            i += length
        }
        return true
    }

    /// Windows-1252 bytes 0x80–0x9F as Unicode scalars (WHATWG mapping; unassigned bytes map to
    /// the C1 control of the same value).
    static let cp1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    static func windows1252ToUTF8(_ bytes: [UInt8]) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for b in bytes {
            if b < 0x80 { out.append(b); continue }
            let scalar = b < 0xA0 ? cp1252High[Int(b) - 0x80] : UInt32(b)
            appendUTF8(scalar, to: &out)
        }
        return out
    }

    static func appendUTF8(_ s: UInt32, to out: inout [UInt8]) {
        if s < 0x80 { out.append(UInt8(s)) }
        else if s < 0x800 { out.append(UInt8(0xC0 | s >> 6)); out.append(UInt8(0x80 | s & 0x3F)) }
        else {
            out.append(UInt8(0xE0 | s >> 12))
            out.append(UInt8(0x80 | (s >> 6) & 0x3F))
            out.append(UInt8(0x80 | s & 0x3F))
        }
    }
}
