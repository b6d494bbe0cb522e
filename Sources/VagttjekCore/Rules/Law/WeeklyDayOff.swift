/// Ugentligt fridøgn (arbejdsmiljøloven § 51, BEK 324 § 4): within each 7 days a day off of
/// 24 h adjoining a daily rest, in practice ≥ 35 h free in a row, and at most 6 døgn between
/// two days off.
///
/// Busy is everything but absences; on-call of both kinds is busy here (law). The days off are
/// the maximal free stretches ≥ `weeklyRestHours`. At the period edges the history is unknown,
/// so a free stretch touching the start or end counts as a possible day off whatever its length,
/// and a gap is reported only when the breach is certain (DESIGN.md «The weekly day off»). Under a
/// `dayoff-postponement` agreement covering the gap the limit is the agreement's
/// `maxDaysBetweenDaysOff` (≤ 12); the longer day off it then owes is `dayoff.compensation`.
public struct WeeklyDayOff: Rule {
    public init() {}

    public var needs: Analyses { .daysOff }

    public let description = RuleDescription(
        id: "dayoff.weekly",
        title: LocalizedText(da: "Ugentligt fridøgn", en: "Weekly day off"),
        severity: .error,
        summary: LocalizedText(
            da: "Der må højst gå 6 døgn (144 timer) fra et fridøgn slutter, til det næste begynder. Et fridøgn er mindst 35 timers sammenhængende fri (24 timer + den daglige hvile). Rådighedsvagt, også i hjemmet, er ikke fri.",
            en: "At most 6 days (144 hours) may pass from the end of one day off to the start of the next. A day off is at least 35 consecutive free hours (24 hours + the daily rest). On-call, even at home, is not free time."),
        sources: [Citation(.arbejdsmiljoloven, "§ 51"), Citation(.hvileBekendtgorelsen, "§ 4"), .denGodeArbejdsplads("Lokalaftaler om arbejdstid")],
        parameters: [
            .policy(.weeklyRestHours),
            .policy(.maxDaysBetweenDaysOff),
            .agreement(.maxDaysBetweenDaysOff),
        ],
        examples: [
            RuleExample(
                "Exactly 144 h between days off is allowed", da: "Præcis 144 t mellem fridøgn er tilladt",
                roster: RuleExamples.rows(from: "2026-03-02", days: 6, "07:00", "15:00") + "E1,2026-03-07 23:00,2026-03-08 07:00,work\nE1,2026-03-09 19:00,2026-03-09 22:00,work\n"),
            RuleExample(
                "144 h + 1 min is a breach", da: "144 t + 1 min er et brud",
                roster: RuleExamples.rows(from: "2026-03-02", days: 6, "07:00", "15:00") + "E1,2026-03-07 23:00,2026-03-08 07:01,work\nE1,2026-03-09 19:00,2026-03-09 22:00,work\n",
                expect: ["E1 2026-03-02 07:00–2026-03-08 07:01 144.02/144"]),
            RuleExample(
                "On-call at home over the weekend breaks the day off", da: "Rådighed i hjemmet i weekenden bryder fridøgnet",
                roster: RuleExamples.rows(from: "2026-03-02", days: 5, "07:00", "15:00") + "E1,2026-03-06 15:00,2026-03-08 12:00,oncall-home\n" + RuleExamples.rows(from: "2026-03-09", days: 4, "07:00", "15:00", header: false),
                expect: ["E1 2026-03-02 07:00–2026-03-12 15:00 248/144"]),
            RuleExample(
                "The same weekend free is a day off", da: "Samme weekend fri er et fridøgn",
                roster: RuleExamples.rows(from: "2026-03-02", days: 5, "07:00", "15:00") + RuleExamples.rows(from: "2026-03-09", days: 4, "07:00", "15:00", header: false)),
            RuleExample(
                "Vacation is free time for the day off", da: "Ferie er fritid for fridøgnet",
                roster: RuleExamples.rows(from: "2026-03-02", days: 5, "07:00", "15:00") + "E1,2026-03-07 00:00,2026-03-08 00:00,ferie\n" + RuleExamples.rows(from: "2026-03-08", days: 5, "07:00", "15:00", header: false)),
            RuleExample(
                "Busy at the period start: the gap from the period start is judged", da: "Optaget ved periodens start: tiden fra periodens start vurderes",
                roster: "employee,start,end\nE1,2026-03-02 00:00,2026-03-08 12:00\n",
                expect: ["E1 2026-03-02 00:00–2026-03-08 12:00 156/144"]),
            RuleExample(
                "Postponed to 12 days under an agreement: 9 days is allowed", da: "Udskudt til 12 døgn efter en aftale: 9 døgn er tilladt",
                roster: RuleExamples.rows(from: "2026-03-02", days: 9, "07:00", "15:00"),
                agreements: [RuleExamples.postponement12]),
            RuleExample(
                "Postponed beyond 12 days: the agreement's limit is the limit", da: "Udskudt ud over 12 døgn: aftalens grænse er grænsen",
                roster: RuleExamples.rows(from: "2026-03-02", days: 14, "07:00", "15:00"),
                agreements: [RuleExamples.postponement12],
                expect: ["E1 2026-03-02 07:00–2026-03-15 15:00 320/288"]),
        ])

    public func check(_ t: EmployeeTimeline, _ plan: PlanContext, into findings: inout FindingSink) {
        let standard = plan.policy.maxDaysBetweenDaysOff * minutesPerDay
        let weeklyRest = Hours.minutes(plan.policy.weeklyRestHours)
        for gap in t.daysOff.gaps where gap.length > standard {
            let a = t.postponementAgreement(for: gap, plan)
            let limit = a >= 0 ? plan.agreements[a].maxDaysBetweenDaysOff * minutesPerDay : standard
            guard gap.length > limit else { continue }
            findings.add(.error, employee: t.employee, start: gap.start, end: gap.end,
                    measured: Finding.hours(gap.length), limit: Finding.hours(limit), unit: .h,
                    message: MessageValues(LongStretch(limit: limit.int32, dayOff: weeklyRest.int32, agreement: a.int32)))
        }
    }

    /// What a too-long stretch between days off measured.
    struct LongStretch: FindingPayload {
        /// The most allowed between days off, and the length of a day off (minutes).
        var limit, dayOff: Int32
        /// The postponement agreement that applies, or -1.
        var agreement: Int32
    }

    public func writeMessage(of f: Finding, _ plan: PlanContext, _ l: Language, into w: inout ByteWriter) {
        let p = f.message.payload(as: LongStretch.self)
        let limit = Int(p.limit), weeklyRest = p.dayOff, a = Int(p.agreement)
        let da = l == .da
        w.hours(f.end - f.start, da)
        if da {
            w.append(" t mellem fridøgn ("); w.short(f.start); w.append(" til "); w.short(f.end); w.append("); højst ")
            w.append(int: limit / minutesPerDay); w.append(" døgn")
            if a >= 0 { w.append(" (udskudt efter aftalen "); w.append(string: plan.agreements[a].id); w.append(")") }
            w.append(". Læg et fridøgn på mindst "); w.hours(weeklyRest, da); w.append(" t sammenhængende fri i perioden.")
        } else {
            w.append(" h between days off ("); w.short(f.start); w.append(" to "); w.short(f.end); w.append("); at most ")
            w.append(int: limit / minutesPerDay); w.append(" days")
            if a >= 0 { w.append(" (postponed under agreement "); w.append(string: plan.agreements[a].id); w.append(")") }
            w.append(". Place a day off of at least "); w.hours(weeklyRest, da); w.append(" h free in a row in this stretch.")
        }
    }
}
