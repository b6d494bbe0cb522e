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
