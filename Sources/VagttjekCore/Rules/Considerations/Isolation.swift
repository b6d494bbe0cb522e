/// Alene-arbejde og social isolation: "Hvis en medarbejder har meget alene-arbejde eller kun lidt
/// eller intet arbejde i dagtimerne, skal arbejdsplanlægningen tage højde for, at den enkelte
/// medarbejder ikke bliver socialt isoleret" (Den gode Arbejdsplads, afsnit «Særlige hensyn»,
/// Alene-arbejde; seed 004 lines 2735–2742).
///
/// A warning when, over a period of at least a week, an employee with working time has none
/// between 07:00 and 17:00 local time, or has more than half of the working-time rows tagged
/// `alone` (`alene`). Decisions: "dagtimerne" is 07:00–17:00 (DESIGN.md «Pregnant, senior and reduced-capacity staff»); a week is the least
/// that says anything about a pattern (as for the averages); one finding per employee.
public struct Isolation: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "isolation.no-daytime",
        title: LocalizedText(da: "Risiko for social isolation", en: "Risk of social isolation"),
        severity: .warning,
        summary: LocalizedText(
            da: "En medarbejder uden arbejde i dagtimerne (07–17) eller med mest alene-arbejde må ikke blive socialt isoleret: sørg for information, sparring og kompetenceudvikling.",
            en: "An employee with no work in the daytime (07–17) or mostly working alone must not become socially isolated: plan for information, sparring and development."),
        sources: [.denGodeArbejdsplads("Særlige hensyn", "Alene-arbejde")],
        parameters: [],
        examples: [
            RuleExample(
                "Two weeks of nights only", da: "To uger med kun nattevagter",
                roster: RuleExamples.rows(from: "2026-03-02", days: 14, "23:00", "06:00"),
                expect: ["E1 2026-03-02 00:00–2026-03-17 00:00 0/-"]),
            RuleExample(
                "Nights and one day shift", da: "Nattevagter og én dagvagt",
                roster: RuleExamples.rows(from: "2026-03-02", days: 14, "23:00", "06:00") + "E1,2026-03-16 08:00,2026-03-16 12:00,work\n"),
            RuleExample(
                "Two weeks of day shifts, mostly alone", da: "To uger med dagvagter, mest alene",
                roster: "employee,start,end,tags\n" + (2...13).map { "E1,2026-03-\(pad($0, 2)) 07:00,2026-03-\(pad($0, 2)) 15:00,\($0 % 3 == 0 ? "" : "alene")" }.joined(separator: "\n") + "\n",
                expect: ["E1 2026-03-02 00:00–2026-03-14 00:00 0.67/0.5"]),
        ])

    public func check(_ t: EmployeeTimeline, _ plan: PlanContext, into findings: inout FindingSink) {
        guard plan.lastDay - plan.firstDay + 1 >= 7 else { return }
        var working = 0, alone = 0, daytime = false
        let tagged = plan.roster.hasTagsColumn
        for i in t.shifts {
            let s = plan.roster.shifts[i]
            guard s.kind.isWorkingTime, s.endMinute > plan.periodStart, s.startMinute < plan.periodEnd else { continue }
            working += 1
            if s.tags.contains(.alone) { alone += 1 }
            if !daytime && Self.touchesDaytime(s) {
                daytime = true
                // Shaped for speed: without tags nothing more can be found.
                if !tagged { break }
            }
        }
        guard working > 0 else { return }
        if !daytime {
            findings.add(.warning, employee: t.employee, start: plan.periodStart, end: plan.periodEnd, measured: 0, limit: nil,
                    unit: .h, message: MessageValues(variant: 0, Rows(alone: 0, working: working.int32)))
        } else if alone * 2 > working {
            findings.add(.warning, employee: t.employee, start: plan.periodStart, end: plan.periodEnd,
                    measured: Double(alone) / Double(working), limit: 0.5, unit: .count, message: MessageValues(variant: 1, Rows(alone: alone.int32, working: working.int32)))
        }
    }

    /// Whether a shift has any time between 07:00 and 17:00 local on some day.
    static func touchesDaytime(_ s: Shift) -> Bool {
        let start = Copenhagen.local(s.startMinute), end = Copenhagen.local(s.endMinute)
        var day = floorDiv(start, minutesPerDay)
        while day * minutesPerDay < end {
            let from = day * minutesPerDay + 7 * 60, to = day * minutesPerDay + 17 * 60
            if min(to, end) > max(from, start) { return true }
            day += 1
        }
        return false
    }

    /// The rows worked alone and the working-time rows (variant 0: none in the daytime;
    /// variant 1: most of them alone).
    struct Rows: FindingPayload { var alone, working: Int32 }

    public func writeMessage(of f: Finding, _ plan: PlanContext, _ l: Language, into w: inout ByteWriter) {
        let da = l == .da, p = f.message.payload(as: Rows.self)
        if f.message.variant == 0 {
            w.append(da ? "Ingen af de " : "None of the "); w.append(int: p.working)
            w.append(da ? " vagter ligger i dagtimerne (07–17). " : " shifts falls in the daytime (07–17). ")
        } else {
            w.append(int: p.alone); w.append(da ? " af " : " of "); w.append(int: p.working)
            w.append(da ? " vagter er alene-arbejde. " : " shifts are worked alone. ")
        }
        w.append(da
            ? "Sørg for, at medarbejderen ikke bliver socialt isoleret: information, sparring og kompetenceudvikling."
            : "Make sure the employee does not become socially isolated: information, sparring and development.")
    }
}
