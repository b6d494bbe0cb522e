/// One breach, warning or fact (SPEC §3, §8.6): the rule, the employee, the interval it
/// concerns, the measured value against the limit, and a sentence that tells the planner what
/// to change.
///
/// Shaped for memory (SPEC §7: millions of findings at the sector's scale): 48 bytes, with
/// instants as 32-bit minutes and `measured`/`limit` stored as hundredths (they are reported
/// rounded to two decimals anyway).
public struct Finding: Sendable, Equatable {
    public var rule: RuleID
    public var severity: Severity
    public var unit: FindingUnit
    /// Index into the roster's employees; -1 for a finding about the whole plan.
    public var employee: Int32
    private var start32: Int32
    private var end32: Int32
    private var measuredHundredths: Int32
    private var limitHundredths: Int32
    /// What to tell the planner, as the values the sentence is made of; rendered in one
    /// language at output time (`Messages.text`), so the rules build no strings (shaped for
    /// speed: a large roster can have hundreds of thousands of findings).
    public var message: FindingMessage

    public init(
        rule: RuleID, severity: Severity, employee: Int32, start: Minute, end: Minute, measured: Double?,
        limit: Double?, unit: FindingUnit, message: FindingMessage
    ) {
        self.rule = rule
        self.severity = severity
        self.unit = unit
        self.employee = employee
        self.start32 = Int32(clamping: start)
        self.end32 = Int32(clamping: end)
        self.measuredHundredths = Self.hundredths(measured)
        self.limitHundredths = Self.hundredths(limit)
        self.message = message
    }

    /// The interval the finding concerns (minutes since 2000-01-01T00:00Z).
    public var start: Minute {
        get { Int(start32) }
        set { start32 = Int32(clamping: newValue) }
    }
    public var end: Minute {
        get { Int(end32) }
        set { end32 = Int32(clamping: newValue) }
    }

    /// In `unit`, rounded to two decimals; nil when nothing was measured.
    public var measured: Double? { Self.value(measuredHundredths) }
    public var limit: Double? { Self.value(limitHundredths) }

    static let none = Int32.min
    static func hundredths(_ v: Double?) -> Int32 {
        guard let v, v.isFinite else { return none }
        let x = (v * 100).rounded()
        if x >= Double(Int32.max) { return Int32.max }
        if x <= Double(Int32.min + 1) { return Int32.min + 1 }
        return Int32(x)
    }
    static func value(_ h: Int32) -> Double? { h == none ? nil : Double(h) / 100 }

    /// Hours from minutes, for `measured` and `limit`.
    public static func hours(_ minutes: Int) -> Double { Double(minutes) / 60 }

    /// `E1 2026-03-04 08:00–2026-03-04 16:00 10/11`: the form rule examples are written in.
    public func compact(employeeIDs: [String]) -> String {
        let who = employee >= 0 ? employeeIDs[Int(employee)] : "-"
        let m = measured.map { TimeFormat.number($0, danish: false) } ?? "-"
        let l = limit.map { TimeFormat.number($0, danish: false) } ?? "-"
        return "\(who) \(TimeFormat.plain(start))–\(TimeFormat.plain(end)) \(m)/\(l)"
    }

    /// The report order: employee, start, rule id, end, measured. Findings equal in all of
    /// these render the same in practice; the sort sees the same sequence for any thread count
    /// (chunks are concatenated in employee order), so the output is deterministic either way.
    public static func reportOrder(_ a: Finding, _ b: Finding) -> Bool {
        if a.employee != b.employee { return a.employee < b.employee }
        if a.start != b.start { return a.start < b.start }
        if a.rule != b.rule { return a.rule < b.rule }
        if a.end != b.end { return a.end < b.end }
        return (a.measured ?? -1) < (b.measured ?? -1)
    }

    /// The sentence for the planner, in one language.
    public func text(_ plan: PlanContext, _ language: Language) -> String { Messages.text(self, plan, language) }

    /// The sentence for the planner, in both languages.
    public func text(_ plan: PlanContext) -> LocalizedText {
        LocalizedText(da: Messages.text(self, plan, .da), en: Messages.text(self, plan, .en))
    }
}

/// The unit of `measured` and `limit`.
public enum FindingUnit: String, Sendable {
    case h, days, count, sundays
}

/// The values of a finding's sentence (see `Messages.text`).
public enum FindingMessage: Sendable, Equatable {
    // Shaped for memory (findings number millions at the sector's scale, see BENCHMARKS.md):
    // 32-bit values (minutes, days, indices, lines), hundredths for hours with decimals, so
    // a finding takes 48 bytes instead of 72.
    case restPeriodTooLong(rest: Int32, required: Int32, note: RestNote)
    case restTooShort(rest: Int32, required: Int32, earliestStart: Int32, note: RestNote)
    case tooManyReductions(count: Int32, allowed: Int32, agreement: Int32)
    case consecutiveReductions(previous: Int32, agreement: Int32)
    case missingCompensation(reduced: Int32, given: Int32, required: Int32)
    /// `agreement` -1 when no postponement agreement applies.
    case dayOffGapTooLong(limit: Int32, weeklyRest: Int32, agreement: Int32)
    case dayOffCompensation(required: Int32, extraDays: Int32, agreement: Int32)
    case noSundayOff(first: Int32, last: Int32)
    /// The average and the limit in hundredths of an hour (as they are written).
    case weeklyAverage(first: Int32, last: Int32, averageHundredths: Int32, limitHundredths: Int32, indicative: Bool)
    case noticeNotChecked
    case noticeTooShort(published: Int32, first: Int32, days: Int32, required: Int32)
    case planTooShort(first: Int32, last: Int32, days: Int32, required: Int32)
    case doubleBooking(firstLine: Int32, secondLine: Int32)
}

public struct RestNote: Sendable, Equatable {
    public enum Reason: Sendable, Equatable {
        /// No rest-reduction agreement was given.
        case noAgreement
        /// The agreement (index) applies but the rest is below its minimum.
        case belowMinimum(agreement: Int32)
        case outOfValidity(agreement: Int32)
        /// The shift (index into the roster) is outside the agreement's scope.
        case outOfScope(agreement: Int32, shift: Int32)
    }

    public var reason: Reason
    /// The period holds on-call at the workplace after 2024-07-01.
    public var onCallIsWork: Bool
}

extension Int {
    /// The value as a finding stores it (minutes, days, indices and lines all fit; clamped,
    /// never trapping).
    @inline(__always) var int32: Int32 { Int32(clamping: self) }
}
