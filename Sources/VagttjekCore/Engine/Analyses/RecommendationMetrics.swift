/// The recommendations' figures an employee's plan gives that are not shift patterns
/// (`ShiftPatterns`): quick returns (`rec.03`), long working days (`rec.05`), free weekends
/// (`rec.04`) and the regularity (`rec.11`). Built once per employee when a rule asks for
/// `.patterns`; the rules report from it, and the report's per-employee and per-unit figures
/// (JSON `employees[].recommendations`, `units[].recommendations`) read it, so nothing is
/// counted twice. The figures are defined here (`RecommendationFigures.swift`, and `Regularity.of`);
/// the rules (`QuickReturns`, `LongDays`, `FreeWeekends`) read them and say what they mean.
public struct RecommendationMetrics: Sendable {
    var quickReturns = RecommendationInstances()
    var longDays = RecommendationInstances()
    /// Whole weekends of the plan period (Saturday 00:00 to Monday 00:00), and the free ones.
    public internal(set) var wholeWeekends = 0, freeWeekends = 0
    /// Nil when the period is under two weeks or no day pair could be compared.
    public internal(set) var regularity: Regularity?

    init() {}

    init(_ t: EmployeeTimeline, _ plan: PlanContext) {
        quickReturns = Self.quickReturns(t, plan)
        longDays = Self.longDays(t, plan)
        (freeWeekends, wholeWeekends) = Self.freeWeekends(t, plan)
        regularity = Regularity.of(t, plan)
    }
}

/// One employee's figures for the recommendations for shift work (DESIGN.md «The 14 recommendations»; issue 16 item 2),
/// as the JSON report's `employees[].recommendations` gives them.
public struct RecommendationSummary: Sendable, Equatable {
    /// Rests shorter than `quickReturnHours` between two work periods (rec.03).
    public var quickReturns = 0
    /// The longest run of night shifts on consecutive days (rec.02).
    public var longestNightRun = 0
    /// Free whole weekends over whole weekends, nil without a whole weekend (rec.04).
    public var freeWeekendShare: Double?
    /// Backward rotations (rec.08), morning shifts before `earliestMorningStart` (rec.09), work
    /// periods longer than `longDayHours` (rec.05).
    public var backwardRotations = 0, earlyStarts = 0, longDays = 0
    /// The regularity (0–1) and its best cycle in weeks (rec.11); nil when not judged.
    public var regularity: Double?
    public var regularityCycleWeeks: Int?

    init(_ t: EmployeeTimeline) {
        let p = t.patterns, m = t.metrics
        quickReturns = m.quickReturns.count
        longestNightRun = p.longestNightRun
        freeWeekendShare = m.wholeWeekends > 0 ? Double(m.freeWeekends) / Double(m.wholeWeekends) : nil
        backwardRotations = p.backward.count
        earlyStarts = p.earlyMornings.count
        longDays = m.longDays.count
        regularity = m.regularity?.score
        regularityCycleWeeks = m.regularity?.cycleWeeks
    }
}

/// A unit's figures for the recommendations (JSON `units[].recommendations`), over its employees
/// with shifts. Decisions: counts are summed, the longest night run is the unit's longest, the
/// shares are means over the employees that have one (a weekend share needs a whole weekend),
/// and `fixedNightShare` is the share of the unit's employees on fixed night (rec.01: "unit share
/// of staff on fixed night").
public struct UnitRecommendations: Sendable, Equatable {
    public var employees = 0
    public var fixedNightShare = 0.0
    public var quickReturns = 0, backwardRotations = 0, earlyStarts = 0, longDays = 0, longestNightRun = 0
    public var freeWeekendShare: Double?
    public var regularity: Double?

    init(_ members: [(summary: RecommendationSummary, fixedNight: Bool)]) {
        employees = members.count
        var fixed = 0, weekendSum = 0.0, weekendCount = 0, regularSum = 0.0, regularCount = 0
        for (s, fixedNight) in members {
            if fixedNight { fixed += 1 }
            quickReturns += s.quickReturns
            backwardRotations += s.backwardRotations
            earlyStarts += s.earlyStarts
            longDays += s.longDays
            longestNightRun = max(longestNightRun, s.longestNightRun)
            if let w = s.freeWeekendShare { weekendSum += w; weekendCount += 1 }
            if let r = s.regularity { regularSum += r; regularCount += 1 }
        }
        fixedNightShare = employees > 0 ? Double(fixed) / Double(employees) : 0
        freeWeekendShare = weekendCount > 0 ? weekendSum / Double(weekendCount) : nil
        regularity = regularCount > 0 ? regularSum / Double(regularCount) : nil
    }
}
