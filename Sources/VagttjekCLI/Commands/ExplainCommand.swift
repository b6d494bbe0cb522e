import VagttjekCore

/// `vagttjek explain RULE`: what a rule checks and why, its source, its parameters with their
/// defaults, and its example rosters with the findings they give.
struct ExplainCommand: Command {
    static let name = "explain"
    static let synopsis = LocalizedText(da: "vagttjek explain REGEL", en: "vagttjek explain RULE")
    static let summary = LocalizedText(da: "hvad en regel tjekker, hvorfor, og eksempler", en: "what a rule checks, why, and examples")
    static let usage = LocalizedText(da: "vagttjek explain REGEL [--lang da|en]", en: "vagttjek explain RULE [--lang da|en]")
    static let about = LocalizedText(
        da: "Viser en regels formål, kilde, parametre og eksempler.", en: "Shows a rule's purpose, source, parameters and examples.")
    static let options = [CommonOptions.lang, CommonOptions.help]

    let rule: any Rule

    init(_ arguments: ParsedArguments) throws {
        guard arguments.positionals.count == 1, let id = arguments.positionals.first else {
            throw UsageError(
                da: "'explain' kræver præcis ét regel-id, f.eks. 'vagttjek explain rest.daily'.",
                en: "'explain' needs exactly one rule id, e.g. 'vagttjek explain rest.daily'.")
        }
        guard let rule = RuleRegistry.rule(id) else {
            let suggestion = ArgumentParser.closest(id, among: RuleRegistry.ids)
            let hint = suggestion.map { (" Mente du \($0)?", " Did you mean \($0)?") } ?? ("", "")
            throw UsageError(da: "ukendt regel '\(id)'.\(hint.0) Se 'vagttjek rules'.", en: "unknown rule '\(id)'.\(hint.1) See 'vagttjek rules'.")
        }
        self.rule = rule
    }

    func run(_ console: inout Console) throws -> ExitCode {
        console.stdout += Self.explanation(rule.description, console.language)
        return .ok
    }

    /// The rule's description, parameters, source and examples.
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
            out += "\n  \(e.titles.text(language)) — " + (e.triggers ? (da ? "giver fund:" : "finds:") : (da ? "intet fund" : "no finding")) + "\n"
            for line in e.roster.split(separator: "\n") { out += "    \(line)\n" }
            for a in e.agreements { out += (da ? "    aftale: " : "    agreement: ") + a.split(separator: "\n").map { $0.trimmingSpaces }.joined(separator: " ") + "\n" }
            if let p = e.policy { out += (da ? "    politik: " : "    policy: ") + p + "\n" }
            if let list = e.employees {
                for line in list.split(separator: "\n") { out += (da ? "    medarbejdere: " : "    employees: ") + line + "\n" }
            }
            if let p = e.published { out += "    --published \(p)\n" }
            for f in e.expected { out += "    → \(f)\n" }
        }
        return out
    }
}
