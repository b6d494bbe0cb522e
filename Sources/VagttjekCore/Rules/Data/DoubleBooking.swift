/// Dobbeltbooking: two `work` shifts of the same employee that overlap (SPEC §2.2). A data
/// warning: the rest rules merge the two into one work period, but the roster is probably wrong.
/// Other kinds may overlap work on purpose (on-call with a callout inside it) and are not reported.
public struct DoubleBooking: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "data.double-booking",
        title: LocalizedText(da: "Overlappende vagter", en: "Overlapping shifts"),
        severity: .warning,
        summary: LocalizedText(
            da: "To arbejdsvagter for samme medarbejder overlapper i tid. Det er næsten altid en fejl i planen.",
            en: "Two work shifts of the same employee overlap in time. That is almost always a mistake in the plan."),
        sources: [Citation(.dataQuality)],
        parameters: [],
        examples: [
            RuleExample(
                "07–15 and 14–22 overlap by an hour",
                roster: "employee,start,end\nE1,2026-03-02 07:00,2026-03-02 15:00\nE1,2026-03-02 14:00,2026-03-02 22:00\n",
                expect: ["E1 2026-03-02 14:00–2026-03-02 15:00 1/0"]),
            RuleExample(
                "Touching shifts do not overlap",
                roster: "employee,start,end\nE1,2026-03-02 07:00,2026-03-02 15:00\nE1,2026-03-02 15:00,2026-03-02 22:00\n"),
            RuleExample(
                "A callout inside on-call is not a double booking",
                roster: "employee,start,end,kind\nE1,2026-03-02 16:00,2026-03-03 08:00,oncall-home\nE1,2026-03-02 21:00,2026-03-02 23:00,callout\n"),
        ])

    public func check(_ t: EmployeeTimeline, _ plan: PlanContext, into findings: inout FindingSink) {
        var latestEnd = Int.min, latestLine = 0
        for i in t.shifts {
            let s = plan.roster.shifts[i]
            guard s.kind == .work else { continue }
            if s.startMinute < latestEnd {
                let end = min(latestEnd, s.endMinute)
                findings.add(.warning, employee: t.employee, start: s.startMinute, end: end,
                        measured: Finding.hours(end - s.startMinute), limit: 0, unit: .h,
                        message: MessageValues(latestLine.int32, s.line))
            }
            if s.endMinute > latestEnd { latestEnd = s.endMinute; latestLine = Int(s.line) }
        }
    }

    /// Values: the two rows' line numbers.
    public func writeMessage(of f: Finding, _ plan: PlanContext, _ l: Language, into w: inout ByteWriter) {
        let da = l == .da
        w.append(da ? "To arbejdsvagter overlapper " : "Two work shifts overlap "); w.short(f.start); w.append("–")
        w.clock(f.end); w.append(da ? " (linje " : " (lines "); w.append(int: f.message[0]); w.append(da ? " og " : " and ")
        w.append(int: f.message[1]); w.append(da ? "). Slet eller ret den ene." : "). Delete or correct one of them.")
    }
}
