/// Daglig hviletid: 11 hours of rest within every 24 hours (arbejdsmiljøloven § 50, BEK 324 § 3).
///
/// Counted backward, as Danish practice does: at the end `e` of every work period P, the window
/// `[e − 24 h, e]` must hold a free stretch of at least 11 h (a stretch that began earlier counts
/// from `e − 24 h`). Checking at the ends of work periods is exact: the window's longest free
/// stretch can only shrink while work continues. One work period longer than 13 h therefore
/// always violates.
///
/// When a rest-reduction agreement applies to P (DESIGN.md «Local agreements»), the requirement is the agreement's
/// `minRestHours` (≥ 8); the cap and compensation are judged by `rest.reduced` and
/// `rest.compensation`. When no agreement applies, the message says why (out of scope or out of
/// validity), so the TR and planner see which rule bites.
public struct DailyRest: Rule {
    public init() {}

    public var needs: Analyses { .rest }

    public let description = RuleDescription(
        id: "rest.daily",
        title: LocalizedText(da: "Daglig hviletid (11 timer)", en: "Daily rest (11 hours)"),
        severity: .error,
        summary: LocalizedText(
            da: "Inden for hver periode på 24 timer skal der være mindst 11 timers sammenhængende hvile. Der tælles tilbage fra slutningen af hver arbejdsperiode. Med en lokalaftale om nedsat hviletid er kravet aftalens minimum (mindst 8 timer).",
            en: "Within every 24 hours there must be at least 11 consecutive hours of rest, counted back from the end of each work period. Under a local rest-reduction agreement the requirement is the agreement's minimum (at least 8 hours)."),
        sources: [Citation(.arbejdsmiljoloven, "§ 50"), Citation(.hvileBekendtgorelsen, "§ 3"), .denGodeArbejdsplads("Lokalaftaler om arbejdstid")],
        parameters: [
            .policy(.dailyRestHours),
            .agreement(.minRestHours),
        ],
        examples: [
            RuleExample(
                "12:00–22:00, next day 08:00–16:00 gives 10 h", da: "12:00–22:00, næste dag 08:00–16:00 giver 10 t",
                roster: "employee,start,end\nE1,2026-03-03 12:00,2026-03-03 22:00\nE1,2026-03-04 08:00,2026-03-04 16:00\n",
                expect: ["E1 2026-03-04 08:00–2026-03-04 16:00 10/11"]),
            RuleExample(
                "next day from 09:00 is fine", da: "næste dag fra 09:00 er i orden",
                roster: "employee,start,end\nE1,2026-03-03 12:00,2026-03-03 22:00\nE1,2026-03-04 09:00,2026-03-04 16:00\n"),
            RuleExample(
                "07–15, next day 07–21 counts back from 21:00: 10 h", da: "07–15, næste dag 07–21 tælles tilbage fra 21:00: 10 t",
                roster: "employee,start,end\nE1,2026-03-03 07:00,2026-03-03 15:00\nE1,2026-03-04 07:00,2026-03-04 21:00\n",
                expect: ["E1 2026-03-04 07:00–2026-03-04 21:00 10/11"]),
            RuleExample(
                "a single 07:00–21:00 after days off", da: "en enkelt 07:00–21:00 efter fridage",
                roster: "employee,start,end\nE1,2026-03-04 07:00,2026-03-04 21:00\n",
                expect: ["E1 2026-03-04 07:00–2026-03-04 21:00 10/11"]),
            RuleExample(
                "A 13 h shift leaves exactly 11 h", da: "En vagt på 13 t efterlader præcis 11 t",
                roster: "employee,start,end\nE1,2026-03-04 07:00,2026-03-04 20:00\n"),
            RuleExample(
                "Touching shifts are one work period (evening then night: 15:00–07:00)", da: "Vagter, der støder op til hinanden, er én arbejdsperiode (aften, så nat: 15:00–07:00)",
                roster: "employee,start,end\nE1,2026-03-04 15:00,2026-03-04 23:00\nE1,2026-03-04 23:00,2026-03-05 07:00\n",
                expect: ["E1 2026-03-04 15:00–2026-03-05 07:00 8/11"]),
            RuleExample(
                "On-call at home is rest for the daily rest", da: "Rådighed i hjemmet er hvile for den daglige hvile",
                roster: "employee,start,end,kind\nE1,2026-03-03 07:00,2026-03-03 15:00,work\nE1,2026-03-03 15:00,2026-03-04 07:00,oncall-home\nE1,2026-03-04 07:00,2026-03-04 15:00,work\n"),
            RuleExample(
                "A sleeping night watch after 2024-07-01 is work, legacyOnCallAsRest or not", da: "En sovevagt efter 1. juli 2024 er arbejde, med eller uden legacyOnCallAsRest",
                roster: "employee,start,end,kind\nE1,2026-03-03 15:00,2026-03-03 23:00,work\nE1,2026-03-03 23:00,2026-03-04 07:00,sovevagt\n",
                policy: "{\"legacyOnCallAsRest\": true}",
                expect: ["E1 2026-03-03 15:00–2026-03-04 07:00 8/11"]),
            RuleExample(
                "A sleeping night watch before 2024-07-01 under legacyOnCallAsRest is rest", da: "En sovevagt før 1. juli 2024 er hvile med legacyOnCallAsRest",
                roster: "employee,start,end,kind\nE1,2024-03-05 15:00,2024-03-05 23:00,work\nE1,2024-03-05 23:00,2024-03-06 07:00,sovevagt\nE1,2024-03-06 10:00,2024-03-06 18:00,work\n",
                policy: "{\"legacyOnCallAsRest\": true}"),
            RuleExample(
                "A sleeping night watch before 2024-07-01 without legacyOnCallAsRest is work", da: "En sovevagt før 1. juli 2024 er arbejde uden legacyOnCallAsRest",
                roster: "employee,start,end,kind\nE1,2024-03-05 15:00,2024-03-05 23:00,work\nE1,2024-03-05 23:00,2024-03-06 07:00,sovevagt\n",
                expect: ["E1 2024-03-05 15:00–2024-03-06 07:00 8/11"]),
            RuleExample(
                "dailyRestHours 11.999 is 720 min, rounded as every setting in hours: 11 h 59 min is too short", da: "dailyRestHours 11,999 er 720 min, afrundet som enhver indstilling i timer: 11 t 59 min er for kort",
                roster: "employee,start,end\nE1,2026-03-03 12:00,2026-03-03 22:01\nE1,2026-03-04 10:00,2026-03-04 16:00\n",
                policy: "{\"dailyRestHours\": 11.999}",
                expect: ["E1 2026-03-04 10:00–2026-03-04 16:00 11.98/12"]),
            RuleExample(
                "Under an agreement 8 h is allowed, 7 h is not", da: "Med en aftale er 8 t tilladt, 7 t er ikke",
                roster: "employee,start,end,unit\nE1,2026-03-03 15:00,2026-03-03 23:00,Hus Nord\nE1,2026-03-04 07:00,2026-03-04 15:00,Hus Nord\nE1,2026-03-10 16:00,2026-03-11 00:00,Hus Nord\nE1,2026-03-11 07:00,2026-03-11 15:00,Hus Nord\n",
                agreements: [RuleExamples.agreementHusNord],
                expect: ["E1 2026-03-11 07:00–2026-03-11 15:00 7/8"]),
            RuleExample(
                "A reduction outside the agreement's scope is a rest.daily error", da: "En nedsættelse uden for aftalens område er en rest.daily-fejl",
                roster: "employee,start,end,unit\nE1,2026-03-03 15:00,2026-03-03 23:00,Hus Syd\nE1,2026-03-04 07:00,2026-03-04 15:00,Hus Syd\n",
                agreements: [RuleExamples.agreementHusNord],
                expect: ["E1 2026-03-04 07:00–2026-03-04 15:00 8/11"]),
            RuleExample(
                "A reduction before the agreement's validFrom is a rest.daily error", da: "En nedsættelse før aftalens validFrom er en rest.daily-fejl",
                roster: "employee,start,end,unit\nE1,2026-01-13 15:00,2026-01-13 23:00,Hus Nord\nE1,2026-01-14 07:00,2026-01-14 15:00,Hus Nord\n",
                agreements: [RuleExamples.agreementHusNord],
                expect: ["E1 2026-01-14 07:00–2026-01-14 15:00 8/11"]),
        ])

    public func check(_ t: EmployeeTimeline, _ plan: PlanContext, into findings: inout FindingSink) {
        let dailyRest = plan.policy.dailyRestMinutes
        let periods = t.periods.rest
        for (i, period) in periods.enumerated() where t.rest.verdict[i] == .tooShort {
            let rest = t.rest.longest[i]
            let a = t.rest.agreement[i]
            let required = a >= 0 ? plan.agreements[a].minRestMinutes : dailyRest
            let onCall = period.members.contains {
                let s = plan.roster.shifts[t.periods.restMembers[$0]]
                return s.kind == .oncallWorkplace && s.endMinute > PlanContext.onCallRestAbolished
            }
            let why = a >= 0 ? (Reason.belowMinimum, a, 0) : whyNoAgreement(t, period, plan)
            let tooLong = period.length > minutesPerDay - required || i == 0
            let measured = ShortRest(
                rest: rest.int32, required: required.int32, earliest: tooLong ? 0 : (periods[i - 1].end + required).int32,
                note: why.0.rawValue | (onCall ? Self.onCallIsWork : 0), agreement: why.1.int32, shift: why.2.int32)
            let message = MessageValues(variant: (tooLong ? Message.periodTooLong : .restTooShort).rawValue, measured)
            findings.add(.error, employee: t.employee, start: period.start, end: period.end,
                    measured: Finding.hours(rest), limit: Finding.hours(required), unit: .h, message: message)
        }
    }

    /// Why no rest-reduction agreement covers the period: the agreement that comes closest
    /// (in scope but out of validity first, then the first one), or none given; with the
    /// agreement and the shift outside its scope.
    func whyNoAgreement(_ t: EmployeeTimeline, _ period: WorkPeriod, _ plan: PlanContext) -> (Reason, Int, Int) {
        guard let first = plan.restAgreements.first else { return (.noAgreement, 0, 0) }
        let members = period.members.map { t.periods.restMembers[$0] }
        for a in plan.restAgreements where members.allSatisfy({ plan.agreement(a, covers: plan.roster.shifts[$0]) }) {
            return (.outOfValidity, a, 0)
        }
        let outside = members.first { !plan.agreement(first, covers: plan.roster.shifts[$0]) } ?? members[0]
        return (.outOfScope, first, outside)
    }
}

extension DailyRest {
    enum Message: UInt8 {
        /// The work period alone leaves too little rest in the 24 h before its end.
        case periodTooLong
        /// The rest before the work period is too short.
        case restTooShort
    }

    /// What a too-short rest measured.
    struct ShortRest: FindingPayload {
        /// The longest rest in the 24 h up to the period's end, and the rest required (minutes).
        var rest, required: Int32
        /// The earliest lawful start of the period (`restTooShort` only).
        var earliest: Int32
        /// `Reason` in the low byte, and `onCallIsWork`.
        var note: Int32
        /// The agreement that comes closest, and the shift outside its scope (indices).
        var agreement, shift: Int32
    }

    /// Why a short rest was not allowed (the note's low byte).
    enum Reason: Int32 {
        /// No rest-reduction agreement was given.
        case noAgreement
        /// The agreement applies but the rest is below its minimum.
        case belowMinimum
        case outOfValidity
        /// A shift is outside the agreement's scope.
        case outOfScope
    }

    /// The note's flag: the period holds on-call at the workplace after 2024-07-01.
    static let onCallIsWork: Int32 = 0x100

    public func writeMessage(of f: Finding, _ plan: PlanContext, _ l: Language, into w: inout ByteWriter) {
        let m = f.message, p = m.payload(as: ShortRest.self)
        let rest = p.rest, required = p.required
        if l == .da {
            if m.variant == Message.periodTooLong.rawValue {
                w.append("Arbejdsperioden "); w.short(f.start); w.append("–"); w.short(f.end)
                w.append(" varer "); w.hours(f.end - f.start, true); w.append(" t, så døgnet før dens slut har kun ")
                w.hours(rest, true); w.append(" t hvile; kræver "); w.hours(required, true)
                w.append(" t. Afkort eller del vagten, så den højst varer "); w.hours(minutesPerDay - Int(required), true); w.append(" t. ")
            } else {
                w.append("Hvilen før vagten "); w.short(f.start); w.append(" er "); w.hours(rest, true)
                w.append(" t i døgnet op til "); w.short(f.end); w.append("; kræver "); w.hours(required, true)
                w.append(" t. Flyt vagten til tidligst "); w.short(p.earliest); w.append(" eller afkort den forrige. ")
            }
        } else {
            if m.variant == Message.periodTooLong.rawValue {
                w.append("The work period "); w.short(f.start); w.append("–"); w.short(f.end)
                w.append(" lasts "); w.hours(f.end - f.start, false); w.append(" h, so the 24 h before its end hold only ")
                w.hours(rest, false); w.append(" h of rest; "); w.hours(required, false)
                w.append(" h required. Shorten or split the shift to at most "); w.hours(minutesPerDay - Int(required), false); w.append(" h. ")
            } else {
                w.append("The rest before the shift "); w.short(f.start); w.append(" is "); w.hours(rest, false)
                w.append(" h in the 24 h up to "); w.short(f.end); w.append("; "); w.hours(required, false)
                w.append(" h required. Move the shift to "); w.short(p.earliest); w.append(" at the earliest or shorten the previous one. ")
            }
        }
        writeNote(Int(p.note), agreement: Int(p.agreement), shift: Int(p.shift), plan, l, into: &w)
    }

    /// Why a short rest was not allowed (the last sentence of the message).
    func writeNote(_ note: Int, agreement a: Int, shift shiftIndex: Int, _ plan: PlanContext, _ l: Language, into w: inout ByteWriter) {
        let da = l == .da
        if note & Int(Self.onCallIsWork) != 0 {
            w.append(da
                ? "Rådighedsvagt på arbejdsstedet (sovevagt) er arbejdstid fra 1. juli 2024 og tæller ikke som hvile. "
                : "On-call at the workplace (sleeping night watch) is working time from 1 July 2024 and does not count as rest. ")
        }
        switch Reason(rawValue: Int32(note & 0xFF)) ?? .noAgreement {
        case .noAgreement:
            w.append(da
                ? "Nedsat hviletid (ned til 8 t) kræver en skriftlig lokalaftale."
                : "Reduced rest (down to 8 h) needs a written local agreement.")
        case .belowMinimum:
            w.append(da ? "Aftalen " : "Agreement "); w.append(string: plan.agreements[a].id)
            w.append(da ? " tillader nedsættelse til " : " allows a reduction to ")
            w.append(number: plan.agreements[a].minRestHours, danish: da)
            w.append(da ? " t, ikke mindre." : " h, not less.")
        case .outOfValidity:
            w.append(da ? "Aftalen " : "Agreement "); w.append(string: plan.agreements[a].id)
            w.append(da ? " gælder ikke her: perioden ligger uden for aftalens gyldighed " : " does not apply here: the period lies outside its validity ")
            w.append(string: plan.agreements[a].validityText); w.append(".")
        case .outOfScope:
            let agreement = plan.agreements[a]
            let shift = plan.roster.shifts[shiftIndex]
            w.append(da ? "Aftalen " : "Agreement "); w.append(string: agreement.id)
            w.append(da ? " gælder ikke her: vagten " : " does not apply here: the shift "); w.short(shift.startMinute)
            let details = [plan.roster.label(of: shift), plan.unit(of: shift)].compactMap { $0 }
            if !details.isEmpty { w.append(" ("); w.append(string: details.joined(separator: ", ")); w.append(")") }
            w.append(da ? " er uden for aftalens område (" : " is outside its scope (")
            var parts: [String] = []
            let scope = agreement.scope
            if !scope.units.isEmpty { parts.append((da ? "enheder: " : "units: ") + scope.units.joined(separator: ", ")) }
            if !scope.labels.isEmpty { parts.append((da ? "vagtkoder: " : "labels: ") + scope.labels.joined(separator: ", ")) }
            if !scope.employees.isEmpty { parts.append((da ? "medarbejdere: " : "employees: ") + scope.employees.joined(separator: ", ")) }
            w.append(string: parts.joined(separator: "; ")); w.append(").")
        }
    }
}
