/// A free stretch between busy periods for the weekly day off (DESIGN.md «The weekly day off»).
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
    /// Index into `DayOffAnalysis.blocks` of the day off that ends the gap; -1 when the gap
    /// runs to the period end (busy there).
    public var nextBlock: Int

    public var length: Int { end - start }
}

/// The days off of an employee and the stretches between them (DESIGN.md «The weekly day off»), for
/// `dayoff.weekly`, `dayoff.compensation` and `dayoff.sunday`, computed once per employee from
/// the week's work periods.
public struct DayOffAnalysis: Sendable {
    /// Free stretches that count as days off: ≥ `weeklyRestHours`, or touching an edge.
    public internal(set) var blocks: [FreeStretch] = []
    /// The stretches between days off.
    public internal(set) var gaps: [DayOffGap] = []

    mutating func build(_ periods: WorkPeriods, _ plan: PlanContext) {
        blocks.removeAll(keepingCapacity: true)
        gaps.removeAll(keepingCapacity: true)
        let windowStart = plan.analysisStart, windowEnd = plan.periodEnd
        let minimum = Hours.minutes(plan.policy.weeklyRestHours)
        var cursor = windowStart
        func stretch(_ start: Int, _ end: Int) {
            let s = FreeStretch(start: start, end: end, atStartEdge: start == windowStart, atEndEdge: end == windowEnd)
            if s.length >= minimum || s.atStartEdge || s.atEndEdge { blocks.append(s) }
        }
        for p in periods.week {
            if p.end <= windowStart { continue }
            if p.start >= windowEnd { break }
            if p.start > cursor { stretch(cursor, p.start) }
            cursor = max(cursor, p.end)
        }
        if cursor < windowEnd { stretch(cursor, windowEnd) }
        // Gaps between consecutive days off; the period edges stand in where the employee is
        // busy at the edge (the breach is then certain: history can only lengthen the gap).
        var previousEnd = windowStart
        for (b, block) in blocks.enumerated() {
            if block.start > previousEnd {
                gaps.append(DayOffGap(start: previousEnd, end: block.start, nextBlock: b))
            }
            previousEnd = block.end
        }
        if previousEnd < windowEnd {
            gaps.append(DayOffGap(start: previousEnd, end: windowEnd, nextBlock: -1))
        }
    }

    /// The index of the first postponement agreement that covers a day-off gap: the gap lies
    /// wholly inside its validity and every busy shift in the gap is in scope; -1 if none.
    public static func postponementAgreement(for gap: DayOffGap, shifts: Range<Int>, _ plan: PlanContext) -> Int {
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
