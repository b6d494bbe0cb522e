/// The keys of the policy file's settings and of a local agreement's parameters, as types: a
/// rule names its parameters with these (`.policy(.dailyRestHours)`), so a misspelt key does not
/// compile. The tables of settings (`Policy.settings`, `Agreement.parameters`) are written with
/// the same keys, and a test holds each enum and its table to the same keys in the same order.

/// A setting of the policy file (`Policy.settings` has its type, range and meaning).
public enum PolicyKey: String, CaseIterable, Sendable {
    case profile
    case language
    case dailyRestHours
    case weeklyRestHours
    case maxDaysBetweenDaysOff
    case referenceDays
    case maxAverageWeeklyHours
    case noticeDays
    case changeNoticeDays
    case minWishesGranted
    case minPlanDays
    case legacyOnCallAsRest
    case onCallHomeIsWork
    case nightWorkIncludesOnCall
    case nightPeriod
    case nightWorkerShare
    case nightWorkerHoursPerYear
    case fixedNightShare
    case longShiftHours
    case lunchBreakAfterHours
    case lunchBreakMinutes
    case mealBreakOnDuty
    case seniorAge
    case seniorDaysFromAge
    case seniorConversationAge
    case nightAverageHours
    case heavyNightHours
    case reducedCapacityHours
    case reducedCapacityRegularity
    case healthCheckYears
    case pregnancyMaxNightsPerWeek
    case pregnancyNightGraceDays
    case maxWorkedWeekendsPerMonth
    case maxEveningShiftsPerMonth
    case weeklyFreeEvening
    case minWeekendDaysOffShare
    case maxConsecutiveNights
    case quickReturnHours
    case minFreeWeekendShare
    case longDayHours
    case demandingShiftHours
    case nightShiftHours
    case rotationGapHours
    case earliestMorningStart
    case minRegularity
}

/// A parameter of a local agreement (`Agreement.parameters` has its type, range and meaning).
public enum AgreementKey: String, CaseIterable, Sendable {
    case minRestHours
    case maxReductionsPer7Days
    case allowConsecutiveDays
    case maxDaysBetweenDaysOff
    case onCallAtWorkplaceIsRest
    case compensatingRestImmediately
}
