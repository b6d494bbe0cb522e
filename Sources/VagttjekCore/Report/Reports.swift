import Dispatch

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
    /// Threads for writing large reports (0 = all cores; `--jobs`).
    public var jobs = 0

    public init() {}
}

/// Renders a `CheckResult` as JSON (`vagttjek.report/1`), CSV or text. Pure functions of the
/// result, so the same input gives byte-identical output.
public enum ReportWriter {
    // MARK: JSON

    /// Receives a report piece by piece, in order.
    public typealias Sink = (UnsafeBufferPointer<UInt8>) -> Void

    /// The `vagttjek.report/1` document (SPEC §4) in one array.
    public static func json(_ r: CheckResult, _ o: ReportOptions) -> [UInt8] {
        var out: [UInt8] = []
        json(r, o) { out.append(contentsOf: $0) }
        return out
    }

    /// The `vagttjek.report/1` document (SPEC §4), one finding and one employee per line,
    /// streamed to a sink. Shaped for speed and memory: a large report is never whole in memory.
    public static func json(_ r: CheckResult, _ o: ReportOptions, to sink: Sink) {
        var w = ByteWriter(capacity: 4096)
        let sources = EncodedStrings(sourceTexts) { w, text in w.append(json: text) }
        let encodedIDs = EncodedStrings(r.plan.roster.employeeIDs) { w, id in w.append(json: id) }
        w.append("{\n  \"schema\": \"vagttjek.report/1\",\n  \"tool\": { \"name\": \"vagttjek\", \"version\": \"")
        w.append(vagttjekVersion)
        w.append("\" },\n  \"input\": { \"shifts\": ")
        w.append(int: r.shiftCount)
        w.append(", \"employees\": ")
        w.append(int: r.employees.count)
        w.append(", \"periodStart\": \"\(CivilDate(dayNumber: r.plan.firstDay))\", \"periodEnd\": \"\(CivilDate(dayNumber: r.plan.lastDay))\" },\n")
        w.append("  \"summary\": { \"errors\": ")
        w.append(int: r.errors)
        w.append(", \"warnings\": ")
        w.append(int: r.warnings)
        w.append(", \"infos\": ")
        w.append(int: r.infos)
        w.append(", \"byRule\": { ")
        for (i, (rule, count)) in countByRule(r).enumerated() {
            if i > 0 { w.append(", ") }
            w.append(json: rule)
            w.append(": ")
            w.append(int: count)
        }
        w.append(" } },\n  \"findings\": [")
        w.withBytes(sink)
        w.removeAll()
        let plan = r.plan, findings = r.findings, language = o.language, rules = RuleRegistry.all
        render(count: findings.count, jobs: o.jobs, to: sink) { range, w in
            for i in range {
                let f = findings[i]
                w.append(i == 0 ? "\n    " : ",\n    ")
                w.append("{ \"rule\": ")
                w.append(json: f.rule.id)
                w.append(f.severity == .error ? ", \"severity\": \"error\", \"employee\": " : f.severity == .warning ? ", \"severity\": \"warning\", \"employee\": " : ", \"severity\": \"info\", \"employee\": ")
                if f.employee >= 0 { encodedIDs.write(Int(f.employee), to: &w) } else { w.append("null") }
                w.append(", \"start\": \"")
                w.appendISO(f.start)
                w.append("\", \"end\": \"")
                w.appendISO(f.end)
                w.append("\", \"measured\": ")
                if let m = f.measured { w.append(number: m) } else { w.append("null") }
                w.append(", \"limit\": ")
                if let l = f.limit { w.append(number: l) } else { w.append("null") }
                w.append(", \"unit\": ")
                w.append(json: f.unit.rawValue)
                w.append(", \"message\": ")
                w.appendJSONString { rules[Int(f.rule.rawValue)].writeMessage(of: f, plan, language, into: &$0) }
                w.append(", \"source\": ")
                sources.write(Int(f.rule.rawValue), to: &w)
                w.append(" }")
            }
        }
        w.append(r.findings.isEmpty ? "],\n  \"employees\": [" : "\n  ],\n  \"employees\": [")
        w.withBytes(sink)
        w.removeAll()
        let employees = r.employees
        render(count: employees.count, jobs: o.jobs, to: sink) { range, w in
            for i in range {
                let e = employees[i]
                w.append(i == 0 ? "\n    " : ",\n    ")
                w.append("{ \"employee\": ")
                w.append(json: e.employee)
                w.append(", \"workHours\": ")
                w.append(number: e.workHours)
                w.append(", \"nightHours\": ")
                w.append(number: e.nightHours)
                w.append(e.nightWorker ? ", \"nightWorker\": true" : ", \"nightWorker\": false")
                w.append(e.fixedNight ? ", \"fixedNight\": true" : ", \"fixedNight\": false")
                w.append(", \"healthCheck\": null, \"seniorDays\": null }")
            }
        }
        w.append(r.employees.isEmpty ? "]\n}\n" : "\n  ]\n}\n")
        w.withBytes(sink)
    }

    /// Renders `count` items in chunks of a few thousand, as many at a time as there are cores,
    /// and hands each chunk to the sink in order, so the bytes are the same for any number of
    /// threads. Shaped for speed and memory: the chunk buffers are reused from round to round,
    /// so a large report costs no fresh memory after the first round.
    static func render(count: Int, jobs: Int, to sink: Sink, _ body: @escaping @Sendable (Range<Int>, inout ByteWriter) -> Void) {
        let perChunk = 2048
        let chunks = (count + perChunk - 1) / perChunk
        let threads = max(1, min(jobs > 0 ? jobs : System.activeProcessorCount, chunks))
        // One writer per thread, each on cache lines of its own: writers side by side share a
        // line, and every append's count update would bounce it between the cores.
        let writers = UnsafeMutablePointer<PaddedWriter>.allocate(capacity: threads)
        for k in 0..<threads { (writers + k).initialize(to: PaddedWriter(writer: ByteWriter(capacity: 1 << 16))) }
        defer {
            writers.deinitialize(count: threads)
            writers.deallocate()
        }
        var next = 0
        while next < chunks {
            let batch = min(threads, chunks - next)
            let first = next
            let work = { (k: Int) in
                let c = first + k
                writers[k].writer.removeAll()
                body((c * perChunk)..<min(count, (c + 1) * perChunk), &writers[k].writer)
            }
            if batch == 1 { work(0) } else { DispatchQueue.concurrentPerform(iterations: batch, execute: work) }
            for k in 0..<batch { writers[k].writer.withBytes(sink) }
            next += batch
        }
    }

    /// Strings encoded once (JSON literals or CSV fields), all in one buffer. Shaped for speed:
    /// a report names an employee in every finding, and copying ready bytes costs less than
    /// escaping the id (and retaining its `String`) each time.
    struct EncodedStrings: Sendable {
        let bytes: [UInt8]
        let offsets: [Int]

        init(_ strings: [String], _ encode: (inout ByteWriter, String) -> Void) {
            var w = ByteWriter(capacity: strings.count * 12 + 16)
            var offsets = [0]
            offsets.reserveCapacity(strings.count + 1)
            for s in strings {
                encode(&w, s)
                offsets.append(w.count)
            }
            bytes = w.bytes
            self.offsets = offsets
        }

        /// Appends string `i` as encoded.
        @inline(__always)
        func write(_ i: Int, to w: inout ByteWriter) {
            bytes.withUnsafeBufferPointer { w.append(UnsafeBufferPointer(rebasing: $0[offsets[i]..<offsets[i + 1]])) }
        }
    }

    /// A writer with a cache line of padding on either side.
    struct PaddedWriter: ~Copyable {
        private var before: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
        var writer: ByteWriter
        private var after: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)

        init(writer: consuming ByteWriter) { self.writer = writer }
    }

    /// Findings per rule id, every rule of the registry included, in id order.
    static func countByRule(_ r: CheckResult) -> [(String, Int)] {
        Array(zip(RuleRegistry.ids, r.countsByRule))
    }

    /// Each rule's source text, in registry order (encoded once per report).
    static var sourceTexts: [String] {
        RuleRegistry.all.map(\.description.source)
    }

    /// A JSON string literal.
    public static func jsonString(_ s: String) -> String {
        var w = ByteWriter()
        w.append(json: s)
        return String(decoding: w.bytes, as: UTF8.self)
    }

    // MARK: CSV

    public static func csv(_ r: CheckResult, _ o: ReportOptions) -> [UInt8] {
        var out: [UInt8] = []
        csv(r, o) { out.append(contentsOf: $0) }
        return out
    }

    /// One finding per row, streamed to a sink.
    public static func csv(_ r: CheckResult, _ o: ReportOptions, to sink: Sink) {
        var w = ByteWriter(capacity: 128)
        let sources = EncodedStrings(sourceTexts) { w, text in w.append(csv: text) }
        let encodedIDs = EncodedStrings(r.plan.roster.employeeIDs) { w, id in w.append(csv: id) }
        w.append("rule,severity,employee,start,end,measured,limit,unit,message,source\n")
        w.withBytes(sink)
        let plan = r.plan, findings = r.findings, language = o.language, rules = RuleRegistry.all
        render(count: findings.count, jobs: o.jobs, to: sink) { range, w in
            for f in findings[range] {
                w.append(csv: f.rule.id)
                w.append(f.severity == .error ? ",error," : f.severity == .warning ? ",warning," : ",info,")
                if f.employee >= 0 { encodedIDs.write(Int(f.employee), to: &w) }
                w.append(0x2C)
                w.appendISO(f.start)
                w.append(0x2C)
                w.appendISO(f.end)
                w.append(0x2C)
                if let m = f.measured { w.append(number: m) }
                w.append(0x2C)
                if let l = f.limit { w.append(number: l) }
                w.append(0x2C)
                w.append(csv: f.unit.rawValue)
                w.append(0x2C)
                w.appendCSVField { rules[Int(f.rule.rawValue)].writeMessage(of: f, plan, language, into: &$0) }
                w.append(0x2C)
                sources.write(Int(f.rule.rawValue), to: &w)
                w.append(0x0A)
            }
        }
    }

    /// An RFC 4180 field: quoted when it holds a comma, quote or line break.
    public static func csvField(_ s: String) -> String {
        var w = ByteWriter()
        w.append(csv: s)
        return String(decoding: w.bytes, as: UTF8.self)
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
                let mu = f.unit.text(m, o.language), lu = f.unit.text(l, o.language)
                value = da
                    ? "\(TimeFormat.number(m, danish: true)) \(mu) (grænse \(TimeFormat.number(l, danish: true)) \(lu))"
                    : "\(TimeFormat.number(m, danish: false)) \(mu) (limit \(TimeFormat.number(l, danish: false)) \(lu))"
            }
            out += "  \(label(f.severity)) \(f.rule.id.padding(20)) \(when.padding(24)) \(value)\n"
            out += "           \(f.text(r.plan, o.language))\n"
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
}

extension String {
    /// Pads with spaces to a width (counting characters).
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
