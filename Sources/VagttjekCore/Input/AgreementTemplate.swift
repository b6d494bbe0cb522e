/// `vagttjek agreement --template`: a starting point for a TR writing a local agreement as a
/// file vagttjek reads, in Danish keys and values by default (English with `--lang en`). JSON
/// allows no comments, so the help is in fields whose key starts with `_` (`"_hjælp"`), which the
/// readers skip. The template is a complete, lawful agreement: `vagttjek agreement` reads it as
/// it stands, and each value is one to replace.
extension Agreement {
    public static func template(_ language: Language) -> String {
        let da = language == .da
        // Each parameter: its help line (meaning, range, default), then its default value.
        let defaults = Agreement.defaults
        var parameterLines: [String] = []
        for setting in parameters {
            let key = da ? danishKey(setting.key, JSONKeys.parameterNames) : setting.key
            var value = setting.defaultText(defaults)
            if da, value == "true" { value = "\"ja\"" } else if da, value == "false" { value = "\"nej\"" }
            let help = "\(setting.meaning.text(language))\(range(setting, da)); \(da ? "standard" : "default") \(value.filter { $0 != "\"" })"
            parameterLines.append("    \(quoted("_" + key)): \(quoted(help)),\n    \(quoted(key)): \(value)")
        }
        func k(_ key: String) -> String { quoted(da ? danishKey(key, JSONKeys.agreementNames) : key) }
        func e(_ key: String) -> String { quoted(da ? danishKey(key, JSONKeys.evaluationNames) : key) }
        func s(_ key: String) -> String { quoted(da ? danishKey(key, JSONKeys.scopeNames) : key) }
        let yes = da ? "\"ja\"" : "true"
        var out = "{\n"
        out += "  \(quoted(da ? "_hjælp" : "_help")): \(quoted(da ? "Skabelon til en lokalaftale, som vagttjek læser: vagttjek agreement FIL gennemgår den punkt for punkt, vagttjek check --agreement FIL bruger den. Ret værdierne. Felter, hvis navn begynder med _, er hjælpetekst og kan slettes. De engelske nøgler (id, kind, written, …) kan bruges i stedet for de danske." : "A template for a local agreement that vagttjek reads: vagttjek agreement FILE reviews it item by item, vagttjek check --agreement FILE uses it. Change the values. Fields whose name starts with _ are help and may be deleted. The Danish keys (type, skriftlig, …) may be used instead of the English ones.")),\n"
        out += "  \(k("id")): \"LA-2027-01\",\n"
        let kinds = Kind.allCases.map { da ? JSONKeys.danishName($0) : $0.rawValue }
        out += "  \(quoted("_" + (da ? "type" : "kind"))): \(quoted(da ? "\(kinds.joined(separator: ", ")); flere som en liste [\"\(kinds[0])\", \"\(kinds[1])\"]" : "\(kinds.joined(separator: ", ")); several as a list [\"\(kinds[0])\", \"\(kinds[1])\"]")),\n"
        out += "  \(k("kind")): \(quoted(kinds[0])),\n"
        out += "  \(k("title")): \(quoted(da ? "Nedsat hviletid ved skift fra aften- til dagvagt" : "Reduced rest between an evening and a day shift")),\n"
        out += "  \(k("written")): \(yes),\n"
        out += "  \(k("signedOn")): \"2027-01-15\",\n"
        out += "  \(k("validFrom")): \"2027-02-01\",\n"
        out += "  \(k("validUntil")): \"2028-01-31\",\n"
        out += "  \(k("terminationNotice")): \(quoted(da ? "3 måneder til en måneds udgang" : "3 months to the end of a month")),\n"
        out += "  \(k("evaluation")): {\n"
        out += "    \(e("date")): \"2027-08-01\",\n"
        out += "    \(e("criteria")): [\(da ? "\"arbejdsmiljø\", \"familieliv\"" : "\"working environment\", \"family life\"")],\n"
        out += "    \(quoted("_" + (da ? "afholdt" : "heldOn"))): \(quoted(da ? "når evalueringen er holdt: \"afholdt\": \"2027-08-12\"" : "when the evaluation has been held: \"heldOn\": \"2027-08-12\""))\n"
        out += "  },\n"
        out += "  \(k("approvedByUnion")): \(yes),\n"
        out += "  \(k("reason")): \(quoted(da ? "hvorfor aftalen er nødvendig, knyttet til en opgave (fx kontinuitet for beboerne i weekender)" : "why the agreement is needed, tied to a task (e.g. continuity for the residents at weekends)")),\n"
        out += "  \(k("scope")): {\n"
        out += "    \(quoted(da ? "_hjælp" : "_help")): \(quoted(da ? "hvem og hvilke vagter aftalen gælder for; en tom liste gælder alle" : "whom and which shifts the agreement covers; an empty list covers all")),\n"
        out += "    \(s("units")): [\"Hus Nord\"],\n"
        out += "    \(s("employees")): [],\n"
        out += "    \(s("labels")): [\"A\", \"D\"]\n"
        out += "  },\n"
        out += "  \(k("parameters")): {\n"
        out += parameterLines.joined(separator: ",\n") + "\n"
        out += "  }\n}\n"
        return out
    }

    /// The first Danish name of a key in `names`.
    static func danishKey(_ key: String, _ names: [(String, [String])]) -> String {
        names.first { $0.0 == key }?.1.first ?? key
    }

    /// ", 8–11 (hviletiden må …)" for a bounded number; "" for a flag.
    static func range(_ setting: Setting<Agreement>, _ da: Bool) -> String {
        let bound = setting.bound.map { " (\(da ? $0.da : $0.en))" } ?? ""
        switch setting.kind {
        case .hours(_, let r), .share(_, let r):
            return ", \(TimeFormat.number(r.lowerBound, danish: false))–\(TimeFormat.number(r.upperBound, danish: false))\(bound)"
        case .whole(_, let r): return ", \(r.lowerBound)–\(r.upperBound)\(bound)"
        case .flag: return da ? ", ja eller nej" : ", true or false"
        case .special: return ""
        }
    }

    /// A JSON string.
    static func quoted(_ s: String) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            default: out.unicodeScalars.append(c)
            }
        }
        return out + "\""
    }
}
