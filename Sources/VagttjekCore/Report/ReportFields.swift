/// The fields of a finding, in the order every report names them (the CSV header, the JSON
/// keys). One list, so a new format (HTML) names the same fields in the same order.
public enum FindingField: String, CaseIterable, Sendable {
    case rule, severity, employee, start, end, measured, limit, unit, message, source
    /// The employee's name (`--employees`, else the roster's `name` column; none with
    /// `--redact`) and unit (afdeling: the unit most of their rows name, else `--employees`'s),
    /// after the first ten so that programs reading columns by position keep working.
    case name, department
    /// The input lines of the employee's rows inside the finding's interval, when there are at
    /// most five (a finding over a longer stretch is located by its start and end).
    case lines
}

/// The fields of an employee's summary in the JSON report's `employees` list (only the JSON
/// report lists employees, so `healthCheck` and `seniorDays` are written as JSON values).
public enum EmployeeField: String, CaseIterable, Sendable {
    case employee, workHours, nightHours, nightShifts, nightWorker, nightWorkerBasis, fixedNight, healthCheck, seniorDays, fairness, recommendations
}

/// How one format writes a field's key, its value and the separators: `ReportFields.write`
/// walks the fields and calls these. Static and generic, so each format's walk is
/// specialised and costs what the hand-written one did (shaped for speed: reports of large
/// rosters hold hundreds of thousands of findings; `compare.sh` measures the JSON report).
protocol FieldStyle {
    /// What comes before a field's value: the record's opening and the first key, or the
    /// separator and the key (encoded once per report, see `ReportFields`).
    static func keyText(_ key: String, first: Bool) -> String
    /// Writes key `i` (0 is the first) from the keys encoded by `keyText`.
    static func key(_ i: Int, _ keys: EncodedStrings, _ w: inout ByteWriter)
    /// Closes a record.
    static func close(_ w: inout ByteWriter)
    /// A missing value.
    static func null(_ w: inout ByteWriter)
    static func instant(_ m: Minute, _ w: inout ByteWriter)
    static func bool(_ b: Bool, _ w: inout ByteWriter)
    /// Whether a measured value or limit has a decimal comma (Danish Excel: `8,5`) rather than
    /// a point (`8.5`).
    static var decimalComma: Bool { get }
    /// A string whose bytes `body` writes (escaped as the format needs).
    static func string(_ w: inout ByteWriter, _ body: (inout ByteWriter) -> Void)
    /// A string, escaped as the format needs (for strings not encoded in advance).
    static func string(_ s: String, _ w: inout ByteWriter)
    /// Encodes a string once, for `EncodedStrings`.
    static func encode(_ s: String, _ w: inout ByteWriter)
    /// A list of line numbers (JSON `[3, 4]`, CSV `3 4`).
    static func lines(_ lines: UnsafeMutableBufferPointer<Int32>, _ w: inout ByteWriter)
    /// The same when several files are checked as one: `FILE:LINE` each (JSON
    /// `["nord.csv:3", "syd.csv:4"]`, CSV `nord.csv:3 syd.csv:4`).
    static func citedLines(_ lines: [String], _ w: inout ByteWriter)
    /// A severity and a unit as the format writes them: the schema's names (`error`, `h`) in
    /// JSON and CSV, which programs read; words in the run's language where people read them.
    static func severityText(_ s: Severity, _ language: Language) -> String
    static func unitText(_ u: FindingUnit, _ language: Language) -> String
}

extension FieldStyle {
    static func severityText(_ s: Severity, _ language: Language) -> String { s.rawValue }
    static func unitText(_ u: FindingUnit, _ language: Language) -> String { u.rawValue }
}

extension FieldStyle {
    /// One cell, escaped as the format needs (the CSV styles).
    static func citedLines(_ lines: [String], _ w: inout ByteWriter) { string(lines.joined(separator: " "), &w) }
}

/// The input lines of the rows a finding concerns (`FindingField.lines`), for every format.
struct RowLineFinder: Sendable {
    let roster: Roster
    /// The longest row (minutes): how far back a row can start and still reach a finding.
    let longestRow: Int

    init(_ roster: Roster) {
        self.roster = roster
        longestRow = roster.longestRow
    }

    /// The lines of the employee's rows that overlap the finding, sorted; 0 when none or more
    /// than five.
    ///
    /// Shaped for speed: findings come in (employee, start) order, so the cursor only moves
    /// forward: to the first row that can still reach the finding (starting at most the longest
    /// row's length before it), then over the rows that start before the finding ends. A binary
    /// search per finding cost 30 ms of the 10k report's 40.
    @inline(__always)
    func lines(_ f: Finding, into out: UnsafeMutableBufferPointer<Int32>, cursor: inout RowCursor) -> Int {
        let range = roster.employeeRanges[Int(f.employee)]
        if cursor.employee != f.employee || cursor.start > f.start {
            cursor = RowCursor(employee: f.employee, start: f.start, index: range.lowerBound)
        }
        cursor.start = f.start
        return roster.shifts.withUnsafeBufferPointer { rows in
            let reach = f.start - longestRow
            var i = cursor.index
            while i < range.upperBound && rows[i].startMinute < reach { i += 1 }
            cursor.index = i
            var n = 0
            while i < range.upperBound && rows[i].startMinute < f.end {
                if rows[i].endMinute > f.start {
                    if n == 5 { return 0 }
                    // In line order (rows of equal start come in line order already).
                    var j = n - 1
                    while j >= 0 && out[j] > rows[i].line { out[j + 1] = out[j]; j -= 1 }
                    out[j + 1] = rows[i].line
                    n += 1
                }
                i += 1
            }
            return n
        }
    }

}

/// Where the previous finding's rows were found (`RowLineFinder.lines`).
struct RowCursor {
    var employee: Int32 = -1
    var start: Minute = 0
    var index = 0
}

/// What one report needs to write findings and summaries: the plan, the rules, the language and
/// the strings every finding repeats (employee ids, rule ids, sources, severities), encoded
/// once in the format's own escaping.
struct ReportFields<Style: FieldStyle>: Sendable {
    let plan: PlanContext
    let rules: [any Rule]
    let language: Language
    let employeeIDs: EncodedStrings
    /// Per employee (and, last, for findings on the whole plan): the keys and values of the name
    /// and the department and the key of the lines, encoded as one piece (shaped for speed:
    /// one copy per finding instead of five).
    let who: EncodedStrings
    let rowLines: RowLineFinder
    /// Several files checked as one: lines are cited `FILE:LINE`.
    let citesFiles: Bool
    let ruleIDs: EncodedStrings
    let sources: EncodedStrings
    let severities: EncodedStrings
    let units: EncodedStrings
    /// The keys (with the separators before them) of `FindingField` and `EmployeeField`, in order.
    let findingKeys: EncodedStrings
    let employeeKeys: EncodedStrings
    /// A finding's fields up to its employee, per rule and severity (index `rule * 3 + rank`):
    /// the first key, the rule id, the second key, the severity and the third key; and the unit
    /// with the keys around it, per unit. Shaped for speed: one copy where there were five and
    /// three (a report of 170,000 findings copies these 1.3 M times fewer).
    let heads: EncodedStrings
    let unitWithKeys: EncodedStrings
    let severityCount: Int

    init(_ r: CheckResult, _ o: ReportOptions) {
        plan = r.plan
        rules = RuleRegistry.all
        language = o.language
        let ids = r.plan.roster.employeeIDs
        employeeIDs = EncodedStrings(ids, Style.encode)
        func optional(_ s: String?, _ w: inout ByteWriter) { if let s { Style.encode(s, &w) } else { Style.null(&w) } }
        // Shaped for speed: without a unit anywhere no row needs looking at.
        let anyUnit = !r.plan.roster.units.isEmpty || r.plan.employeeFacts.contains { $0?.unit != nil }
        let unitOf = anyUnit ? FindingFilter.employeeUnits(r.plan) : [String?](repeating: nil, count: ids.count)
        let keys = [FindingField.name, .department, .lines].map { Style.keyText($0.rawValue, first: false) }
        who = EncodedStrings(count: ids.count + 1) { e, w in
            let name = e < ids.count && !o.redact ? o.names[ids[e]] : nil
            w.append(string: keys[0])
            optional(name, &w)
            w.append(string: keys[1])
            optional(e < ids.count ? unitOf[e] : nil, &w)
            w.append(string: keys[2])
        }
        rowLines = RowLineFinder(r.plan.roster)
        citesFiles = !r.plan.roster.fileLineBases.isEmpty
        ruleIDs = EncodedStrings(RuleRegistry.ids, Style.encode)
        sources = EncodedStrings(RuleRegistry.all.map(\.description.source), Style.encode)
        severities = EncodedStrings(Severity.allCases.map { Style.severityText($0, o.language) }, Style.encode)
        units = EncodedStrings(FindingUnit.allCases.map { Style.unitText($0, o.language) }, Style.encode)
        let fieldKeys = EncodedStrings(FindingField.allCases.map(\.rawValue).enumerated().map { Style.keyText($1, first: $0 == 0) }, { key, w in w.append(string: key) })
        findingKeys = fieldKeys
        let ruleNames = ruleIDs, severities = severities, units = units, severityCount = Severity.allCases.count
        self.severityCount = severityCount
        heads = EncodedStrings(count: ruleNames.count * severityCount) { i, w in
            Style.key(0, fieldKeys, &w)
            ruleNames.write(i / severityCount, to: &w)
            Style.key(1, fieldKeys, &w)
            severities.write(i % severityCount, to: &w)
            Style.key(2, fieldKeys, &w)
        }
        unitWithKeys = EncodedStrings(count: units.count) { i, w in
            Style.key(7, fieldKeys, &w)
            units.write(i, to: &w)
            Style.key(8, fieldKeys, &w)
        }
        employeeKeys = EncodedStrings(EmployeeField.allCases.map(\.rawValue), { key, w in w.append(string: Style.keyText(key, first: key == EmployeeField.employee.rawValue)) })
    }

    /// One finding: `FindingField`'s fields in order (the keys' indices are the cases' order).
    @inline(__always)
    func write(_ f: Finding, into w: inout ByteWriter, cursor: inout RowCursor) {
        let rule = Int(f.rule.rawValue)
        heads.write(rule &* severityCount &+ f.severity.rank, to: &w)
        if f.employee >= 0 { employeeIDs.write(Int(f.employee), to: &w) } else { Style.null(&w) }
        Style.key(3, findingKeys, &w)
        Style.instant(f.start, &w)
        Style.key(4, findingKeys, &w)
        Style.instant(f.end, &w)
        Style.key(5, findingKeys, &w)
        // From the stored hundredths, written as `append(number:)` writes the value (shaped for
        // speed: no division, multiplication and `round` per value).
        if let m = f.measuredInHundredths { w.append(hundredths: m, danish: Style.decimalComma) } else { Style.null(&w) }
        Style.key(6, findingKeys, &w)
        if let l = f.limitInHundredths { w.append(hundredths: l, danish: Style.decimalComma) } else { Style.null(&w) }
        unitWithKeys.write(f.unit.index, to: &w)
        // The rule is called in place in the array: copying it out would retain its storage
        // once per finding, from every thread at once (measured: 30 → 45 ms on 2 cores).
        let plan = self.plan, language = self.language, rules = self.rules
        Style.string(&w) { rules[rule].writeMessage(of: f, plan, language, into: &$0); f.writeWrapNote(plan, language, into: &$0) }
        Style.key(9, findingKeys, &w)
        sources.write(rule, to: &w)
        who.write(f.employee >= 0 ? Int(f.employee) : who.count - 1, to: &w)
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: 6) { buffer in
            let n = f.employee >= 0 ? rowLines.lines(f, into: buffer, cursor: &cursor) : 0
            if _slowPath(citesFiles) {
                Style.citedLines((0..<n).map { plan.roster.citation(ofLine: buffer[$0]) }, &w)
            } else {
                Style.lines(UnsafeMutableBufferPointer(rebasing: buffer[0..<n]), &w)
            }
        }
        Style.close(&w)
    }

    /// One employee's summary: `EmployeeField`'s fields in order.
    func write(_ e: EmployeeSummary, into w: inout ByteWriter) {
        Style.key(0, employeeKeys, &w)
        Style.string(e.employee, &w)
        Style.key(1, employeeKeys, &w)
        w.append(number: e.workHours)
        Style.key(2, employeeKeys, &w)
        w.append(number: e.nightHours)
        Style.key(3, employeeKeys, &w)
        w.append(int: e.nightShifts)
        Style.key(4, employeeKeys, &w)
        Style.bool(e.nightWorker, &w)
        Style.key(5, employeeKeys, &w)
        if let basis = e.nightWorkerBasis { Style.string(basis, &w) } else { Style.null(&w) }
        Style.key(6, employeeKeys, &w)
        Style.bool(e.fixedNight, &w)
        Style.key(7, employeeKeys, &w)
        if let h = e.healthCheck {
            // --redact: the dates of a health check are health data (the status stays).
            let redacted = plan.redactsPersonalData
            w.append("{ \"entitled\": true, \"lastCheck\": ")
            Self.date(redacted ? nil : h.lastCheck, &w)
            w.append(", \"nextDue\": ")
            Self.date(redacted ? nil : h.nextDue, &w)
            w.append(", \"status\": ")
            w.append(json: h.status.rawValue)
            w.append(" }")
        } else {
            Style.null(&w)
        }
        Style.key(8, employeeKeys, &w)
        w.append("[")
        for (i, y) in e.seniorDays.enumerated() {
            w.append(i == 0 ? "{ \"year\": " : ", { \"year\": ")
            w.append(int: y.year)
            w.append(", \"age\": "); if plan.redactsPersonalData { w.append("null") } else { w.append(int: y.age) }
            w.append(", \"group\": "); w.append(json: y.group)
            w.append(", \"profile\": "); w.append(json: y.profile)
            w.append(", \"entitled\": "); if let d = y.entitled { w.append(int: d) } else { w.append("null") }
            w.append(", \"planned\": "); w.append(int: y.planned)
            w.append(", \"bonusPercent\": "); if let b = y.bonusPercent { w.append(number: b) } else { w.append("null") }
            w.append(", \"basis\": "); w.append(json: y.entitled == nil ? "not computed: unknown group" : y.profile == "regional" ? "seniorbonus" : "seniordage")
            w.append(" }")
        }
        w.append("]")
        Style.key(9, employeeKeys, &w)
        if let f = e.fairness, f.hasFTE {
            w.append("{ \"weekendHours\": "); w.append(number: f.weekend)
            w.append(", \"eveningHours\": "); w.append(number: f.evening)
            w.append(", \"nightHours\": "); w.append(number: f.night)
            w.append(", \"holidayHours\": "); w.append(number: f.holiday)
            w.append(" }")
        } else {
            Style.null(&w)
        }
        Style.key(10, employeeKeys, &w)
        if let r = e.recommendations {
            w.append("{ \"quickReturns\": "); w.append(int: r.quickReturns)
            w.append(", \"longestNightRun\": "); w.append(int: r.longestNightRun)
            w.append(", \"freeWeekendPercent\": "); Self.percent(r.freeWeekendShare, &w)
            w.append(", \"backwardRotations\": "); w.append(int: r.backwardRotations)
            w.append(", \"earlyStarts\": "); w.append(int: r.earlyStarts)
            w.append(", \"longDays\": "); w.append(int: r.longDays)
            w.append(", \"regularityPercent\": "); Self.percent(r.regularity, &w)
            w.append(", \"regularityCycleWeeks\": "); if let c = r.regularityCycleWeeks { w.append(int: c) } else { w.append("null") }
            w.append(" }")
        } else {
            Style.null(&w)
        }
        Style.close(&w)
    }

    /// A share (0–1) as a percentage with two decimals at most (as the findings' `measured`
    /// in `percent`), or null.
    static func percent(_ value: Double?, _ w: inout ByteWriter) {
        guard let value else { return w.append("null") }
        w.append(number: (value * 10_000).rounded() / 100)
    }

    /// A date as JSON, or null.
    static func date(_ day: Day?, _ w: inout ByteWriter) {
        guard let day else { return w.append("null") }
        w.append(0x22); w.append(string: CivilDate(dayNumber: day).description); w.append(0x22)
    }
}

/// Strings encoded once (JSON literals or CSV fields), all in one buffer. Shaped for speed:
/// a report names an employee in every finding, and copying ready bytes costs less than
/// escaping the id (and retaining its `String`) each time.
struct EncodedStrings: Sendable {
    let bytes: [UInt8]
    let offsets: [Int]

    /// `count` pieces, each written by `encode` given its index.
    init(count: Int, _ encode: (Int, inout ByteWriter) -> Void) {
        var w = ByteWriter(capacity: count * 32 + 16)
        var offsets = [0]
        offsets.reserveCapacity(count + 1)
        for i in 0..<count {
            encode(i, &w)
            offsets.append(w.count)
        }
        bytes = w.bytes
        self.offsets = offsets
    }

    /// The number of pieces.
    var count: Int { offsets.count - 1 }

    init(_ strings: [String], _ encode: (String, inout ByteWriter) -> Void) {
        self.init(count: strings.count) { i, w in encode(strings[i], &w) }
    }

    /// Appends string `i` as encoded.
    @inline(__always)
    func write(_ i: Int, to w: inout ByteWriter) {
        bytes.withUnsafeBufferPointer { w.append(UnsafeBufferPointer(rebasing: $0[offsets[i]..<offsets[i + 1]])) }
    }
}
