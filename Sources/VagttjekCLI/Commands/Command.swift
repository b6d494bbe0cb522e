import VagttjekCore

/// One command of `vagttjek` (`check`, `diff`, `rules`, `explain`, `generate`, `survey`,
/// `agreement`): its name, its line in the main help, its declared options and help, and
/// its run. The command reads its typed options from the parsed arguments in `init` (every
/// value checked there, so a usage error comes before any file is read); `CLI` does the
/// parsing, `--help`, `--lang` and "did you mean" for every command in one place.
protocol Command {
    /// `check`.
    static var name: String { get }
    /// The main help's line: how it is called and what it does.
    static var synopsis: LocalizedText { get }
    static var summary: LocalizedText { get }
    /// The first line of `--help` after "Brug: " and what the command does.
    static var usage: LocalizedText { get }
    static var about: LocalizedText { get }
    /// Every option it accepts (`--help` included).
    static var options: [OptionSpec] { get }

    init(_ arguments: ParsedArguments) throws
    mutating func run(_ console: inout Console) throws -> ExitCode
}

extension Command {
    /// The text of `vagttjek NAME --help`.
    static func help(_ language: Language) -> String {
        let da = language == .da
        var out = (da ? "Brug: " : "Usage: ") + usage.text(language) + "\n"
        out += about.text(language) + "\n"
        out += da ? "\nTilvalg:\n" : "\nOptions:\n"
        out += ArgumentParser.help(options, language) + "\n"
        return out
    }

    /// A usage error when the command was given positional arguments it does not take.
    static func rejectPositionals(_ arguments: ParsedArguments) throws {
        if let extra = arguments.positionals.first {
            throw UsageError(da: "'\(name)' tager ingen argumenter (fik '\(extra)').", en: "'\(name)' takes no arguments (got '\(extra)').")
        }
    }
}

/// Options several commands share.
enum CommonOptions {
    static let help = OptionSpec("--help", da: "vis hjælp", en: "show help")
    static let lang = OptionSpec("--lang", value: "da|en", da: "sprog (standard: da)", en: "language (default: da)")
}
