/// A merged stretch of busy time (arbejdsperiode): busy intervals that overlap or touch form
/// one work period; a zero-length gap is no rest (SPEC §8.1).
public struct WorkPeriod: Sendable, Equatable {
    public var start: Minute
    public var end: Minute
    /// The shifts it is made of, as a range into `EmployeeTimeline.periodShifts`.
    public var members: Range<Int>

    public var length: Int { end - start }
}

/// A free stretch between busy periods for the weekly day off (SPEC §3.3).
public struct FreeStretch: Sendable, Equatable {
    public var start: Minute
    public var end: Minute
    /// Touches the start / end of the analysed period: the history beyond is unknown, so it
    /// counts as a possible day off whatever its length.
    public var atStartEdge: Bool
    public var atEndEdge: Bool

    public var length: Int { end - start }
}

/// The stretch from one day off (or the period start) to the next (or the period end).
public struct DayOffGap: Sendable, Equatable {
    public var start: Minute
    public var end: Minute
    /// Index into `dayOffBlocks` of the day off that ends the gap; -1 when the gap runs to the
    /// period end (busy there).
    public var nextBlock: Int

    public var length: Int { end - start }
}

/// One employee's shifts and the analyses several rules share, built once per employee by the
/// engine (shaped for speed: the arrays are reused from employee to employee by each worker,
/// so the pass allocates nothing per shift once warm; see `Benchmarks/`).
public struct EmployeeTimeline: Sendable {
    public internal(set) var employee: Int32 = 0
    /// The employee's rows, a range into `PlanContext.roster.shifts`, sorted by start.
    public internal(set) var shifts: Range<Int> = 0..<0

    /// Work periods for the daily rest (§2.2 "daily rest" column), in time order.
    public internal(set) var restPeriods: [WorkPeriod] = []
    /// Shift indices (into the roster) of each rest period's members.
    public internal(set) var periodShifts: [Int] = []
    /// Per rest period: the longest rest (minutes) in the 24 h before its end (SPEC §3.1).
    public internal(set) var longestRest: [Int] = []
    /// Per rest period: the index of the rest-reduction agreement that applies, or -1.
    public internal(set) var restAgreement: [Int] = []

    /// Work periods for the weekly day off (§2.2 "weekly day off" column: on-call is busy).
    public internal(set) var weekPeriods: [WorkPeriod] = []
    /// Free stretches that count as days off: ≥ `weeklyRestHours`, or touching an edge.
    public internal(set) var dayOffBlocks: [FreeStretch] = []
    /// The stretches between days off.
    public internal(set) var dayOffGaps: [DayOffGap] = []

    /// Per analysed day (`PlanContext.dayBase + i`): minutes of working time, and whether a
    /// vacation, sick or leave entry touches the day (SPEC §3.4).
    public internal(set) var dayWork: [Int32] = []
    public internal(set) var dayAbsence: [Bool] = []

    private var scratch: [(start: Int, end: Int, shift: Int)] = []
    private var weekScratch: [(start: Int, end: Int, shift: Int)] = []
    private var weekShifts: [Int] = []

    public init() {}

    /// Rebuilds the timeline for one employee.
    mutating func build(employee: Int32, plan: PlanContext) {
        self.employee = employee
        shifts = plan.roster.employeeRanges[Int(employee)]
        buildPeriods(plan)
        analyseRest(plan)
        analyseDaysOff(plan)
        analyseDays(plan)
    }

    /// Working time in the plan period, for the report's summary (SPEC §4), counted by
    /// `analyseDays`: minutes and shifts of working time that touch the period, their minutes
    /// in night periods, and the shifts with at least 3 of them.
    public internal(set) var periodWork = 0, periodWorkShifts = 0, periodNight = 0, periodNightShifts = 0

    // MARK: Days

    /// Splits working time and absences at local midnight into `dayWork` / `dayAbsence`, and
    /// counts the summary's working time and night minutes.
    ///
    /// Shaped for speed: one pass over the shifts in start order, the day found by walking on
    /// from the previous shift's day (no division), tables read through pointers (no bounds or
    /// uniqueness test per write; every index is kept inside the tables by the loop bounds).
    private mutating func analyseDays(_ plan: PlanContext) {
        let count = plan.dayCount
        dayWork.removeAll(keepingCapacity: true)
        dayWork.append(contentsOf: repeatElement(0, count: count))
        dayAbsence.removeAll(keepingCapacity: true)
        dayAbsence.append(contentsOf: repeatElement(false, count: count))
        let from = plan.analysisStart, to = plan.periodEnd
        let periodStart = plan.periodStart, nightOnCall = plan.policy.nightWorkIncludesOnCall
        var (work, workShifts, night, nightShifts) = (0, 0, 0, 0)
        let range = shifts
        dayWork.withUnsafeMutableBufferPointer { dayWork in
            dayAbsence.withUnsafeMutableBufferPointer { dayAbsence in
                plan.midnights.withUnsafeBufferPointer { midnights in
                    plan.roster.shifts.withUnsafeBufferPointer { all in
                        var nightHint = -1
                        var hint = -1  // the day index of the previous shift's start
                        for i in range {
                            let shift = all[i]
                            let isWork = shift.kind.isWorkingTime
                            if isWork && shift.endMinute > periodStart && shift.startMinute < to {
                                work += shift.endMinute - shift.startMinute
                                workShifts += 1
                                if shift.kind != .oncallWorkplace || nightOnCall {
                                    let n = plan.nightMinutes(shift, hint: &nightHint)
                                    night += n
                                    if n >= 180 { nightShifts += 1 }
                                }
                            }
                            guard isWork || shift.kind.isNeutralAbsence else { continue }
                            let s = max(shift.startMinute, from), e = min(shift.endMinute, to)
                            guard e > s else { continue }
                            var d: Int
                            if hint < 0 || midnights[hint] > s {
                                d = plan.dayIndex(of: s)
                            } else {
                                d = hint
                                while d < count && midnights[d + 1] <= s { d += 1 }
                            }
                            hint = d
                            while d < count && midnights[d] < e {
                                let part = min(e, midnights[d + 1]) - max(s, midnights[d])
                                if part > 0 {
                                    if isWork { dayWork[d] += Int32(part) } else { dayAbsence[d] = true }
                                }
                                d += 1
                            }
                        }
                    }
                }
            }
        }
        (periodWork, periodWorkShifts, periodNight, periodNightShifts) = (work, workShifts, night, nightShifts)
    }

    // MARK: Daily rest

    /// The busy intervals of both notions in one pass over the shifts (SPEC §2.2): for the
    /// daily rest (working time; on-call per policy and date) and for the weekly day off
    /// (on-call is busy), each merged into work periods.
    private mutating func buildPeriods(_ plan: PlanContext) {
        let policy = plan.policy
        let cutoff = PlanContext.onCallRestAbolished
        let legacy = policy.legacyOnCallAsRest, homeIsWork = policy.onCallHomeIsWork
        let range = shifts
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
                            // Before 2024-07-01 the 1981 agreement may count it as rest (SPEC §8.7).
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
        Self.merge(scratch, into: &restPeriods, members: &periodShifts)
        Self.merge(weekScratch, into: &weekPeriods, members: &weekShifts)
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

    /// For every rest period P ending at e: the longest free stretch inside [e − 24 h, e]
    /// (a stretch that began earlier counts from e − 24 h). Time before the first row is free.
    private mutating func analyseRest(_ plan: PlanContext) {
        let n = restPeriods.count
        restPeriods.withUnsafeBufferPointer { periods in
            longestRest.rewrite(capacity: n, filler: 0) { out in
                for i in 0..<n {
                    let windowStart = periods[i].end - minutesPerDay
                    var longest = 0
                    var j = i
                    var gapEnd = periods[i].start
                    while gapEnd > windowStart {
                        let gapStart = j > 0 ? max(periods[j - 1].end, windowStart) : windowStart
                        longest = max(longest, gapEnd - gapStart)
                        if j == 0 || periods[j - 1].end <= windowStart { break }
                        j -= 1
                        gapEnd = periods[j].start
                    }
                    out[i] = longest
                }
                return n
            }
        }
        restAgreement.removeAll(keepingCapacity: true)
        if plan.restAgreements.isEmpty {
            restAgreement.append(contentsOf: repeatElement(-1, count: n))
        } else {
            for i in 0..<n { restAgreement.append(applicableRestAgreement(i, plan)) }
        }
    }

    /// The first rest-reduction agreement that covers every shift of the period and whose
    /// validity contains it wholly (SPEC §8.4), or -1.
    private func applicableRestAgreement(_ period: Int, _ plan: PlanContext) -> Int {
        let p = restPeriods[period]
        for a in plan.restAgreements where plan.agreements[a].covers(start: p.start, end: p.end) {
            if p.members.allSatisfy({ plan.agreement(a, covers: plan.roster.shifts[periodShifts[$0]]) }) { return a }
        }
        return -1
    }

    /// The shifts of a rest period.
    public func shifts(of period: WorkPeriod, _ plan: PlanContext) -> [Shift] {
        period.members.map { plan.roster.shifts[periodShifts[$0]] }
    }

    // MARK: Weekly day off

    private mutating func analyseDaysOff(_ plan: PlanContext) {
        dayOffBlocks.removeAll(keepingCapacity: true)
        dayOffGaps.removeAll(keepingCapacity: true)
        let windowStart = plan.analysisStart, windowEnd = plan.periodEnd
        let minimum = Int(plan.policy.weeklyRestHours * 60)
        var cursor = windowStart
        func stretch(_ start: Int, _ end: Int) {
            let s = FreeStretch(start: start, end: end, atStartEdge: start == windowStart, atEndEdge: end == windowEnd)
            if s.length >= minimum || s.atStartEdge || s.atEndEdge { dayOffBlocks.append(s) }
        }
        for p in weekPeriods {
            if p.end <= windowStart { continue }
            if p.start >= windowEnd { break }
            if p.start > cursor { stretch(cursor, p.start) }
            cursor = max(cursor, p.end)
        }
        if cursor < windowEnd { stretch(cursor, windowEnd) }
        // Gaps between consecutive days off; the period edges stand in where the employee is
        // busy at the edge (the breach is then certain: history can only lengthen the gap).
        var previousEnd = windowStart
        for (b, block) in dayOffBlocks.enumerated() {
            if block.start > previousEnd {
                dayOffGaps.append(DayOffGap(start: previousEnd, end: block.start, nextBlock: b))
            }
            previousEnd = block.end
        }
        if previousEnd < windowEnd {
            dayOffGaps.append(DayOffGap(start: previousEnd, end: windowEnd, nextBlock: -1))
        }
    }

    /// The index of the first postponement agreement that covers a day-off gap: the gap lies
    /// wholly inside its validity and every busy shift in the gap is in scope; -1 if none.
    public func postponementAgreement(for gap: DayOffGap, _ plan: PlanContext) -> Int {
        let all = plan.roster.shifts
        for a in plan.postponementAgreements where plan.agreements[a].covers(start: gap.start, end: gap.end) {
            var inScope = true
            for i in shifts where all[i].kind.isBusyForWeeklyDayOff && all[i].endMinute > gap.start && all[i].startMinute < gap.end {
                if !plan.agreement(a, covers: all[i]) { inScope = false; break }
            }
            if inScope { return a }
        }
        return -1
    }
}

extension Array {
    /// Replaces the contents with at most `capacity` elements that `body` writes through a
    /// pointer, returning how many it wrote. Shaped for speed: the engine's per-employee arrays
    /// keep their memory from employee to employee, and a pointer write costs no uniqueness or
    /// capacity test per element.
    @inline(__always)
    mutating func rewrite(capacity: Int, filler: Element, _ body: (UnsafeMutablePointer<Element>) -> Int) {
        removeAll(keepingCapacity: true)
        guard capacity > 0 else { return }
        append(contentsOf: repeatElement(filler, count: capacity))
        let used = withUnsafeMutableBufferPointer { body($0.baseAddress!) }
        precondition(used >= 0 && used <= capacity)
        removeLast(capacity - used)
    }
}
