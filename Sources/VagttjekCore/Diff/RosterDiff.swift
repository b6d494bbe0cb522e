/// Plan versus reality (README «Plan versus reality»; DESIGN.md «The 14 recommendations» `rec.13` "Begræns afvigelser fra planen"): every shift
/// of a planned roster matched with the actual roster (or a new version of the plan), each
/// change classified, totals per employee and unit, and the changes announced late.
///
/// **How shifts are matched** (the rule a planner or TR can follow by hand; it depends on the
/// rows' contents only, never on their order in the files):
///
/// 1. Per employee (by id), both lists are sorted by start, end, kind, label, unit.
/// 2. *Unchanged*: a planned and an actual row with the same start, end and kind, and the same
///    label where both have one, are paired, in that order.
/// 3. *Changed*: each remaining planned row, in that order, takes the remaining actual row of
///    the same employee that overlaps it or starts within 12 hours of its start (a morning
///    moved to the evening of the same day is a move; a shift moved to another day is a removal
///    and an addition). Among several, the one of the same kind and label first, then the one
///    overlapping it longest, then the nearest start, then the first in the sorted order.
/// 4. A pair is *changed kind* when the kind or the label differs (the times may differ too:
///    the kind is the bigger change), else *shortened* or *lengthened* when it keeps its start or
///    its end (by the difference in length), else *moved*. Planned rows left are *removed*,
///    actual rows left are *added*. A row never pairs with another employee's: a shift handed
///    from one employee to another is a removal for one and an addition for the other.
///
/// **Hours**: an added, removed, moved or changed-kind shift counts its length (the actual one
/// where there is one); a shortened or lengthened one the difference.
///
/// **Late notice** (`rec.13`): when ACTUAL has a `changed_on` column, a change with an actual
/// row (added, moved, shortened, lengthened, changed kind) whose row says when it was announced
/// is late when fewer than `changeNoticeDays` (4) calendar days lie between the day it was
/// announced and the day the changed shift starts (the earlier of the planned and actual start),
/// Copenhagen dates. Decision: calendar days, as a planner counts "4 dage før"; announced
/// Friday for Tuesday is 4 days, on time. A removal has no actual row and so no date to judge.
public struct RosterDiff: Sendable {
    public enum Change: String, Sendable, CaseIterable, Comparable {
        case added, removed, moved, shortened, lengthened
        case changedKind = "changed-kind"
        case unchanged

        /// The order of `allCases` (the order of the report's columns).
        var rank: Int {
            switch self {
            case .added: return 0
            case .removed: return 1
            case .moved: return 2
            case .shortened: return 3
            case .lengthened: return 4
            case .changedKind: return 5
            case .unchanged: return 6
            }
        }

        public static func < (a: Change, b: Change) -> Bool { a.rank < b.rank }

        public var danish: String {
            switch self {
            case .added: return "tilføjet"
            case .removed: return "fjernet"
            case .moved: return "flyttet"
            case .shortened: return "afkortet"
            case .lengthened: return "forlænget"
            case .changedKind: return "ændret type"
            case .unchanged: return "uændret"
            }
        }

        public var english: String {
            switch self {
            case .changedKind: return "changed kind"
            default: return rawValue
            }
        }

        public func word(_ l: Language) -> String { l == .da ? danish : english }
    }

    /// One row of either roster, as the diff shows it.
    public struct Row: Sendable, Equatable {
        public var start: Minute, end: Minute
        public var kind: ShiftKind
        public var label: String?
        public var unit: String?
        public var line: Int
        public var minutes: Int { end - start }
    }

    /// One change (or an unchanged pair, counted but not listed).
    public struct Item: Sendable, Equatable {
        public var change: Change
        public var employee: String
        public var planned: Row?
        public var actual: Row?
        /// The hours the change counts (see the type's doc), in minutes.
        public var minutes: Int
        /// When it was announced (`changed_on` of the actual row), and whether that was late.
        public var announced: Minute?
        public var late: Bool
        /// Days between the announcement and the shift, when announced.
        public var noticeDays: Int?
        /// Where the change sorts: the earlier start of its rows.
        public var at: Minute { min(planned?.start ?? Int.max, actual?.start ?? Int.max) }
        public var unit: String? { actual?.unit ?? planned?.unit }
    }

    /// Counts and minutes of one kind of change.
    public struct Tally: Sendable, Equatable {
        public var count = 0, minutes = 0
        public init() {}
        mutating func add(_ item: Item) { count += 1; minutes += item.minutes }
    }

    /// Totals of one employee or unit: per kind of change (unchanged included), and late ones.
    public struct Totals: Sendable, Equatable {
        public var name: String
        /// Per kind of change, by `Change.rank` (shaped for speed: no hashing per pair).
        var tallies = [Tally](repeating: Tally(), count: Change.allCases.count)
        public var late = 0
        public func tally(_ change: Change) -> Tally { tallies[change.rank] }
        /// Changes (everything but unchanged) and their minutes.
        public var changes: Int { Change.allCases.filter { $0 != .unchanged }.reduce(0) { $0 + tally($1).count } }
        public var minutes: Int { Change.allCases.filter { $0 != .unchanged }.reduce(0) { $0 + tally($1).minutes } }
        init(name: String) { self.name = name }
        mutating func add(_ item: Item) {
            tallies[item.change.rank].add(item)
            if item.late { late += 1 }
        }
    }

    /// Every change (unchanged pairs left out), by employee (natural order), then time, then kind.
    public private(set) var items: [Item] = []
    /// All of it, unchanged pairs included.
    public private(set) var total = Totals(name: "")
    /// Per employee with a change, natural order of ids; per unit with a change, by name
    /// (shifts without a unit under "").
    public private(set) var employees: [Totals] = []
    public private(set) var units: [Totals] = []
    public let changeNoticeDays: Int
    /// Whether ACTUAL said when changes were announced.
    public let hasChangeLog: Bool

    /// Moves are looked for within this many minutes of the planned start.
    public static let moveWindow = 12 * 60

    public init(planned: Roster, actual: Roster, log: ChangeLog = ChangeLog(), unitOf: (String) -> String? = { _ in nil }, changeNoticeDays: Int = 4) {
        self.changeNoticeDays = changeNoticeDays
        self.hasChangeLog = log.hasColumn
        // Labels and units of both rosters in one numbering, so rows compare by number (shaped
        // for speed: strings are made for the changes only; the matching never touches one).
        var labels: [String] = [], unitNames: [String] = []
        var labelIndex: [String: Int32] = [:], unitIndex: [String: Int32] = [:]
        func numbering(_ strings: [String], _ index: inout [String: Int32], _ all: inout [String]) -> [Int32] {
            strings.map { s in
                if let i = index[s] { return i }
                all.append(s)
                index[s] = Int32(all.count - 1)
                return Int32(all.count - 1)
            }
        }
        let plannedLabels = numbering(planned.labels, &labelIndex, &labels), actualLabels = numbering(actual.labels, &labelIndex, &labels)
        let plannedUnits = numbering(planned.units, &unitIndex, &unitNames), actualUnits = numbering(actual.units, &unitIndex, &unitNames)
        // Employees of either roster, in natural order, with their index in each (-1: none).
        var where_: [String: (Int, Int)] = [:]
        for (e, id) in planned.employeeIDs.enumerated() where !planned.employeeRanges[e].isEmpty { where_[id, default: (-1, -1)].0 = e }
        for (e, id) in actual.employeeIDs.enumerated() where !actual.employeeRanges[e].isEmpty { where_[id, default: (-1, -1)].1 = e }
        let ids = where_.keys.sorted(by: naturalPrecedes)
        // Rows without a unit column take the employee's unit from `--employees`.
        let fallbacks: [Int32] = ids.map { id in
            guard let u = unitOf(id) else { return -1 }
            if let i = unitIndex[u] { return i }
            unitNames.append(u)
            unitIndex[u] = Int32(unitNames.count - 1)
            return Int32(unitNames.count - 1)
        }
        let labelNames = labels, unitTable = unitNames
        func slots(_ r: Roster, _ e: Int, _ labelCodes: [Int32], _ unitCodes: [Int32], fallbackUnit: Int32) -> [Slot] {
            guard e >= 0 else { return [] }
            return r.shifts[r.employeeRanges[e]].map {
                Slot(start: $0.startMinute, end: $0.endMinute, kind: $0.kind, label: $0.label >= 0 ? labelCodes[Int($0.label)] : -1,
                     unit: $0.unit >= 0 ? unitCodes[Int($0.unit)] : fallbackUnit, line: Int($0.line))
            }.sorted(by: Self.contentOrder)
        }
        func row(_ x: Slot?) -> Row? {
            x.map { Row(start: $0.start, end: $0.end, kind: $0.kind, label: $0.label >= 0 ? labelNames[Int($0.label)] : nil, unit: $0.unit >= 0 ? unitTable[Int($0.unit)] : nil, line: $0.line) }
        }
        /// One employee: their totals (unchanged pairs included) and their changes in report order.
        func employee(_ k: Int) -> (Totals, [Item]) {
            let id = ids[k]
            let (pe, ae) = where_[id] ?? (-1, -1)
            let (unchanged, pairs) = Self.match(
                slots(planned, pe, plannedLabels, plannedUnits, fallbackUnit: fallbacks[k]),
                slots(actual, ae, actualLabels, actualUnits, fallbackUnit: fallbacks[k]))
            var totals = Totals(name: id)
            totals.tallies[Change.unchanged.rank].count = unchanged
            var items: [Item] = []
            for pair in pairs {
                var item = Item(change: pair.change, employee: id, planned: nil, actual: nil, minutes: pair.minutes, late: false)
                if pair.change != .unchanged {
                    item.planned = row(pair.planned)
                    item.actual = row(pair.actual)
                    Self.judgeNotice(&item, log, changeNoticeDays)
                    items.append(item)
                }
                totals.add(item)
            }
            items.sort { ($0.at, $0.change, $0.planned?.start ?? 0, $0.actual?.start ?? 0) < ($1.at, $1.change, $1.planned?.start ?? 0, $1.actual?.start ?? 0) }
            return (totals, items)
        }
        // Employees in chunks on all cores (each is matched on its own), joined in id order.
        let chunks = min(ids.count, 64)
        let done = Parallel.map(chunks) { c in
            (ids.count * c / chunks..<ids.count * (c + 1) / chunks).map(employee)
        }
        var all: [Item] = []
        var byUnit: [String: Totals] = [:]
        for chunk in done {
            for (totals, items) in chunk {
                for c in Change.allCases { total.tallies[c.rank].count += totals.tally(c).count; total.tallies[c.rank].minutes += totals.tally(c).minutes }
                total.late += totals.late
                if totals.changes > 0 { employees.append(totals) }
                for item in items {
                    let u = item.unit ?? ""
                    byUnit[u, default: Totals(name: u)].add(item)
                }
                all += items
            }
        }
        items = all
        self.units = byUnit.values.sorted { naturalPrecedes($0.name, $1.name) }
    }

    /// A row while matching: labels and units by their number in both rosters' joint tables.
    struct Slot {
        var start: Minute, end: Minute
        var kind: ShiftKind
        var label: Int32, unit: Int32
        var line: Int
        var minutes: Int { end - start }
    }

    /// Start, end, kind, label, unit (then line, which only orders rows equal in all of these).
    static func contentOrder(_ x: Slot, _ y: Slot) -> Bool {
        (x.start, x.end, x.kind.rawValue, x.label, x.unit, x.line) < (y.start, y.end, y.kind.rawValue, y.label, y.unit, y.line)
    }

    static func sameLabel(_ x: Slot, _ y: Slot) -> Bool { x.label < 0 || y.label < 0 || x.label == y.label }

    /// A matched or unmatched row and what it counts.
    struct Pair {
        var change: Change
        var planned: Slot?, actual: Slot?
        var minutes: Int
    }

    /// Steps 2–4 of the matching rule for one employee's sorted rows: how many are unchanged,
    /// and the other pairs (shaped for speed: an unchanged pair is counted, not kept).
    static func match(_ planned: [Slot], _ actual: [Slot]) -> (unchanged: Int, pairs: [Pair]) {
        var pairs: [Pair] = []
        var unchanged = 0
        var pUsed = [Bool](repeating: false, count: planned.count), aUsed = [Bool](repeating: false, count: actual.count)
        // Unchanged: a merge of the two sorted lists on start, end, kind (and label where both have one).
        var j = 0
        for (i, p) in planned.enumerated() {
            while j < actual.count && (actual[j].start, actual[j].end, actual[j].kind.rawValue) < (p.start, p.end, p.kind.rawValue) { j += 1 }
            var k = j
            while k < actual.count && actual[k].start == p.start && actual[k].end == p.end && actual[k].kind == p.kind {
                if !aUsed[k] && sameLabel(p, actual[k]) {
                    aUsed[k] = true
                    pUsed[i] = true
                    unchanged += 1
                    break
                }
                k += 1
            }
        }
        // Changed: the best remaining actual row near each remaining planned row. The actual rows
        // are in start order, so the search runs from the first that can start within the window.
        var first = 0
        let reach = max(moveWindow, actual.map(\.minutes).max() ?? 0)
        for (i, p) in planned.enumerated() where !pUsed[i] {
            var best = -1
            var bestKey = (0, 0, 0)
            while first < actual.count && (aUsed[first] || actual[first].start < p.start - reach) { first += 1 }
            var k = first
            while k < actual.count && actual[k].start <= max(p.end, p.start + moveWindow) {
                defer { k += 1 }
                if aUsed[k] { continue }
                let a = actual[k]
                let overlap = min(p.end, a.end) - max(p.start, a.start)
                let distance = abs(a.start - p.start)
                guard overlap > 0 || distance <= moveWindow else { continue }
                let key = (a.kind == p.kind && sameLabel(p, a) ? 1 : 0, max(overlap, 0), -distance)
                if best < 0 || key > bestKey {
                    best = k
                    bestKey = key
                }
            }
            guard best >= 0 else { continue }
            let a = actual[best]
            aUsed[best] = true
            pUsed[i] = true
            var change: Change
            var minutes = a.minutes
            if a.kind != p.kind || !sameLabel(p, a) {
                change = .changedKind
            } else if a.start == p.start && a.end == p.end {
                change = .unchanged  // a label on one side only
                minutes = 0
            } else if a.start == p.start || a.end == p.end {
                change = a.minutes < p.minutes ? .shortened : .lengthened
                minutes = abs(a.minutes - p.minutes)
            } else {
                change = .moved
            }
            pairs.append(Pair(change: change, planned: p, actual: a, minutes: minutes))
        }
        for (i, p) in planned.enumerated() where !pUsed[i] { pairs.append(Pair(change: .removed, planned: p, actual: nil, minutes: p.minutes)) }
        for (k, a) in actual.enumerated() where !aUsed[k] { pairs.append(Pair(change: .added, planned: nil, actual: a, minutes: a.minutes)) }
        return (unchanged, pairs)
    }

    static func judgeNotice(_ item: inout Item, _ log: ChangeLog, _ days: Int) {
        guard item.change != .unchanged, item.change != .removed, let a = item.actual, let when = log.announced[a.line] else { return }
        item.announced = when
        let notice = Copenhagen.day(of: item.at) - Copenhagen.day(of: when)
        item.noticeDays = notice
        item.late = notice < days
    }
}

extension RosterDiff {
    /// The findings of `actual` that `planned` does not have: same rule, employee (by id),
    /// start and end (what the changes created); and the number of `planned`'s that `actual`
    /// no longer has (what they removed). In `actual`'s report order.
    public static func newFindings(planned: CheckResult, actual: CheckResult) -> (created: [Finding], resolved: Int) {
        // Every employee of either roster by their place among all ids in natural order (both
        // rosters number their employees in that order). Findings come sorted by employee, start,
        // rule, end, so when both numberings keep that order the two lists are merged: no hashing.
        let plannedIDs = planned.plan.roster.employeeIDs, actualIDs = actual.plan.roster.employeeIDs
        let union = Set(plannedIDs).union(actualIDs).sorted(by: naturalPrecedes)
        var place: [String: Int32] = [:]
        place.reserveCapacity(union.count)
        for (k, id) in union.enumerated() { place[id] = Int32(k) }
        let p = plannedIDs.map { place[$0] ?? -1 }, q = actualIDs.map { place[$0] ?? -1 }
        let monotonic = zip(p, p.dropFirst()).allSatisfy { $0 < $1 } && zip(q, q.dropFirst()).allSatisfy { $0 < $1 }
        struct Key: Hashable, Comparable {
            var employee: Int32, start: Minute, rule: UInt8, end: Minute
            static func < (a: Key, b: Key) -> Bool { (a.employee, a.start, a.rule, a.end) < (b.employee, b.start, b.rule, b.end) }
        }
        func key(_ f: Finding, _ places: [Int32]) -> Key {
            Key(employee: f.employee >= 0 ? places[Int(f.employee)] : -1, start: f.start, rule: f.rule.rawValue, end: f.end)
        }
        var created: [Finding] = []
        var resolved = 0
        let before = planned.findings, after = actual.findings
        let sorted = monotonic
            && zip(before, before.dropFirst()).allSatisfy { !(key($1, p) < key($0, p)) }
            && zip(after, after.dropFirst()).allSatisfy { !(key($1, q) < key($0, q)) }
        if sorted {
            var i = 0, j = 0
            while j < after.count {
                let b = key(after[j], q)
                while i < before.count && key(before[i], p) < b { resolved += 1; i += 1 }
                if i < before.count && key(before[i], p) == b { i += 1 } else { created.append(after[j]) }
                j += 1
            }
            resolved += before.count - i
            return (created, resolved)
        }
        // Otherwise (ids that natural order cannot tell apart), by counting.
        var count: [Key: Int] = [:]
        for f in before { count[key(f, p), default: 0] += 1 }
        for f in after {
            let k = key(f, q)
            if let n = count[k], n > 0 { count[k] = n - 1 } else { created.append(f) }
        }
        return (created, count.values.reduce(0, +))
    }
}
