/// Anbefaling 6, "Tilpas arbejdstidslængden til arbejdskravene" (seed 004 line 2660; DESIGN.md «The 14 recommendations»
/// `rec.06`).
///
/// The roster shows the demands through its tags: a working-time row tagged `heavy` (`tung`:
/// særlig risikofyldt eller belastende) or `alone` (`alene`: alenearbejde) longer than
/// `demandingShiftHours` (8). One warning per employee: the number of such rows, the first, the
/// longest. Without a tags column the rule has nothing to judge.
/// Measured in `ShiftPatterns` (one walk of the shifts for rec.02, 06, 07, 08 and 09).
public struct DemandingShifts: Rule {
    public init() {}

    public var needs: Analyses { .patterns }

    public let description = RuleDescription(
        id: "rec.06",
        title: LocalizedText(da: "Tilpas arbejdstidslængden til arbejdskravene", en: "Fit the length of the working time to the demands of the work"),
        severity: .warning,
        summary: LocalizedText(
            da: "Anbefaling 6 af de 14 om skiftearbejde. Advarsel ved vagter over 8 timer, der er mærket som særligt belastende (tung) eller alenearbejde (alene).",
            en: "Recommendation 6 of the 14 on shift work. A warning for shifts over 8 hours tagged as particularly demanding (heavy) or working alone (alone)."),
        sources: Recommendation.sources(6),
        parameters: [.policy(.demandingShiftHours)],
        examples: [
            RuleExample(
                "A 10-hour shift working alone", da: "En vagt på 10 timer med alenearbejde",
                roster: "employee,start,end,tags\nE1,2026-03-02 07:00,2026-03-02 17:00,alene\nE1,2026-03-03 07:00,2026-03-03 17:00,\n",
                expect: ["E1 2026-03-02 07:00–2026-03-02 17:00 1/0"]),
            RuleExample(
                "An 8-hour heavy shift", da: "En tung vagt på 8 timer",
                roster: "employee,start,end,tags\nE1,2026-03-02 07:00,2026-03-02 15:00,heavy\n"),
        ])

    public func check(_ t: EmployeeTimeline, _ plan: PlanContext, into findings: inout FindingSink) {
        t.patterns.demanding.report(t, into: &findings, extra: Hours.minutes(plan.policy.demandingShiftHours).int32)
    }

    /// Values: the count, the next starts, the longest and the limit (minutes).
    public func writeMessage(of f: Finding, _ plan: PlanContext, _ l: Language, into w: inout ByteWriter) {
        w.longerThanLimit(f, l == .da, noun: ("belastende vagt eller vagt med alenearbejde", "belastende vagter eller vagter med alenearbejde", "demanding or lone shift", "demanding or lone shifts"), advice: ("Anbefaling 6: tilpas arbejdstidens længde til arbejdskravene.", "Recommendation 6: fit the length of the working time to the demands."))
    }
}
