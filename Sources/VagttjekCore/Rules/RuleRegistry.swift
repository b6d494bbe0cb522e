/// Every rule vagttjek knows. Adding a rule is its file plus one line here; the order of the
/// lines does not matter (the registry sorts by id, which is the report's order of rules).
public enum RuleRegistry {
    public static let all: [any Rule] = [
        DoubleBooking(),
        LongShift(),
        WeeklyDayOff(),
        DayOffCompensation(),
        SundayDayOff(),
        WeeklyHours48(),
        PlanNotice(),
        RestCompensation(),
        DailyRest(),
        ReducedRest(),
        NightHealthCheck(),
        NightAverage8h(),
        HeavyNightWork(),
        PregnancyFixedNight(),
        PregnancyNight(),
        LunchBreak(),
        SeniorShiftPattern(),
        SeniorDays(),
        SeniorConversation(),
        Isolation(),
        ReducedCapacity(),
        WeekendsPerMonth(),
        EveningsPerMonth(),
        WeeklyFreeEvening(),
        WeekendDaysOff(),
        IndividualFlexibility(),
        FixedNightWork(),
        NightRuns(),
        QuickReturns(),
        FreeWeekends(),
        LongDays(),
        DemandingShifts(),
        LongNightShifts(),
        BackwardRotation(),
        EarlyMorning(),
        RegularPlan(),
        FlexibleShiftChanges(),
        PlanDeviations(),
        TimelyInformation(),
    ].sorted { $0.description.id.utf8.lexicographicallyPrecedes($1.description.id.utf8) }

    /// The rules' ids, in registry order.
    public static let ids: [String] = all.map(\.description.id)

    /// Every rule's place, in order.
    public static var indices: [RuleIndex] { ids.indices.map { RuleIndex(rawValue: UInt8($0)) } }

    /// The place of the rule with this id.
    public static func index(of id: String) -> RuleIndex? {
        ids.firstIndex(of: id).map { RuleIndex(rawValue: UInt8($0)) }
    }

    public static func rule(_ id: String) -> (any Rule)? {
        index(of: id)?.rule
    }
}
