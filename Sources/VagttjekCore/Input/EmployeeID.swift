/// One id, one person (DESIGN.md, «One id, one person»): an employee id as vagttjek compares
/// it, the same everywhere an id is matched — roster rows, several roster files, `--previous`,
/// the employees file, wishes, agreements' scope and the `--employee` filter.
///
/// `A1` and `A1` followed by a zero-width space, a word joiner, a soft hyphen or a byte order
/// mark are one person; so are `Anne Marie` with a no-break space and with a space, and the
/// fullwidth `Ａ１` and `A1`. Split in two, each half's rests would look lawful. Canonically
/// equivalent spellings (Å precomposed or as A + ring) are one already: Swift compares strings by
/// canonical equivalence.
///
/// The fold is the part of Unicode's compatibility normalisation (NFKC) that ids meet: the
/// fullwidth and halfwidth forms, superscript and subscript digits, and the spaces of other
/// widths; written here because the product links no Foundation (and no ICU). Ids that still only
/// look alike (Latin `A` and Cyrillic `А`) are not merged, since they may be two people, but named
/// in a notice (`lookalikes`).
public enum EmployeeID {
    /// The id as compared: characters nobody sees removed, other spaces as a space,
    /// compatibility forms folded, spaces at the ends trimmed. Plain ASCII is returned as it is.
    public static func fold(_ id: String) -> String {
        if isPlainASCII(id) { return id }
        var out = String.UnicodeScalarView()
        for s in id.unicodeScalars {
            let v = s.value
            switch v {
            case 0x00AD, 0x034F, 0x061C, 0x180E, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF:
                continue  // format characters: zero-width, joiners, direction marks, soft hyphen, BOM
            case 0x00A0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                out.append(" ")
            case 0xFF01...0xFF5E:
                out.append(Unicode.Scalar(v - 0xFEE0) ?? s)  // fullwidth ASCII
            case 0x00B2, 0x00B3:
                out.append(Unicode.Scalar(v - 0x00B2 + 0x32) ?? s)
            case 0x00B9:
                out.append("1")
            case 0x2070, 0x2074...0x2079:
                out.append(Unicode.Scalar(v - 0x2070 + 0x30) ?? s)  // superscript digits
            case 0x2080...0x2089:
                out.append(Unicode.Scalar(v - 0x2080 + 0x30) ?? s)  // subscript digits
            default:
                out.append(s)
            }
        }
        var text = Substring(String(out))
        while text.first == " " || text.first == "\t" { text.removeFirst() }
        while text.last == " " || text.last == "\t" { text.removeLast() }
        return String(text)
    }

    /// Printable ASCII only (most ids): nothing to fold. A byte loop over the contiguous UTF-8.
    @inline(__always)
    static func isPlainASCII(_ id: String) -> Bool {
        var id = id
        return id.withUTF8 { bytes in
            for b in bytes where b < 0x20 || b >= 0x7F { return false }
            return true
        }
    }

    /// An id as a notice shows it: ASCII and Latin letters as they are, anything else followed
    /// (or, when nobody sees it, replaced) by its code point: `A1<U+200B>`, `А<U+0410>1`.
    public static func spelled(_ id: String) -> String {
        var out = ""
        for s in id.unicodeScalars {
            if s.value == 0x20 || (s.value > 0x20 && s.value < 0x7F) || (s.value >= 0xC0 && s.value < 0x250 && s.properties.isAlphabetic) {
                out.unicodeScalars.append(s)
            } else if s.value < 0x20 || s.value == 0x7F {
                out += escapedForTerminal(s)
            } else {
                var hex = String(s.value, radix: 16, uppercase: true)
                while hex.count < 4 { hex = "0" + hex }
                out += s.properties.isAlphabetic || s.properties.numericType != nil ? String(s) + "<U+\(hex)>" : "<U+\(hex)>"
            }
        }
        return out
    }

    /// Groups of two or more distinct ids that look alike: the same once letters of other
    /// scripts that look like Latin ones (Cyrillic А, Greek Ο) are read as those.
    public static func lookalikes(_ ids: [String]) -> [[String]] {
        // Only an id beyond ASCII can look like another one: none, nothing to group (the usual
        // roster, and no string is built for its ids).
        guard ids.contains(where: { !isPlainASCII($0) }) else { return [] }
        var bySkeleton: [String: [String]] = [:]
        var order: [String] = []
        for id in ids {
            let k = skeleton(id)
            if bySkeleton[k] == nil { order.append(k) }
            bySkeleton[k, default: []].append(id)
        }
        return order.compactMap { k in
            let group = bySkeleton[k] ?? []
            return group.count > 1 && group.contains(where: { !$0.utf8.allSatisfy { $0 < 0x80 } }) ? group : nil
        }
    }

    /// The id with look-alike letters of other scripts as Latin.
    static func skeleton(_ id: String) -> String {
        var out = String.UnicodeScalarView()
        for s in id.unicodeScalars { out.append(latinLookalike[s.value].flatMap(Unicode.Scalar.init) ?? s) }
        return String(out)
    }

    /// Cyrillic and Greek letters drawn like Latin ones in the usual fonts.
    static let latinLookalike: [UInt32: UInt32] = {
        let pairs: [(UInt32, Character)] = [
            (0x0410, "A"), (0x0412, "B"), (0x0415, "E"), (0x041A, "K"), (0x041C, "M"), (0x041D, "H"), (0x041E, "O"),
            (0x0420, "P"), (0x0421, "C"), (0x0422, "T"), (0x0425, "X"), (0x0430, "a"), (0x0435, "e"), (0x043E, "o"),
            (0x0440, "p"), (0x0441, "c"), (0x0443, "y"), (0x0445, "x"), (0x0456, "i"), (0x0458, "j"), (0x0405, "S"),
            (0x0406, "I"), (0x0408, "J"), (0x0455, "s"),
            (0x0391, "A"), (0x0392, "B"), (0x0395, "E"), (0x0396, "Z"), (0x0397, "H"), (0x0399, "I"), (0x039A, "K"),
            (0x039C, "M"), (0x039D, "N"), (0x039F, "O"), (0x03A1, "P"), (0x03A4, "T"), (0x03A5, "Y"), (0x03A7, "X"),
            (0x03BF, "o"), (0x03BD, "v"),
        ]
        var map: [UInt32: UInt32] = [:]
        for (from, to) in pairs { map[from] = to.unicodeScalars.first?.value }
        return map
    }()
}
