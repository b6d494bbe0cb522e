/// Helbredskontrol ved natarbejde: a night worker has a right to a health check before starting
/// and then at regular intervals shorter than 3 years (arbejdstidsloven § 6; seed 004 lines
/// 2672–2682: "fast natarbejde eller … 300 timers natarbejde … inden for et år har krav på
/// helbredskontrol").
///
/// One finding per night worker (`NightWork`), for the period: an **info** with the last check
/// and the next due date; a **warning** when the employees file has a `last_health_check` column
/// and the employee's cell is empty, or holds a date `healthCheckYears` (3) years or more before
/// the period starts. Decisions: without the employee in `--employees`, or without that column,
/// the check date is unknown, which is an info saying so, not a warning (the planner may keep the
/// dates elsewhere); "3 years" is the same calendar date three years on (29 February → 1 March).
public struct NightHealthCheck: Rule {
    public init() {}

    public var needs: Analyses { [] }

    public let description = RuleDescription(
        id: "night.health-check",
        title: LocalizedText(da: "Helbredskontrol ved natarbejde", en: "Health check for night workers"),
        severity: .warning,
        summary: LocalizedText(
            da: "En natarbejder har ret til helbredskontrol før natarbejdet og derefter med regelmæssige mellemrum på under 3 år. Info med næste frist; advarsel, når der ikke er registreret en kontrol, eller den seneste er 3 år eller ældre ved periodens start.",
            en: "A night worker has a right to a health check before night work and then at regular intervals shorter than 3 years. Info with the next due date; a warning when no check is recorded or the last one is 3 years or older when the period starts."),
        sources: [Citation(.arbejdstidsloven, "§ 6"), .denGodeArbejdsplads("Natarbejde")],
        parameters: [.policy(.healthCheckYears), .policy(.nightWorkerShare), .policy(.nightWorkerHoursPerYear)],
        examples: [
            RuleExample(
                "Nights; the last check 3 years minus a day before the period: due the next day (info)", da: "Nattevagter; seneste kontrol 3 år minus en dag før perioden: forfalder dagen efter (info)",
                roster: RuleExamples.rows(from: "2026-03-02", days: 28, "22:00", "06:00"),
                employees: "employee,last_health_check\nE1,2023-03-03\n",
                expect: ["E1 2026-03-02 00:00–2026-03-31 00:00 -/-"]),
            RuleExample(
                "Nights; the last check exactly 3 years before the period (warning)", da: "Nattevagter; seneste kontrol præcis 3 år før perioden (advarsel)",
                roster: RuleExamples.rows(from: "2026-03-02", days: 28, "22:00", "06:00"),
                employees: "employee,last_health_check\nE1,2023-03-02\n",
                expect: ["E1 2026-03-02 00:00–2026-03-31 00:00 1096/1096"]),
            RuleExample(
                "Nights; the employees file records no check (warning)", da: "Nattevagter; medarbejderfilen har ingen kontrol registreret (advarsel)",
                roster: RuleExamples.rows(from: "2026-03-02", days: 28, "22:00", "06:00"),
                employees: "employee,last_health_check\nE1,\n",
                expect: ["E1 2026-03-02 00:00–2026-03-31 00:00 -/-"]),
            RuleExample(
                "Four weeks of nights, no employees file: entitled, date unknown (info)", da: "Fire uger med nattevagter, ingen medarbejderfil: ret til kontrol, dato ukendt (info)",
                roster: RuleExamples.rows(from: "2026-03-02", days: 28, "22:00", "06:00"),
                expect: ["E1 2026-03-02 00:00–2026-03-31 00:00 -/-"]),
            RuleExample(
                "Four weeks of day shifts: not a night worker", da: "Fire uger med dagvagter: ikke natarbejder",
                roster: RuleExamples.rows(from: "2026-03-02", days: 28, "07:00", "15:00")),
        ])

    enum Message: UInt8 {
        /// A check is recorded and not yet due.
        case due
        /// The employees file records no check.
        case noRecord
        /// The last check is too old.
        case overdue
        /// The date of the last check is unknown.
        case unknown
    }

    /// Why the employee is a night worker, and the checks (`due` and `overdue`).
    struct Status: FindingPayload {
        /// 0 by share, 1 by projection, 2 marked fixed night, 3 by 12 months' hours.
        var basis: Int32
        /// The share of working days with 3 night hours, in thousandths; the night hours a year.
        var share, hours: Int32
        /// The last check and the next due date (days).
        var last, due: Int32
    }

    public func check(_ t: EmployeeTimeline, _ plan: PlanContext, into findings: inout FindingSink) {
        let night = t.nightWork
        guard night.nightWorker else { return }
        let basis: Int32 = night.basis == .share ? 0 : night.basis == .projection ? 1 : night.basis == .twelveMonths ? 3 : 2
        let share = Int32((night.share * 1000).rounded()), hours = Int32(clamping: Int(night.projectedHours.rounded()))
        func add(_ severity: Severity, _ m: Message, _ last: Day = 0, _ due: Day = 0, measured: Double? = nil, limit: Double? = nil) {
            findings.add(severity, employee: t.employee, start: plan.periodStart, end: plan.periodEnd, measured: measured,
                    limit: limit, unit: .days, message: MessageValues(variant: m.rawValue, Status(basis: basis, share: share, hours: hours, last: last.int32, due: due.int32)))
        }
        let s = Self.status(t.employee, plan)
        switch s.status {
        case .unknown: add(.info, .unknown)
        case .noRecord: add(.warning, .noRecord)
        case .overdue:
            let (last, due) = (s.lastCheck ?? 0, s.nextDue ?? 0)
            // --redact: the days since the last check would give its date away.
            add(.warning, .overdue, last, due, measured: plan.redactsPersonalData ? nil : Double(plan.firstDay - last),
                limit: plan.redactsPersonalData ? nil : Double(due - last))
        case .due: add(.info, .due, s.lastCheck ?? 0, s.nextDue ?? 0)
        }
    }

    /// A night worker's health check: the last one, the next due date and what that means at
    /// the period's start (shared with the report's employee summary).
    public static func status(_ employee: Int32, _ plan: PlanContext) -> HealthCheckStatus {
        guard let facts = plan.employeeFacts[Int(employee)], plan.recordsHealthChecks else {
            return HealthCheckStatus(lastCheck: nil, nextDue: nil, status: .unknown)
        }
        guard let last = facts.lastHealthCheck else { return HealthCheckStatus(lastCheck: nil, nextDue: nil, status: .noRecord) }
        let due = sameDate(last, yearsLater: plan.policy.healthCheckYears)
        return HealthCheckStatus(lastCheck: last, nextDue: due, status: due <= plan.firstDay ? .overdue : .due)
    }

    /// The same calendar date `years` later (29 February → 1 March).
    static func sameDate(_ day: Day, yearsLater years: Int) -> Day {
        let d = CivilDate(dayNumber: day)
        let year = d.year + years
        if d.day > CivilDate.daysInMonth(year: year, month: d.month) { return CivilDate(year: year, month: d.month + 1, day: 1).dayNumber }
        return CivilDate(year: year, month: d.month, day: d.day).dayNumber
    }

    public func writeMessage(of f: Finding, _ plan: PlanContext, _ l: Language, into w: inout ByteWriter) {
        let da = l == .da
        let m = f.message, p = m.payload(as: Status.self)
        w.append(da ? "Natarbejder (" : "Night worker (")
        switch p.basis {
        case 0:
            w.append(int: (p.share + 5) / 10); w.append(da ? " % af arbejdsdagene har mindst 3 nattimer" : " % of the working days have at least 3 night hours")
        case 1:
            w.append(da ? "ca. " : "about "); w.append(int: p.hours); w.append(da ? " nattimer om året" : " night hours a year")
        case 3:
            w.append(int: p.hours); w.append(da ? " nattimer inden for 12 måneder" : " night hours within 12 months")
        default:
            w.append(da ? "markeret fast nat" : "marked fixed night")
        }
        w.append(da ? "): ret til helbredskontrol med mellemrum på under " : "): entitled to a health check at intervals shorter than ")
        w.append(int: plan.policy.healthCheckYears); w.append(da ? " år. " : " years. ")
        switch Message(rawValue: m.variant) ?? .unknown {
        case .due where plan.redactsPersonalData:
            w.append(da ? "En kontrol er registreret inden for fristen." : "A check is recorded within the interval.")
        case .overdue where plan.redactsPersonalData:
            w.append(da ? "Seneste registrerede kontrol er for gammel; tilbyd en ny." : "The last recorded check is too old; offer a new one.")
        case .due:
            w.append(da ? "Seneste kontrol " : "Last check "); w.date(p.last)
            w.append(da ? "; næste senest " : "; next by "); w.date(p.due); w.append(".")
        case .noRecord:
            w.append(da ? "Medarbejderfilen har ingen helbredskontrol registreret; tilbyd en." : "The employees file records no health check; offer one.")
        case .overdue:
            w.append(da ? "Seneste kontrol " : "Last check "); w.date(p.last)
            w.append(da ? " er for gammel (fristen var " : " is too old (it was due by "); w.date(p.due)
            w.append(da ? "); tilbyd en ny." : "); offer a new one.")
        case .unknown:
            w.append(da ? "Datoen for seneste kontrol kendes ikke (ikke i medarbejderfilens kolonne helbredskontrol)." : "The date of the last check is unknown (not in the employees file's last_health_check column).")
        }
    }
}
