/// How regular an employee's pattern is (DESIGN.md «The 14 recommendations», `rec.11` "Bevar et regelmæssigt
/// skiftesystem"; seed 004 lines 2649–2670, and lines 2731–2737 for staff with reduced capacity,
/// who "kan have brug for … en arbejdsplan med stor forudsigelighed og regelmæssighed").
///
/// Each day of the plan period gets a category: the category of the working-time rows starting
/// that day (night when one of them is a night shift, else the earliest row's morning or
/// evening), "off" when none starts, or "absent" (vacation, sick, leave, time off, senior day)
/// when an absence and no working time starts. For a cycle of 1–6 weeks, the score is the share
/// of days whose category equals that of the day one cycle earlier; the regularity is the best
/// score and its cycle (the shorter of equals).
///
/// Decisions: the measure asked for is "the same weekday's category in the best repeating
/// cycle"; comparing each day with the day a cycle earlier reads it without favouring long
/// cycles (a majority per
/// position would give a 6-week cycle over 8 weeks a score of at least 50 % whatever the plan).
/// A cycle is tried only when the period holds it twice; a period under two weeks is not judged.
/// Pairs where either day is an absence are left out: a sick week is not an irregular plan.
public struct Regularity: Sendable, Equatable {
    /// The best score, 0–1.
    public var score: Double
    /// Its cycle in weeks (1–6).
    public var cycleWeeks: Int
    /// The day pairs compared for that cycle.
    public var comparedDays: Int

    /// The regularity of an employee's plan, or nil when the period is under two weeks or no
    /// pair of days could be compared.
    public static func of(_ t: EmployeeTimeline, _ plan: PlanContext) -> Regularity? {
        let dayCount = plan.lastDay - plan.firstDay + 1
        guard dayCount >= 14 else { return nil }
        // The day pattern comes from the day totals' walk (one bit per category, 0 for an
        // absence, 8 bytes of padding), so eight days are compared at once (`Self.compare`).
        let offset = plan.firstDay - plan.dayBase
        guard offset >= 0, t.days.pattern.count >= offset + dayCount + 8 else { return nil }
        let days = t.days.pattern
        var best: Regularity?
        days.withUnsafeBytes { days in
            for weeks in 1...6 {
                let lag = 7 * weeks
                guard dayCount >= 2 * lag else { break }
                let (same, compared) = Self.compare(days, from: offset + lag, count: dayCount - lag, lag: lag)
                guard compared > 0 else { continue }
                let score = Double(same) / Double(compared)
                if score > (best?.score ?? -1) { best = Regularity(score: score, cycleWeeks: weeks, comparedDays: compared) }
                if same == compared { break }  // nothing beats all days alike; the shorter cycle wins
            }
        }
        return best
    }

    /// Days `from ..< from + count` against the days `lag` earlier: how many pairs are alike
    /// and how many were compared (both present). Eight bytes at a time: `a & b` holds one bit
    /// per alike pair; a byte's "present" bit is the OR of its four category bits; the bytes of
    /// 0/1 flags are summed by one multiplication (no `popcnt` in the baseline x86-64 target).
    @inline(__always)
    static func compare(_ days: UnsafeRawBufferPointer, from: Int, count: Int, lag: Int) -> (same: Int, compared: Int) {
        var same = 0, compared = 0, j = 0
        let ones: UInt64 = 0x0101_0101_0101_0101
        func present(_ x: UInt64) -> UInt64 { (x | x >> 1 | x >> 2 | x >> 3) & ones }
        // Sixteen days at a time with SSE2 (part of every x86-64): a lane is 1 where the days
        // are alike (`a & b` non-zero) and where both are present.
        let zero = SIMD16<UInt8>(repeating: 0), one = SIMD16<UInt8>(repeating: 1)
        var sameLanes = SIMD16<UInt8>(repeating: 0), comparedLanes = SIMD16<UInt8>(repeating: 0)
        var rounds = 0
        while j + 16 <= count {
            let a = days.loadUnaligned(fromByteOffset: from + j, as: SIMD16<UInt8>.self)
            let b = days.loadUnaligned(fromByteOffset: from + j - lag, as: SIMD16<UInt8>.self)
            sameLanes &+= zero.replacing(with: one, where: (a & b) .!= zero)
            comparedLanes &+= zero.replacing(with: one, where: (a .!= zero) .& (b .!= zero))
            j += 16
            rounds += 1
            if rounds == 255 {  // a lane holds at most 255; the lanes are added as Int (a wrapped sum of bytes would overflow)
                for k in 0..<16 { same += Int(sameLanes[k]); compared += Int(comparedLanes[k]) }
                sameLanes = zero; comparedLanes = zero; rounds = 0
            }
        }
        for k in 0..<16 { same += Int(sameLanes[k]); compared += Int(comparedLanes[k]) }
        while j + 8 <= count {
            let a = days.loadUnaligned(fromByteOffset: from + j, as: UInt64.self)
            let b = days.loadUnaligned(fromByteOffset: from + j - lag, as: UInt64.self)
            same &+= Int((present(a & b) &* ones) >> 56)
            compared &+= Int(((present(a) & present(b)) &* ones) >> 56)
            j += 8
        }
        while j < count {
            let a = UInt64(days[from + j]), b = UInt64(days[from + j - lag])
            same &+= Int(present(a & b))
            compared &+= Int(present(a) & present(b))
            j += 1
        }
        return (same, compared)
    }
}
