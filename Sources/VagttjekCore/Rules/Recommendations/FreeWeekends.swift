/// Anbefaling 4, "Planlæg systemet, så det indeholder flest mulige friweekender" (seed 004 line
/// 2658; DESIGN.md «The 14 recommendations» `rec.04`).
///
/// A weekend is Saturday 00:00 to Monday 00:00 local time, counted when it lies wholly inside
/// the plan period; it is free when nothing busy for the weekly day off (everything but
/// absences: work, courses, on-call of both kinds) touches it. A warning when the share of free
/// weekends is below `minFreeWeekendShare` (0.5); measured = that share (%). A period without a
/// whole weekend is not judged. Decision: vacation and other absences make a weekend free (the
/// employee is not at work), as they do for the day off.
public struct FreeWeekends: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "rec.04",
        title: LocalizedText(da: "Planlæg systemet, så det indeholder flest mulige friweekender", en: "Plan the system with as many free weekends as possible"),
        severity: .warning,
        summary: LocalizedText(
            da: "Anbefaling 4 af de 14 om skiftearbejde. Advarsel, når under halvdelen af periodens hele weekender (lørdag 00:00 til mandag 00:00) er fri.",
            en: "Recommendation 4 of the 14 on shift work. A warning when fewer than half of the period's whole weekends (Saturday 00:00 to Monday 00:00) are free."),
        sources: Recommendation.sources(4),
        parameters: [.policy(.minFreeWeekendShare)],
        examples: [
            RuleExample(
                "Four weeks, working the first three weekends: 1 of 4 free", da: "Fire uger med arbejde de første tre weekender: 1 af 4 fri",
                roster: Self.days("2026-03-02", "2026-03-07", "2026-03-14", "2026-03-22", "2026-03-30"),
                expect: ["E1 2026-03-02 00:00–2026-03-31 00:00 25/50"]),
            RuleExample(
                "Four weeks, working every other weekend: 2 of 4 free", da: "Fire uger med arbejde hver anden weekend: 2 af 4 fri",
                roster: Self.days("2026-03-02", "2026-03-07", "2026-03-08", "2026-03-21", "2026-03-22", "2026-03-30")),
        ])

    /// E1 on 07:00–15:00 on each date.
    static func days(_ dates: String...) -> String {
        "employee,start,end\n" + dates.map { "E1,\($0) 07:00,\($0) 15:00\n" }.joined()
    }


    public var needs: Analyses { .patterns }

    public func check(_ t: EmployeeTimeline, _ plan: PlanContext, into findings: inout FindingSink) {
        let (free, total) = (t.metrics.freeWeekends, t.metrics.wholeWeekends)
        guard total > 0 else { return }
        let share = Double(free) / Double(total), least = plan.policy.minFreeWeekendShare
        guard share < least else { return }
        findings.add(.warning, employee: t.employee, start: plan.periodStart, end: plan.periodEnd,
                measured: (share * 10_000).rounded() / 100, limit: (least * 10_000).rounded() / 100, unit: .percent,
                message: MessageValues(Weekends(free: free.int32, whole: total.int32, least: Int32((least * 100).rounded()))))
    }

    /// Free weekends, whole weekends in the period, and the least share (whole percent).
    struct Weekends: FindingPayload { var free, whole, least: Int32 }

    public func writeMessage(of f: Finding, _ plan: PlanContext, _ l: Language, into w: inout ByteWriter) {
        let da = l == .da, p = f.message.payload(as: Weekends.self)
        w.append(da ? "Fri " : "Free on "); w.append(int: p.free); w.append(da ? " af " : " of "); w.append(int: p.whole)
        w.append(da ? " hele weekender i perioden. Anbefaling 4: flest mulige friweekender (her mindst " : " whole weekends in the period. Recommendation 4: as many free weekends as possible (here at least ")
        w.append(int: p.least); w.append(" %).")
    }
}
