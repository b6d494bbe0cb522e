/// The analyses of an employee's shifts that rules may ask for, beyond the work periods and
/// day totals every employee gets (the report's summary needs those).
public struct Analyses: OptionSet, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// The daily rest of every work period (`RestAnalysis`).
    public static let rest = Analyses(rawValue: 1)
    /// The days off and the stretches between them (`DayOffAnalysis`).
    public static let daysOff = Analyses(rawValue: 2)
    /// Night minutes and categories of the shifts (`NightAnalysis`).
    public static let night = Analyses(rawValue: 4)
    /// The shift patterns and figures of the recommendations (`ShiftPatterns`,
    /// `RecommendationMetrics`).
    public static let patterns = Analyses(rawValue: 8)
}

/// One employee's shifts and the analyses rules share, built once per employee by the engine
/// and composed here: the work periods (`WorkPeriods`), the day totals (`DayTotals`), and what
/// the registered rules ask for (`Rule.needs`): the rest (`RestAnalysis`), the days off
/// (`DayOffAnalysis`), the night (`NightAnalysis`). An analysis no rule asks for is left
/// empty. Each lives in `Engine/Analyses/`.
///
/// Shaped for speed: the arrays are reused from employee to employee by each worker, so the
/// pass allocates nothing per shift once warm (see `Benchmarks/`).
public struct EmployeeTimeline: Sendable {
    public internal(set) var employee: Int32 = 0
    /// The employee's rows, a range into `PlanContext.roster.shifts`, sorted by start.
    public internal(set) var shifts: Range<Int> = 0..<0

    public internal(set) var periods = WorkPeriods()
    public internal(set) var days = DayTotals()
    /// Night worker and fixed night, decided once from the day totals.
    public internal(set) var nightWork = NightWork.none
    public internal(set) var rest = RestAnalysis()
    public internal(set) var daysOff = DayOffAnalysis()
    public internal(set) var night = NightAnalysis()
    public internal(set) var patterns = ShiftPatterns()
    public internal(set) var metrics = RecommendationMetrics()

    public init() {}

    /// Rebuilds the timeline for one employee, with the analyses asked for.
    mutating func build(employee: Int32, plan: PlanContext, needs: Analyses) {
        self.employee = employee
        shifts = plan.roster.employeeRanges[Int(employee)]
        periods.build(shifts, plan)
        if needs.contains(.rest) { rest.build(periods, plan) }
        if needs.contains(.daysOff) { daysOff.build(periods, plan) }
        days.build(shifts, plan)
        nightWork = NightWork(days, employee: employee, plan)
        if needs.contains(.night) { night.build(shifts, plan) }
        if needs.contains(.patterns) {
            patterns.build(shifts, days, plan)
            metrics = RecommendationMetrics(self, plan)
        }
    }

    /// The first postponement agreement that covers a day-off gap of this employee, or -1.
    public func postponementAgreement(for gap: DayOffGap, _ plan: PlanContext) -> Int {
        DayOffAnalysis.postponementAgreement(for: gap, shifts: shifts, plan)
    }
}
