import Glibc
import VagttjekCore

/// `vagttjek agreement FILE… [--roster R [--employees E]] [--on DATE]`: the TR's checklist for
/// local agreements (README «The agreement checklist»). Unlike `check`, an agreement that breaks the law is read and
/// reported item by item, not rejected; a file that cannot be read (bad JSON, unknown key,
/// wrong type) is still exit 2.
///
/// Exit code 1 when an item of any agreement fails (or a required one is missing), when the
/// roster reduces the rest or postpones a day off outside the agreements or their limits, or
/// when `check` on the same files has an error on rest or days off: all are things to correct
/// before the agreement or the plan is used. 0 otherwise.
struct AgreementCommand: Command {
    static let name = "agreement"
    static let synopsis = LocalizedText(da: "vagttjek agreement FIL…", en: "vagttjek agreement FILE…")
    static let summary = LocalizedText(
        da: "gennemgå en lokalaftale punkt for punkt (med --roster: hvordan vagtplanen bruger den)",
        en: "review a local agreement item by item (with --roster: how the roster uses it)")
    static let usage = LocalizedText(da: "vagttjek agreement FIL… [tilvalg]", en: "vagttjek agreement FILE… [options]")
    static let about = LocalizedText(
        da: "Gennemgår lokalaftaler om hviletid og fridøgn og decentrale arbejdstidsaftaler: skriftlig, opsigelse, knyttet til en opgave, tidsbegrænset, evaluering, kredsens godkendelse, begrundelse, lovens grænser, rådighedstjeneste som hvile, kompenserende hvile, udløb og evaluering pr. --on. Flere filer: hver for sig og overlap imellem dem. Exitkode 0, 1 når et punkt ikke holder, 2 ved ulæselige filer.",
        en: "Reviews local agreements on rest and days off and decentral working-time agreements: written, termination, tied to a task, time-limited, evaluation, union approval, reason, the law's bounds, on-call as rest, compensating rest, expiry and evaluation as of --on. Several files: each one, then the overlaps between them. Exit code 0, 1 when an item fails, 2 for unreadable files.")
    static let roster = OptionSpec("--roster", value: "FIL", da: "vagtplan (CSV): hvordan den bruger aftalerne", en: "roster (CSV): how it uses the agreements")
    static let employees = OptionSpec("--employees", value: "FIL", da: "medarbejderfil (CSV), fx for afdelinger", en: "employees file (CSV), e.g. for units")
    static let on = OptionSpec("--on", value: "DATO", da: "dagen, der gælder som i dag (standard: systemets dato)", en: "the day taken as today (default: the system date)")
    static let format = OptionSpec("--format", value: "text|json", da: "uddataformat (standard: text)", en: "output format (default: text)")
    static let template = OptionSpec(
        "--template", da: "skriv en skabelon til en aftalefil (JSON med danske nøgler og hjælpetekst) og stop",
        en: "write a template for an agreement file (JSON with help fields) and stop")
    static let options = [
        template, roster, employees, CheckCommand.codes, CheckCommand.sheet, CheckCommand.columns, CheckCommand.employeeColumns, on, format, CommonOptions.lang,
        CommonOptions.help,
    ]

    let files: [String]
    let rosterPath: String?
    let employeesPath: String?
    let today: Day
    let asJSON: Bool
    let mapping: [RosterReader.Column: String]
    /// `--codes` and `--sheet`, read as `check` reads them.
    let codesPath: String?, sheetName: String?
    let employeeMapping: [EmployeeDirectory.Column: String]
    /// `--template`: print the template and nothing else.
    let printsTemplate: Bool

    init(_ p: ParsedArguments) throws {
        printsTemplate = p.has(Self.template)
        guard !p.positionals.isEmpty || printsTemplate else {
            throw UsageError(da: "'agreement' skal have mindst én aftalefil: vagttjek agreement FIL…", en: "'agreement' needs at least one agreement file: vagttjek agreement FILE…")
        }
        files = p.positionals
        rosterPath = p.value(Self.roster)
        employeesPath = p.value(Self.employees)
        if employeesPath != nil && rosterPath == nil {
            throw UsageError(da: "--employees kræver --roster.", en: "--employees needs --roster.")
        }
        today = try p.date(Self.on) ?? Self.systemDay()
        asJSON = try p.isJSON(Self.format)
        mapping = try ColumnMappings.parse(p.value(CheckCommand.columns), option: "--columns", as: RosterReader.Column.self)
        employeeMapping = try ColumnMappings.parse(p.value(CheckCommand.employeeColumns), option: "--employee-columns", as: EmployeeDirectory.Column.self)
        if !mapping.isEmpty && rosterPath == nil { throw UsageError(da: "--columns kræver --roster.", en: "--columns needs --roster.") }
        codesPath = p.value(CheckCommand.codes)
        sheetName = p.value(CheckCommand.sheet)
        if (codesPath != nil || sheetName != nil) && rosterPath == nil {
            throw UsageError(da: "--codes og --sheet kræver --roster.", en: "--codes and --sheet need --roster.")
        }
        if !employeeMapping.isEmpty && employeesPath == nil {
            throw UsageError(da: "--employee-columns kræver --employees.", en: "--employee-columns needs --employees.")
        }
    }

    /// Today in Copenhagen by the system clock (seconds since 1970; vagttjek counts from 2000).
    static func systemDay() -> Day {
        let epoch1970 = CivilDate(year: 1970, month: 1, day: 1).dayNumber * minutesPerDay
        return Copenhagen.day(of: epoch1970 + Int(time(nil)) / 60)
    }

    func run(_ console: inout Console) throws -> ExitCode {
        if printsTemplate {
            console.stdout += Agreement.template(console.language)
            return .ok
        }
        var agreements: [Agreement] = []
        var errors: [InputError] = []
        for f in files {
            do { agreements.append(try Agreement.read(path: f, lawful: false)) } catch { errors += error.errors }
        }
        var usage: AgreementUsage?
        var roster: Roster?
        var directory: EmployeeDirectory?
        var legendNotices: [InputError] = []
        if let path = rosterPath {
            var reader = RosterReader(mapping: mapping)
            reader.limits = console.readLimits
            reader.sheet = sheetName
            if let c = codesPath {
                do {
                    reader.codes = try ShiftCodes.read(path: c)
                    legendNotices = reader.codes.notices
                } catch { errors += error.errors }
            }
            do {
                let result = try reader.read(path: path)
                roster = result.roster
                errors += result.errors
            } catch {
                if error.isUsage { throw error }
                errors += error.errors
            }
        }
        if let path = employeesPath {
            do { directory = try EmployeeDirectory.read(path: path, mapping: employeeMapping) } catch {
                if error.isUsage { throw error }
                errors += error.errors
            }
        }
        if !errors.isEmpty { throw InputFailure(errors) }
        // What the readers chose without an error (columns not read, ids read as one), as `check` says it.
        let word = console.language == .da ? "bemærk" : "note"
        for n in legendNotices + (roster?.notices ?? []) + (directory?.notices ?? []) {
            var said = InputError(file: n.file, line: n.line, column: n.column, da: "\(word): \(n.message.da)", en: "\(word): \(n.message.en)")
            said.cell = n.cell  // a workbook's notices name the cell
            console.stderr += said.rendered(console.language) + "\n"
        }
        if let roster {
            usage = AgreementUsage.measure(CheckInput(roster: roster, employees: directory, agreements: agreements))
        }
        let reviews = agreements.map { AgreementChecklist.review($0, on: today) }
        let overlaps = AgreementChecklist.overlaps(agreements)
        console.stdout += asJSON
            ? AgreementReport.json(reviews, overlaps: overlaps, usage: usage, console.language)
            : AgreementReport.text(reviews, overlaps: overlaps, usage: usage, console.language)
        let fails = reviews.contains { $0.fails } || !(usage?.isClear ?? true)
        return fails ? .findings : .ok
    }
}
