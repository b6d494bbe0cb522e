/// The text report: a heading, the findings grouped by employee (a night worker's night hours,
/// night shifts and working time under the name) with the measured value against the limit and
/// the sentence for the planner, the recommendations for shift work as one score card
/// (`RecommendationSection`), employees without shifts, and the totals. Danish
/// by default. Streamed to a sink in pieces of about a megabyte, so a report of a million
/// findings is never whole in memory.
/// Every value from the input (file name, ids, names, and the labels, units and agreement ids in
/// the sentences) is shown with its control characters escaped (`terminalSafe`): a value cannot
/// clear the screen or forge a line such as "0 fejl".
enum TextReport {
    static func write(_ r: CheckResult, _ o: ReportOptions) -> String {
        var bytes: [UInt8] = []
        write(r, o) { bytes.append(contentsOf: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func write(_ r: CheckResult, _ o: ReportOptions, to sink: ReportWriter.Sink) {
        let da = o.language == .da
        let ids = r.plan.roster.employeeIDs
        func paint(_ s: String, _ severity: Severity) -> String {
            guard o.colors else { return s }
            let code = severity == .error ? "31" : severity == .warning ? "33" : "36"
            return "\u{1B}[\(code)m\(s)\u{1B}[0m"
        }
        func label(_ s: Severity) -> String {
            let word = da ? (s == .error ? "FEJL" : s == .warning ? "ADVARSEL" : "INFO") : s.rawValue.uppercased()
            return paint(word.padding(8), s)
        }
        var out = "vagttjek \(vagttjekVersion) — \(terminalSafe(r.plan.roster.file))\n"
        // The file's own title lines (an export's name, a unit, a period), as the file says them.
        for t in r.plan.roster.titles { out += terminalSafe(t) + "\n" }
        let period = "\(TimeFormat.danishDate(r.plan.firstDay)) – \(TimeFormat.danishDate(r.plan.lastDay))"
        out += da
            ? "Periode \(period) · \(r.employees.count) medarbejder\(r.employees.count == 1 ? "" : "e") · \(r.shiftCount) vagt\(r.shiftCount == 1 ? "" : "er")\n"
            : "Period \(period) · \(r.employees.count) employee\(r.employees.count == 1 ? "" : "s") · \(r.shiftCount) shift\(r.shiftCount == 1 ? "" : "s")\n"
        if let weeks = r.plan.rotationWeeks {
            out += da
                ? "Rulleplan: perioden er én cyklus på \(weeks) \(weeks == 1 ? "uge" : "uger"), vurderet hen over skiftet fra sidste til første uge\n"
                : "Rotation: the period is one cycle of \(weeks) \(weeks == 1 ? "week" : "weeks"), judged across the wrap from the last week to the first\n"
        }
        // Finding lines name the weekday, and the year when the period crosses New Year.
        let withYear = CivilDate(dayNumber: r.plan.firstDay).year != CivilDate(dayNumber: r.plan.lastDay).year
        let whenWidth = (withYear ? 10 : 0) + (da ? 27 : 28)
        var dates = DateTexts(danish: da, withYear: withYear)
        // Each employee's unit under the name, and each finding's input lines after its value.
        let units = FindingFilter.employeeUnits(r.plan)
        let finder = RowLineFinder(r.plan.roster)
        var cursor = RowCursor()
        var current: Int32? = nil
        // The recommendations' warnings are in their own section (`RecommendationSection`).
        let isRecommendation = RuleRegistry.ids.map { $0.hasPrefix("rec.") }
        for f in r.findings where !o.summaryOnly && !isRecommendation[Int(f.rule.rawValue)] {
            if out.utf8.count > 1 << 20 {
                var piece = out
                piece.withUTF8(sink)
                out = ""
            }
            if f.employee != current {
                current = f.employee
                if f.employee < 0 {
                    out += da ? "\nHele planen\n" : "\nThe whole plan\n"
                } else {
                    let id = ids[Int(f.employee)]
                    let name = o.redact ? nil : o.names[id]
                    // With several files, the file that holds the employee (the lines in the
                    // sentences are its lines).
                    let roster = r.plan.roster
                    let e = Int(f.employee)
                    // The files that hold the employee's rows (a floater's are several).
                    let file = roster.files(of: e).map { " · " + terminalSafe(roster.files[$0]) }.joined()
                    let unit = units[e].map { " · \(terminalSafe($0))" } ?? ""
                    out += "\n\(terminalSafe(id))\(name.map { " (\(terminalSafe($0)))" } ?? "")\(unit)\(file)\n"
                    if e < r.employees.count, r.employees[e].nightWorker { out += nightFacts(r.employees[e], da) }
                }
            }
            let when = "\(dates.text(f.start, weekday: true))–\(dates.text(f.end, weekday: false))"
            var value = ""
            if let m = f.measured, let l = f.limit {
                let mu = f.unit.text(m, o.language), lu = f.unit.text(l, o.language)
                value = da
                    ? "\(TimeFormat.number(m, danish: true)) \(mu) (grænse \(TimeFormat.number(l, danish: true)) \(lu))"
                    : "\(TimeFormat.number(m, danish: false)) \(mu) (limit \(TimeFormat.number(l, danish: false)) \(lu))"
            }
            let lines = f.employee < 0 ? "" : withUnsafeTemporaryAllocation(of: Int32.self, capacity: 6) { buffer -> String in
                let n = finder.lines(f, into: buffer, cursor: &cursor)
                guard n > 0 else { return "" }
                var t = value.isEmpty ? "" : " · "
                t += n == 1 || da ? (da ? "linje" : "line") : "lines"
                for k in 0..<n { t += (k == 0 ? " " : ", ") + terminalSafe(r.plan.roster.citation(ofLine: buffer[k])) }
                return t
            }
            out += "  \(label(f.severity)) \(f.rule.id.padding(20)) \(when.padding(whenWidth)) \(value)\(lines)\n"
            out += "           \(terminalSafe(f.text(r.plan, o.language)))\n"
        }
        out += RecommendationSection.text(r, o)
        out += totals(r, o)
        out += fairness(r, o)
        if !r.employeesWithoutShifts.isEmpty {
            out += da ? "\nIngen vagter i planen: " : "\nNo shifts in the plan: "
            out += terminalSafe(r.employeesWithoutShifts.joined(separator: ", ")) + "\n"
        }
        if !r.employeesWithoutFacts.isEmpty {
            out += da ? "\nIkke i medarbejderfilen (tjekket uden fødselsdato, graviditet og timetal): " : "\nNot in the employees file (checked without birth date, pregnancy and hours): "
            out += terminalSafe(r.employeesWithoutFacts.joined(separator: ", ")) + "\n"
        }
        out += AcceptedSection.text(r, o)
        out += "\n"
        let accepted = r.acceptancesFile == nil ? "" : da
            ? "; \(r.accepted.count) fund accepteret (heraf \(r.acceptedErrors) fejl)"
            : "; \(r.accepted.count) \(r.accepted.count == 1 ? "finding" : "findings") accepted (\(r.acceptedErrors) of them \(r.acceptedErrors == 1 ? "an error" : "errors"))"
        out += da
            ? "I alt: \(r.errors) fejl, \(r.warnings) \(r.warnings == 1 ? "advarsel" : "advarsler"), \(r.infos) info\(accepted).\n"
            : "Total: \(r.errors) \(r.errors == 1 ? "error" : "errors"), \(r.warnings) \(r.warnings == 1 ? "warning" : "warnings"), \(r.infos) \(r.infos == 1 ? "info" : "infos")\(accepted).\n"
        if let filter = r.filter {
            // A filtered report says what it hid, errors first, so it never reads as an all-clear.
            let shownFilter = terminalSafe(filter.text)
            out += da
                ? "Filter \(shownFilter): \(r.hidden) fund skjult, heraf \(r.hiddenErrors) fejl. Kør uden filter for hele billedet.\n"
                : "Filter \(shownFilter): \(r.hidden) \(r.hidden == 1 ? "finding" : "findings") hidden, \(r.hiddenErrors) of them \(r.hiddenErrors == 1 ? "an error" : "errors"). Run without the filter for the whole picture.\n"
        } else if r.errors == 0 {
            // An all-clear says what it covers: the rules checked, and what qualifies it.
            // Rules a setting switches on, or that lack their column, are named, not counted.
            let notJudged = r.checkedRules.filter { $0.rule.dialogue != nil }.map(\.id)
            let off = r.checkedRules.filter { $0.rule.dialogue == nil && !$0.rule.isActive(r.plan) }.map(\.id)
            let checked = r.checkedRules.count - off.count - notJudged.count
            out += da
                ? "Ingen lovbrud fundet blandt de \(checked) regler, vagttjek tjekkede (se 'vagttjek rules')"
                : "No breaches found among the \(checked) rules vagttjek checked (see 'vagttjek rules')"
            if !off.isEmpty {
                out += da
                    ? "; \(off.count == 1 ? "denne var" : "disse \(off.count) var") slået fra, fordi politikken, vagtplanen eller et tilvalg (--wishes) ikke satte \(off.count == 1 ? "den" : "dem") til: \(off.joined(separator: ", "))"
                    : "; \(off.count == 1 ? "this one was" : "these \(off.count) were") off, as the policy, the roster or an option (--wishes) did not switch \(off.count == 1 ? "it" : "them") on: \(off.joined(separator: ", "))"
            }
            if !notJudged.isEmpty {
                out += da
                    ? "; anbefalingerne \(notJudged.joined(separator: ", ")) vurderes ikke af check selv (se Anbefalinger)"
                    : "; the recommendations \(notJudged.joined(separator: ", ")) are not judged by check itself (see the recommendations)"
            }
            out += ".\n"
            if !r.notices.isEmpty {
                out += da
                    ? "Læs også \(r.notices.count == 1 ? "bemærkningen" : "de \(r.notices.count) bemærkninger") om inputtet ovenfor (stderr).\n"
                    : "Read also the \(r.notices.count == 1 ? "note" : "\(r.notices.count) notes") on the input above (stderr).\n"
            }
        }
        // The errors again, grouped by employee, most first: where to start.
        if !o.summaryOnly { out += FixFirst.text(r, o) }
        out.withUTF8(sink)
    }
}

/// The finding lines' dates, each day's text made once (a report of a million findings names a
/// few hundred days): `ti 10-03 07:00`, `10-03 07:00`, with the year when asked.
struct DateTexts {
    let danish: Bool, withYear: Bool
    private var days: [Int: (weekday: String, plain: String)] = [:]

    init(danish: Bool, withYear: Bool) { (self.danish, self.withYear) = (danish, withYear) }

    mutating func text(_ instant: Minute, weekday: Bool) -> String {
        let local = Copenhagen.local(instant)
        let day = floorDiv(local, minutesPerDay)
        let m = local - day * minutesPerDay
        let texts: (weekday: String, plain: String)
        if let known = days[day] {
            texts = known
        } else {
            let plain = withYear ? TimeFormat.danishDate(day) : String(TimeFormat.danishDate(day).dropLast(5))
            texts = ("\((danish ? TimeFormat.weekdaysDa : TimeFormat.weekdaysEn)[isoWeekday(day) - 1]) \(plain)", plain)
            days[day] = texts
        }
        return "\(weekday ? texts.weekday : texts.plain) \(pad(m / 60, 2)):\(pad(m % 60, 2))"
    }
}

extension TextReport {
    /// Counts as "2 fejl, 1 advarsel, 3 info", leaving out zeros ("0" when all are).
    static func counts(_ c: (Int, Int, Int), _ da: Bool) -> String {
        var parts: [String] = []
        if c.0 > 0 { parts.append(da ? "\(c.0) fejl" : "\(c.0) \(c.0 == 1 ? "error" : "errors")") }
        if c.1 > 0 { parts.append(da ? "\(c.1) \(c.1 == 1 ? "advarsel" : "advarsler")" : "\(c.1) \(c.1 == 1 ? "warning" : "warnings")") }
        if c.2 > 0 { parts.append(da ? "\(c.2) info" : "\(c.2) \(c.2 == 1 ? "info" : "infos")") }
        return parts.isEmpty ? "0" : parts.joined(separator: ", ")
    }

    /// The totals per rule and per unit (and, with `--summary`, per employee) after the
    /// findings: what HR reads first in a large run. Units and ids in natural order (2 before 10).
    static func totals(_ r: CheckResult, _ o: ReportOptions) -> String {
        guard !r.findings.isEmpty else { return "" }
        let da = o.language == .da
        func add(_ c: inout (Int, Int, Int), _ s: Severity) {
            switch s {
            case .error: c.0 += 1
            case .warning: c.1 += 1
            case .info: c.2 += 1
            }
        }
        var byRule = [(Int, Int, Int)](repeating: (0, 0, 0), count: RuleRegistry.all.count)
        var byEmployee: [Int32: (Int, Int, Int)] = [:]
        var byUnit: [String: (Int, Int, Int)] = [:]
        let units = FindingFilter.employeeUnits(r.plan)
        let whole = da ? "(hele planen)" : "(the whole plan)", none = da ? "(ingen afdeling)" : "(no unit)"
        for f in r.findings {
            add(&byRule[Int(f.rule.rawValue)], f.severity)
            let unit = f.employee < 0 ? whole : units[Int(f.employee)] ?? none
            add(&byUnit[unit, default: (0, 0, 0)], f.severity)
            if o.summaryOnly && f.employee >= 0 { add(&byEmployee[f.employee, default: (0, 0, 0)], f.severity) }
        }
        var out = da ? "\nPr. regel:\n" : "\nBy rule:\n"
        for (i, c) in byRule.enumerated() where c != (0, 0, 0) {
            out += "  \(RuleRegistry.ids[i].padding(22)) \(counts(c, da))\n"
        }
        if o.summaryOnly { return hrSummary(r, o, byUnit: units.contains { $0 != nil } ? byUnit : [:], byEmployee: byEmployee) + out }
        if units.contains(where: { $0 != nil }) {
            out += da ? "\nPr. afdeling:\n" : "\nBy unit:\n"
            let names = byUnit.keys.sorted { naturalLess($0, $1) }
            let width = min(40, names.map(\.count).max() ?? 0)
            for u in names { out += "  \(terminalSafe(u).padding(width)) \(counts(byUnit[u] ?? (0, 0, 0), da))\n" }
        }
        return out
    }

    /// `--summary`, what HR reads: the units first, most errors (then warnings) first; then only
    /// the employees with errors, most first; then how many others have findings; then the rules.
    static func hrSummary(_ r: CheckResult, _ o: ReportOptions, byUnit: [String: (Int, Int, Int)], byEmployee: [Int32: (Int, Int, Int)]) -> String {
        let da = o.language == .da
        func first(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Bool? { a.0 != b.0 ? a.0 > b.0 : a.1 != b.1 ? a.1 > b.1 : nil }
        var out = ""
        if !byUnit.isEmpty {
            out += da ? "\nPr. afdeling, flest fejl først:\n" : "\nBy unit, most errors first:\n"
            let names = byUnit.keys.sorted { a, b in first(byUnit[a] ?? (0, 0, 0), byUnit[b] ?? (0, 0, 0)) ?? naturalLess(a, b) }
            let width = min(40, names.map(\.count).max() ?? 0)
            for u in names { out += "  \(terminalSafe(u).padding(width)) \(counts(byUnit[u] ?? (0, 0, 0), da))\n" }
        }
        let ids = r.plan.roster.employeeIDs
        let withErrors = byEmployee.keys.filter { (byEmployee[$0]?.0 ?? 0) > 0 }.sorted { a, b in
            first(byEmployee[a] ?? (0, 0, 0), byEmployee[b] ?? (0, 0, 0)) ?? naturalLess(ids[Int(a)], ids[Int(b)])
        }
        if !withErrors.isEmpty {
            out += da ? "\nMedarbejdere med fejl, flest først:\n" : "\nEmployees with errors, most first:\n"
            for e in withErrors {
                let id = ids[Int(e)]
                let name = o.redact ? nil : o.names[id]
                out += "  \(terminalSafe(id))\(name.map { " (\(terminalSafe($0)))" } ?? ""): \(counts(byEmployee[e] ?? (0, 0, 0), da))\n"
            }
        }
        let rest = byEmployee.count - withErrors.count
        if rest > 0 {
            out += da
                ? "  \(withErrors.isEmpty ? "" : "og ")\(rest) \(rest == 1 ? "medarbejder" : "medarbejdere") med kun advarsler eller info\n"
                : "  \(withErrors.isEmpty ? "" : "and ")\(rest) \(rest == 1 ? "employee" : "employees") with warnings or infos only\n"
        }
        return out
    }

    /// How evenly the unsocial hours are shared per unit (DESIGN.md «Lokal-MED's principles and fairness»), for units of two or more.
    static func fairness(_ r: CheckResult, _ o: ReportOptions) -> String {
        let units = r.fairness.filter { $0.employees >= 2 }
        guard !units.isEmpty else { return "" }
        let da = o.language == .da
        var out = da
            ? "\nFordeling pr. årsværk (sol og vind deles ligeligt): median, største/mindste, Gini, over 1,5 × median\n"
            : "\nShares per FTE (sun and wind shared evenly): median, largest/smallest, Gini, above 1.5 × median\n"
        let kinds = da ? ["weekend", "aften 17–23", "nat", "helligdage"] : ["weekend", "evening 17–23", "night", "holidays"]
        for u in units {
            let name = u.unit.map(terminalSafe) ?? (da ? "(ingen afdeling)" : "(no unit)")
            out += "  \(name) (\(u.employees) \(da ? "medarbejdere" : "employees")):\n"
            for (k, s) in u.spreads.enumerated() {
                let median = TimeFormat.number((s.median * 100).rounded() / 100, danish: da) + (da ? " t" : " h")
                let ratio = s.maxMinRatio.map { TimeFormat.number(($0 * 100).rounded() / 100, danish: da) } ?? "–"
                let gini = TimeFormat.number((s.gini * 100).rounded() / 100, danish: da)
                let above = terminalSafe(s.aboveText(da))
                out += "    \(kinds[k].padding(14)) \(median.padding(9)) \(ratio.padding(6)) \(gini.padding(5)) \(above)\n"
            }
        }
        out += "  " + FairnessSpread.legend(da) + "\n"
        return out
    }

    /// A night worker's facts under their heading (the health check and senior days are in
    /// the findings' own sentences).
    static func nightFacts(_ e: EmployeeSummary, _ da: Bool) -> String {
        let hours = TimeFormat.number((e.nightHours * 100).rounded() / 100, danish: da)
        let work = TimeFormat.number((e.workHours * 100).rounded() / 100, danish: da)
        let shifts = e.nightShifts
        return da
            ? "  Natarbejder\(e.fixedNight ? ", fast nat" : ""): \(hours) nattimer i \(shifts) \(shifts == 1 ? "nattevagt" : "nattevagter"), \(work) t arbejdstid i perioden.\n"
            : "  Night worker\(e.fixedNight ? ", fixed night" : ""): \(hours) night hours in \(shifts) night \(shifts == 1 ? "shift" : "shifts"), \(work) h of working time in the period.\n"
    }
}

/// Natural order (`naturalPrecedes`), for the report's units and ids.
func naturalLess(_ a: String, _ b: String) -> Bool { naturalPrecedes(a, b) }

extension String {
    /// Pads with spaces to a width (counting characters).
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
