#if canImport(Glibc)
import Glibc
#endif
import VagttjekCore

/// `vagttjek diff PLANNED ACTUAL`: the published plan against what was worked (or a new version
/// of the plan against the old one): every change, who bore it, which were announced late
/// (`changed_on` in ACTUAL), and the legal findings the changes created (README «Plan versus reality»; how shifts
/// are matched: `RosterDiff`).
///
/// Both files are read and checked as `check` reads and checks one (the same options, the same
/// errors), so a finding "created by the changes" is one `check ACTUAL` gives and `check
/// PLANNED` does not. Exit code 1 when ACTUAL has legal errors PLANNED did not, 0 otherwise
/// (changes alone are not errors), 2 for bad input.
struct DiffCommand: Command {
    static let name = "diff"
    static let synopsis = LocalizedText(da: "vagttjek diff PLANLAGT.csv FAKTISK.csv", en: "vagttjek diff PLANNED.csv ACTUAL.csv")
    static let summary = LocalizedText(
        da: "sammenlign den planlagte plan med den faktiske: ændringer, sen varsling, nye lovbrud",
        en: "compare the planned roster with the actual one: changes, late notice, new breaches")
    static let usage = LocalizedText(da: "vagttjek diff PLANLAGT.csv FAKTISK.csv [tilvalg]", en: "vagttjek diff PLANNED.csv ACTUAL.csv [options]")
    static let about = LocalizedText(
        da: "Matcher hver medarbejders vagter i de to planer og viser hver ændring (tilføjet, fjernet, flyttet, afkortet, forlænget, ændret type), pr. medarbejder og afdeling, ændringer varslet under 4 dage før vagten (kolonnen changed_on/ændret i FAKTISK) og de fund, ændringerne har skabt. Exitkode 0, 1 når FAKTISK har lovbrud, som PLANLAGT ikke havde, 2 ved ugyldigt input.",
        en: "Matches each employee's shifts in the two rosters and shows every change (added, removed, moved, shortened, lengthened, changed kind), per employee and unit, changes announced less than 4 days before the shift (the changed_on column in ACTUAL) and the findings the changes created. Exit code 0, 1 when ACTUAL has legal errors PLANNED did not, 2 for invalid input.")
    static let format = OptionSpec("--format", value: "text|json|csv|csv-excel|html", da: "uddataformat (standard: text)", en: "output format (default: text)")
    static let columnsPlanned = OptionSpec(
        "--columns-planned", value: "MAP", da: "kolonnenavne kun for PLANLAGT (går forud for --columns)", en: "column names for PLANNED only (before --columns)")
    static let columnsActual = OptionSpec(
        "--columns-actual", value: "MAP", da: "kolonnenavne kun for FAKTISK (går forud for --columns)", en: "column names for ACTUAL only (before --columns)")
    static let options: [OptionSpec] = [
        columnsPlanned, columnsActual,
        CheckCommand.employees, CheckCommand.employeeColumns, CheckCommand.agreement, CheckCommand.policy, CheckCommand.period, CheckCommand.wishes,
        CheckCommand.columns,
        CheckCommand.kinds,
        format, CommonOptions.lang, CheckCommand.jobs, CommonOptions.help,
    ]

    enum Format: String { case text, json, csv, csvExcel = "csv-excel", html }

    let plannedPath: String, actualPath: String
    let reportFormat: Format
    /// The check of each file: the same options, one roster each.
    let planned: CheckCommand, actual: CheckCommand

    init(_ p: ParsedArguments) throws {
        guard p.positionals.count == 2 else {
            throw UsageError(
                da: "'diff' skal have to vagtplaner: vagttjek diff PLANLAGT.csv FAKTISK.csv (fik \(p.positionals.count)).",
                en: "'diff' needs two rosters: vagttjek diff PLANNED.csv ACTUAL.csv (got \(p.positionals.count)).")
        }
        plannedPath = p.positionals[0]
        actualPath = p.positionals[1]
        let f = p.value(Self.format) ?? "text"
        guard let parsed = Format(rawValue: f) else {
            throw UsageError(da: "--format skal være text, json, csv, csv-excel eller html (fik '\(f)').", en: "--format must be text, json, csv, csv-excel or html (got '\(f)').")
        }
        reportFormat = parsed
        // Each file is read from its own header; a plan from one system and the hours worked from
        // another may name their columns differently: `--columns-planned` / `--columns-actual`
        // go before `--columns` for their file.
        let shared = try ColumnMappings.parse(p.value(CheckCommand.columns), option: "--columns", as: RosterReader.Column.self)
        func options(_ path: String, _ own: OptionSpec) throws -> ParsedArguments {
            var one = p
            one.values[Self.format.name] = nil
            one.values[Self.columnsPlanned.name] = nil
            one.values[Self.columnsActual.name] = nil
            one.positionals = [path]
            let mine = try ColumnMappings.parse(p.value(own), option: own.name, as: RosterReader.Column.self)
            let merged = shared.merging(mine) { _, own in own }
            let ordered = RosterReader.Column.allCases.compactMap { c in merged[c].map { "\(c.rawValue)=\($0)" } }
            one.values[CheckCommand.columns.name] = ordered.isEmpty ? nil : [ordered.joined(separator: ",")]
            return one
        }
        planned = try CheckCommand(try options(plannedPath, Self.columnsPlanned))
        actual = try CheckCommand(try options(actualPath, Self.columnsActual))
    }

    func run(_ console: inout Console) throws -> ExitCode {
        var errors: [InputError] = []
        var inputs: [CheckInput] = []
        for command in [planned, actual] {
            do {
                inputs.append(try command.readInputs(&console).0)
            } catch let failure as InputFailure {
                if failure.isUsage { throw failure }
                errors += failure.errors
            }
        }
        var log = ChangeLog()
        do { log = try ChangeLog.read(path: actualPath, mapping: actual.mapping) } catch {
            if error.isUsage { throw error }
            // The roster reader has said what is wrong with the file itself.
            if errors.isEmpty { errors += error.errors }
        }
        // The same file twice would say its errors twice.
        var seen = Set<InputError>()
        errors = errors.filter { seen.insert($0).inserted }
        if !errors.isEmpty || inputs.count != 2 { throw InputFailure(errors) }
        let plannedResult = console.timing.phase("check") { Checker().check(inputs[0], jobs: planned.jobCount) }
        let actualResult = console.timing.phase("check") { Checker().check(inputs[1], jobs: actual.jobCount) }
        CheckCommand.sayWishNotices(actualResult.plan, &console)
        let directory = inputs[1].employees ?? inputs[0].employees
        let diff = console.timing.phase("diff") {
            RosterDiff(
                planned: inputs[0].roster, actual: inputs[1].roster, log: log, unitOf: { directory?[$0]?.unit },
                changeNoticeDays: inputs[1].policy.changeNoticeDays)
        }
        let (created, resolved) = console.timing.phase("new findings") { RosterDiff.newFindings(planned: plannedResult, actual: actualResult) }
        let report = DiffReport.Input(diff: diff, planned: plannedResult, actual: actualResult, created: created, resolved: resolved)
        let language = console.language
        let bytes = console.timing.phase("report") { () -> [UInt8] in
            switch reportFormat {
            case .text: return Array(DiffReport.text(report, language).utf8)
            case .json: return DiffReport.json(report, language)
            case .csv: return Array(DiffReport.csv(report).utf8)
            case .csvExcel: return DiffReport.excelCSV(report, language)
            case .html: return Array(DiffReport.html(report, language).utf8)
            }
        }
        // Straight to stdout when the executable runs (a large diff is tens of megabytes).
        if let file = console.stdoutFile {
            bytes.withUnsafeBufferPointer { b in if let base = b.baseAddress { _ = fwrite(base, 1, b.count, file) } }
            fflush(file)
        } else {
            console.stdout += String(decoding: bytes, as: UTF8.self)
        }
        return report.createdErrors > 0 ? .findings : .ok
    }
}
