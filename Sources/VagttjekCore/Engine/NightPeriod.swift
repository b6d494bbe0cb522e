/// The night period (natperiode), 22:00–05:00 by default (DESIGN.md «Night work»).
public enum NightPeriod {
    /// Real minutes of a shift inside night periods.
    public static func minutes(of shift: Shift, policy: Policy) -> Int {
        minutes(start: shift.startMinute, end: shift.endMinute, policy: policy)
    }

    /// Real minutes of `[start, end)` inside night periods.
    public static func minutes(start: Minute, end: Minute, policy: Policy) -> Int {
        let from = policy.nightFrom, to = policy.nightTo
        let wraps = from > to
        var total = 0
        var day = Copenhagen.day(of: start) - 1
        let lastDay = Copenhagen.day(of: end)
        while day <= lastDay {
            let ns = instant(day, from)
            let ne = instant(wraps ? day + 1 : day, to)
            let overlap = min(ne, end) - max(ns, start)
            if overlap > 0 { total += overlap }
            day += 1
        }
        return total
    }

    /// The instant of a local clock time on a day (the first occurrence when ambiguous; a
    /// non-existent time is read one hour later).
    static func instant(_ day: Day, _ minuteOfDay: Int) -> Minute {
        switch Copenhagen.resolve(local: day * minutesPerDay + minuteOfDay) {
        case .unique(let i): return i
        case .ambiguous(let first, _): return first
        case .nonexistent: return day * minutesPerDay + minuteOfDay - 60
        }
    }
}
