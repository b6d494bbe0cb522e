import VagttjekCore

/// `vagttjek generate`: a deterministic, realistic roster (and employees file) for benchmarks
/// and demos.
struct GenerateCommand: Command {
    static let name = "generate"
    static let synopsis = LocalizedText(da: "vagttjek generate --employees N --weeks W", en: "vagttjek generate --employees N --weeks W")
    static let summary = LocalizedText(da: "lav en realistisk vagtplan (benchmarks, demo)", en: "write a realistic roster (benchmarks, demos)")
    static let usage = LocalizedText(
        da: "vagttjek generate --employees N --weeks W [tilvalg]", en: "vagttjek generate --employees N --weeks W [options]")
    static let about = LocalizedText(
        da: "Skriver en realistisk vagtplan; samme frø giver samme fil.", en: "Writes a realistic roster; the same seed gives the same file.")

    static let employees = OptionSpec("--employees", value: "N", da: "antal medarbejdere", en: "number of employees")
    static let weeks = OptionSpec("--weeks", value: "W", da: "antal uger", en: "number of weeks")
    static let seed = OptionSpec("--seed", value: "S", da: "frø (samme frø giver samme fil; standard 1)", en: "seed (same seed, same file; default 1)")
    static let start = OptionSpec(
        "--start", value: "DATE", da: "første dag (flyttes til mandag; standard 2026-01-05)", en: "first day (moved to its Monday; default 2026-01-05)")
    static let violations = OptionSpec(
        "--violations", value: "RATE", da: "andel vagter gjort til brud, 0–1 (standard 0.01)", en: "share of shifts made into breaches, 0–1 (default 0.01)")
    static let output = OptionSpec("--output", value: "FILE", da: "vagtplanen (standard: stdout)", en: "the roster (default: stdout)")
    static let employeesOutput = OptionSpec("--employees-output", value: "FILE", da: "skriv også medarbejderfilen", en: "also write the employees file")
    static let options = [employees, weeks, seed, start, violations, output, employeesOutput, CommonOptions.lang, CommonOptions.help]

    var generator: RosterGenerator
    let outputPath: String?
    let employeesPath: String?

    init(_ arguments: ParsedArguments) throws {
        try Self.rejectPositionals(arguments)
        func required(_ option: OptionSpec, _ range: ClosedRange<Int>) throws -> Int {
            guard let n = try arguments.whole(option, in: range) else {
                throw UsageError(da: "'generate' kræver \(option.name).", en: "'generate' needs \(option.name).")
            }
            return n
        }
        generator = RosterGenerator(employees: try required(Self.employees, 1...1_000_000), weeks: try required(Self.weeks, 1...520))
        if let s = arguments.value(Self.seed) {
            guard let seed = UInt64(s) else { throw UsageError(da: "--seed skal være et helt tal ≥ 0 (fik '\(s)').", en: "--seed must be a whole number ≥ 0 (got '\(s)').") }
            generator.seed = seed
        }
        if let day = try arguments.date(Self.start) { generator.start = day }
        if let v = arguments.value(Self.violations) {
            guard let rate = Double(v), rate >= 0, rate <= 1 else { throw UsageError(da: "--violations skal være et tal 0–1 (fik '\(v)').", en: "--violations must be a number 0–1 (got '\(v)').") }
            generator.violationRate = rate
        }
        outputPath = arguments.value(Self.output)
        employeesPath = arguments.value(Self.employeesOutput)
        // Two outputs of one command are never one file: the employees file would replace the roster.
        if let a = outputPath, let b = employeesPath, a == b || (OutputFile.identity(a).map { x in OutputFile.identity(b).map { $0 == x } ?? false } ?? false) {
            throw UsageError(
                da: "--output og --employees-output er den samme fil (\(b)); medarbejderfilen ville erstatte vagtplanen. Vælg to filer.",
                en: "--output and --employees-output are the same file (\(b)); the employees file would replace the roster. Choose two files.")
        }
    }

    func run(_ console: inout Console) throws -> ExitCode {
        if let path = outputPath {
            guard OutputFile.write(to: path, { sink in generator.rosterCSV(to: sink) }) else {
                throw InputFailure([InputError(file: path, da: "kan ikke skrive filen", en: "cannot write the file")])
            }
        } else {
            console.stdout += String(decoding: generator.rosterCSV(), as: UTF8.self)
        }
        if let path = employeesPath {
            guard OutputFile.write(bytes: generator.employeesCSV(), to: path) else {
                throw InputFailure([InputError(file: path, da: "kan ikke skrive filen", en: "cannot write the file")])
            }
        }
        return .ok
    }
}
