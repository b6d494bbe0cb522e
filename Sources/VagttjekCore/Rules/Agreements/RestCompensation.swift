/// Kompenserende hvile after a reduced rest (BEK 324 as amended 2024, law; DESIGN.md «Reduced rest and its compensation»).
///
/// After a work period P with reduced rest `g`, the rest immediately after P (from P's end to
/// the next work period's start) must be at least `11 h + (11 h − g)`. Not judged when P is the
/// last work period in the data (the next rest is unknown), nor for reductions that are already
/// `rest.daily` errors.
public struct RestCompensation: Rule {
    public init() {}

    public var needs: Analyses { .rest }

    public let description = RuleDescription(
        id: "rest.compensation",
        title: LocalizedText(da: "Kompenserende hvile efter nedsat hviletid", en: "Compensating rest after reduced rest"),
        severity: .error,
        summary: LocalizedText(
            da: "Når hviletiden er nedsat efter en lokalaftale, skal den næste hvile forlænges med det, der manglede: mindst 11 t + (11 t − den nedsatte hvile).",
            en: "When rest is reduced under a local agreement, the next rest must be extended by what was missing: at least 11 h + (11 h − the reduced rest)."),
        sources: [Citation(.hvileBekendtgorelsen2024, "kompenserende hvile i umiddelbar forlængelse"), .denGodeArbejdsplads("Lokalaftaler om arbejdstid")],
        parameters: [
            .policy(.dailyRestHours)
        ],
        examples: [
            RuleExample(
                "8 h reduced rest, then only 12 h before the next shift (14 h required)", da: "8 t nedsat hvile, derefter kun 12 t før næste vagt (14 t kræves)",
                roster: "employee,start,end,unit\nE1,2026-03-03 15:00,2026-03-03 23:00,Hus Nord\nE1,2026-03-04 07:00,2026-03-04 15:00,Hus Nord\nE1,2026-03-05 03:00,2026-03-05 11:00,Hus Nord\n",
                agreements: [RuleExamples.agreementHusNord],
                expect: ["E1 2026-03-04 07:00–2026-03-04 15:00 12/14"]),
            RuleExample(
                "8 h reduced rest, then 14 h: compensated", da: "8 t nedsat hvile, derefter 14 t: kompenseret",
                roster: "employee,start,end,unit\nE1,2026-03-03 15:00,2026-03-03 23:00,Hus Nord\nE1,2026-03-04 07:00,2026-03-04 15:00,Hus Nord\nE1,2026-03-05 05:00,2026-03-05 13:00,Hus Nord\n",
                agreements: [RuleExamples.agreementHusNord]),
            RuleExample(
                "The last work period in the data is not judged", da: "Den sidste arbejdsperiode i data vurderes ikke",
                roster: "employee,start,end,unit\nE1,2026-03-03 15:00,2026-03-03 23:00,Hus Nord\nE1,2026-03-04 07:00,2026-03-04 15:00,Hus Nord\n",
                agreements: [RuleExamples.agreementHusNord]),
        ])

    public func check(_ t: EmployeeTimeline, _ plan: PlanContext, into findings: inout FindingSink) {
        // Without a rest-reduction agreement no reduction is allowed (`RestAnalysis`): nothing
        // to compensate.
        guard !plan.restAgreements.isEmpty else { return }
        let dailyRest = plan.policy.dailyRestMinutes
        let periods = t.periods.rest
        for (i, p) in periods.enumerated() where t.rest.verdict[i] == .allowedReduction && i + 1 < periods.count {
            let reduced = t.rest.longest[i]
            let required = dailyRest + (dailyRest - reduced)
            let given = periods[i + 1].start - p.end
            if given < required {
                findings.add(.error, employee: t.employee, start: p.start, end: p.end,
                        measured: Finding.hours(given), limit: Finding.hours(required), unit: .h,
                        message: MessageValues(Compensation(reduced: reduced.int32, given: given.int32, required: required.int32)))
            }
        }
    }

    /// The reduced rest, the rest given after it and the rest required (minutes).
    struct Compensation: FindingPayload { var reduced, given, required: Int32 }

    public func writeMessage(of f: Finding, _ plan: PlanContext, _ l: Language, into w: inout ByteWriter) {
        let p = f.message.payload(as: Compensation.self)
        let reduced = p.reduced, given = p.given, required = Int(p.required)
        if l == .da {
            w.append("Efter den nedsatte hvile ("); w.hours(reduced, true); w.append(" t) før vagten, der slutter ")
            w.short(f.end); w.append(", skal næste hvile være mindst "); w.hours(required, true)
            w.append(" t for at kompensere; der er "); w.hours(given, true); w.append(" t. Flyt næste vagt til tidligst ")
            w.short(f.end + required); w.append(".")
        } else {
            w.append("After the reduced rest ("); w.hours(reduced, false); w.append(" h) before the shift ending ")
            w.short(f.end); w.append(", the next rest must be at least "); w.hours(required, false)
            w.append(" h to compensate; it is "); w.hours(given, false); w.append(" h. Move the next shift to ")
            w.short(f.end + required); w.append(" at the earliest.")
        }
    }
}
