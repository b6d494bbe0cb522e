/// The daily rest of every work period (DESIGN.md «Daily rest»; DESIGN.md «Reduced rest and its compensation»), for `rest.daily`, `rest.reduced` and
/// `rest.compensation`: the longest rest in the 24 h before the period's end, the rest-reduction
/// agreement that applies to it, and the verdict that follows, computed once per employee.
public struct RestAnalysis: Sendable {
    /// What the rest before a work period amounts to.
    public enum Verdict: UInt8, Sendable {
        /// At least the policy's `dailyRestHours`.
        case full
        /// Less, but an agreement applies and the rest is at least its `minRestHours`: a
        /// reduction the agreement allows (its cap and compensation are judged separately).
        case allowedReduction
        /// Less than the law or the applicable agreement allows (`rest.daily`).
        case tooShort
    }

    /// Per rest period: the longest rest (minutes) in the 24 h before its end.
    public internal(set) var longest: [Int] = []
    /// Per rest period: the index of the rest-reduction agreement that applies, or -1.
    public internal(set) var agreement: [Int] = []
    public internal(set) var verdict: [Verdict] = []

    /// Whether the rest before period `i` is less than the daily rest (a reduction, allowed or
    /// not: every one counts for the 7-day cap, DESIGN.md «Reduced rest and its compensation»).
    public func isReduction(_ i: Int) -> Bool { verdict[i] != .full }

    /// For every rest period P ending at e: the longest free stretch inside [e − 24 h, e]
    /// (a stretch that began earlier counts from e − 24 h). Time before the first row is free.
    ///
    /// Shaped for speed: one pass writes the longest rest and the verdict through pointers into
    /// arrays kept from employee to employee; agreements are looked up only when there are any.
    mutating func build(_ periods: WorkPeriods, _ plan: PlanContext) {
        let n = periods.rest.count
        let dailyRest = plan.policy.dailyRestMinutes
        let withAgreements = !plan.restAgreements.isEmpty
        agreement.removeAll(keepingCapacity: true)
        if withAgreements {
            for i in 0..<n { agreement.append(Self.applicableAgreement(periods, i, plan)) }
        } else {
            agreement.append(contentsOf: repeatElement(-1, count: n))
        }
        periods.rest.withUnsafeBufferPointer { periods in
            verdict.rewrite(capacity: n, filler: .full) { verdicts in
                longest.rewrite(capacity: n, filler: 0) { out in
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
                        if longest >= dailyRest {
                            verdicts[i] = .full
                        } else if withAgreements, case let a = agreement[i], a >= 0, longest >= plan.agreements[a].minRestMinutes {
                            verdicts[i] = .allowedReduction
                        } else {
                            verdicts[i] = .tooShort
                        }
                    }
                    return n
                }
                return n
            }
        }
    }

    /// The first rest-reduction agreement that covers every shift of the period and whose
    /// validity contains it wholly (DESIGN.md «Local agreements»), or -1.
    private static func applicableAgreement(_ periods: WorkPeriods, _ i: Int, _ plan: PlanContext) -> Int {
        let p = periods.rest[i]
        for a in plan.restAgreements where plan.agreements[a].covers(start: p.start, end: p.end) {
            if p.members.allSatisfy({ plan.agreement(a, covers: plan.roster.shifts[periods.restMembers[$0]]) }) { return a }
        }
        return -1
    }
}
