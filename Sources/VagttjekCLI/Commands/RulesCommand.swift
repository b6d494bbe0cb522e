import VagttjekCore

/// `vagttjek rules`: every rule with severity, title and source; `--markdown` gives the
/// README's table.
struct RulesCommand: Command {
    static let name = "rules"
    static let synopsis = LocalizedText(da: "vagttjek rules", en: "vagttjek rules")
    static let summary = LocalizedText(da: "list reglerne med kilder", en: "list the rules with their sources")
    static let usage = LocalizedText(da: "vagttjek rules [--lang da|en] [--markdown]", en: "vagttjek rules [--lang da|en] [--markdown]")
    static let about = LocalizedText(da: "Lister alle regler med id, alvor, titel og kilde.", en: "Lists every rule with id, severity, title and source.")

    static let markdown = OptionSpec("--markdown", da: "som Markdown-tabel (til README)", en: "as a Markdown table (for the README)")
    static let options = [CommonOptions.lang, markdown, CommonOptions.help]

    let asMarkdown: Bool

    init(_ arguments: ParsedArguments) throws {
        try Self.rejectPositionals(arguments)
        asMarkdown = arguments.has(Self.markdown)
    }

    func run(_ console: inout Console) throws -> ExitCode {
        let language = console.language
        if asMarkdown {
            console.stdout += "| rule | severity | title | source |\n| --- | --- | --- | --- |\n"
            for rule in RuleRegistry.all {
                let d = rule.description
                console.stdout += "| `\(d.id)` | \(d.severity.rawValue) | \(d.title.text(language)) | \(d.source) |\n"
            }
            return .ok
        }
        for rule in RuleRegistry.all {
            let d = rule.description
            let severity = language == .da ? d.severity.danish : d.severity.rawValue
            console.stdout += "\(d.id.padding(20)) \(severity.padding(8)) \(d.title.text(language))\n"
            console.stdout += "\(String(repeating: " ", count: 30))\(d.source)\n"
        }
        return .ok
    }
}
