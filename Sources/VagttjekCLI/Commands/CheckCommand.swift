import VagttjekCore

#if canImport(Glibc)
import Glibc
#endif

/// `vagttjek check ROSTER.csv`: reads the roster and every other input, reports every input
/// error at once (exit 2), runs every rule and streams the report (exit 1 on errors, or on
/// warnings with `--strict`).
struct CheckCommand: Command {
    static let name = "check"
    static let synopsis = LocalizedText(da: "vagttjek check ROSTER.csv [tilvalg]", en: "vagttjek check ROSTER.csv [options]")
    static let summary = LocalizedText(da: "tjek en vagtplan (se 'vagttjek check --help')", en: "check a roster (see 'vagttjek check --help')")
    static let usage = LocalizedText(da: "vagttjek check ROSTER.csv [tilvalg]", en: "vagttjek check ROSTER.csv [options]")
    static let about = LocalizedText(
        da: "Tjekker vagtplanen mod hviletid, fridøgn, 48 timer og varsling; flere filer tjekkes som én (en medarbejder i flere af dem er én medarbejder). Exitkode 0 ingen fejl, 1 fejl fundet, 2 ugyldigt input.",
        en: "Checks the roster against rest, days off, 48 hours and notice; several files are checked as one (an employee in several of them is one employee). Exit code 0 no errors, 1 errors found, 2 invalid input.")

    static let employees = OptionSpec("--employees", value: "FILE", da: "medarbejdere (CSV): fødselsdato, faggruppe, enhed …", en: "employees (CSV): birth date, group, unit …")
    static let agreement = OptionSpec("--agreement", value: "FILE", repeatable: true, da: "lokalaftale (JSON); kan gentages", en: "local agreement (JSON); repeatable")
    static let policy = OptionSpec("--policy", value: "FILE", da: "politik (JSON): profil, tærskler, natperiode", en: "policy (JSON): profile, thresholds, night period")
    static let published = OptionSpec("--published", value: "DATE", da: "datoen planen blev udleveret (ÅÅÅÅ-MM-DD)", en: "the date the plan was handed out (YYYY-MM-DD)")
    static let period = OptionSpec("--period", value: "FROM..TO", da: "planperioden, f.eks. 2026-03-02..2026-03-29", en: "the plan period, e.g. 2026-03-02..2026-03-29")
    static let previous = OptionSpec("--previous", value: "FILE", da: "forrige periodes vagtplan (historik)", en: "the previous period's roster (history)")
    static let accept = OptionSpec(
        "--accept", value: "FILE", da: "accepterede fund (CSV: medarbejder, regel, dato, begrundelse; evt. gyldig til, accepteret af)",
        en: "accepted findings (CSV: employee, rule, date, reason; optionally valid until, accepted by)")
    static let rotation: OptionSpec = {
        var o = OptionSpec(
            "--rotation", value: nil, da: "planperioden er én cyklus af en rulleplan (hele uger), der vurderes hen over skiftet; --rotation N: filens første N uger",
            en: "the plan period is one cycle of a repeating plan (whole weeks), judged across the wrap; --rotation N: the file's first N weeks")
        o.optionalNumber = true
        return o
    }()
    static let wishes = OptionSpec(
        "--wishes", value: "FILE", da: "medarbejdernes ønsker (CSV: employee, date, wish = off/fri eller en vagtkode)",
        en: "the staff's wishes (CSV: employee, date, wish = off/fri or a shift code)")
    static let codes = OptionSpec(
        "--codes", value: "FILE", da: "kodeliste (CSV: kode, start, slut, type): hvad vagtkoderne D, A, N, F betyder",
        en: "legend of shift codes (CSV: code, start, end, kind): what the codes D, A, N, F mean")
    static let sheet = OptionSpec("--sheet", value: "NAME", da: "arket i en Excel-fil (.xlsx), der skal læses (standard: det første)", en: "the sheet of an Excel file (.xlsx) to read (default: the first)")
    static let columns = OptionSpec("--columns", value: "MAP", da: "kolonnenavne, f.eks. employee=Medarbejdernr,start=Fra,end=Til", en: "column names, e.g. employee=Medarbejdernr,start=Fra,end=Til")
    static let employeeColumns = OptionSpec(
        "--employee-columns", value: "MAP", da: "medarbejderfilens kolonnenavne, f.eks. pregnancy_confirmed=Gravid,employee=Lønnr",
        en: "the employees file's column names, e.g. pregnancy_confirmed=Gravid,employee=Lønnr")
    static let kinds = OptionSpec(
        "--kinds", value: "MAP", da: "eksportens egne typer, f.eks. Rådighed=oncall-home,Feriefridag=vacation",
        en: "the export's own kinds, e.g. Rådighed=oncall-home,Feriefridag=vacation")
    static let format = OptionSpec("--format", value: "text|json|csv|csv-excel|html", da: "uddataformat (standard: text; csv-excel: til dansk Excel; html: én side til browser og print)", en: "output format (default: text; csv-excel: for Danish Excel; html: one page for the browser and print)")
    static let output = OptionSpec("--output", value: "FILE", da: "skriv rapporten til en fil i stedet for stdout", en: "write the report to a file instead of stdout")
    static let strict = OptionSpec("--strict", da: "advarsler giver også exitkode 1", en: "warnings also give exit code 1")
    static let redact = OptionSpec("--redact", da: "udelad navne (kun id'er)", en: "leave names out (ids only)")
    static let skipInvalid = OptionSpec("--skip-invalid", da: "spring ugyldige rækker over (rapporteres; exit 2)", en: "skip invalid rows (reported; exit 2)")
    static let allowInvalid = OptionSpec("--allow-invalid", da: "med --skip-invalid: exitkode efter fundene", en: "with --skip-invalid: exit code from the findings")
    static let jobs = OptionSpec("--jobs", value: "N", da: "antal tråde (standard: alle kerner)", en: "threads (default: all cores)")
    static let severity = OptionSpec(
        "--severity", value: "error|warning|info", da: "vis kun fund af denne alvor og alvorligere (warning: fejl og advarsler)",
        en: "show only findings of this severity and more severe (warning: errors and warnings)")
    static let rule = OptionSpec(
        "--rule", value: "ID", repeatable: true, da: "vis kun denne regel; et præfiks som rec. eller rest. vælger flere; kan gentages",
        en: "show only this rule; a prefix such as rec. or rest. selects several; repeatable")
    static let unit = OptionSpec("--unit", value: "NAME", repeatable: true, da: "vis kun denne afdeling; kan gentages", en: "show only this unit; repeatable")
    static let employee = OptionSpec("--employee", value: "ID", repeatable: true, da: "vis kun denne medarbejder; kan gentages", en: "show only this employee; repeatable")
    static let summaryOnly = OptionSpec(
        "--summary", da: "kun optællinger pr. regel, afdeling og medarbejder (tekst)", en: "counts per rule, unit and employee only (text)")
    static let options: [OptionSpec] = [
        employees, employeeColumns, agreement, policy, published, period, previous, rotation, wishes, accept, codes, sheet, columns, kinds, format, CommonOptions.lang, output, strict,
        redact, severity, rule, unit, employee, summaryOnly, skipInvalid, allowInvalid, jobs, CommonOptions.help,
    ]

    enum Format: String { case text, json, csv, csvExcel = "csv-excel", html }

    // The typed options, every value checked in `init`.
    /// The roster files (several are checked as one; an employee may be in only one of them).
    let rosterPaths: [String]
    let employeesPath: String?
    let agreementPaths: [String]
    let policyPath: String?
    let previousPath: String?
    let wishesPath: String?
    /// `--accept`: findings accepted with a reason.
    let acceptPath: String?
    /// `--rotation [N]`: nil without it; `.some(nil)` for the whole period; `.some(N)` for N weeks.
    let rotationWeeks: Int??
    let codesPath: String?
    let sheetName: String?
    let publishedDay: Day?
    let planPeriod: ClosedRange<Day>?
    let mapping: [RosterReader.Column: String]
    let employeeMapping: [EmployeeDirectory.Column: String]
    let kindMapping: [String: ShiftKind]
    let reportFormat: Format
    let outputPath: String?
    let isStrict: Bool
    let isRedacted: Bool
    let skipsInvalid: Bool
    let allowsInvalid: Bool
    let jobCount: Int
    /// `--lang` was given (else the policy's `language` may set it).
    let languageGiven: Bool
    let filter: FindingFilter
    let isSummary: Bool

    init(_ p: ParsedArguments) throws {
        guard !p.positionals.isEmpty else {
            throw UsageError(da: "'check' kræver en vagtplan: vagttjek check ROSTER.csv", en: "'check' needs a roster: vagttjek check ROSTER.csv")
        }
        rosterPaths = p.positionals
        if let f = p.value(Self.format) {
            guard let parsed = Format(rawValue: f) else {
                throw UsageError(da: "--format skal være text, json, csv, csv-excel eller html (fik '\(f)').", en: "--format must be text, json, csv, csv-excel or html (got '\(f)').")
            }
            reportFormat = parsed
        } else {
            reportFormat = .text
        }
        publishedDay = try p.date(Self.published)
        if let text = p.value(Self.period) {
            let bounds = text.components(separatedByString: "..")
            guard bounds.count == 2, let from = TimestampParser.parseDate(bounds[0]), let to = TimestampParser.parseDate(bounds[1]), from <= to else {
                throw UsageError(da: "--period skal være FRA..TIL, f.eks. 2026-03-02..2026-03-29 (fik '\(text)').", en: "--period must be FROM..TO, e.g. 2026-03-02..2026-03-29 (got '\(text)').")
            }
            planPeriod = from...to
        } else {
            planPeriod = nil
        }
        jobCount = try p.whole(Self.jobs, in: 1...1024) ?? 0
        mapping = try ColumnMappings.parse(p.value(Self.columns), option: "--columns", as: RosterReader.Column.self)
        employeeMapping = try ColumnMappings.parse(p.value(Self.employeeColumns), option: "--employee-columns", as: EmployeeDirectory.Column.self)
        if employeeMapping.count > 0 && p.value(Self.employees) == nil {
            throw UsageError(da: "--employee-columns kræver --employees.", en: "--employee-columns needs --employees.")
        }
        var kindMapping: [String: ShiftKind] = [:]
        if let m = p.value(Self.kinds) {
            for pair in m.split(separator: ",") {
                let kv = pair.split(separator: "=", maxSplits: 1).map { String($0).trimmingSpaces }
                guard kv.count == 2, !kv[0].isEmpty, let kind = ShiftKind.parse(kv[1]), !kv[1].isEmpty else {
                    let known = ShiftKind.allCases.map(\.name).joined(separator: ", ")
                    throw UsageError(
                        da: "--kinds: '\(pair)' skal være Værdi=type, hvor type er en af \(known).",
                        en: "--kinds: '\(pair)' must be Value=kind, where kind is one of \(known).")
                }
                kindMapping[kv[0].lowercased()] = kind
            }
        }
        self.kindMapping = kindMapping
        skipsInvalid = p.has(Self.skipInvalid)
        allowsInvalid = p.has(Self.allowInvalid)
        if allowsInvalid && !skipsInvalid {
            throw UsageError(da: "--allow-invalid kræver --skip-invalid.", en: "--allow-invalid needs --skip-invalid.")
        }
        employeesPath = p.value(Self.employees)
        agreementPaths = p.all(Self.agreement)
        policyPath = p.value(Self.policy)
        previousPath = p.value(Self.previous)
        wishesPath = p.value(Self.wishes)
        acceptPath = p.value(Self.accept)
        if p.has(Self.rotation) {
            if let text = p.value(Self.rotation) {
                guard let n = Int(text), n >= 1, n <= 520 else {
                    throw UsageError(da: "--rotation N skal være et antal uger 1–520 (fik '\(text)').", en: "--rotation N must be a number of weeks 1–520 (got '\(text)').")
                }
                rotationWeeks = .some(n)
            } else {
                rotationWeeks = .some(nil)
            }
        } else {
            rotationWeeks = nil
        }
        codesPath = p.value(Self.codes)
        sheetName = p.value(Self.sheet)
        // `--output -` is stdout, as for every input that is `-`.
        outputPath = p.value(Self.output).flatMap { $0 == "-" ? nil : $0 }
        // The report must not replace an input (a typo in a script would destroy the roster).
        if let out = outputPath, out != "-", let target = OutputFile.identity(out) {
            let inputs = rosterPaths + [employeesPath, policyPath, previousPath, wishesPath, acceptPath, codesPath].compactMap { $0 } + agreementPaths
            if let same = inputs.first(where: { OutputFile.identity($0).map { $0 == target } ?? false }) {
                throw UsageError(
                    da: "--output \(out) er den samme fil som inputtet \(same == "-" ? "- (standardinput)" : same); rapporten ville erstatte den. Vælg en anden fil.",
                    en: "--output \(out) is the same file as the input \(same == "-" ? "- (standard input)" : same); the report would replace it. Choose another file.")
            }
        }
        isStrict = p.has(Self.strict)
        isRedacted = p.has(Self.redact)
        languageGiven = p.value(CommonOptions.lang) != nil
        var filter = FindingFilter()
        if let s = p.value(Self.severity) {
            let words: [String: Severity] = ["error": .error, "fejl": .error, "warning": .warning, "advarsel": .warning, "info": .info]
            guard let level = words[s.lowercased()] else {
                throw UsageError(da: "--severity skal være error, warning eller info (fik '\(s)').", en: "--severity must be error, warning or info (got '\(s)').")
            }
            filter.leastSeverity = level
        }
        for written in p.all(Self.rule) {
            let id = Self.loose(written)  // rule ids are lower case: `REST.daily` is `rest.daily`
            guard RuleRegistry.ids.contains(where: { id.hasSuffix(".") ? $0.hasPrefix(id) : $0 == id }) else {
                let hint = ArgumentParser.closest(id, among: RuleRegistry.ids).map { (" Mente du \($0)?", " Did you mean \($0)?") } ?? ("", "")
                throw UsageError(
                    da: "--rule: ingen regel hedder '\(written)' (se 'vagttjek rules'; et præfiks slutter med punktum, f.eks. rest.).\(hint.0)",
                    en: "--rule: no rule is called '\(written)' (see 'vagttjek rules'; a prefix ends with a full stop, e.g. rest.).\(hint.1)")
            }
            filter.rules.append(id)
        }
        filter.units = p.all(Self.unit)
        filter.employees = p.all(Self.employee).map(EmployeeID.fold)
        self.filter = filter
        isSummary = p.has(Self.summaryOnly)
        if isSummary && reportFormat != .text {
            throw UsageError(
                da: "--summary gælder tekstrapporten; JSON og CSV har optællingerne pr. regel i summary (fik --format \(reportFormat.rawValue)).",
                en: "--summary is for the text report; JSON and CSV carry the counts per rule in summary (got --format \(reportFormat.rawValue)).")
        }
    }

    func run(_ console: inout Console) throws -> ExitCode {
        let input: CheckInput, skipped: [InputError], acceptances: Acceptances?
        do {
            (input, skipped, acceptances) = try readInputs(&console)
        } catch let failure as InputFailure {
            // A program reading the JSON learns why there is none; `--output` is left untouched
            // (an earlier report there stays whole), and stderr lists the errors as always.
            // stdout holds the document also with `--output` (the report's file, left as it was).
            if reportFormat == .json && !failure.isUsage { writeInputErrors(failure.errors, omitted: failure.omitted, &console) }
            throw failure
        }
        var result: CheckResult
        if let weeks = rotationWeeks {
            do { result = try console.timing.phase("check") { () throws(Rotation.Failure) in try Rotation.check(input, weeks: weeks, jobs: jobCount) } } catch {
                throw UsageError(da: error.text.da + ".", en: error.text.en + ".")
            }
            // Rows outside the cycle are not judged: said, not passed over.
            let plan = result.plan
            let outside = input.roster.shifts.filter { $0.startMinute < plan.periodStart || $0.startMinute >= plan.periodEnd }.count
            if outside > 0 {
                let cycle = "\(TimeFormat.danishDate(plan.firstDay)) – \(TimeFormat.danishDate(plan.lastDay))"
                console.stderr += terminalSafe(input.roster.file) + (console.language == .da
                    ? ": bemærk: \(outside) \(outside == 1 ? "række ligger" : "rækker ligger") uden for rulleplanens cyklus \(cycle) og vurderes ikke\n"
                    : ": note: \(outside) \(outside == 1 ? "row lies" : "rows lie") outside the rotation's cycle \(cycle) and \(outside == 1 ? "is" : "are") not judged\n")
            }
        } else {
            result = console.timing.phase("check") { Checker().check(input, jobs: jobCount) }
        }
        if let acceptances { result = result.accepting(acceptances) }
        Self.sayWishNotices(result.plan, &console)
        if let path = employeesPath, !result.employeesWithoutFacts.isEmpty {
            console.stderr += Self.missingFromEmployeesNotice(result.employeesWithoutFacts, path, console.language)
        }
        let days = result.plan.lastDay - result.plan.firstDay + 1
        if days < 7 {
            // DESIGN.md «Averages need a week»: said once, not per employee (the rules stay silent).
            let da = console.language == .da
            console.stderr += terminalSafe(result.plan.roster.file) + (da
                ? ": bemærk: perioden er kortere end en uge (\(days) \(days == 1 ? "dag" : "dage")); gennemsnittene (højst 48 timer om ugen, natarbejderes 8 timer pr. døgn) vurderes ikke\n"
                : ": note: the period is shorter than a week (\(days) \(days == 1 ? "day" : "days")); the averages (at most 48 hours a week, night workers' 8 hours per 24 hours) are not judged\n")
        }
        let shown = result.filtered(try resolvedFilter(result))
        try writeReport(shown, input.employees, &console)
        if skipsInvalid && !skipped.isEmpty && !allowsInvalid { return .invalidInput }
        // The exit code follows what is shown (the report says what the filter hid).
        if shown.errors > 0 || (isStrict && shown.warnings > 0) { return .findings }
        return .ok
    }

    /// The wishes `rec.12` does not judge (an employee without shifts, a day outside the
    /// period), on stderr as notes: nothing in an input is passed over unsaid.
    static func sayWishNotices(_ plan: PlanContext, _ console: inout Console) {
        let word = console.language == .da ? "bemærk" : "note"
        for n in plan.wishNotices {
            console.stderr += InputError(file: n.file, line: n.line, column: n.column, da: "\(word): \(n.message.da)", en: "\(word): \(n.message.en)")
                .rendered(console.language) + "\n"
        }
    }

    /// The files and how to read them, as the core's `CheckFiles`.
    var files: CheckFiles {
        var f = CheckFiles(rosters: rosterPaths)
        f.employees = employeesPath
        f.agreements = agreementPaths
        f.policy = policyPath
        f.previous = previousPath
        f.wishes = wishesPath
        f.accept = acceptPath
        f.codes = codesPath
        f.sheet = sheetName
        f.columns = mapping
        f.employeeColumns = employeeMapping
        f.kinds = kindMapping
        f.published = publishedDay
        f.period = planPeriod
        f.redactsPersonalData = isRedacted
        f.skipsInvalidRows = skipsInvalid
        f.jobs = jobCount
        return f
    }

    /// Reads every input (`CheckFiles.read`: every input error at once); with `--skip-invalid`
    /// the rows in error are listed on stderr and left out. Returns the input and the skipped rows.
    func readInputs(_ console: inout Console) throws -> (CheckInput, [InputError], Acceptances?) {
        // Progress only where a run takes long enough to wonder (about a second: 100 MB).
        var bytes = 0
        for path in rosterPaths {
            var info = stat()
            if stat(path, &info) == 0 { bytes += Int(info.st_size) }
        }
        console.timing.language = console.language
        console.timing.showsProgress = bytes >= console.progressBytes
        var files = self.files
        files.limits = console.readLimits
        let read: CheckFiles.Read
        do {
            read = try console.timing.phase("read+parse") { () throws(InputFailure) in try files.read() }
        } catch {
            if !languageGiven, let l = error.language { console.language = l }
            throw error
        }
        for s in read.strategies { console.timing.note("read as \(s)") }
        if !languageGiven, let l = read.input.policy.language { console.language = l }
        let language = console.language
        let roster = read.input.roster
        try Self.checkPeriodHoldsShifts(planPeriod, roster)
        if skipsInvalid && !read.skipped.isEmpty {
            var listed = InputFailure(read.skipped)
            listed.omitted = read.omitted.values.reduce(0) { $0 + $1.rows }
            for line in listed.rendered(language) { console.stderr += line + "\n" }
            console.stderr += Self.skipSummary(read.skipped, omitted: read.omitted, read: read.shiftsRead, language)
            if roster.shifts.isEmpty {
                throw InputFailure([
                    InputError(file: roster.file, da: "ingen gyldige vagter tilbage at kontrollere", en: "no valid shifts left to check")
                ])
            }
        }
        let notice = language == .da ? "bemærk" : "note"
        for n in read.notices {
            var said = InputError(
                file: n.file.isEmpty ? "vagttjek" : n.file, line: n.line, column: n.column, da: "\(notice): \(n.message.da)", en: "\(notice): \(n.message.en)")
            said.cell = n.cell
            console.stderr += said.rendered(language) + "\n"
        }
        return (read.input, read.skipped, read.acceptances)
    }

    /// The notice naming the roster's employees that `--employees` does not list (their night,
    /// pregnancy and senior facts cannot be judged), wrapped at about 100 characters.
    static func missingFromEmployeesNotice(_ ids: [String], _ file: String, _ language: Language) -> String {
        let da = language == .da
        var out = terminalSafe(file) + (da
            ? ": bemærk: \(ids.count) \(ids.count == 1 ? "medarbejder" : "medarbejdere") i vagtplanen står ikke i filen; deres nat-, graviditets- og seniorforhold kan ikke vurderes:\n"
            : ": note: \(ids.count) \(ids.count == 1 ? "employee" : "employees") in the roster \(ids.count == 1 ? "is" : "are") not in the file; their night, pregnancy and senior facts cannot be judged:\n")
        var line = " "
        for (i, id) in ids.enumerated() {
            let word = " " + shown(id) + (i + 1 < ids.count ? "," : "")
            if line.count + word.count > 100 {
                out += line + "\n"
                line = " "
            }
            line += word
        }
        return out + line + "\n"
    }

    /// What `--skip-invalid` left out, exactly, per file: the rows in error, the lines they
    /// cover (a stray quote can swallow several), and how many shifts were read from how many
    /// data lines (so a gap cannot hide).
    static func skipSummary(_ skipped: [InputError], omitted: [String: CheckFiles.OmittedRows] = [:], read: [String: Int], _ language: Language) -> String {
        var out = ""
        var files: [String] = []
        var rows: [String: [Int: Int]] = [:]  // file → first line → lines covered
        for e in skipped {
            if rows[e.file] == nil { files.append(e.file); rows[e.file] = [:] }
            rows[e.file]![e.line ?? 0] = max(rows[e.file]![e.line ?? 0] ?? 0, e.lineCount)
        }
        for file in files {
            let bad = rows[file]!, more = omitted[file] ?? CheckFiles.OmittedRows(rows: 0, lines: 0)
            let count = bad.count + more.rows, lines = bad.values.reduce(0, +) + more.lines
            let shifts = read[file] ?? 0
            let data = RosterReader.dataLineCount(path: file)
            let da = language == .da
            var text = da
                ? "vagttjek: \(file): \(count) \(count == 1 ? "ugyldig række" : "ugyldige rækker")"
                : "vagttjek: \(file): \(count) invalid \(count == 1 ? "row" : "rows")"
            if lines != count { text += da ? " på \(lines) linjer" : " on \(lines) lines" }
            text += da ? " sprunget over; \(shifts) \(shifts == 1 ? "vagt" : "vagter") læst" : " skipped; \(shifts) \(shifts == 1 ? "shift" : "shifts") read"
            if let data { text += da ? " af \(data) datalinjer" : " from \(data) data lines" }
            out += text + ".\n"
        }
        return out
    }

    /// The input errors as JSON on stdout (`ReportWriter.jsonInputErrors`). A stdout that cannot
    /// be written changes nothing: the run exits 2 for the input, and stderr has the errors.
    func writeInputErrors(_ errors: [InputError], omitted: Int = 0, _ console: inout Console) {
        var collected: [UInt8] = []
        let stdoutFile = console.stdoutFile
        ReportWriter.jsonInputErrors(errors, omitted: omitted, console.language) { piece in
            if let stdoutFile {
                if !piece.isEmpty { _ = fwrite(piece.baseAddress, 1, piece.count, stdoutFile) }
            } else {
                collected.append(contentsOf: piece)
            }
        }
        if let stdoutFile { fflush(stdoutFile) }
        console.stdout += String(decoding: collected, as: UTF8.self)
    }

    /// Streams the report to `--output` or stdout piece by piece (never whole in memory).
    func writeReport(_ result: CheckResult, _ employees: EmployeeDirectory?, _ console: inout Console) throws {
        var options = ReportOptions()
        options.language = console.language
        options.redact = isRedacted
        options.jobs = jobCount
        options.summaryOnly = isSummary
        options.colors = reportFormat == .text && outputPath == nil && console.colorsAllowed
        // Names: the roster's own `name` column, then `--employees` (HR's register) over it.
        let roster = result.plan.roster
        for (k, id) in roster.employeeIDs.enumerated() where k < roster.employeeNames.count {
            if let n = roster.employeeNames[k] { options.names[id] = n }
        }
        if let employees { for e in employees.employees { if let n = e.name { options.names[e.id] = n } } }
        // To `--output`: a temporary file renamed over the target when all went well.
        var output: OutputFile?
        if let path = outputPath {
            output = OutputFile(path: path)
            if output == nil {
                throw OutputError(da: "\(path): kan ikke skrive rapporten hertil", en: "\(path): cannot write the report here")
            }
        }
        var failed = false
        var collected: [UInt8] = []
        let stdoutFile = console.stdoutFile
        let sink: ReportWriter.Sink = { piece in
            if output != nil {
                output!.write(piece)
            } else if let stdoutFile {
                if !piece.isEmpty && fwrite(piece.baseAddress, 1, piece.count, stdoutFile) != piece.count { failed = true }
            } else {
                collected.append(contentsOf: piece)
            }
        }
        let format = reportFormat
        console.timing.phase("report") {
            switch format {
            case .text: ReportWriter.text(result, options, to: sink)
            case .json: ReportWriter.json(result, options, to: sink)
            case .csv: ReportWriter.csv(result, options, to: sink)
            case .csvExcel: ReportWriter.excelCSV(result, options, to: sink)
            case .html: ReportWriter.html(result, options, to: sink)
            }
        }
        if let path = outputPath, let finished = output.take(), !finished.commit() {
            throw OutputError(
                da: "\(path): kan ikke skrive rapporten hertil (disken fuld?); en tidligere rapport er ikke rørt",
                en: "\(path): cannot write the report here (disk full?); an earlier report is untouched")
        }
        if let stdoutFile, output == nil, fflush(stdoutFile) != 0 || failed {
            throw OutputError(
                da: "kan ikke skrive rapporten til standard output (disken fuld eller røret lukket)",
                en: "cannot write the report to standard output (disk full or pipe closed)")
        }
        console.stdout += String(decoding: collected, as: UTF8.self)
    }
}
