/// A date and time as people write them in one cell when the usual forms (`TimestampParser`)
/// do not fit: a weekday or a month's name in the date (`Mon 02/03/2026 07:00`,
/// `2. mar. 2026 7:00`), a clock time in any form `ClockTime` reads (`7 AM`, `0700`,
/// `07:00:00`), or an Excel serial of a date in 2000–2099 (`46083.291666`, days since 1899-12-30, as a CSV saved from a
/// sheet whose dates were not formatted writes them). The result is local Copenhagen minutes.
enum LooseTimestamp {
    static func parse(_ text: String) -> Minute? {
        if let serial = excelSerial(text) { return serial }
        // The clock time is the last one or two words (`7:00`, `7 AM`, `7:00 p.m.`).
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count >= 2 else { return nil }
        for take in [2, 1] where words.count > take {
            let clock = words.suffix(take).joined(separator: " ")
            guard let minutes = ClockTime.minutes(Array(clock.utf8)), clock.contains(where: { $0 == ":" || $0 == "." || $0.isLetter }) || clock.count == 4 else { continue }
            let date = words.dropLast(take).joined(separator: " ")
            guard let r = GridDate.parse(date), let y = r.year, r.day <= CivilDate.daysInMonth(year: y, month: r.month) else { continue }
            let day = CivilDate(year: y, month: r.month, day: r.day).dayNumber
            if let w = r.weekday, w != GridDate.weekday(day) { return nil }
            return day * minutesPerDay + minutes
        }
        return nil
    }

    /// An Excel serial of a date in 2000–2099 (36,526–73,050), with or without a fraction: a
    /// wider range would read a stray count in a start column as a shift decades away.
    static func excelSerial(_ text: String) -> Minute? {
        guard text.count >= 5, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }),
            let v = Double(String(text.map { $0 == "," ? "." : $0 })), v >= 36_526, v < 73_051
        else { return nil }
        let minutes = Int((v * 1440).rounded())
        return CivilDate(year: 1899, month: 12, day: 30).dayNumber * minutesPerDay + minutes
    }
}
