/// Danish public holidays (søgnehelligdage, helligdagsloven) (DESIGN.md «Time», law).
///
/// Easter by the Gregorian computus (the anonymous "Meeus/Jones/Butcher" algorithm), never a
/// table of dates. Store bededag (4th Friday after Easter) is a holiday up to and including 2023;
/// it was abolished from 2024. Juleaften is not a søgnehelligdag; the KL profile treats it as a
/// holiday from 06:00 (`christmasEveFrom`), which rules that weigh holiday hours use.
public enum DanishHolidays {
    public struct Holiday: Equatable, Sendable {
        public let day: Day
        public let name: String
    }

    /// Easter Sunday of a year.
    public static func easterSunday(year: Int) -> CivilDate {
        let a = year % 19
        let b = year / 100, c = year % 100
        let d = b / 4, e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CivilDate(year: year, month: month, day: day)
    }

    /// The søgnehelligdage of a year, in date order.
    public static func holidays(year: Int) -> [Holiday] {
        let easter = easterSunday(year: year).dayNumber
        var list: [Holiday] = [
            Holiday(day: CivilDate(year: year, month: 1, day: 1).dayNumber, name: "nytårsdag"),
            Holiday(day: easter - 3, name: "skærtorsdag"),
            Holiday(day: easter - 2, name: "langfredag"),
            Holiday(day: easter, name: "påskedag"),
            Holiday(day: easter + 1, name: "2. påskedag"),
        ]
        if year <= 2023 { list.append(Holiday(day: easter + 26, name: "store bededag")) }
        list += [
            Holiday(day: easter + 39, name: "Kristi himmelfartsdag"),
            Holiday(day: easter + 49, name: "pinsedag"),
            Holiday(day: easter + 50, name: "2. pinsedag"),
            Holiday(day: CivilDate(year: year, month: 12, day: 25).dayNumber, name: "juledag"),
            Holiday(day: CivilDate(year: year, month: 12, day: 26).dayNumber, name: "2. juledag"),
        ]
        return list
    }

    /// Whether a local date is a søgnehelligdag.
    public static func isHoliday(_ day: Day) -> Bool {
        holidays(year: CivilDate(dayNumber: day).year).contains { $0.day == day }
    }
}
