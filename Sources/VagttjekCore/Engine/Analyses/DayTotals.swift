/// Working time and absences per calendar day (DESIGN.md «Averages need a week»), for `hours.weekly48`, and the
/// working time and night hours of the plan period for the report's employee summary (DESIGN.md «Reports»).
/// Computed for every employee (the summary needs it).
public struct DayTotals: Sendable {
    /// Per analysed day (`PlanContext.dayBase + i`): minutes of working time, and whether a
    /// vacation, sick or leave entry touches the day.
    public internal(set) var work: [Int32] = []
    public internal(set) var absence: [Bool] = []

    /// Working time in the plan period: minutes and shifts of working time that touch the
    /// period, their minutes in night periods, and the shifts with at least 3 of them.
    public internal(set) var periodWork = 0, periodWorkShifts = 0, periodNight = 0, periodNightShifts = 0
    /// Per analysed day: the night minutes of the working-time rows that start that day (each
    /// minute once), or -1 when no working-time row starts that day. For the night-worker test
    /// (DESIGN.md «Night work»: "≥ 3 h of the daily working time in the night period", and 300 night hours in
    /// any 365 days).
    public internal(set) var startNight: [Int32] = []
    /// Working days in the plan period (the period's days on which a working-time row starts),
    /// and those whose rows hold at least 3 night hours between them.
    public internal(set) var periodWorkDays = 0, periodNightDays = 0
    /// Working time in the plan period in the evening (17:00–23:00 local) and on public
    /// holidays (from `PlanContext.holidayFrom`), minutes, each minute once: for the fairness
    /// figures (DESIGN.md «Lokal-MED's principles and fairness»), counted in the same walk over the days as `work`.
    public internal(set) var periodEvening = 0, periodHoliday = 0
    /// Per shift of the employee (index `i - timeline.shifts.lowerBound`): its category (DESIGN.md
    /// «Shift categories»: night with ≥ 3 night hours, else morning when it starts 04:00–11:59 local time, else
    /// evening; `.none` for rows that are not working time), the day index its start falls on
    /// (-1 outside the analysed days) and the local clock time of its start (minutes after
    /// midnight). For the recommendations and the regularity; computed in the same pass, so
    /// no rule walks the shifts again for a shift's night minutes or local time.
    public internal(set) var category: [ShiftCategory] = []
    public internal(set) var startDay: [Int32] = []
    public internal(set) var startClock: [Int16] = []
    /// Per analysed day (and 8 bytes of padding), the day's pattern for the regularity
    /// (`Regularity`): one bit per category of the rows starting that day — 2 morning, 4 evening,
    /// 8 night (the earliest row's, unless a night follows) — 1 for a day off, 0 for a day an
    /// absence touches and no working time starts on (DESIGN.md, «Absences are days»).
    public internal(set) var pattern: [UInt8] = []

    /// Whether a day of `pattern[0..<count]` is marked absent (0): eight days at a time.
    @inline(__always)
    static func anyAbsent(_ pattern: [UInt8], count: Int) -> Bool {
        pattern.withUnsafeBytes { raw -> Bool in
            let n = min(count, raw.count)
            var i = 0
            while i + 8 <= n {
                if SWAR.zeroBytes(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) != 0 { return true }
                i += 8
            }
            while i < n {
                if raw[i] == 0 { return true }
                i += 1
            }
            return false
        }
    }

    /// Every day an absence row touches becomes absent where it was a day off; the walk in
    /// `build` marks only the day a row starts on (DESIGN.md, «Absences are days»: a vacation as
    /// one row over three days leaves all three out of the regularity, as three one-day rows
    /// do). Shaped for speed: a second walk, taken only for an employee with an absence, out of
    /// line; inside `build`'s loop the same lines cost every row 14–40 instructions, absences or
    /// not (callgrind, the 1,000-staff anchor).
    @inline(never)
    mutating func markAbsenceDays(_ shifts: Range<Int>, _ plan: PlanContext) {
        let from = plan.analysisStart, to = plan.periodEnd, count = plan.dayCount
        for i in shifts {
            let shift = plan.roster.shifts[i]
            guard !shift.kind.isWorkingTime && shift.kind != .oncallHome && shift.kind != .dayoff else { continue }
            let s = max(shift.startMinute, from), e = min(shift.endMinute, to)
            guard e > s else { continue }
            var d = plan.dayIndex(of: s)
            guard d >= 0 else { continue }
            while d < count && plan.midnights[d] < e {
                if pattern[d] == 1 { pattern[d] = 0 }
                d += 1
            }
        }
    }

    /// Splits working time and absences at local midnight into `work` / `absence`, and
    /// counts the summary's working time and night minutes.
    ///
    /// Working time is counted once where rows overlap (DESIGN.md «Working time is counted once»: work and a course, a callout
    /// inside a sleeping night watch, a duplicated row): rows come in start order, so each row
    /// adds only the part after the latest end so far, and a day never holds more than its own
    /// length (no overflow, whatever the rows). Night minutes likewise, over the rows that count
    /// as night work. Night shifts (≥ 3 night hours) are counted per row.
    ///
    /// Shaped for speed: one pass over the shifts in start order, the day found by walking on
    /// from the previous row's day (no division), tables read through pointers (no bounds or
    /// uniqueness test per write; every index is kept inside the tables by the loop bounds), every
    /// counter local to the innermost closure (captured ones are read through memory; measured
    /// with callgrind), and a row's night minutes walked again only when it overlaps (rare).
    mutating func build(_ shifts: Range<Int>, _ plan: PlanContext) {
        let count = plan.dayCount
        work.reset(count: count, to: 0)
        absence.reset(count: count, to: false)
        startNight.reset(count: count, to: -1)
        pattern.reset(count: count + 8, to: 1)
        let from = plan.analysisStart, to = plan.periodEnd
        let periodStart = plan.periodStart, nightOnCall = plan.policy.nightWorkIncludesOnCall
        let rows = shifts.count, firstRow = shifts.lowerBound
        var totals = (0, 0, 0, 0, 0, 0)
        category.rewrite(capacity: rows, filler: .none) { categories in
        startDay.rewrite(capacity: rows, filler: -1) { startDays in
        startClock.rewrite(capacity: rows, filler: 0) { startClocks in
        pattern.withUnsafeMutableBufferPointer { pattern in
        totals = work.withUnsafeMutableBufferPointer { work in
            absence.withUnsafeMutableBufferPointer { absence in
                startNight.withUnsafeMutableBufferPointer { startNight in
                    plan.midnights.withUnsafeBufferPointer { midnights in
                      plan.eveningStarts.withUnsafeBufferPointer { eveningStarts in
                      plan.eveningEnds.withUnsafeBufferPointer { eveningEnds in
                      plan.holidayFrom.withUnsafeBufferPointer { holidayFrom in
                      plan.nightStarts.withUnsafeBufferPointer { nightStarts in
                      plan.nightEnds.withUnsafeBufferPointer { nightEnds in
                        plan.roster.shifts.withUnsafeBufferPointer { all -> (Int, Int, Int, Int, Int, Int) in
                            var (workTotal, workShifts, night, nightShifts) = (0, 0, 0, 0)
                            var (evening, holiday) = (0, 0)
                            let firstPeriodDay = plan.firstDay - plan.dayBase
                            var hint = -1  // the day index of the previous row's start
                            var overlapHint = -1
                            var workedUntil = Int.min, nightUntil = Int.min  // latest ends so far
                            for i in shifts {
                                let shift = all[i]
                                let k = i - firstRow
                                // The tables keep the previous employee's values: every row writes its own.
                                categories[k] = .none
                                startDays[k] = -1
                                startClocks[k] = 0
                                var s0 = shift.startMinute
                                let e0 = shift.endMinute
                                // The day the row starts (rows start on or after `from`).
                                var d = 0
                                let rowStart = max(s0, from)
                                var clock = 0
                                if rowStart < to {
                                    if hint < 0 || midnights[hint] > rowStart {
                                        d = plan.dayIndex(of: rowStart)
                                    } else {
                                        d = hint
                                        while d < count && midnights[d + 1] <= rowStart { d += 1 }
                                    }
                                    hint = d
                                    if s0 >= from {
                                        startDays[k] = Int32(truncatingIfNeeded: d)
                                        // Local clock: minutes since local midnight, except on the
                                        // two days a year whose length is not 24 h.
                                        clock = midnights[d + 1] - midnights[d] == minutesPerDay
                                            ? s0 - midnights[d] : Copenhagen.local(s0) - floorDiv(Copenhagen.local(s0), minutesPerDay) * minutesPerDay
                                        startClocks[k] = Int16(truncatingIfNeeded: clock)
                                    }
                                }
                                let isWork = shift.kind.isWorkingTime
                                if !isWork && startDays[k] >= 0 && shift.kind != .oncallHome && shift.kind != .dayoff && pattern[d] == 1 {
                                    pattern[d] = 0
                                }
                                guard isWork || shift.kind.isNeutralAbsence else { continue }
                                if isWork {
                                    let inPeriod = e0 > periodStart && s0 < to
                                    if inPeriod { workShifts += 1 }
                                    // As `plan.nightMinutes(shift)`, from the row's day (`d` is the day of `s0`
                                    // when the row lies in the table).
                                    var n = 0
                                    if rowStart < to && s0 >= midnights[0] && e0 <= midnights[count] {
                                        var j = d
                                        while j <= count + 1 && nightStarts[j] < e0 {
                                            let overlap = min(nightEnds[j], e0) - max(nightStarts[j], s0)
                                            if overlap > 0 { n += overlap }
                                            j += 1
                                        }
                                    } else {
                                        n = plan.nightMinutes(shift)
                                    }
                                    if startDays[k] < 0 {
                                        // Before the analysed days or at the period end: the clock from the zone rule.
                                        let local = Copenhagen.local(s0)
                                        clock = local - floorDiv(local, minutesPerDay) * minutesPerDay
                                    }
                                    let category: ShiftCategory = n >= 180 ? .night : clock >= 4 * 60 && clock < 12 * 60 ? .morning : .evening
                                    categories[k] = category
                                    if startDays[k] >= 0 {
                                        let bit: UInt8 = category == .night ? 8 : category == .morning ? 2 : 4
                                        if pattern[d] <= 1 || bit == 8 { pattern[d] = bit }
                                    }
                                    var added = 0  // night minutes counted for this row
                                    if shift.kind != .oncallWorkplace || nightOnCall {
                                        if inPeriod {
                                            if n >= 180 { nightShifts += 1 }
                                            // Only the night minutes after the latest night-counted end.
                                            if s0 >= nightUntil {
                                                added = n
                                            } else if e0 > nightUntil {
                                                added = plan.nightMinutes(start: nightUntil, end: e0, hint: &overlapHint)
                                            }
                                            night += added
                                        }
                                        nightUntil = max(nightUntil, e0)
                                    }
                                    if inPeriod { startNight[d] = max(startNight[d], 0) &+ Int32(truncatingIfNeeded: added) }
                                    // Only the part after the latest working-time end counts.
                                    if s0 < workedUntil { s0 = workedUntil }
                                    workedUntil = max(workedUntil, e0)
                                    guard e0 > s0 else { continue }
                                    if inPeriod { workTotal += e0 - s0 }
                                }
                                let s = max(s0, from), e = min(e0, to)
                                guard e > s else { continue }
                                // On from the start day when an overlap moved the start.
                                if s > rowStart {
                                    while d < count && midnights[d + 1] <= s { d += 1 }
                                }
                                while d < count && midnights[d] < e {
                                    let dayEnd = midnights[d + 1]
                                    let part = min(e, dayEnd) - max(s, midnights[d])
                                    if part > 0 {
                                        if isWork {
                                            work[d] += Int32(part)
                                            // The evening and a holiday lie inside the day.
                                            let eveningEnd = eveningEnds[d], eveningStart = eveningStarts[d]
                                            // Without a branch: no overlap adds 0.
                                            evening &+= max(0, min(e, eveningEnd) - max(s, eveningStart)) & (d >= firstPeriodDay ? -1 : 0)
                                            let from = holidayFrom[d]
                                            if from >= 0 && e > from && d >= firstPeriodDay { holiday += min(e, dayEnd) - max(s, from) }
                                        } else {
                                            absence[d] = true
                                        }
                                    }
                                    d += 1
                                }
                            }
                            return (workTotal, workShifts, night, nightShifts, evening, holiday)
                        }
                      }
                      }
                      }
                      }
                      }
                    }
                }
            }
        }
        }
        return rows
        }
        return rows
        }
        return rows
        }
        (periodWork, periodWorkShifts, periodNight, periodNightShifts, periodEvening, periodHoliday) = totals
        if Self.anyAbsent(pattern, count: count) { markAbsenceDays(shifts, plan) }
        var workDays = 0, nightDays = 0
        for d in max(0, plan.firstDay - plan.dayBase)..<count {
            let n = startNight[d]
            // Sign bits, not branches (a day with or without work is a coin toss to a predictor).
            workDays &+= 1 &+ Int(n >> 31)
            nightDays &+= Int((179 &- n) >> 31) & 1
        }
        (periodWorkDays, periodNightDays) = (workDays, nightDays)
    }
}
