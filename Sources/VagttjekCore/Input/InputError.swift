/// One problem with an input file: where it is and a sentence for the user (SPEC §2, §8.8).
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

    public func rendered(_ language: Language) -> String {
        var location = file
        if let line { location += ":\(line)" }
        if line != nil, let column { location += ":\(column)" }
        return "\(location): \(message.text(language))"
    }
}

/// All the input errors of a run (the run stops with exit 2 and lists every one, up to a cap).
public struct InputFailure: Error, Sendable {
    public var errors: [InputError]
    /// The problem is in how the tool was called (a `--columns` mapping that does not fit the
    /// header), not in the file: the CLI exits 64, as for any usage error.
    public var isUsage = false

    public init(_ errors: [InputError], isUsage: Bool = false) {
        self.errors = errors
        self.isUsage = isUsage
    }

    /// How many errors are listed before "and N more".
    public static let listCap = 50

    public func rendered(_ language: Language) -> [String] {
        var lines = errors.prefix(Self.listCap).map { $0.rendered(language) }
        if errors.count > Self.listCap {
            let more = errors.count - Self.listCap
            lines.append(language == .da ? "… og \(more) fejl mere" : "… and \(more) more errors")
        }
        return lines
    }
}
