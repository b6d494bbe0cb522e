/// The proposal of `vagttjek suggest` as text (Danish, or English) and as JSON
/// (`vagttjek.suggest/1`): each change in words and what it clears, then the errors left and why.
public enum RepairReport {
    /// `on 04-03 07:00–15:00 (D)`.
    static func shift(_ s: Shift, _ roster: Roster, _ da: Bool) -> String {
        let days = da ? TimeFormat.weekdaysDa : TimeFormat.weekdaysEn
        let first = Copenhagen.day(of: s.startMinute), last = Copenhagen.day(of: s.endMinute - 1)
        var t = days[isoWeekday(first) - 1] + " " + TimeFormat.short(s.startMinute) + "–"
        t += first == last ? TimeFormat.clock(s.endMinute) : TimeFormat.short(s.endMinute)
        if let label = roster.label(of: s) { t += " (\(shown(label)))" }
        return t
    }

    /// "Giv vagten on 04-03 07:00–15:00 (D) fra U1 til U4: retter rest.daily for U1; ingen nye fejl."
    public static func sentence(_ c: RepairSearch.Change, _ p: RepairSearch.Proposal, _ language: Language) -> String {
        let da = language == .da, roster = p.before.plan.roster, ids = roster.employeeIDs
        var t: String
        switch c.action {
        case .reassign(let i, let to):
            t = da ? "Giv vagten \(shift(roster.shifts[i], roster, da)) fra \(shown(ids[Int(c.from)])) til \(shown(ids[Int(to)]))"
                   : "Give the shift \(shift(roster.shifts[i], roster, da)) from \(shown(ids[Int(c.from)])) to \(shown(ids[Int(to)]))"
        case .swap(let i, let j):
            t = da ? "Byt vagten \(shift(roster.shifts[i], roster, da)) hos \(shown(ids[Int(c.from)])) med vagten \(shift(roster.shifts[j], roster, da)) hos \(shown(ids[Int(c.to)]))"
                   : "Swap the shift \(shift(roster.shifts[i], roster, da)) of \(shown(ids[Int(c.from)])) with the shift \(shift(roster.shifts[j], roster, da)) of \(shown(ids[Int(c.to)]))"
        }
        let fixes = c.fixes.map { "\($0.rule) \(da ? "for" : "for") \(shown(ids[Int($0.employee)]))" }.joined(separator: ", ")
        t += da ? ": retter \(fixes); ingen nye fejl." : ": clears \(fixes); no new errors."
        return t
    }

    static func why(_ w: RepairSearch.Remaining.Why, _ da: Bool) -> String {
        switch w {
        case .noColleague: return da ? "ingen kollega i afdelingen at give vagten til" : "no colleague in the unit to give the shift to"
        case .noFreeColleague: return da ? "ingen i afdelingen er fri og udhvilet på det tidspunkt (hvert forsøg giver en anden en fejl)" : "nobody in the unit is free and rested at that hour (every move gives someone an error)"
        case .limit: return da ? "grænsen for antal ændringer (--max-changes) nåede først" : "the limit on changes (--max-changes) came first"
        case .notMovable: return da ? "gælder hele planen, ikke en medarbejders vagter" : "concerns the whole plan, not an employee's shifts"
        }
    }

    public static func text(_ p: RepairSearch.Proposal, _ language: Language) -> String {
        let da = language == .da, ids = p.before.plan.roster.employeeIDs
        var out = "vagttjek suggest — \(terminalSafe(p.before.plan.roster.file))\n"
        let fixed = p.before.errors - p.after.errors
        out += da
            ? "Forslag: \(p.changes.count) \(p.changes.count == 1 ? "ændring" : "ændringer") (kun hvem der har vagten; samme vagter, tider og afdelinger) retter \(fixed) af \(p.before.errors) fejl; tjekket igen: \(p.after.errors) fejl tilbage.\n"
            : "Proposal: \(p.changes.count) \(p.changes.count == 1 ? "change" : "changes") (only who works the shift; the same shifts, times and units) clear \(fixed) of \(p.before.errors) errors; checked again: \(p.after.errors) errors left.\n"
        if !p.changes.isEmpty { out += "\n" }
        for (k, c) in p.changes.enumerated() { out += "\(k + 1). \(terminalSafe(sentence(c, p, language)))\n" }
        if !p.remaining.isEmpty {
            out += da ? "\nTilbage:\n" : "\nLeft:\n"
            for r in p.remaining {
                let f = r.finding
                let who = f.employee >= 0 ? ids[Int(f.employee)] : (da ? "hele planen" : "whole plan")
                out += "  \(terminalSafe(who)) \(f.rule.id) \(TimeFormat.short(f.start)): \(why(r.why, da))\n"
            }
        }
        return out
    }

    public static func json(_ p: RepairSearch.Proposal, _ language: Language) -> String {
        let roster = p.before.plan.roster, ids = roster.employeeIDs
        func str(_ s: String) -> String { ReportWriter.jsonString(s) }
        func row(_ i: Int) -> String {
            let s = roster.shifts[i]
            return "{ \"line\": \(roster.citationNumber(s)), \"start\": \(str(TimeFormat.iso(s.startMinute))), \"end\": \(str(TimeFormat.iso(s.endMinute))), \"label\": \(roster.label(of: s).map(str) ?? "null") }"
        }
        var out = "{\n  \"schema\": \"vagttjek.suggest/1\",\n  \"roster\": \(str(roster.file)),\n  \"errorsBefore\": \(p.before.errors),\n  \"errorsAfter\": \(p.after.errors),\n  \"changes\": ["
        for (k, c) in p.changes.enumerated() {
            out += k == 0 ? "\n    { " : ",\n    { "
            switch c.action {
            case .reassign(let i, _): out += "\"action\": \"reassign\", \"shift\": \(row(i)), "
            case .swap(let i, let j): out += "\"action\": \"swap\", \"shift\": \(row(i)), \"with\": \(row(j)), "
            }
            out += "\"from\": \(str(ids[Int(c.from)])), \"to\": \(str(ids[Int(c.to)])), \"fixes\": ["
            out += c.fixes.map { "{ \"employee\": \(str(ids[Int($0.employee)])), \"rule\": \(str($0.rule)) }" }.joined(separator: ", ")
            out += "], \"text\": \(str(sentence(c, p, language))) }"
        }
        out += p.changes.isEmpty ? "],\n  \"remaining\": [" : "\n  ],\n  \"remaining\": ["
        for (k, r) in p.remaining.enumerated() {
            let f = r.finding
            out += k == 0 ? "\n    { " : ",\n    { "
            out += "\"employee\": \(f.employee >= 0 ? str(ids[Int(f.employee)]) : "null"), \"rule\": \(str(f.rule.id)), \"start\": \(str(TimeFormat.iso(f.start))), \"why\": \"\(r.why.rawValue)\" }"
        }
        out += p.remaining.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
        return out
    }
}

extension Roster {
    /// A row's line in its file (the first file's numbering for one file).
    func citationNumber(_ s: Shift) -> Int { Int(s.line) }
}
