/// Ansatte med nedsat arbejdsevne: "Medarbejdere, som i en periode eller permanent har en nedsat
/// arbejdsevne, kan have brug for at arbejde kortere end normalt. Medarbejderne kan også have
/// brug for at have en arbejdsplan med stor forudsigelighed og regelmæssighed" (Den gode
/// Arbejdsplads, afsnit «Særlige hensyn»; seed 004 lines 2731–2737; DESIGN.md «Pregnant, senior and reduced-capacity staff»).
///
/// For employees marked `reduced_capacity` (`nedsat_arbejdsevne`) in the employees file, two
/// warnings: every work period (merged working time, as for the daily rest) in the plan period
/// longer than `reducedCapacityHours` (8), and, once for the period, a regularity
/// (`Regularity`: the share of days like the day one cycle of 1–6 weeks earlier, best cycle)
/// below `reducedCapacityRegularity` (0.7).
///
/// Decisions: the seed says "kan have brug for", so these are warnings to weigh with the
/// employee, not errors; the 8 hours and 0.7 are the defaults of policy settings, since the
/// right length is agreed with the employee (a flexjob may say 4 hours). A period under two weeks
/// has no regularity (nothing repeats yet) and only the lengths are judged.
public struct ReducedCapacity: Rule {
    public init() {}

    public var needs: Analyses { [] }

    public let description = RuleDescription(
        id: "capacity.reduced",
        title: LocalizedText(da: "Nedsat arbejdsevne: korte vagter og en regelmæssig plan", en: "Reduced capacity: short shifts and a regular plan"),
        severity: .warning,
        summary: LocalizedText(
            da: "En medarbejder med nedsat arbejdsevne kan have brug for at arbejde kortere end normalt og for en arbejdsplan med stor forudsigelighed og regelmæssighed. Advarsel ved arbejdsperioder over 8 timer og ved en plan, der gentager sig på under 70 % af dagene.",
            en: "An employee with reduced capacity may need to work shorter than normal and a plan with great predictability and regularity. A warning for work periods over 8 hours and for a plan that repeats itself on fewer than 70 % of the days."),
        sources: [.denGodeArbejdsplads("Særlige hensyn", "Ansatte med nedsat arbejdsevne")],
        parameters: [.policy(.reducedCapacityHours), .policy(.reducedCapacityRegularity)],
        examples: [
            RuleExample(
                "Two 10-hour days (too short a period for regularity)", da: "To dage på 10 timer (for kort en periode til regelmæssighed)",
                roster: RuleExamples.rows(from: "2026-03-02", days: 2, "07:00", "17:00"),
                employees: "employee,reduced_capacity\nE1,true\n",
                expect: ["E1 2026-03-02 07:00–2026-03-02 17:00 10/8", "E1 2026-03-03 07:00–2026-03-03 17:00 10/8"]),
            RuleExample(
                "Four weeks of 7-hour mornings and evenings in no repeating order: 48 % regular", da: "Fire uger med morgen- og aftenvagter på 7 timer uden fast rækkefølge: 48 % regelmæssig",
                roster: Self.pattern("MMEOEMMOEEMOMMEEOMEMMOEMOEEM"),
                employees: "employee,nedsat_arbejdsevne\nE1,ja\n",
                expect: ["E1 2026-03-02 00:00–2026-03-30 00:00 47.62/70"]),
            RuleExample(
                "The same plan for an employee without reduced capacity", da: "Samme plan for en medarbejder uden nedsat arbejdsevne",
                roster: Self.pattern("MMEOEMMOEEMOMMEEOMEMMOEMOEEM"),
                employees: "employee,reduced_capacity\nE1,false\n"),
            RuleExample(
                "Mornings Monday to Friday for four weeks: fully regular", da: "Morgenvagter mandag til fredag i fire uger: helt regelmæssig",
                roster: Self.pattern("MMMMMOOMMMMMOOMMMMMOOMMMMMOO"),
                employees: "employee,reduced_capacity\nE1,true\n"),
            RuleExample(
                "An agreed limit of 6 hours", da: "En aftalt grænse på 6 timer",
                roster: Self.pattern("MOOOOOOMOOOOOO"),
                policy: "{\"reducedCapacityHours\": 6}",
                employees: "employee,reduced_capacity\nE1,true\n",
                expect: ["E1 2026-03-02 07:00–2026-03-02 14:00 7/6", "E1 2026-03-09 07:00–2026-03-09 14:00 7/6"]),
        ])

    /// E1's roster from 2026-03-02, one letter a day: M 07:00–14:00, E 15:00–22:00, O off.
    static func pattern(_ days: String) -> String {
        var csv = "employee,start,end\n"
        let first = CivilDate(year: 2026, month: 3, day: 2).dayNumber
        for (k, c) in days.enumerated() where c != "O" {
            let date = CivilDate(dayNumber: first + k)
            csv += c == "M" ? "E1,\(date) 07:00,\(date) 14:00\n" : "E1,\(date) 15:00,\(date) 22:00\n"
        }
        return csv
    }

    public func check(_ t: EmployeeTimeline, _ plan: PlanContext, into findings: inout FindingSink) {
        guard plan.employeeFacts[Int(t.employee)]?.reducedCapacity == true else { return }
        let limit = Hours.minutes(plan.policy.reducedCapacityHours)
        for p in t.periods.rest where p.end > plan.periodStart && p.start < plan.periodEnd && p.length > limit {
            findings.add(.warning, employee: t.employee, start: p.start, end: p.end, measured: Finding.hours(p.length),
                    limit: Finding.hours(limit), unit: .h, message: MessageValues(variant: 0, LongPeriod(limit: limit.int32)))
        }
        let least = plan.policy.reducedCapacityRegularity
        guard let r = Regularity.of(t, plan), r.score < least else { return }
        let percent = (r.score * 10_000).rounded() / 100
        findings.add(.warning, employee: t.employee, start: plan.periodStart, end: plan.periodEnd, measured: percent,
                limit: (least * 10_000).rounded() / 100, unit: .percent,
                message: MessageValues(variant: 1, Irregular(score: Int32((r.score * 100).rounded()), least: Int32((least * 100).rounded()), cycleWeeks: r.cycleWeeks.int32)))
    }

    /// Variant 0: a work period too long for reduced capacity; the limit (minutes).
    struct LongPeriod: FindingPayload { var limit: Int32 }
    /// Variant 1: a plan too irregular; the regularity and the least (whole percent), and the
    /// best cycle (weeks).
    struct Irregular: FindingPayload { var score, least, cycleWeeks: Int32 }

    public func writeMessage(of f: Finding, _ plan: PlanContext, _ l: Language, into w: inout ByteWriter) {
        let da = l == .da
        let m = f.message
        if m.variant == 0 {
            w.append(da ? "Arbejdsperioden varer " : "The work period lasts "); w.hours(f.end - f.start, da)
            w.append(da ? " t; medarbejderen har nedsat arbejdsevne og kan have brug for at arbejde kortere end normalt (højst "
                        : " h; the employee has reduced capacity and may need to work shorter than normal (at most ")
            w.hours(m.payload(as: LongPeriod.self).limit, da); w.append(da ? " t efter politikken)." : " h under the policy).")
        } else {
            let p = m.payload(as: Irregular.self)
            w.append(da ? "Planen gentager sig kun på " : "The plan repeats itself on only "); w.append(int: p.score)
            w.append(da ? " % af dagene (bedst med en cyklus på " : " % of the days (best with a cycle of "); w.append(int: p.cycleWeeks)
            w.append(da ? (p.cycleWeeks == 1 ? " uge" : " uger") : (p.cycleWeeks == 1 ? " week" : " weeks"))
            w.append(da ? "); medarbejderen har nedsat arbejdsevne og kan have brug for en plan med stor forudsigelighed og regelmæssighed (mindst "
                        : "); the employee has reduced capacity and may need a plan with great predictability and regularity (at least ")
            w.append(int: p.least); w.append(" %).")
        }
    }
}
