/// Daglig hviletid: 11 hours of rest within every 24 hours (arbejdsmiljøloven § 50, BEK 324 § 3).
///
/// Counted backward, as Danish practice does: at the end `e` of every work period P, the window
/// `[e − 24 h, e]` must hold a free stretch of at least 11 h (a stretch that began earlier counts
/// from `e − 24 h`). Checking at the ends of work periods is exact: the window's longest free
/// stretch can only shrink while work continues. One work period longer than 13 h therefore
/// always violates.
///
/// When a rest-reduction agreement applies to P (SPEC §8.4), the requirement is the agreement's
/// `minRestHours` (≥ 8); the cap and compensation are judged by `rest.reduced` and
/// `rest.compensation`. When no agreement applies, the message says why (out of scope or out of
/// validity), so the TR and planner see which rule bites.
public struct DailyRest: Rule {
    public init() {}

    public let description = RuleDescription(
        id: .restDaily,
        title: LocalizedText(da: "Daglig hviletid (11 timer)", en: "Daily rest (11 hours)"),
        severity: .error,
        summary: LocalizedText(
            da: "Inden for hver periode på 24 timer skal der være mindst 11 timers sammenhængende hvile. Der tælles tilbage fra slutningen af hver arbejdsperiode. Med en lokalaftale om nedsat hviletid er kravet aftalens minimum (mindst 8 timer).",
            en: "Within every 24 hours there must be at least 11 consecutive hours of rest, counted back from the end of each work period. Under a local rest-reduction agreement the requirement is the agreement's minimum (at least 8 hours)."),
        source: "Arbejdsmiljøloven § 50; BEK 324 § 3 (law); seed 004_826b03a8cfdc2d0b.txt lines 2283–2287, 2374–2379",
        parameters: [
            RuleParameter("dailyRestHours", "11", da: "påkrævet hvile (timer) pr. 24 timer (politik)", en: "required rest (hours) per 24 hours (policy)"),
            RuleParameter("minRestHours", "8", da: "nedre grænse under en aftale om nedsat hviletid (aftale)", en: "floor under a rest-reduction agreement (agreement)"),
        ],
        examples: [
            RuleExample(
                "SPEC §3.1: 12:00–22:00, next day 08:00–16:00 gives 10 h",
                roster: "employee,start,end\nE1,2026-03-03 12:00,2026-03-03 22:00\nE1,2026-03-04 08:00,2026-03-04 16:00\n",
                expect: ["E1 2026-03-04 08:00–2026-03-04 16:00 10/11"]),
            RuleExample(
                "SPEC §3.1: next day from 09:00 is fine",
                roster: "employee,start,end\nE1,2026-03-03 12:00,2026-03-03 22:00\nE1,2026-03-04 09:00,2026-03-04 16:00\n"),
            RuleExample(
                "SPEC §3.1: 07–15, next day 07–21 counts back from 21:00: 10 h",
                roster: "employee,start,end\nE1,2026-03-03 07:00,2026-03-03 15:00\nE1,2026-03-04 07:00,2026-03-04 21:00\n",
                expect: ["E1 2026-03-04 07:00–2026-03-04 21:00 10/11"]),
            RuleExample(
                "SPEC §3.1: a single 07:00–21:00 after days off",
                roster: "employee,start,end\nE1,2026-03-04 07:00,2026-03-04 21:00\n",
                expect: ["E1 2026-03-04 07:00–2026-03-04 21:00 10/11"]),
            RuleExample(
                "A 13 h shift leaves exactly 11 h",
                roster: "employee,start,end\nE1,2026-03-04 07:00,2026-03-04 20:00\n"),
            RuleExample(
                "Touching shifts are one work period (evening then night: 15:00–07:00)",
                roster: "employee,start,end\nE1,2026-03-04 15:00,2026-03-04 23:00\nE1,2026-03-04 23:00,2026-03-05 07:00\n",
                expect: ["E1 2026-03-04 15:00–2026-03-05 07:00 8/11"]),
            RuleExample(
                "On-call at home is rest for the daily rest",
                roster: "employee,start,end,kind\nE1,2026-03-03 07:00,2026-03-03 15:00,work\nE1,2026-03-03 15:00,2026-03-04 07:00,oncall-home\nE1,2026-03-04 07:00,2026-03-04 15:00,work\n"),
            RuleExample(
                "A sleeping night watch after 2024-07-01 is work, legacyOnCallAsRest or not",
                roster: "employee,start,end,kind\nE1,2026-03-03 15:00,2026-03-03 23:00,work\nE1,2026-03-03 23:00,2026-03-04 07:00,sovevagt\n",
                policy: "{\"legacyOnCallAsRest\": true}",
                expect: ["E1 2026-03-03 15:00–2026-03-04 07:00 8/11"]),
            RuleExample(
                "A sleeping night watch before 2024-07-01 under legacyOnCallAsRest is rest",
                roster: "employee,start,end,kind\nE1,2024-03-05 15:00,2024-03-05 23:00,work\nE1,2024-03-05 23:00,2024-03-06 07:00,sovevagt\nE1,2024-03-06 10:00,2024-03-06 18:00,work\n",
                policy: "{\"legacyOnCallAsRest\": true}"),
            RuleExample(
                "A sleeping night watch before 2024-07-01 without legacyOnCallAsRest is work",
                roster: "employee,start,end,kind\nE1,2024-03-05 15:00,2024-03-05 23:00,work\nE1,2024-03-05 23:00,2024-03-06 07:00,sovevagt\n",
                expect: ["E1 2024-03-05 15:00–2024-03-06 07:00 8/11"]),
            RuleExample(
                "Under an agreement 8 h is allowed, 7 h is not",
                roster: "employee,start,end,unit\nE1,2026-03-03 15:00,2026-03-03 23:00,Hus Nord\nE1,2026-03-04 07:00,2026-03-04 15:00,Hus Nord\nE1,2026-03-10 16:00,2026-03-11 00:00,Hus Nord\nE1,2026-03-11 07:00,2026-03-11 15:00,Hus Nord\n",
                agreements: [RuleExamples.agreementHusNord],
                expect: ["E1 2026-03-11 07:00–2026-03-11 15:00 7/8"]),
            RuleExample(
                "A reduction outside the agreement's scope is a rest.daily error",
                roster: "employee,start,end,unit\nE1,2026-03-03 15:00,2026-03-03 23:00,Hus Syd\nE1,2026-03-04 07:00,2026-03-04 15:00,Hus Syd\n",
                agreements: [RuleExamples.agreementHusNord],
                expect: ["E1 2026-03-04 07:00–2026-03-04 15:00 8/11"]),
            RuleExample(
                "A reduction before the agreement's validFrom is a rest.daily error",
                roster: "employee,start,end,unit\nE1,2026-01-13 15:00,2026-01-13 23:00,Hus Nord\nE1,2026-01-14 07:00,2026-01-14 15:00,Hus Nord\n",
                agreements: [RuleExamples.agreementHusNord],
                expect: ["E1 2026-01-14 07:00–2026-01-14 15:00 8/11"]),
        ])

    public func check(_ t: EmployeeTimeline, _ plan: PlanContext, into findings: inout [Finding]) {
        let dailyRest = Int(plan.policy.dailyRestHours * 60)
        for (i, period) in t.restPeriods.enumerated() {
            let rest = t.longestRest[i]
            if rest >= dailyRest { continue }
            let a = t.restAgreement[i]
            let required = a >= 0 ? Int(plan.agreements[a].minRestHours * 60) : dailyRest
            if rest >= required { continue }
            let onCall = period.members.contains {
                let s = plan.roster.shifts[t.periodShifts[$0]]
                return s.kind == .oncallWorkplace && s.endMinute > PlanContext.onCallRestAbolished
            }
            let note = RestNote(reason: a >= 0 ? .belowMinimum(agreement: a.int32) : whyNoAgreement(t, period, plan), onCallIsWork: onCall)
            let message: FindingMessage
            if period.length > minutesPerDay - required || i == 0 {
                message = .restPeriodTooLong(rest: rest.int32, required: required.int32, note: note)
            } else {
                message = .restTooShort(rest: rest.int32, required: required.int32, earliestStart: (t.restPeriods[i - 1].end + required).int32, note: note)
            }
            findings.append(
                Finding(
                    rule: description.rule, severity: .error, employee: t.employee, start: period.start, end: period.end,
                    measured: Finding.hours(rest), limit: Finding.hours(required), unit: .h, message: message))
        }
    }

    /// Why no rest-reduction agreement covers the period: the agreement that comes closest
    /// (in scope but out of validity first, then the first one), or none given.
    func whyNoAgreement(_ t: EmployeeTimeline, _ period: WorkPeriod, _ plan: PlanContext) -> RestNote.Reason {
        guard let first = plan.restAgreements.first else { return .noAgreement }
        let members = period.members.map { t.periodShifts[$0] }
        for a in plan.restAgreements where members.allSatisfy({ plan.agreement(a, covers: plan.roster.shifts[$0]) }) {
            return .outOfValidity(agreement: a.int32)
        }
        let outside = members.first { !plan.agreement(first, covers: plan.roster.shifts[$0]) } ?? members[0]
        return .outOfScope(agreement: first.int32, shift: outside.int32)
    }
}

/// Texts shared by several rules' examples.
enum RuleExamples {
    /// A rest-reduction agreement for Hus Nord, February 2026 – January 2027.
    static let agreementHusNord = """
        {"id": "LA-1", "kind": "rest-reduction", "validFrom": "2026-02-01", "validUntil": "2027-01-31",
         "scope": {"units": ["Hus Nord"]}, "parameters": {"minRestHours": 8, "maxReductionsPer7Days": 1}}
        """
    /// A postponement agreement: days off may be postponed to 12 days.
    static let postponement12 = """
        {"id": "LA-2", "kind": "dayoff-postponement", "validFrom": "2026-01-01", "validUntil": "2026-12-31",
         "parameters": {"maxDaysBetweenDaysOff": 12}}
        """
}

extension RuleExamples {
    /// CSV rows for employee E1, one shift a day for `days` days from a date, `from`–`to` local
    /// (an end before the start runs into the next day), with the header unless `header` is false.
    static func rows(from date: String, days: Int, _ from: String, _ to: String, header: Bool = true) -> String {
        guard let first = TimestampParser.parseDate(date) else { return "" }
        var csv = header ? "employee,start,end,kind\n" : ""
        let overnight = to < from
        for d in first..<(first + days) {
            let endDay = overnight ? d + 1 : d
            csv += "E1,\(CivilDate(dayNumber: d)) \(from),\(CivilDate(dayNumber: endDay)) \(to),work\n"
        }
        return csv
    }
}
