/// Whether an employee is a night worker (natarbejder) and works fixed night (fast nat), decided
/// once from the day totals (SPEC §3.6; seed 004 lines 2672–2682), for the report's summary and
/// the night, pregnancy and health-check rules alike.
///
/// * Night worker: at least `nightWorkerShare` (0.5) of the working-time shifts in the period
///   are night shifts (≥ 3 night hours: "normalt mindst 3 timer af sin daglige arbejdstid i
///   natperioden"), or at least `nightWorkerHoursPerYear` (300) night hours a year, projected
///   from the period (the seed: "300 timers natarbejde … inden for et år") when the period is at
///   least 28 days (a plan's shortest; one night in a one-day roster projects to a night worker),
///   or flagged `fixed_night` in the employees file.
/// * Fixed night: flagged `fixed_night`, or at least `fixedNightShare` (0.8) night shifts.
public struct NightWork: Sendable, Equatable {
    public enum Basis: String, Sendable {
        case share, projection, flag
    }

    public var nightWorker: Bool
    /// Why, when a night worker.
    public var basis: Basis?
    public var fixedNight: Bool
    /// The share of working-time shifts that are night shifts, and the night hours projected
    /// to a year.
    public var share: Double
    public var projectedHours: Double

    public init(_ days: DayTotals, employee: Int32, _ plan: PlanContext) {
        let workShifts = days.periodWorkShifts, nightShifts = days.periodNightShifts
        let periodDays = plan.lastDay - plan.firstDay + 1
        share = workShifts > 0 ? Double(nightShifts) / Double(workShifts) : 0
        projectedHours = Double(days.periodNight) / 60 * 365 / Double(max(1, periodDays))
        let flagged = plan.employeeFacts[Int(employee)]?.fixedNight ?? false
        let policy = plan.policy
        if workShifts > 0 && share >= policy.nightWorkerShare {
            basis = .share
        } else if periodDays >= 28 && projectedHours >= Double(policy.nightWorkerHoursPerYear) {
            basis = .projection
        } else if flagged {
            basis = .flag
        } else {
            basis = nil
        }
        nightWorker = basis != nil
        fixedNight = flagged || (workShifts > 0 && share >= policy.fixedNightShare)
    }
}
