/// Everything a check needs besides the roster rows: options and the derived plan period.
public struct CheckInput: Sendable {
    public var roster: Roster
    public var employees: EmployeeDirectory?
    public var agreements: [Agreement]
    public var policy: Policy
    /// `--published`: the day the plan was handed out.
    public var published: Day?
    /// `--period FROM..TO` (inclusive local dates); default from the data (DESIGN.md «The plan period»).
    public var period: ClosedRange<Day>?
    /// `--previous`: the previous period's roster, used as history only.
    public var previous: Roster?
    /// `--wishes`: the staff's wishes (`rec.12`).
    public var wishes: Wishes?
    /// `--rotation`: the plan period is one cycle of this many weeks (`Rotation`).
    public var rotationWeeks: Int?
    /// `--redact`: the report is meant to be shared, so the values of the employees file's
    /// sensitive columns and what follows from them (dates of pregnancy and health checks, birth
    /// dates and ages) are left out of every sentence and summary; the findings stay.
    public var redactsPersonalData = false

    public init(
        roster: Roster, employees: EmployeeDirectory? = nil, agreements: [Agreement] = [], policy: Policy = Policy(),
        published: Day? = nil, period: ClosedRange<Day>? = nil, previous: Roster? = nil, wishes: Wishes? = nil
    ) {
        self.wishes = wishes
        self.roster = roster
        self.employees = employees
        self.agreements = agreements
        self.policy = policy
        self.published = published
        self.period = period
        self.previous = previous
    }
}

/// The read-only context shared by all rules in a run.
public struct PlanContext: Sendable {
    /// The roster judged (with `--previous` rows merged in as history).
    public let roster: Roster
    public let policy: Policy
    /// `CheckInput.redactsPersonalData`.
    public let redactsPersonalData: Bool
    public let agreements: [Agreement]
    /// Indices of the agreements that allow reduced rest / postponed days off.
    public let restAgreements: [Int]
    public let postponementAgreements: [Int]
    /// Per roster employee, the facts from `--employees` (nil when absent).
    public let employeeFacts: [Employee?]
    /// The employees file has a health-check column (`night.health-check`).
    public let recordsHealthChecks: Bool
    public let published: Day?
    /// The plan period: first and last local date, inclusive.
    public let firstDay: Day
    public let lastDay: Day
    /// Instants of the period's edges: local midnight starting `firstDay` and ending `lastDay`.
    public let periodStart: Minute
    public let periodEnd: Minute
    /// Where history starts: the period start, or earlier when `--previous` gives rows.
    public let analysisStart: Minute
    public let hasHistory: Bool
    /// `--rotation`: the plan period is one cycle of this many weeks of a repeating plan, judged
    /// across the wrap (`Rotation`); nil for a plan that does not repeat.
    public internal(set) var rotationWeeks: Int?
    /// The findings that exist only across the wrap (their sentence says so).
    public internal(set) var acrossWrap: Set<FindingKey> = []

    /// On-call at the workplace stops counting as rest from this instant (2024-07-01 00:00
    /// Copenhagen) **(law)**.
    public static let onCallRestAbolished = Copenhagen.midnight(CivilDate(year: 2024, month: 7, day: 1).dayNumber)

    public init(_ input: CheckInput) {
        var roster = input.roster
        let ownSpan = roster.span ?? (0, 1)
        let first = input.period?.lowerBound ?? Copenhagen.day(of: ownSpan.start)
        // The first local midnight at or after the latest end (DESIGN.md «The plan period»).
        let endDay = Copenhagen.day(of: ownSpan.end)
        let last = input.period?.upperBound ?? (Copenhagen.midnight(endDay) == ownSpan.end ? endDay - 1 : endDay)
        var analysisStart = Copenhagen.midnight(first)
        if let previous = input.previous, let span = previous.span {
            roster = roster.adding(history: previous)
            analysisStart = min(analysisStart, Copenhagen.midnight(Copenhagen.day(of: span.start)))
        }
        self.roster = roster
        self.policy = input.policy
        self.redactsPersonalData = input.redactsPersonalData
        self.agreements = input.agreements
        self.restAgreements = input.agreements.indices.filter { input.agreements[$0].has(.restReduction) }
        self.postponementAgreements = input.agreements.indices.filter { input.agreements[$0].has(.dayOffPostponement) }
        self.employeeFacts = roster.employeeIDs.map { input.employees?[$0] }
        self.recordsHealthChecks = input.employees?.recordsHealthChecks ?? false
        self.published = input.published
        self.firstDay = first
        self.lastDay = max(first, last)
        self.periodStart = Copenhagen.midnight(first)
        self.periodEnd = Copenhagen.midnight(max(first, last) + 1)
        self.analysisStart = analysisStart
        self.hasHistory = input.previous != nil
        self.rotationWeeks = input.rotationWeeks
        // Day tables for the per-employee pass (shaped for speed: no time zone arithmetic per shift).
        let days = Copenhagen.days
        let base = days.day(of: analysisStart)
        let count = max(first, last) - base + 1
        self.dayBase = base
        self.dayCount = count
        self.midnights = (0...(count + 1)).map { days.midnight(base + $0) }
        let wraps = input.policy.nightFrom > input.policy.nightTo
        self.nightStarts = (-1...count).map { NightPeriod.instant(base + $0, input.policy.nightFrom) }
        self.nightEnds = (-1...count).map { NightPeriod.instant(base + $0 + (wraps ? 1 : 0), input.policy.nightTo) }
        // Per analysed day, for the fairness figures (DESIGN.md «Lokal-MED's principles and fairness»): weekend, the evening 17–23,
        // and where a holiday starts (-1 = none; juleaften from 06:00 in profile kl).
        self.isWeekend = (0..<count).map { isoWeekday(base + $0) >= 6 }
        self.eveningStarts = (0..<count).map { NightPeriod.instant(base + $0, 17 * 60) }
        self.eveningEnds = (0..<count).map { NightPeriod.instant(base + $0, 23 * 60) }
        var holidays = Set<Day>()
        let firstYear = CivilDate(dayNumber: base).year, lastYear = CivilDate(dayNumber: base + max(0, count - 1)).year
        for year in firstYear...max(firstYear, lastYear) { for h in DanishHolidays.holidays(year: year) { holidays.insert(h.day) } }
        let kl = input.policy.profile == .kl
        if let w = input.wishes {
            var byEmployee = [[Wishes.Entry]](repeating: [], count: roster.employeeIDs.count)
            var index: [String: Int] = [:]
            for (e, id) in roster.employeeIDs.enumerated() { index[id] = e }
            var notices: [InputError] = []
            let period = first...max(first, last)
            for entry in w.entries {
                guard let e = index[entry.employee] else {
                    notices.append(InputError(
                        file: w.file, line: entry.line,
                        da: "ønsket for «\(shown(entry.employee))» vurderes ikke: medarbejderen har ingen vagter i vagtplanen",
                        en: "the wish for «\(shown(entry.employee))» is not judged: the employee has no shifts in the roster"))
                    continue
                }
                guard period.contains(entry.day) else {
                    notices.append(InputError(
                        file: w.file, line: entry.line,
                        da: "ønsket for \(CivilDate(dayNumber: entry.day)) vurderes ikke: dagen ligger uden for planperioden \(CivilDate(dayNumber: period.lowerBound))–\(CivilDate(dayNumber: period.upperBound))",
                        en: "the wish for \(CivilDate(dayNumber: entry.day)) is not judged: the day is outside the plan period \(CivilDate(dayNumber: period.lowerBound))–\(CivilDate(dayNumber: period.upperBound))"))
                    continue
                }
                byEmployee[e].append(entry)
            }
            self.wishes = byEmployee.map { $0.sorted { ($0.day, $0.line) < ($1.day, $1.line) } }
            self.wishNotices = notices
        } else {
            self.wishes = nil
            self.wishNotices = []
        }
        self.holidayFrom = (0..<count).map { i in
            let day = base + i
            if holidays.contains(day) { return Copenhagen.midnight(day) }
            let c = CivilDate(dayNumber: day)
            return kl && c.month == 12 && c.day == 24 ? NightPeriod.instant(day, 6 * 60) : -1
        }
    }

    /// Per roster employee, their wishes for days of the plan period (`--wishes`; nil without
    /// the option), and a notice for each wish that is not judged: an employee the roster does
    /// not have, or a day outside the period.
    public let wishes: [[Wishes.Entry]]?
    public let wishNotices: [InputError]

    public let isWeekend: [Bool]
    public let eveningStarts: [Minute]
    public let eveningEnds: [Minute]
    public let holidayFrom: [Minute]

    /// The analysed days: `dayBase` is the local date of `analysisStart`; `dayCount` days run to
    /// `lastDay`.
    public let dayBase: Day
    public let dayCount: Int
    /// `midnights[i]` is the instant day `dayBase + i` starts (to `dayCount + 1`).
    public let midnights: [Minute]
    /// The night period that starts on day `dayBase + i - 1` is `nightStarts[i]..<nightEnds[i]`
    /// (from the day before the first to the day after the last).
    public let nightStarts: [Minute]
    public let nightEnds: [Minute]

    /// The index into `midnights` of the day holding an instant (clamped to the table).
    @inline(__always)
    public func dayIndex(of instant: Minute) -> Int {
        if instant < midnights[0] { return -1 }
        var i = min(dayCount, max(0, (instant - midnights[0]) / minutesPerDay))
        while i > 0 && midnights[i] > instant { i -= 1 }
        while i < dayCount && midnights[i + 1] <= instant { i += 1 }
        return i
    }

    /// Real minutes of a shift inside night periods (DESIGN.md «Night work»), from the night table; shifts
    /// outside the table fall back to the time zone rule.
    @inline(__always)
    public func nightMinutes(_ shift: Shift) -> Int {
        var hint = -1
        return nightMinutes(shift, hint: &hint)
    }

    /// The same for shifts taken in start order: `hint` (-1 at first) keeps the day index of the
    /// previous shift, so the next one walks forward from it instead of dividing.
    @inline(__always)
    func nightMinutes(_ shift: Shift, hint: inout Int) -> Int {
        nightMinutes(start: shift.startMinute, end: shift.endMinute, hint: &hint)
    }

    /// Real minutes of `[s, e)` inside night periods; `hint` as for shifts.
    @inline(__always)
    func nightMinutes(start s: Minute, end e: Minute, hint: inout Int) -> Int {
        guard s >= midnights[0], e <= midnights[dayCount] else { return NightPeriod.minutes(start: s, end: e, policy: policy) }
        var total = 0
        var i: Int
        if hint < 0 || midnights[hint] > s {
            i = dayIndex(of: s)
        } else {
            i = hint
            while i < dayCount && midnights[i + 1] <= s { i += 1 }
        }
        hint = i
        // The night starting the day before is nightStarts[i].
        while i <= dayCount + 1 && nightStarts[i] < e {
            let overlap = min(nightEnds[i], e) - max(nightStarts[i], s)
            if overlap > 0 { total += overlap }
            i += 1
        }
        return total
    }

    /// Whether a shift is a night shift (DESIGN.md «Night work»): a working-time shift with at least 3 hours
    /// in the night period (as `NightAnalysis` decides it, for rules that need it for a few
    /// employees only and so do not ask for the whole analysis).
    public func isNightShift(_ shift: Shift) -> Bool {
        shift.kind.isWorkingTime && nightMinutes(shift) >= 180
    }

    /// The unit of a shift: its own column, else the employee's unit from `--employees`.
    public func unit(of shift: Shift) -> String? {
        roster.unit(of: shift) ?? employeeFacts[Int(shift.employee)]?.unit
    }

    /// Whether an agreement's scope covers a shift.
    public func agreement(_ index: Int, covers shift: Shift) -> Bool {
        agreements[index].inScope(
            employee: roster.employeeIDs[Int(shift.employee)], unit: unit(of: shift), label: roster.label(of: shift))
    }
}

extension PlanContext {
    /// The first window start (a day index) an averaging rule considers: 0, or in a rotation the
    /// first window that ends in the cycle (the copies before it repeat the same windows).
    public func rotationWindowsFrom(_ window: Int) -> Int {
        guard rotationWeeks != nil else { return 0 }
        return max(0, firstDay - dayBase - window + 1)
    }
}
