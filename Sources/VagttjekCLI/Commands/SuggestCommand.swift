import VagttjekCore

/// `vagttjek suggest ROSTER [the options of check] [--output REPAIRED] [--max-changes N]`: a
/// repaired plan that keeps the coverage and clears errors by changing only who works a shift
/// (`RepairSearch`). The proposal goes to stdout; `--output` is the repaired roster. Exit code 0
/// when the proposal leaves no error, 1 when errors remain, 2 for bad input.
struct SuggestCommand: Command {
    static let name = "suggest"
    static let synopsis = LocalizedText(da: "vagttjek suggest VAGTPLAN.csv", en: "vagttjek suggest ROSTER.csv")
    static let summary = LocalizedText(
        da: "foreslå en rettet plan: samme vagter, kun hvem der har dem ændres", en: "propose a repaired plan: the same shifts, only who works them changes")
    static let usage = LocalizedText(da: "vagttjek suggest VAGTPLAN.csv [tilvalg]", en: "vagttjek suggest ROSTER.csv [options]")
    static let about = LocalizedText(
        da: "Foreslår de færreste ændringer, der retter fejlene uden at skabe nye: en vagt gives til en kollega i samme afdeling, eller to vagter byttes. Hvert forslag tjekkes igen af samme motor. --output skriver den rettede plan i filens egne kolonner. Exitkode 0 når ingen fejl er tilbage, 1 ellers, 2 ved ugyldigt input.",
        en: "Proposes the fewest changes that clear the errors without creating new ones: a shift goes to a colleague in the same unit, or two shifts are swapped. Every proposal is checked again by the same engine. --output writes the repaired roster in the file's own columns. Exit code 0 when no error is left, 1 otherwise, 2 for invalid input.")
    static let output = OptionSpec("--output", value: "FIL", da: "den rettede vagtplan (CSV)", en: "the repaired roster (CSV)")
    static let maxChanges = OptionSpec("--max-changes", value: "N", da: "højst så mange ændringer (standard 10)", en: "at most this many changes (default 10)")
    static let format = OptionSpec("--format", value: "text|json", da: "uddataformat (standard: text)", en: "output format (default: text)")
    static let options: [OptionSpec] = [
        output, maxChanges,
        CheckCommand.employees, CheckCommand.employeeColumns, CheckCommand.agreement, CheckCommand.policy, CheckCommand.period, CheckCommand.published,
        CheckCommand.wishes, CheckCommand.codes, CheckCommand.sheet, CheckCommand.columns, CheckCommand.kinds,
        format, CommonOptions.lang, CheckCommand.jobs, CommonOptions.help,
    ]

    let check: CheckCommand
    let outputPath: String?
    let limit: Int
    let asJSON: Bool

    init(_ p: ParsedArguments) throws {
        guard p.positionals.count == 1 else {
            throw UsageError(da: "'suggest' skal have én vagtplan: vagttjek suggest VAGTPLAN.csv (fik \(p.positionals.count)).",
                             en: "'suggest' needs one roster: vagttjek suggest ROSTER.csv (got \(p.positionals.count)).")
        }
        outputPath = p.value(Self.output)
        limit = try p.whole(Self.maxChanges, in: 1...1000) ?? 10
        asJSON = try p.isJSON(Self.format)
        var one = p
        for o in [Self.output, Self.maxChanges, Self.format] { one.values[o.name] = nil }
        check = try CheckCommand(one)
        if let out = outputPath, let target = OutputFile.identity(out), OutputFile.identity(p.positionals[0]).map({ $0 == target }) == true {
            throw UsageError(da: "--output \(out) er selve vagtplanen; vælg en anden fil.", en: "--output \(out) is the roster itself; choose another file.")
        }
    }

    func run(_ console: inout Console) throws -> ExitCode {
        let input = try check.readInputs(&console).0
        var search = RepairSearch()
        search.maxChanges = limit
        let proposal = console.timing.phase("suggest") { search.propose(input, jobs: check.jobCount) }
        console.stdout += asJSON ? RepairReport.json(proposal, console.language) : RepairReport.text(proposal, console.language)
        if let path = outputPath {
            let roster = proposal.before.plan.roster
            var lines: [Int: String] = [:]
            for (i, s) in input.roster.shifts.enumerated() where proposal.assignment[i] != s.employee {
                lines[Int(s.line)] = roster.employeeIDs[Int(proposal.assignment[i])]
            }
            var rewritten = input.roster.files.count <= 1 ? RosterRewrite.rewrite(path: check.rosterPaths[0], mapping: check.mapping, lines: lines) : nil
            if rewritten == nil && input.roster.files.count <= 1 {
                // A grid comes back as a grid: the day cells that changed hands.
                var reader = RosterReader(mapping: check.mapping)
                reader.period = check.planPeriod
                let ids = roster.employeeIDs, shifts = input.roster.shifts
                let moves = proposal.changes.map { c -> RosterRewrite.CellMove in
                    switch c.action {
                    case .reassign(let i, _), .swap(let i, _):
                        let swap: Bool
                        if case .swap = c.action { swap = true } else { swap = false }
                        return RosterRewrite.CellMove(from: ids[Int(c.from)], to: ids[Int(c.to)], day: Copenhagen.day(of: shifts[i].startMinute), swap: swap)
                    }
                }
                rewritten = RosterRewrite.rewriteGrid(path: check.rosterPaths[0], reader: reader, moves: moves)
            }
            if rewritten == nil {
                console.stderr += console.language == .da
                    ? "vagttjek: bemærk: \(terminalSafe(check.rosterPaths[0])) kan kun skrives tilbage som CSV med én række pr. vagt (en arbejdsbog, eller en gittercelle med to vagter); den rettede plan skrives sådan\n"
                    : "vagttjek: note: \(terminalSafe(check.rosterPaths[0])) can be written back only as a CSV of one row per shift (a workbook, or a grid cell of two shifts); the repaired plan is written so\n"
            }
            guard OutputFile.write(bytes: rewritten ?? RosterRewrite.plain(input.roster, assignment: proposal.assignment), to: path) else {
                throw UsageError(da: "kan ikke skrive \(path).", en: "cannot write \(path).")
            }
        }
        return proposal.after.errors > 0 ? .findings : .ok
    }
}
