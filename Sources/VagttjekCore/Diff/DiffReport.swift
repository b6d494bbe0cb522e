/// The reports of `vagttjek diff`: text (Danish, or English), JSON (`vagttjek.diff/1`) and CSV
/// (one change per row). Built as strings: a diff is read by a person or one program, not
/// streamed at the batch scale of `check`.
public enum DiffReport {
    /// What a report is made of: the diff, both rosters' check results, and the findings the
    /// changes created (`RosterDiff.newFindings`).
    public struct Input {
        public var diff: RosterDiff
        public var planned: CheckResult
        public var actual: CheckResult
        public var created: [Finding]
        public var resolved: Int

        public init(diff: RosterDiff, planned: CheckResult, actual: CheckResult, created: [Finding], resolved: Int) {
            self.diff = diff
            self.planned = planned
            self.actual = actual
            self.created = created
            self.resolved = resolved
        }

        /// Errors among the created findings (the exit code).
        public var createdErrors: Int { created.filter { $0.severity == .error }.count }
    }

    /// The kinds of change in the report's order (unchanged last, counted apart).
    static let changes: [RosterDiff.Change] = [.added, .removed, .moved, .shortened, .lengthened, .changedKind]

    /// `ti 10-03 07:00–15:00`, or `10-03 23:00–11-03 07:00` over midnight; the label and a kind
    /// other than work in parentheses.
    static func span(_ r: RosterDiff.Row, _ l: Language) -> String {
        let days = l == .da ? TimeFormat.weekdaysDa : TimeFormat.weekdaysEn
        let first = Copenhagen.day(of: r.start), last = Copenhagen.day(of: r.end - 1)
        var s = days[isoWeekday(first) - 1] + " " + TimeFormat.short(r.start) + "–"
        s += first == last ? TimeFormat.clock(r.end) : TimeFormat.short(r.end)
        var notes: [String] = []
        if let label = r.label { notes.append(shown(label)) }
        if r.kind != .work { notes.append(l == .da ? r.kind.aliases.dropFirst().first ?? r.kind.name : r.kind.name) }
        if !notes.isEmpty { s += " (" + notes.joined(separator: ", ") + ")" }
        return s
    }

    static func hours(_ minutes: Int, _ l: Language) -> String { TimeFormat.hours(minutes, danish: l == .da) + (l == .da ? " t" : " h") }

    static func days(_ n: Int, _ l: Language) -> String {
        l == .da ? "\(n) \(n == 1 ? "dag" : "dage")" : "\(n) \(n == 1 ? "day" : "days")"
    }

    static func breakdown(_ t: RosterDiff.Totals, _ l: Language) -> String {
        changes.compactMap { c in t.tally(c).count > 0 ? "\(t.tally(c).count) \(c.word(l))" : nil }.joined(separator: ", ")
    }

    // MARK: Text

    public static func text(_ r: Input, _ l: Language) -> String {
        let da = l == .da
        let d = r.diff
        var out = "vagttjek diff — \(r.planned.plan.roster.file) → \(r.actual.plan.roster.file)\n"
        out += da
            ? "Planlagt: \(r.planned.shiftCount) vagter; faktisk: \(r.actual.shiftCount) vagter.\n\n"
            : "Planned: \(r.planned.shiftCount) shifts; actual: \(r.actual.shiftCount) shifts.\n\n"
        let unchanged = d.total.tally(.unchanged).count
        out += da
            ? "Ændringer: \(d.total.changes) (\(hours(d.total.minutes, l))); \(unchanged) vagter uændrede.\n"
            : "Changes: \(d.total.changes) (\(hours(d.total.minutes, l))); \(unchanged) shifts unchanged.\n"
        for c in changes {
            let t = d.total.tally(c)
            out += "  " + c.word(l).padding(12) + String(t.count).leftPadded(5) + "  " + hours(t.minutes, l).leftPadded(8) + "\n"
        }
        if d.hasChangeLog {
            let dated = d.items.filter { $0.announced != nil }.count
            out += da
                ? "Varslet under \(d.changeNoticeDays) dage før vagten: \(d.total.late) af \(dated) ændringer med dato for varsling (anbefaling 13: begræns afvigelser fra planen).\n"
                : "Announced less than \(d.changeNoticeDays) days before the shift: \(d.total.late) of \(dated) changes with an announcement date (recommendation 13: limit deviations from the plan).\n"
        } else {
            out += da
                ? "Hvornår ændringerne blev varslet, ses ikke: den faktiske plan har ingen kolonne changed_on (ændret).\n"
                : "When the changes were announced is not known: the actual roster has no changed_on column.\n"
        }
        if !d.employees.isEmpty {
            out += da ? "\nPr. medarbejder:\n" : "\nPer employee:\n"
            let width = min(16, d.employees.map { $0.name.count }.max() ?? 0)
            for e in d.employees {
                out += "  " + shown(e.name).padding(width) + "  "
                out += da ? "\(e.changes) \(e.changes == 1 ? "ændring" : "ændringer"), \(hours(e.minutes, l)): " : "\(e.changes) \(e.changes == 1 ? "change" : "changes"), \(hours(e.minutes, l)): "
                out += breakdown(e, l)
                if e.late > 0 { out += da ? "; \(e.late) varslet for sent" : "; \(e.late) announced late" }
                out += "\n"
            }
        }
        if d.units.count > 1 || (d.units.first.map { !$0.name.isEmpty } ?? false) {
            out += da ? "\nPr. afdeling:\n" : "\nPer unit:\n"
            for u in d.units {
                let name = u.name.isEmpty ? (da ? "(uden afdeling)" : "(no unit)") : shown(u.name)
                out += "  \(name): " + (da ? "\(u.changes) \(u.changes == 1 ? "ændring" : "ændringer"), \(hours(u.minutes, l))" : "\(u.changes) \(u.changes == 1 ? "change" : "changes"), \(hours(u.minutes, l))")
                if u.late > 0 { out += da ? "; \(u.late) varslet for sent" : "; \(u.late) announced late" }
                out += "\n"
            }
        }
        if !d.items.isEmpty {
            out += da ? "\nÆndringerne:\n" : "\nThe changes:\n"
            let width = min(16, d.items.map { $0.employee.count }.max() ?? 0)
            for item in d.items {
                out += "  " + shown(item.employee).padding(width) + "  " + item.change.word(l).padding(12) + "  "
                switch (item.planned, item.actual) {
                case (let p?, let a?): out += span(p, l) + " → " + span(a, l)
                case (let p?, nil): out += span(p, l)
                case (nil, let a?): out += span(a, l)
                case (nil, nil): break
                }
                if let when = item.announced, let n = item.noticeDays {
                    out += da ? " · varslet \(TimeFormat.short(when)), \(days(n, l)) før" : " · announced \(TimeFormat.short(when)), \(days(n, l)) before"
                    if item.late { out += da ? ": for sent" : ": late" }
                }
                out += "\n"
            }
        }
        let errors = r.createdErrors
        out += da
            ? "\nÆndringerne har skabt \(r.created.count) \(r.created.count == 1 ? "fund" : "fund") (\(errors) \(errors == 1 ? "lovbrud" : "lovbrud")), som den planlagte plan ikke havde:\n"
            : "\nThe changes created \(r.created.count) \(r.created.count == 1 ? "finding" : "findings") (\(errors) legal \(errors == 1 ? "error" : "errors")) that the planned roster did not have:\n"
        for f in r.created {
            let who = f.employee >= 0 ? r.actual.plan.roster.employeeIDs[Int(f.employee)] : "-"
            let sev = da ? f.severity.danish.uppercased() : f.severity.rawValue.uppercased()
            out += "  [\(sev)] \(f.rule.id) \(shown(who)) \(TimeFormat.short(f.start))–\(TimeFormat.short(f.end)): \(f.text(r.actual.plan, l))\n"
        }
        out += da
            ? "Fund i den planlagte plan, som ikke længere findes: \(r.resolved).\n"
            : "Findings of the planned roster that are gone: \(r.resolved).\n"
        return out
    }

    // MARK: JSON

    public static func json(_ r: Input, _ l: Language) -> [UInt8] {
        // About 500 bytes a change and 600 a created finding: written without regrowing.
        var w = ByteWriter(capacity: 1 << 16 + 512 * r.diff.items.count + 640 * r.created.count)
        let d = r.diff
        func iso(_ instant: Minute) { w.append(0x22); w.appendISO(instant); w.append(0x22) }
        func hours(_ minutes: Int) { w.append(number: Double(minutes) / 60) }
        func tallies(_ t: RosterDiff.Totals) {
            w.append("{ ")
            for (k, c) in changes.enumerated() {
                let tally = t.tally(c)
                if k > 0 { w.append(", ") }
                w.append(json: c.rawValue); w.append(": { \"count\": "); w.append(int: tally.count)
                w.append(", \"hours\": "); hours(tally.minutes); w.append(" }")
            }
            w.append(" }")
        }
        func row(_ x: RosterDiff.Row?) {
            guard let x else { w.append("null"); return }
            w.append("{ \"start\": "); iso(x.start); w.append(", \"end\": "); iso(x.end)
            w.append(", \"kind\": "); w.append(json: x.kind.name)
            w.append(", \"label\": "); if let v = x.label { w.append(json: v) } else { w.append("null") }
            w.append(", \"unit\": "); if let v = x.unit { w.append(json: v) } else { w.append("null") }
            w.append(" }")
        }
        func totals(_ key: String, _ t: RosterDiff.Totals) {
            w.append("{ "); w.append(json: key); w.append(": "); w.append(json: t.name)
            w.append(", \"changes\": "); w.append(int: t.changes); w.append(", \"hours\": "); hours(t.minutes)
            w.append(", \"late\": "); w.append(int: t.late); w.append(", \"byChange\": "); tallies(t); w.append(" }")
        }
        w.append("{\n  \"schema\": \"vagttjek.diff/1\",\n")
        w.append("  \"planned\": { \"file\": "); w.append(json: r.planned.plan.roster.file); w.append(", \"shifts\": "); w.append(int: r.planned.shiftCount); w.append(" },\n")
        w.append("  \"actual\": { \"file\": "); w.append(json: r.actual.plan.roster.file); w.append(", \"shifts\": "); w.append(int: r.actual.shiftCount)
        w.append(", \"changeLog\": "); w.append(d.hasChangeLog ? "true" : "false"); w.append(" },\n")
        w.append("  \"changeNoticeDays\": "); w.append(int: d.changeNoticeDays); w.append(",\n")
        w.append("  \"summary\": { \"changes\": "); w.append(int: d.total.changes); w.append(", \"hours\": "); hours(d.total.minutes)
        w.append(", \"unchanged\": "); w.append(int: d.total.tally(.unchanged).count); w.append(", \"late\": "); w.append(int: d.total.late)
        w.append(", \"byChange\": "); tallies(d.total); w.append(" },\n")
        w.append("  \"employees\": [")
        for (k, e) in d.employees.enumerated() { w.append(k == 0 ? "\n    " : ",\n    "); totals("employee", e) }
        w.append(d.employees.isEmpty ? "],\n" : "\n  ],\n")
        w.append("  \"units\": [")
        for (k, u) in d.units.enumerated() { w.append(k == 0 ? "\n    " : ",\n    "); totals("unit", u) }
        w.append(d.units.isEmpty ? "],\n" : "\n  ],\n")
        w.append("  \"changes\": [")
        for (k, item) in d.items.enumerated() {
            w.append(k == 0 ? "\n    " : ",\n    ")
            w.append("{ \"employee\": "); w.append(json: item.employee)
            w.append(", \"change\": "); w.append(json: item.change.rawValue)
            w.append(", \"hours\": "); hours(item.minutes)
            w.append(", \"planned\": "); row(item.planned)
            w.append(", \"actual\": "); row(item.actual)
            w.append(", \"announced\": "); if let a = item.announced { iso(a) } else { w.append("null") }
            w.append(", \"noticeDays\": "); if let n = item.noticeDays { w.append(int: n) } else { w.append("null") }
            w.append(", \"late\": "); w.append(item.late ? "true" : "false"); w.append(" }")
        }
        w.append(d.items.isEmpty ? "],\n" : "\n  ],\n")
        w.append("  \"createdFindings\": [")
        for (k, f) in r.created.enumerated() {
            w.append(k == 0 ? "\n    " : ",\n    ")
            w.append("{ \"rule\": "); w.append(json: f.rule.id); w.append(", \"severity\": "); w.append(json: f.severity.rawValue)
            w.append(", \"employee\": ")
            if f.employee >= 0 { w.append(json: r.actual.plan.roster.employeeIDs[Int(f.employee)]) } else { w.append("null") }
            w.append(", \"start\": "); iso(f.start); w.append(", \"end\": "); iso(f.end)
            w.append(", \"message\": "); w.append(json: f.text(r.actual.plan, l)); w.append(" }")
        }
        w.append(r.created.isEmpty ? "],\n" : "\n  ],\n")
        w.append("  \"resolvedFindings\": "); w.append(int: r.resolved); w.append("\n}\n")
        return w.bytes
    }

    // MARK: CSV

    public static func csv(_ r: Input) -> String {
        var out = "employee,unit,change,hours,planned_start,planned_end,planned_kind,planned_label,actual_start,actual_end,actual_kind,actual_label,announced,notice_days,late\n"
        func f(_ s: String?) -> String { s.map(ReportWriter.csvField) ?? "" }
        for item in r.diff.items {
            var cells = [f(item.employee), f(item.unit), item.change.rawValue, TimeFormat.hours(item.minutes, danish: false)]
            for x in [item.planned, item.actual] {
                cells += [x.map { TimeFormat.iso($0.start) } ?? "", x.map { TimeFormat.iso($0.end) } ?? "", x?.kind.name ?? "", f(x?.label)]
            }
            cells += [item.announced.map(TimeFormat.iso) ?? "", item.noticeDays.map(String.init) ?? "", item.announced == nil ? "" : (item.late ? "true" : "false")]
            out += cells.joined(separator: ",") + "\n"
        }
        return out
    }
}

extension String {
    /// Padded with spaces on the left to `width` characters.
    fileprivate func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
