import VagttjekCore

#if canImport(Glibc)
import Glibc
#endif

/// Exit codes (SPEC §4).
public enum ExitCode: Int32, Sendable {
    /// No errors (warnings allowed unless `--strict`).
    case ok = 0
    /// Errors found.
    case findings = 1
    /// Invalid input.
    case invalidInput = 2
    /// Usage error.
    case usage = 64
}

/// The command line, as a function from arguments to output and an exit code, so tests can run
/// it in-process. Knows rules only through `RuleRegistry`.
public struct CLI {
    /// What the run printed.
    public var stdout = ""
    public var stderr = ""
    /// Whether stdout is a terminal (colours, and the text format by default).
    public var stdoutIsTerminal = false
    /// Environment lookups (NO_COLOR).
    public var environment: [String: String] = [:]
    /// Where reports go when there is no `--output`: written there directly when set (the
    /// executable sets it to stdout), else collected in `stdout` (tests).
    public var stdoutFile: UnsafeMutablePointer<FILE>?

    public init() {}

    var language: Language = .da
    /// Phase timings on stderr when VAGTTJEK_TIMING is set (for BENCHMARKS.md; not for users).
    var timing = PhaseTimer(enabled: false)

    /// Runs `vagttjek ARGS…` (without the program name).
    public mutating func run(_ args: [String]) -> ExitCode {
        language = Self.preScanLanguage(args)
        timing = PhaseTimer(enabled: environment["VAGTTJEK_TIMING"] != nil)
        defer { stderr += timing.report }
        do {
            return try dispatch(args)
        } catch let error as UsageError {
            stderr += "vagttjek: \(error.message.text(language))\n"
            return .usage
        } catch let failure as InputFailure {
            for line in failure.rendered(language) { stderr += line + "\n" }
            return .invalidInput
        } catch {
            stderr += "vagttjek: \(error)\n"
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

    static let commands = ["check", "rules", "explain", "generate", "help"]

    mutating func dispatch(_ args: [String]) throws -> ExitCode {
        guard let command = args.first else {
            stdout += mainHelp()
            return .ok
        }
        let rest = Array(args.dropFirst())
        switch command {
        case "--version", "-V", "version":
            stdout += "vagttjek \(vagttjekVersion)\n"
            return .ok
        case "--help", "-h", "help":
            stdout += mainHelp()
            return .ok
        case "check":
            return try check(rest)
        case "rules":
            return try rules(rest)
        case "explain":
            return try explain(rest)
        case "generate":
            return try generate(rest)
        default:
            let suggestion = ArgumentParser.closest(command, among: Self.commands)
            let hint = suggestion.map { (" Mente du '\($0)'?", " Did you mean '\($0)'?") } ?? ("", "")
            throw UsageError(
                da: "ukendt kommando '\(command)'.\(hint.0) Se 'vagttjek --help'.",
                en: "unknown command '\(command)'.\(hint.1) See 'vagttjek --help'.")
        }
    }

    func mainHelp() -> String {
        let da = language == .da
        return da
            ? """
            vagttjek \(vagttjekVersion) — tjek vagtplaner på døgninstitutioner mod hviletid, fridøgn og 48 timer.

            Brug:
              vagttjek check ROSTER.csv [tilvalg]   tjek en vagtplan (se 'vagttjek check --help')
              vagttjek rules                        list reglerne med kilder
              vagttjek explain REGEL                hvad en regel tjekker, hvorfor, og eksempler
              vagttjek generate --employees N --weeks W   lav en realistisk vagtplan (benchmarks, demo)
              vagttjek --version                    vis versionen

            Exitkoder: 0 ingen fejl, 1 fejl fundet, 2 ugyldigt input, 64 forkert brug.

            """
            : """
            vagttjek \(vagttjekVersion) — check rosters of 24-hour care facilities against rest, days off and 48 hours.

            Usage:
              vagttjek check ROSTER.csv [options]   check a roster (see 'vagttjek check --help')
              vagttjek rules                        list the rules with their sources
              vagttjek explain RULE                 what a rule checks, why, and examples
              vagttjek generate --employees N --weeks W   write a realistic roster (benchmarks, demos)
              vagttjek --version                    print the version

            Exit codes: 0 no errors, 1 errors found, 2 invalid input, 64 usage error.

            """
    }

    // MARK: rules, explain

    static let listOptions = [
        OptionSpec("--lang", value: "da|en", da: "sprog", en: "language"),
        OptionSpec("--markdown", da: "som Markdown-tabel (til README)", en: "as a Markdown table (for the README)"),
        OptionSpec("--help", da: "vis hjælp", en: "show help"),
    ]

    mutating func rules(_ args: [String]) throws -> ExitCode {
        let parsed = try ArgumentParser.parse(args, options: Self.listOptions, command: "rules")
        if parsed.has("--help") {
            stdout += (language == .da ? "Brug: vagttjek rules [--lang da|en] [--markdown]\nLister alle regler med id, alvor, titel og kilde.\n" : "Usage: vagttjek rules [--lang da|en] [--markdown]\nLists every rule with id, severity, title and source.\n")
            return .ok
        }
        if let extra = parsed.positionals.first {
            throw UsageError(da: "'rules' tager ingen argumenter (fik '\(extra)').", en: "'rules' takes no arguments (got '\(extra)').")
        }
        if parsed.has("--markdown") {
            stdout += "| rule | severity | title | source |\n| --- | --- | --- | --- |\n"
            for rule in RuleRegistry.all {
                let d = rule.description
                stdout += "| `\(d.id)` | \(d.severity.rawValue) | \(d.title.text(language)) | \(d.source) |\n"
            }
            return .ok
        }
        for rule in RuleRegistry.all {
            let d = rule.description
            stdout += "\(d.id.padding(20)) \(d.severity.rawValue.padding(8)) \(d.title.text(language))\n"
            stdout += "\(String(repeating: " ", count: 30))\(d.source)\n"
        }
        return .ok
    }

    mutating func explain(_ args: [String]) throws -> ExitCode {
        let parsed = try ArgumentParser.parse(args, options: Self.listOptions, command: "explain")
        if parsed.has("--help") {
            stdout += (language == .da ? "Brug: vagttjek explain REGEL [--lang da|en]\n" : "Usage: vagttjek explain RULE [--lang da|en]\n")
            return .ok
        }
        guard parsed.positionals.count == 1, let id = parsed.positionals.first else {
            throw UsageError(da: "'explain' kræver præcis ét regel-id, f.eks. 'vagttjek explain rest.daily'.", en: "'explain' needs exactly one rule id, e.g. 'vagttjek explain rest.daily'.")
        }
        guard let rule = RuleRegistry.rule(id) else {
            let suggestion = ArgumentParser.closest(id, among: RuleRegistry.all.map(\.id))
            let hint = suggestion.map { (" Mente du \($0)?", " Did you mean \($0)?") } ?? ("", "")
            throw UsageError(da: "ukendt regel '\(id)'.\(hint.0) Se 'vagttjek rules'.", en: "unknown rule '\(id)'.\(hint.1) See 'vagttjek rules'.")
        }
        stdout += Self.explanation(rule.description, language)
        return .ok
    }

    /// `vagttjek explain`: the rule's description, parameters, source and examples.
    static func explanation(_ d: RuleDescription, _ language: Language) -> String {
        let da = language == .da
        var out = "\(d.id) — \(d.title.text(language)) (\(da ? d.severity.danish : d.severity.rawValue))\n\n"
        out += d.summary.text(language) + "\n\n"
        out += (da ? "Kilde: " : "Source: ") + d.source + "\n"
        if !d.parameters.isEmpty {
            out += da ? "\nParametre:\n" : "\nParameters:\n"
            for p in d.parameters { out += "  \(p.name) = \(p.defaultValue): \(p.meaning.text(language))\n" }
        }
        out += da ? "\nEksempler:\n" : "\nExamples:\n"
        for e in d.examples {
            out += "\n  \(e.title) — " + (e.triggers ? (da ? "giver fund:" : "finds:") : (da ? "intet fund" : "no finding")) + "\n"
            for line in e.roster.split(separator: "\n") { out += "    \(line)\n" }
            for a in e.agreements { out += (da ? "    aftale: " : "    agreement: ") + a.split(separator: "\n").map { $0.trimmingSpaces }.joined(separator: " ") + "\n" }
            if let p = e.policy { out += (da ? "    politik: " : "    policy: ") + p + "\n" }
            if let p = e.published { out += "    --published \(p)\n" }
            for f in e.expected { out += "    → \(f)\n" }
        }
        return out
    }

    // MARK: generate

    static let generateOptions: [OptionSpec] = [
        OptionSpec("--employees", value: "N", da: "antal medarbejdere", en: "number of employees"),
        OptionSpec("--weeks", value: "W", da: "antal uger", en: "number of weeks"),
        OptionSpec("--seed", value: "S", da: "frø (samme frø giver samme fil; standard 1)", en: "seed (same seed, same file; default 1)"),
        OptionSpec("--start", value: "DATE", da: "første dag (flyttes til mandag; standard 2026-01-05)", en: "first day (moved to its Monday; default 2026-01-05)"),
        OptionSpec("--violations", value: "RATE", da: "andel vagter gjort til brud, 0–1 (standard 0.01)", en: "share of shifts made into breaches, 0–1 (default 0.01)"),
        OptionSpec("--output", value: "FILE", da: "vagtplanen (standard: stdout)", en: "the roster (default: stdout)"),
        OptionSpec("--employees-output", value: "FILE", da: "skriv også medarbejderfilen", en: "also write the employees file"),
        OptionSpec("--help", da: "vis hjælp", en: "show help"),
    ]

    mutating func generate(_ args: [String]) throws -> ExitCode {
        let p = try ArgumentParser.parse(args, options: Self.generateOptions, command: "generate")
        if p.has("--help") {
            stdout += (language == .da ? "Brug: vagttjek generate --employees N --weeks W [tilvalg]\n\nTilvalg:\n" : "Usage: vagttjek generate --employees N --weeks W [options]\n\nOptions:\n")
            stdout += ArgumentParser.help(Self.generateOptions, language) + "\n"
            return .ok
        }
        if let extra = p.positionals.first {
            throw UsageError(da: "'generate' tager ingen argumenter (fik '\(extra)').", en: "'generate' takes no arguments (got '\(extra)').")
        }
        func count(_ name: String, _ range: ClosedRange<Int>) throws -> Int {
            guard let text = p.value(name) else {
                throw UsageError(da: "'generate' kræver \(name).", en: "'generate' needs \(name).")
            }
            guard let n = Int(text), range.contains(n) else {
                throw UsageError(da: "\(name) skal være et helt tal i \(range.lowerBound)–\(range.upperBound) (fik '\(text)').", en: "\(name) must be a whole number in \(range.lowerBound)–\(range.upperBound) (got '\(text)').")
            }
            return n
        }
        var generator = RosterGenerator(employees: try count("--employees", 1...1_000_000), weeks: try count("--weeks", 1...520))
        if let s = p.value("--seed") {
            guard let seed = UInt64(s) else { throw UsageError(da: "--seed skal være et helt tal ≥ 0 (fik '\(s)').", en: "--seed must be a whole number ≥ 0 (got '\(s)').") }
            generator.seed = seed
        }
        if let d = p.value("--start") {
            guard let day = TimestampParser.parseDate(d) else { throw UsageError(da: "--start skal være en dato ÅÅÅÅ-MM-DD (fik '\(d)').", en: "--start must be a date YYYY-MM-DD (got '\(d)').") }
            generator.start = day
        }
        if let v = p.value("--violations") {
            guard let rate = Double(v), rate >= 0, rate <= 1 else { throw UsageError(da: "--violations skal være et tal 0–1 (fik '\(v)').", en: "--violations must be a number 0–1 (got '\(v)').") }
            generator.violationRate = rate
        }
        if let path = p.value("--output") {
            guard Self.write(to: path, { sink in generator.rosterCSV(to: sink) }) else {
                throw InputFailure([InputError(file: path, da: "kan ikke skrive filen", en: "cannot write the file")])
            }
        } else {
            stdout += String(decoding: generator.rosterCSV(), as: UTF8.self)
        }
        if let path = p.value("--employees-output") {
            guard Self.write(bytes: generator.employeesCSV(), to: path) else {
                throw InputFailure([InputError(file: path, da: "kan ikke skrive filen", en: "cannot write the file")])
            }
        }
        return .ok
    }

    // MARK: check

    static let checkOptions: [OptionSpec] = [
        OptionSpec("--employees", value: "FILE", da: "medarbejdere (CSV): fødselsdato, faggruppe, enhed …", en: "employees (CSV): birth date, group, unit …"),
        OptionSpec("--agreement", value: "FILE", repeatable: true, da: "lokalaftale (JSON); kan gentages", en: "local agreement (JSON); repeatable"),
        OptionSpec("--policy", value: "FILE", da: "politik (JSON): profil, tærskler, natperiode", en: "policy (JSON): profile, thresholds, night period"),
        OptionSpec("--published", value: "DATE", da: "datoen planen blev udleveret (ÅÅÅÅ-MM-DD)", en: "the date the plan was handed out (YYYY-MM-DD)"),
        OptionSpec("--period", value: "FROM..TO", da: "planperioden, f.eks. 2026-03-02..2026-03-29", en: "the plan period, e.g. 2026-03-02..2026-03-29"),
        OptionSpec("--previous", value: "FILE", da: "forrige periodes vagtplan (historik)", en: "the previous period's roster (history)"),
        OptionSpec("--columns", value: "MAP", da: "kolonnenavne, f.eks. employee=Medarbejdernr,start=Fra,end=Til", en: "column names, e.g. employee=Medarbejdernr,start=Fra,end=Til"),
        OptionSpec("--format", value: "text|json|csv", da: "uddataformat (standard: text)", en: "output format (default: text)"),
        OptionSpec("--lang", value: "da|en", da: "sprog (standard: da)", en: "language (default: da)"),
        OptionSpec("--output", value: "FILE", da: "skriv rapporten til en fil i stedet for stdout", en: "write the report to a file instead of stdout"),
        OptionSpec("--strict", da: "advarsler giver også exitkode 1", en: "warnings also give exit code 1"),
        OptionSpec("--redact", da: "udelad navne (kun id'er)", en: "leave names out (ids only)"),
        OptionSpec("--skip-invalid", da: "spring ugyldige rækker over (rapporteres; exit 2)", en: "skip invalid rows (reported; exit 2)"),
        OptionSpec("--allow-invalid", da: "med --skip-invalid: exitkode efter fundene", en: "with --skip-invalid: exit code from the findings"),
        OptionSpec("--jobs", value: "N", da: "antal tråde (standard: alle kerner)", en: "threads (default: all cores)"),
        OptionSpec("--help", da: "vis hjælp", en: "show help"),
    ]

    enum Format: String { case text, json, csv }

    mutating func check(_ args: [String]) throws -> ExitCode {
        let p = try ArgumentParser.parse(args, options: Self.checkOptions, command: "check")
        if p.has("--help") {
            stdout += (language == .da ? "Brug: vagttjek check ROSTER.csv [tilvalg]\n\nTilvalg:\n" : "Usage: vagttjek check ROSTER.csv [options]\n\nOptions:\n")
            stdout += ArgumentParser.help(Self.checkOptions, language) + "\n"
            return .ok
        }
        guard p.positionals.count == 1, let rosterPath = p.positionals.first else {
            throw UsageError(
                da: p.positionals.isEmpty ? "'check' kræver en vagtplan: vagttjek check ROSTER.csv" : "'check' tager én vagtplan (fik \(p.positionals.count)).",
                en: p.positionals.isEmpty ? "'check' needs a roster: vagttjek check ROSTER.csv" : "'check' takes one roster (got \(p.positionals.count)).")
        }
        // Option values.
        let format: Format
        if let f = p.value("--format") {
            guard let parsed = Format(rawValue: f) else {
                throw UsageError(da: "--format skal være text, json eller csv (fik '\(f)').", en: "--format must be text, json or csv (got '\(f)').")
            }
            format = parsed
        } else {
            format = .text
        }
        if let l = p.value("--lang"), Language(rawValue: l) == nil {
            throw UsageError(da: "--lang skal være da eller en (fik '\(l)').", en: "--lang must be da or en (got '\(l)').")
        }
        var published: Day?
        if let d = p.value("--published") {
            guard let day = TimestampParser.parseDate(d) else {
                throw UsageError(da: "--published skal være en dato ÅÅÅÅ-MM-DD (fik '\(d)').", en: "--published must be a date YYYY-MM-DD (got '\(d)').")
            }
            published = day
        }
        var period: ClosedRange<Day>?
        if let text = p.value("--period") {
            let bounds = text.components(separatedByString: "..")
            guard bounds.count == 2, let from = TimestampParser.parseDate(bounds[0]), let to = TimestampParser.parseDate(bounds[1]), from <= to else {
                throw UsageError(da: "--period skal være FRA..TIL, f.eks. 2026-03-02..2026-03-29 (fik '\(text)').", en: "--period must be FROM..TO, e.g. 2026-03-02..2026-03-29 (got '\(text)').")
            }
            period = from...to
        }
        var jobs = 0
        if let j = p.value("--jobs") {
            guard let n = Int(j), n >= 1, n <= 1024 else {
                throw UsageError(da: "--jobs skal være et helt tal fra 1 (fik '\(j)').", en: "--jobs must be a whole number from 1 (got '\(j)').")
            }
            jobs = n
        }
        var mapping: [RosterReader.Column: String] = [:]
        if let m = p.value("--columns") {
            for pair in m.split(separator: ",") {
                let kv = pair.split(separator: "=", maxSplits: 1).map(String.init)
                guard kv.count == 2, let column = RosterReader.Column(rawValue: kv[0].lowercased()), !kv[1].isEmpty else {
                    let known = RosterReader.Column.allCases.map(\.rawValue).joined(separator: ", ")
                    throw UsageError(da: "--columns: '\(pair)' skal være KOLONNE=Overskrift, hvor KOLONNE er en af \(known).", en: "--columns: '\(pair)' must be COLUMN=Header, where COLUMN is one of \(known).")
                }
                mapping[column] = kv[1]
            }
        }
        if p.has("--allow-invalid") && !p.has("--skip-invalid") {
            throw UsageError(da: "--allow-invalid kræver --skip-invalid.", en: "--allow-invalid needs --skip-invalid.")
        }

        // Inputs: read everything, then report every input error at once.
        var errors: [InputError] = []
        let reader = RosterReader(mapping: mapping, jobs: jobs)
        var roster: Roster?
        var skipped: [InputError] = []
        do {
            let result = try timing.phase("read+parse") { () throws(InputFailure) in try reader.read(path: rosterPath) }
            roster = result.roster
            skipped = result.errors
        } catch { errors += error.errors }
        var employees: EmployeeDirectory?
        if let path = p.value("--employees") {
            do { employees = try EmployeeDirectory.read(path: path) } catch { errors += error.errors }
        }
        var agreements: [Agreement] = []
        for path in p.all("--agreement") {
            do { agreements.append(try Agreement.read(path: path)) } catch { errors += error.errors }
        }
        var policy = Policy()
        if let path = p.value("--policy") {
            do { policy = try Policy.read(path: path) } catch { errors += error.errors }
        }
        var previous: Roster?
        if let path = p.value("--previous") {
            do {
                let result = try reader.read(path: path)
                previous = result.roster
                skipped += result.errors
            } catch { errors += error.errors }
        }
        if p.value("--lang") == nil, let l = policy.language { language = l }
        let skipInvalid = p.has("--skip-invalid")
        if !skipInvalid { errors += skipped }
        if !errors.isEmpty { throw InputFailure(errors) }
        guard let roster else { throw InputFailure(errors) }
        if skipInvalid && !skipped.isEmpty {
            for line in InputFailure(skipped).rendered(language) { stderr += line + "\n" }
            let rows = Set(skipped.map { "\($0.file):\($0.line ?? 0)" }).count
            stderr += language == .da
                ? "vagttjek: \(rows) ugyldige rækker sprunget over.\n" : "vagttjek: \(rows) invalid rows skipped.\n"
            if roster.shifts.isEmpty {
                throw InputFailure([
                    InputError(file: roster.file, da: "ingen gyldige vagter tilbage at kontrollere", en: "no valid shifts left to check")
                ])
            }
        }
        let notice = language == .da ? "bemærk" : "note"
        for n in roster.notices + (previous?.notices ?? []) {
            stderr += InputError(file: n.file, line: n.line, column: n.column, da: "\(notice): \(n.message.da)", en: "\(notice): \(n.message.en)").rendered(language) + "\n"
        }

        let input = CheckInput(
            roster: roster, employees: employees, agreements: agreements, policy: policy, published: published,
            period: period, previous: previous)
        let result = timing.phase("check") { Checker().check(input, jobs: jobs) }

        var options = ReportOptions()
        options.language = language
        options.redact = p.has("--redact")
        options.jobs = jobs
        options.colors = format == .text && stdoutIsTerminal && p.value("--output") == nil && environment["NO_COLOR"] == nil
        if let employees { for e in employees.employees { if let n = e.name { options.names[e.id] = n } } }
        // The report streams to the file or stdout piece by piece (never whole in memory).
        var file: UnsafeMutablePointer<FILE>?
        if let path = p.value("--output") {
            file = fopen(path, "wb")
            if file == nil {
                throw InputFailure([InputError(file: path, da: "kan ikke skrive rapporten hertil", en: "cannot write the report here")])
            }
        }
        var failed = false
        var collected: [UInt8] = []
        let direct = file ?? stdoutFile
        let sink: ReportWriter.Sink = { piece in
            if let direct {
                if !piece.isEmpty && fwrite(piece.baseAddress, 1, piece.count, direct) != piece.count { failed = true }
            } else {
                collected.append(contentsOf: piece)
            }
        }
        timing.phase("report") {
            switch format {
            case .text: Array(ReportWriter.text(result, options).utf8).withUnsafeBufferPointer(sink)
            case .json: ReportWriter.json(result, options, to: sink)
            case .csv: ReportWriter.csv(result, options, to: sink)
            }
        }
        if let file, fclose(file) != 0 { failed = true }
        if failed, let path = p.value("--output") {
            throw InputFailure([InputError(file: path, da: "kan ikke skrive rapporten hertil (disken fuld?)", en: "cannot write the report here (disk full?)")])
        }
        stdout += String(decoding: collected, as: UTF8.self)
        if skipInvalid && !skipped.isEmpty && !p.has("--allow-invalid") { return .invalidInput }
        if result.errors > 0 || (p.has("--strict") && result.warnings > 0) { return .findings }
        return .ok
    }

    static func write(_ text: String, to path: String) -> Bool {
        var text = text
        return text.withUTF8 { write(buffer: $0, to: path) }
    }

    static func write(bytes: [UInt8], to path: String) -> Bool {
        bytes.withUnsafeBufferPointer { write(buffer: $0, to: path) }
    }

    static func write(buffer: UnsafeBufferPointer<UInt8>, to path: String) -> Bool {
        write(to: path) { sink in sink(buffer) }
    }

    /// Writes the pieces `body` hands to its sink, in order; false when the file cannot be
    /// written.
    static func write(to path: String, _ body: ((UnsafeBufferPointer<UInt8>) -> Void) -> Void) -> Bool {
        guard let file = fopen(path, "wb") else { return false }
        var written = true
        body { piece in
            if !piece.isEmpty && fwrite(piece.baseAddress, 1, piece.count, file) != piece.count { written = false }
        }
        return fclose(file) == 0 && written
    }
}

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }

    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return String(s)
    }

    /// Splits at every occurrence of a separator string.
    func components(separatedByString separator: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var i = startIndex
        while i < endIndex {
            if self[i...].hasPrefix(separator) {
                parts.append(current)
                current = ""
                i = index(i, offsetBy: separator.count)
            } else {
                current.append(self[i])
                i = index(after: i)
            }
        }
        parts.append(current)
        return parts
    }
}

extension Substring {
    var trimmingSpaces: String { String(self).trimmingSpaces }
}

/// Wall-clock time per phase, printed to stderr at the end of a run.
struct PhaseTimer {
    let enabled: Bool
    private(set) var report = ""

    init(enabled: Bool) { self.enabled = enabled }

    mutating func phase<T, E: Error>(_ name: String, _ body: () throws(E) -> T) throws(E) -> T {
        guard enabled else { return try body() }
        let clock = ContinuousClock()
        let start = clock.now
        let value = try body()
        let d = clock.now - start
        let ms = Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
        report += "timing: \(name) \(Int(ms.rounded())) ms\n"
        return value
    }
}
