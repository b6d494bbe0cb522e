/// The diff for the office: `--format csv-excel` (one change per row, as Danish Excel opens it)
/// and `--format html` (one page to read or print: the totals, per employee and unit, every
/// change, and the findings the changes created, errors first). Both in the run's language.
extension DiffReport {
    static let excelHeaders: [Language: [String]] = [
        .da: ["medarbejder", "afdeling", "ændring", "timer", "planlagt start", "planlagt slut", "planlagt type", "planlagt vagtkode",
              "faktisk start", "faktisk slut", "faktisk type", "faktisk vagtkode", "varslet", "varsel (dage)", "for sent"],
        .en: ["employee", "unit", "change", "hours", "planned start", "planned end", "planned kind", "planned label",
              "actual start", "actual end", "actual kind", "actual label", "announced", "notice (days)", "late"],
    ]

    /// `--format csv-excel`: a UTF-8 BOM, `;` between fields, decimal comma, times as
    /// `03-03-2026 07:00`, CRLF, headers and words in the run's language (`flyttet`, `nattevagt`,
    /// `ja`), a value that would run as a formula with a leading `'` (as `check`'s csv-excel).
    public static func excelCSV(_ r: Input, _ l: Language) -> [UInt8] {
        let da = l == .da
        var w = ByteWriter(capacity: 1 << 12)
        w.append([0xEF, 0xBB, 0xBF])
        w.append(string: (excelHeaders[l] ?? []).joined(separator: ";"))
        w.append("\r\n")
        func text(_ s: String?) { if let s { ExcelCSVStyle.encode(s, &w) } }
        func time(_ m: Minute?) { if let m { ExcelCSVStyle.instant(m, &w) } }
        for item in r.diff.items {
            text(item.employee); w.append(";")
            text(item.unit); w.append(";")
            text(item.change.word(l)); w.append(";")
            w.append(string: TimeFormat.hours(item.minutes, danish: true)); w.append(";")
            for x in [item.planned, item.actual] {
                time(x?.start); w.append(";")
                time(x?.end); w.append(";")
                text(x.map { HTMLReport.kindWord($0.kind, da) }); w.append(";")
                text(x?.label); w.append(";")
            }
            time(item.announced); w.append(";")
            if let n = item.noticeDays { w.append(int: n) }
            w.append(";")
            if item.announced != nil { w.append(string: item.late ? (da ? "ja" : "yes") : (da ? "nej" : "no")) }
            w.append("\r\n")
        }
        return w.bytes
    }

    /// `--format html`: one self-contained page (the `check` report's style; nothing fetched).
    public static func html(_ r: Input, _ l: Language) -> String {
        let da = l == .da, d = r.diff
        func esc(_ s: String) -> String { HTMLReport.escape(s) }
        let title = da ? "vagttjek diff" : "vagttjek diff"
        var out = "<!doctype html>\n<html lang=\"\(da ? "da" : "en")\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<title>\(title) — \(esc(r.planned.plan.roster.file)) → \(esc(r.actual.plan.roster.file))</title>\n"
        out += "<style>\n\(HTMLReport.style)</style>\n</head>\n<body>\n<header>\n<h1>\(da ? "Planlagt mod faktisk" : "Planned against actual")</h1>\n"
        out += "<p class=\"meta\">\(esc(r.planned.plan.roster.file)) → \(esc(r.actual.plan.roster.file)) · "
        out += da ? "planlagt \(r.planned.shiftCount) vagter, faktisk \(r.actual.shiftCount) vagter</p>\n"
                  : "planned \(r.planned.shiftCount) shifts, actual \(r.actual.shiftCount) shifts</p>\n"
        let errors = r.createdErrors
        out += "<p class=\"totals\">\(d.total.changes) \(da ? (d.total.changes == 1 ? "ændring" : "ændringer") : (d.total.changes == 1 ? "change" : "changes")) (\(esc(hours(d.total.minutes, l)))) · "
        out += "<span class=\"error\">\(errors) \(da ? (errors == 1 ? "nyt lovbrud" : "nye lovbrud") : errors == 1 ? "new legal error" : "new legal errors")</span> · "
        out += da ? "\(r.resolved) fund forsvundet</p>\n" : "\(r.resolved) findings gone</p>\n"
        if d.hasChangeLog {
            let dated = d.items.filter { $0.announced != nil }.count
            out += "<p>" + (da
                ? "Varslet under \(d.changeNoticeDays) dage før vagten: \(d.total.late) af \(dated) ændringer med dato for varsling (anbefaling 13)."
                : "Announced less than \(d.changeNoticeDays) days before the shift: \(d.total.late) of \(dated) changes with an announcement date (recommendation 13).") + "</p>\n"
        }
        out += "</header>\n"
        // The findings the changes created, errors first: what to act on.
        out += "<section id=\"created\">\n<h2>\(da ? "Fund, som ændringerne har skabt" : "Findings the changes created")</h2>\n"
        if r.created.isEmpty {
            out += "<p class=\"none\">\(da ? "Ingen." : "None.")</p>\n"
        } else {
            out += "<ol class=\"findings\">\n"
            let ordered = r.created.filter { $0.severity == .error } + r.created.filter { $0.severity != .error }
            for f in ordered {
                let who = f.employee >= 0 ? r.actual.plan.roster.employeeIDs[Int(f.employee)] : (da ? "hele planen" : "whole plan")
                out += "<li class=\"\(f.severity.rawValue)\"><span class=\"sev\">\(HTMLReport.severityWord(f.severity, da))</span> <code>\(f.rule.id)</code> "
                out += "\(esc(who)) <span class=\"when\">\(TimeFormat.short(f.start))–\(TimeFormat.short(f.end))</span><br>\(esc(f.text(r.actual.plan, l)))</li>\n"
            }
            out += "</ol>\n"
        }
        out += "</section>\n"
        // The tallies.
        out += "<section id=\"tallies\">\n<h2>\(da ? "Ændringer" : "Changes")</h2>\n<table>\n<thead><tr><th></th><th class=\"n\">\(da ? "antal" : "count")</th><th class=\"n\">\(da ? "timer" : "hours")</th></tr></thead>\n<tbody>\n"
        for c in changes {
            let t = d.total.tally(c)
            out += "<tr><td>\(esc(c.word(l)))</td><td class=\"n\">\(t.count)</td><td class=\"n\">\(esc(TimeFormat.hours(t.minutes, danish: da)))</td></tr>\n"
        }
        out += "</tbody>\n</table>\n</section>\n"
        func totalsTable(_ id: String, _ heading: String, _ rows: [RosterDiff.Totals], empty: String) {
            guard !rows.isEmpty else { return }
            out += "<section id=\"\(id)\">\n<h2>\(heading)</h2>\n<table>\n<thead><tr><th></th><th class=\"n\">\(da ? "ændringer" : "changes")</th><th class=\"n\">\(da ? "timer" : "hours")</th>"
            out += "<th>\(da ? "heraf" : "of which")</th><th class=\"n\">\(da ? "varslet for sent" : "announced late")</th></tr></thead>\n<tbody>\n"
            for t in rows {
                out += "<tr><td>\(esc(t.name.isEmpty ? empty : t.name))</td><td class=\"n\">\(t.changes)</td><td class=\"n\">\(esc(TimeFormat.hours(t.minutes, danish: da)))</td>"
                out += "<td>\(esc(breakdown(t, l)))</td><td class=\"n\">\(t.late)</td></tr>\n"
            }
            out += "</tbody>\n</table>\n</section>\n"
        }
        totalsTable("employees", da ? "Pr. medarbejder" : "Per employee", d.employees, empty: "")
        if d.units.count > 1 || (d.units.first.map { !$0.name.isEmpty } ?? false) {
            totalsTable("units", da ? "Pr. afdeling" : "Per unit", d.units, empty: da ? "(uden afdeling)" : "(no unit)")
        }
        if !d.items.isEmpty {
            out += "<section id=\"changes\">\n<h2>\(da ? "Ændringerne" : "The changes")</h2>\n<table>\n<thead><tr><th>\(da ? "Medarbejder" : "Employee")</th><th>\(da ? "Ændring" : "Change")</th>"
            out += "<th>\(da ? "Planlagt" : "Planned")</th><th>\(da ? "Faktisk" : "Actual")</th><th>\(da ? "Varslet" : "Announced")</th></tr></thead>\n<tbody>\n"
            for item in d.items {
                out += "<tr><td>\(esc(item.employee))</td><td>\(esc(item.change.word(l)))</td>"
                out += "<td>\(item.planned.map { esc(span($0, l)) } ?? "")</td><td>\(item.actual.map { esc(span($0, l)) } ?? "")</td><td>"
                if let when = item.announced, let n = item.noticeDays {
                    out += esc(TimeFormat.short(when) + (da ? ", \(days(n, l)) før" : ", \(days(n, l)) before"))
                    if item.late { out += " <span class=\"error\">\(da ? "for sent" : "late")</span>" }
                }
                out += "</td></tr>\n"
            }
            out += "</tbody>\n</table>\n</section>\n"
        }
        out += "<footer>vagttjek \(vagttjekVersion) · \(da ? "samme input giver samme rapport" : "the same input gives the same report")</footer>\n</body>\n</html>\n"
        return out
    }
}
