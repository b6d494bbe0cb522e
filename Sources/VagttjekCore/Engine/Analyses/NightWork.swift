/// Whether an employee is a night worker (natarbejder) and works fixed night (fast nat), decided
/// once from the day totals (DESIGN.md «Night work»; seed 004 lines 2672–2682), for the report's summary and
/// the night, pregnancy and health-check rules alike.
///
/// * Night worker: "normalt mindst 3 timer af sin daglige arbejdstid i natperioden" — at least
///   `nightWorkerShare` (0.5) of the working days in the period have 3 night hours or more, or
///   at least `nightWorkerHoursPerYear` (300) night hours "inden for et år": over any 365-day
///   window when the period is a year or longer, else projected from the period
///   (`nightHours × 365 / periodDays`) when the period is at least 28 days (a plan's shortest;
///   one night in a one-day roster projects to a night worker); or flagged `fixed_night` in the
///   employees file.
/// * Fixed night: flagged `fixed_night`, or at least `fixedNightShare` (0.8) of the working-time
///   shifts are night shifts.
///
/// Decisions: a working day is a local calendar day on which a working-time row starts, and its
/// night hours are those of the rows starting that day (so a night 22:00–07:00 belongs to the
/// evening it starts, and a split day 07–11 + 17–21 is one working day, not two). Over a year or
/// more, a row's night hours count in the window holding its start day.
public struct NightWork: Sendable, Equatable {
    public enum Basis: String, Sendable {
        case share, twelveMonths = "12-months", projection, flag
    }

    public var nightWorker: Bool
    /// Why, when a night worker.
    public var basis: Basis?
    public var fixedNight: Bool
    /// The share of working days with at least 3 night hours; the share of working-time shifts
    /// that are night shifts (for fixed night); the night hours a year: the most in any 365-day
    /// window when the period is a year or longer and the share does not decide, else projected
    /// from the period.
    public var share: Double
    public var shiftShare: Double
    public var projectedHours: Double
    /// Whether `projectedHours` was measured over 365-day windows rather than projected.
    public var measuredOverYear: Bool

    /// Neither (an employee not yet analysed).
    public static let none = NightWork()

    private init() {
        (nightWorker, basis, fixedNight, share, shiftShare, projectedHours, measuredOverYear) = (false, nil, false, 0, 0, 0, false)
    }

    public init(_ days: DayTotals, employee: Int32, _ plan: PlanContext) {
        let workShifts = days.periodWorkShifts, nightShifts = days.periodNightShifts
        let periodDays = plan.lastDay - plan.firstDay + 1
        share = days.periodWorkDays > 0 ? Double(days.periodNightDays) / Double(days.periodWorkDays) : 0
        shiftShare = workShifts > 0 ? Double(nightShifts) / Double(workShifts) : 0
        let policy = plan.policy
        let byShare = days.periodWorkDays > 0 && share >= policy.nightWorkerShare
        // The windows are walked only when the share does not already decide and the period
        // holds enough night hours for a window to reach the limit.
        measuredOverYear = periodDays >= 365 && !byShare
        if measuredOverYear && days.periodNight < policy.nightWorkerHoursPerYear * 60 {
            projectedHours = Double(days.periodNight) / 60
        } else if measuredOverYear {
            projectedHours = Double(Self.mostInAYear(days.startNight, from: plan.firstDay - plan.dayBase)) / 60
        } else {
            projectedHours = Double(days.periodNight) / 60 * 365 / Double(max(1, periodDays))
        }
        let flagged = plan.employeeFacts[Int(employee)]?.fixedNight ?? false
        if byShare {
            basis = .share
        } else if projectedHours >= Double(policy.nightWorkerHoursPerYear) && (measuredOverYear || periodDays >= 28) {
            basis = measuredOverYear ? .twelveMonths : .projection
        } else if flagged {
            basis = .flag
        } else {
            basis = nil
        }
        nightWorker = basis != nil
        fixedNight = flagged || (workShifts > 0 && shiftShare >= policy.fixedNightShare)
    }

    /// The most night minutes in any 365 consecutive days of `byDay` (-1 counts as 0) from
    /// index `first` on.
    static func mostInAYear(_ byDay: [Int32], from first: Int) -> Int {
        let first = max(0, first)
        func at(_ d: Int) -> Int { max(0, Int(byDay[d])) }
        guard byDay.count - first >= 365 else { return (first..<byDay.count).reduce(0) { $0 + at($1) } }
        var sum = 0
        for d in first..<(first + 365) { sum += at(d) }
        var best = sum
        for d in (first + 365)..<byDay.count {
            sum += at(d) - at(d - 365)
            best = max(best, sum)
        }
        return best
    }
}
