/// The accepted findings and the stale lines of `--accept` in the reports: listed apart, each
/// with its reason, and said plainly: an accepted legal error is still a breach of the law that
/// someone has chosen to accept.
enum AcceptedSection {
    static func plainly(_ da: Bool) -> String {
        da ? "Et accepteret lovbrud er stadig et brud på loven, som nogen har valgt at acceptere; det tæller ikke med i fejlene eller i exitkoden."
           : "An accepted legal error is still a breach of the law that someone has chosen to accept; it is not counted in the errors or in the exit code."
    }

    /// "begrundelse: …; accepteret af …; gyldig til 31-03-2026".
    static func why(_ a: Acceptances.Line, _ da: Bool) -> String {
        var s = (da ? "begrundelse: " : "reason: ") + a.reason
        if let by = a.acceptedBy { s += (da ? "; accepteret af " : "; accepted by ") + by }
        if let until = a.validUntil { s += (da ? "; gyldig til " : "; valid until ") + TimeFormat.danishDate(until) }
        return s
    }

    /// "S05 rest.daily 12-03-2026: intet sådant fund i planen".
    static func stale(_ s: StaleAcceptance, _ da: Bool) -> String {
        let who = s.acceptance.employee.isEmpty ? (da ? "hele planen" : "whole plan") : s.acceptance.employee
        var t = "\(who) \(s.acceptance.rule) \(TimeFormat.danishDate(s.acceptance.day)): "
        switch s.why {
        case .noFinding: t += da ? "intet sådant fund i planen" : "no such finding in the plan"
        case .expired: t += (da ? "udløbet " : "expired ") + TimeFormat.danishDate(s.acceptance.validUntil ?? s.acceptance.day)
        }
        return t
    }

    static func heading(_ r: CheckResult, _ da: Bool) -> String {
        let n = r.accepted.count, e = r.acceptedErrors
        return da ? "Accepterede fund (\(n), heraf \(e) fejl)" : "Accepted findings (\(n), \(e) of them \(e == 1 ? "an error" : "errors"))"
    }

    static func text(_ r: CheckResult, _ o: ReportOptions) -> String {
        guard let file = r.acceptancesFile else { return "" }
        let da = o.language == .da
        var dates = DateTexts(danish: da, withYear: CivilDate(dayNumber: r.plan.firstDay).year != CivilDate(dayNumber: r.plan.lastDay).year)
        var out = "\n\(heading(r, da)) \(da ? "fra" : "from") \(terminalSafe(file)):\n"
        out += "  \(plainly(da))\n"
        for a in r.accepted {
            let f = a.finding
            let who = f.employee >= 0 ? r.plan.roster.employeeIDs[Int(f.employee)] : (da ? "Hele planen" : "The whole plan")
            out += "  \(terminalSafe(who)) \(da ? f.severity.danish.uppercased() : f.severity.rawValue.uppercased()) \(f.rule.id) \(dates.text(f.start, weekday: true)): "
            out += terminalSafe(f.text(r.plan, o.language)) + "\n"
            out += "      \(terminalSafe(why(a.acceptance, da)))\n"
        }
        if !r.staleAcceptances.isEmpty {
            out += da ? "Linjer i \(terminalSafe(file)), der ikke accepterer noget (ret eller slet dem):\n" : "Lines of \(terminalSafe(file)) that accept nothing (correct or delete them):\n"
            for s in r.staleAcceptances { out += "  \(terminalSafe(file)):\(s.acceptance.line): \(terminalSafe(stale(s, da)))\n" }
        }
        return out
    }

    static func html(_ r: CheckResult, _ o: ReportOptions) -> String {
        guard let file = r.acceptancesFile else { return "" }
        let da = o.language == .da
        func esc(_ s: String) -> String { HTMLReport.escape(s) }
        var dates = DateTexts(danish: da, withYear: CivilDate(dayNumber: r.plan.firstDay).year != CivilDate(dayNumber: r.plan.lastDay).year)
        var out = "<section id=\"accepted\">\n<h2>\(esc(heading(r, da)))</h2>\n<p>\(esc(plainly(da))) (\(esc(file)))</p>\n"
        if !r.accepted.isEmpty {
            out += "<ol class=\"findings\">\n"
            for a in r.accepted {
                let f = a.finding
                let who = f.employee >= 0 ? r.plan.roster.employeeIDs[Int(f.employee)] : (da ? "hele planen" : "whole plan")
                out += "<li class=\"\(f.severity.rawValue)\"><span class=\"sev\">\(HTMLReport.severityWord(f.severity, da))</span> <code>\(f.rule.id)</code> \(esc(who)) "
                out += "<span class=\"when\">\(dates.text(f.start, weekday: true))</span><br>\(esc(f.text(r.plan, o.language)))<br><em>\(esc(why(a.acceptance, da)))</em></li>\n"
            }
            out += "</ol>\n"
        }
        if !r.staleAcceptances.isEmpty {
            out += "<h3>\(da ? "Linjer, der ikke accepterer noget" : "Lines that accept nothing")</h3>\n<ul>\n"
            for s in r.staleAcceptances { out += "<li>\(esc(file)):\(s.acceptance.line): \(esc(stale(s, da)))</li>\n" }
            out += "</ul>\n"
        }
        return out + "</section>\n"
    }

    /// `"accepted": [...], "staleAcceptances": [...],` after the findings.
    static func json(_ r: CheckResult, _ fields: ReportFields<JSONStyle>, into w: inout ByteWriter) {
        w.append("\n  \"accepted\": [")
        var cursor = RowCursor()
        for (i, a) in r.accepted.enumerated() {
            w.append(i == 0 ? "\n    { \"finding\": " : ",\n    { \"finding\": ")
            fields.write(a.finding, into: &w, cursor: &cursor)
            acceptance(a.acceptance, into: &w)
            w.append(" }")
        }
        w.append(r.accepted.isEmpty ? "],\n  \"staleAcceptances\": [" : "\n  ],\n  \"staleAcceptances\": [")
        for (i, s) in r.staleAcceptances.enumerated() {
            w.append(i == 0 ? "\n    { \"employee\": " : ",\n    { \"employee\": ")
            if s.acceptance.employee.isEmpty { w.append("null") } else { w.append(json: s.acceptance.employee) }
            w.append(", \"rule\": "); w.append(json: s.acceptance.rule)
            w.append(string: ", \"date\": \"\(CivilDate(dayNumber: s.acceptance.day))\", \"why\": \"\(s.why.rawValue)\"")
            acceptance(s.acceptance, into: &w)
            w.append(" }")
        }
        w.append(r.staleAcceptances.isEmpty ? "]," : "\n  ],")
    }

    /// `, "reason": …, "acceptedBy": …, "validUntil": …, "line": n`.
    static func acceptance(_ a: Acceptances.Line, into w: inout ByteWriter) {
        w.append(", \"reason\": "); w.append(json: a.reason)
        w.append(", \"acceptedBy\": "); if let by = a.acceptedBy { w.append(json: by) } else { w.append("null") }
        w.append(", \"validUntil\": "); if let d = a.validUntil { w.append(string: "\"\(CivilDate(dayNumber: d))\"") } else { w.append("null") }
        w.append(", \"line\": "); w.append(int: a.line)
    }
}
