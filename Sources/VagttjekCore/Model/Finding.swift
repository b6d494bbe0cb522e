/// One breach, warning or fact (DESIGN.md «Reports»): the rule, the employee, the interval it
/// concerns, the measured value against the limit, and a sentence that tells the planner what
/// to change.
///
/// Shaped for memory (DESIGN.md «Performance»: millions of findings at the sector's scale): 48 bytes and no
/// strings, with instants as 32-bit minutes, `measured`/`limit` stored as hundredths (they are
/// reported rounded to two decimals anyway), the rule as its place in the registry and the
/// sentence as the values it is made of, which the owning rule packs and renders
/// (`Rule.writeMessage`). `EngineTests.testValueSizes` pins the size. The fields are declared
/// in the order that packs them into 48 bytes.
public struct Finding: Sendable, Equatable {
    /// Index into the roster's employees; -1 for a finding about the whole plan.
    public var employee: Int32
    private var start32: Int32
    private var end32: Int32
    private var measuredHundredths: Int32
    private var limitHundredths: Int32
    /// What to tell the planner, as the values the sentence is made of; rendered in one
    /// language at output time by the rule (shaped for speed: a large roster can have hundreds
    /// of thousands of findings, and most reports are never read in full).
    public var message: MessageValues
    public var rule: RuleIndex
    public var severity: Severity
    public var unit: FindingUnit

    public init(
        rule: RuleIndex, severity: Severity, employee: Int32, start: Minute, end: Minute, measured: Double?,
        limit: Double?, unit: FindingUnit, message: MessageValues
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
    /// The same in hundredths, as stored (what the reports write: no round trip through `Double`).
    var measuredInHundredths: Int? { measuredHundredths == Self.none ? nil : Int(measuredHundredths) }
    var limitInHundredths: Int? { limitHundredths == Self.none ? nil : Int(limitHundredths) }

    static let none = Int32.min
    static func hundredths(_ v: Double?) -> Int32 {
        guard let v, v.isFinite else { return none }
        let x = (v * 100).rounded()
        if x >= Double(Int32.max) { return Int32.max }
        if x <= Double(Int32.min + 1) { return Int32.min + 1 }
        return Int32(x)
    }
    static func value(_ h: Int32) -> Double? { h == none ? nil : Double(h) / 100 }

    /// What tells this finding apart from another: its rule, employee and interval.
    public var key: FindingKey { FindingKey(rule: rule, employee: employee, start: start32, end: end32) }

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

}

/// A finding's rule, employee and interval (`Finding.key`).
public struct FindingKey: Hashable, Sendable {
    public var rule: RuleIndex
    public var employee: Int32
    public var start: Int32, end: Int32
}

/// What a rule measured for one finding, by name: a rule declares one small struct per kind of
/// sentence, of named `Int32` fields (at most six: minutes, instants, days, hundredths,
/// indices, lines), builds it when it finds and reads it back when it writes:
///
///     struct TooShort: FindingPayload { var rest, required, earliest: Int32 }
///     findings.add(.error, …, message: MessageValues(TooShort(rest: 600, required: 660, earliest: e)))
///     let p = f.message.payload(as: TooShort.self)   // in `writeMessage`
///
/// How it is stored is `MessageValues`' business, not the rule's: the fields are copied as
/// bytes into the finding's 24 bytes of values, so a finding stays 48 bytes (DESIGN.md
/// «Performance») and packing costs a copy. `Int32` fields only, so a payload has no padding
/// and two equal payloads are equal bytes (checked in debug builds, which the tests run).
public protocol FindingPayload: BitwiseCopyable {}

/// The values a finding's sentence is made of: a variant the owning rule chooses (when it has
/// more than one sentence) and the rule's `FindingPayload`, stored as six 32-bit values.
/// A fixed payload instead of one enum of every message keeps each rule's sentences in the
/// rule's own file and a finding at 48 bytes.
public struct MessageValues: Sendable, Equatable {
    private var values: (Int32, Int32, Int32, Int32, Int32, Int32)
    /// Which of the rule's sentences (the rule's own numbering).
    public var variant: UInt8

    /// A sentence with nothing measured in it.
    public init(variant: UInt8 = 0) {
        self.variant = variant
        values = (0, 0, 0, 0, 0, 0)
    }

    /// The values of a rule's payload (see `FindingPayload`).
    @inline(__always)
    public init<P: FindingPayload>(variant: UInt8 = 0, _ payload: P) {
        self.init(variant: variant)
        assert(Self.isDense(payload), "\(P.self): a FindingPayload holds only Int32 fields, at most six")
        withUnsafeMutableBytes(of: &values) { raw in
            withUnsafeBytes(of: payload) { raw.copyMemory(from: $0) }
        }
    }

    /// The payload these values were made from.
    @inline(__always)
    public func payload<P: FindingPayload>(as type: P.Type) -> P {
        withUnsafeBytes(of: values) { $0.loadUnaligned(as: P.self) }
    }

    /// Whether `payload` is made of `Int32` fields only and fits.
    static func isDense<P>(_ payload: P) -> Bool {
        let fields = Mirror(reflecting: payload).children
        return fields.allSatisfy { $0.value is Int32 } && MemoryLayout<P>.size == 4 * fields.count && fields.count <= 6
    }

    public static func == (a: MessageValues, b: MessageValues) -> Bool {
        a.variant == b.variant && a.values == b.values
    }
}

/// The unit of `measured` and `limit`, and its words (one place for every rule's units).
public enum FindingUnit: String, Sendable, CaseIterable {
    case h, days, count, sundays, years, percent

    /// Its place in `allCases` (reports encode the unit words once).
    var index: Int {
        switch self {
        case .h: return 0
        case .days: return 1
        case .count: return 2
        case .sundays: return 3
        case .years: return 4
        case .percent: return 5
        }
    }

    /// The unit after a number, singular for exactly 1 ("1 gang", "2 gange").
    public func text(_ value: Double, _ language: Language) -> String {
        let one = value == 1, da = language == .da
        switch self {
        case .h: return da ? "t" : "h"
        case .days: return da ? (one ? "dag" : "dage") : (one ? "day" : "days")
        case .count: return da ? (one ? "gang" : "gange") : (one ? "time" : "times")
        case .sundays: return da ? (one ? "søndag" : "søndage") : (one ? "Sunday" : "Sundays")
        case .years: return da ? "år" : (one ? "year" : "years")
        case .percent: return "%"
        }
    }
}

/// Where a rule puts its findings. The engine says which rule is speaking (`rule`) before it
/// calls the rule, so a finding names its rule by its place in the registry and the rule need
/// not know that place.
public struct FindingSink: Sendable {
    /// The rule being run.
    public internal(set) var rule: RuleIndex
    /// Every finding so far, of every rule run into this sink.
    public internal(set) var list: [Finding]

    init(rule: RuleIndex = RuleIndex(rawValue: 0), list: [Finding] = []) {
        self.rule = rule
        self.list = list
    }

    /// Adds a finding of the rule being run.
    @inline(__always)
    public mutating func add(
        _ severity: Severity, employee: Int32, start: Minute, end: Minute, measured: Double?, limit: Double?,
        unit: FindingUnit, message: MessageValues = MessageValues()
    ) {
        list.append(
            Finding(
                rule: rule, severity: severity, employee: employee, start: start, end: end, measured: measured,
                limit: limit, unit: unit, message: message))
    }
}

extension Int {
    /// The value as a finding stores it (minutes, days, indices and lines all fit; clamped,
    /// never trapping).
    @inline(__always) var int32: Int32 { Int32(clamping: self) }
}
