/// Arbejdsplanen udleveres i god tid (KL's døgnarbejdstidsaftale 64.11; recommendation 14):
/// the plan is handed out at least 4 weeks (28 days) before it takes effect and covers at least
/// 4 weeks.
///
/// Needs `--published`; without it the rule reports an info "not checked". An error in the `kl`
/// profile, a warning otherwise (the regional agreement and the law set no such term).
public struct PlanNotice: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "plan.notice",
        title: LocalizedText(da: "Planen udleveres i god tid", en: "Plan handed out in time"),
        severity: .error,
        summary: LocalizedText(
            da: "Arbejdsplanen skal udleveres mindst 4 uger før den træder i kraft og dække mindst 4 uger. Kræver --published.",
            en: "The plan must be handed out at least 4 weeks before it takes effect and cover at least 4 weeks. Needs --published."),
        sources: [Citation(.klDognarbejdstidsaftale, "udlevering af arbejdsplanen"), .denGodeArbejdsplads("Arbejdsplanlægning og tilrettelæggelse af arbejdstid"), .denGodeArbejdsplads("Arbejdsmiljø og sundhed", "anbefaling 14")],
        parameters: [
            .policy(.noticeDays),
            .policy(.minPlanDays),
        ],
        examples: [
            RuleExample(
                "Handed out 10 days before", da: "Udleveret 10 dage før",
                roster: RuleExamples.rows(from: "2026-03-02", days: 28, "07:00", "12:00"), published: "2026-02-20",
                expect: ["- 2026-03-02 00:00–2026-03-30 00:00 10/28"]),
            RuleExample(
                "Handed out 29 days before, covering 4 weeks", da: "Udleveret 29 dage før og dækker 4 uger",
                roster: RuleExamples.rows(from: "2026-03-02", days: 28, "07:00", "12:00"), published: "2026-02-01"),
            RuleExample(
                "A plan of two weeks", da: "En plan på to uger",
                roster: RuleExamples.rows(from: "2026-03-02", days: 14, "07:00", "12:00"), published: "2026-01-01",
                expect: ["- 2026-03-02 00:00–2026-03-16 00:00 14/28"]),
            RuleExample(
                "Without --published: not checked (info)", da: "Uden --published: ikke kontrolleret (info)",
                roster: RuleExamples.rows(from: "2026-03-02", days: 28, "07:00", "12:00"),
                expect: ["- 2026-03-02 00:00–2026-03-30 00:00 -/28"]),
        ])

    public func checkPlan(_ plan: PlanContext, into findings: inout FindingSink) {
        let severity: Severity = plan.policy.profile == .kl ? .error : .warning
        let notice = plan.policy.noticeDays, minDays = plan.policy.minPlanDays
        func add(_ severity: Severity, _ measured: Double?, _ limit: Int, _ message: MessageValues) {
            findings.add(severity, employee: -1, start: plan.periodStart, end: plan.periodEnd,
                    measured: measured, limit: Double(limit), unit: .days, message: message)
        }
        guard let published = plan.published else {
            add(.info, nil, notice, MessageValues(variant: Message.notChecked.rawValue))
            return
        }
        let given = plan.firstDay - published
        if given < notice {
            add(severity, Double(given), notice, MessageValues(variant: Message.noticeTooShort.rawValue, Days(date: published.int32, first: plan.firstDay.int32, days: given.int32, required: notice.int32)))
        }
        let days = plan.lastDay - plan.firstDay + 1
        if days < minDays {
            add(severity, Double(days), minDays, MessageValues(variant: Message.planTooShort.rawValue, Days(date: plan.lastDay.int32, first: plan.firstDay.int32, days: days.int32, required: minDays.int32)))
        }
    }
}

extension PlanNotice {
    enum Message: UInt8 {
        /// Nothing measured.
        case notChecked
        /// The notice given was too short (`Days`: `date` is the day it was handed out).
        case noticeTooShort
        /// The plan covers too few days (`Days`: `date` is its last day).
        case planTooShort
    }

    /// What was measured, in days.
    struct Days: FindingPayload {
        /// The day the plan was handed out (`noticeTooShort`) or its last day (`planTooShort`).
        var date: Int32
        /// The plan's first day.
        var first: Int32
        /// The days of notice or the days covered, and the days required.
        var days, required: Int32
    }

    public func writeMessage(of f: Finding, _ plan: PlanContext, _ l: Language, into w: inout ByteWriter) {
        let da = l == .da
        let m = f.message
        switch Message(rawValue: m.variant) ?? .notChecked {
        case .notChecked:
            w.append(da
                ? "Varslingen er ikke kontrolleret: angiv --published DATO (den dag planen blev udleveret)."
                : "Notice not checked: give --published DATE (the day the plan was handed out).")
        case .noticeTooShort:
            let p = m.payload(as: Days.self), published = p.date, first = Int(p.first), days = p.days, required = Int(p.required)
            w.append(da ? "Planen blev udleveret " : "The plan was handed out "); w.date(published); w.append(", ")
            w.append(int: days); w.append(da ? " dage før den træder i kraft " : " days before it takes effect "); w.date(first)
            w.append(da ? "; den skal udleveres mindst " : "; it must be handed out at least "); w.append(int: required)
            w.append(da ? " dage før (senest " : " days before (by "); w.date(first - required)
            w.append(da ? "). Udskyd planens start eller varsl igen." : "). Move the start or give notice again.")
        case .planTooShort:
            let p = m.payload(as: Days.self), first = p.first, last = p.date, days = p.days, required = p.required
            w.append(da ? "Planen dækker " : "The plan covers "); w.append(int: days); w.append(da ? " dage (" : " days (")
            w.date(first); w.append("–"); w.date(last)
            w.append(da ? "); den skal dække mindst " : "); it must cover at least "); w.append(int: required)
            w.append(da ? " dage. Læg de næste uger ind i planen." : " days. Add the next weeks to the plan.")
        }
    }
}
