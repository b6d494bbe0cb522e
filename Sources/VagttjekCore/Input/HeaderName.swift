/// How a column's name in a header is compared with the names vagttjek knows: without regard to
/// case, spaces, `_`, `-`, `.` or parentheses, and without the characters nobody sees (a byte
/// order mark that Excel left inside a header, zero-width spaces and joiners, soft hyphens, a
/// no-break space). `Gravid fra`, `gravid_fra` and `GRAVID-FRA` are one name, and `\u{FEFF}tags`
/// is `tags`.
public enum HeaderName {
    /// The name as compared.
    public static func key(_ name: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in name.lowercased().unicodeScalars where !ignored(scalar) { out.append(scalar) }
        return String(out)
    }

    /// The name without the characters nobody sees, ends trimmed: as a notice shows it.
    public static func visible(_ name: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in name.unicodeScalars where !isInvisible(scalar) { out.append(scalar) }
        return String(out).trimmingBlanks
    }

    /// Excel's `sep=;` first line: where the header starts and the delimiter it sets (nil: none).
    static func excelSeparator(_ bytes: [UInt8]) -> (start: Int, delimiter: UInt8?) {
        guard bytes.count >= 5, bytes[0...3].elementsEqual("sep=".utf8), bytes[4] != 0x0A && bytes[4] != 0x0D else { return (0, nil) }
        var i = 5
        while i < bytes.count && bytes[i] != 0x0A { i += 1 }
        return (min(bytes.count, i + 1), bytes[4])
    }

    /// The notice naming a file's columns that no role reads, with the roles it does read and
    /// the option that maps a column to one; nil when every column is read.
    static func unreadNotice(_ names: [String], file: String, line: Int, reads known: [String], option: String) -> InputError? {
        guard !names.isEmpty else { return nil }
        let list = names.map { "«\(shown($0))»" }.joined(separator: ", ")
        let one = names.count == 1, roles = known.joined(separator: ", ")
        return InputError(
            file: file, line: line,
            da: "\(one ? "kolonnen" : "kolonnerne") \(list) læses ikke; vagttjek læser \(roles) (brug \(option) ROLLE=Overskrift, hvis en af dem er en af disse)",
            en: "the \(one ? "column" : "columns") \(list) \(one ? "is" : "are") not read; vagttjek reads \(roles) (use \(option) ROLE=Header if one of them is one of these)")
    }

    static func ignored(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case " ", "\t", "_", "-", ".", "(", ")": return true
        default: return isInvisible(s)
        }
    }

    /// Format characters (zero-width space, joiners, word joiner, soft hyphen, byte order mark)
    /// and the no-break space.
    static func isInvisible(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x00A0, 0x00AD, 0x180E, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0xFEFF: return true
        default: return false
        }
    }
}
