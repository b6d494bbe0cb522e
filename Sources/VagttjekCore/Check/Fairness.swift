/// "Sol og vind deles ligeligt" (DESIGN.md «Lokal-MED's principles and fairness»; seed 004 lines 2614–2640): how evenly the unsocial
/// hours are shared. Per employee, the hours in the plan period of working time on weekends
/// (Saturday and Sunday, local), in the evening (17:00–23:00 local), in the night period, and on
/// public holidays (søgnehelligdage; in profile `kl` juleaften from 06:00 too), each divided by
/// the employee's FTE (`weekly_hours` / 37). Per unit, for each kind: the median, the ratio of
/// the largest to the smallest share (nil when the smallest is 0), the Gini coefficient, and the
/// employees above 1.5 × the median (none when the median is 0: a unit where most have none is
/// not "unfair" to the few who have some; the Gini says how uneven it is).
///
/// Decisions: working time counts each minute once where rows overlap (DESIGN.md «Working time is counted once»); night hours
/// are the summary's (they follow `nightWorkIncludesOnCall`); an employee with `weekly_hours` 0
/// is left out of the unit's figures (no FTE to divide by). The unit is the one the report
/// groups the employee under (`FindingFilter.employeeUnits`).
public struct FairnessHours: Sendable, Equatable {
    /// Hours per FTE: weekend, evening, night, holiday.
    public var weekend = 0.0, evening = 0.0, night = 0.0, holiday = 0.0
    /// Whether the employee has an FTE (weekly hours above 0).
    public var hasFTE = true

    public static let kinds = ["weekend", "evening", "night", "holiday"]

    public subscript(_ k: Int) -> Double {
        switch k {
        case 0: return weekend
        case 1: return evening
        case 2: return night
        default: return holiday
        }
    }

    /// An employee's figures from the day totals and the shifts.
    static func of(_ t: EmployeeTimeline, _ plan: PlanContext) -> FairnessHours {
        let weekly = plan.employeeFacts[Int(t.employee)]?.weeklyHours ?? 37
        guard weekly > 0 else { return FairnessHours(hasFTE: false) }
        let fte = weekly / 37
        let first = max(0, plan.firstDay - plan.dayBase), count = plan.dayCount
        // Evening and holiday minutes come from the day totals' walk; weekends from its days.
        var weekendMinutes = 0
        let evening = t.days.periodEvening, holiday = t.days.periodHoliday
        plan.isWeekend.withUnsafeBufferPointer { isWeekend in
            t.days.work.withUnsafeBufferPointer { work in
                // Masked, not branched: weekday or weekend is a coin toss to a predictor.
                for d in first..<min(count, work.count, isWeekend.count) { weekendMinutes &+= Int(work[d]) & (isWeekend[d] ? -1 : 0) }
            }
        }
        func perFTE(_ minutes: Int) -> Double { (Double(minutes) / 60 / fte * 100).rounded() / 100 }
        return FairnessHours(
            weekend: perFTE(weekendMinutes), evening: perFTE(evening), night: perFTE(t.days.periodNight), holiday: perFTE(holiday))
    }
}

/// A unit's spread of one kind of unsocial hours.
public struct FairnessSpread: Sendable, Equatable {
    /// What the columns mean, in one line for the reports' readers.
    public static func legend(_ danish: Bool) -> String {
        danish
            ? "Timer pr. årsværk i perioden. Største/mindste: den mest belastede medarbejders timer delt med den mindst belastedes (– når nogen har 0). Gini: 0 = helt ligeligt fordelt, nær 1 = én bærer næsten det hele."
            : "Hours per FTE in the period. Largest/smallest: the most burdened employee's hours divided by the least burdened's (– when someone has 0). Gini: 0 = shared perfectly evenly, near 1 = one carries almost all of it."
    }

    public var median: Double
    /// Largest over smallest; nil when the smallest is 0.
    public var maxMinRatio: Double?
    public var gini: Double
    /// Employees above 1.5 × the median (none when the median is 0).
    public var above: [String]

    /// The Gini coefficient of non-negative values: 0 when all are equal (or all 0), towards 1
    /// when one holds everything. `(2 Σ i·x(i)) / (n Σ x) − (n + 1) / n` over the values sorted
    /// ascending, i from 1.
    public static func gini(_ values: [Double]) -> Double { gini(sorted: values.sorted()) }

    /// The same of values already sorted ascending.
    static func gini(sorted x: [Double]) -> Double {
        let n = Double(x.count), total = x.reduce(0, +)
        guard x.count > 0, total > 0 else { return 0 }
        var weighted = 0.0
        for (i, v) in x.enumerated() { weighted += Double(i + 1) * v }
        return 2 * weighted / (n * total) - (n + 1) / n
    }

    public static func median(_ values: [Double]) -> Double { median(sorted: values.sorted()) }

    /// The same of values already sorted ascending.
    static func median(sorted x: [Double]) -> Double {
        guard !x.isEmpty else { return 0 }
        return x.count % 2 == 1 ? x[x.count / 2] : (x[x.count / 2 - 1] + x[x.count / 2]) / 2
    }

    /// The employees above 1.5 × the median for a report line: the first `limit`, then how many
    /// more (JSON lists them all); "–" for none. Not escaped.
    public func aboveText(_ da: Bool, limit: Int = 10) -> String {
        guard !above.isEmpty else { return "–" }
        var s = above.prefix(limit).joined(separator: ", ")
        if above.count > limit { s += da ? " og \(above.count - limit) flere" : " and \(above.count - limit) more" }
        return s
    }

    init(_ values: [(id: String, value: Double)]) {
        let v = values.map(\.value)
        // Sorted once for the median and the Gini coefficient.
        let sorted = v.sorted()
        median = Self.median(sorted: sorted)
        let lo = v.min() ?? 0, hi = v.max() ?? 0
        maxMinRatio = lo > 0 ? hi / lo : nil
        gini = Self.gini(sorted: sorted)
        let m = median
        above = m > 0 ? values.filter { $0.value > 1.5 * m }.map(\.id) : []
    }
}

/// The spread of the four kinds in one unit.
public struct UnitFairness: Sendable, Equatable {
    /// The unit, or nil for employees without one.
    public var unit: String?
    public var employees: Int
    /// weekend, evening, night, holiday.
    public var spreads: [FairnessSpread]
    /// The recommendations' figures over the unit's employees with shifts (with or without an
    /// FTE); nil when no recommendation was run.
    public var recommendations: UnitRecommendations?

    /// Per unit (in natural order, no unit last), from the employees' summaries.
    static func units(_ summaries: [EmployeeSummary], _ plan: PlanContext) -> [UnitFairness] {
        let units = FindingFilter.employeeUnits(plan)
        var members: [String?: [(String, FairnessHours)]] = [:]
        var advised: [String?: [(summary: RecommendationSummary, fixedNight: Bool)]] = [:]
        for (e, s) in summaries.enumerated() where e < units.count {
            if let r = s.recommendations, s.shifts > 0 { advised[units[e], default: []].append((r, s.fixedNight)) }
            guard let f = s.fairness, f.hasFTE else { continue }
            members[units[e], default: []].append((s.employee, f))
        }
        let keys = members.keys.sorted { a, b in
            switch (a, b) {
            case (nil, _): return false
            case (_, nil): return true
            case let (a?, b?): return naturalPrecedes(a, b)
            }
        }
        return keys.map { unit in
            let list = members[unit] ?? []
            return UnitFairness(
                unit: unit, employees: list.count,
                // The four kinds on all cores for a large unit (shaped for speed: this runs on one
                // core after the check, 9 ms of the 10k anchor's run before; perf).
                spreads: Parallel.map(4, serial: list.count < 4096) { k in FairnessSpread(list.map { ($0.0, $0.1[k]) }) },
                recommendations: advised[unit].map(UnitRecommendations.init))
        }
    }
}
