/// A finding accepted by a line of `--accept`: still a finding (an accepted legal error is
/// still a breach of the law that someone has chosen to accept), but listed apart with its
/// reason and kept out of the exit code and the counts.
public struct AcceptedFinding: Sendable {
    public var finding: Finding
    public var acceptance: Acceptances.Line
}

/// A line of `--accept` that accepted nothing: no finding of its employee and rule starts on its
/// date, or its `gyldig til` has passed.
public struct StaleAcceptance: Sendable, Equatable {
    public enum Why: String, Sendable { case noFinding = "no-finding", expired }
    public var acceptance: Acceptances.Line
    public var why: Why
}

extension CheckResult {
    /// The result with the findings `acceptances` name taken out of `findings` (and so out of
    /// the counts and the exit code) into `accepted`, and the lines that name none in
    /// `staleAcceptances`.
    ///
    /// A line names the findings of its employee (empty: the whole plan) and rule whose interval
    /// starts on its date (local). It has expired when its `gyldig til` is before that date or
    /// before the plan's first day (an old acceptance does not carry over to a new plan); an
    /// expired line accepts nothing and is named as stale with the date it ran out.
    public func accepting(_ acceptances: Acceptances) -> CheckResult {
        let ids = plan.roster.employeeIDs
        var lineOf: [String: [Int]] = [:]
        func key(_ employee: String, _ rule: String, _ day: Day) -> String { "\(employee)\u{1F}\(rule)\u{1F}\(day)" }
        var expired = Set<Int>()
        for (k, line) in acceptances.lines.enumerated() {
            if let until = line.validUntil, until < line.day || until < plan.firstDay { expired.insert(k); continue }
            lineOf[key(line.employee, line.rule, line.day), default: []].append(k)
        }
        var kept: [Finding] = [], accepted: [AcceptedFinding] = []
        var used = Set<Int>()
        for f in findings {
            let who = f.employee >= 0 ? ids[Int(f.employee)] : ""
            if let lines = lineOf[key(who, f.rule.id, Copenhagen.day(of: f.start))], let first = lines.first {
                accepted.append(AcceptedFinding(finding: f, acceptance: acceptances.lines[first]))
                used.formUnion(lines)
            } else {
                kept.append(f)
            }
        }
        var r = CheckResult(
            plan: plan, findings: kept, employees: employees, employeesWithoutShifts: employeesWithoutShifts,
            employeesWithoutFacts: employeesWithoutFacts, shiftCount: shiftCount, notices: notices)
        r.fairness = fairness
        r.checkedRules = checkedRules
        r.accepted = self.accepted + accepted
        r.acceptancesFile = acceptances.file
        r.staleAcceptances = self.staleAcceptances + acceptances.lines.indices.compactMap { k in
            if expired.contains(k) { return StaleAcceptance(acceptance: acceptances.lines[k], why: .expired) }
            return used.contains(k) ? nil : StaleAcceptance(acceptance: acceptances.lines[k], why: .noFinding)
        }
        return r
    }

    /// The accepted errors.
    public var acceptedErrors: Int { accepted.filter { $0.finding.severity == .error }.count }
}
