/// Plan versus reality (SPEC §2.7, §3.7 `rec.13` "Begræns afvigelser fra planen"): every shift
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
        public var byChange: [Change: Tally] = [:]
        public var late = 0
        /// Changes (everything but unchanged) and their minutes.
        public var changes: Int { byChange.filter { $0.key != .unchanged }.values.reduce(0) { $0 + $1.count } }
        public var minutes: Int { byChange.filter { $0.key != .unchanged }.values.reduce(0) { $0 + $1.minutes } }
        mutating func add(_ item: Item) {
            byChange[item.change, default: Tally()].add(item)
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
        func rows(_ r: Roster) -> [String: [Row]] {
            var out: [String: [Row]] = [:]
            for (e, range) in r.employeeRanges.enumerated() where !range.isEmpty {
                let id = r.employeeIDs[e]
                out[id] = r.shifts[range].map {
                    Row(start: $0.startMinute, end: $0.endMinute, kind: $0.kind, label: r.label(of: $0), unit: r.unit(of: $0) ?? unitOf(id), line: Int($0.line))
                }.sorted(by: Self.contentOrder)
            }
            return out
        }
        let p = rows(planned), a = rows(actual)
        let ids = Set(p.keys).union(a.keys).sorted(by: naturalPrecedes)
        var all: [Item] = []
        var byUnit: [String: Totals] = [:]
        for id in ids {
            var items = Self.match(employee: id, p[id] ?? [], a[id] ?? [])
            for k in items.indices { Self.judgeNotice(&items[k], log, changeNoticeDays) }
            items.sort { ($0.at, $0.change, $0.planned?.start ?? 0, $0.actual?.start ?? 0) < ($1.at, $1.change, $1.planned?.start ?? 0, $1.actual?.start ?? 0) }
            var totals = Totals(name: id)
            for item in items {
                totals.add(item)
                total.add(item)
                if item.change != .unchanged {
                    let u = item.unit ?? ""
                    byUnit[u, default: Totals(name: u)].add(item)
                }
            }
            if totals.changes > 0 { employees.append(totals) }
            all += items.filter { $0.change != .unchanged }
        }
        items = all
        units = byUnit.values.sorted { naturalPrecedes($0.name, $1.name) }
    }

    /// Start, end, kind, label, unit (then line, which only orders rows equal in all of these).
    static func contentOrder(_ x: Row, _ y: Row) -> Bool {
        if x.start != y.start { return x.start < y.start }
        if x.end != y.end { return x.end < y.end }
        if x.kind != y.kind { return x.kind.rawValue < y.kind.rawValue }
        if (x.label ?? "") != (y.label ?? "") { return (x.label ?? "") < (y.label ?? "") }
        if (x.unit ?? "") != (y.unit ?? "") { return (x.unit ?? "") < (y.unit ?? "") }
        return x.line < y.line
    }

    static func sameLabel(_ x: Row, _ y: Row) -> Bool {
        guard let a = x.label, let b = y.label else { return true }
        return a == b
    }

    /// Steps 2–4 of the matching rule for one employee's sorted rows.
    static func match(employee: String, _ planned: [Row], _ actual: [Row]) -> [Item] {
        var items: [Item] = []
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
                    items.append(Item(change: .unchanged, employee: employee, planned: p, actual: actual[k], minutes: 0, late: false))
                    break
                }
                k += 1
            }
        }
        // Changed: the best remaining actual row near each remaining planned row.
        for (i, p) in planned.enumerated() where !pUsed[i] {
            var best = -1
            var bestKey = (0, 0, 0)
            for (k, a) in actual.enumerated() where !aUsed[k] {
                let overlap = min(p.end, a.end) - max(p.start, a.start)
                let distance = abs(a.start - p.start)
                guard overlap > 0 || distance <= moveWindow else { continue }
                let same = a.kind == p.kind && sameLabel(p, a) ? 1 : 0
                let key = (same, max(overlap, 0), -distance)
                if best < 0 || key > bestKey {
                    best = k
                    bestKey = key
                }
            }
            guard best >= 0 else { continue }
            let a = actual[best]
            aUsed[best] = true
            pUsed[i] = true
            let change: Change
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
            items.append(Item(change: change, employee: employee, planned: p, actual: a, minutes: minutes, late: false))
        }
        for (i, p) in planned.enumerated() where !pUsed[i] {
            items.append(Item(change: .removed, employee: employee, planned: p, actual: nil, minutes: p.minutes, late: false))
        }
        for (k, a) in actual.enumerated() where !aUsed[k] {
            items.append(Item(change: .added, employee: employee, planned: nil, actual: a, minutes: a.minutes, late: false))
        }
        return items
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
        struct Key: Hashable { var rule: Int; var employee: String; var start: Minute; var end: Minute }
        func key(_ f: Finding, _ r: CheckResult) -> Key {
            Key(rule: Int(f.rule.rawValue), employee: f.employee >= 0 ? r.plan.roster.employeeIDs[Int(f.employee)] : "", start: f.start, end: f.end)
        }
        var before: [Key: Int] = [:]
        for f in planned.findings { before[key(f, planned), default: 0] += 1 }
        var created: [Finding] = []
        var after: [Key: Int] = [:]
        for f in actual.findings {
            let k = key(f, actual)
            after[k, default: 0] += 1
            if after[k, default: 0] > before[k, default: 0] { created.append(f) }
        }
        var resolved = 0
        for (k, n) in before { resolved += max(0, n - after[k, default: 0]) }
        return (created, resolved)
    }
}
