/// The instances of one recommendation for one employee, reported as one warning: how many, the
/// first as the finding's interval, the starts of the next three for the message.
struct RecommendationInstances {
    private(set) var count = 0
    private(set) var start: Minute = 0
    private(set) var end: Minute = 0
    private var next: (Int32, Int32, Int32) = (0, 0, 0)
    /// The largest (or smallest, as the rule keeps it) figure of the instances, minutes.
    var extreme = 0

    mutating func add(_ start: Minute, _ end: Minute) {
        switch count {
        case 0: (self.start, self.end) = (start, end)
        case 1: next.0 = start.int32
        case 2: next.1 = start.int32
        case 3: next.2 = start.int32
        default: break
        }
        count += 1
    }

    /// What the warning says: how many instances, the starts of the second to fourth (the
    /// first is the finding's start), `extreme`, and the rule's `extra` (its limit, say).
    struct Payload: FindingPayload {
        var count, second, third, fourth, extreme, extra: Int32

        /// The start of instance `k` (1–3) after the first.
        func start(_ k: Int) -> Int32 { k == 1 ? second : k == 2 ? third : fourth }
    }

    /// One warning when there are instances: measured = their number, limit 0.
    func report(_ t: EmployeeTimeline, into findings: inout FindingSink, extra: Int32 = 0) {
        guard count > 0 else { return }
        findings.add(.warning, employee: t.employee, start: start, end: end, measured: Double(count), limit: 0, unit: .count,
                message: MessageValues(Payload(
                    count: count.int32, second: next.0, third: next.1, fourth: next.2, extreme: extreme.int32, extra: extra)))
    }
}

/// The figures the recommendations for shift work judge, per employee, in one pass each over
/// the analyses: read by `RecommendationMetrics` once and by the rules from there.
extension RecommendationMetrics {
    /// The employee's quick returns in the plan period (for `RecommendationMetrics`: this rule
    /// and the report's per-employee figures read them once).
    static func quickReturns(_ t: EmployeeTimeline, _ plan: PlanContext) -> RecommendationInstances {
        let limit = Hours.minutes(plan.policy.quickReturnHours)
        var found = RecommendationInstances()
        found.extreme = Int.max
        guard t.periods.rest.count > 1 else { return found }
        let from = plan.periodStart, to = plan.periodEnd
        // Through a pointer, the period's edges in locals (measured with callgrind: half the cost).
        t.periods.rest.withUnsafeBufferPointer { periods in
            var restStart = periods[0].end
            for i in 1..<periods.count {
                let restEnd = periods[i].start
                let rest = restEnd - restStart
                if rest < limit && restEnd >= from && restEnd < to {
                    found.add(restStart, restEnd)
                    found.extreme = min(found.extreme, rest)
                }
                restStart = periods[i].end
            }
        }
        return found
    }

    /// The employee's long working days in the plan period (for `RecommendationMetrics`).
    static func longDays(_ t: EmployeeTimeline, _ plan: PlanContext) -> RecommendationInstances {
        let limit = Hours.minutes(plan.policy.longDayHours)
        var found = RecommendationInstances()
        let from = plan.periodStart, to = plan.periodEnd
        // Through a pointer, the period's edges in locals (measured with callgrind: half the cost).
        t.periods.rest.withUnsafeBufferPointer { periods in
            for p in periods where p.end - p.start > limit && p.start >= from && p.start < to {
                found.add(p.start, p.end)
                found.extreme = max(found.extreme, p.end - p.start)
            }
        }
        return found
    }

    /// Free and whole weekends of the employee in the plan period.
    static func freeWeekends(_ t: EmployeeTimeline, _ plan: PlanContext) -> (free: Int, total: Int) {
        let firstSaturday = plan.firstDay + (6 - isoWeekday(plan.firstDay) + 7) % 7 - plan.dayBase
        let periodStart = plan.periodStart, periodEnd = plan.periodEnd
        // Through pointers, the edges in locals (measured with callgrind: half the cost).
        return t.periods.week.withUnsafeBufferPointer { busy in
            plan.midnights.withUnsafeBufferPointer { midnights in
                var free = 0, total = 0, p = 0, saturday = firstSaturday
                while saturday >= 0 && saturday + 2 < midnights.count {
                    let from = midnights[saturday], to = midnights[saturday + 2]
                    if to > periodEnd { break }
                    if from >= periodStart {
                        total += 1
                        while p < busy.count && busy[p].end <= from { p += 1 }
                        if p == busy.count || busy[p].start >= to { free += 1 }
                    }
                    saturday += 7
                }
                return (free, total)
            }
        }
    }
}
