/// One finding per row (RFC 4180), the columns `FindingField` names, streamed to a sink.
enum CSVReport {
    static func write(_ r: CheckResult, _ o: ReportOptions, to sink: ReportWriter.Sink) {
        let fields = ReportFields<CSVStyle>(r, o.language)
        var w = ByteWriter(capacity: 128)
        w.append(FindingField.allCases.map(\.rawValue).joined(separator: ","))
        w.append(0x0A)
        w.withBytes(sink)
        let findings = r.findings
        ReportWriter.render(count: findings.count, jobs: o.jobs, to: sink) { range, w in
            for f in findings[range] { fields.write(f, into: &w) }
        }
    }
}

/// `rest.daily,error,E1,…` with a line end after the last field; a missing value is empty.
enum CSVStyle: FieldStyle {
    static func keyText(_ key: String, first: Bool) -> String { first ? "" : "," }
    /// Shaped for speed: one byte, not a copy from the encoded keys.
    @inline(__always) static func key(_ i: Int, _ keys: EncodedStrings, _ w: inout ByteWriter) { if i > 0 { w.append(0x2C) } }
    @inline(__always) static func close(_ w: inout ByteWriter) { w.append(0x0A) }
    @inline(__always) static func null(_ w: inout ByteWriter) {}
    @inline(__always) static func instant(_ m: Minute, _ w: inout ByteWriter) { w.appendISO(m) }
    @inline(__always) static func bool(_ b: Bool, _ w: inout ByteWriter) { w.append(b ? "true" : "false") }
    @inline(__always) static func string(_ w: inout ByteWriter, _ body: (inout ByteWriter) -> Void) { w.appendCSVField(body) }
    @inline(__always) static func string(_ s: String, _ w: inout ByteWriter) { w.append(csv: s) }
    /// Encodes a value once (ids, rule ids, sources). A value that a spreadsheet would run as a
    /// formula (it starts with `=`, `+`, `-`, `@`, a tab or a carriage return: an id typed as
    /// `=HYPERLINK(…)` in a roster) gets a leading `'`, which Excel shows as text.
    static func encode(_ s: String, _ w: inout ByteWriter) {
        if let first = s.utf8.first, first == 0x3D || first == 0x2B || first == 0x2D || first == 0x40 || first == 0x09 || first == 0x0D {
            w.append(csv: "'" + s)
        } else {
            w.append(csv: s)
        }
    }
}
