import VagttjekCore

/// One option a command accepts.
struct OptionSpec {
    let name: String
    /// The value's placeholder (`FILE`, `DATE`), or nil for a flag.
    let value: String?
    let repeatable: Bool
    let help: LocalizedText
    /// A flag that may be followed by a number (`--rotation`, `--rotation 4`): the number is
    /// its value, when the next argument is one.
    var optionalNumber = false

    init(_ name: String, value: String? = nil, repeatable: Bool = false, da: String, en: String) {
        self.name = name
        self.value = value
        self.repeatable = repeatable
        self.help = LocalizedText(da: da, en: en)
    }
}

/// A usage error: exit code 64 with a sentence that says what to do instead.
struct UsageError: Error {
    let message: LocalizedText
    init(da: String, en: String) { message = LocalizedText(da: da, en: en) }
}

/// The parsed command line of one command. Values are looked up by the command's declared
/// `OptionSpec`, so an option is named in one place.
struct ParsedArguments {
    var positionals: [String] = []
    var values: [String: [String]] = [:]
    var flags: Set<String> = []

    func value(_ option: OptionSpec) -> String? { values[option.name]?.last }
    func all(_ option: OptionSpec) -> [String] { values[option.name] ?? [] }
    func has(_ option: OptionSpec) -> Bool { flags.contains(option.name) }

    /// A whole number in a range, or a usage error naming the option.
    func whole(_ option: OptionSpec, in range: ClosedRange<Int>) throws(UsageError) -> Int? {
        guard let text = value(option) else { return nil }
        guard let n = Int(text), range.contains(n) else {
            throw UsageError(
                da: "\(option.name) skal være et helt tal i \(range.lowerBound)–\(range.upperBound) (fik '\(text)').",
                en: "\(option.name) must be a whole number in \(range.lowerBound)–\(range.upperBound) (got '\(text)').")
        }
        return n
    }

    /// Whether a `--format text|json` option asks for JSON (text when not given).
    func isJSON(_ option: OptionSpec) throws(UsageError) -> Bool {
        switch value(option) ?? "text" {
        case "text": return false
        case "json": return true
        case let f: throw UsageError(da: "\(option.name) skal være text eller json (fik '\(f)').", en: "\(option.name) must be text or json (got '\(f)').")
        }
    }

    /// A date `YYYY-MM-DD`, or a usage error naming the option.
    func date(_ option: OptionSpec) throws(UsageError) -> Day? {
        guard let text = value(option) else { return nil }
        guard let day = TimestampParser.parseDate(text) else {
            throw UsageError(da: "\(option.name) skal være en dato ÅÅÅÅ-MM-DD (fik '\(text)').", en: "\(option.name) must be a date YYYY-MM-DD (got '\(text)').")
        }
        return day
    }
}

/// A small, strict argument parser: `--name value`, `--name=value`, flags, positionals, and `--`
/// to end options. Unknown options get a "did you mean" suggestion.
enum ArgumentParser {
    static func parse(_ args: [String], options: [OptionSpec], command: String) throws(UsageError) -> ParsedArguments {
        var parsed = ParsedArguments()
        var i = 0
        var onlyPositionals = false
        while i < args.count {
            let arg = args[i]
            i += 1
            if onlyPositionals || !arg.hasPrefix("-") || arg == "-" {
                parsed.positionals.append(arg)
                continue
            }
            if arg == "--" { onlyPositionals = true; continue }
            var name = arg
            var inline: String?
            if let eq = arg.firstIndex(of: "=") {
                name = String(arg[..<eq])
                inline = String(arg[arg.index(after: eq)...])
            }
            if name == "-h" { name = "--help" }
            guard let spec = options.first(where: { $0.name == name }) else {
                let suggestion = closest(name, among: options.map(\.name))
                let hint = suggestion.map { (" Mente du \($0)?", " Did you mean \($0)?") } ?? ("", "")
                throw UsageError(
                    da: "ukendt tilvalg \(name) til '\(command)'.\(hint.0) Se 'vagttjek \(command) --help'.",
                    en: "unknown option \(name) for '\(command)'.\(hint.1) See 'vagttjek \(command) --help'.")
            }
            if spec.optionalNumber {
                // A flag, with a number after it when the next argument is one.
                if let inline {
                    parsed.values[name, default: []].append(inline)
                } else if i < args.count, !args[i].isEmpty, args[i].allSatisfy({ $0.isASCII && $0.isNumber }) {
                    parsed.values[name, default: []].append(args[i])
                    i += 1
                }
                parsed.flags.insert(name)
            } else if let placeholder = spec.value {
                let value: String
                if let inline {
                    value = inline
                } else if i < args.count && (!args[i].hasPrefix("--") || args[i] == "-") {
                    value = args[i]
                    i += 1
                } else {
                    throw UsageError(
                        da: "\(name) kræver en værdi (\(placeholder)). Se 'vagttjek \(command) --help'.",
                        en: "\(name) needs a value (\(placeholder)). See 'vagttjek \(command) --help'.")
                }
                if !spec.repeatable && parsed.values[name] != nil {
                    throw UsageError(da: "\(name) er angivet to gange.", en: "\(name) is given twice.")
                }
                parsed.values[name, default: []].append(value)
            } else {
                if inline != nil {
                    throw UsageError(da: "\(name) tager ingen værdi.", en: "\(name) takes no value.")
                }
                parsed.flags.insert(name)
            }
        }
        return parsed
    }

    /// The candidate nearest by edit distance, if it is near enough to be a typo.
    static func closest(_ word: String, among candidates: [String]) -> String? {
        let scored = candidates.map { ($0, editDistance(word, $0)) }.min { $0.1 < $1.1 }
        guard let (best, distance) = scored, distance <= max(2, best.count / 3) else { return nil }
        return best
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + [Int](repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }

    /// The help text of a command's options.
    static func help(_ options: [OptionSpec], _ language: Language) -> String {
        options.map { o in
            let left = o.name + (o.value.map { " " + $0 } ?? (o.optionalNumber ? " [N]" : ""))
            let padded = left.count >= 24 ? left + " " : left + String(repeating: " ", count: 24 - left.count)
            return "  \(padded)\(o.help.text(language))"
        }.joined(separator: "\n")
    }
}
