import VagttjekCore

#if canImport(Glibc)
import Glibc
#endif

/// Exit codes (DESIGN.md «Reports»).
public enum ExitCode: Int32, Sendable {
    /// No errors (warnings allowed unless `--strict`).
    case ok = 0
    /// Errors found.
    case findings = 1
    /// Invalid input.
    case invalidInput = 2
    /// Usage error.
    case usage = 64
    /// The report or an output file could not be written (disk full, closed pipe).
    case outputFailed = 74
}

/// The command line, as a function from arguments to output and an exit code, so tests can run
/// it in-process. Finds the command in `commands`, parses its declared options, answers
/// `--help`, and turns errors into exit codes; the commands know rules only through
/// `RuleRegistry`.
public struct CLI {
    /// Every command, in the order of the main help. Adding a command is its type plus a line here.
    static let commands: [any Command.Type] = [CheckCommand.self, SuggestCommand.self, DiffCommand.self, RulesCommand.self, ExplainCommand.self, GenerateCommand.self, SurveyCommand.self, AgreementCommand.self]

    public var console = Console()

    public init() {}

    /// What the run printed.
    public var stdout: String {
        get { console.stdout }
        set { console.stdout = newValue }
    }
    public var stderr: String {
        get { console.stderr }
        set { console.stderr = newValue }
    }
    /// Whether stdout is a terminal (colours, and the text format by default).
    public var stdoutIsTerminal: Bool {
        get { console.stdoutIsTerminal }
        set { console.stdoutIsTerminal = newValue }
    }
    /// Environment lookups (NO_COLOR, VAGTTJEK_TIMING).
    public var environment: [String: String] {
        get { console.environment }
        set { console.environment = newValue }
    }
    /// Where progress goes (see `Console.progress`); nil: none.
    public var progress: ((String) -> Void)? {
        get { console.progress }
        set { console.progress = newValue }
    }
    /// Where reports go when there is no `--output` (see `Console.stdoutFile`).
    public var stdoutFile: UnsafeMutablePointer<FILE>? {
        get { console.stdoutFile }
        set { console.stdoutFile = newValue }
    }

    /// Runs `vagttjek ARGS…` (without the program name).
    public mutating func run(_ args: [String]) -> ExitCode {
        console.language = Self.preScanLanguage(args)
        console.timing = PhaseTimer(enabled: console.environment["VAGTTJEK_TIMING"] != nil)
        if console.environment["TERM"] != "dumb" { console.timing.progress = console.progress }
        console.timing.language = console.language
        defer { console.stderr += console.timing.report }
        do {
            return try dispatch(args)
        } catch let error as OutputError {
            console.stderr += "vagttjek: \(terminalSafe(error.message.text(console.language)))\n"
            return .outputFailed
        } catch let error as UsageError {
            console.stderr += "vagttjek: \(terminalSafe(error.message.text(console.language)))\n"
            return .usage
        } catch let failure as InputFailure {
            for line in failure.rendered(console.language) { console.stderr += line + "\n" }
            return failure.isUsage ? .usage : .invalidInput
        } catch {
            console.stderr += "vagttjek: \(error)\n"
            return .invalidInput
        }
    }

    /// `--lang en` anywhere decides the language of usage errors too.
    static func preScanLanguage(_ args: [String]) -> Language {
        for (i, a) in args.enumerated() {
            if a == "--lang", i + 1 < args.count, let l = Language(rawValue: args[i + 1]) { return l }
            if a.hasPrefix("--lang="), let l = Language(rawValue: String(a.dropFirst(7))) { return l }
        }
        return .da
    }

    mutating func dispatch(_ args: [String]) throws -> ExitCode {
        guard let name = args.first else {
            // No command is a mistake (a script that lost its arguments), not a request for help.
            console.stderr += mainHelp()
            return .usage
        }
        switch name {
        case "--version", "-V", "version":
            console.stdout += "vagttjek \(vagttjekVersion)\n"
            return .ok
        case "--help", "-h", "help":
            console.stdout += mainHelp()
            return .ok
        default:
            break
        }
        guard let type = Self.commands.first(where: { $0.name == name }) else {
            let suggestion = ArgumentParser.closest(name, among: Self.commands.map { $0.name } + ["help"])
            let hint = suggestion.map { (" Mente du '\($0)'?", " Did you mean '\($0)'?") } ?? ("", "")
            throw UsageError(
                da: "ukendt kommando '\(name)'.\(hint.0) Se 'vagttjek --help'.",
                en: "unknown command '\(name)'.\(hint.1) See 'vagttjek --help'.")
        }
        let parsed = try ArgumentParser.parse(Array(args.dropFirst()), options: type.options, command: type.name)
        if parsed.has(CommonOptions.help) {
            console.stdout += type.help(console.language)
            return .ok
        }
        if let l = parsed.value(CommonOptions.lang) {
            guard let language = Language(rawValue: l) else {
                throw UsageError(da: "--lang skal være da eller en (fik '\(l)').", en: "--lang must be da or en (got '\(l)').")
            }
            console.language = language
        }
        var command = try type.init(parsed)
        return try command.run(&console)
    }

    func mainHelp() -> String {
        let language = console.language
        let da = language == .da
        var out = da
            ? "vagttjek \(vagttjekVersion) — tjek vagtplaner på døgninstitutioner mod hviletid, fridøgn og 48 timer.\n\nBrug:\n"
            : "vagttjek \(vagttjekVersion) — check rosters of 24-hour care facilities against rest, days off and 48 hours.\n\nUsage:\n"
        func line(_ synopsis: String, _ summary: String) {
            out += "  " + synopsis.padding(max(38, synopsis.count + 3)) + summary + "\n"
        }
        for command in Self.commands { line(command.synopsis.text(language), command.summary.text(language)) }
        line("vagttjek --version", da ? "vis versionen" : "print the version")
        out += da
            ? "\nExitkoder: 0 ingen fejl, 1 fejl fundet, 2 ugyldigt input, 64 forkert brug.\n"
            : "\nExit codes: 0 no errors, 1 errors found, 2 invalid input, 64 usage error.\n"
        return out
    }
}
