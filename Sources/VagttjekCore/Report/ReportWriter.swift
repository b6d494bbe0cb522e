
/// The version reported by `--version` and in JSON reports.
public let vagttjekVersion = "0.1.0"

/// How a report is written (DESIGN.md «Reports»).
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
    /// `--summary`: the text report's counts per rule, unit and employee, no findings.
    public var summaryOnly = false

    public init() {}
}

/// Renders a `CheckResult` as JSON (`vagttjek.report/1`), CSV or text: the formats are one file
/// each (`JSONReport`, `CSVReport`, `TextReport`) and walk a finding's fields the same way
/// (`ReportFields`). Pure functions of the result, so the same input gives byte-identical output.
public enum ReportWriter {
    /// Receives a report piece by piece, in order.
    public typealias Sink = (UnsafeBufferPointer<UInt8>) -> Void

    /// The `vagttjek.report/1` document in one array.
    public static func json(_ r: CheckResult, _ o: ReportOptions) -> [UInt8] {
        var out: [UInt8] = []
        json(r, o) { out.append(contentsOf: $0) }
        return out
    }

    /// The `vagttjek.report/1` document, streamed to a sink.
    public static func json(_ r: CheckResult, _ o: ReportOptions, to sink: Sink) { JSONReport.write(r, o, to: sink) }

    public static func csv(_ r: CheckResult, _ o: ReportOptions) -> [UInt8] {
        var out: [UInt8] = []
        csv(r, o) { out.append(contentsOf: $0) }
        return out
    }

    /// One finding per row, streamed to a sink.
    public static func csv(_ r: CheckResult, _ o: ReportOptions, to sink: Sink) { CSVReport.write(r, o, to: sink) }

    /// The findings for Danish Excel (`--format csv-excel`, see `ExcelCSVReport`), streamed.
    public static func excelCSV(_ r: CheckResult, _ o: ReportOptions, to sink: Sink) { ExcelCSVReport.write(r, o, to: sink) }

    public static func text(_ r: CheckResult, _ o: ReportOptions) -> String { TextReport.write(r, o) }

    /// The self-contained HTML page (`HTMLReport`).
    public static func html(_ r: CheckResult, _ o: ReportOptions, to sink: Sink) { HTMLReport.write(r, o, to: sink) }

    /// The text report, streamed to a sink.
    public static func text(_ r: CheckResult, _ o: ReportOptions, to sink: Sink) { TextReport.write(r, o, to: sink) }

    /// What `--format json` writes on stdout when the input is invalid (exit 2), so a program
    /// reading stdout learns why there is no report: `vagttjek.input-errors/1`, every error
    /// (not capped like the list on stderr), one per line, with its file, line and column
    /// (null when the problem is not at one place), a workbook's `cell` (`Marts!C7`) when it is
    /// one, and the message in the run's language.
    /// `omitted`: further rows in error that were counted, not kept (`count` includes them;
    /// `omitted` says how many of them the list leaves out).
    public static func jsonInputErrors(_ errors: [InputError], omitted: Int = 0, _ language: Language, to sink: Sink) {
        var w = ByteWriter(capacity: 4096)
        w.append("{\n  \"schema\": \"vagttjek.input-errors/1\",\n  \"tool\": { \"name\": \"vagttjek\", \"version\": \"")
        w.append(string: vagttjekVersion)
        w.append("\" },\n  \"count\": ")
        w.append(int: errors.count + omitted)
        if omitted > 0 { w.append(",\n  \"omitted\": "); w.append(int: omitted) }
        w.append(",\n  \"inputErrors\": [")
        for (i, e) in errors.enumerated() {
            w.append(i == 0 ? "\n    { \"file\": " : ",\n    { \"file\": ")
            w.append(json: e.file)
            w.append(", \"line\": ")
            if let line = e.line { w.append(int: line) } else { w.append("null") }
            w.append(", \"column\": ")
            if e.line != nil, let column = e.column { w.append(int: column) } else { w.append("null") }
            if let cell = e.cell {
                // A workbook's sheet and cell (`Marts!C7`); line is the sheet's row.
                w.append(", \"cell\": ")
                w.append(json: cell)
            }
            w.append(", \"message\": ")
            w.append(json: e.message.text(language))
            w.append(" }")
            if w.bytes.count > 1 << 16 {
                w.withBytes(sink)
                w.removeAll()
            }
        }
        w.append(errors.isEmpty ? "]\n}\n" : "\n  ]\n}\n")
        w.withBytes(sink)
    }

    /// A JSON string literal.
    public static func jsonString(_ s: String) -> String {
        var w = ByteWriter()
        w.append(json: s)
        return String(decoding: w.bytes, as: UTF8.self)
    }

    /// An RFC 4180 field: quoted when it holds a comma, quote or line break.
    public static func csvField(_ s: String) -> String {
        var w = ByteWriter()
        w.append(csv: s)
        return String(decoding: w.bytes, as: UTF8.self)
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
            Parallel.forEach(batch, work)
            for k in 0..<batch { writers[k].writer.withBytes(sink) }
            next += batch
        }
    }

    /// A writer with a cache line of padding on either side.
    struct PaddedWriter: ~Copyable {
        private var before: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
        var writer: ByteWriter
        private var after: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)

        init(writer: consuming ByteWriter) { self.writer = writer }
    }
}
