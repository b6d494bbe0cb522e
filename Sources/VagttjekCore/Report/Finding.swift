/// One breach, warning or fact (SPEC §3, §8.6): the rule, the employee, the interval it
/// concerns, the measured value against the limit, and a sentence that tells the planner what
/// to change.
public struct Finding: Sendable, Equatable {
    public var rule: String
    public var severity: Severity
    /// Index into the roster's employees; -1 for a finding about the whole plan.
    public var employee: Int32
    public var start: Minute
    public var end: Minute
    /// In `unit`, rounded to two decimals when reported; nil when nothing was measured.
    public var measured: Double?
    public var limit: Double?
    /// `h`, `days`, `count` or `sundays`.
    public var unit: String
    public var message: LocalizedText

    public init(
        rule: String, severity: Severity, employee: Int32, start: Minute, end: Minute, measured: Double?,
        limit: Double?, unit: String, message: LocalizedText
    ) {
        self.rule = rule
        self.severity = severity
        self.employee = employee
        self.start = start
        self.end = end
        self.measured = measured
        self.limit = limit
        self.unit = unit
        self.message = message
    }

    /// Hours from minutes, for `measured` and `limit`.
    public static func hours(_ minutes: Int) -> Double { Double(minutes) / 60 }

    /// `E1 2026-03-04 08:00–2026-03-04 16:00 10/11`: the form rule examples are written in.
    public func compact(employeeIDs: [String]) -> String {
        let who = employee >= 0 ? employeeIDs[Int(employee)] : "-"
        let m = measured.map { TimeFormat.number($0, danish: false) } ?? "-"
        let l = limit.map { TimeFormat.number($0, danish: false) } ?? "-"
        return "\(who) \(TimeFormat.plain(start))–\(TimeFormat.plain(end)) \(m)/\(l)"
    }

    /// The report order: employee, start, rule id, then the rest so the order is total.
    public static func reportOrder(_ a: Finding, _ b: Finding) -> Bool {
        if a.employee != b.employee { return a.employee < b.employee }
        if a.start != b.start { return a.start < b.start }
        if a.rule != b.rule { return a.rule < b.rule }
        if a.end != b.end { return a.end < b.end }
        if a.measured != b.measured { return (a.measured ?? -1) < (b.measured ?? -1) }
        return a.message.en < b.message.en
    }
}
