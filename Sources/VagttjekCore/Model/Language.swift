/// The language of what users read. Danish is the default (the users are Danish planners and TRs).
public enum Language: String, Sendable, CaseIterable {
    case da, en
}

/// A sentence in both languages. Every user-facing text is built as one of these, in one place
/// (`Messages` for findings, the input readers for input errors), and rendered at output time.
public struct LocalizedText: Hashable, Sendable {
    public let da: String
    public let en: String

    public init(da: String, en: String) {
        self.da = da
        self.en = en
    }

    public func text(_ language: Language) -> String {
        language == .da ? da : en
    }
}
