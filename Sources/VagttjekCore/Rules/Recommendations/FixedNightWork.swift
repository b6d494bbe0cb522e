/// Anbefaling 1, "Formindsk fast natarbejde" (seed 004 line 2655; DESIGN.md «The 14 recommendations» `rec.01`).
///
/// A warning for every employee who works fixed night (DESIGN.md «Night work»: at least `fixedNightShare` of
/// the working-time shifts are night shifts, or `fixed_night` in the employees file). Measured:
/// the share of night shifts (%), against the fixed-night threshold. The unit's share of staff on
/// fixed night is a metric of the units table (issue 16 item 2, not yet built).
public struct FixedNightWork: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "rec.01",
        title: LocalizedText(da: "Formindsk fast natarbejde", en: "Reduce fixed night work"),
        severity: .warning,
        summary: LocalizedText(
            da: "Anbefaling 1 af de 14 om skiftearbejde: fast natarbejde belaster helbred og familieliv mest; bland dag- eller aftenvagter ind, hvor det kan lade sig gøre.",
            en: "Recommendation 1 of the 14 on shift work: fixed night work strains health and family life the most; mix in day or evening shifts where possible."),
        sources: Recommendation.sources(1),
        parameters: [.policy(.fixedNightShare)],
        examples: [
            RuleExample(
                "Ten nights in a row and nothing else: fixed night", da: "Ti nætter i træk og intet andet: fast nat",
                roster: RuleExamples.rows(from: "2026-03-02", days: 10, "23:00", "07:00"),
                expect: ["E1 2026-03-02 00:00–2026-03-13 00:00 100/80"]),
            RuleExample(
                "Five nights and five day shifts", da: "Fem nætter og fem dagvagter",
                roster: RuleExamples.rows(from: "2026-03-02", days: 5, "23:00", "07:00")
                    + RuleExamples.rows(from: "2026-03-09", days: 5, "07:00", "15:00", header: false)),
        ])

    public func check(_ t: EmployeeTimeline, _ plan: PlanContext, into findings: inout FindingSink) {
        let night = t.nightWork
        guard night.fixedNight else { return }
        findings.add(.warning, employee: t.employee, start: plan.periodStart, end: plan.periodEnd,
                measured: (night.shiftShare * 10_000).rounded() / 100, limit: (plan.policy.fixedNightShare * 10_000).rounded() / 100,
                unit: .percent, message: MessageValues(Share(nightShifts: Int32((night.shiftShare * 100).rounded()))))
    }

    /// The share of night shifts (whole percent).
    struct Share: FindingPayload { var nightShifts: Int32 }

    public func writeMessage(of f: Finding, _ plan: PlanContext, _ l: Language, into w: inout ByteWriter) {
        let da = l == .da
        w.append(da ? "Fast nat: " : "Fixed night: "); w.append(int: f.message.payload(as: Share.self).nightShifts)
        w.append(da ? " % af vagterne er nattevagter. Anbefaling 1: formindsk fast natarbejde, fx med dag- eller aftenvagter ind imellem."
                    : " % of the shifts are night shifts. Recommendation 1: reduce fixed night work, e.g. with day or evening shifts in between.")
    }
}
