/// How regular an employee's pattern is (SPEC §3.7, `rec.11` "Bevar et regelmæssigt
/// skiftesystem"; seed 004 lines 2649–2670, and lines 2731–2737 for staff with reduced capacity,
/// who "kan have brug for … en arbejdsplan med stor forudsigelighed og regelmæssighed").
///
/// Each day of the plan period gets a category: the category of the working-time rows starting
/// that day (night when one of them is a night shift, else the earliest row's morning or
/// evening), "off" when none starts, or "absent" (vacation, sick, leave, time off, senior day)
/// when an absence and no working time starts. For a cycle of 1–6 weeks, the score is the share
/// of days whose category equals that of the day one cycle earlier; the regularity is the best
/// score and its cycle (the shorter of equals).
///
/// Decisions: SPEC says "the same weekday's category in the best repeating cycle"; comparing each
/// day with the day a cycle earlier reads it without favouring long cycles (a majority per
/// position would give a 6-week cycle over 8 weeks a score of at least 50 % whatever the plan).
/// A cycle is tried only when the period holds it twice; a period under two weeks is not judged.
/// Pairs where either day is an absence are left out: a sick week is not an irregular plan.
public struct Regularity: Sendable, Equatable {
    /// The best score, 0–1.
    public var score: Double
    /// Its cycle in weeks (1–6).
    public var cycleWeeks: Int
    /// The day pairs compared for that cycle.
    public var comparedDays: Int

    enum DayCategory: UInt8 {
        case off, morning, evening, night, absent
    }

    /// The regularity of an employee's plan, or nil when the period is under two weeks or no
    /// pair of days could be compared.
    public static func of(_ t: EmployeeTimeline, _ plan: PlanContext) -> Regularity? {
        let dayCount = plan.lastDay - plan.firstDay + 1
        guard dayCount >= 14 else { return nil }
        var days = [DayCategory](repeating: .off, count: dayCount)
        for i in t.shifts {
            let s = plan.roster.shifts[i]
            let d = Copenhagen.day(of: s.startMinute) - plan.firstDay
            guard d >= 0 && d < dayCount else { continue }
            if s.kind.isWorkingTime {
                let category = NightAnalysis.category(s, nightMinutes: plan.nightMinutes(s))
                switch (days[d], category) {
                case (.off, _), (.absent, _), (_, .night):
                    days[d] = category == .night ? .night : category == .morning ? .morning : .evening
                default:
                    break  // the earliest row's category stays, unless a night follows
                }
            } else if s.kind != .oncallHome && s.kind != .dayoff && days[d] == .off {
                days[d] = .absent
            }
        }
        var best: Regularity?
        for weeks in 1...6 {
            let lag = 7 * weeks
            guard dayCount >= 2 * lag else { break }
            var compared = 0, same = 0
            for d in lag..<dayCount where days[d] != .absent && days[d - lag] != .absent {
                compared += 1
                if days[d] == days[d - lag] { same += 1 }
            }
            guard compared > 0 else { continue }
            let score = Double(same) / Double(compared)
            if score > (best?.score ?? -1) { best = Regularity(score: score, cycleWeeks: weeks, comparedDays: compared) }
        }
        return best
    }
}
