/// Lokal-MED's principle on "Hvordan sikres, at en væsentlig andel af fridøgnene placeres i
/// weekender?" (seed 004 line 2491; DESIGN.md «Lokal-MED's principles and fairness»), active when the policy sets
/// `minWeekendDaysOffShare`.
///
/// The days off are the free stretches of the weekly day-off analysis (DESIGN.md «The weekly day off»: at least
/// `weeklyRestHours`, 35 h; a stretch at the period's edge counts only when it is that long
/// too); one falls on a weekend when it holds a whole Saturday or Sunday (00:00–24:00 local).
/// A warning, once per employee, when the share of days off on a weekend is below the
/// principle; measured = that share (%). No days off: not judged (`dayoff.weekly` speaks).
public struct WeekendDaysOff: Rule {
    public init() {}

    public func isActive(_ plan: PlanContext) -> Bool { plan.policy.minWeekendDaysOffShare > 0 }

    public var needs: Analyses { .daysOff }

    public let description = RuleDescription(
        id: "local.weekend-dayoff-share",
        title: LocalizedText(da: "Lokal-MED's princip: fridøgn i weekender", en: "Lokal-MED's principle: days off on weekends"),
        severity: .warning,
        summary: LocalizedText(
            da: "Når Lokal-MED har fastsat, hvor stor en andel af fridøgnene der skal ligge i weekender (minWeekendDaysOffShare): advarsel, når planen giver færre.",
            en: "When Lokal-MED has set what share of the days off is to fall on weekends (minWeekendDaysOffShare): a warning when the plan gives fewer."),
        sources: LocalPrinciples.daysOffSources,
        parameters: [.policy(.minWeekendDaysOffShare)],
        examples: [
            RuleExample(
                "Two weeks of Monday–Thursday and Saturday–Sunday work: no day off on a weekend", da: "To uger med arbejde mandag–torsdag og lørdag–søndag: intet fridøgn i en weekend",
                roster: Self.days("2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-07", "2026-03-08",
                                  "2026-03-09", "2026-03-10", "2026-03-11", "2026-03-12", "2026-03-14", "2026-03-15", "2026-03-16"),
                policy: "{\"minWeekendDaysOffShare\": 0.5}",
                expect: ["E1 2026-03-02 00:00–2026-03-17 00:00 0/50"]),
            RuleExample(
                "Two weeks of Monday–Friday work: both days off on a weekend", da: "To uger med arbejde mandag–fredag: begge fridøgn i en weekend",
                roster: Self.days("2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06",
                                  "2026-03-09", "2026-03-10", "2026-03-11", "2026-03-12", "2026-03-13", "2026-03-16"),
                policy: "{\"minWeekendDaysOffShare\": 0.5}"),
        ])

    /// E1 on 07:00–15:00 on each date.
    static func days(_ dates: String...) -> String {
        "employee,start,end\n" + dates.map { "E1,\($0) 07:00,\($0) 15:00\n" }.joined()
    }

    public func check(_ t: EmployeeTimeline, _ plan: PlanContext, into findings: inout FindingSink) {
        let least = plan.policy.minWeekendDaysOffShare
        guard least > 0 else { return }
        let minimum = Hours.minutes(plan.policy.weeklyRestHours)
        var daysOff = 0, onWeekend = 0
        for b in t.daysOff.blocks where b.length >= minimum {
            daysOff += 1
            var day = Copenhagen.day(of: b.start)
            let last = Copenhagen.day(of: b.end)
            while day <= last {
                if isoWeekday(day) >= 6 && Copenhagen.midnight(day) >= b.start && Copenhagen.midnight(day + 1) <= b.end {
                    onWeekend += 1
                    break
                }
                day += 1
            }
        }
        guard daysOff > 0 else { return }
        let share = Double(onWeekend) / Double(daysOff)
        guard share < least else { return }
        findings.add(.warning, employee: t.employee, start: plan.periodStart, end: plan.periodEnd,
                measured: (share * 10_000).rounded() / 100, limit: (least * 10_000).rounded() / 100, unit: .percent,
                message: MessageValues(Share(onWeekend: onWeekend.int32, daysOff: daysOff.int32, least: Int32((least * 100).rounded()))))
    }

    /// Days off on a weekend, days off, and the principle (whole percent).
    struct Share: FindingPayload { var onWeekend, daysOff, least: Int32 }

    public func writeMessage(of f: Finding, _ plan: PlanContext, _ l: Language, into w: inout ByteWriter) {
        let da = l == .da, p = f.message.payload(as: Share.self)
        w.append(int: p.onWeekend); w.append(da ? " af " : " of "); w.append(int: p.daysOff)
        w.append(da ? " fridøgn ligger i en weekend; Lokal-MED's princip er mindst " : " days off fall on a weekend; Lokal-MED's principle is at least ")
        w.append(int: p.least); w.append(" %.")
    }
}
