import VagttjekCore

/// `vagttjek survey FILE [FILE2]`: scores the three-question survey on working-time planning for
/// Lokal-MED (README «The survey»): per question, the points, the need-for-change index, per unit with small
/// units hidden; with two files, the change from the first round to the second.
struct SurveyCommand: Command {
    static let name = "survey"
    static let synopsis = LocalizedText(da: "vagttjek survey FIL [FIL2]", en: "vagttjek survey FILE [FILE2]")
    static let summary = LocalizedText(
        da: "tæl spørgeskemaet om arbejdstidsplanlægning op (to filer: før og efter)",
        en: "score the survey on working-time planning (two files: before and after)")
    static let usage = LocalizedText(da: "vagttjek survey FIL [FIL2] [tilvalg]", en: "vagttjek survey FILE [FILE2] [options]")
    static let about = LocalizedText(
        da: "Tæller de tre spørgsmål op (1 meget godt … 4 meget dårligt): pr. spørgsmål, point i alt og behovet for forandring 0–100, pr. afdeling fra --min-group besvarelser. Med to filer: ændringen fra første til anden runde. Exitkode 0, 2 ved ugyldigt input.",
        en: "Scores the three questions (1 very good … 4 very bad): per question, the points and the need for change 0–100, per unit from --min-group answers. With two files: the change from the first round to the second. Exit code 0, 2 for invalid input.")
    static let minGroup = OptionSpec("--min-group", value: "N", da: "mindste antal besvarelser, før en afdeling vises (standard 5)", en: "the fewest answers before a unit is shown (default 5)")
    static let strictAnonymity = OptionSpec(
        "--strict-anonymity", da: "skjul også den mindste viste afdeling, når én skjult ellers kan regnes ud",
        en: "also hide the smallest shown unit when a hidden one could be worked out")
    static let format = OptionSpec("--format", value: "text|json", da: "uddataformat (standard: text)", en: "output format (default: text)")
    static let columns = OptionSpec(
        "--columns", value: "MAP", da: "kolonnenavne, f.eks. unit=Hvilken afdeling arbejder du i?,q1=Borgerne",
        en: "column names, e.g. unit=Which unit do you work in?,q1=Residents")
    static let options = [minGroup, strictAnonymity, columns, format, CommonOptions.lang, CommonOptions.help]

    let files: [String]
    let groupMinimum: Int
    let isStrict: Bool
    let asJSON: Bool
    let mapping: [Survey.Column: String]

    init(_ p: ParsedArguments) throws {
        guard (1...2).contains(p.positionals.count) else {
            throw UsageError(
                da: "'survey' tager én eller to filer: vagttjek survey FIL [FIL2] (fik \(p.positionals.count)).",
                en: "'survey' takes one or two files: vagttjek survey FILE [FILE2] (got \(p.positionals.count)).")
        }
        files = p.positionals
        groupMinimum = try p.whole(Self.minGroup, in: 1...1000) ?? 5
        isStrict = p.has(Self.strictAnonymity)
        asJSON = try p.isJSON(Self.format)
        mapping = try ColumnMappings.parse(p.value(Self.columns), option: "--columns", as: Survey.Column.self)
    }

    func run(_ console: inout Console) throws -> ExitCode {
        var rounds: [Survey] = []
        var errors: [InputError] = []
        for f in files {
            do { rounds.append(try Survey.read(path: f, mapping: mapping)) } catch let failure {
                if failure.isUsage { throw failure }
                errors += failure.errors
            }
        }
        if !errors.isEmpty { throw InputFailure(errors) }
        let word = console.language == .da ? "bemærk" : "note"
        for n in rounds.flatMap(\.notices) {
            console.stderr += InputError(file: n.file, line: n.line, da: "\(word): \(n.message.da)", en: "\(word): \(n.message.en)").rendered(console.language) + "\n"
        }
        let results = rounds.map { $0.result(minGroup: groupMinimum, strictAnonymity: isStrict) }
        let (before, now) = results.count == 2 ? (results[0], results[1]) : (nil, results[0])
        console.stdout += asJSON ? SurveyReport.json(now, before: before) : SurveyReport.text(now, before: before, console.language)
        return .ok
    }
}
