/// "Ret først": the errors of a run, grouped by employee, the employees with the most errors
/// first, each error with its sentence (which ends in the move that fixes it). The text report
/// ends with it and the HTML page opens with it, so a planner starts where the law is broken,
/// not with the tables. Short on purpose: at most `employeesListed` employees and
/// `errorsPerEmployee` errors each; the rest is counted and stays in the full report.
struct FixFirst {
    /// One employee's errors (indices into `CheckResult.findings`, in report order); -1 is the
    /// whole plan.
    struct Group {
        var employee: Int32
        var errors: [Int]
        /// All of the employee's errors, listed or not.
        var total: Int
    }

    static let employeesListed = 10, errorsPerEmployee = 5

    /// The groups listed, most errors first (equals in report order).
    private(set) var groups: [Group] = []
    /// Every error of the run, and the employees (or the whole plan) they concern.
    private(set) var errors = 0, employees = 0
    /// The employees not listed, and their errors (a listed employee's errors past
    /// `errorsPerEmployee` are counted under the employee instead).
    private(set) var errorsNotListed = 0, employeesNotListed = 0

    init(_ r: CheckResult) {
        var all: [Group] = []
        for (k, f) in r.findings.enumerated() where f.severity == .error {
            if all.last?.employee == f.employee {
                all[all.count - 1].total += 1
                if all[all.count - 1].errors.count < Self.errorsPerEmployee { all[all.count - 1].errors.append(k) }
            } else {
                all.append(Group(employee: f.employee, errors: [k], total: 1))
            }
        }
        // Findings are sorted by employee, so each employee is one group; a stable sort by count
        // keeps equals in report order.
        let order = all.indices.sorted { all[$0].total != all[$1].total ? all[$0].total > all[$1].total : $0 < $1 }
        errors = all.reduce(0) { $0 + $1.total }
        employees = all.count
        groups = order.prefix(Self.employeesListed).map { all[$0] }
        employeesNotListed = max(0, all.count - Self.employeesListed)
        errorsNotListed = errors - groups.reduce(0) { $0 + $1.total }
    }

    /// The heading: "Ret først (8 fejl hos 6 medarbejdere, flest først)".
    func heading(_ da: Bool) -> String {
        let who = employees == 1 ? (da ? "1 medarbejder" : "1 employee") : (da ? "\(employees) medarbejdere" : "\(employees) employees")
        return da
            ? "Ret først (\(errors) fejl hos \(who), flest først)"
            : "Fix first (\(errors) \(errors == 1 ? "error" : "errors") for \(who), most first)"
    }

    /// "og 12 fejl hos 3 medarbejdere mere (se ovenfor)", or nil when every employee is listed.
    func rest(_ da: Bool, below: Bool) -> String? {
        guard employeesNotListed > 0 else { return nil }
        let where_ = below ? (da ? "se nedenfor" : "see below") : (da ? "se ovenfor" : "see above")
        let who = employeesNotListed == 1 ? (da ? "1 medarbejder" : "1 more employee") : (da ? "\(employeesNotListed) medarbejdere" : "\(employeesNotListed) more employees")
        return da
            ? "og \(errorsNotListed) fejl hos \(who) mere (\(where_))"
            : "and \(errorsNotListed) \(errorsNotListed == 1 ? "error" : "errors") for \(who) (\(where_))"
    }

    /// The employee as the report names it: "S02 (Ida Østergaard) · Hus Syd", or "Hele planen".
    static func who(_ employee: Int32, _ r: CheckResult, _ o: ReportOptions, units: [String?]) -> (id: String, name: String?, unit: String?) {
        guard employee >= 0 else { return (o.language == .da ? "Hele planen" : "The whole plan", nil, nil) }
        let id = r.plan.roster.employeeIDs[Int(employee)]
        return (id, o.redact ? nil : o.names[id], units[Int(employee)])
    }

    /// The list as the text report ends with it (empty when there is no error).
    static func text(_ r: CheckResult, _ o: ReportOptions) -> String {
        let list = FixFirst(r)
        guard list.errors > 0 else { return "" }
        let da = o.language == .da
        let units = FindingFilter.employeeUnits(r.plan)
        var dates = DateTexts(danish: da, withYear: CivilDate(dayNumber: r.plan.firstDay).year != CivilDate(dayNumber: r.plan.lastDay).year)
        var out = "\n\(list.heading(da)):\n"
        for g in list.groups {
            let w = who(g.employee, r, o, units: units)
            out += "  \(terminalSafe(w.id))\(w.name.map { " (\(terminalSafe($0)))" } ?? "")\(w.unit.map { " · \(terminalSafe($0))" } ?? "")"
            out += " — \(g.total) \(da ? "fejl" : g.total == 1 ? "error" : "errors")\n"
            for k in g.errors {
                let f = r.findings[k]
                out += "    \(f.rule.id) \(dates.text(f.start, weekday: true)): \(terminalSafe(f.text(r.plan, o.language)))\n"
            }
            if g.total > g.errors.count {
                out += da ? "    og \(g.total - g.errors.count) fejl mere\n" : "    and \(g.total - g.errors.count) more\n"
            }
        }
        if let rest = list.rest(da, below: false) { out += "  \(rest).\n" }
        return out
    }

    /// The section the HTML page opens with (empty when there is no error).
    static func html(_ r: CheckResult, _ o: ReportOptions, units: [String?]) -> String {
        let list = FixFirst(r)
        guard list.errors > 0 else { return "" }
        let da = o.language == .da
        var dates = DateTexts(danish: da, withYear: CivilDate(dayNumber: r.plan.firstDay).year != CivilDate(dayNumber: r.plan.lastDay).year)
        var out = "<section id=\"fix-first\">\n<h2>\(HTMLReport.escape(list.heading(da)))</h2>\n"
        for g in list.groups {
            let w = who(g.employee, r, o, units: units)
            out += "<h3>\(HTMLReport.escape(w.id))\(w.name.map { " <span class=\"name\">(\(HTMLReport.escape($0)))</span>" } ?? "")"
            out += "\(w.unit.map { " · \(HTMLReport.escape($0))" } ?? "") <span class=\"count\">\(g.total) \(da ? "fejl" : g.total == 1 ? "error" : "errors")</span></h3>\n"
            out += "<ol class=\"findings\">\n"
            for k in g.errors {
                let f = r.findings[k]
                out += "<li class=\"error\"><code>\(f.rule.id)</code> <span class=\"when\">\(dates.text(f.start, weekday: true))</span><br>"
                out += "\(HTMLReport.escape(f.text(r.plan, o.language)))</li>\n"
            }
            out += "</ol>\n"
            if g.total > g.errors.count {
                out += "<p class=\"more\">\(da ? "og \(g.total - g.errors.count) fejl mere" : "and \(g.total - g.errors.count) more").</p>\n"
            }
        }
        if let rest = list.rest(da, below: true) { out += "<p class=\"more\">\(HTMLReport.escape(rest)).</p>\n" }
        out += "</section>\n"
        return out
    }
}
