/// Fridøgn på søndage "så vidt muligt" (BEK 324 § 4): a warning when no day off in the period
/// covers a whole Sunday (00:00–24:00 local).
///
/// Days off are the same as for `dayoff.weekly` (free ≥ 35 h, or a free stretch at a period
/// edge). Judged only when the period holds at least two whole Sundays: in a rotation a single
/// week with its Sunday worked is normal, and "så vidt muligt" is about the plan as a whole.
public struct SundayDayOff: Rule {
    public init() {}

    public var needs: Analyses { .daysOff }

    public let description = RuleDescription(
        id: "dayoff.sunday",
        title: LocalizedText(da: "Fridøgn på en søndag", en: "A day off on a Sunday"),
        severity: .warning,
        summary: LocalizedText(
            da: "Det ugentlige fridøgn skal så vidt muligt ligge på en søndag. Advarsel, når intet fridøgn i perioden dækker en hel søndag.",
            en: "The weekly day off should as far as possible fall on a Sunday. Warns when no day off in the period covers a whole Sunday."),
        sources: [Citation(.hvileBekendtgorelsen, "§ 4, stk. 1 («så vidt muligt falde på søndage»)"), .denGodeArbejdsplads("Arbejdstidsplanlægning")],
        parameters: [
            .policy(.weeklyRestHours)
        ],
        examples: [
            RuleExample(
                "Every Sunday worked for two weeks", da: "Arbejde hver søndag i to uger",
                roster: RuleExamples.rows(from: "2026-03-04", days: 5, "07:00", "15:00") + RuleExamples.rows(from: "2026-03-11", days: 5, "07:00", "15:00", header: false),
                expect: ["E1 2026-03-04 00:00–2026-03-16 00:00 0/1"]),
            RuleExample(
                "One week with its Sunday worked is not judged", da: "Én uge med arbejde om søndagen vurderes ikke",
                roster: RuleExamples.rows(from: "2026-03-04", days: 5, "07:00", "15:00")),
            RuleExample(
                "One Sunday free", da: "Én søndag fri",
                roster: RuleExamples.rows(from: "2026-03-04", days: 4, "07:00", "15:00") + RuleExamples.rows(from: "2026-03-10", days: 6, "07:00", "15:00", header: false)),
        ])

    public func check(_ t: EmployeeTimeline, _ plan: PlanContext, into findings: inout FindingSink) {
        // The first Sunday of the period.
        var sunday = plan.firstDay + (7 - isoWeekday(plan.firstDay))
        guard sunday + 7 <= plan.lastDay else { return }
        var b = 0
        while sunday <= plan.lastDay {
            let from = Copenhagen.midnight(sunday), to = Copenhagen.midnight(sunday + 1)
            let blocks = t.daysOff.blocks
            while b < blocks.count && blocks[b].end < to { b += 1 }
            if b < blocks.count && blocks[b].start <= from { return }
            sunday += 7
        }
        findings.add(.warning, employee: t.employee, start: plan.periodStart, end: plan.periodEnd,
                measured: 0, limit: 1, unit: .sundays, message: MessageValues(Period(first: plan.firstDay.int32, last: plan.lastDay.int32)))
    }

    /// The period's first and last day.
    struct Period: FindingPayload { var first, last: Int32 }

    public func writeMessage(of f: Finding, _ plan: PlanContext, _ l: Language, into w: inout ByteWriter) {
        let da = l == .da, p = f.message.payload(as: Period.self)
        w.append(da ? "Intet fridøgn falder på en søndag i perioden " : "No day off falls on a Sunday in the period ")
        w.date(p.first); w.append("–"); w.date(p.last)
        w.append(da ? ". Læg så vidt muligt et fridøgn, der dækker en hel søndag." : ". As far as possible, place a day off that covers a whole Sunday.")
    }
}
