/// The facts the considerations compute for an employee, shared with the report's summary.

/// A night worker's health check, as `night.health-check` judges it.
public struct HealthCheckStatus: Sendable, Equatable {
    public enum Status: String, Sendable { case due, overdue, noRecord = "no-record", unknown }
    public var lastCheck: Day?
    public var nextDue: Day?
    public var status: Status
}

/// One calendar year's senior days, as `senior.days` computes them.
public struct SeniorDaysYear: Sendable, Equatable {
    public var year: Int
    /// The age the employee turns that year.
    public var age: Int
    public var group: String
    public var profile: String
    /// Days entitled; nil when not computed (an unknown group).
    public var entitled: Int?
    public var planned: Int
    /// The regional senior bonus convertible to the days, in percent; nil in the KL profile.
    public var bonusPercent: Double?
    /// The first and last day of the year inside the period.
    public var from: Day, to: Day
}
