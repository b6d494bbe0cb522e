/// Dobbeltbooking: two working-time rows of the same employee that overlap (DESIGN.md «Rows and kinds»; DESIGN.md «Working time is counted once»):
/// work, a course, on-call at the workplace, a callout. A data warning: the rest rules merge the
/// two into one work period and the hours count the overlap once, but the roster is probably
/// wrong. A callout inside on-call at the workplace is what a callout is and is not reported;
/// on-call at home and absences are not working time and never overlap "twice".
public struct DoubleBooking: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "data.double-booking",
        title: LocalizedText(da: "Overlappende vagter", en: "Overlapping shifts"),
        severity: .warning,
        summary: LocalizedText(
            da: "To vagter med arbejdstid (arbejde, kursus, sovevagt, tilkald) for samme medarbejder overlapper i tid. Det er næsten altid en fejl i planen; et tilkald inde i en sovevagt er ikke.",
            en: "Two working-time rows (work, course, on-call at the workplace, callout) of the same employee overlap in time. That is almost always a mistake in the plan; a callout inside on-call is not."),
        sources: [Citation(.dataQuality)],
        parameters: [],
        examples: [
            RuleExample(
                "07–15 and 14–22 overlap by an hour", da: "07–15 og 14–22 overlapper med en time",
                roster: "employee,start,end\nE1,2026-03-02 07:00,2026-03-02 15:00\nE1,2026-03-02 14:00,2026-03-02 22:00\n",
                expect: ["E1 2026-03-02 14:00–2026-03-02 15:00 1/0"]),
            RuleExample(
                "Touching shifts do not overlap", da: "Vagter, der støder op til hinanden, overlapper ikke",
                roster: "employee,start,end\nE1,2026-03-02 07:00,2026-03-02 15:00\nE1,2026-03-02 15:00,2026-03-02 22:00\n"),
            RuleExample(
                "A callout inside on-call is not a double booking", da: "Et tilkald inden for en rådighedsvagt er ikke en dobbeltbooking",
                roster: "employee,start,end,kind\nE1,2026-03-02 16:00,2026-03-03 08:00,oncall-home\nE1,2026-03-02 21:00,2026-03-02 23:00,callout\n"),
            RuleExample(
                "A callout inside a sleeping night watch is not either", da: "Et tilkald inden for en sovevagt er det heller ikke",
                roster: "employee,start,end,kind\nE1,2026-03-02 23:00,2026-03-03 07:00,sovevagt\nE1,2026-03-03 02:00,2026-03-03 03:00,callout\n"),
            RuleExample(
                "A course during a work shift is", da: "Et kursus under en arbejdsvagt er",
                roster: "employee,start,end,kind\nE1,2026-03-02 07:00,2026-03-02 15:00,work\nE1,2026-03-02 09:00,2026-03-02 11:00,kursus\n",
                expect: ["E1 2026-03-02 09:00–2026-03-02 11:00 2/0"]),
            RuleExample(
                "An exact duplicate row is", da: "En række, der står to gange, er",
                roster: "employee,start,end\nE1,2026-03-02 07:00,2026-03-02 15:00\nE1,2026-03-02 07:00,2026-03-02 15:00\n",
                expect: ["E1 2026-03-02 07:00–2026-03-02 15:00 8/0"]),
        ])

    public func check(_ t: EmployeeTimeline, _ plan: PlanContext, into findings: inout FindingSink) {
        // The working-time row reaching furthest so far (rows come in start order).
        var latestEnd = Int.min, latestStart = Int.min, latestLine = 0, latestKind = ShiftKind.work
        for i in t.shifts {
            let s = plan.roster.shifts[i]
            guard s.kind.isWorkingTime else { continue }
            if s.startMinute < latestEnd && !Self.calloutInsideOnCall(s, latestStart, latestEnd, latestKind) {
                let end = min(latestEnd, s.endMinute)
                findings.add(.warning, employee: t.employee, start: s.startMinute, end: end,
                        measured: Finding.hours(end - s.startMinute), limit: 0, unit: .h,
                        message: MessageValues(Lines(earlier: latestLine.int32, later: s.line)))
            }
            if s.endMinute > latestEnd {
                (latestEnd, latestStart, latestLine, latestKind) = (s.endMinute, s.startMinute, Int(s.line), s.kind)
            }
        }
    }

    /// A callout that lies inside on-call at the workplace (either row may come first).
    static func calloutInsideOnCall(_ s: Shift, _ start: Int, _ end: Int, _ kind: ShiftKind) -> Bool {
        if s.kind == .callout && kind == .oncallWorkplace { return s.endMinute <= end }
        if s.kind == .oncallWorkplace && kind == .callout { return s.startMinute <= start && end <= s.endMinute }
        return false
    }

    /// The two overlapping rows' lines.
    struct Lines: FindingPayload { var earlier, later: Int32 }

    public func writeMessage(of f: Finding, _ plan: PlanContext, _ l: Language, into w: inout ByteWriter) {
        let da = l == .da, p = f.message.payload(as: Lines.self)
        w.append(da ? "To vagter med arbejdstid overlapper " : "Two working-time rows overlap "); w.short(f.start); w.append("–")
        w.clock(f.end); w.append(da ? " (linje " : " (lines "); w.append(string: plan.roster.citation(ofLine: p.earlier))
        w.append(da ? " og " : " and "); w.append(string: plan.roster.citation(ofLine: p.later))
        w.append(da ? "). Slet eller ret den ene." : "). Delete or correct one of them.")
    }
}
