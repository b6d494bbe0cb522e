extension RuleExample {
    /// Runs the example through the same readers and engine as `vagttjek check`, with the
    /// rules given (all by default).
    public func run(jobs: Int = 1, rules: [RuleIndex] = RuleRegistry.indices) throws(InputFailure) -> CheckResult {
        let read = try RosterReader().parse(bytes: Array(roster.utf8), file: "example.csv")
        if !read.errors.isEmpty { throw InputFailure(read.errors) }
        var parsed: [Agreement] = []
        for (i, text) in agreements.enumerated() {
            parsed.append(try Agreement.parse(bytes: Array(text.utf8), file: "agreement\(i + 1).json"))
        }
        let policy = try policy.map { text throws(InputFailure) in try Policy.parse(bytes: Array(text.utf8), file: "policy.json") } ?? Policy()
        let directory = try employees.map { text throws(InputFailure) in try EmployeeDirectory.parse(bytes: Array(text.utf8), file: "employees.csv") }
        let wishes = try wishes.map { text throws(InputFailure) in try Wishes.parse(bytes: Array(text.utf8), file: "wishes.csv") }
        let input = CheckInput(
            roster: read.roster, employees: directory, agreements: parsed, policy: policy,
            published: published.flatMap(TimestampParser.parseDate), wishes: wishes)
        return Checker(rules: rules).check(input, jobs: jobs)
    }

    /// The example's findings of one rule, in the compact form `expected` is written in. The
    /// rule runs alone, so the engine builds only the analyses it declares (`Rule.needs`): a
    /// rule that reads an analysis it did not ask for fails its own examples.
    public func findings(of ruleID: String) throws(InputFailure) -> [String] {
        let result = try run(rules: RuleRegistry.index(of: ruleID).map { [$0] } ?? [])
        return result.findings.filter { $0.rule.id == ruleID }.map { $0.compact(employeeIDs: result.plan.roster.employeeIDs) }
    }
}
