/// Lokal-MED's principle "Hvor mange weekender den enkelte medarbejder skal arbejde pr. måned"
/// (seed 004 lines 2636–2637, and 2492–2493 "principper for, hvor mange weekendvagter den
/// enkelte medarbejder kan pålægges"; DESIGN.md «Lokal-MED's principles and fairness»), active when the policy sets
/// `maxWorkedWeekendsPerMonth`.
///
/// A weekend is Saturday 00:00 to Monday 00:00, counted when it lies wholly in the plan period
/// and in the month of its Saturday; it is worked when anything busy for the day off (work,
/// courses, on-call of either kind; not absences) touches it. One warning per month with more
/// worked weekends than the principle: measured = the worked weekends, the interval the month
/// (within the period), the message the Saturdays.
public struct WeekendsPerMonth: Rule {
    public init() {}

    public func isActive(_ plan: PlanContext) -> Bool { plan.policy.maxWorkedWeekendsPerMonth > 0 }

    public let description = RuleDescription(
        id: "local.weekends-per-month",
        title: LocalizedText(da: "Lokal-MED's princip: arbejdsweekender pr. måned", en: "Lokal-MED's principle: worked weekends a month"),
        severity: .warning,
        summary: LocalizedText(
            da: "Når Lokal-MED har fastsat, hvor mange weekender den enkelte højst skal arbejde pr. måned (maxWorkedWeekendsPerMonth): advarsel for hver måned med flere.",
            en: "When Lokal-MED has set how many weekends a month one works at most (maxWorkedWeekendsPerMonth): a warning for every month with more."),
        sources: LocalPrinciples.sources + LocalPrinciples.daysOffSources,
        parameters: [.policy(.maxWorkedWeekendsPerMonth)],
        examples: [
            RuleExample(
                "Three worked weekends in March with a principle of two", da: "Tre arbejdsweekender i marts med et princip om to",
                roster: "employee,start,end\nE1,2026-03-02 07:00,2026-03-02 15:00\nE1,2026-03-07 07:00,2026-03-07 15:00\nE1,2026-03-15 07:00,2026-03-15 15:00\nE1,2026-03-21 07:00,2026-03-21 15:00\nE1,2026-03-30 07:00,2026-03-30 15:00\n",
                policy: "{\"maxWorkedWeekendsPerMonth\": 2}",
                expect: ["E1 2026-03-02 00:00–2026-03-31 00:00 3/2"]),
            RuleExample(
                "The same plan without the principle", da: "Samme plan uden princippet",
                roster: "employee,start,end\nE1,2026-03-02 07:00,2026-03-02 15:00\nE1,2026-03-07 07:00,2026-03-07 15:00\nE1,2026-03-15 07:00,2026-03-15 15:00\nE1,2026-03-21 07:00,2026-03-21 15:00\nE1,2026-03-30 07:00,2026-03-30 15:00\n"),
            RuleExample(
                "Two worked weekends in March with a principle of two", da: "To arbejdsweekender i marts med et princip om to",
                roster: "employee,start,end\nE1,2026-03-02 07:00,2026-03-02 15:00\nE1,2026-03-07 07:00,2026-03-07 15:00\nE1,2026-03-21 07:00,2026-03-21 15:00\nE1,2026-03-30 07:00,2026-03-30 15:00\n",
                policy: "{\"maxWorkedWeekendsPerMonth\": 2}"),
        ])

    public func check(_ t: EmployeeTimeline, _ plan: PlanContext, into findings: inout FindingSink) {
        let most = plan.policy.maxWorkedWeekendsPerMonth
        guard most > 0 else { return }
        let busy = t.periods.week, midnights = plan.midnights, base = plan.dayBase
        var saturday = plan.firstDay + (6 - isoWeekday(plan.firstDay) + 7) % 7
        var month = -1, worked = 0
        var saturdays: [Int32] = []
        var p = 0
        func close() {
            guard worked > most else { return }
            let (start, end) = LocalPrinciples.monthSpan(month, plan)
            let listed = saturdays + [Int32](repeating: -1, count: max(0, 3 - saturdays.count))
            findings.add(.warning, employee: t.employee, start: start, end: end, measured: Double(worked), limit: Double(most), unit: .count,
                    message: MessageValues(Weekends(worked: worked.int32, most: most.int32, month: month.int32, first: listed[0], second: listed[1], third: listed[2])))
        }
        while saturday + 2 - base < midnights.count {
            let from = midnights[saturday - base], to = midnights[saturday + 2 - base]
            guard to <= plan.periodEnd else { break }
            if from >= plan.periodStart {
                let key = LocalPrinciples.monthKey(saturday)
                if key != month { close(); month = key; worked = 0; saturdays.removeAll() }
                while p < busy.count && busy[p].end <= from { p += 1 }
                if p < busy.count && busy[p].start < to {
                    worked += 1
                    if saturdays.count < 3 { saturdays.append(Int32(saturday)) }
                }
            }
            saturday += 7
        }
        close()
    }

    /// Worked weekends in the month, the principle, the month key, and the first three
    /// Saturdays worked (day numbers; -1 for none).
    struct Weekends: FindingPayload {
        var worked, most, month: Int32
        var first, second, third: Int32
    }

    public func writeMessage(of f: Finding, _ plan: PlanContext, _ l: Language, into w: inout ByteWriter) {
        let da = l == .da, p = f.message.payload(as: Weekends.self)
        w.append(int: p.worked); w.append(da ? " arbejdsweekender i " : " worked weekends in "); w.month(Int(p.month), da)
        w.append(da ? " (lørdag " : " (Saturday ")
        var first = true
        for saturday in [p.first, p.second, p.third] where saturday >= 0 {
            if !first { w.append(", ") }
            w.appendDayMonth(Int(saturday)); first = false
        }
        if p.worked > 3 { w.append(da ? " m.fl." : " etc.") }
        w.append(da ? "); Lokal-MED's princip er højst " : "); Lokal-MED's principle is at most "); w.append(int: p.most)
        w.append(da ? " pr. måned." : " a month.")
    }
}
