
/// Per-employee facts for the report's `employees` list (DESIGN.md «Reports»).
public struct EmployeeSummary: Sendable, Equatable {
    public var employee: String
    public var shifts: Int
    public var workHours: Double
    public var nightHours: Double
    /// Natarbejder (DESIGN.md «Night work», `NightWork`): at least the policy's `nightWorkerShare` (0.5) of
    /// the working days have ≥ 3 night hours, or at least `nightWorkerHoursPerYear` (300) night
    /// hours within 12 months (measured over a year's data, else projected from the period).
    public var nightWorker: Bool
    /// Fast nat: flagged `fixed_night`, or at least `fixedNightShare` (0.8) night shifts.
    public var fixedNight: Bool
    /// Working-time shifts with at least 3 night hours.
    public var nightShifts = 0
    /// Why a night worker (`share`, `12-months`, `projection`, `flag`), or nil.
    public var nightWorkerBasis: String?
    /// The night worker's health check (`night.health-check`), or nil when not a night worker.
    public var healthCheck: HealthCheckStatus?
    /// Senior days per calendar year (`senior.days`); empty when not a senior or not known.
    public var seniorDays: [SeniorDaysYear] = []
    /// Weekend, evening, night and holiday hours per FTE (DESIGN.md «Lokal-MED's principles and fairness»); nil without shifts.
    public var fairness: FairnessHours?
    /// The recommendations' figures (issue 16 item 2); nil when no recommendation was run.
    public var recommendations: RecommendationSummary?
}

/// The result of a check.
public struct CheckResult: Sendable {
    public internal(set) var plan: PlanContext
    /// Sorted by employee, start, rule id (DESIGN.md «Reports»).
    public let findings: [Finding]
    /// One per employee in the roster, then those from `--employees` with no shifts.
    public let employees: [EmployeeSummary]
    /// Ids from `--employees` that have no rows in the roster.
    public let employeesWithoutShifts: [String]
    /// Ids in the roster that `--employees` does not list (checked with defaults: no birth date,
    /// no pregnancy, 37 hours); empty without `--employees`.
    public let employeesWithoutFacts: [String]
    /// Rows read from the roster (not counting `--previous`).
    public let shiftCount: Int
    public let notices: [InputError]

    /// Findings per rule, in registry order (`RuleIndex.rawValue`), and per severity (counted once).
    public let countsByRule: [Int]
    public let errors: Int
    public let warnings: Int
    public let infos: Int

    /// The filter the findings went through (`filtered`), the findings it hid and the errors
    /// among them; nil and 0 for a whole result.
    public internal(set) var filter: FindingFilter?
    /// Per unit, how evenly weekend, evening, night and holiday hours are shared (DESIGN.md «Lokal-MED's principles and fairness»).
    public internal(set) var fairness: [UnitFairness] = []
    /// The rules that ran (all, unless a caller chose some).
    public internal(set) var checkedRules: [RuleIndex] = RuleRegistry.indices
    public internal(set) var hidden = 0
    public internal(set) var hiddenErrors = 0
    /// Findings accepted with a reason (`accepting`, `--accept`), out of `findings` and the counts.
    public internal(set) var accepted: [AcceptedFinding] = []
    /// Lines of the acceptances file that accepted nothing.
    public internal(set) var staleAcceptances: [StaleAcceptance] = []
    /// The acceptances file, when one was given.
    public internal(set) var acceptancesFile: String?

    init(
        plan: PlanContext, findings: [Finding], employees: [EmployeeSummary], employeesWithoutShifts: [String],
        employeesWithoutFacts: [String] = [], shiftCount: Int, notices: [InputError]
    ) {
        self.employeesWithoutFacts = employeesWithoutFacts
        self.plan = plan
        self.findings = findings
        self.employees = employees
        self.employeesWithoutShifts = employeesWithoutShifts
        self.shiftCount = shiftCount
        self.notices = notices
        var byRule = [Int](repeating: 0, count: RuleRegistry.all.count)
        var bySeverity = (0, 0, 0)
        for f in findings {
            byRule[Int(f.rule.rawValue)] += 1
            switch f.severity {
            case .error: bySeverity.0 += 1
            case .warning: bySeverity.1 += 1
            case .info: bySeverity.2 += 1
            }
        }
        countsByRule = byRule
        (errors, warnings, infos) = bySeverity
    }
}

/// The engine: builds every employee's timeline and runs every rule over it, employees spread
/// over all cores.
///
/// Determinism: employees are split into contiguous chunks, each chunk's findings are kept in
/// its own buffer, each employee's findings are sorted by `Finding.reportOrder` as they are
/// made, and the buffers are joined in employee order, so the output is byte-identical for any
/// number of threads (tested).
public struct Checker: Sendable {
    /// The rules to run, as places in the registry.
    public let rules: [RuleIndex]

    public init(rules: [RuleIndex] = RuleRegistry.indices) {
        self.rules = rules
    }

    public func check(_ input: CheckInput, jobs: Int = 0) -> CheckResult {
        let plan = PlanContext(input)
        let employeeCount = plan.roster.employeeIDs.count
        let threads = max(1, jobs > 0 ? jobs : System.activeProcessorCount)
        // More chunks than threads balance uneven employees; the count does not affect output.
        let chunkCount = max(1, min(employeeCount, threads == 1 ? 1 : threads * 8))
        var chunkFindings = [[Finding]](repeating: [], count: chunkCount)
        // The directory's employees without shifts get an empty summary after the others.
        var without: [String] = []
        var withoutFacts: [String] = []
        if let directory = input.employees {
            withoutFacts = plan.roster.employeeIDs.indices.filter { plan.employeeFacts[$0] == nil }.map { plan.roster.employeeIDs[$0] }
            let inRoster = Set(plan.roster.employeeIDs)
            without = directory.employees.map(\.id).filter { !inRoster.contains($0) }
                .sorted(by: naturalPrecedes)
        }
        let rules = self.rules.map { ($0, $0.rule) }
        let indices = self.rules, checks = self.rules.map(\.rule)
        // Each analysis is built only when a rule being run asks for it.
        let needs = rules.reduce(into: Analyses()) { $0.formUnion($1.1.needs) }
        let work: (Int, inout [Finding], UnsafeMutablePointer<EmployeeSummary>) -> Void = { chunk, out, sums in
            var timeline = EmployeeTimeline()
            var sink = FindingSink()
            swap(&sink.list, &out)
            defer { swap(&sink.list, &out) }
            let lo = employeeCount * chunk / chunkCount, hi = employeeCount * (chunk + 1) / chunkCount
            for e in lo..<hi {
                timeline.build(employee: Int32(e), plan: plan, needs: needs)
                let first = sink.list.count
                // By place: each rule is called where it lies in the array, not copied out of it
                // (a copy of an existential retains and releases it, per rule and employee).
                for k in indices.indices {
                    sink.rule = indices[k]
                    checks[k].check(timeline, plan, into: &sink)
                }
                // Findings come out grouped by employee in employee order, so sorting each
                // employee's few findings here gives the report order without a global sort.
                if sink.list.count - first > 1 { sink.list[first...].sort { Finding.reportOrder($0, $1) } }
                (sums + e).initialize(to: Self.summary(timeline, plan, needs))
            }
        }
        // Every employee's summary is written in place, once, by the chunk that checks the
        // employee. Shaped for speed and memory: an array of optionals filled with nil first
        // (on one core) and unwrapped into a second array afterwards touched 4.8 MB of fresh
        // memory at 10k staff, 48 MB at 100k.
        let summaries = [EmployeeSummary](unsafeUninitializedCapacity: employeeCount + without.count) { buffer, initialized in
            guard let sums = buffer.baseAddress else { return }
            chunkFindings.withUnsafeMutableBufferPointer { outs in
                let outBase = outs.baseAddress!
                Parallel.forEach(chunkCount, serial: threads == 1) { c in work(c, &outBase[c], sums) }
            }
            for (k, id) in without.enumerated() {
                (sums + employeeCount + k).initialize(
                    to: EmployeeSummary(employee: id, shifts: 0, workHours: 0, nightHours: 0, nightWorker: false, fixedNight: false))
            }
            initialized = employeeCount + without.count
        }
        var planSink = FindingSink()
        for (index, rule) in rules {
            planSink.rule = index
            rule.checkPlan(plan, into: &planSink)
        }
        let planFindings = planSink.list.sorted { Finding.reportOrder($0, $1) }
        // The plan's findings (no employee) first, then the chunks in employee order, copied
        // into one array by all cores; each chunk is released as soon as it is copied, so the
        // findings are never held twice (shaped for speed and memory: millions of findings at
        // the sector's scale, see BENCHMARKS.md).
        var offsets = [planFindings.count]
        for c in chunkFindings.indices { offsets.append(offsets[c] + chunkFindings[c].count) }
        let total = offsets[chunkCount]
        var findings = [Finding](unsafeUninitializedCapacity: total) { buffer, initialized in
            guard let base = buffer.baseAddress else { return }
            base.initialize(from: planFindings, count: planFindings.count)
            chunkFindings.withUnsafeMutableBufferPointer { buffer in
                let chunks = buffer
                let copy = { (c: Int) in
                    chunks[c].withUnsafeBufferPointer { part in
                        System.prefault(base + offsets[c], bytes: part.count * MemoryLayout<Finding>.stride)
                        if let from = part.baseAddress { (base + offsets[c]).initialize(from: from, count: part.count) }
                    }
                    chunks[c] = []
                }
                Parallel.forEach(chunkCount, serial: threads == 1 || total < 1 << 14, copy)
            }
            initialized = total
        }
        if plan.hasHistory || input.period != nil {
            // Findings wholly outside the period concern history, not this plan.
            findings.removeAll { $0.employee >= 0 && ($0.end <= plan.periodStart || $0.start >= plan.periodEnd) }
        }
        var result = CheckResult(
            plan: plan, findings: findings, employees: summaries, employeesWithoutShifts: without,
            employeesWithoutFacts: withoutFacts, shiftCount: input.roster.shifts.count, notices: plan.roster.notices)
        result.checkedRules = self.rules
        result.fairness = UnitFairness.units(result.employees, plan)
        return result
    }

    static func summary(_ t: EmployeeTimeline, _ plan: PlanContext, _ needs: Analyses) -> EmployeeSummary {
        let night = t.nightWork
        var summary = EmployeeSummary(
            employee: plan.roster.employeeIDs[Int(t.employee)], shifts: t.shifts.count,
            workHours: Double(t.days.periodWork) / 60, nightHours: Double(t.days.periodNight) / 60,
            nightWorker: night.nightWorker, fixedNight: night.fixedNight)
        summary.nightShifts = t.days.periodNightShifts
        summary.nightWorkerBasis = night.basis?.rawValue
        if night.nightWorker { summary.healthCheck = NightHealthCheck.status(t.employee, plan) }
        summary.seniorDays = SeniorDays.years(t, plan)
        summary.fairness = FairnessHours.of(t, plan)
        if needs.contains(.patterns) { summary.recommendations = RecommendationSummary(t) }
        return summary
    }
}
