/// A rulleplan (`--rotation`, README «Rotations»): the plan period is one cycle of a plan that
/// repeats, so the day after its last day is its first day again. Judged by checking the cycle
/// with copies of itself before it as history (as `--previous` is history): rest, the weekly
/// day off, the averages, runs of nights and rotations then see the wrap from the last week into
/// the first. Enough copies that the 48-hour average's reference period is covered, so the
/// averages are the plan's own, not indicative. Each copy keeps local times (a 07:00 shift is
/// 07:00 in every copy, summer time or not).
///
/// A finding that exists only because of the wrap (the cycle checked alone does not have it)
/// says so in its sentence: "(Over skiftet fra uge 4 til uge 1 i rulleplanen.)".
public enum Rotation {
    /// Why the plan cannot be read as a rotation (a usage error).
    public struct Failure: Error, Sendable {
        public let text: LocalizedText
    }

    /// Checks `input` as a rotation of `weeks` weeks from the plan's first day (nil: the whole
    /// plan period, which must be whole weeks).
    public static func check(_ input: CheckInput, weeks: Int?, jobs: Int = 0) throws(Failure) -> CheckResult {
        guard input.previous == nil else {
            throw Failure(text: LocalizedText(
                da: "--rotation og --previous kan ikke bruges sammen: en rulleplans forrige periode er den selv",
                en: "--rotation and --previous cannot be used together: a rotation's previous period is itself"))
        }
        let plain = PlanContext(input)
        let first = plain.firstDay
        let days: Int
        if let weeks {
            guard weeks >= 1 else { throw Failure(text: LocalizedText(da: "--rotation skal være et antal uger (1 eller flere)", en: "--rotation must be a number of weeks (1 or more)")) }
            days = weeks * 7
        } else {
            days = plain.lastDay - first + 1
            guard days % 7 == 0 else {
                throw Failure(text: LocalizedText(
                    da: "en rulleplan skal være hele uger; planperioden \(TimeFormat.danishDate(first)) – \(TimeFormat.danishDate(plain.lastDay)) er \(days) dage. Brug --rotation N for de første N uger, eller --period",
                    en: "a rotation must be whole weeks; the plan period \(TimeFormat.danishDate(first)) – \(TimeFormat.danishDate(plain.lastDay)) is \(days) days. Use --rotation N for the first N weeks, or --period"))
            }
        }
        var cycle = input
        cycle.period = first...(first + days - 1)
        cycle.rotationWeeks = days / 7
        let start = Copenhagen.midnight(first), end = Copenhagen.midnight(first + days)
        let rows = input.roster.shifts.filter { $0.startMinute >= start && $0.startMinute < end }
        // Copies back far enough for the longest window a rule looks through.
        let copies = max(1, (input.policy.referenceDays + days - 1) / days)
        var history: [Shift] = []
        history.reserveCapacity(rows.count * copies)
        for k in 1...copies {
            for var s in rows {
                s.start = Int32(clamping: earlier(s.startMinute, by: k * days))
                s.end = Int32(clamping: earlier(s.endMinute, by: k * days))
                if s.end > s.start { history.append(s) }
            }
        }
        var withWrap = cycle
        withWrap.previous = Roster(
            file: input.roster.file, employeeIDs: input.roster.employeeIDs, labels: input.roster.labels, units: input.roster.units,
            shifts: history, hasBreakColumn: input.roster.hasBreakColumn)
        let checker = Checker()
        var result = checker.check(withWrap, jobs: jobs)
        let alone = Set(checker.check(cycle, jobs: jobs).findings.map(\.key))
        result.plan.rotationWeeks = days / 7
        result.plan.acrossWrap = Set(result.findings.map(\.key).filter { !alone.contains($0) })
        return result
    }

    /// The same local time `days` days earlier, as an instant (the first of two at the autumn
    /// change; a time the spring change skips moves to the hour after).
    static func earlier(_ instant: Minute, by days: Int) -> Minute {
        let local = Copenhagen.local(instant) - days * minutesPerDay
        switch Copenhagen.resolve(local: local) {
        case .unique(let m): return m
        case .ambiguous(let first, _): return first
        case .nonexistent:
            if case .unique(let m) = Copenhagen.resolve(local: local + 60) { return m - 60 }
            return instant - days * minutesPerDay
        }
    }
}
