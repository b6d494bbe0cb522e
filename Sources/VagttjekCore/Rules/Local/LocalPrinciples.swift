/// What the rules for Lokal-MED's principles share (DESIGN.md «Lokal-MED's principles and fairness»; seed 004 lines 2483–2495 and
/// 2614–2640: "Lokal-MED kan også udarbejde principper for arbejdsplanerne", e.g. how many
/// weekends and evening shifts a month, a fixed weekly free evening, and "en væsentlig andel af
/// fridøgnene placeres i weekender"). Each rule is active only when its policy setting is set,
/// so a check without those settings costs nothing extra.
enum LocalPrinciples {
    static let sources: [Citation] = [.denGodeArbejdsplads("Mulige opgaver i MED-systemet", "principper for arbejdsplanerne")]
    static let daysOffSources: [Citation] = [.denGodeArbejdsplads("Planlægning af frihedsperioder, herunder ferie og afspadsering")]

    static let monthsDa = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"]
    static let monthsEn = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

    /// `year * 100 + month` of a day.
    static func monthKey(_ day: Day) -> Int {
        let c = CivilDate(dayNumber: day)
        return c.year * 100 + c.month
    }

    /// The instants a calendar month (by key) starts and ends, clamped to the plan period.
    static func monthSpan(_ key: Int, _ plan: PlanContext) -> (Minute, Minute) {
        let year = key / 100, month = key % 100
        let first = CivilDate(year: year, month: month, day: 1).dayNumber
        let next = month == 12 ? CivilDate(year: year + 1, month: 1, day: 1).dayNumber : CivilDate(year: year, month: month + 1, day: 1).dayNumber
        return (max(Copenhagen.midnight(first), plan.periodStart), min(Copenhagen.midnight(next), plan.periodEnd))
    }
}

extension ByteWriter {
    /// "marts 2026" / "March 2026" from a month key.
    mutating func month(_ key: Int, _ da: Bool) {
        append(string: (da ? LocalPrinciples.monthsDa : LocalPrinciples.monthsEn)[max(0, min(11, key % 100 - 1))])
        append(" "); append(int: key / 100)
    }
}
