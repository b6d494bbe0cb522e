/// Anbefaling 5, "Undgå lange arbejdsdage" (seed 004 line 2659; DESIGN.md «The 14 recommendations» `rec.05`).
///
/// A long day is a work period (busy time merged as for the daily rest: an evening shift followed
/// by a sleeping night watch is one period) longer than `longDayHours` (10). One warning per
/// employee: measured = the number of long days, the interval the first, the message the longest.
public struct LongDays: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "rec.05",
        title: LocalizedText(da: "Undgå lange arbejdsdage", en: "Avoid long working days"),
        severity: .warning,
        summary: LocalizedText(
            da: "Anbefaling 5 af de 14 om skiftearbejde. Advarsel ved arbejdsperioder over 10 timer.",
            en: "Recommendation 5 of the 14 on shift work. A warning for work periods over 10 hours."),
        sources: Recommendation.sources(5),
        parameters: [.policy(.longDayHours)],
        examples: [
            RuleExample(
                "Two days of 07:00–19:00", da: "To dage med 07:00–19:00",
                roster: RuleExamples.rows(from: "2026-03-02", days: 2, "07:00", "19:00"),
                expect: ["E1 2026-03-02 07:00–2026-03-02 19:00 2/0"]),
            RuleExample(
                "Days of exactly 10 hours", da: "Dage på præcis 10 timer",
                roster: RuleExamples.rows(from: "2026-03-02", days: 2, "07:00", "17:00")),
        ])

    public var needs: Analyses { .patterns }

    public func check(_ t: EmployeeTimeline, _ plan: PlanContext, into findings: inout FindingSink) {
        t.metrics.longDays.report(t, into: &findings, extra: Hours.minutes(plan.policy.longDayHours).int32)
    }


    /// Values: the count, the next starts, the longest and the limit (minutes).
    public func writeMessage(of f: Finding, _ plan: PlanContext, _ l: Language, into w: inout ByteWriter) {
        w.longerThanLimit(f, l == .da, noun: ("arbejdsdag", "arbejdsdage", "working day", "working days"), advice: ("Anbefaling 5: undgå lange arbejdsdage.", "Recommendation 5: avoid long working days."))
    }
}
