/// 48 timer i gennemsnit (arbejdstidsloven, the Working Time Directive): working time averaged
/// over the reference period (4 months, `referenceDays` 122) must not exceed 48 h per 7 days.
///
/// For every window of `referenceDays` consecutive calendar days inside the period:
/// hours / ((days − neutral days) / 7) ≤ 48, where a neutral day has a vacation, sick or leave
/// entry and no working time. One finding per employee, for the worst window (the earliest of
/// equals). A period shorter than the reference period is judged as one window and reported as
/// an *indicative* warning; a period shorter than a week is not judged (one long day would read
/// as a 60-hour week, which tells the planner nothing). Working time is work, on-call at the workplace, callout and course,
/// split at local midnight in real minutes. Breaks are not subtracted: the `break` column does
/// not say whether a break is paid (at døgninstitutioner it usually is).
public struct WeeklyHours48: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "hours.weekly48",
        title: LocalizedText(da: "Højst 48 timer om ugen i gennemsnit", en: "At most 48 hours a week on average"),
        severity: .error,
        summary: LocalizedText(
            da: "Den gennemsnitlige arbejdstid over en referenceperiode på 4 måneder må ikke overstige 48 timer pr. 7 dage. Ferie-, syge- og orlovsdage uden arbejde tæller ikke med i nævneren. Er perioden kortere, er resultatet vejledende (advarsel).",
            en: "Average working time over a 4-month reference period must not exceed 48 hours per 7 days. Vacation, sick and leave days without work are left out of the denominator. A shorter period gives an indicative result (warning)."),
        sources: [Citation(.arbejdstidsloven, "§ 4")],
        parameters: [
            .policy(.referenceDays),
            .policy(.maxAverageWeeklyHours),
        ],
        examples: [
            RuleExample(
                "Two weeks of 8 h every day: 56 h a week (indicative)", da: "To uger med 8 t hver dag: 56 t om ugen (vejledende)",
                roster: RuleExamples.rows(from: "2026-03-02", days: 14, "07:00", "15:00"),
                expect: ["E1 2026-03-02 00:00–2026-03-16 00:00 56/48"]),
            RuleExample(
                "A period shorter than a week is not judged", da: "En periode kortere end en uge vurderes ikke",
                roster: RuleExamples.rows(from: "2026-03-02", days: 3, "07:00", "19:00")),
            RuleExample(
                "Two weeks of 6 h every day: 42 h a week", da: "To uger med 6 t hver dag: 42 t om ugen",
                roster: RuleExamples.rows(from: "2026-03-02", days: 14, "07:00", "13:00")),
            RuleExample(
                "A vacation week is left out of the denominator: 49 h in one working week", da: "En ferieuge tælles ikke med i nævneren: 49 t i én arbejdsuge",
                roster: RuleExamples.rows(from: "2026-03-02", days: 7, "07:00", "14:00") + "E1,2026-03-09 00:00,2026-03-16 00:00,ferie\n",
                expect: ["E1 2026-03-02 00:00–2026-03-16 00:00 49/48"]),
            RuleExample(
                "Sliding windows: the worst 14-day window is reported", da: "Glidende vinduer: det værste vindue på 14 dage rapporteres",
                roster: RuleExamples.rows(from: "2026-03-02", days: 7, "07:00", "11:00") + RuleExamples.rows(from: "2026-03-09", days: 7, "07:00", "19:00", header: false) + RuleExamples.rows(from: "2026-03-16", days: 7, "07:00", "12:00", header: false),
                policy: "{\"referenceDays\": 14}",
                expect: ["E1 2026-03-09 00:00–2026-03-23 00:00 59.5/48"]),
        ])

    public func check(_ t: EmployeeTimeline, _ plan: PlanContext, into findings: inout FindingSink) {
        let firstDay = plan.dayBase
        let dayCount = plan.dayCount
        guard dayCount >= 7 else { return }
        guard t.days.work.contains(where: { $0 > 0 }) else { return }
        let window = min(plan.policy.referenceDays, dayCount)
        let indicative = dayCount < plan.policy.referenceDays
        // Days an absence touches without work are neutral: they count neither way.
        guard let best = t.days.heaviestWindow(days: window, neutralAbsences: true, from: plan.rotationWindowsFrom(window)) else { return }
        let worstStart = best.start
        let worst = Double(best.minutes) / 60 / (Double(best.days) / 7)
        let limit = plan.policy.maxAverageWeeklyHours
        guard worst > limit + 1e-9 else { return }
        let first = firstDay + worstStart, last = first + window - 1
        findings.add(indicative ? .warning : .error, employee: t.employee,
                start: Copenhagen.midnight(first), end: Copenhagen.midnight(last + 1),
                measured: (worst * 100).rounded() / 100, limit: limit, unit: .h,
                message: MessageValues(WindowAverage(
                    first: first.int32, last: last.int32, average: Int32(clamping: Int((worst * 100).rounded())),
                    limit: Int32(clamping: Int((limit * 100).rounded())), indicative: indicative ? 1 : 0)))
    }

    /// What the worst window measured.
    struct WindowAverage: FindingPayload {
        /// The window's first and last day.
        var first, last: Int32
        /// The average and the limit, in hundredths of an hour a week (as they are written).
        var average, limit: Int32
        /// 1 when the period is shorter than the reference period.
        var indicative: Int32
    }

    public func writeMessage(of f: Finding, _ plan: PlanContext, _ l: Language, into w: inout ByteWriter) {
        let da = l == .da, p = f.message.payload(as: WindowAverage.self)
        w.append(da ? "Gennemsnitlig arbejdstid " : "Average working time "); w.append(hundredths: p.average, danish: da)
        w.append(da ? " t pr. uge i " : " h per week in "); w.date(p.first); w.append("–"); w.date(p.last)
        w.append(da ? "; højst " : "; at most "); w.append(hundredths: p.limit, danish: da)
        w.append(da ? " t. Skær ned på vagterne eller læg mere fri i perioden." : " h. Cut shifts or add time off in this window.")
        if p.indicative != 0 {
            w.append(da ? " Vejledende: perioden er kortere end referenceperioden." : " Indicative: the period is shorter than the reference period.")
        }
    }
}
