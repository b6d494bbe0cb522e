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

    /// Splits working time and absences at local midnight into `dayWork` / `dayAbsence`.
    private mutating func analyseDays(_ plan: PlanContext) {
        let count = plan.dayCount
        dayWork.removeAll(keepingCapacity: true)
        dayWork.append(contentsOf: repeatElement(0, count: count))
        dayAbsence.removeAll(keepingCapacity: true)
        dayAbsence.append(contentsOf: repeatElement(false, count: count))
        let from = plan.analysisStart, to = plan.periodEnd
        let midnights = plan.midnights
        let periodStart = plan.periodStart, nightOnCall = plan.policy.nightWorkIncludesOnCall
        (periodWork, periodWorkShifts, periodNight, periodNightShifts) = (0, 0, 0, 0)
        var nightHint = -1
        var hint = -1  // the day index of the previous shift's start (shifts come in start order)
        for i in shifts {
            let shift = plan.roster.shifts[i]
            let work = shift.kind.isWorkingTime
            if work && shift.endMinute > periodStart && shift.startMinute < to {
                periodWork += shift.endMinute - shift.startMinute
                periodWorkShifts += 1
                if shift.kind != .oncallWorkplace || nightOnCall {
                    let n = plan.nightMinutes(shift, hint: &nightHint)
                    periodNight += n
                    if n >= 180 { periodNightShifts += 1 }
                }
            }
            guard work || shift.kind.isNeutralAbsence else { continue }
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
                    if work { dayWork[d] += Int32(part) } else { dayAbsence[d] = true }
                }
                d += 1
            }
        }
    }

    // MARK: Daily rest

    /// The busy intervals of both notions in one pass over the shifts (SPEC §2.2): for the
    /// daily rest (working time; on-call per policy and date) and for the weekly day off
    /// (on-call is busy), each merged into work periods.
    private mutating func buildPeriods(_ plan: PlanContext) {
        let all = plan.roster.shifts
        let policy = plan.policy
        let cutoff = PlanContext.onCallRestAbolished
        let legacy = policy.legacyOnCallAsRest, homeIsWork = policy.onCallHomeIsWork
        scratch.removeAll(keepingCapacity: true)
        weekScratch.removeAll(keepingCapacity: true)
        var sorted = true
        var lastStart = Int.min
        for i in shifts {
            let s = all[i]
            var start = s.startMinute
            let end = s.endMinute
            if s.kind.isBusyForWeeklyDayOff { weekScratch.append((start, end, i)) }
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
            scratch.append((start, end, i))
        }
        if !sorted { scratch.sort { $0.start < $1.start } }
        Self.merge(scratch, into: &restPeriods, members: &periodShifts)
        Self.merge(weekScratch, into: &weekPeriods, members: &weekShifts)
    }

    /// Merges `scratch` (sorted by start) into periods; overlapping or touching intervals join.
    private static func merge(
        _ scratch: [(start: Int, end: Int, shift: Int)], into periods: inout [WorkPeriod], members: inout [Int]
    ) {
        periods.removeAll(keepingCapacity: true)
        members.removeAll(keepingCapacity: true)
        guard let first = scratch.first else { return }
        members.append(contentsOf: scratch.lazy.map(\.shift))
        // One append per period, when the next item does not join it.
        var start = first.start, end = first.end, firstMember = 0
        for k in 1..<scratch.count {
            let item = scratch[k]
            if item.start <= end {
                if item.end > end { end = item.end }
            } else {
                periods.append(WorkPeriod(start: start, end: end, members: firstMember..<k))
                (start, end, firstMember) = (item.start, item.end, k)
            }
        }
        periods.append(WorkPeriod(start: start, end: end, members: firstMember..<scratch.count))
    }

    /// For every rest period P ending at e: the longest free stretch inside [e − 24 h, e]
    /// (a stretch that began earlier counts from e − 24 h). Time before the first row is free.
    private mutating func analyseRest(_ plan: PlanContext) {
        longestRest.removeAll(keepingCapacity: true)
        restAgreement.removeAll(keepingCapacity: true)
        let hasAgreements = !plan.restAgreements.isEmpty
        for i in restPeriods.indices {
            let windowStart = restPeriods[i].end - minutesPerDay
            var longest = 0
            var j = i
            var gapEnd = restPeriods[i].start
            while gapEnd > windowStart {
                let gapStart = j > 0 ? max(restPeriods[j - 1].end, windowStart) : windowStart
                longest = max(longest, gapEnd - gapStart)
                if j == 0 || restPeriods[j - 1].end <= windowStart { break }
                j -= 1
                gapEnd = restPeriods[j].start
            }
            longestRest.append(longest)
            if hasAgreements { restAgreement.append(applicableRestAgreement(i, plan)) }
        }
        if !hasAgreements { restAgreement.append(contentsOf: repeatElement(-1, count: restPeriods.count)) }
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
