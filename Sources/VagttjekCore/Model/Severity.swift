/// How serious a finding is (DESIGN.md «Reports»).
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
