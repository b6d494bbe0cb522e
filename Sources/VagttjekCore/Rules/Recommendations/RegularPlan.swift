/// Anbefaling 11, "Bevar et regelmæssigt skiftesystem" (seed 004 line 2665; DESIGN.md «The 14 recommendations» `rec.11`).
///
/// The regularity (`Regularity`: the share of days whose category — off, morning, evening,
/// night — equals the day's one cycle of 1–6 weeks earlier, best cycle; absences left out) below
/// `minRegularity` (0.5) is a warning; measured = the regularity (%). A period under two weeks is
/// not judged. Cost: O(days × 6) per employee after one pass over the shifts.
public struct RegularPlan: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "rec.11",
        title: LocalizedText(da: "Bevar et regelmæssigt skiftesystem", en: "Keep a regular shift system"),
        severity: .warning,
        summary: LocalizedText(
            da: "Anbefaling 11 af de 14 om skiftearbejde. Advarsel, når planen gentager sig på under halvdelen af dagene (hver dag sammenlignet med dagen en cyklus på 1–6 uger tidligere).",
            en: "Recommendation 11 of the 14 on shift work. A warning when the plan repeats itself on fewer than half of the days (each day compared with the day one cycle of 1–6 weeks earlier)."),
        sources: Recommendation.sources(11),
        parameters: [.policy(.minRegularity)],
        examples: [
            RuleExample(
                "Four weeks of mornings, evenings and days off in no order: 7 of 21 days like a week before", da: "Fire uger med morgener, aftener og fridage uden orden: 7 af 21 dage som ugen før",
                roster: ReducedCapacity.pattern("MMEOEMEOMMEOEMMEOMOEMEOEMOMM"),
                expect: ["E1 2026-03-02 00:00–2026-03-30 00:00 33.33/50"]),
            RuleExample(
                "A 2-week rotation repeated (and a Monday): fully regular", da: "En rotation på 2 uger gentaget (og en mandag): helt regelmæssig",
                roster: ReducedCapacity.pattern("MMMMMOOEEEEEOOMMMMMOOEEEEEOOM")),
        ])

    public var needs: Analyses { .patterns }

    public func check(_ t: EmployeeTimeline, _ plan: PlanContext, into findings: inout FindingSink) {
        let least = plan.policy.minRegularity
        guard let r = t.metrics.regularity, r.score < least else { return }
        findings.add(.warning, employee: t.employee, start: plan.periodStart, end: plan.periodEnd,
                measured: (r.score * 10_000).rounded() / 100, limit: (least * 10_000).rounded() / 100, unit: .percent,
                message: MessageValues(Irregular(score: Int32((r.score * 100).rounded()), least: Int32((least * 100).rounded()), cycleWeeks: r.cycleWeeks.int32)))
    }

    /// The regularity and the least (whole percent), and the best cycle (weeks).
    struct Irregular: FindingPayload { var score, least, cycleWeeks: Int32 }

    public func writeMessage(of f: Finding, _ plan: PlanContext, _ l: Language, into w: inout ByteWriter) {
        let da = l == .da, p = f.message.payload(as: Irregular.self)
        w.append(da ? "Planen gentager sig kun på " : "The plan repeats itself on only "); w.append(int: p.score)
        w.append(da ? " % af dagene (bedst med en cyklus på " : " % of the days (best with a cycle of "); w.append(int: p.cycleWeeks)
        w.append(da ? (p.cycleWeeks == 1 ? " uge" : " uger") : (p.cycleWeeks == 1 ? " week" : " weeks"))
        w.append(da ? "). Anbefaling 11: bevar et regelmæssigt skiftesystem (her mindst " : "). Recommendation 11: keep a regular shift system (here at least ")
        w.append(int: p.least); w.append(" %).")
    }
}
