/// Lokal-MED's principle "Hvor mange aftenvagter pr. måned" (seed 004 line 2638; DESIGN.md «Lokal-MED's principles and fairness»),
/// active when the policy sets `maxEveningShiftsPerMonth`.
///
/// An evening shift is a working-time row of the evening category (DESIGN.md «The 14 recommendations»: under 3 night
/// hours and starting outside 04:00–11:59 local time), counted in the month of its start. One
/// warning per month with more: measured = the evening shifts, the interval the month (within
/// the period). The category is worked out here only when the principle is set, so an unset
/// principle costs nothing.
public struct EveningsPerMonth: Rule {
    public init() {}

    public func isActive(_ plan: PlanContext) -> Bool { plan.policy.maxEveningShiftsPerMonth > 0 }

    public let description = RuleDescription(
        id: "local.evenings-per-month",
        title: LocalizedText(da: "Lokal-MED's princip: aftenvagter pr. måned", en: "Lokal-MED's principle: evening shifts a month"),
        severity: .warning,
        summary: LocalizedText(
            da: "Når Lokal-MED har fastsat, hvor mange aftenvagter den enkelte højst skal have pr. måned (maxEveningShiftsPerMonth): advarsel for hver måned med flere.",
            en: "When Lokal-MED has set how many evening shifts a month one has at most (maxEveningShiftsPerMonth): a warning for every month with more."),
        sources: LocalPrinciples.sources,
        parameters: [.policy(.maxEveningShiftsPerMonth)],
        examples: [
            RuleExample(
                "Five evening shifts in March with a principle of four", da: "Fem aftenvagter i marts med et princip om fire",
                roster: RuleExamples.rows(from: "2026-03-02", days: 5, "15:00", "23:00"),
                policy: "{\"maxEveningShiftsPerMonth\": 4}",
                expect: ["E1 2026-03-02 00:00–2026-03-07 00:00 5/4"]),
            RuleExample(
                "Four evening shifts and a morning with a principle of four", da: "Fire aftenvagter og en morgenvagt med et princip om fire",
                roster: RuleExamples.rows(from: "2026-03-02", days: 4, "15:00", "23:00")
                    + RuleExamples.rows(from: "2026-03-07", days: 1, "07:00", "15:00", header: false),
                policy: "{\"maxEveningShiftsPerMonth\": 4}"),
        ])

    public func check(_ t: EmployeeTimeline, _ plan: PlanContext, into findings: inout FindingSink) {
        let most = plan.policy.maxEveningShiftsPerMonth
        guard most > 0 else { return }
        var month = -1, evenings = 0
        func close() {
            guard evenings > most else { return }
            let (start, end) = LocalPrinciples.monthSpan(month, plan)
            findings.add(.warning, employee: t.employee, start: start, end: end, measured: Double(evenings), limit: Double(most), unit: .count,
                    message: MessageValues(Evenings(evenings: evenings.int32, most: most.int32, month: month.int32)))
        }
        for i in t.shifts {
            let s = plan.roster.shifts[i]
            guard s.kind.isWorkingTime, s.startMinute >= plan.periodStart, s.startMinute < plan.periodEnd,
                NightAnalysis.category(s, nightMinutes: plan.nightMinutes(s)) == .evening else { continue }
            let key = LocalPrinciples.monthKey(Copenhagen.day(of: s.startMinute))
            if key != month { close(); month = key; evenings = 0 }
            evenings += 1
        }
        close()
    }

    /// The evening shifts in the month, the principle, and the month key.
    struct Evenings: FindingPayload { var evenings, most, month: Int32 }

    public func writeMessage(of f: Finding, _ plan: PlanContext, _ l: Language, into w: inout ByteWriter) {
        let da = l == .da, p = f.message.payload(as: Evenings.self)
        w.append(int: p.evenings); w.append(da ? " aftenvagter i " : " evening shifts in "); w.month(Int(p.month), da)
        w.append(da ? "; Lokal-MED's princip er højst " : "; Lokal-MED's principle is at most "); w.append(int: p.most)
        w.append(da ? " pr. måned." : " a month.")
    }
}
