/// The sliding windows of the averaging rules (DESIGN.md «Averages need a week»): of every run
/// of `length` consecutive analysed days, the one with the most working time per counted day.
/// `hours.weekly48` counts every day but those an absence touches without work (they are
/// neutral); `night.average8h` counts every day and divides by its own number.
extension DayTotals {
    /// The heaviest window: its first day (index into the analysed days), its working time
    /// (minutes) and the days it counts.
    public struct Window: Sendable, Equatable {
        public var start: Int, minutes: Int, days: Int
    }

    /// The window of `length` days (1 ≤ `length` ≤ the analysed days) with the highest working
    /// time per counted day, the first of equals; nil when no window counts a day. With
    /// `neutralAbsences`, a day an absence touches and no work falls on is not counted.
    ///
    /// Shaped for speed: one add and one subtract a day; averages are compared as exact
    /// fractions (two multiplications per window, no division), and distinct averages differ by
    /// far more than rounding, so the window is the one a comparison of floating-point averages
    /// picks. Without an absence every window counts `length` days and the highest sum is the
    /// highest average: one add and one compare a day (callgrind, 1,000-staff anchor: 14.2 M ->
    /// 7.4 M instructions for `hours.weekly48`).
    /// `from`: the first start considered (a rotation's windows end in the cycle, not among the
    /// copies before it).
    public func heaviestWindow(days length: Int, neutralAbsences: Bool, from: Int = 0) -> Window? {
        let dayCount = work.count
        guard length >= 1, length <= dayCount, from >= 0, from <= dayCount - length else { return nil }
        return work.withUnsafeBufferPointer { worked in
            absence.withUnsafeBufferPointer { absent in
                var minutes = 0
                if !neutralAbsences || !absent.contains(true) {
                    for d in from..<(from + length) { minutes += Int(worked[d]) }
                    var most = minutes, at = from
                    for start in (from + 1)..<(dayCount - length + 1) {
                        minutes += Int(worked[start + length - 1]) - Int(worked[start - 1])
                        if minutes > most { most = minutes; at = start }
                    }
                    return Window(start: at, minutes: most, days: length)
                }
                @inline(__always) func isNeutral(_ d: Int) -> Int { absent[d] && worked[d] == 0 ? 1 : 0 }
                var neutral = 0
                var best: Window?
                for d in from..<(from + length) { minutes += Int(worked[d]); neutral += isNeutral(d) }
                for start in from...(dayCount - length) {
                    if start > from {
                        minutes += Int(worked[start + length - 1]) - Int(worked[start - 1])
                        neutral += isNeutral(start + length - 1) - isNeutral(start - 1)
                    }
                    let days = length - neutral
                    guard days > 0 else { continue }
                    if let b = best, minutes * b.days <= b.minutes * days { continue }
                    best = Window(start: start, minutes: minutes, days: days)
                }
                return best
            }
        }
    }
}
