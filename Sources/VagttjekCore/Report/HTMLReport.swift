/// The HTML report (DESIGN.md «Reports» `html`; issue 19): one self-contained page a planner opens offline
/// and prints for the Lokal-MED or TR meeting. Inline CSS, inline SVG and a few lines of inline
/// JavaScript (the filter box); no request of any kind leaves the page (no fonts, no links
/// outside it: the page holds no `//` at all). Danish by default, `--lang en`.
///
/// Contents: the totals; the findings per rule with title and source; per unit; then one block
/// per employee with a timeline (SVG: one column per day, shifts coloured by kind, night periods
/// shaded, weekends and public holidays marked, every finding drawn on its interval with its
/// sentence as a tooltip) and the findings listed below it, so that nothing needs a tooltip to be
/// understood on paper.
///
/// Decisions:
/// * Every value from the input (file names, ids, names, labels, units, agreement ids inside the
///   sentences) goes through `escape`, in text and in attributes alike.
/// * Big rosters (more than `timelineLimit` employees) leave the timelines out, show only the
///   employees with findings (the others counted), at most `employeesShown` of them, and list
///   at most `findingsPerEmployee` of an employee's findings (the rest counted; JSON and CSV
///   hold them all; `--unit` and `--employee` narrow the page). README gives the size for the
///   10,000-staff anchor.
/// * Every page is capped in rows as in employees: a timeline draws at most `timelineRows` of an
///   employee's rows and as many finding marks, and a small roster's page lists at most
///   `findingsListed` of an employee's findings, each saying what it left out (one employee with a
///   million rows made a page of 858 MB).
/// * `--redact` leaves names out as in every format.
/// * `@media print`: A4 landscape, an employee's block not split across pages, the filter hidden.
enum HTMLReport {
    /// Up to this many employees, every employee gets a timeline.
    static let timelineLimit = 200
    /// In a big roster's page, the findings listed per employee, and the employees shown.
    static let findingsPerEmployee = 5
    static let employeesShown = 2_000
    /// On any page: the rows and finding marks a timeline draws, and the findings listed per employee.
    static let timelineRows = 1_000
    static let findingsListed = 300

    /// `&`, `<`, `>`, `"`, `'` and `/` as entities: safe in text and in quoted attributes.
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            // A slash too, so no input value can put "//" in the page (which holds none).
            case "/": out += "&#47;"
            default:
                // Control and bidi characters (but tab and newline) are shown as their escape
                // (`\x1b`, `\u{202E}`): raw, they would hide or reverse what follows.
                if isControl(c) && c != "\t" && c != "\n" { out += escapedForTerminal(c) } else { out.unicodeScalars.append(c) }
            }
        }
        return out
    }

    static func write(_ r: CheckResult, _ o: ReportOptions, to sink: ReportWriter.Sink) {
        let da = o.language == .da
        let plan = r.plan, roster = plan.roster, ids = roster.employeeIDs
        var out = ""
        func flush() {
            guard out.utf8.count > 1 << 20 else { return }
            var piece = out
            piece.withUTF8(sink)
            out = ""
        }
        let title = da ? "vagttjek-rapport" : "vagttjek report"
        out += "<!doctype html>\n<html lang=\"\(da ? "da" : "en")\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<title>\(title) — \(escape(roster.file))</title>\n<style>\n\(style)</style>\n</head>\n<body>\n"

        // Totals.
        let period = "\(TimeFormat.danishDate(plan.firstDay)) – \(TimeFormat.danishDate(plan.lastDay))"
        out += "<header>\n<h1>\(title)</h1>\n"
        for t in roster.titles { out += "<p class=\"meta\">\(escape(t))</p>\n" }
        out += "<p class=\"meta\">\(escape(roster.files.count > 1 ? roster.files.joined(separator: ", ") : roster.file)) · "
        out += da ? "periode \(period) · \(r.employees.count) medarbejdere · \(r.shiftCount) vagter</p>\n"
                  : "period \(period) · \(r.employees.count) employees · \(r.shiftCount) shifts</p>\n"
        if let weeks = r.plan.rotationWeeks {
            out += "<p class=\"meta\">" + (da ? "Rulleplan: én cyklus på \(weeks) uger, vurderet hen over skiftet" : "Rotation: one cycle of \(weeks) weeks, judged across the wrap") + "</p>\n"
        }
        out += "<p class=\"totals\" id=\"totals\"><span class=\"error\">\(r.errors) \(da ? "fejl" : r.errors == 1 ? "error" : "errors")</span> · "
        out += "<span class=\"warning\">\(r.warnings) \(da ? (r.warnings == 1 ? "advarsel" : "advarsler") : r.warnings == 1 ? "warning" : "warnings")</span> · "
        out += "<span class=\"info\">\(r.infos) info</span>"
        if r.acceptancesFile != nil { out += " · \(r.accepted.count) \(da ? "accepteret" : "accepted")" }
        out += "</p>\n"
        if r.errors == 0 && r.filter == nil {
            let notJudged = r.checkedRules.filter { $0.rule.dialogue != nil }.map(\.id)
            let off = r.checkedRules.filter { $0.rule.dialogue == nil && !$0.rule.isActive(plan) }.map(\.id)
            let checked = r.checkedRules.count - off.count - notJudged.count
            out += "<p class=\"clear\">" + (da
                ? "Ingen lovbrud fundet blandt de \(checked) regler, vagttjek tjekkede."
                : "No breaches found among the \(checked) rules vagttjek checked.")
            if !off.isEmpty { out += (da ? " Slået fra: " : " Off: ") + off.joined(separator: ", ") + "." }
            if !notJudged.isEmpty { out += (da ? " Til dialogen: " : " For the dialogue: ") + notJudged.joined(separator: ", ") + "." }
            out += "</p>\n"
        }
        if let filter = r.filter {
            out += "<p class=\"filtered\">" + (da
                ? "Filter \(escape(filter.text)): \(r.hidden) fund skjult, heraf \(r.hiddenErrors) fejl."
                : "Filter \(escape(filter.text)): \(r.hidden) findings hidden, \(r.hiddenErrors) of them errors.") + "</p>\n"
        }
        out += "</header>\n"

        // What to fix first: the errors by employee, before the tables.
        let units = FindingFilter.employeeUnits(plan)
        out += FixFirst.html(r, o, units: units)
        out += AcceptedSection.html(r, o)

        // Per rule.
        var countByRule = [Int](repeating: 0, count: RuleRegistry.all.count)
        // Per rule, this run's findings by severity (a rule's default is not what this run found:
        // `hours.weekly48` may be an error by default and only warnings here).
        var severitiesByRule = [[Int]](repeating: [0, 0, 0], count: RuleRegistry.all.count)
        for f in r.findings {
            countByRule[Int(f.rule.rawValue)] += 1
            severitiesByRule[Int(f.rule.rawValue)][f.severity == .error ? 0 : f.severity == .warning ? 1 : 2] += 1
        }
        out += "<section id=\"rules\">\n<h2>\(da ? "Fund pr. regel" : "Findings by rule")</h2>\n"
        if r.findings.isEmpty {
            out += "<p>\(da ? "Ingen fund." : "No findings.")</p>\n"
        } else {
            out += "<table>\n<thead><tr><th>\(da ? "Regel" : "Rule")</th><th>\(da ? "Alvor" : "Severity")</th><th>\(da ? "Titel" : "Title")</th>"
            out += "<th class=\"n\">\(da ? "Antal" : "Count")</th><th>\(da ? "Kilde" : "Source")</th></tr></thead>\n<tbody>\n"
            for (k, rule) in RuleRegistry.all.enumerated() where countByRule[k] > 0 {
                let d = rule.description
                let c = severitiesByRule[k], levels: [Severity] = [.error, .warning, .info]
                let present = (0..<3).filter { c[$0] > 0 }
                let top = levels[present.first ?? 0]
                let word = present.count == 1 ? severityWord(top, da) : present.map { "\(c[$0]) \(severityWord(levels[$0], da, plural: c[$0] != 1))" }.joined(separator: ", ")
                out += "<tr><td><code>\(d.id)</code></td><td class=\"\(top.rawValue)\">\(word)</td>"
                out += "<td>\(escape(d.title.text(o.language)))</td><td class=\"n\">\(countByRule[k])</td><td>\(escape(d.source))</td></tr>\n"
            }
            out += "</tbody>\n</table>\n"
        }
        out += "</section>\n"

        // Per unit.
        var unitCounts: [String: (Int, Int, Int)] = [:]
        for f in r.findings {
            let unit = f.employee >= 0 ? units[Int(f.employee)] ?? "" : (da ? "(hele planen)" : "(whole plan)")
            var c = unitCounts[unit] ?? (0, 0, 0)
            switch f.severity {
            case .error: c.0 += 1
            case .warning: c.1 += 1
            case .info: c.2 += 1
            }
            unitCounts[unit] = c
        }
        if !unitCounts.isEmpty {
            out += "<section id=\"units\">\n<h2>\(da ? "Pr. afdeling" : "By unit")</h2>\n<table>\n<thead><tr><th>\(da ? "Afdeling" : "Unit")</th>"
            out += "<th class=\"n\">\(da ? "Fejl" : "Errors")</th><th class=\"n\">\(da ? "Advarsler" : "Warnings")</th><th class=\"n\">Info</th></tr></thead>\n<tbody>\n"
            for unit in unitCounts.keys.sorted(by: naturalPrecedes) {
                let c = unitCounts[unit] ?? (0, 0, 0)
                out += "<tr><td>\(escape(unit.isEmpty ? (da ? "(ingen afdeling)" : "(no unit)") : unit))</td>"
                out += "<td class=\"n\">\(c.0)</td><td class=\"n\">\(c.1)</td><td class=\"n\">\(c.2)</td></tr>\n"
            }
            out += "</tbody>\n</table>\n</section>\n"
        }

        // How evenly the unsocial hours are shared, per unit of two or more.
        let fair = r.fairness.filter { $0.employees >= 2 }
        if !fair.isEmpty {
            out += "<section id=\"fairness\">\n<h2>\(da ? "Fordeling pr. årsværk (sol og vind deles ligeligt)" : "Shares per FTE (sun and wind shared evenly)")</h2>\n<table>\n"
            out += "<thead><tr><th>\(da ? "Afdeling" : "Unit")</th><th>\(da ? "Slags" : "Kind")</th><th class=\"n\">Median</th>"
            out += "<th class=\"n\">\(da ? "Største/mindste" : "Largest/smallest")</th><th class=\"n\">Gini</th><th>\(da ? "Over 1,5 × median" : "Above 1.5 × median")</th></tr></thead>\n<tbody>\n"
            let kinds = da ? ["weekend", "aften 17–23", "nat", "helligdage"] : ["weekend", "evening 17–23", "night", "holidays"]
            for u in fair {
                for (k, spread) in u.spreads.enumerated() {
                    let unit = k == 0 ? escape(u.unit ?? (da ? "(ingen afdeling)" : "(no unit)")) + " (\(u.employees))" : ""
                    out += "<tr><td>\(unit)</td><td>\(kinds[k])</td><td class=\"n\">\(TimeFormat.number((spread.median * 100).rounded() / 100, danish: da)) \(da ? "t" : "h")</td>"
                    out += "<td class=\"n\">\(spread.maxMinRatio.map { TimeFormat.number(($0 * 100).rounded() / 100, danish: da) } ?? "–")</td>"
                    out += "<td class=\"n\">\(TimeFormat.number((spread.gini * 100).rounded() / 100, danish: da))</td>"
                    out += "<td>\(escape(spread.aboveText(da)))</td></tr>\n"
                }
            }
            out += "</tbody>\n</table>\n<p class=\"more\">\(escape(FairnessSpread.legend(da)))</p>\n</section>\n"
        }

        // Employees.
        let big = ids.count > timelineLimit
        out += "<section id=\"employees\">\n<h2>\(da ? "Medarbejdere" : "Employees")</h2>\n"
        out += "<p class=\"filterbox\"><label>\(da ? "Filtrér (id, navn, afdeling, regel)" : "Filter (id, name, unit, rule)"): <input id=\"filter\" type=\"search\"></label></p>\n"
        if !big { out += legend(da) }
        // Each employee's findings: the range of `r.findings` (sorted by employee).
        var firstFinding = [Int](repeating: -1, count: ids.count), findingEnd = [Int](repeating: -1, count: ids.count)
        var planFindings: [Finding] = []
        for (k, f) in r.findings.enumerated() {
            if f.employee < 0 { planFindings.append(f); continue }
            let e = Int(f.employee)
            if firstFinding[e] < 0 { firstFinding[e] = k }
            findingEnd[e] = k + 1
        }
        var dates = DateTexts(danish: da, withYear: CivilDate(dayNumber: plan.firstDay).year != CivilDate(dayNumber: plan.lastDay).year)
        if !planFindings.isEmpty {
            out += "<article class=\"employee\" data-search=\"\(da ? "hele planen" : "whole plan") \(planFindings.map(\.rule.id).joined(separator: " "))\">\n"
            out += "<h3>\(da ? "Hele planen" : "The whole plan")</h3>\n<ol class=\"findings\">\n"
            for f in planFindings { out += item(f, r, o, &dates) }
            out += "</ol>\n</article>\n"
        }
        var notShown = 0, shown = 0, withFindingsNotShown = 0
        for e in ids.indices {
            let has = firstFinding[e] >= 0
            if big && !has { notShown += 1; continue }
            if big && shown == employeesShown { withFindingsNotShown += 1; continue }
            shown += 1
            let id = ids[e]
            let name = o.redact ? nil : o.names[id]
            let unit = units[e]
            var search = id + " " + (name ?? "") + " " + (unit ?? "")
            if has { for k in firstFinding[e]..<findingEnd[e] { search += " " + r.findings[k].rule.id } }
            out += "<article class=\"employee\" data-search=\"\(escape(search.lowercased()))\">\n"
            out += "<h3>\(escape(id))\(name.map { " <span class=\"name\">(\(escape($0)))</span>" } ?? "")\(unit.map { " · \(escape($0))" } ?? "")"
            // Findings about the whole period are badges by the name, not bars over the timeline.
            if has {
                for k in firstFinding[e]..<findingEnd[e] where Self.coversPeriod(r.findings[k], plan) {
                    let f = r.findings[k]
                    out += " <span class=\"badge \(f.severity.rawValue)\" title=\"\(escape(f.text(plan, o.language)))\">\(f.rule.id)</span>"
                }
            }
            out += "</h3>\n"
            if e < r.employees.count, r.employees[e].nightWorker {
                out += "<p class=\"facts\">\(escape(TextReport.nightFacts(r.employees[e], da).trimmingSpaces))</p>\n"
            }
            if !big { out += timeline(e, r, o, &dates) + shiftList(e, r, o, &dates) }
            if has {
                out += "<ol class=\"findings\">\n"
                let end = min(findingEnd[e], firstFinding[e] + (big ? findingsPerEmployee : findingsListed))
                for k in firstFinding[e]..<end { out += item(r.findings[k], r, o, &dates) }
                out += "</ol>\n"
                let rest = findingEnd[e] - end
                if rest > 0 {
                    out += "<p class=\"more\">" + (da ? "og \(rest) fund mere (alle står i --format json og csv)." : "and \(rest) more findings (all are in --format json and csv).") + "</p>\n"
                }
            } else {
                out += "<p class=\"none\">\(da ? "Ingen fund." : "No findings.")</p>\n"
            }
            out += "</article>\n"
            flush()
        }
        if notShown > 0 {
            out += "<p class=\"more\">" + (da
                ? "\(notShown) medarbejdere uden fund er ikke vist (over \(timelineLimit) medarbejdere viser siden kun dem med fund og ingen tidslinjer)."
                : "\(notShown) employees without findings are not shown (over \(timelineLimit) employees the page shows only those with findings and no timelines).") + "</p>\n"
        }
        if withFindingsNotShown > 0 {
            out += "<p class=\"more\">" + (da
                ? "\(withFindingsNotShown) medarbejdere mere har fund; siden viser de første \(employeesShown). Alle står i --format json og csv; --unit og --employee afgrænser siden."
                : "\(withFindingsNotShown) more employees have findings; the page shows the first \(employeesShown). All are in --format json and csv; --unit and --employee narrow the page.") + "</p>\n"
        }
        if !r.employeesWithoutShifts.isEmpty {
            out += "<p>\(da ? "Ingen vagter i planen" : "No shifts in the plan"): \(escape(r.employeesWithoutShifts.joined(separator: ", ")))</p>\n"
        }
        out += "</section>\n<footer>vagttjek \(vagttjekVersion) · \(da ? "samme input giver samme rapport" : "the same input gives the same report")</footer>\n"
        out += "<script>\n\(script)</script>\n</body>\n</html>\n"
        out.withUTF8(sink)
    }

    static func severityWord(_ s: Severity, _ da: Bool, plural: Bool = false) -> String {
        if da { return s == .error ? "fejl" : s == .warning ? (plural ? "advarsler" : "advarsel") : "info" }
        return plural && s != .info ? s.rawValue + "s" : s.rawValue
    }

    /// One finding as a list item: severity, rule, interval, value, and the sentence.
    static func item(_ f: Finding, _ r: CheckResult, _ o: ReportOptions, _ dates: inout DateTexts) -> String {
        let da = o.language == .da
        var s = "<li class=\"\(f.severity.rawValue)\"><span class=\"sev\">\(severityWord(f.severity, da))</span> <code>\(f.rule.id)</code> "
        s += "<span class=\"when\">\(dates.text(f.start, weekday: true))–\(dates.text(f.end, weekday: false))</span>"
        if let m = f.measured, let l = f.limit {
            s += " <span class=\"value\">\(TimeFormat.number(m, danish: da)) \(escape(f.unit.text(m, o.language))) ("
            s += da ? "grænse " : "limit "
            s += "\(TimeFormat.number(l, danish: da)) \(escape(f.unit.text(l, o.language))))</span>"
        }
        s += "<br>\(escape(f.text(r.plan, o.language)))</li>\n"
        return s
    }

    static let width = 960.0, dayLabelHeight = 12.0

    /// The employee's timeline over the plan period: days, nights, weekends and holidays behind,
    /// the shifts, and the findings below them.
    static func timeline(_ e: Int, _ r: CheckResult, _ o: ReportOptions, _ dates: inout DateTexts) -> String {
        let plan = r.plan, roster = plan.roster
        let from = plan.periodStart, to = plan.periodEnd
        let span = Double(max(1, to - from))
        func x(_ m: Minute) -> String { TimeFormat.number((Double(min(max(m, from), to) - from) / span * width * 10).rounded() / 10, danish: false) }
        func w(_ a: Minute, _ b: Minute) -> String {
            let v = (Double(min(max(b, from), to) - min(max(a, from), to)) / span * width * 10).rounded() / 10
            return TimeFormat.number(max(v, 1.5), danish: false)
        }
        let days = plan.lastDay - plan.firstDay + 1
        var s = "<svg class=\"timeline\" viewBox=\"0 0 \(Int(width)) 48\" role=\"img\" aria-label=\"\(o.language == .da ? "tidslinje" : "timeline")\">\n"
        for k in 0..<days {
            let day = plan.firstDay + k
            let a = Copenhagen.midnight(day), b = Copenhagen.midnight(day + 1)
            let weekday = isoWeekday(day)
            if DanishHolidays.isHoliday(day) {
                s += "<rect class=\"holiday\" x=\"\(x(a))\" y=\"0\" width=\"\(w(a, b))\" height=\"36\"/>\n"
            } else if weekday >= 6 {
                s += "<rect class=\"weekend\" x=\"\(x(a))\" y=\"0\" width=\"\(w(a, b))\" height=\"36\"/>\n"
            }
            if days <= 62 {
                s += "<text x=\"\(x(a))\" y=\"46\">\(CivilDate(dayNumber: day).day)</text>\n"
            } else if CivilDate(dayNumber: day).day == 1 {
                s += "<text x=\"\(x(a))\" y=\"46\">\(CivilDate(dayNumber: day).month)/\(CivilDate(dayNumber: day).year % 100)</text>\n"
            }
        }
        // Night periods (index i is the night that starts on day dayBase + i - 1).
        let nights = plan.nightStarts.count
        for i in 0..<nights where plan.nightEnds[i] > from && plan.nightStarts[i] < to {
            s += "<rect class=\"night\" x=\"\(x(plan.nightStarts[i]))\" y=\"0\" width=\"\(w(plan.nightStarts[i], plan.nightEnds[i]))\" height=\"36\"/>\n"
        }
        var drawn = 0, notDrawn = 0
        for i in roster.employeeRanges[e] {
            let shift = roster.shifts[i]
            guard shift.endMinute > from && shift.startMinute < to else { continue }
            if drawn == timelineRows { notDrawn += 1; continue }
            drawn += 1
            let label = roster.label(of: shift).map { " " + $0 } ?? ""
            s += "<rect class=\"k-\(shift.kind.name)\" x=\"\(x(shift.startMinute))\" y=\"6\" width=\"\(w(shift.startMinute, shift.endMinute))\" height=\"16\">"
            s += "<title>\(escape(kindWord(shift.kind, o.language == .da) + label)) \(dates.text(shift.startMinute, weekday: true))–\(dates.text(shift.endMinute, weekday: false))</title></rect>\n"
        }
        var marks = 0
        if let first = r.findings.firstIndex(where: { $0.employee == Int32(e) }) {
            var k = first
            while k < r.findings.count && r.findings[k].employee == Int32(e) {
                let f = r.findings[k]
                if coversPeriod(f, plan) { k += 1; continue }  // a badge by the name
                if marks == timelineRows { notDrawn += 1; k += 1; continue }
                marks += 1
                s += "<rect class=\"f-\(f.severity.rawValue)\" x=\"\(x(f.start))\" y=\"26\" width=\"\(w(f.start, f.end))\" height=\"7\">"
                s += "<title>\(f.rule.id): \(escape(f.text(plan, o.language)))</title></rect>\n"
                k += 1
            }
        }
        s += "</svg>\n"
        if notDrawn > 0 {
            let da = o.language == .da
            s += "<p class=\"more\">" + (da
                ? "Tidslinjen viser de første \(timelineRows) vagter og fund; \(notDrawn) mere er ikke tegnet (alle står i --format json og csv)."
                : "The timeline shows the first \(timelineRows) shifts and findings; \(notDrawn) more are not drawn (all are in --format json and csv).") + "</p>\n"
        }
        return s
    }

    /// Whether a finding concerns the whole plan period (an average, a share, a fact about the
    /// employee): shown as a badge by the name, as a bar it would cover the whole timeline.
    static func coversPeriod(_ f: Finding, _ plan: PlanContext) -> Bool {
        f.start <= plan.periodStart && f.end >= plan.periodEnd
    }

    /// The employee's shifts as text (`ma 02-03 07:00–15:00 D`), shown in print only, where the
    /// timeline's tooltips are lost; as many as the timeline draws.
    static func shiftList(_ e: Int, _ r: CheckResult, _ o: ReportOptions, _ dates: inout DateTexts) -> String {
        let plan = r.plan, roster = plan.roster, da = o.language == .da
        var items: [String] = []
        for i in roster.employeeRanges[e] {
            let shift = roster.shifts[i]
            guard shift.endMinute > plan.periodStart && shift.startMinute < plan.periodEnd else { continue }
            if items.count == timelineRows { break }
            // The end's clock time only, when it is on the start's day.
            let end = dates.text(shift.endMinute, weekday: false)
            let sameDay = Copenhagen.day(of: shift.startMinute) == Copenhagen.day(of: shift.endMinute - 1)
            var item = "\(dates.text(shift.startMinute, weekday: true))–\(sameDay && shift.endMinute > shift.startMinute ? String(end.suffix(5)) : end)"
            if let label = roster.label(of: shift) { item += " " + escape(label) }
            if shift.kind != .work { item += " (\(kindWord(shift.kind, da)))" }
            items.append(item)
        }
        guard !items.isEmpty else { return "" }
        return "<p class=\"shifts\">\(da ? "Vagter" : "Shifts"): \(items.joined(separator: " · "))</p>\n"
    }

    static func kindWord(_ k: ShiftKind, _ da: Bool) -> String {
        switch k {
        case .work: return da ? "arbejde" : "work"
        case .oncallWorkplace: return da ? "sovevagt / rådighed på arbejdsstedet" : "sleeping night watch / on-call at the workplace"
        case .oncallHome: return da ? "rådighed i hjemmet" : "on-call at home"
        case .callout: return da ? "tilkald" : "callout"
        case .course: return da ? "kursus" : "course"
        case .vacation: return da ? "ferie" : "vacation"
        case .sick: return da ? "syg" : "sick"
        case .timeoff: return da ? "afspadsering" : "time off"
        case .seniorday: return da ? "seniordag" : "senior day"
        case .leave: return da ? "orlov" : "leave"
        case .dayoff: return da ? "fridøgn" : "day off"
        }
    }
}

extension String {
    /// Without leading and trailing spaces and line breaks.
    var trimmingSpaces: String {
        var s = Substring(self)
        while let c = s.first, c == " " || c == "\n" { s.removeFirst() }
        while let c = s.last, c == " " || c == "\n" { s.removeLast() }
        return String(s)
    }
}
