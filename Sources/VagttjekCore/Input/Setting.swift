/// One setting of a policy file, or one parameter of a local agreement: its key, its type and
/// lawful range, what it means and, when the law sets the bound, why. The default is read off
/// the value type's own default (`Policy()`, `Agreement.defaults`), so every fact is written
/// once. The table of settings drives the parsing, the unknown-key error, the rules' parameter
/// lists and `vagttjek explain`.
public struct Setting<Target>: @unchecked Sendable {
    // @unchecked: key paths are immutable values; the compiler does not mark them Sendable.
    enum Kind {
        /// A number of hours (decimals allowed).
        case hours(WritableKeyPath<Target, Double>, ClosedRange<Double>)
        /// A share 0–1.
        case share(WritableKeyPath<Target, Double>, ClosedRange<Double>)
        /// A whole number (days, counts).
        case whole(WritableKeyPath<Target, Int>, ClosedRange<Int>)
        case flag(WritableKeyPath<Target, Bool>)
        /// Read by the owner's parser (a choice or an object); its default as written.
        case special(defaultText: String)
    }

    public let key: String
    let kind: Kind
    /// What the setting means, for `explain` and the rules' parameter lists.
    public let meaning: LocalizedText
    /// Who sets the bound, when it is the law: shown in the out-of-range error, e.g. "(loven)".
    public let bound: LocalizedText?

    private init(key: String, _ kind: Kind, da: String, en: String, bound: LocalizedText?) {
        self.key = key
        self.kind = kind
        self.meaning = LocalizedText(da: da, en: en)
        self.bound = bound
    }


    /// The default as users write it ("11", "0.5", "false").
    func defaultText(_ defaults: Target) -> String {
        switch kind {
        case .hours(let path, _), .share(let path, _): return TimeFormat.number(defaults[keyPath: path], danish: false)
        case .whole(let path, _): return String(defaults[keyPath: path])
        case .flag(let path): return defaults[keyPath: path] ? "true" : "false"
        case .special(let text): return text
        }
    }

    /// Reads the setting from a JSON object when it is there; a wrong type or a value out of
    /// range is an error in the reader, naming the line. With `lawful` false a setting whose
    /// bound the law sets is read up to what the quantity can be (hours 0–24, days 0–366), so
    /// `vagttjek agreement` can report an unlawful value instead of rejecting the file.
    func read(_ r: inout JSONObjectReader, into target: inout Target, lawful: Bool = true) {
        let lawDa = bound.map { " (\($0.da))" } ?? "", lawEn = bound.map { " (\($0.en))" } ?? ""
        let lenient = !lawful && bound != nil
        switch kind {
        case .hours(let path, let range), .share(let path, let range):
            if let v = r.number(key, in: lenient ? 0...24 : range, lawDa: lawDa, lawEn: lawEn) { target[keyPath: path] = v }
        case .whole(let path, let range):
            let allowed = lenient ? 0...366 : range
            guard let v = r.number(key, in: Double(allowed.lowerBound)...Double(allowed.upperBound), lawDa: lawDa, lawEn: lawEn) else { return }
            if v.rounded() == v {
                target[keyPath: path] = Int(v)
            } else if let m = r.member(key) {
                // The number as written (0.9999 must not read as "1").
                r.fail(key, line: m.line, da: "\(v) skal være et helt tal", en: "\(v) must be a whole number")
            }
        case .flag(let path):
            if let v = r.bool(key) { target[keyPath: path] = v }
        case .special:
            break
        }
    }
}

extension LocalizedText {
    /// The law, as the bound of a setting: "(loven)".
    static var law: LocalizedText { LocalizedText(da: "loven", en: "the law") }
}

extension Setting where Target == Policy {
    init(_ key: PolicyKey, _ kind: Kind, da: String, en: String, bound: LocalizedText? = nil) {
        self.init(key: key.rawValue, kind, da: da, en: en, bound: bound)
    }
}

extension Setting where Target == Agreement {
    init(_ key: AgreementKey, _ kind: Kind, da: String, en: String, bound: LocalizedText? = nil) {
        self.init(key: key.rawValue, kind, da: da, en: en, bound: bound)
    }
}
