/// Seniordage: how many senior days each senior is entitled to per calendar year, by profile and
/// group, and how many the plan holds (the calendar days a `seniorday` row touches) — seed 004
/// lines 4505–4600 (Den gode Arbejdsplads, «Seniordage og seniorbonus»).
///
/// * `kl`: socialpædagog, omsorgsmedhjælper, pædagogmedhjælper (and leder) → 5 days from the
///   calendar year the employee turns `seniorDaysFromAge` (58, the seed's age);
///   pædagogisk-konsulent, husholdningsleder → 5 days from the year they turn 60;
///   ledende-værkstedspersonale → 2 days the year they turn 60, 3 at 61, 4 after.
/// * `regional`: the first groups → a senior bonus convertible to days: 0.8 % → 2 days (58),
///   1.2 % → 3 days (59), 1.6 % → 4 days (60 and after); ledende-værkstedspersonale → 0.8 % at
///   60, 1.2 % at 61, 1.6 % after.
/// * `law`: senior days come from the agreements, so none are computed.
///
/// One info per senior per calendar year the period touches: entitled days and the seniorday
/// days planned in that year within the period. Decisions: an employee turning 58 on 31 December
/// is entitled for that whole year (the calendar year decides); an unknown group gives "not
/// computed" with the group named, never a guess; without a birth date nothing is judged.
public struct SeniorDays: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "senior.days",
        title: LocalizedText(da: "Seniordage", en: "Senior days"),
        severity: .info,
        summary: LocalizedText(
            da: "Seniorer har ret til seniordage (KL) eller en seniorbonus, der kan konverteres til dage (regionerne), efter alder og faggruppe. Info om ret og planlagte seniordage pr. kalenderår.",
            en: "Seniors are entitled to senior days (KL) or a senior bonus convertible to days (the regions), by age and group. Info on the entitlement and the senior days planned per calendar year."),
        sources: [.denGodeArbejdsplads("Seniordage og seniorbonus")],
        parameters: [.policy(.seniorDaysFromAge), .policy(.profile)],
        examples: [
            RuleExample(
                "A social educator turning 58 on 31 December: 5 days for the whole year, one planned", da: "En socialpædagog, der fylder 58 den 31. december: 5 dage for hele året, én planlagt",
                roster: "employee,start,end,kind\nE1,2026-03-02 07:00,2026-03-02 15:00,work\nE1,2026-03-03 00:00,2026-03-04 00:00,seniordag\n",
                employees: "employee,birth_date,group\nE1,1968-12-31,socialpædagog\n",
                expect: ["E1 2026-03-02 00:00–2026-03-04 00:00 1/5"]),
            RuleExample(
                "A 57-year-old", da: "En 57-årig",
                roster: "employee,start,end\nE1,2026-03-02 07:00,2026-03-02 15:00\n",
                employees: "employee,birth_date,group\nE1,1969-01-01,socialpædagog\n"),
            RuleExample(
                "Regional, 59: 1.2 % converts to 3 days", da: "Regional, 59 år: 1,2 % svarer til 3 dage",
                roster: "employee,start,end\nE1,2026-03-02 07:00,2026-03-02 15:00\n",
                policy: "{\"profile\": \"regional\"}",
                employees: "employee,birth_date,group\nE1,1967-05-01,socialpædagog\n",
                expect: ["E1 2026-03-02 00:00–2026-03-03 00:00 0/3"]),
            RuleExample(
                "An unknown group: not computed", da: "En ukendt faggruppe: ikke beregnet",
                roster: "employee,start,end\nE1,2026-03-02 07:00,2026-03-02 15:00\n",
                employees: "employee,birth_date,group\nE1,1960-05-01,kok\n",
                expect: ["E1 2026-03-02 00:00–2026-03-03 00:00 -/-"]),
        ])

    /// Days (and, in the regional profile, the bonus in tenths of a percent) for a group at an
    /// age in a year; nil when the group is not known; 0 days when not yet a senior.
    static func entitlement(group: String, age: Int, profile: Policy.Profile, from start: Int) -> (days: Int, bonusTenths: Int)? {
        let g = group.lowercased()
        let first = ["socialpædagog", "omsorgsmedhjælper", "pædagogmedhjælper", "leder"].contains(g)
        let late = ["pædagogisk-konsulent", "husholdningsleder"].contains(g)
        let workshop = g == "ledende-værkstedspersonale"
        guard first || late || workshop else { return nil }
        func steps(_ from: Int) -> (Int, Int) {
            age < from ? (0, 0) : age == from ? (2, 8) : age == from + 1 ? (3, 12) : (4, 16)
        }
        switch profile {
        case .law: return (0, 0)
        case .kl:
            if first { return (age >= start ? 5 : 0, 0) }
            if late { return (age >= 60 ? 5 : 0, 0) }
            let s = steps(60)
            return (s.0, 0)
        case .regional:
            let s = first ? steps(start) : workshop ? steps(60) : (0, 0)
            if late { return nil }  // the regional agreement's groups are the first ones and the workshop staff
            return s
        }
    }

    public func check(_ t: EmployeeTimeline, _ plan: PlanContext, into findings: inout FindingSink) {
        for y in Self.years(t, plan) {
            let start = Copenhagen.midnight(y.from), end = Copenhagen.midnight(y.to + 1)
            if let days = y.entitled {
                findings.add(.info, employee: t.employee, start: start, end: end, measured: Double(y.planned), limit: Double(days),
                        unit: .days, message: MessageValues(variant: 0, Entitlement(
                            year: Int32(y.year), age: y.age.int32, days: days.int32, planned: y.planned.int32,
                            bonusTenths: Int32(((y.bonusPercent ?? 0) * 10).rounded()))))
            } else {
                findings.add(.info, employee: t.employee, start: start, end: end, measured: nil, limit: nil, unit: .days,
                        message: MessageValues(variant: 1, Entitlement(year: Int32(y.year), age: y.age.int32, days: 0, planned: 0, bonusTenths: 0)))
            }
        }
    }

    /// The senior days of each calendar year the period touches, for seniors (and "not
    /// computed" years for employees old enough with an unknown group); shared with the report's
    /// employee summary.
    public static func years(_ t: EmployeeTimeline, _ plan: PlanContext) -> [SeniorDaysYear] {
        guard plan.policy.profile != .law, let facts = plan.employeeFacts[Int(t.employee)], let born = facts.birthDate else { return [] }
        let birthYear = CivilDate(dayNumber: born).year
        let firstYear = CivilDate(dayNumber: plan.firstDay).year, lastYear = CivilDate(dayNumber: plan.lastDay).year
        var out: [SeniorDaysYear] = []
        for year in firstYear...lastYear {
            let age = year - birthYear  // the age the employee turns that year
            let from = max(plan.firstDay, CivilDate(year: year, month: 1, day: 1).dayNumber)
            let to = min(plan.lastDay, CivilDate(year: year, month: 12, day: 31).dayNumber)
            let group = facts.group ?? ""
            var y = SeniorDaysYear(year: year, age: age, group: group, profile: plan.policy.profile.rawValue, entitled: nil, planned: 0, bonusPercent: nil, from: from, to: to)
            guard let e = Self.entitlement(group: group, age: age, profile: plan.policy.profile, from: plan.policy.seniorDaysFromAge) else {
                // Not computed: only for an employee old enough to be a senior in some group.
                if age >= min(plan.policy.seniorDaysFromAge, 60) { out.append(y) }
                continue
            }
            guard e.days > 0 else { continue }
            y.planned = Self.seniorDayCount(plan.roster.shifts, t.shifts, from: from, to: to)
            y.entitled = e.days
            if e.bonusTenths > 0 { y.bonusPercent = Double(e.bonusTenths) / 10 }
            out.append(y)
        }
        return out
    }

    /// The calendar days `from...to` that a `seniorday` row touches: a row over three days is
    /// three days, two rows on one date are one (design notes, "Absences are days").
    static func seniorDayCount(_ shifts: [Shift], _ rows: Range<Int>, from: Int, to: Int) -> Int {
        var days = Set<Int>()
        for i in rows where shifts[i].kind == .seniorday {
            let shift = shifts[i]
            guard shift.endMinute > shift.startMinute else { continue }
            let first = max(from, Copenhagen.day(of: shift.startMinute))
            let last = min(to, Copenhagen.day(of: shift.endMinute - 1))
            if first <= last { for day in first...last { days.insert(day) } }
        }
        return days.count
    }

    /// One year's senior days: the year and the age turned in it; the days, the days planned and
    /// the bonus in tenths of a percent (variant 0; variant 1, not computed, has only the first two).
    struct Entitlement: FindingPayload { var year, age, days, planned, bonusTenths: Int32 }

    public func writeMessage(of f: Finding, _ plan: PlanContext, _ l: Language, into w: inout ByteWriter) {
        let da = l == .da
        let m = f.message, p = m.payload(as: Entitlement.self)
        let group = plan.employeeFacts[Int(f.employee)]?.group ?? ""
        w.append(da ? "Seniordage " : "Senior days "); w.append(int: p.year); w.append(": ")
        if m.variant == 1 {
            w.append(da ? "ikke beregnet: faggruppen «" : "not computed: the group «"); w.append(string: shown(group))
            if plan.redactsPersonalData {  // --redact: the age follows from the birth date
                w.append(da ? "» er ukendt. Angiv faggruppen i medarbejderfilen." : "» is unknown. Give the group in the employees file.")
                return
            }
            w.append(da ? "» er ukendt (fylder " : "» is unknown (turns "); w.append(int: p.age)
            w.append(da ? " i år). Angiv faggruppen i medarbejderfilen." : " this year). Give the group in the employees file.")
            return
        }
        w.append(da ? "ret til " : "entitled to "); w.append(int: p.days)
        w.append(da ? " dage (" : " days ("); w.append(string: shown(group))
        if !plan.redactsPersonalData { w.append(da ? ", fylder " : ", turns "); w.append(int: p.age) }
        if p.bonusTenths > 0 {
            w.append(da ? "; seniorbonus " : "; senior bonus "); w.append(hundredths: Int(p.bonusTenths) * 10, danish: da)
            w.append(da ? " %, der kan konverteres til dagene" : " %, convertible to the days")
        }
        w.append(da ? "); planlagt " : "); planned "); w.append(int: p.planned)
        w.append(da ? " i perioden." : " in the period.")
    }
}
