/// Gravide og nattevagter: from `pregnancyNightGraceDays` (14) days after the confirmed
/// pregnancy, at most `pregnancyMaxNightsPerWeek` (1) night shift in any 7 × 24 hours.
///
/// Which source says what: the seed (Den gode Arbejdsplads, afsnit «Særlige hensyn») asks only
/// that a pregnant employee stop *fixed* night work (`pregnancy.fixed-night`); the limit on
/// night shifts per week is the regional agreement's (OK24). So this is a warning in the `kl`
/// and `law` profiles and an error in `regional`. One finding per night shift that makes a
/// window hold too many; only night shifts from the grace date count, and none after
/// `pregnancy_end`.
public struct PregnancyNight: Rule {
    public init() {}

    /// None: only pregnant employees are looked at, so their night shifts are found here
    /// (building the night analysis for every employee cost 50 ms on the 10k roster).
    public var needs: Analyses { [] }

    public let description = RuleDescription(
        id: "pregnancy.night",
        title: LocalizedText(da: "Gravide: højst én nattevagt pr. uge", en: "Pregnant employees: at most one night shift a week"),
        severity: .warning,
        summary: LocalizedText(
            da: "Fra 14 dage efter konstateret graviditet højst én nattevagt inden for 7 × 24 timer. Regionernes aftale (fejl i profilen regional); ellers en advarsel.",
            en: "From 14 days after the confirmed pregnancy, at most one night shift within 7 × 24 hours. The regional agreement (an error in the regional profile); otherwise a warning."),
        sources: [Citation(.regionalAgreement, "gravide og natarbejde"), .denGodeArbejdsplads("Særlige hensyn", "Gravide medarbejdere")],
        parameters: [.policy(.pregnancyMaxNightsPerWeek), .policy(.pregnancyNightGraceDays)],
        examples: [
            RuleExample(
                "Two nights three days apart, 20 days after the confirmation", da: "To nætter med tre dages mellemrum, 20 dage efter konstateringen",
                roster: "employee,start,end\nE1,2026-03-21 22:00,2026-03-22 06:00\nE1,2026-03-24 22:00,2026-03-25 06:00\n",
                employees: "employee,pregnancy_confirmed\nE1,2026-03-01\n",
                expect: ["E1 2026-03-24 22:00–2026-03-25 06:00 2/1"]),
            RuleExample(
                "The same two nights inside the 14-day grace", da: "Samme to nætter inden for fristen på 14 dage",
                roster: "employee,start,end\nE1,2026-03-21 22:00,2026-03-22 06:00\nE1,2026-03-24 22:00,2026-03-25 06:00\n",
                employees: "employee,pregnancy_confirmed\nE1,2026-03-10\n"),
            RuleExample(
                "Two nights eight days apart", da: "To nætter med otte dages mellemrum",
                roster: "employee,start,end\nE1,2026-03-21 22:00,2026-03-22 06:00\nE1,2026-03-29 22:00,2026-03-30 06:00\n",
                employees: "employee,pregnancy_confirmed\nE1,2026-03-01\n"),
        ])

    public func check(_ t: EmployeeTimeline, _ plan: PlanContext, into findings: inout FindingSink) {
        guard let facts = plan.employeeFacts[Int(t.employee)], let confirmed = facts.pregnancyConfirmed else { return }
        let policy = plan.policy
        let from = Copenhagen.midnight(confirmed + policy.pregnancyNightGraceDays)
        let until = facts.pregnancyEnd.map { Copenhagen.midnight($0 + 1) } ?? Int.max
        var starts: [Minute] = []
        for i in t.shifts where plan.isNightShift(plan.roster.shifts[i]) {
            let s = plan.roster.shifts[i]
            guard s.startMinute >= from && s.startMinute < until else { continue }
            // Night shifts starting in (start − 168 h, start].
            while let first = starts.first, first <= s.startMinute - 7 * minutesPerDay { starts.removeFirst() }
            starts.append(s.startMinute)
            if starts.count > policy.pregnancyMaxNightsPerWeek {
                let severity: Severity = policy.profile == .regional ? .error : .warning
                findings.add(severity, employee: t.employee, start: s.startMinute, end: s.endMinute, measured: Double(starts.count),
                        limit: Double(policy.pregnancyMaxNightsPerWeek), unit: .count, message: MessageValues(Nights(nights: starts.count.int32, confirmed: confirmed.int32)))
            }
        }
    }

    /// The night shifts within 7 days, and the day the pregnancy was confirmed.
    struct Nights: FindingPayload { var nights, confirmed: Int32 }

    public func writeMessage(of f: Finding, _ plan: PlanContext, _ l: Language, into w: inout ByteWriter) {
        let da = l == .da, p = f.message.payload(as: Nights.self)
        w.append(da ? "Nattevagten " : "The night shift "); w.short(f.start)
        w.append(da ? " er den " : " is night shift no. "); w.append(int: p.nights)
        w.append(da ? ". inden for 7 døgn for en gravid medarbejder" : " within 7 days for a pregnant employee")
        if !plan.redactsPersonalData {  // --redact: the date is health data
            w.append(da ? " (graviditet konstateret " : " (pregnancy confirmed "); w.date(p.confirmed); w.append(")")
        }
        w.append(da ? "; højst " : "; at most "); w.append(int: plan.policy.pregnancyMaxNightsPerWeek)
        w.append(da ? ". Flyt en af nattevagterne." : ". Move one of the night shifts.")
    }
}
