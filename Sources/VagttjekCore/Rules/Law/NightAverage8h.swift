/// Natarbejderes gennemsnitlige arbejdstid: a night worker's working time must not exceed 8 hours
/// per 24 hours on average over the reference period (DESIGN.md «Night work»; arbejdstidsloven, implementing
/// the Working Time Directive's article 8).
///
/// For night workers (`NightWork`) only: over every window of `referenceDays` (122, 4 months)
/// calendar days, the working time (each minute once, split at local midnight) divided by the
/// window's days less its weekly days off (one in every 7 days, as the directive leaves the
/// weekly rest out of the average) must be at most `nightAverageHours` (8). One finding per
/// employee, for the worst window (the earliest of equals). A period shorter than the reference
/// period is judged as one window and reported as an indicative warning; one shorter than a week
/// is not judged. Decision: "weekly days off" are counted as one per 7 days rather than found in
/// the plan (a plan that gives fewer is `dayoff.weekly`'s error). The 8 hours in any 24 hours of
/// heavy night work are `night.heavy8h`'s (`HeavyNightWork`).
public struct NightAverage8h: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "night.average8h",
        title: LocalizedText(da: "Natarbejdere: højst 8 timer pr. døgn i gennemsnit", en: "Night workers: at most 8 hours per 24 hours on average"),
        severity: .error,
        summary: LocalizedText(
            da: "En natarbejders arbejdstid må over referenceperioden (4 måneder) højst være 8 timer pr. døgn i gennemsnit; de ugentlige fridøgn tælles ikke med. Er perioden kortere, er resultatet vejledende (advarsel).",
            en: "A night worker's working time may average at most 8 hours per 24 hours over the reference period (4 months); weekly days off are left out. A shorter period gives an indicative result (warning)."),
        sources: [Citation(.arbejdstidsloven), .denGodeArbejdsplads("Natarbejde")],
        parameters: [.policy(.nightAverageHours), .policy(.referenceDays)],
        examples: [
            RuleExample(
                "14 nights of 10 h: 140 h over 15 days less 2 weekly days off is 10.77 h (indicative)", da: "14 nætter på 10 t: 140 t over 15 døgn minus 2 ugentlige fridøgn er 10,77 t (vejledende)",
                roster: RuleExamples.rows(from: "2026-03-02", days: 14, "21:00", "07:00"),
                expect: ["E1 2026-03-02 00:00–2026-03-17 00:00 10.77/8"]),
            RuleExample(
                "Two weeks of 8-hour nights, two nights off a week", da: "To uger med nætter på 8 timer, to fri nætter om ugen",
                roster: RuleExamples.rows(from: "2026-03-02", days: 5, "22:00", "06:00") + RuleExamples.rows(from: "2026-03-09", days: 5, "22:00", "06:00", header: false)),
            RuleExample(
                "Day workers are not judged", da: "Dagarbejdere vurderes ikke",
                roster: RuleExamples.rows(from: "2026-03-02", days: 14, "07:00", "17:00")),
        ])

    public func check(_ t: EmployeeTimeline, _ plan: PlanContext, into findings: inout FindingSink) {
        let dayCount = plan.dayCount
        guard dayCount >= 7, t.nightWork.nightWorker else { return }
        let window = min(plan.policy.referenceDays, dayCount)
        let indicative = dayCount < plan.policy.referenceDays
        let workingDays = window - window / 7  // the window's days less one weekly day off per 7
        guard let heaviest = t.days.heaviestWindow(days: window, neutralAbsences: false, from: plan.rotationWindowsFrom(window)) else { return }
        let best = heaviest.minutes, worstStart = heaviest.start
        let average = Double(best) / 60 / Double(workingDays)
        let limit = plan.policy.nightAverageHours
        guard average > limit + 1e-9 else { return }
        let first = plan.dayBase + worstStart, last = first + window - 1
        findings.add(indicative ? .warning : .error, employee: t.employee,
                start: Copenhagen.midnight(first), end: Copenhagen.midnight(last + 1),
                measured: (average * 100).rounded() / 100, limit: limit, unit: .h,
                message: MessageValues(NightWindow(
                    first: first.int32, last: last.int32, average: Int32(clamping: Int((average * 100).rounded())),
                    limit: Int32(clamping: Int((limit * 100).rounded())), indicative: indicative ? 1 : 0, days: workingDays.int32)))
    }

    /// What the worst window measured.
    struct NightWindow: FindingPayload {
        /// The window's first and last day.
        var first, last: Int32
        /// The average and the limit, in hundredths of an hour per 24 hours.
        var average, limit: Int32
        /// 1 when the period is shorter than the reference period.
        var indicative: Int32
        /// The days counted (without the weekly days off).
        var days: Int32
    }

    public func writeMessage(of f: Finding, _ plan: PlanContext, _ l: Language, into w: inout ByteWriter) {
        let da = l == .da
        let p = f.message.payload(as: NightWindow.self)
        w.append(da ? "Natarbejderen arbejder i gennemsnit " : "The night worker works on average "); w.append(hundredths: p.average, danish: da)
        w.append(da ? " t pr. døgn i " : " h per 24 hours in "); w.date(p.first); w.append("–"); w.date(p.last)
        w.append(da ? " (" : " ("); w.append(int: p.days)
        w.append(da ? " døgn uden de ugentlige fridøgn); højst " : " days without the weekly days off); at most "); w.append(hundredths: p.limit, danish: da)
        w.append(da ? " t. Kortere nattevagter eller flere fridage." : " h. Shorter night shifts or more days off.")
        if p.indicative != 0 {
            w.append(da ? " Vejledende: perioden er kortere end referenceperioden." : " Indicative: the period is shorter than the reference period.")
        }
    }
}
