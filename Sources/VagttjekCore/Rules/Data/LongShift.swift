/// En urimeligt lang vagt: a single working-time row longer than `longShiftHours` (16 h) is
/// almost always a typing error, most often an end date one day too late (07:00–15:00 typed as
/// ending the next day gives 32 h). A data warning that points at the row, so the planner fixes
/// the data before weighing the rest findings it causes.
///
/// Decisions: only working-time kinds (work, on-call at the workplace, callout, course) are
/// judged; a whole weekend of on-call at home or a week of vacation in one row is normal. The
/// row is judged alone, not the merged work period (touching shifts are `rest.daily`'s concern).
/// A row of exactly `longShiftHours` is fine.
public struct LongShift: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "data.long-shift",
        title: LocalizedText(da: "Usædvanligt lang vagt", en: "Unusually long shift"),
        severity: .warning,
        summary: LocalizedText(
            da: "En enkelt vagt på mere end 16 timer er næsten altid en tastefejl, f.eks. en forkert slutdato. Ret rækken, før du vurderer hviletiden.",
            en: "A single shift of more than 16 hours is almost always a typing error, such as a wrong end date. Correct the row before weighing the rest findings."),
        sources: [Citation(.dataQuality)],
        parameters: [.policy(.longShiftHours)],
        examples: [
            RuleExample(
                "A day shift typed with the next day's date: 32 h", da: "En dagvagt skrevet med næste dags dato: 32 t",
                roster: "employee,start,end\nE1,2026-03-02 07:00,2026-03-03 15:00\n",
                expect: ["E1 2026-03-02 07:00–2026-03-03 15:00 32/16"]),
            RuleExample(
                "Exactly 16 h is not flagged", da: "Præcis 16 t markeres ikke",
                roster: "employee,start,end\nE1,2026-03-02 07:00,2026-03-02 23:00\n"),
            RuleExample(
                "A weekend of on-call at home in one row is normal", da: "En weekends rådighed i hjemmet i én række er normalt",
                roster: "employee,start,end,kind\nE1,2026-03-06 15:00,2026-03-09 07:00,oncall-home\n"),
            RuleExample(
                "A policy may lower the limit", da: "En politik kan sænke grænsen",
                roster: "employee,start,end\nE1,2026-03-02 07:00,2026-03-02 21:00\n",
                policy: "{\"longShiftHours\": 13}",
                expect: ["E1 2026-03-02 07:00–2026-03-02 21:00 14/13"]),
        ])

    public func check(_ t: EmployeeTimeline, _ plan: PlanContext, into findings: inout FindingSink) {
        let limit = Hours.minutes(plan.policy.longShiftHours)
        for i in t.shifts {
            let s = plan.roster.shifts[i]
            let length = s.endMinute - s.startMinute
            guard length > limit, s.kind.isWorkingTime else { continue }
            findings.add(
                .warning, employee: t.employee, start: s.startMinute, end: s.endMinute,
                measured: Finding.hours(length), limit: Finding.hours(limit), unit: .h,
                message: MessageValues(Row(line: s.line, limit: limit.int32)))
        }
    }

    /// The row's line, and the limit (minutes).
    struct Row: FindingPayload { var line, limit: Int32 }

    public func writeMessage(of f: Finding, _ plan: PlanContext, _ l: Language, into w: inout ByteWriter) {
        let da = l == .da, p = f.message.payload(as: Row.self)
        w.append(da ? "Vagten " : "The shift "); w.short(f.start); w.append("–"); w.short(f.end)
        w.append(da ? " (linje " : " (line "); w.append(int: p.line)
        w.append(da ? ") varer " : ") lasts "); w.hours(f.end - f.start, da)
        w.append(da ? " t; en enkelt vagt på mere end " : " h; a single shift of more than "); w.hours(p.limit, da)
        w.append(da ? " t er sandsynligvis en tastefejl. Ret slutdatoen, eller del vagten op."
                    : " h is probably a typing error. Correct the end date or split the shift.")
    }
}
