/// Frokostpause: "Hvis en medarbejder har en arbejdsdag på mindst seks timer, har medarbejderen ret
/// til en halv times frokostpause" (Den gode Arbejdsplads, afsnit «Hold pauser»: from the
/// collective agreement, implementing the Working Time Directive; seed 004 lines 2959–2963).
///
/// Judged only when the roster has a `break` (`pause`) column — without it the roster does not
/// say. An error for every work or course row of at least `lunchBreakAfterHours` (6) hours whose
/// break is shorter than `lunchBreakMinutes` (30); an empty cell is no break (DESIGN.md «Rows and kinds»).
/// Decisions: the row is the "arbejdsdag" (two rows the same day are judged apart); on-call at
/// the workplace and callouts are not judged (a sleeping night watch has no lunch). Where the
/// meal break is paid and taken on duty (`mealBreakOnDuty`, by default on night shifts: ≥ 3 h
/// in the night period), the break column's 0 is the arrangement, not a missing break, and the
/// shift is not judged: the rule judges only where an unpaid break is due.
public struct LunchBreak: Rule {
    public init() {}

    public func isActive(_ plan: PlanContext) -> Bool { plan.roster.hasBreakColumn }

    public let description = RuleDescription(
        id: "break.lunch",
        title: LocalizedText(da: "Frokostpause ved vagter på mindst 6 timer", en: "A lunch break on shifts of 6 hours or more"),
        severity: .error,
        summary: LocalizedText(
            da: "En vagt på mindst 6 timer giver ret til en halv times frokostpause. Tjekkes kun, når vagtplanen har en pausekolonne, og ikke hvor spisepausen er betalt og holdes på arbejdet (som standard nattevagter).",
            en: "A shift of 6 hours or more gives a right to a half-hour lunch break. Checked only when the roster has a break column, and not where the meal break is paid and taken on duty (night shifts by default)."),
        sources: [.denGodeArbejdsplads("Hold pauser")],
        parameters: [.policy(.lunchBreakAfterHours), .policy(.lunchBreakMinutes), .policy(.mealBreakOnDuty)],
        examples: [
            RuleExample(
                "An 8-hour shift with a 20-minute break", da: "En vagt på 8 timer med 20 minutters pause",
                roster: "employee,start,end,pause\nE1,2026-03-02 07:00,2026-03-02 15:00,20\n",
                expect: ["E1 2026-03-02 07:00–2026-03-02 15:00 0.33/0.5"]),
            RuleExample(
                "An 8-hour shift with a 30-minute break", da: "En vagt på 8 timer med 30 minutters pause",
                roster: "employee,start,end,pause\nE1,2026-03-02 07:00,2026-03-02 15:00,30\n"),
            RuleExample(
                "A 5-hour shift without a break", da: "En vagt på 5 timer uden pause",
                roster: "employee,start,end,pause\nE1,2026-03-02 07:00,2026-03-02 12:00,\n"),
            RuleExample(
                "A night shift 23–07 with break 0: the meal break is paid and taken on duty (the default)", da: "En nattevagt 23–07 med pause 0: spisepausen er betalt og holdes på arbejdet (standard)",
                roster: "employee,start,end,pause\nE1,2026-03-02 23:00,2026-03-03 07:00,0\n"),
            RuleExample(
                "The same night shift with mealBreakOnDuty none is judged", da: "Samme nattevagt med mealBreakOnDuty none vurderes",
                roster: "employee,start,end,pause\nE1,2026-03-02 23:00,2026-03-03 07:00,0\n",
                policy: "{\"mealBreakOnDuty\": \"none\"}",
                expect: ["E1 2026-03-02 23:00–2026-03-03 07:00 0/0.5"]),
            RuleExample(
                "An evening shift 15–23 with break 0 is judged under the default", da: "En aftenvagt 15–23 med pause 0 vurderes som standard",
                roster: "employee,start,end,pause\nE1,2026-03-02 15:00,2026-03-02 23:00,0\n",
                expect: ["E1 2026-03-02 15:00–2026-03-02 23:00 0/0.5"]),
            RuleExample(
                "With mealBreakOnDuty alle (every meal break paid on duty) nothing is judged", da: "Med mealBreakOnDuty alle (alle spisepauser betalt på arbejdet) vurderes intet",
                roster: "employee,start,end,pause\nE1,2026-03-02 15:00,2026-03-02 23:00,0\n",
                policy: "{\"mealBreakOnDuty\": \"alle\"}"),
            RuleExample(
                "No break column: not judged", da: "Ingen pausekolonne: vurderes ikke",
                roster: "employee,start,end\nE1,2026-03-02 07:00,2026-03-02 15:00\n"),
        ])

    public func check(_ t: EmployeeTimeline, _ plan: PlanContext, into findings: inout FindingSink) {
        guard plan.roster.hasBreakColumn else { return }
        let minimum = plan.policy.lunchBreakMinutes, after = Hours.minutes(plan.policy.lunchBreakAfterHours)
        let onDuty = plan.policy.mealBreakOnDuty
        guard onDuty != .all else { return }
        for i in t.shifts {
            let s = plan.roster.shifts[i]
            guard s.kind == .work || s.kind == .course, s.endMinute - s.startMinute >= after, Int(s.breakMinutes) < minimum else { continue }
            if onDuty == .night && plan.isNightShift(s) { continue }  // paid, taken on duty
            findings.add(.error, employee: t.employee, start: s.startMinute, end: s.endMinute,
                    measured: Finding.hours(Int(s.breakMinutes)), limit: Finding.hours(minimum), unit: .h,
                    message: MessageValues(Break(given: Int32(s.breakMinutes), required: minimum.int32)))
        }
    }

    /// The break given and the break required (minutes).
    struct Break: FindingPayload { var given, required: Int32 }

    public func writeMessage(of f: Finding, _ plan: PlanContext, _ l: Language, into w: inout ByteWriter) {
        let da = l == .da
        w.append(da ? "Vagten " : "The shift "); w.short(f.start); w.append("–"); w.short(f.end)
        w.append(da ? " varer " : " lasts "); w.hours(f.end - f.start, da)
        let p = f.message.payload(as: Break.self)
        w.append(da ? " t og har " : " h and has "); w.append(int: p.given)
        w.append(da ? " min. pause; en vagt på mindst " : " min of break; a shift of at least "); w.hours(Hours.minutes(plan.policy.lunchBreakAfterHours), da)
        w.append(da ? " t giver ret til " : " h gives a right to "); w.append(int: p.required)
        w.append(da ? " min. frokostpause." : " min of lunch break.")
    }
}
