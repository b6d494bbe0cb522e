/// One finding per row (RFC 4180), the columns `FindingField` names, streamed to a sink.
enum CSVReport {
    static func write(_ r: CheckResult, _ o: ReportOptions, to sink: ReportWriter.Sink) {
        let fields = ReportFields<CSVStyle>(r, o)
        var w = ByteWriter(capacity: 128)
        w.append(string: FindingField.allCases.map(\.rawValue).joined(separator: ","))
        w.append(0x0A)
        w.withBytes(sink)
        let findings = r.findings
        ReportWriter.render(count: findings.count, jobs: o.jobs, to: sink) { range, w in
            var cursor = RowCursor()
            for f in findings[range] { fields.write(f, into: &w, cursor: &cursor) }
        }
    }
}

/// `rest.daily,error,E1,…` with a line end after the last field; a missing value is empty.
enum CSVStyle: FieldStyle {
    static func lines(_ lines: UnsafeMutableBufferPointer<Int32>, _ w: inout ByteWriter) {
        for (k, l) in lines.enumerated() {
            if k > 0 { w.append(0x20) }
            w.append(int: Int(l))
        }
    }

    static func keyText(_ key: String, first: Bool) -> String { first ? "" : "," }
    /// Shaped for speed: one byte, not a copy from the encoded keys.
    @inline(__always) static func key(_ i: Int, _ keys: EncodedStrings, _ w: inout ByteWriter) { if i > 0 { w.append(0x2C) } }
    @inline(__always) static func close(_ w: inout ByteWriter) { w.append(0x0A) }
    @inline(__always) static func null(_ w: inout ByteWriter) {}
    @inline(__always) static func instant(_ m: Minute, _ w: inout ByteWriter) { w.appendISO(m) }
    @inline(__always) static func bool(_ b: Bool, _ w: inout ByteWriter) { w.append(b ? "true" : "false") }
    static var decimalComma: Bool { false }
    @inline(__always) static func string(_ w: inout ByteWriter, _ body: (inout ByteWriter) -> Void) { w.appendCSVField(body) }
    @inline(__always) static func string(_ s: String, _ w: inout ByteWriter) { w.append(csv: terminalSafe(s)) }
    /// Encodes a value once (ids, rule ids, sources): control and bidi characters shown as
    /// escapes (`terminalSafe`), and a value that a spreadsheet would run as a formula
    /// (`CSVCell.looksLikeFormula`: an id typed as `=HYPERLINK(…)` in a roster) with a leading
    /// `'`, which Excel shows as text.
    static func encode(_ s: String, _ w: inout ByteWriter) { w.append(csv: CSVCell.safe(s)) }
}

/// `--format csv-excel`: the findings as Danish Excel opens them with a double click. A UTF-8
/// BOM (else Excel reads Windows-1252 and breaks æ, ø, å), `;` between fields (Danish Excel's
/// list separator, since `,` is its decimal mark), decimal comma, times as `03-03-2026 07:00`
/// (Excel reads them as dates; the offset is left out, so the repeated hour when summer time
/// ends is not told apart; `--format csv` keeps it), CRLF line ends and headers in the run's
/// language, with `måleenhed` / `unitOfMeasure` for the unit of `målt` and `grænse`, so it is
/// not read as afdeling. Text cells that a spreadsheet would run as a formula get a leading `'`,
/// as in `--format csv`. The columns are `FindingField`'s, in its order.
enum ExcelCSVReport {
    static let headers: [Language: [String]] = [
        .da: ["regel", "alvorlighed", "medarbejder", "start", "slut", "målt", "grænse", "måleenhed", "besked", "kilde", "navn", "afdeling", "linjer"],
        .en: ["rule", "severity", "employee", "start", "end", "measured", "limit", "unitOfMeasure", "message", "source", "name", "department", "lines"],
    ]

    static func write(_ r: CheckResult, _ o: ReportOptions, to sink: ReportWriter.Sink) {
        let fields = ReportFields<ExcelCSVStyle>(r, o)
        var w = ByteWriter(capacity: 256)
        w.append([0xEF, 0xBB, 0xBF])
        w.append(string: (headers[o.language] ?? headers[.da] ?? []).joined(separator: ";"))
        w.append("\r\n")
        w.withBytes(sink)
        let findings = r.findings
        ReportWriter.render(count: findings.count, jobs: o.jobs, to: sink) { range, w in
            var cursor = RowCursor()
            for f in findings[range] { fields.write(f, into: &w, cursor: &cursor) }
        }
    }
}

/// `rest.daily;error;E1;03-03-2026 07:00;…` with CRLF after the last field.
enum ExcelCSVStyle: FieldStyle {
    static func lines(_ lines: UnsafeMutableBufferPointer<Int32>, _ w: inout ByteWriter) { CSVStyle.lines(lines, &w) }

    static func keyText(_ key: String, first: Bool) -> String { first ? "" : ";" }
    @inline(__always) static func key(_ i: Int, _ keys: EncodedStrings, _ w: inout ByteWriter) { if i > 0 { w.append(0x3B) } }
    @inline(__always) static func close(_ w: inout ByteWriter) { w.append("\r\n") }
    @inline(__always) static func null(_ w: inout ByteWriter) {}
    static func instant(_ m: Minute, _ w: inout ByteWriter) {
        let local = Copenhagen.local(m)
        let day = floorDiv(local, minutesPerDay)
        let minutes = local - day * minutesPerDay
        w.append(string: TimeFormat.danishDate(day) + " " + pad(minutes / 60, 2) + ":" + pad(minutes % 60, 2))
    }
    static func bool(_ b: Bool, _ w: inout ByteWriter) { w.append(b ? "true" : "false") }
    static var decimalComma: Bool { true }
    /// `fejl`, `advarsel`, `info` in Danish; `error`, `warning`, `info` in English.
    static func severityText(_ s: Severity, _ language: Language) -> String { language == .da ? s.danish : s.rawValue }
    /// The unit of `målt` and `grænse` as a word: `timer`, `dage`, `antal`, `søndage`, `år`, `procent`.
    static func unitText(_ u: FindingUnit, _ language: Language) -> String {
        guard language == .da else { return u == .h ? "hours" : u.rawValue }
        switch u {
        case .h: return "timer"
        case .days: return "dage"
        case .count: return "antal"
        case .sundays: return "søndage"
        case .years: return "år"
        case .percent: return "procent"
        }
    }
    static func string(_ w: inout ByteWriter, _ body: (inout ByteWriter) -> Void) {
        var cell = ByteWriter(capacity: 256)
        body(&cell)
        field(cell.bytes, &w)
    }
    static func string(_ s: String, _ w: inout ByteWriter) { field(Array(terminalSafe(s).utf8), &w) }
    static func encode(_ s: String, _ w: inout ByteWriter) { field(Array(CSVCell.safe(s).utf8), &w) }
    /// A field quoted when it holds `;`, a quote or a line break, quotes doubled.
    static func field(_ bytes: [UInt8], _ w: inout ByteWriter) {
        guard bytes.contains(where: { $0 == 0x3B || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else {
            w.append(bytes)
            return
        }
        w.append(0x22)
        for b in bytes {
            if b == 0x22 { w.append(0x22) }
            w.append(b)
        }
        w.append(0x22)
    }
}

/// What a CSV cell holds of a value from the input, for a person who opens it in a spreadsheet.
enum CSVCell {
    /// The value with control and bidi characters as escapes and, when it would run as a
    /// formula, a leading `'`.
    static func safe(_ s: String) -> String {
        let visible = terminalSafe(s)
        return looksLikeFormula(s) ? "'" + visible : visible
    }

    /// Whether a spreadsheet could take the value for a formula: it starts with `=`, `+`, `-`,
    /// `@`, a tab or a carriage return, or their fullwidth forms (`＝＋－＠`), after any spaces or
    /// characters nobody sees (a no-break space, a zero-width space, a byte order mark).
    static func looksLikeFormula(_ s: String) -> Bool {
        for c in s.unicodeScalars {
            switch c.value {
            case 0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D, 0xFF1D, 0xFF0B, 0xFF0D, 0xFF20: return true
            case 0x20, 0xA0, 0x00AD, 0x200B...0x200F, 0x2060...0x2064, 0xFEFF, 0x202A...0x202E, 0x2066...0x2069: continue
            default: return false
            }
        }
        return false
    }
}
