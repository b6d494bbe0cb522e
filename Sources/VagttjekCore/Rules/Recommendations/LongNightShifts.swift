/// Anbefaling 7, "Overvej kortere natskift" (seed 004 line 2661; DESIGN.md «The 14 recommendations» `rec.07`).
///
/// A night shift (DESIGN.md «The 14 recommendations»: at least 3 hours in the night period) longer than `nightShiftHours`
/// (8). One warning per employee: the number of long night shifts, the first, the longest.
/// Decision: a sleeping night watch is a night shift here too (it is working time since 2024);
/// the 8 hours are the default of a policy setting.
/// Measured in `ShiftPatterns` (one walk of the shifts for rec.02, 06, 07, 08 and 09).
public struct LongNightShifts: Rule {
    public init() {}

    public var needs: Analyses { .patterns }

    public let description = RuleDescription(
        id: "rec.07",
        title: LocalizedText(da: "Overvej kortere natskift", en: "Consider shorter night shifts"),
        severity: .warning,
        summary: LocalizedText(
            da: "Anbefaling 7 af de 14 om skiftearbejde. Advarsel ved nattevagter over 8 timer.",
            en: "Recommendation 7 of the 14 on shift work. A warning for night shifts over 8 hours."),
        sources: Recommendation.sources(7),
        parameters: [.policy(.nightShiftHours)],
        examples: [
            RuleExample(
                "Nights of 21:00–07:00", da: "Nætter med 21:00–07:00",
                roster: RuleExamples.rows(from: "2026-03-02", days: 2, "21:00", "07:00"),
                expect: ["E1 2026-03-02 21:00–2026-03-03 07:00 2/0"]),
            RuleExample(
                "Nights of 23:00–07:00", da: "Nætter med 23:00–07:00",
                roster: RuleExamples.rows(from: "2026-03-02", days: 2, "23:00", "07:00")),
        ])

    public func check(_ t: EmployeeTimeline, _ plan: PlanContext, into findings: inout FindingSink) {
        t.patterns.longNights.report(t, into: &findings, extra: Hours.minutes(plan.policy.nightShiftHours).int32)
    }

    /// Values: the count, the next starts, the longest and the limit (minutes).
    public func writeMessage(of f: Finding, _ plan: PlanContext, _ l: Language, into w: inout ByteWriter) {
        w.longerThanLimit(f, l == .da, noun: ("nattevagt", "nattevagter", "night shift", "night shifts"), advice: ("Anbefaling 7: overvej kortere natskift.", "Recommendation 7: consider shorter night shifts."))
    }
}
