/// The category of a working-time shift (DESIGN.md «The 14 recommendations», last paragraph): **night** with at least 3
/// hours in the night period, else **morning** when it starts 04:00–11:59 local time, else
/// **evening**. Absences and on-call at home have none.
public enum ShiftCategory: UInt8, Sendable {
    case none, morning, evening, night
}

/// Night hours and the category of each of an employee's shifts (DESIGN.md «Night work»), computed once per
/// employee when a registered rule asks for it (`Analyses.night`): the ground the night-work,
/// pregnancy and rotation rules stand on.
///
/// Decisions: night minutes are real minutes (DST-correct) of working-time shifts (work, on-call
/// at the workplace, callout, course) inside the policy's night period; the rules that count
/// night hours apply `nightWorkIncludesOnCall` themselves. A policy mapping of labels to
/// categories (DESIGN.md «The 14 recommendations») is left to the recommendations issue.
public struct NightAnalysis: Sendable {
    /// Per shift of the employee (index `i - timeline.shifts.lowerBound`): night minutes.
    public internal(set) var minutes: [Int32] = []
    /// Per shift: its category.
    public internal(set) var category: [ShiftCategory] = []

    /// Whether shift `k` (of the employee) is a night shift: a working-time shift with at least
    /// 3 night hours.
    public func isNightShift(_ k: Int) -> Bool { category[k] == .night }

    mutating func build(_ shifts: Range<Int>, _ plan: PlanContext) {
        minutes.removeAll(keepingCapacity: true)
        category.removeAll(keepingCapacity: true)
        var hint = -1
        for i in shifts {
            let s = plan.roster.shifts[i]
            guard s.kind.isWorkingTime else {
                minutes.append(0)
                category.append(.none)
                continue
            }
            let night = plan.nightMinutes(s, hint: &hint)
            minutes.append(Int32(clamping: night))
            category.append(Self.category(s, nightMinutes: night))
        }
    }

    /// The category of a working-time shift with these night minutes (DESIGN.md «The 14 recommendations»).
    public static func category(_ s: Shift, nightMinutes night: Int) -> ShiftCategory {
        guard s.kind.isWorkingTime else { return .none }
        if night >= 180 { return .night }
        let local = Copenhagen.local(s.startMinute)
        let clock = local - floorDiv(local, minutesPerDay) * minutesPerDay
        return clock >= 4 * 60 && clock < 12 * 60 ? .morning : .evening
    }
}
