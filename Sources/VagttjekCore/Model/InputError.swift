/// One problem with an input file: where it is and a sentence for the user (README «Inputs»; README «Input errors»).
///
/// Rendered like a compiler diagnostic, `FILE:LINE:COLUMN: message`, so editors and scripts can
/// jump to it. Line and column are 1-based; either may be unknown.
public struct InputError: Error, Hashable, Sendable {
    public let file: String
    public let line: Int?
    public let column: Int?
    public let message: LocalizedText
    /// The last line of the row in error, when the row spans several lines (a quoted field with
    /// line breaks), so `--skip-invalid` can count the lines it skips exactly.
    public var lastLine: Int?
    /// The sheet and cell of a workbook (`Marts!C7`), named instead of line and column.
    public var cell: String?

    public init(file: String, line: Int? = nil, column: Int? = nil, message: LocalizedText, lastLine: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.lastLine = lastLine
    }

    public init(file: String, line: Int? = nil, column: Int? = nil, da: String, en: String, lastLine: Int? = nil) {
        self.init(file: file, line: line, column: column, message: LocalizedText(da: da, en: en), lastLine: lastLine)
    }

    /// The lines the problem covers (one unless the row spans several).
    public var lineCount: Int { line.map { max(1, (lastLine ?? $0) - $0 + 1) } ?? 1 }

    /// `FILE:LINE:COLUMN: message`, safe for a terminal (control characters escaped).
    public func rendered(_ language: Language) -> String {
        var location = file
        if let cell {
            location += "!" + cell
        } else {
            if let line { location += ":\(line)" }
            if line != nil, let column { location += ":\(column)" }
        }
        return terminalSafe("\(location): \(message.text(language))")
    }
}

/// All the input errors of a run (the run stops with exit 2 and lists every one, up to a cap).
public struct InputFailure: Error, Sendable {
    public var errors: [InputError]
    /// Further rows in error that were counted, not kept (a file of millions of bad lines).
    public var omitted = 0
    /// The problem is in how the tool was called (a `--columns` mapping that does not fit the
    /// header), not in the file: the CLI exits 64, as for any usage error.
    public var isUsage = false
    /// The language the policy file asks for, when it was read and names one (`CheckFiles`):
    /// the errors of a run are best said in it.
    public var language: Language?

    public init(_ errors: [InputError], isUsage: Bool = false) {
        self.errors = errors
        self.isUsage = isUsage
    }

    /// How many errors are listed before "and N more".
    public static let listCap = 50

    /// How many further line numbers an error repeated on other lines names.
    public static let repeatedLinesShown = 10

    /// The errors as stderr lists them: an error repeated word for word on other lines (at the
    /// first one's column or another) (an unknown kind on every row of an export) is one line that counts and
    /// names the others, so 5,000 rows with "Rådighed" say so once. Up to `listCap` lines, then
    /// how many errors are left. The errors themselves stay one per row (`--skip-invalid`
    /// counts them; the JSON input-errors document lists every one).
    public func rendered(_ language: Language) -> [String] {
        struct Key: Hashable {
            let file: String, message: LocalizedText
        }
        var groups: [(first: InputError, more: [Int])] = []
        var index: [Key: Int] = [:]
        for e in errors {
            if let line = e.line {
                let key = Key(file: e.file, message: e.message)
                if let g = index[key] {
                    groups[g].more.append(line)
                    continue
                }
                index[key] = groups.count
            }
            groups.append((e, []))
        }
        var lines: [String] = []
        var listed = 0
        for g in groups.prefix(Self.listCap) {
            var line = g.first.rendered(language)
            if !g.more.isEmpty {
                let numbers = g.more.prefix(Self.repeatedLinesShown).map(String.init).joined(separator: ", ")
                    + (g.more.count > Self.repeatedLinesShown ? ", …" : "")
                line += language == .da
                    ? " (samme fejl på \(g.more.count) \(g.more.count == 1 ? "linje" : "linjer") mere: \(numbers))"
                    : " (the same error on \(g.more.count) more \(g.more.count == 1 ? "line" : "lines"): \(numbers))"
            }
            lines.append(line)
            listed += 1 + g.more.count
        }
        if errors.count + omitted > listed {
            let more = errors.count + omitted - listed
            lines.append(language == .da ? "… og \(more) fejl mere" : "… and \(more) more errors")
        }
        return lines
    }
}

/// A value from the input as a message shows it: control characters escaped (`\x1b`, `\n`), so
/// a value cannot move the cursor, clear the screen or forge a line on a terminal; and cut to
/// `limit` characters, so a 50 MB header line is not echoed whole.
public func shown(_ value: String, limit: Int = 60) -> String {
    var out = ""
    var count = 0
    for c in value.unicodeScalars {
        if count >= limit {
            out += "…"
            break
        }
        out += escapedForTerminal(c)
        count += 1
    }
    return out
}

/// A list of values (a header) as a message shows it: each value `shown`, the list cut to
/// about 300 characters.
public func shownList(_ values: [String], separator: String = ",") -> String {
    var out = ""
    for (i, v) in values.enumerated() {
        let next = (i > 0 ? separator : "") + shown(v)
        if out.count + next.count > 300 {
            out += "\(separator)… (\(values.count - i) mere / more)"
            break
        }
        out += next
    }
    return out
}

/// Text for a terminal, and for every report a person reads: C0 and C1 control characters and
/// DEL written as escapes (`\x1b`, `\n`, `\t`), and the characters that reorder text (the bidi
/// controls: an id with U+202E would be shown reversed) as `\u{202E}`; everything else as it is.
public func terminalSafe(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isControl) else { return text }
    var out = ""
    for c in text.unicodeScalars { out += escapedForTerminal(c) }
    return out
}

func isControl(_ c: Unicode.Scalar) -> Bool { c.value < 0x20 || (c.value >= 0x7F && c.value < 0xA0) || isBidiControl(c) }

/// The characters that change the direction text is shown in (and the Arabic letter mark).
func isBidiControl(_ c: Unicode.Scalar) -> Bool {
    switch c.value {
    case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
    default: return false
    }
}

func escapedForTerminal(_ c: Unicode.Scalar) -> String {
    guard isControl(c) else { return String(c) }
    if isBidiControl(c) { return "\\u{" + String(c.value, radix: 16, uppercase: true) + "}" }
    switch c {
    case "\n": return "\\n"
    case "\r": return "\\r"
    case "\t": return "\\t"
    default:
        let digits = Array("0123456789abcdef")
        return "\\x" + String(digits[Int(c.value >> 4) & 0xF]) + String(digits[Int(c.value) & 0xF])
    }
}
