/// One parameter of a rule: a setting of the policy or of a local agreement, named by its key
/// and described by the table of settings (`Policy.settings`, `Agreement.parameters`), where its
/// default, range and meaning are written once.
public struct RuleParameter: Sendable {
    /// Where the value comes from.
    public enum Origin: String, Sendable {
        case policy, agreement
    }

    public let name: String
    public let origin: Origin

    /// A policy setting (`Policy.settings`).
    public static func policy(_ key: PolicyKey) -> RuleParameter { RuleParameter(name: key.rawValue, origin: .policy) }
    /// A parameter of a local agreement (`Agreement.parameters`).
    public static func agreement(_ key: AgreementKey) -> RuleParameter { RuleParameter(name: key.rawValue, origin: .agreement) }

    /// Whether the table of settings has it (tested for every rule).
    public var isKnown: Bool {
        origin == .policy ? Policy.setting(name) != nil : Agreement.parameters.contains { $0.key == name }
    }

    /// The default as users write it.
    public var defaultValue: String {
        switch origin {
        case .policy: return Policy.setting(name)?.defaultText(Policy()) ?? "?"
        case .agreement: return Agreement.parameters.first { $0.key == name }?.defaultText(Agreement.defaults) ?? "?"
        }
    }

    /// What it means, and where it is set: "(politik)" or "(aftale)".
    public var meaning: LocalizedText {
        let m: LocalizedText
        switch origin {
        case .policy: m = Policy.setting(name)?.meaning ?? LocalizedText(da: "", en: "")
        case .agreement: m = Agreement.parameters.first { $0.key == name }?.meaning ?? LocalizedText(da: "", en: "")
        }
        return origin == .policy
            ? LocalizedText(da: m.da + " (politik)", en: m.en + " (policy)")
            : LocalizedText(da: m.da + " (aftale)", en: m.en + " (agreement)")
    }
}

/// A small roster that shows a rule at work, with exactly the findings it must produce.
///
/// `expected` holds one line per finding of this rule, as `Finding.compact` renders it:
/// `E1 2026-03-04 08:00–2026-03-04 16:00 10/11` (employee, local start–end, measured/limit).
/// An empty list makes a non-triggering example. The generic test runs them all.
public struct RuleExample: Sendable {
    /// What the example shows, in English; `titles` has it in both languages.
    public let title: String
    /// The title in Danish (`vagttjek explain` shows it by default).
    public let danishTitle: String
    /// Roster CSV text.
    public let roster: String
    /// Agreement JSON texts.
    public let agreements: [String]
    /// Policy JSON text.
    public let policy: String?
    /// Employees CSV text (`--employees`).
    public let employees: String?
    /// `--published` date.
    public let published: String?
    /// Wishes CSV text (`--wishes`).
    public let wishes: String?
    public let expected: [String]

    public init(
        _ title: String, da danishTitle: String, roster: String, agreements: [String] = [], policy: String? = nil, published: String? = nil,
        employees: String? = nil, wishes: String? = nil, expect expected: [String] = []
    ) {
        self.wishes = wishes
        self.employees = employees
        self.title = title
        self.danishTitle = danishTitle
        self.roster = roster
        self.agreements = agreements
        self.policy = policy
        self.published = published
        self.expected = expected
    }

    public var triggers: Bool { !expected.isEmpty }

    /// The title in both languages.
    public var titles: LocalizedText { LocalizedText(da: danishTitle, en: title) }
}

/// What a rule is, where it comes from and how it behaves: the single description used by
/// `vagttjek rules`, `vagttjek explain`, the README table and the generic example test.
public struct RuleDescription: Sendable {
    /// The stable id users see and type: `rest.daily`. Unique in the registry.
    public let id: String
    public let title: LocalizedText
    public let severity: Severity
    /// What the rule checks and why, in a few sentences.
    public let summary: LocalizedText
    /// Where the rule comes from: the law, the agreement, the publication, each at its place.
    public let sources: [Citation]
    /// The sources as users read them, one line; places in the same document run together
    /// ("…, afsnit «A» og afsnit «B»").
    public var source: String {
        var parts: [String] = []
        var previous: SourceDocument?
        for c in sources {
            if c.document == previous, !c.place.isEmpty, let last = parts.popLast() {
                parts.append("\(last) og \(c.place)")
            } else {
                parts.append(c.text)
            }
            previous = c.document
        }
        return parts.joined(separator: "; ")
    }
    public let parameters: [RuleParameter]
    public let examples: [RuleExample]

    public init(
        id: String, title: LocalizedText, severity: Severity, summary: LocalizedText, sources: [Citation],
        parameters: [RuleParameter], examples: [RuleExample]
    ) {
        self.id = id
        self.title = title
        self.severity = severity
        self.summary = summary
        self.sources = sources
        self.parameters = parameters
        self.examples = examples
    }
}
