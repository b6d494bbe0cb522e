/// The longer day off owed after a postponed one (udskudt fridøgn; DESIGN.md «The weekly day off»).
///
/// When a `dayoff-postponement` agreement lets more than 6 days pass between days off, the next
/// day off must be at least `35 h + 24 h × extra`, where `extra = ceil((gap − 144 h) / 24 h)`.
/// Not judged when that day off touches the period end (its length is unknown).
public struct DayOffCompensation: Rule {
    public init() {}

    public var needs: Analyses { .daysOff }

    public let description = RuleDescription(
        id: "dayoff.compensation",
        title: LocalizedText(da: "Længere fridøgn efter udskudt fridøgn", en: "Longer day off after a postponed one"),
        severity: .error,
        summary: LocalizedText(
            da: "Er fridøgnet udskudt efter en lokalaftale, skal det næste fridøgn forlænges med et døgn for hvert påbegyndt døgn ud over 6.",
            en: "When the day off is postponed under a local agreement, the next day off is extended by one day for every started day beyond 6."),
        sources: [Citation(.hvileBekendtgorelsen, "§ 4"), Citation(.aftaleOmHviletidOgFridogn), .denGodeArbejdsplads("Lokalaftaler om arbejdstid"), .denGodeArbejdsplads("Lokalaftaler om arbejdstid (decentrale arbejdstidsaftaler)")],
        parameters: [
            .policy(.weeklyRestHours),
            .agreement(.maxDaysBetweenDaysOff),
        ],
        examples: [
            RuleExample(
                "8 days without a day off, then only 48 h off (83 h owed)", da: "8 døgn uden fridøgn, derefter kun 48 t fri (83 t skyldes)",
                roster: RuleExamples.rows(from: "2026-03-02", days: 8, "07:00", "15:00") + "E1,2026-03-11 15:00,2026-03-11 23:00,work\n",
                agreements: [RuleExamples.postponement12],
                expect: ["E1 2026-03-09 15:00–2026-03-11 15:00 48/83"]),
            RuleExample(
                "8 days without a day off, then 83 h off", da: "8 døgn uden fridøgn, derefter 83 t fri",
                roster: RuleExamples.rows(from: "2026-03-02", days: 8, "07:00", "15:00") + "E1,2026-03-13 02:00,2026-03-13 10:00,work\n",
                agreements: [RuleExamples.postponement12]),
            RuleExample(
                "A day off touching the period end is not judged", da: "Et fridøgn, der rører periodens slutning, vurderes ikke",
                roster: RuleExamples.rows(from: "2026-03-02", days: 8, "07:00", "15:00"),
                agreements: [RuleExamples.postponement12]),
        ])

    public func check(_ t: EmployeeTimeline, _ plan: PlanContext, into findings: inout FindingSink) {
        // Without a postponement agreement no day off is postponed: nothing to compensate.
        guard !plan.postponementAgreements.isEmpty else { return }
        let standard = plan.policy.maxDaysBetweenDaysOff * minutesPerDay
        let weeklyRest = Hours.minutes(plan.policy.weeklyRestHours)
        for gap in t.daysOff.gaps where gap.length > standard && gap.nextBlock >= 0 {
            let block = t.daysOff.blocks[gap.nextBlock]
            if block.atEndEdge { continue }
            let a = t.postponementAgreement(for: gap, plan)
            guard a >= 0, gap.length <= plan.agreements[a].maxDaysBetweenDaysOff * minutesPerDay else { continue }
            let extra = (gap.length - standard + minutesPerDay - 1) / minutesPerDay
            let required = weeklyRest + extra * minutesPerDay
            if block.length < required {
                findings.add(.error, employee: t.employee, start: block.start, end: block.end,
                        measured: Finding.hours(block.length), limit: Finding.hours(required), unit: .h,
                        message: MessageValues(ShortDayOff(required: required.int32, extraDays: extra.int32, agreement: a.int32)))
            }
        }
    }

    /// What a too-short day off after a postponement measured.
    struct ShortDayOff: FindingPayload {
        /// The length required (minutes) and the days it was postponed by.
        var required, extraDays: Int32
        /// The postponement agreement.
        var agreement: Int32
    }

    public func writeMessage(of f: Finding, _ plan: PlanContext, _ l: Language, into w: inout ByteWriter) {
        let p = f.message.payload(as: ShortDayOff.self)
        let required = p.required, extra = p.extraDays, agreement = plan.agreements[Int(p.agreement)].id
        if l == .da {
            w.append("Fridøgnet "); w.short(f.start); w.append("–"); w.short(f.end); w.append(" er ")
            w.hours(f.end - f.start, true); w.append(" t; efter et fridøgn udskudt "); w.append(int: extra)
            w.append(" døgn (aftalen "); w.append(string: agreement); w.append(") skal det være mindst ")
            w.hours(required, true); w.append(" t. Forlæng fridøgnet.")
        } else {
            w.append("The day off "); w.short(f.start); w.append("–"); w.short(f.end); w.append(" is ")
            w.hours(f.end - f.start, false); w.append(" h; after a day off postponed by "); w.append(int: extra)
            w.append(" days (agreement "); w.append(string: agreement); w.append(") it must be at least ")
            w.hours(required, false); w.append(" h. Extend the day off.")
        }
    }
}
