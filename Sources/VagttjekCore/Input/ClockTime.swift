/// A clock time as people write it in a cell of its own: `07:00`, `7:00`, `07.00`, `7`, `0700`,
/// `07:00:00` (Excel's tt:mm:ss, Flowlogic, Deputy), `7:00 AM`, `3 pm`. Minutes after midnight,
/// 0–1440: `24:00` is the end of the day (only on the hour). Seconds must be `00`: a roster
/// is planned in minutes, and `07:00:30` is a mistake to show, not to round.
public enum ClockTime {
    /// The minutes after midnight, or nil when the bytes are not a clock time.
    public static func minutes<C: Collection>(_ bytes: C) -> Int? where C.Element == UInt8 {
        var b = Array(bytes)
        // AM/PM at the end, with or without a space and full stops (`7 a.m.`).
        var meridiem: UInt8 = 0  // 0 none, 1 am, 2 pm
        for (suffix, value) in [("am", 1), ("pm", 2), ("a.m.", 1), ("p.m.", 2)] as [(String, UInt8)] {
            let tail = Array(suffix.utf8)
            if b.count > tail.count, zip(b.suffix(tail.count), tail).allSatisfy({ $0 | 0x20 == $1 }) {
                meridiem = value
                b.removeLast(tail.count)
                while b.last == 0x20 { b.removeLast() }
                break
            }
        }
        guard !b.isEmpty, b.count <= 8 else { return nil }
        var h = 0, m = 0
        var parts: [[UInt8]] = [[]]
        for c in b {
            if c == 0x3A || c == 0x2E {
                parts.append([])
            } else if c >= 0x30 && c <= 0x39 {
                parts[parts.count - 1].append(c)
            } else {
                return nil
            }
        }
        func value(_ digits: [UInt8]) -> Int { digits.reduce(0) { $0 * 10 + Int($1 - 0x30) } }
        switch parts.count {
        case 1:
            // `7`, `07`, `700`, `0700`: hours alone, or hours and minutes without a separator.
            let d = parts[0]
            switch d.count {
            case 1, 2: h = value(d)
            case 3, 4: (h, m) = (value(d.dropLast(2).map { $0 }), value(d.suffix(2).map { $0 }))
            default: return nil
            }
        case 2, 3:
            guard (1...2).contains(parts[0].count), parts[1].count == 2 else { return nil }
            (h, m) = (value(parts[0]), value(parts[1]))
            if parts.count == 3 { guard parts[2] == [0x30, 0x30] else { return nil } }
        default:
            return nil
        }
        guard m < 60 else { return nil }
        switch meridiem {
        case 1:
            guard (1...12).contains(h) else { return nil }
            if h == 12 { h = 0 }
        case 2:
            guard (1...12).contains(h) else { return nil }
            if h != 12 { h += 12 }
        default:
            break
        }
        guard h < 24 || (h == 24 && m == 0) else { return nil }
        return h * 60 + m
    }

    /// A range `7-15`, `07:00-15:00`, `7.30–15` (hyphen or en dash): start and end minutes.
    public static func range(_ text: String) -> (start: Int, end: Int)? {
        let scalars = Array(text.unicodeScalars)
        guard let dash = scalars.firstIndex(where: { $0 == "-" || $0 == "–" }) else { return nil }
        let a = String(String.UnicodeScalarView(scalars[..<dash])).trimmingBlanks
        let b = String(String.UnicodeScalarView(scalars[(dash + 1)...])).trimmingBlanks
        guard let s = minutes(Array(a.utf8)), let e = minutes(Array(b.utf8)), s < 1440 else { return nil }
        return (s, e)
    }
}
