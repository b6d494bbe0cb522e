/// Lokal-MED's principle "En fast ugentlig friaften" (seed 004 line 2639; DESIGN.md «Lokal-MED's principles and fairness»: one
/// evening 17:00–23:00 free each ISO week), active when the policy sets `weeklyFreeEvening`.
///
/// Every ISO week (Monday 00:00 to Monday 00:00) wholly in the plan period needs one day whose
/// 17:00–23:00 local time nothing busy for the day off touches (work, courses, on-call of either
/// kind; an absence leaves the evening free). One warning per week without: measured = 0 free
/// evenings, limit 1, the interval the week. Decision: "fast" (the same evening every week) is
/// not judged; a plan that gives some free evening every week passes.
public struct WeeklyFreeEvening: Rule {
    public init() {}

    public func isActive(_ plan: PlanContext) -> Bool { plan.policy.weeklyFreeEvening }

    public let description = RuleDescription(
        id: "local.weekly-free-evening",
        title: LocalizedText(da: "Lokal-MED's princip: en fri aften hver uge", en: "Lokal-MED's principle: a free evening every week"),
        severity: .warning,
        summary: LocalizedText(
            da: "Når Lokal-MED har fastsat en fast ugentlig friaften (weeklyFreeEvening): advarsel for hver uge uden en aften 17–23, hvor medarbejderen er fri.",
            en: "When Lokal-MED has set a fixed weekly free evening (weeklyFreeEvening): a warning for every week without an evening 17–23 off."),
        sources: LocalPrinciples.sources,
        parameters: [.policy(.weeklyFreeEvening)],
        examples: [
            RuleExample(
                "Evening shifts Monday to Sunday", da: "Aftenvagter mandag til søndag",
                roster: RuleExamples.rows(from: "2026-03-02", days: 7, "15:00", "23:00"),
                policy: "{\"weeklyFreeEvening\": true}",
                expect: ["E1 2026-03-02 00:00–2026-03-09 00:00 0/1"]),
            RuleExample(
                "Evening shifts Monday to Saturday", da: "Aftenvagter mandag til lørdag",
                roster: RuleExamples.rows(from: "2026-03-02", days: 6, "15:00", "23:00")
                    + RuleExamples.rows(from: "2026-03-08", days: 1, "07:00", "15:00", header: false),
                policy: "{\"weeklyFreeEvening\": true}"),
        ])

    /// The ISO week number of the week starting on this Monday.
    static func isoWeek(_ monday: Day) -> Int {
        let thursday = monday + 3
        let year = CivilDate(dayNumber: thursday).year
        return (thursday - CivilDate(year: year, month: 1, day: 1).dayNumber) / 7 + 1
    }

    public func check(_ t: EmployeeTimeline, _ plan: PlanContext, into findings: inout FindingSink) {
        guard plan.policy.weeklyFreeEvening else { return }
        let busy = t.periods.week
        var monday = plan.firstDay + (1 - isoWeekday(plan.firstDay) + 7) % 7
        var p = 0
        while Copenhagen.midnight(monday + 7) <= plan.periodEnd {
            var free = false
            for day in monday..<(monday + 7) {
                let from = NightPeriod.instant(day, 17 * 60), to = NightPeriod.instant(day, 23 * 60)
                while p < busy.count && busy[p].end <= from { p += 1 }
                if p == busy.count || busy[p].start >= to { free = true; break }
            }
            if !free {
                findings.add(.warning, employee: t.employee, start: Copenhagen.midnight(monday), end: Copenhagen.midnight(monday + 7),
                        measured: 0, limit: 1, unit: .count, message: MessageValues(Week(number: Self.isoWeek(monday).int32)))
            }
            monday += 7
        }
    }

    /// The ISO week number.
    struct Week: FindingPayload { var number: Int32 }

    public func writeMessage(of f: Finding, _ plan: PlanContext, _ l: Language, into w: inout ByteWriter) {
        let da = l == .da
        w.append(da ? "Ingen fri aften (17–23) i uge " : "No free evening (17–23) in week "); w.append(int: f.message.payload(as: Week.self).number)
        w.append(" ("); w.appendDayMonth(Copenhagen.day(of: f.start)); w.append("–"); w.appendDayMonth(Copenhagen.day(of: f.end) - 1)
        w.append(da ? "); Lokal-MED's princip er en fast ugentlig friaften." : "); Lokal-MED's principle is a fixed weekly free evening.")
    }
}
