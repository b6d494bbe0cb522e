/// The text report's "Anbefalinger" section (issue 16; SPEC §3.7): one entry per
/// recommendation of the 14 for shift work (seed 004 lines 2649–2670), in their order, saying
/// whether the plan meets it, and for whom it does not (the furthest from the limit first, five
/// names, then how many more), followed by the "Til dialogen" list: the recommendations a roster
/// cannot show and the data that would show them.
///
/// Decision: in the text report the recommendations' warnings are shown here, not among each
/// employee's findings, so the legal errors a planner must fix stay on top and the advice reads
/// as one score card. Every warning is still complete, with its sentence, in JSON, CSV and HTML
/// (the section says so). Recommendations 10, 13 and 14 are not rules of `check`: 10 cannot be
/// seen in a roster, 13 is what `vagttjek diff` reports, and 14 is `plan.notice`'s result.
enum RecommendationSection {
    /// The recommendations that are not rules of `check`, with their verbatim titles.
    static let dialogueOnly: [(number: Int, title: LocalizedText)] = [
        (10, LocalizedText(da: "Gør tidspunkterne for vagtskifte fleksible, hvis det er muligt", en: "Make the shift change times flexible where possible")),
        (13, LocalizedText(da: "Begræns afvigelser fra det planlagte skiftesystem", en: "Limit deviations from the planned shift system")),
        (14, LocalizedText(da: "Informer i god tid om skifteplanen og eventuelle afvigelser herfra", en: "Inform in good time about the shift plan and any deviations from it")),
    ]

    /// How many employees are named per recommendation before "og N mere".
    static let namesShown = 5

    static func text(_ r: CheckResult, _ o: ReportOptions) -> String {
        let da = o.language == .da
        let ids = r.plan.roster.employeeIDs
        // The recommendation rules that were run, by number.
        var rules: [Int: RuleIndex] = [:]
        for index in r.checkedRules where index.id.hasPrefix("rec.") {
            if let n = Int(index.id.dropFirst(4)) { rules[n] = index }
        }
        guard !rules.isEmpty else { return "" }
        // Each recommendation's warnings: employee, measured, limit, unit.
        var found: [UInt8: [Finding]] = [:]
        var notice: Finding? = nil
        for f in r.findings {
            if f.rule.id == "plan.notice" { notice = f }
            guard rules.values.contains(f.rule) else { continue }
            found[f.rule.rawValue, default: []].append(f)
        }
        var out = da
            ? "\nAnbefalinger om skiftearbejde (de 14 i bilaget til rammeaftalen om decentrale arbejdstidsaftaler):\n"
            : "\nRecommendations for shift work (the 14 in the annex to the framework agreement on decentral working time):\n"
        var dialogue: [(String, String)] = []
        let noticeRun = r.checkedRules.contains { $0.id == "plan.notice" }
        for n in 1...14 {
            let id = n < 10 ? "rec.0\(n)" : "rec.\(n)"
            let title: String
            let status: String
            if let index = rules[n] {
                title = index.rule.description.title.text(o.language)
                let list = found[index.rawValue] ?? []
                if !list.isEmpty {
                    status = notMet(list, ids, da)
                } else if index.rule.isActive(r.plan) {
                    status = da ? "opfyldt" : "met"
                } else if n == 12 {
                    status = da ? "til dialogen" : "for the dialogue"
                    dialogue.append((id + " " + title, da
                        ? "kør med --wishes FIL (medarbejdernes ønsker: medarbejder, dato, ønske), så andelen af opfyldte ønsker måles."
                        : "run with --wishes FILE (the staff's wishes: employee, date, wish) to measure the share granted."))
                } else {
                    status = da ? "slået fra af politikken" : "switched off by the policy"
                }
            } else if let extra = dialogueOnly.first(where: { $0.number == n }) {
                title = extra.title.text(o.language)
                switch n {
                case 10:
                    status = da ? "til dialogen" : "for the dialogue"
                    dialogue.append((id + " " + title, da
                        ? "en vagtplan viser ikke, om vagtskift kan flyttes; aftal det mellem ledelse og medarbejdere."
                        : "a roster does not show whether shift changes can move; agree it between management and staff."))
                case 13:
                    status = da ? "til dialogen" : "for the dialogue"
                    dialogue.append((id + " " + title, da
                        ? "kør 'vagttjek diff PLANLAGT FAKTISK' for ændringerne pr. medarbejder og dem, der blev varslet for sent."
                        : "run 'vagttjek diff PLANNED ACTUAL' for the changes per employee and those announced late."))
                default:
                    if !noticeRun {
                        status = da ? "ikke kontrolleret (plan.notice blev ikke kørt)" : "not checked (plan.notice was not run)"
                    } else if let f = notice, f.severity != .info {
                        status = da ? "ikke opfyldt: se plan.notice" : "not met: see plan.notice"
                    } else if notice != nil {
                        status = da ? "til dialogen" : "for the dialogue"
                        dialogue.append((id + " " + title, da
                            ? "angiv --published DATO (den dag planen blev udleveret), så varslingen kontrolleres (plan.notice)."
                            : "give --published DATE (the day the plan was handed out) to check the notice (plan.notice)."))
                    } else {
                        status = da ? "opfyldt (plan.notice)" : "met (plan.notice)"
                    }
                }
            } else {
                continue
            }
            out += "  \(id) \(terminalSafe(title))\n         \(status)\n"
        }
        if found.values.contains(where: { !$0.isEmpty }) {
            out += da
                ? "  Hver medarbejders advarsel med datoer står i rapporten som JSON, CSV eller HTML (--format).\n"
                : "  Each employee's warning with its dates is in the JSON, CSV or HTML report (--format).\n"
        }
        if !dialogue.isEmpty {
            out += da ? "\nTil dialogen (vagtplanen alene viser dem ikke):\n" : "\nFor the dialogue (the roster alone does not show them):\n"
            for (what, how) in dialogue { out += "  \(what): \(how)\n" }
        }
        return out
    }

    /// "ikke opfyldt for 4 medarbejdere: N06 (16 gange), N03 (2 gange), … og 1 mere", the
    /// furthest from the limit first (ties in employee order).
    static func notMet(_ list: [Finding], _ ids: [String], _ da: Bool) -> String {
        let ordered = list.enumerated().sorted { a, b in
            let da0 = distance(a.element), db0 = distance(b.element)
            return da0 != db0 ? da0 > db0 : a.offset < b.offset
        }.map(\.element)
        let employees = Set(list.map(\.employee)).count
        var names: [String] = []
        for f in ordered.prefix(namesShown) {
            let who = f.employee >= 0 ? terminalSafe(ids[Int(f.employee)]) : (da ? "hele planen" : "the whole plan")
            if let m = f.measured {
                names.append("\(who) (\(TimeFormat.number(m, danish: da)) \(f.unit.text(m, da ? .da : .en)))")
            } else {
                names.append(who)
            }
        }
        var text = da
            ? "ikke opfyldt for \(employees) \(employees == 1 ? "medarbejder" : "medarbejdere"): "
            : "not met for \(employees) \(employees == 1 ? "employee" : "employees"): "
        text += names.joined(separator: ", ")
        if ordered.count > namesShown {
            text += da ? " og \(ordered.count - namesShown) mere" : " and \(ordered.count - namesShown) more"
        }
        return text
    }

    /// How far a warning lies from its limit, in its unit.
    static func distance(_ f: Finding) -> Double {
        guard let m = f.measured, let l = f.limit else { return 0 }
        return abs(m - l)
    }
}
