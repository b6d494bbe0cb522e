/// Fixed-format date and time parsing on bytes (README «Inputs»), no `DateFormatter`.
///
/// Accepted, with `T` or a space between date and time, optional `:SS` (seconds are dropped;
/// vagttjek works in whole minutes) and an optional offset (`Z`, `+01:00`, `+0100`, `+01`):
///
///     2026-03-03T07:00   2026-03-03 07:00:00+01:00   03-03-2026 07:00   03.03.2026 07.00
///
/// `24:00` is read as midnight at the end of the day (planners write "til 24:00").
public enum TimestampParser {
    /// A wall-clock reading: minutes since 2000-01-01T00:00 local, and the explicit offset if any.
    public struct Reading: Equatable, Sendable {
        public var local: Minute
        public var offset: Int?
    }

    public enum Failure: Error, Equatable, Sendable {
        case format
        case month(Int)
        case day(year: Int, month: Int, day: Int)
        case time(hour: Int, minute: Int)
        case offset
    }

    static let monthNamesDa = [
        "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november",
        "december",
    ]
    static let monthNamesEn = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]

    /// What was expected, for error messages.
    public static let expected = LocalizedText(
        da: "forventede ÅÅÅÅ-MM-DD TT:MM (eller DD-MM-ÅÅÅÅ TT:MM, DD.MM.ÅÅÅÅ TT.MM)",
        en: "expected YYYY-MM-DD HH:MM (or DD-MM-YYYY HH:MM, DD.MM.YYYY HH.MM)")

    public static func explain(_ failure: Failure, value: String) -> LocalizedText {
        switch failure {
        case .format:
            return LocalizedText(da: "ugyldigt tidspunkt «\(shown(value))»; \(expected.da)", en: "invalid time «\(shown(value))»; \(expected.en)")
        case .month(let m):
            return LocalizedText(
                da: "«\(shown(value))» er ikke en gyldig dato: måned \(m) findes ikke (1–12)",
                en: "«\(shown(value))» is not a valid date: there is no month \(m) (1–12)")
        case .day(let y, let m, let d):
            let days = CivilDate.daysInMonth(year: y, month: m)
            return LocalizedText(
                da: "«\(shown(value))» er ikke en gyldig dato: \(monthNamesDa[m - 1]) \(y) har \(days) dage, ikke \(d)",
                en: "«\(shown(value))» is not a valid date: \(monthNamesEn[m - 1]) \(y) has \(days) days, not \(d)")
        case .time(let h, let mi):
            return LocalizedText(
                da: "«\(shown(value))» har et ugyldigt klokkeslæt \(pad(h, 2)):\(pad(mi, 2)) (00:00–23:59, eller 24:00)",
                en: "«\(shown(value))» has an invalid time of day \(pad(h, 2)):\(pad(mi, 2)) (00:00–23:59, or 24:00)")
        case .offset:
            return LocalizedText(
                da: "«\(shown(value))» har en ugyldig UTC-forskydning; forventede Z, +01:00 eller +02:00",
                en: "«\(shown(value))» has an invalid UTC offset; expected Z, +01:00 or +02:00")
        }
    }

    @inline(__always)
    static func digits(_ s: ArraySlice<UInt8>, _ at: Int, _ count: Int) -> Int? {
        var v = 0
        var i = at
        let end = at + count
        if end > s.endIndex { return nil }
        while i < end {
            let d = Int(s[i]) &- 48
            if d < 0 || d > 9 { return nil }
            v = v * 10 + d
            i += 1
        }
        return v
    }

    /// Parses a date and time (already trimmed). Besides the fixed forms it reads what
    /// spreadsheets write: one-digit days, months and hours and `/` between the date's parts
    /// (`3/3/2026 7:00`, `03-03-2026 7:00`), the day before the month as in Danish, and a
    /// two-digit year after the day and month (`03-03-26 07:00` is 2026: a roster is never from
    /// the 1900s; birth dates are read by `parseDate`, which takes four-digit years only),
    /// rewritten to the fixed form first.
    public static func parse(_ s: ArraySlice<UInt8>, monthFirst: Bool = false) -> Result<Reading, Failure> {
        if monthFirst, let swapped = swapDayAndMonth(s) { return parse(swapped[...]) }
        let fixed = parseFixed(s)
        if case .failure(.format) = fixed, let rewritten = lenient(s) { return parseFixed(rewritten[...]) }
        return fixed
    }

    /// Which way a date written with numbers can only be read: day first when its first number
    /// is over 12 (`13/03/2026`), month first when its second is (`03/13/2026`); nil when both
    /// fit, neither does, or the date is `YYYY-MM-DD` (one reading).
    public enum DateOrder: Sendable { case dayFirst, monthFirst }

    public static func order(_ s: ArraySlice<UInt8>) -> DateOrder? {
        guard let (a, b, _) = leadingPair(s) else { return nil }
        if a > 12 && b <= 12 && b >= 1 && a <= 31 { return .dayFirst }
        if b > 12 && a <= 12 && a >= 1 && b <= 31 { return .monthFirst }
        return nil
    }

    /// The first two numbers of a `D-M-…` date (one or two digits each, `-` `.` or `/` after
    /// each), and where the second ends; nil for other forms.
    static func leadingPair(_ s: ArraySlice<UInt8>) -> (Int, Int, Int)? {
        var i = s.startIndex
        func number() -> Int? {
            var v = 0, n = 0
            while i < s.endIndex, n < 3, s[i] >= 0x30, s[i] <= 0x39 { v = v * 10 + Int(s[i] - 0x30); n += 1; i += 1 }
            return (1...2).contains(n) ? v : nil
        }
        guard let a = number(), i < s.endIndex, s[i] == 0x2D || s[i] == 0x2E || s[i] == 0x2F else { return nil }
        let sep = s[i]
        i += 1
        guard let b = number(), i < s.endIndex, s[i] == sep else { return nil }
        return (a, b, i)
    }

    /// The date with its first two numbers swapped (`03/15/2026 7:00` → `15/03/2026 7:00`).
    static func swapDayAndMonth(_ s: ArraySlice<UInt8>) -> [UInt8]? {
        guard let (a, b, end) = leadingPair(s) else { return nil }
        let sep = s[end]
        return Array("\(pad(b, 2))".utf8) + [sep] + Array("\(pad(a, 2))".utf8) + Array(s[end...])
    }

    /// `D/M/YYYY H:MM` and the like as `YYYY-MM-DD HH:MM…`, or nil when it is not such a form.
    static func lenient(_ s: ArraySlice<UInt8>) -> [UInt8]? {
        var i = s.startIndex
        func number(maxDigits: Int) -> (value: Int, digits: Int)? {
            var v = 0, n = 0
            while i < s.endIndex, n < maxDigits, s[i] >= 0x30, s[i] <= 0x39 { v = v * 10 + Int(s[i] - 0x30); n += 1; i += 1 }
            return n > 0 ? (v, n) : nil
        }
        func separator() -> UInt8? {
            guard i < s.endIndex, s[i] == 0x2D || s[i] == 0x2E || s[i] == 0x2F else { return nil }
            defer { i += 1 }
            return s[i]
        }
        guard let a = number(maxDigits: 4), let sep = separator(), let b = number(maxDigits: 2), separator() == sep,
            let c = number(maxDigits: 4)
        else { return nil }
        var year: Int, month: Int, day: Int
        if a.digits == 4 && c.digits <= 2 { (year, month, day) = (a.value, b.value, c.value) }
        else if c.digits == 4 && a.digits <= 2 { (year, month, day) = (c.value, b.value, a.value) }
        else if c.digits == 2 && a.digits <= 2 { (year, month, day) = (2000 + c.value, b.value, a.value) }
        else { return nil }
        guard i < s.endIndex, s[i] == 0x20 || s[i] == 0x54 else { return nil }
        while i < s.endIndex && (s[i] == 0x20 || s[i] == 0x54) { i += 1 }
        guard let hour = number(maxDigits: 2), i < s.endIndex, s[i] == 0x3A || s[i] == 0x2E else { return nil }
        i += 1
        guard let minute = number(maxDigits: 2), minute.digits == 2 else { return nil }
        var out = Array("\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2)) \(pad(hour.value, 2)):\(pad(minute.value, 2))".utf8)
        out += s[i...]
        return out
    }

    /// The fixed forms.
    static func parseFixed(_ s: ArraySlice<UInt8>) -> Result<Reading, Failure> {
        let b = s.startIndex
        guard s.count >= 10 else { return .failure(.format) }
        var year: Int, month: Int, day: Int
        var i: Int
        if s[b + 4] == 0x2D, let y = digits(s, b, 4), let m = digits(s, b + 5, 2), s[b + 7] == 0x2D,
            let d = digits(s, b + 8, 2)
        {
            (year, month, day) = (y, m, d)
            i = b + 10
        } else if let d = digits(s, b, 2), s[b + 2] == 0x2D || s[b + 2] == 0x2E, let m = digits(s, b + 3, 2),
            s[b + 5] == s[b + 2], let y = digits(s, b + 6, 4)
        {
            (year, month, day) = (y, m, d)
            i = b + 10
        } else {
            return .failure(.format)
        }
        // Date and time separator: 'T' or one or more spaces.
        guard i < s.endIndex, s[i] == 0x54 || s[i] == 0x20 else { return .failure(.format) }
        i += 1
        while i < s.endIndex && s[i] == 0x20 { i += 1 }
        guard let hour = digits(s, i, 2), i + 2 < s.endIndex, s[i + 2] == 0x3A || s[i + 2] == 0x2E,
            let minute = digits(s, i + 3, 2)
        else { return .failure(.format) }
        i += 5
        if i < s.endIndex && s[i] == 0x3A {
            guard digits(s, i + 1, 2) != nil else { return .failure(.format) }
            i += 3
            // Excel's milliseconds (`07:00:00.000`).
            if i + 1 < s.endIndex && s[i] == 0x2E && digits(s, i + 1, 1) != nil {
                i += 1
                while i < s.endIndex && s[i] >= 0x30 && s[i] <= 0x39 { i += 1 }
            }
        }
        var offset: Int?
        if i < s.endIndex {
            switch s[i] {
            case 0x5A, 0x7A:  // Z
                offset = 0
                i += 1
            case 0x2B, 0x2D:  // + -
                let sign = s[i] == 0x2B ? 1 : -1
                guard let oh = digits(s, i + 1, 2) else { return .failure(.offset) }
                var om = 0
                var j = i + 3
                if j < s.endIndex && s[j] == 0x3A { j += 1 }
                if j < s.endIndex {
                    guard let m = digits(s, j, 2) else { return .failure(.offset) }
                    om = m
                    j += 2
                }
                guard oh <= 14, om < 60 else { return .failure(.offset) }
                offset = sign * (oh * 60 + om)
                i = j
            default:
                return .failure(.format)
            }
            if i != s.endIndex { return .failure(.offset) }
        }
        guard month >= 1 && month <= 12 else { return .failure(.month(month)) }
        guard day >= 1 && day <= CivilDate.daysInMonth(year: year, month: month) else {
            return .failure(.day(year: year, month: month, day: day))
        }
        guard (hour < 24 && minute < 60) || (hour == 24 && minute == 0) else {
            return .failure(.time(hour: hour, minute: minute))
        }
        let dayNumber = CivilDate(year: year, month: month, day: day).dayNumber
        return .success(Reading(local: dayNumber * minutesPerDay + hour * 60 + minute, offset: offset))
    }

    /// Parses a date as the roster's date cells are written: `YYYY-MM-DD`, or the day first as
    /// in Danish, `DD-MM-YYYY`, `D.M.YYYY`, `D/M/YYYY` (one- or two-digit day and month, `-`,
    /// `.` or `/` between them). The year has four digits: these are birth dates, agreements'
    /// dates and options, where `75` could be 1975 or 2075. Used for agreements, employees and
    /// options.
    public static func parseDate(_ text: String) -> Day? {
        let bytes = Array(text.utf8)
        // Three numbers with one separator between them, the same twice.
        var parts: [(value: Int, digits: Int)] = []
        var separator: UInt8?
        var i = 0
        while i < bytes.count {
            var value = 0, count = 0
            while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39, count < 5 {
                value = value * 10 + Int(bytes[i] - 0x30); count += 1; i += 1
            }
            guard count > 0 else { return nil }
            parts.append((value, count))
            if i == bytes.count { break }
            let sep = bytes[i]
            guard sep == 0x2D || sep == 0x2E || sep == 0x2F, separator == nil || separator == sep, parts.count < 3 else { return nil }
            separator = sep
            i += 1
            guard i < bytes.count else { return nil }
        }
        guard parts.count == 3 else { return nil }
        let y: Int, m: Int, d: Int
        if parts[0].digits == 4 && separator == 0x2D && parts[1].digits <= 2 && parts[2].digits <= 2 {
            (y, m, d) = (parts[0].value, parts[1].value, parts[2].value)
        } else if parts[2].digits == 4 && parts[0].digits <= 2 && parts[1].digits <= 2 {
            (y, m, d) = (parts[2].value, parts[1].value, parts[0].value)
        } else {
            return nil
        }
        guard m >= 1, m <= 12, d >= 1, d <= CivilDate.daysInMonth(year: y, month: m) else { return nil }
        return CivilDate(year: y, month: m, day: d).dayNumber
    }
}

extension TimestampParser {
    /// The message for a date cell that is not a date (wishes, accepted findings).
    static func notADate(_ text: String) -> (da: String, en: String) {
        ("ugyldig dato «\(shown(text))»; forventede ÅÅÅÅ-MM-DD (eller DD-MM-ÅÅÅÅ)", "invalid date «\(shown(text))»; expected YYYY-MM-DD (or DD-MM-YYYY)")
    }
}
