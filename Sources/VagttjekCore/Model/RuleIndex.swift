/// A rule's place in `RuleRegistry.all`: what a finding stores instead of the rule's id
/// (shaped for memory, see `Finding`). The registry is in id order, so comparing places
/// compares ids.
public struct RuleIndex: Hashable, Comparable, Sendable {
    public let rawValue: UInt8

    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static func < (a: RuleIndex, b: RuleIndex) -> Bool { a.rawValue < b.rawValue }
}
