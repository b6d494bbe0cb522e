/// How serious a finding is (SPEC §3).
public enum Severity: String, Sendable, Comparable, CaseIterable {
    /// Breach of law or of an agreement: do not publish the plan.
    case error
    /// Breach of a recommendation, special consideration or local principle.
    case warning
    /// An entitlement or a fact.
    case info

    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    var rank: Int { self == .error ? 0 : self == .warning ? 1 : 2 }

    public var danish: String { self == .error ? "fejl" : self == .warning ? "advarsel" : "info" }
}

/// The id of every rule, as a small value for findings (shaped for speed: a finding holds no
/// strings, so the hundreds of thousands of a large roster copy and sort cheaply). Keep the cases
/// in the order of their ids: the report sorts by it.
public enum RuleID: UInt8, CaseIterable, Comparable, Sendable {
    case dataDoubleBooking, dayoffCompensation, dayoffSunday, dayoffWeekly, hoursWeekly48, planNotice
    case restCompensation, restDaily, restReduced

    /// The stable id users see: `rest.daily`.
    public var id: String {
        switch self {
        case .dataDoubleBooking: return "data.double-booking"
        case .dayoffCompensation: return "dayoff.compensation"
        case .dayoffSunday: return "dayoff.sunday"
        case .dayoffWeekly: return "dayoff.weekly"
        case .hoursWeekly48: return "hours.weekly48"
        case .planNotice: return "plan.notice"
        case .restCompensation: return "rest.compensation"
        case .restDaily: return "rest.daily"
        case .restReduced: return "rest.reduced"
        }
    }

    public init?(_ id: String) {
        guard let match = RuleID.allCases.first(where: { $0.id == id }) else { return nil }
        self = match
    }

    public static func < (a: RuleID, b: RuleID) -> Bool { a.rawValue < b.rawValue }
}

/// One parameter of a rule, with its default (which lives in `Policy` or `Agreement`).
public struct RuleParameter: Sendable {
    public let name: String
    public let defaultValue: String
    public let meaning: LocalizedText

    public init(_ name: String, _ defaultValue: String, da: String, en: String) {
        self.name = name
        self.defaultValue = defaultValue
        self.meaning = LocalizedText(da: da, en: en)
    }
}

/// A small roster that shows a rule at work, with exactly the findings it must produce.
///
/// `expected` holds one line per finding of this rule, as `Finding.compact` renders it:
/// `E1 2026-03-04 08:00–2026-03-04 16:00 10/11` (employee, local start–end, measured/limit).
/// An empty list makes a non-triggering example. The generic test runs them all.
public struct RuleExample: Sendable {
    public let title: String
    /// Roster CSV text.
    public let roster: String
    /// Agreement JSON texts.
    public let agreements: [String]
    /// Policy JSON text.
    public let policy: String?
    /// `--published` date.
    public let published: String?
    public let expected: [String]

    public init(
        _ title: String, roster: String, agreements: [String] = [], policy: String? = nil, published: String? = nil,
        expect expected: [String] = []
    ) {
        self.title = title
        self.roster = roster
        self.agreements = agreements
        self.policy = policy
        self.published = published
        self.expected = expected
    }

    public var triggers: Bool { !expected.isEmpty }
}

/// What a rule is, where it comes from and how it behaves: the single description used by
/// `vagttjek rules`, `vagttjek explain`, the README table and the generic example test.
public struct RuleDescription: Sendable {
    public let rule: RuleID
    public let id: String
    public let title: LocalizedText
    public let severity: Severity
    /// What the rule checks and why, in a few sentences.
    public let summary: LocalizedText
    /// Seed file and lines, or the law.
    public let source: String
    public let parameters: [RuleParameter]
    public let examples: [RuleExample]

    public init(
        id: RuleID, title: LocalizedText, severity: Severity, summary: LocalizedText, source: String,
        parameters: [RuleParameter], examples: [RuleExample]
    ) {
        self.rule = id
        self.id = id.id
        self.title = title
        self.severity = severity
        self.summary = summary
        self.source = source
        self.parameters = parameters
        self.examples = examples
    }
}

/// A rule. Each rule is one type in one file under `Rules/`, named after what it checks.
///
/// Per-employee rules implement `check(_:_:into:)`, which the engine calls once per employee
/// with that employee's timeline (shifts, merged work periods and the shared rest and day-off
/// analyses); plan-wide rules implement `checkPlan(_:into:)`. Both append findings; the engine
/// sorts them, so a rule need not care about order.
public protocol Rule: Sendable {
    var description: RuleDescription { get }
    func check(_ timeline: EmployeeTimeline, _ plan: PlanContext, into findings: inout [Finding])
    func checkPlan(_ plan: PlanContext, into findings: inout [Finding])
}

extension Rule {
    public func check(_ timeline: EmployeeTimeline, _ plan: PlanContext, into findings: inout [Finding]) {}
    public func checkPlan(_ plan: PlanContext, into findings: inout [Finding]) {}
    public var id: String { description.id }
}

/// Every rule vagttjek knows, in id order.
public enum RuleRegistry {
    public static let all: [any Rule] = [
        DoubleBooking(),
        WeeklyDayOff(),
        DayOffCompensation(),
        SundayDayOff(),
        WeeklyHours48(),
        PlanNotice(),
        RestCompensation(),
        DailyRest(),
        ReducedRest(),
    ].sorted { $0.description.id < $1.description.id }

    public static func rule(_ id: String) -> (any Rule)? {
        all.first { $0.description.id == id }
    }
}
