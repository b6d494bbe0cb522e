/// `vagttjek suggest` (README «Repair proposals»): a repaired plan that keeps the unit's coverage
/// exactly — the same shifts at the same times, units and codes; only who works them changes —
/// and clears errors without creating new ones.
///
/// The search is greedy with a bounded neighbourhood, deterministic: while errors remain and
/// changes are allowed, for the first error (report order) that some move improves, every move
/// near it is tried — give one of the employee's shifts around the error to a colleague of the
/// same unit, or swap it with a colleague's shift that starts the same day — and the best is
/// taken: fewest errors for the two employees, then fewest warnings, then the smallest change
/// in hours (a swap keeps both employees' hours near), then the first in roster order. A move
/// is taken only when the two employees have fewer errors between them after it and neither has
/// more than before. A move is judged by checking the two employees' rows with the same engine
/// (an employee's findings depend on their own rows only); the whole proposal is checked again
/// at the end, and that is what is reported. Pregnancy, seniors, reduced capacity and the
/// recommendations take part through their own findings (errors and warnings).
public struct RepairSearch: Sendable {
    public var maxChanges = 10
    /// Shifts of the employee at most this far before or after an error's interval are moved.
    public var reach = 24 * 60

    public init() {}

    public enum Action: Sendable, Equatable {
        /// The shift (its index in the roster's rows) goes to another employee.
        case reassign(shift: Int, to: Int32)
        /// Two employees' shifts trade places.
        case swap(shift: Int, with: Int)
    }

    public struct Change: Sendable, Equatable {
        public var action: Action
        /// The employee the shift was taken from (for a swap: the first shift's).
        public var from: Int32
        public var to: Int32
        /// The errors the move cleared, as rule ids, per employee.
        public var fixes: [(employee: Int32, rule: String)]

        public static func == (a: Change, b: Change) -> Bool {
            a.action == b.action && a.from == b.from && a.to == b.to && a.fixes.map(\.employee) == b.fixes.map(\.employee) && a.fixes.map(\.rule) == b.fixes.map(\.rule)
        }
    }

    /// An error no move within the limit cleared, and why.
    public struct Remaining: Sendable {
        public var finding: Finding
        public var why: Why
        public enum Why: String, Sendable {
            /// The employee has no colleague in the unit.
            case noColleague = "no-colleague"
            /// Every move near it gives someone an error (nobody is free and rested then).
            case noFreeColleague = "no-free-colleague"
            /// The limit on changes was reached first.
            case limit
            /// Not an error of one employee's rows (the whole plan's).
            case notMovable = "not-movable"
        }
    }

    public struct Proposal: Sendable {
        public var changes: [Change]
        /// The employee of every row after the changes (indices of `before.plan.roster.shifts`).
        public var assignment: [Int32]
        public var before: CheckResult
        /// The whole proposal, checked again.
        public var after: CheckResult
        public var remaining: [Remaining]
    }

    public func propose(_ input: CheckInput, jobs: Int = 0) -> Proposal {
        var fixed = input
        let before = Checker().check(input, jobs: jobs)
        fixed.period = before.plan.firstDay...before.plan.lastDay
        let roster = input.roster
        var assignment = roster.shifts.map(\.employee)
        let units = FindingFilter.employeeUnits(before.plan)
        let rowUnit: (Int) -> String? = { i in roster.unit(of: roster.shifts[i]) ?? units[Int(roster.shifts[i].employee)] }
        var changes: [Change] = []
        var cache: [Int32: (errors: [Finding], warnings: Int)] = [:]
        func judged(_ employees: [Int32], _ assignment: [Int32]) -> [Int32: (errors: [Finding], warnings: Int)] {
            let wanted = Set(employees)
            var rows: [Shift] = []
            for (i, e) in assignment.enumerated() where wanted.contains(e) {
                var s = roster.shifts[i]
                s.employee = e
                rows.append(s)
            }
            var sub = Roster(file: roster.file, employeeIDs: roster.employeeIDs, labels: roster.labels, units: roster.units, shifts: rows, hasBreakColumn: roster.hasBreakColumn)
            sub.hasTagsColumn = roster.hasTagsColumn
            sub.employeeNames = roster.employeeNames
            var i = fixed
            i.roster = sub
            let r = Checker().check(i, jobs: 1)
            var out: [Int32: (errors: [Finding], warnings: Int)] = [:]
            for e in employees { out[e] = ([], 0) }
            for f in r.findings where wanted.contains(f.employee) {
                if f.severity == .error { out[f.employee]?.errors.append(f) } else if f.severity == .warning { out[f.employee]?.warnings += 1 }
            }
            return out
        }
        func state(_ e: Int32) -> (errors: [Finding], warnings: Int) {
            if let s = cache[e] { return s }
            let s = judged([e], assignment)[e] ?? ([], 0)
            cache[e] = s
            return s
        }
        var stuck = Set<FindingKey>()
        var why: [FindingKey: Remaining.Why] = [:]
        while changes.count < maxChanges {
            // The first error, in report order, not yet found stuck.
            let open = before.plan.roster.employeeIDs.indices.flatMap { state(Int32($0)).errors }.filter { !stuck.contains($0.key) }
            guard let target = open.first else { break }
            let a = target.employee
            let near = assignment.indices.filter { i in
                assignment[i] == a && roster.shifts[i].kind.isWorkingTime
                    && roster.shifts[i].endMinute > target.start - reach && roster.shifts[i].startMinute < target.end + reach
            }
            let unit = near.first.map(rowUnit) ?? units[Int(a)]
            let colleagues = roster.employeeIDs.indices.map(Int32.init).filter { $0 != a && units[Int($0)] == unit }
            if colleagues.isEmpty { stuck.insert(target.key); why[target.key] = .noColleague; continue }
            let beforeA = state(a)
            var best: (score: (Int, Int, Int), change: Change, assignment: [Int32], states: [Int32: (errors: [Finding], warnings: Int)])?
            for i in near {
                for b in colleagues {
                    let beforeB = state(b)
                    let start = roster.shifts[i].startMinute, end = roster.shifts[i].endMinute
                    let hers = assignment.indices.filter { assignment[$0] == b }
                    var moves: [(Action, [Int32], Int)] = []
                    // Give the shift to b, when b has nothing overlapping it.
                    if !hers.contains(where: { roster.shifts[$0].startMinute < end && roster.shifts[$0].endMinute > start }) {
                        var next = assignment
                        next[i] = b
                        moves.append((.reassign(shift: i, to: b), next, end - start))
                    }
                    // Swap with b's working shift that starts the same day.
                    let day = Copenhagen.day(of: start)
                    for j in hers where roster.shifts[j].kind.isWorkingTime && Copenhagen.day(of: roster.shifts[j].startMinute) == day
                        && (roster.shifts[j].startMinute != start || roster.shifts[j].endMinute != end) {
                        var next = assignment
                        (next[i], next[j]) = (b, a)
                        moves.append((.swap(shift: i, with: j), next, abs((end - start) - (roster.shifts[j].endMinute - roster.shifts[j].startMinute))))
                    }
                    for (action, next, hours) in moves {
                        let after = judged([a, b], next)
                        guard let ea = after[a], let eb = after[b] else { continue }
                        let total = ea.errors.count + eb.errors.count
                        guard total < beforeA.errors.count + beforeB.errors.count, ea.errors.count <= beforeA.errors.count,
                            eb.errors.count <= beforeB.errors.count
                        else { continue }
                        let score = (total, ea.warnings + eb.warnings, hours)
                        if let current = best, !(score < current.score) { continue }
                        let fixes = Self.cleared(beforeA.errors, ea.errors).map { (a, $0) } + Self.cleared(beforeB.errors, eb.errors).map { (b, $0) }
                        best = (score, Change(action: action, from: a, to: b, fixes: fixes), next, [a: ea, b: eb])
                    }
                }
            }
            guard let chosen = best else { stuck.insert(target.key); why[target.key] = .noFreeColleague; continue }
            changes.append(chosen.change)
            assignment = chosen.assignment
            for (e, s) in chosen.states { cache[e] = s }
        }
        // The whole proposal, checked by the same engine.
        var repaired = roster.shifts
        for i in repaired.indices { repaired[i].employee = assignment[i] }
        var whole = Roster(file: roster.file, employeeIDs: roster.employeeIDs, labels: roster.labels, units: roster.units, shifts: repaired, hasBreakColumn: roster.hasBreakColumn)
        whole.hasTagsColumn = roster.hasTagsColumn
        whole.employeeNames = roster.employeeNames
        whole.titles = roster.titles
        var all = fixed
        all.roster = whole
        let after = Checker().check(all, jobs: jobs)
        let remaining = after.findings.filter { $0.severity == .error }.map { f in
            Remaining(finding: f, why: f.employee < 0 ? .notMovable : why[f.key] ?? .limit)
        }
        return Proposal(changes: changes, assignment: assignment, before: before, after: after, remaining: remaining)
    }

    /// The rules of the errors in `before` that `after` no longer has (by rule, counted).
    static func cleared(_ before: [Finding], _ after: [Finding]) -> [String] {
        var left: [RuleIndex: Int] = [:]
        for f in after { left[f.rule, default: 0] += 1 }
        var out: [String] = []
        for f in before {
            if let n = left[f.rule], n > 0 { left[f.rule] = n - 1 } else { out.append(f.rule.id) }
        }
        return out
    }
}
