/// Anbefaling 3, "Undgå korte intervaller (otte eller ti timer) mellem to vagter" (seed 004
/// line 2657; DESIGN.md «The 14 recommendations» `rec.03`).
///
/// A quick return is a rest between two work periods (busy time merged as for the daily rest)
/// shorter than `quickReturnHours` (11), even when a local agreement allows it: the law's
/// minimum is not the recommendation. Some versions of the list say 7, 8 or 10 hours; the seed
/// says "otte eller ti", and 11 h (the daily rest) is the default because any shorter interval is
/// one of those. One warning per employee: measured = the number of quick returns, the interval
/// the first short rest itself, and the message gives the shortest. A quick return that is also
/// a `rest.daily` error is counted here too: this rule scores the plan, that one judges the law.
public struct QuickReturns: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "rec.03",
        title: LocalizedText(da: "Undgå korte intervaller (otte eller ti timer) mellem to vagter", en: "Avoid short intervals (eight or ten hours) between two shifts"),
        severity: .warning,
        summary: LocalizedText(
            da: "Anbefaling 3 af de 14 om skiftearbejde. Advarsel ved hvile under 11 timer mellem to arbejdsperioder, også når en lokalaftale tillader det (nogle udgaver af listen siger 7, 8 eller 10 timer).",
            en: "Recommendation 3 of the 14 on shift work. A warning for rest under 11 hours between two work periods, also when a local agreement allows it (some versions of the list say 7, 8 or 10 hours)."),
        sources: Recommendation.sources(3),
        parameters: [.policy(.quickReturnHours)],
        examples: [
            RuleExample(
                "Evening 15–23, then morning 07–15: 8 hours between", da: "Aften 15–23, så morgen 07–15: 8 timer imellem",
                roster: "employee,start,end\nE1,2026-03-02 15:00,2026-03-02 23:00\nE1,2026-03-03 07:00,2026-03-03 15:00\n",
                expect: ["E1 2026-03-02 23:00–2026-03-03 07:00 1/0"]),
            RuleExample(
                "Morning, then evening: 24 hours between", da: "Morgen, så aften: 24 timer imellem",
                roster: "employee,start,end\nE1,2026-03-02 07:00,2026-03-02 15:00\nE1,2026-03-03 15:00,2026-03-03 23:00\n"),
            RuleExample(
                "Exactly 11 hours between", da: "Præcis 11 timer imellem",
                roster: "employee,start,end\nE1,2026-03-02 12:00,2026-03-02 20:00\nE1,2026-03-03 07:00,2026-03-03 15:00\n"),
        ])

    public var needs: Analyses { .patterns }

    public func check(_ t: EmployeeTimeline, _ plan: PlanContext, into findings: inout FindingSink) {
        t.metrics.quickReturns.report(t, into: &findings, extra: Hours.minutes(plan.policy.quickReturnHours).int32)
    }


    /// `RecommendationInstances.Payload`: the quick returns, the next ones, and as `extreme` the
    /// shortest rest and as `extra` the limit (minutes).
    public func writeMessage(of f: Finding, _ plan: PlanContext, _ l: Language, into w: inout ByteWriter) {
        let da = l == .da, p = f.message.payload(as: RecommendationInstances.Payload.self)
        w.append(int: p.count)
        w.append(da ? (p.count == 1 ? " kort interval" : " korte intervaller") : (p.count == 1 ? " short interval" : " short intervals"))
        w.append(da ? " mellem vagter (hvile under " : " between shifts (rest under "); w.hours(p.extra, da)
        w.append(da ? " t) fra " : " h) from "); w.instances(f, da)
        w.append(da ? "; kortest " : "; shortest "); w.hours(p.extreme, da)
        w.append(da ? " t. Anbefaling 3: undgå korte intervaller mellem to vagter." : " h. Recommendation 3: avoid short intervals between two shifts.")
    }
}
