/// A merged stretch of busy time (arbejdsperiode): busy intervals that overlap or touch form
/// one work period; a zero-length gap is no rest (DESIGN.md «Work periods»).
public struct WorkPeriod: Sendable, Equatable {
    public var start: Minute
    public var end: Minute
    /// The shifts it is made of, as a range into `WorkPeriods.restMembers` (or the week's).
    public var members: Range<Int>

    public var length: Int { end - start }
}

/// An employee's work periods of both notions of busy (DESIGN.md «Rows and kinds»): for the daily rest (working
/// time; on-call at the workplace per policy and date, on-call at home only when the policy
/// makes it work) and for the weekly day off (on-call of both kinds is busy). Built in one pass
/// over the shifts for every employee.
public struct WorkPeriods: Sendable {
    /// Work periods for the daily rest, in time order.
    public internal(set) var rest: [WorkPeriod] = []
    /// Shift indices (into the roster) of the rest periods' members.
    public internal(set) var restMembers: [Int] = []
    /// Work periods for the weekly day off, in time order.
    public internal(set) var week: [WorkPeriod] = []
    var weekMembers: [Int] = []

    private var scratch: [(start: Int, end: Int, shift: Int)] = []
    private var weekScratch: [(start: Int, end: Int, shift: Int)] = []

    /// The shifts of a rest period.
    public func shifts(of period: WorkPeriod, _ plan: PlanContext) -> [Shift] {
        period.members.map { plan.roster.shifts[restMembers[$0]] }
    }

    /// Rebuilds both kinds from an employee's shifts (a range of the roster, in start order).
    ///
    /// Shaped for speed: one pass, the intervals written through pointers into arrays that keep
    /// their memory from employee to employee.
    mutating func build(_ range: Range<Int>, _ plan: PlanContext) {
        let policy = plan.policy
        let cutoff = PlanContext.onCallRestAbolished
        let legacy = policy.legacyOnCallAsRest, homeIsWork = policy.onCallHomeIsWork
        var sorted = true
        var weekCount = 0, restCount = 0
        plan.roster.shifts.withUnsafeBufferPointer { all in
            scratch.rewrite(capacity: range.count, filler: (0, 0, 0)) { rest in
                weekScratch.rewrite(capacity: range.count, filler: (0, 0, 0)) { week in
                    var lastStart = Int.min
                    for i in range {
                        let s = all[i]
                        var start = s.startMinute
                        let end = s.endMinute
                        if s.kind.isBusyForWeeklyDayOff {
                            week[weekCount] = (start, end, i)
                            weekCount += 1
                        }
                        switch s.kind {
                        case .work, .callout, .course:
                            break
                        case .oncallWorkplace:
                            // Before 2024-07-01 the 1981 agreement may count it as rest (DESIGN.md «Rows and kinds»).
                            if legacy && start < cutoff {
                                if end <= cutoff { continue }
                                start = cutoff
                            }
                        case .oncallHome:
                            if !homeIsWork { continue }
                        default:
                            continue
                        }
                        if start < lastStart { sorted = false }
                        lastStart = start
                        rest[restCount] = (start, end, i)
                        restCount += 1
                    }
                    return weekCount
                }
                return restCount
            }
        }
        if !sorted { scratch.sort { $0.start < $1.start } }
        Self.merge(scratch, into: &rest, members: &restMembers)
        Self.merge(weekScratch, into: &week, members: &weekMembers)
    }

    /// Merges `scratch` (sorted by start) into periods; overlapping or touching intervals join.
    private static func merge(
        _ scratch: [(start: Int, end: Int, shift: Int)], into periods: inout [WorkPeriod], members: inout [Int]
    ) {
        let n = scratch.count
        members.rewrite(capacity: n, filler: 0) { out in
            for k in 0..<n { out[k] = scratch[k].shift }
            return n
        }
        guard let first = scratch.first else {
            periods.removeAll(keepingCapacity: true)
            return
        }
        // One period per run of items that overlap or touch.
        periods.rewrite(capacity: n, filler: WorkPeriod(start: 0, end: 0, members: 0..<0)) { out in
            var count = 0
            var start = first.start, end = first.end, firstMember = 0
            for k in 1..<n {
                let item = scratch[k]
                if item.start <= end {
                    if item.end > end { end = item.end }
                } else {
                    out[count] = WorkPeriod(start: start, end: end, members: firstMember..<k)
                    count += 1
                    (start, end, firstMember) = (item.start, item.end, k)
                }
            }
            out[count] = WorkPeriod(start: start, end: end, members: firstMember..<n)
            return count + 1
        }
    }
}

extension Array {
    /// Replaces the contents with at most `capacity` elements that `body` writes through a
    /// pointer, returning how many it wrote. Shaped for speed: the engine's per-employee arrays
    /// keep their memory from employee to employee, and a pointer write costs no uniqueness or
    /// capacity test per element.
    @inline(__always)
    mutating func rewrite(capacity: Int, filler: Element, _ body: (UnsafeMutablePointer<Element>) -> Int) {
        guard capacity > 0 else {
            removeAll(keepingCapacity: true)
            return
        }
        // Only the elements beyond the current count are filled first (appending a repeated
        // value goes element by element: it was 11 M instructions of the 1,000-staff check).
        if count < capacity { append(contentsOf: repeatElement(filler, count: capacity - count)) }
        let used = withUnsafeMutableBufferPointer { body($0.baseAddress!) }
        precondition(used >= 0 && used <= capacity)
        removeLast(count - used)
    }

    /// `count` copies of `value`, keeping the memory when the count is the same as before (the
    /// per-day tables of every employee): a fill through a pointer, not an element-by-element
    /// append.
    @inline(__always)
    mutating func reset(count: Int, to value: Element) {
        if self.count == count {
            withUnsafeMutableBufferPointer { $0.update(repeating: value) }
        } else {
            self = Array(repeating: value, count: count)
        }
    }
}
