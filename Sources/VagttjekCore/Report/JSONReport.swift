/// The `vagttjek.report/1` document (DESIGN.md «Reports»): input, summary, findings and the employees'
/// summaries, one finding and one employee per line, streamed to a sink (a large report is
/// never whole in memory).
enum JSONReport {
    static func write(_ r: CheckResult, _ o: ReportOptions, to sink: ReportWriter.Sink) {
        let fields = ReportFields<JSONStyle>(r, o)
        var w = ByteWriter(capacity: 4096)
        w.append("{\n  \"schema\": \"vagttjek.report/1\",\n  \"tool\": { \"name\": \"vagttjek\", \"version\": \"")
        w.append(string: vagttjekVersion)
        w.append("\" },\n  \"input\": { \"shifts\": ")
        w.append(int: r.shiftCount)
        w.append(", \"employees\": ")
        w.append(int: r.employees.count)
        w.append(string: ", \"periodStart\": \"\(CivilDate(dayNumber: r.plan.firstDay))\", \"periodEnd\": \"\(CivilDate(dayNumber: r.plan.lastDay))\"")
        // The file's title lines, when it has any (`Vagtplan Hus Nord, uge 10`).
        let titles = r.plan.roster.titles
        if !titles.isEmpty {
            w.append(", \"titles\": [")
            for (i, t) in titles.enumerated() {
                if i > 0 { w.append(", ") }
                w.append(json: t)
            }
            w.append("]")
        }
        if let weeks = r.plan.rotationWeeks { w.append(", \"rotationWeeks\": "); w.append(int: weeks) }
        w.append(" },\n")
        w.append("  \"summary\": { \"errors\": ")
        w.append(int: r.errors)
        w.append(", \"warnings\": ")
        w.append(int: r.warnings)
        w.append(", \"infos\": ")
        w.append(int: r.infos)
        w.append(", \"byRule\": { ")
        for (i, (rule, count)) in zip(RuleRegistry.ids, r.countsByRule).enumerated() {
            if i > 0 { w.append(", ") }
            w.append(json: rule)
            w.append(": ")
            w.append(int: count)
        }
        w.append(" }")
        if let filter = r.filter {
            // A filtered document says so: the filter as written and what it hid.
            w.append(", \"filter\": ")
            w.append(json: filter.text)
            w.append(", \"hidden\": ")
            w.append(int: r.hidden)
            w.append(", \"hiddenErrors\": ")
            w.append(int: r.hiddenErrors)
        }
        if r.acceptancesFile != nil {
            // Accepted findings are out of the counts above; these say how many.
            w.append(", \"accepted\": ")
            w.append(int: r.accepted.count)
            w.append(", \"acceptedErrors\": ")
            w.append(int: r.acceptedErrors)
        }
        w.append(" },\n  \"findings\": [")
        w.withBytes(sink)
        w.removeAll()
        let findings = r.findings
        ReportWriter.render(count: findings.count, jobs: o.jobs, to: sink) { range, w in
            var cursor = RowCursor()
            for i in range {
                w.append(i == 0 ? "\n    " : ",\n    ")
                fields.write(findings[i], into: &w, cursor: &cursor)
            }
        }
        w.append(r.findings.isEmpty ? "]," : "\n  ],")
        if r.acceptancesFile != nil { AcceptedSection.json(r, fields, into: &w) }
        w.append("\n  \"employees\": [")
        w.withBytes(sink)
        w.removeAll()
        let employees = r.employees
        ReportWriter.render(count: employees.count, jobs: o.jobs, to: sink) { range, w in
            for i in range {
                w.append(i == 0 ? "\n    " : ",\n    ")
                fields.write(employees[i], into: &w)
            }
        }
        w.append(r.employees.isEmpty ? "],\n  \"units\": [" : "\n  ],\n  \"units\": [")
        // Per unit, how evenly the unsocial hours are shared (DESIGN.md «Lokal-MED's principles and fairness»), per FTE.
        for (k, u) in r.fairness.enumerated() {
            w.append(k == 0 ? "\n    { \"unit\": " : ",\n    { \"unit\": ")
            if let name = u.unit { w.append(json: name) } else { w.append("null") }
            w.append(", \"employees\": "); w.append(int: u.employees)
            w.append(", \"fairness\": {")
            for (i, spread) in u.spreads.enumerated() {
                w.append(i == 0 ? " \"" : ", \""); w.append(string: FairnessHours.kinds[i]); w.append("\": { \"median\": ")
                w.append(number: (spread.median * 100).rounded() / 100)
                w.append(", \"maxMinRatio\": ")
                if let ratio = spread.maxMinRatio { w.append(number: (ratio * 100).rounded() / 100) } else { w.append("null") }
                w.append(", \"gini\": "); w.append(number: (spread.gini * 100).rounded() / 100)
                w.append(", \"aboveMedian1_5\": [")
                for (j, id) in spread.above.enumerated() { if j > 0 { w.append(", ") }; w.append(json: id) }
                w.append("] }")
            }
            w.append(" }, \"recommendations\": ")
            if let r = u.recommendations {
                w.append("{ \"employees\": "); w.append(int: r.employees)
                w.append(", \"fixedNightPercent\": "); ReportFields<JSONStyle>.percent(r.fixedNightShare, &w)
                w.append(", \"quickReturns\": "); w.append(int: r.quickReturns)
                w.append(", \"longestNightRun\": "); w.append(int: r.longestNightRun)
                w.append(", \"freeWeekendPercent\": "); ReportFields<JSONStyle>.percent(r.freeWeekendShare, &w)
                w.append(", \"backwardRotations\": "); w.append(int: r.backwardRotations)
                w.append(", \"earlyStarts\": "); w.append(int: r.earlyStarts)
                w.append(", \"longDays\": "); w.append(int: r.longDays)
                w.append(", \"regularityPercent\": "); ReportFields<JSONStyle>.percent(r.regularity, &w)
                w.append(" }")
            } else {
                w.append("null")
            }
            w.append(" }")
        }
        w.append(r.fairness.isEmpty ? "]\n}\n" : "\n  ]\n}\n")
        w.withBytes(sink)
    }
}

/// `{ "rule": "rest.daily", "severity": "error", … }`.
enum JSONStyle: FieldStyle {
    static func lines(_ lines: UnsafeMutableBufferPointer<Int32>, _ w: inout ByteWriter) {
        w.append(0x5B)
        for (k, l) in lines.enumerated() {
            if k > 0 { w.append(", ") }
            w.append(int: Int(l))
        }
        w.append(0x5D)
    }

    static func citedLines(_ lines: [String], _ w: inout ByteWriter) {
        w.append(0x5B)
        for (k, l) in lines.enumerated() {
            if k > 0 { w.append(", ") }
            w.append(json: l)
        }
        w.append(0x5D)
    }

    static func keyText(_ key: String, first: Bool) -> String { (first ? "{ \"" : ", \"") + key + "\": " }
    @inline(__always) static func key(_ i: Int, _ keys: EncodedStrings, _ w: inout ByteWriter) { keys.write(i, to: &w) }
    @inline(__always) static func close(_ w: inout ByteWriter) { w.append(" }") }
    @inline(__always) static func null(_ w: inout ByteWriter) { w.append("null") }
    @inline(__always) static func instant(_ m: Minute, _ w: inout ByteWriter) {
        w.append(0x22)
        w.appendISO(m)
        w.append(0x22)
    }
    @inline(__always) static func bool(_ b: Bool, _ w: inout ByteWriter) { w.append(b ? "true" : "false") }
    static var decimalComma: Bool { false }
    @inline(__always) static func string(_ w: inout ByteWriter, _ body: (inout ByteWriter) -> Void) { w.appendJSONString(body) }
    @inline(__always) static func string(_ s: String, _ w: inout ByteWriter) { w.append(json: s) }
    static func encode(_ s: String, _ w: inout ByteWriter) { w.append(json: s) }
}
