/// What `--severity`, `--rule`, `--unit` and `--employee` keep of a check's findings, for HR
/// and TRs who read one unit, one rule or only the errors of a large run (issue 15 item 6).
///
/// Decisions, so that a filtered report can never read as an all-clear it is not:
/// * `--severity LEVEL` keeps that level and the more severe ones (`warning` keeps errors and
///   warnings), as linters do.
/// * `--rule` takes an id, or a prefix ending in `.` (`rec.`, `rest.`); several are or-ed.
/// * An employee's unit is the unit most of their rows name (the roster's `unit` column, else
///   `--employees`); findings on the whole plan (`plan.notice`) are kept by `--unit` and
///   `--employee`, since they concern every unit and employee.
/// * The check itself is not filtered: every rule runs, and the report says how many findings
///   the filter hid and how many of those are errors. The exit code follows what is shown.
public struct FindingFilter: Sendable, Equatable {
    public var leastSeverity: Severity?
    public var rules: [String] = []
    public var units: [String] = []
    public var employees: [String] = []

    public init() {}

    public var isActive: Bool { leastSeverity != nil || !rules.isEmpty || !units.isEmpty || !employees.isEmpty }

    /// Whether a rule id is selected by `--rule`.
    public func selects(rule id: String) -> Bool {
        rules.isEmpty || rules.contains { $0.hasSuffix(".") ? id.hasPrefix($0) : id == $0 }
    }

    /// The filter as the user wrote it, for the report's total line.
    public var text: String {
        var parts: [String] = []
        if let s = leastSeverity { parts.append("--severity \(s.rawValue)") }
        parts += rules.map { "--rule \($0)" }
        parts += units.map { "--unit \($0)" }
        parts += employees.map { "--employee \($0)" }
        return parts.joined(separator: " ")
    }

    /// The unit of every employee of the roster (index as `Roster.employeeIDs`): the unit most of
    /// their rows name (the first such unit on a tie), else their unit in `--employees`.
    public static func employeeUnits(_ plan: PlanContext) -> [String?] {
        let roster = plan.roster
        // Without a unit column no row names one: the employees file decides (no pass over the rows).
        if roster.units.isEmpty { return roster.employeeIDs.indices.map { plan.employeeFacts[$0]?.unit } }
        var out = [String?](repeating: nil, count: roster.employeeIDs.count)
        // Counts per unit code, reset through the list of codes touched (no hashing per row).
        var counts = [Int](repeating: 0, count: roster.units.count)
        var touched: [Int] = []
        roster.shifts.withUnsafeBufferPointer { shifts in
            for (e, range) in roster.employeeRanges.enumerated() {
                var best = -1, bestCount = 0
                for i in range {
                    let u = Int(shifts[i].unit)
                    guard u >= 0 else { continue }
                    if counts[u] == 0 { touched.append(u) }
                    counts[u] += 1
                    let c = counts[u]
                    if c > bestCount || (c == bestCount && u < best) { (best, bestCount) = (u, c) }
                }
                for u in touched { counts[u] = 0 }
                touched.removeAll(keepingCapacity: true)
                out[e] = best >= 0 ? roster.units[best] : plan.employeeFacts[e]?.unit
            }
        }
        return out
    }
}

extension CheckResult {
    /// The result with only the findings the filter keeps; `hidden` and `hiddenErrors` say what
    /// it left out.
    public func filtered(_ filter: FindingFilter) -> CheckResult {
        guard filter.isActive else { return self }
        let ids = plan.roster.employeeIDs
        let units = filter.units.isEmpty ? [] : FindingFilter.employeeUnits(plan)
        let wantedUnits = Set(filter.units), wantedEmployees = Set(filter.employees)
        var selectedRule = [Bool](repeating: false, count: RuleRegistry.all.count)
        for (i, id) in RuleRegistry.ids.enumerated() { selectedRule[i] = filter.selects(rule: id) }
        let kept = findings.filter { f in
            if let least = filter.leastSeverity, f.severity > least { return false }
            if !selectedRule[Int(f.rule.rawValue)] { return false }
            guard f.employee >= 0 else { return true }
            if !wantedEmployees.isEmpty && !wantedEmployees.contains(ids[Int(f.employee)]) { return false }
            if !wantedUnits.isEmpty && !(units[Int(f.employee)].map(wantedUnits.contains) ?? false) { return false }
            return true
        }
        var r = CheckResult(
            plan: plan, findings: kept, employees: employees, employeesWithoutShifts: employeesWithoutShifts,
            employeesWithoutFacts: employeesWithoutFacts, shiftCount: shiftCount, notices: notices)
        r.filter = filter
        (r.accepted, r.staleAcceptances, r.acceptancesFile) = (accepted, staleAcceptances, acceptancesFile)
        r.hidden = findings.count - kept.count
        r.hiddenErrors = errors - r.errors
        return r
    }
}
