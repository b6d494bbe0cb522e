/// The shift patterns the recommendations for shift work judge (DESIGN.md «The 14 recommendations»: `rec.02` night runs,
/// `rec.06` demanding shifts, `rec.07` long night shifts, `rec.08` backward rotations, `rec.09`
/// early mornings), found in one walk of an employee's shifts, in start order, from the
/// categories the day totals already hold. Each rule reports its part; the thresholds are the
/// policy's. Only instances starting in the plan period count (not `--previous` history).
///
/// Shaped for speed: one pass with the shifts, categories and clocks read through pointers,
/// instead of five rules walking the shifts each (measured with callgrind: issue 16/20).
public struct ShiftPatterns: Sendable {
    /// rec.02: runs of night shifts on consecutive days longer than the policy allows; the
    /// longest (first of equals) and how many.
    public internal(set) var longRuns = 0
    public internal(set) var longestRun = 0
    public internal(set) var longestRunStart: Minute = 0
    public internal(set) var longestRunEnd: Minute = 0
    /// The longest run of night shifts on consecutive days, whatever its length.
    public internal(set) var longestNightRun = 0
    /// rec.06, rec.07, rec.08, rec.09.
    var demanding = RecommendationInstances()
    var longNights = RecommendationInstances()
    var backward = RecommendationInstances()
    var earlyMornings = RecommendationInstances()

    mutating func build(_ shifts: Range<Int>, _ days: DayTotals, _ plan: PlanContext) {
        let policy = plan.policy
        let mostNights = policy.maxConsecutiveNights
        let demandingLimit = Hours.minutes(policy.demandingShiftHours)
        let nightLimit = Hours.minutes(policy.nightShiftHours)
        let rotationGap = Hours.minutes(policy.rotationGapHours)
        let earliest = Hours.minutes(policy.earliestMorningStart)
        let periodStart = plan.periodStart, periodEnd = plan.periodEnd
        var longRuns = 0, longestRun = 0, longestRunStart = 0, longestRunEnd = 0, longestNightRun = 0
        var demanding = RecommendationInstances(), longNights = RecommendationInstances()
        var backward = RecommendationInstances(), earlyMornings = RecommendationInstances()
        earlyMornings.extreme = Int.max
        let base = shifts.lowerBound
        days.category.withUnsafeBufferPointer { categories in
            days.startDay.withUnsafeBufferPointer { startDays in
                days.startClock.withUnsafeBufferPointer { clocks in
                    plan.roster.shifts.withUnsafeBufferPointer { all in
                        var run = 0, runStart = 0, runEnd = 0, lastNightDay = Int.min
                        var previousCategory = ShiftCategory.none, previousStart = 0, previousEnd = Int.min
                        func closeRun() {
                            longestNightRun = max(longestNightRun, run)
                            guard run > mostNights else { return }
                            longRuns += 1
                            if run > longestRun { (longestRun, longestRunStart, longestRunEnd) = (run, runStart, runEnd) }
                        }
                        for i in shifts {
                            let category = categories[i - base]
                            guard category != .none else { continue }
                            let s = all[i]
                            let start = s.startMinute, end = s.endMinute, length = end - start
                            let inPeriod = start >= periodStart && start < periodEnd
                            if inPeriod {
                                if category == .night {
                                    let day = Int(startDays[i - base])
                                    if day != lastNightDay {
                                        if day != lastNightDay + 1 { closeRun(); run = 0; runStart = start }
                                        run += 1
                                        lastNightDay = day
                                    }
                                    runEnd = max(runEnd, end)
                                    if length > nightLimit {
                                        longNights.add(start, end)
                                        longNights.extreme = max(longNights.extreme, length)
                                    }
                                } else if category == .morning {
                                    let clock = Int(clocks[i - base])
                                    if clock < earliest {
                                        earlyMornings.add(start, end)
                                        earlyMornings.extreme = min(earlyMornings.extreme, clock)
                                    }
                                }
                                if !s.tags.isEmpty && length > demandingLimit {
                                    demanding.add(start, end)
                                    demanding.extreme = max(demanding.extreme, length)
                                }
                            }
                            // A shift inside or overlapping the previous one is no rotation.
                            if start < previousEnd { continue }
                            if inPeriod && ((previousCategory == .night && category != .night) || (previousCategory == .evening && category == .morning))
                                && start - previousEnd < rotationGap {
                                backward.add(previousStart, end)
                                // The message names the second shift of the first pair.
                                if backward.count == 1 { backward.extreme = start }
                            }
                            previousCategory = category
                            previousStart = start
                            previousEnd = end
                        }
                        closeRun()
                    }
                }
            }
        }
        (self.longRuns, self.longestRun, self.longestRunStart, self.longestRunEnd) = (longRuns, longestRun, longestRunStart, longestRunEnd)
        self.longestNightRun = longestNightRun
        (self.demanding, self.longNights, self.backward, self.earlyMornings) = (demanding, longNights, backward, earlyMornings)
    }
}
