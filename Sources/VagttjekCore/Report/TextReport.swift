/// The text report: a heading, the findings grouped by employee (a night worker's night hours,
/// night shifts and working time under the name) with the measured value against the limit and
/// the sentence for the planner, employees without shifts, and the totals. Danish
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
        let period = "\(TimeFormat.danishDate(r.plan.firstDay)) – \(TimeFormat.danishDate(r.plan.lastDay))"
        out += da
            ? "Periode \(period) · \(r.employees.count) medarbejder\(r.employees.count == 1 ? "" : "e") · \(r.shiftCount) vagt\(r.shiftCount == 1 ? "" : "er")\n"
            : "Period \(period) · \(r.employees.count) employee\(r.employees.count == 1 ? "" : "s") · \(r.shiftCount) shift\(r.shiftCount == 1 ? "" : "s")\n"
        var current: Int32? = nil
        for f in r.findings {
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
                    out += "\n\(terminalSafe(id))\(name.map { " (\(terminalSafe($0)))" } ?? "")\n"
                    let e = Int(f.employee)
                    if e < r.employees.count, r.employees[e].nightWorker { out += nightFacts(r.employees[e], da) }
                }
            }
            let when = "\(TimeFormat.short(f.start))–\(TimeFormat.short(f.end))"
            var value = ""
            if let m = f.measured, let l = f.limit {
                let mu = f.unit.text(m, o.language), lu = f.unit.text(l, o.language)
                value = da
                    ? "\(TimeFormat.number(m, danish: true)) \(mu) (grænse \(TimeFormat.number(l, danish: true)) \(lu))"
                    : "\(TimeFormat.number(m, danish: false)) \(mu) (limit \(TimeFormat.number(l, danish: false)) \(lu))"
            }
            out += "  \(label(f.severity)) \(f.rule.id.padding(20)) \(when.padding(24)) \(value)\n"
            out += "           \(terminalSafe(f.text(r.plan, o.language)))\n"
        }
        if !r.employeesWithoutShifts.isEmpty {
            out += da ? "\nIngen vagter i planen: " : "\nNo shifts in the plan: "
            out += terminalSafe(r.employeesWithoutShifts.joined(separator: ", ")) + "\n"
        }
        if !r.employeesWithoutFacts.isEmpty {
            out += da ? "\nIkke i medarbejderfilen (tjekket uden fødselsdato, graviditet og timetal): " : "\nNot in the employees file (checked without birth date, pregnancy and hours): "
            out += terminalSafe(r.employeesWithoutFacts.joined(separator: ", ")) + "\n"
        }
        out += "\n"
        out += da
            ? "I alt: \(r.errors) fejl, \(r.warnings) \(r.warnings == 1 ? "advarsel" : "advarsler"), \(r.infos) info.\n"
            : "Total: \(r.errors) \(r.errors == 1 ? "error" : "errors"), \(r.warnings) \(r.warnings == 1 ? "warning" : "warnings"), \(r.infos) \(r.infos == 1 ? "info" : "infos").\n"
        if r.errors == 0 {
            // An all-clear says what it covers: the rules checked, and what qualifies it.
            out += da
                ? "Ingen lovbrud fundet blandt de \(RuleRegistry.all.count) regler, vagttjek tjekker (se 'vagttjek rules').\n"
                : "No breaches found among the \(RuleRegistry.all.count) rules vagttjek checks (see 'vagttjek rules').\n"
            if !r.notices.isEmpty {
                out += da
                    ? "Læs også \(r.notices.count == 1 ? "bemærkningen" : "de \(r.notices.count) bemærkninger") om inputtet ovenfor (stderr).\n"
                    : "Read also the \(r.notices.count == 1 ? "note" : "\(r.notices.count) notes") on the input above (stderr).\n"
            }
        }
        out.withUTF8(sink)
    }
}

extension TextReport {
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

extension String {
    /// Pads with spaces to a width (counting characters).
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
