/// Anbefaling 8, "Rotér med uret (morgenvagt, så eftermiddagsvagt og nattevagt)" (seed 004 line
/// 2662; DESIGN.md «The 14 recommendations» `rec.08`).
///
/// A backward rotation is two consecutive working-time shifts (in start order; a shift inside or
/// overlapping the previous one is skipped) less than `rotationGapHours` (48) apart, end to
/// start, whose categories go night → evening, night → morning or evening → morning. One warning
/// per employee: the number of backward rotations, the interval the first pair (from the first
/// shift's start to the second's end); the message lists the second shifts.
/// Measured in `ShiftPatterns` (one walk of the shifts for rec.02, 06, 07, 08 and 09).
public struct BackwardRotation: Rule {
    public init() {}

    public var needs: Analyses { .patterns }

    public let description = RuleDescription(
        id: "rec.08",
        title: LocalizedText(da: "Rotér med uret (morgenvagt, så eftermiddagsvagt og nattevagt)", en: "Rotate forward (morning, then afternoon, then night)"),
        severity: .warning,
        summary: LocalizedText(
            da: "Anbefaling 8 af de 14 om skiftearbejde. Advarsel, når vagterne skifter mod uret (nat → aften, nat → morgen, aften → morgen) med under 48 timer imellem.",
            en: "Recommendation 8 of the 14 on shift work. A warning when the shifts rotate backwards (night → evening, night → morning, evening → morning) less than 48 hours apart."),
        sources: Recommendation.sources(8),
        parameters: [.policy(.rotationGapHours)],
        examples: [
            RuleExample(
                "Evening 15–23, then morning 07–15", da: "Aften 15–23, så morgen 07–15",
                roster: "employee,start,end\nE1,2026-03-02 15:00,2026-03-02 23:00\nE1,2026-03-03 07:00,2026-03-03 15:00\n",
                expect: ["E1 2026-03-02 15:00–2026-03-03 15:00 1/0"]),
            RuleExample(
                "Morning 07–15, then evening 15–23", da: "Morgen 07–15, så aften 15–23",
                roster: "employee,start,end\nE1,2026-03-02 07:00,2026-03-02 15:00\nE1,2026-03-03 15:00,2026-03-03 23:00\n"),
            RuleExample(
                "Night, then a morning after two days off", da: "Nat, så en morgen efter to fridage",
                roster: "employee,start,end\nE1,2026-03-02 23:00,2026-03-03 07:00\nE1,2026-03-05 07:00,2026-03-05 15:00\n"),
        ])

    public func check(_ t: EmployeeTimeline, _ plan: PlanContext, into findings: inout FindingSink) {
        t.patterns.backward.report(t, into: &findings)
    }

    /// `RecommendationInstances.Payload`: the rotations, the next ones' first starts, and as
    /// `extreme` the first one's second start.
    public func writeMessage(of f: Finding, _ plan: PlanContext, _ l: Language, into w: inout ByteWriter) {
        let da = l == .da, p = f.message.payload(as: RecommendationInstances.Payload.self)
        w.append(int: p.count)
        w.append(da ? " skift mod uret" : (p.count == 1 ? " backward rotation" : " backward rotations"))
        w.append(da ? " (nat → aften/morgen eller aften → morgen), første gang fra vagten " : " (night → evening/morning or evening → morning), first from the shift ")
        w.short(f.start); w.append(da ? " til vagten " : " to the shift "); w.short(p.extreme)
        w.append(da ? ". Anbefaling 8: rotér med uret (morgen, så aften, så nat)." : ". Recommendation 8: rotate forward (morning, then evening, then night).")
    }
}
