/// Anbefaling 9, "Begynd ikke morgenvagten for tidligt" (seed 004 line 2663; DESIGN.md «The 14 recommendations» `rec.09`).
///
/// A morning shift (DESIGN.md «The 14 recommendations»: not a night shift, starting 04:00–11:59) that starts before
/// `earliestMorningStart` (06:00) local time. One warning per employee: the number of early
/// starts, the first, and the earliest clock time.
/// Measured in `ShiftPatterns` (one walk of the shifts for rec.02, 06, 07, 08 and 09).
public struct EarlyMorning: Rule {
    public init() {}

    public var needs: Analyses { .patterns }

    public let description = RuleDescription(
        id: "rec.09",
        title: LocalizedText(da: "Begynd ikke morgenvagten for tidligt", en: "Do not start the morning shift too early"),
        severity: .warning,
        summary: LocalizedText(
            da: "Anbefaling 9 af de 14 om skiftearbejde. Advarsel ved morgenvagter, der begynder før kl. 06:00.",
            en: "Recommendation 9 of the 14 on shift work. A warning for morning shifts starting before 06:00."),
        sources: Recommendation.sources(9),
        parameters: [.policy(.earliestMorningStart)],
        examples: [
            RuleExample(
                "A morning shift at 05:59", da: "En morgenvagt kl. 05:59",
                roster: "employee,start,end\nE1,2026-03-02 05:59,2026-03-02 14:00\n",
                expect: ["E1 2026-03-02 05:59–2026-03-02 14:00 1/0"]),
            RuleExample(
                "A morning shift at 06:00", da: "En morgenvagt kl. 06:00",
                roster: "employee,start,end\nE1,2026-03-02 06:00,2026-03-02 14:00\n"),
        ])

    public func check(_ t: EmployeeTimeline, _ plan: PlanContext, into findings: inout FindingSink) {
        t.patterns.earlyMornings.report(t, into: &findings, extra: Hours.minutes(plan.policy.earliestMorningStart).int32)
    }

    /// `RecommendationInstances.Payload`: the early starts, the next ones, and as `extreme` the
    /// earliest clock time and as `extra` the limit (minutes after midnight).
    public func writeMessage(of f: Finding, _ plan: PlanContext, _ l: Language, into w: inout ByteWriter) {
        let da = l == .da, p = f.message.payload(as: RecommendationInstances.Payload.self)
        let limit = Int(p.extra), earliest = Int(p.extreme)
        w.append(int: p.count)
        w.append(da ? (p.count == 1 ? " morgenvagt før kl. " : " morgenvagter før kl. ") : (p.count == 1 ? " morning shift before " : " morning shifts before "))
        w.append(padded: limit / 60, width: 2); w.append(":"); w.append(padded: limit % 60, width: 2)
        w.append(": "); w.instances(f, da)
        w.append(da ? "; tidligst kl. " : "; earliest at "); w.append(padded: earliest / 60, width: 2); w.append(":"); w.append(padded: earliest % 60, width: 2)
        w.append(da ? ". Anbefaling 9: begynd ikke morgenvagten for tidligt." : ". Recommendation 9: do not start the morning shift too early.")
    }
}
