/// Gravide og fast nat: "Så snart medarbejderen har konstateret sin graviditet, skal hun derfor
/// ophøre med at arbejde i fast nat" (Den gode Arbejdsplads, afsnit «Særlige hensyn»; seed 004
/// lines 2706–2712).
///
/// An error for every night shift (≥ 3 night hours) that starts on or after `pregnancy_confirmed`
/// and no later than `pregnancy_end` (both inclusive local dates) when the employee works fixed
/// night (`NightWork.fixedNight`: flagged `fixed_night`, or at least `fixedNightShare` night
/// shifts). Decision: fixed night is judged over the whole plan period, nights before the
/// confirmation included — a plan that keeps a fixed-night pattern after the confirmation is
/// what the rule is about; the nights before it are fine.
public struct PregnancyFixedNight: Rule {
    public init() {}

    /// None: only pregnant employees are looked at, so their night shifts are found here
    /// (building the night analysis for every employee cost 50 ms on the 10k roster).
    public var needs: Analyses { [] }

    public let description = RuleDescription(
        id: "pregnancy.fixed-night",
        title: LocalizedText(da: "Gravide skal ophøre med fast nat", en: "Pregnant employees stop fixed night work"),
        severity: .error,
        summary: LocalizedText(
            da: "Så snart graviditeten er konstateret, skal medarbejderen ophøre med fast natarbejde (det fordobler risikoen for abort). Fejl for hver nattevagt fra datoen, når medarbejderen arbejder fast nat.",
            en: "As soon as the pregnancy is confirmed, the employee must stop fixed night work (it doubles the risk of miscarriage). An error for each night shift from that date when the employee works fixed night."),
        sources: [.denGodeArbejdsplads("Særlige hensyn", "Gravide medarbejdere")],
        parameters: [.policy(.fixedNightShare)],
        examples: [
            RuleExample(
                "Fixed nights, pregnancy confirmed in the middle of the run: the nights from that date", da: "Fast nat, graviditet konstateret midt i forløbet: nætterne fra den dato",
                roster: RuleExamples.rows(from: "2026-03-02", days: 5, "22:00", "06:00"),
                employees: "employee,pregnancy_confirmed\nE1,2026-03-05\n",
                expect: ["E1 2026-03-05 22:00–2026-03-06 06:00 -/-", "E1 2026-03-06 22:00–2026-03-07 06:00 -/-"]),
            RuleExample(
                "Fixed nights that all end before the confirmation", da: "Fast nat, der alle slutter før konstateringen",
                roster: RuleExamples.rows(from: "2026-03-02", days: 5, "22:00", "06:00"),
                employees: "employee,pregnancy_confirmed\nE1,2026-03-08\n"),
            RuleExample(
                "Day shifts after the confirmation", da: "Dagvagter efter konstateringen",
                roster: RuleExamples.rows(from: "2026-03-02", days: 5, "07:00", "15:00"),
                employees: "employee,pregnancy_confirmed\nE1,2026-03-02\n"),
        ])

    public func check(_ t: EmployeeTimeline, _ plan: PlanContext, into findings: inout FindingSink) {
        guard let facts = plan.employeeFacts[Int(t.employee)], let confirmed = facts.pregnancyConfirmed else { return }
        guard t.nightWork.fixedNight else { return }
        let from = Copenhagen.midnight(confirmed)
        let until = facts.pregnancyEnd.map { Copenhagen.midnight($0 + 1) } ?? Int.max
        for i in t.shifts where plan.isNightShift(plan.roster.shifts[i]) {
            let s = plan.roster.shifts[i]
            guard s.startMinute >= from && s.startMinute < until else { continue }
            findings.add(.error, employee: t.employee, start: s.startMinute, end: s.endMinute, measured: nil, limit: nil,
                    unit: .h, message: MessageValues(Confirmed(day: confirmed.int32)))
        }
    }

    /// The day the pregnancy was confirmed.
    struct Confirmed: FindingPayload { var day: Int32 }

    public func writeMessage(of f: Finding, _ plan: PlanContext, _ l: Language, into w: inout ByteWriter) {
        let da = l == .da
        w.append(da ? "Nattevagten " : "The night shift "); w.short(f.start); w.append("–"); w.short(f.end)
        w.append(da ? " ligger efter den konstaterede graviditet" : " falls after the confirmed pregnancy")
        if !plan.redactsPersonalData { w.append(" ("); w.date(f.message.payload(as: Confirmed.self).day); w.append(")") }  // --redact: health data
        w.append(da ? ", og medarbejderen arbejder fast nat. Flyt hende til dag- eller aftenvagter." : ", and the employee works fixed night. Move her to day or evening shifts.")
    }
}
