/// The text report's "Anbefalinger" section (issue 16; DESIGN.md «The 14 recommendations»): one entry per
/// recommendation of the 14 for shift work (seed 004 lines 2649–2670), in their order, saying
/// whether the plan meets it, and for whom it does not (the furthest from the limit first, five
/// names, then how many more), followed by the "Til dialogen" list: the recommendations a roster
/// cannot show and the data that would show them.
///
/// Decision: in the text report the recommendations' warnings are shown here, not among each
/// employee's findings, so the legal errors a planner must fix stay on top and the advice reads
/// as one score card. Every warning is still complete, with its sentence, in JSON, CSV and HTML
/// (the section says so). Recommendations 10, 13 and 14 are rules that `check` does not judge
/// itself (`Rule.dialogue`): 10 cannot be seen in a roster, 13 is what `vagttjek diff` reports,
/// and 14 shows `plan.notice`'s result.
enum RecommendationSection {
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
        // A filter that shows no recommendation (`--severity error`, or `--rule` naming none)
        // shows no score card either: it would list what the filter hides.
        if let filter = r.filter {
            if filter.leastSeverity == .error { return "" }
            if !rules.values.contains(where: { filter.selects(rule: $0.id) }) { return "" }
        }
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
            guard let index = rules[n] else { continue }
            let rule = index.rule
            title = rule.description.title.text(o.language)
            let list = found[index.rawValue] ?? []
            if let what = rule.dialogue {
                if n == 14 && !noticeRun {
                    status = da ? "ikke kontrolleret (plan.notice blev ikke kørt)" : "not checked (plan.notice was not run)"
                } else if n == 14, let f = notice, f.severity != .info {
                    status = da ? "ikke opfyldt: se plan.notice" : "not met: see plan.notice"
                } else if n == 14 && notice == nil {
                    status = r.filter != nil ? (da ? "se plan.notice (filteret skjuler fund)" : "see plan.notice (the filter hides findings)")
                        : (da ? "opfyldt (plan.notice)" : "met (plan.notice)")
                } else {
                    status = da ? "til dialogen" : "for the dialogue"
                    dialogue.append((id + " " + title, what.text(o.language)))
                }
            } else if !list.isEmpty {
                status = notMet(list, ids, da)
            } else if rule.isActive(r.plan) {
                // A filter may hide the warnings: then "met" would be a false all-clear.
                status = r.filter != nil ? (da ? "ingen fund vist (filteret skjuler fund)" : "no findings shown (the filter hides findings)")
                    : (da ? "opfyldt" : "met")
            } else if n == 12 {
                status = da ? "til dialogen" : "for the dialogue"
                dialogue.append((id + " " + title, da
                    ? "kør med --wishes FIL (medarbejdernes ønsker: medarbejder, dato, ønske), så andelen af opfyldte ønsker måles."
                    : "run with --wishes FILE (the staff's wishes: employee, date, wish) to measure the share granted."))
            } else {
                status = da ? "slået fra af politikken" : "switched off by the policy"
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
