/// Working time and absences per calendar day (SPEC §3.4), for `hours.weekly48`, and the
/// working time and night hours of the plan period for the report's employee summary (SPEC §4).
/// Computed for every employee (the summary needs it).
public struct DayTotals: Sendable {
    /// Per analysed day (`PlanContext.dayBase + i`): minutes of working time, and whether a
    /// vacation, sick or leave entry touches the day.
    public internal(set) var work: [Int32] = []
    public internal(set) var absence: [Bool] = []

    /// Working time in the plan period: minutes and shifts of working time that touch the
    /// period, their minutes in night periods, and the shifts with at least 3 of them.
    public internal(set) var periodWork = 0, periodWorkShifts = 0, periodNight = 0, periodNightShifts = 0

    /// Splits working time and absences at local midnight into `work` / `absence`, and
    /// counts the summary's working time and night minutes.
    ///
    /// Shaped for speed: one pass over the shifts in start order, the day found by walking on
    /// from the previous shift's day (no division), tables read through pointers (no bounds or
    /// uniqueness test per write; every index is kept inside the tables by the loop bounds).
    mutating func build(_ shifts: Range<Int>, _ plan: PlanContext) {
        let count = plan.dayCount
        work.removeAll(keepingCapacity: true)
        work.append(contentsOf: repeatElement(0, count: count))
        absence.removeAll(keepingCapacity: true)
        absence.append(contentsOf: repeatElement(false, count: count))
        let from = plan.analysisStart, to = plan.periodEnd
        let periodStart = plan.periodStart, nightOnCall = plan.policy.nightWorkIncludesOnCall
        var (workTotal, workShifts, night, nightShifts) = (0, 0, 0, 0)
        work.withUnsafeMutableBufferPointer { work in
            absence.withUnsafeMutableBufferPointer { absence in
                plan.midnights.withUnsafeBufferPointer { midnights in
                    plan.roster.shifts.withUnsafeBufferPointer { all in
                        var nightHint = -1
                        var hint = -1  // the day index of the previous shift's start
                        for i in shifts {
                            let shift = all[i]
                            let isWork = shift.kind.isWorkingTime
                            if isWork && shift.endMinute > periodStart && shift.startMinute < to {
                                workTotal += shift.endMinute - shift.startMinute
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
                                    if isWork { work[d] += Int32(part) } else { absence[d] = true }
                                }
                                d += 1
                            }
                        }
                    }
                }
            }
        }
        (periodWork, periodWorkShifts, periodNight, periodNightShifts) = (workTotal, workShifts, night, nightShifts)
    }
}
