/// The version reported by `--version` and in JSON reports.
public let vagttjekVersion = "0.1.0"

/// How a report is written (SPEC §4).
public struct ReportOptions: Sendable {
    public var language: Language = .da
    /// Colour the severities (only on a terminal, never with NO_COLOR; the CLI decides).
    public var colors = false
    /// Leave names out (`--redact`); ids stay.
    public var redact = false
    /// Names by employee id, from `--employees`.
    public var names: [String: String] = [:]

    public init() {}
}

/// Renders a `CheckResult` as JSON (`vagttjek.report/1`), CSV or text. Pure functions of the
/// result, so the same input gives byte-identical output.
public enum ReportWriter {
    static func sourceOf(_ rule: String) -> String { RuleRegistry.rule(rule)?.description.source ?? "" }

    static func measuredText(_ v: Double?) -> String {
        guard let v else { return "null" }
        return TimeFormat.number(v, danish: false)
    }

    // MARK: JSON

    public static func json(_ r: CheckResult, _ o: ReportOptions) -> String {
        var out = ""
        out.reserveCapacity(512 + r.findings.count * 400 + r.employees.count * 160)
        let ids = r.plan.roster.employeeIDs
        out += "{\n  \"schema\": \"vagttjek.report/1\",\n"
        out += "  \"tool\": { \"name\": \"vagttjek\", \"version\": \"\(vagttjekVersion)\" },\n"
        out += "  \"input\": { \"shifts\": \(r.shiftCount), \"employees\": \(r.employees.count), "
        out += "\"periodStart\": \"\(CivilDate(dayNumber: r.plan.firstDay))\", \"periodEnd\": \"\(CivilDate(dayNumber: r.plan.lastDay))\" },\n"
        var byRule: [String: Int] = [:]
        for rule in RuleRegistry.all { byRule[rule.id] = 0 }
        for f in r.findings { byRule[f.rule, default: 0] += 1 }
        let byRuleText = byRule.keys.sorted().map { "\(jsonString($0)): \(byRule[$0] ?? 0)" }.joined(separator: ", ")
        out += "  \"summary\": { \"errors\": \(r.errors), \"warnings\": \(r.warnings), \"infos\": \(r.infos), \"byRule\": { \(byRuleText) } },\n"
        out += "  \"findings\": ["
        for (i, f) in r.findings.enumerated() {
            out += i == 0 ? "\n    " : ",\n    "
            out += "{ \"rule\": \(jsonString(f.rule)), \"severity\": \"\(f.severity.rawValue)\", "
            out += "\"employee\": \(f.employee >= 0 ? jsonString(ids[Int(f.employee)]) : "null"), "
            out += "\"start\": \"\(TimeFormat.iso(f.start))\", \"end\": \"\(TimeFormat.iso(f.end))\", "
            out += "\"measured\": \(measuredText(f.measured)), \"limit\": \(measuredText(f.limit)), \"unit\": \(jsonString(f.unit)), "
            out += "\"message\": \(jsonString(f.message.text(o.language))), \"source\": \(jsonString(sourceOf(f.rule))) }"
        }
        out += r.findings.isEmpty ? "],\n" : "\n  ],\n"
        out += "  \"employees\": ["
        for (i, e) in r.employees.enumerated() {
            out += i == 0 ? "\n    " : ",\n    "
            out += "{ \"employee\": \(jsonString(e.employee)), \"workHours\": \(TimeFormat.number(e.workHours, danish: false)), "
            out += "\"nightHours\": \(TimeFormat.number(e.nightHours, danish: false)), \"nightWorker\": \(e.nightWorker), "
            out += "\"fixedNight\": \(e.fixedNight), \"healthCheck\": null, \"seniorDays\": null }"
        }
        out += r.employees.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
        return out
    }

    /// A JSON string literal.
    public static func jsonString(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 { out += "\\u00" + pad(Int(u.value) >> 4, 1) + String(Int(u.value) & 15, radix: 16) } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }

    // MARK: CSV

    public static func csv(_ r: CheckResult, _ o: ReportOptions) -> String {
        let ids = r.plan.roster.employeeIDs
        var out = "rule,severity,employee,start,end,measured,limit,unit,message,source\n"
        for f in r.findings {
            let fields = [
                f.rule, f.severity.rawValue, f.employee >= 0 ? ids[Int(f.employee)] : "", TimeFormat.iso(f.start),
                TimeFormat.iso(f.end), f.measured.map { TimeFormat.number($0, danish: false) } ?? "",
                f.limit.map { TimeFormat.number($0, danish: false) } ?? "", f.unit, f.message.text(o.language),
                sourceOf(f.rule),
            ]
            out += fields.map(csvField).joined(separator: ",") + "\n"
        }
        return out
    }

    /// An RFC 4180 field: quoted when it holds a comma, quote or line break.
    public static func csvField(_ s: String) -> String {
        if s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + s.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
        }
        return s
    }

    // MARK: Text

    public static func text(_ r: CheckResult, _ o: ReportOptions) -> String {
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
        var out = "vagttjek \(vagttjekVersion) — \(r.plan.roster.file)\n"
        let period = "\(TimeFormat.danishDate(r.plan.firstDay)) – \(TimeFormat.danishDate(r.plan.lastDay))"
        out += da
            ? "Periode \(period) · \(r.employees.count) medarbejdere · \(r.shiftCount) vagter\n"
            : "Period \(period) · \(r.employees.count) employees · \(r.shiftCount) shifts\n"
        var current: Int32? = nil
        for f in r.findings {
            if f.employee != current {
                current = f.employee
                if f.employee < 0 {
                    out += da ? "\nHele planen\n" : "\nThe whole plan\n"
                } else {
                    let id = ids[Int(f.employee)]
                    let name = o.redact ? nil : o.names[id]
                    out += "\n\(id)\(name.map { " (\($0))" } ?? "")\n"
                }
            }
            let when = "\(TimeFormat.short(f.start))–\(TimeFormat.short(f.end))"
            var value = ""
            if let m = f.measured, let l = f.limit {
                let unit = unitText(f.unit, da: da)
                value = da
                    ? "\(TimeFormat.number(m, danish: true)) \(unit) (grænse \(TimeFormat.number(l, danish: true)) \(unit))"
                    : "\(TimeFormat.number(m, danish: false)) \(unit) (limit \(TimeFormat.number(l, danish: false)) \(unit))"
            }
            out += "  \(label(f.severity)) \(f.rule.padding(20)) \(when.padding(24)) \(value)\n"
            out += "           \(f.message.text(o.language))\n"
        }
        if !r.employeesWithoutShifts.isEmpty {
            out += da ? "\nIngen vagter i planen: " : "\nNo shifts in the plan: "
            out += r.employeesWithoutShifts.joined(separator: ", ") + "\n"
        }
        out += "\n"
        out += da
            ? "I alt: \(r.errors) fejl, \(r.warnings) advarsler, \(r.infos) info.\n"
            : "Total: \(r.errors) errors, \(r.warnings) warnings, \(r.infos) infos.\n"
        if r.errors == 0 {
            out += da ? "Ingen lovbrud fundet.\n" : "No breaches found.\n"
        }
        return out
    }

    static func unitText(_ unit: String, da: Bool) -> String {
        switch unit {
        case "h": return da ? "t" : "h"
        case "days": return da ? "dage" : "days"
        case "count": return da ? "gange" : "times"
        case "sundays": return da ? "søndage" : "Sundays"
        default: return unit
        }
    }
}

extension String {
    /// Pads with spaces to a width (counting characters).
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
