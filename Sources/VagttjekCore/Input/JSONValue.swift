/// A small JSON reader that remembers the line of every value, so that an error in a policy or
/// an agreement can name the line (README «Inputs»: every input error names file and line).
/// `JSONSerialization` gives no positions and blurs numbers and booleans on Linux.
public indirect enum JSONValue: Equatable, Sendable {
    case object([(key: String, value: JSONValue, line: Int)])
    case array([JSONValue])
    case string(String)
    case number(Double)
    case bool(Bool)
    case null

    public static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case (.object(let x), .object(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        case (.array(let x), .array(let y)): return x == y
        case (.string(let x), .string(let y)): return x == y
        case (.number(let x), .number(let y)): return x == y
        case (.bool(let x), .bool(let y)): return x == y
        case (.null, .null): return true
        default: return false
        }
    }

    /// A short description of the value for messages: `7`, `"abc"`, `true`, `an object`.
    public var shortText: String {
        switch self {
        case .object: return "{…}"
        case .array: return "[…]"
        case .string(let s): return "\"\(shown(s))\""
        case .number(let n): return TimeFormat.number(n, danish: false)
        case .bool(let b): return b ? "true" : "false"
        case .null: return "null"
        }
    }

    /// Parses a whole document. Errors carry the 1-based line.
    public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
        var p = JSONParser(bytes: bytes)
        p.skipSpace()
        let v = try p.value()
        p.skipSpace()
        if p.i < bytes.count { throw JSONSyntaxError(line: p.line, da: "uventet tekst efter JSON-værdien", en: "unexpected text after the JSON value") }
        return v
    }
}

public struct JSONSyntaxError: Error, Sendable {
    public let line: Int
    /// What is wrong, in both languages.
    public let text: LocalizedText

    init(line: Int, da: String, en: String) {
        self.line = line
        self.text = LocalizedText(da: da, en: en)
    }
}

struct JSONParser {
    let bytes: [UInt8]
    var i = 0
    var line = 1
    /// Nesting so far; policies and agreements need a few levels, a deeper document is refused
    /// rather than allowed to exhaust the stack.
    var depth = 0
    static let maxDepth = 64

    init(bytes: [UInt8]) { self.bytes = bytes }

    mutating func skipSpace() {
        while i < bytes.count {
            switch bytes[i] {
            case 0x0A: line += 1; i += 1
            case 0x20, 0x09, 0x0D: i += 1
            default: return
            }
        }
    }

    func fail(da: String, en: String) -> JSONSyntaxError { JSONSyntaxError(line: line, da: da, en: en) }

    mutating func value() throws(JSONSyntaxError) -> JSONValue {
        guard i < bytes.count else { throw fail(da: "JSON'en slutter for tidligt", en: "the JSON ends too early") }
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maxDepth { throw fail(da: "JSON'en er indlejret i mere end \(Self.maxDepth) niveauer", en: "the JSON is nested more than \(Self.maxDepth) levels deep") }
        switch bytes[i] {
        case 0x7B: return try object()
        case 0x5B: return try array()
        case 0x22: return .string(try string())
        case 0x74: try literal("true"); return .bool(true)
        case 0x66: try literal("false"); return .bool(false)
        case 0x6E: try literal("null"); return .null
        default: return .number(try number())
        }
    }

    mutating func literal(_ word: String) throws(JSONSyntaxError) {
        let w = Array(word.utf8)
        guard i + w.count <= bytes.count, Array(bytes[i..<(i + w.count)]) == w else {
            throw fail(da: "uventet tegn; forventede en JSON-værdi", en: "unexpected character; expected a JSON value")
        }
        i += w.count
    }

    mutating func object() throws(JSONSyntaxError) -> JSONValue {
        i += 1
        var members: [(key: String, value: JSONValue, line: Int)] = []
        var seen = Set<String>()  // linear in the keys (a list search was quadratic: 200,000 keys took 67 s)
        skipSpace()
        if i < bytes.count && bytes[i] == 0x7D { i += 1; return .object(members) }
        while true {
            skipSpace()
            guard i < bytes.count, bytes[i] == 0x22 else { throw fail(da: "forventede en nøgle i anførselstegn", en: "expected a key in quotes") }
            let keyLine = line
            let key = try string()
            skipSpace()
            guard i < bytes.count, bytes[i] == 0x3A else { throw fail(da: "forventede ':' efter nøglen \"\(key)\"", en: "expected ':' after the key \"\(key)\"") }
            i += 1
            skipSpace()
            let v = try value()
            if !seen.insert(key).inserted { throw JSONSyntaxError(line: keyLine, da: "nøglen \"\(key)\" står to gange", en: "the key \"\(key)\" appears twice") }
            members.append((key, v, keyLine))
            skipSpace()
            guard i < bytes.count else { throw fail(da: "objektet lukkes ikke med '}'", en: "the object is not closed with '}'") }
            if bytes[i] == 0x2C { i += 1; continue }
            if bytes[i] == 0x7D { i += 1; return .object(members) }
            throw fail(da: "forventede ',' eller '}'", en: "expected ',' or '}'")
        }
    }

    mutating func array() throws(JSONSyntaxError) -> JSONValue {
        i += 1
        var items: [JSONValue] = []
        skipSpace()
        if i < bytes.count && bytes[i] == 0x5D { i += 1; return .array(items) }
        while true {
            skipSpace()
            items.append(try value())
            skipSpace()
            guard i < bytes.count else { throw fail(da: "listen lukkes ikke med ']'", en: "the array is not closed with ']'") }
            if bytes[i] == 0x2C { i += 1; continue }
            if bytes[i] == 0x5D { i += 1; return .array(items) }
            throw fail(da: "forventede ',' eller ']'", en: "expected ',' or ']'")
        }
    }

    mutating func string() throws(JSONSyntaxError) -> String {
        i += 1
        var out = [UInt8]()
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x22 { i += 1; return String(decoding: out, as: UTF8.self) }
            if b == 0x0A { throw fail(da: "en tekst lukkes ikke på sin linje", en: "a string is not closed on its line") }
            if b == 0x5C {
                i += 1
                guard i < bytes.count else { break }
                switch bytes[i] {
                case 0x22, 0x5C, 0x2F: out.append(bytes[i])
                case 0x6E: out.append(0x0A)
                case 0x74: out.append(0x09)
                case 0x72: out.append(0x0D)
                case 0x62: out.append(0x08)
                case 0x66: out.append(0x0C)
                case 0x75:
                    guard i + 4 < bytes.count, let code = UInt32(String(decoding: bytes[(i + 1)...(i + 4)], as: UTF8.self), radix: 16)
                    else { throw fail(da: "ugyldig \\u-escape", en: "invalid \\u escape") }
                    TextEncoding.appendUTF8(Unicode.Scalar(code) == nil ? 0xFFFD : code, to: &out)
                    i += 4
                default: throw fail(da: "ugyldig escape i en tekst", en: "invalid escape in a string")
                }
                i += 1
                continue
            }
            out.append(b)
            i += 1
        }
        throw fail(da: "en tekst lukkes ikke", en: "a string is not closed")
    }

    mutating func number() throws(JSONSyntaxError) -> Double {
        let start = i
        while i < bytes.count, let c = Optional(bytes[i]), (c >= 0x30 && c <= 0x39) || c == 0x2D || c == 0x2B || c == 0x2E || c == 0x65 || c == 0x45 {
            i += 1
        }
        guard i > start, let v = Double(String(decoding: bytes[start..<i], as: UTF8.self)) else {
            throw fail(da: "uventet tegn; forventede en JSON-værdi", en: "unexpected character; expected a JSON value")
        }
        return v
    }
}

/// Typed access to a JSON object for the policy and agreement readers: every key read is
/// recorded, so unknown keys (typos) can be rejected, and every type error names the line.
/// A key may be written in Danish or another spelling (`aliases`: `"skriftlig"` for
/// `"written"`, `"gyldig fra"` for `"validFrom"`; `JSONKeys`), and messages name the key as the
/// file wrote it. A key that starts with `_` is a comment (`"_hjælp"` in the template) and is
/// not read.
struct JSONObjectReader {
    let file: String
    let path: String
    let members: [(key: String, value: JSONValue, line: Int)]
    /// The members by canonical key (the policy reader looks up every setting: a search of the
    /// list was quadratic for a file of 200,000 keys).
    let index: [String: Int]
    let line: Int
    var errors: [InputError] = []
    /// Other names of the keys, by `JSONKeys.fold`ed name, to the canonical key.
    let aliases: [String: String]
    /// The key as the file wrote it, by canonical key.
    let written: [String: String]

    init(file: String, path: String, value: JSONValue, line: Int, aliases: [String: String] = [:]) throws(InputError) {
        guard case .object(let members) = value else {
            throw InputError(
                file: file, line: line, da: "\(path.isEmpty ? "filen" : path) skal være et JSON-objekt { … }",
                en: "\(path.isEmpty ? "the file" : path) must be a JSON object { … }")
        }
        self.file = file
        self.path = path
        self.members = members
        self.aliases = aliases
        var index: [String: Int] = [:], written: [String: String] = [:]
        var twice: [InputError] = []
        for (k, m) in members.enumerated() {
            let key = Self.canonical(m.key, aliases)
            if let first = written[key] {
                // Two names of one key (`written` and `skriftlig`): which is meant is not ours to guess.
                let place = path.isEmpty ? "" : "\(path)."
                twice.append(InputError(
                    file: file, line: m.line, da: "«\(shown(place + m.key))» og «\(shown(place + first))» er samme nøgle; skriv den én gang",
                    en: "«\(shown(place + m.key))» and «\(shown(place + first))» are the same key; write it once"))
            } else {
                index[key] = k
                written[key] = m.key
            }
        }
        self.index = index
        self.written = written
        self.line = line
        self.errors = twice
    }

    /// The canonical key of a key as written: itself, or what `aliases` maps it to.
    static func canonical(_ key: String, _ aliases: [String: String]) -> String {
        aliases.isEmpty || key.hasPrefix("_") ? key : aliases[JSONKeys.fold(key)] ?? key
    }

    /// The key as the file wrote it, with the path of the objects around it.
    func name(_ key: String) -> String {
        let shown = written[key] ?? key
        return path.isEmpty ? shown : "\(path).\(shown)"
    }

    func member(_ key: String) -> (value: JSONValue, line: Int)? {
        index[key].map { (members[$0].value, members[$0].line) }
    }

    mutating func fail(_ key: String, line: Int, da: String, en: String) {
        errors.append(InputError(file: file, line: line, da: "\(name(key)): \(da)", en: "\(name(key)): \(en)"))
    }

    /// Unknown keys, each an error; the first names the known ones (a file of 200,000 typos
    /// need not carry the list 200,000 times).
    mutating func rejectUnknown(_ known: [String]) {
        let set = Set(known)
        var first = true
        for m in members where !set.contains(Self.canonical(m.key, aliases)) && !m.key.hasPrefix("_") {
            let list = first ? "; kendte nøgler: \(known.joined(separator: ", "))" : ""
            let listEn = first ? "; known keys: \(known.joined(separator: ", "))" : ""
            first = false
            errors.append(
                InputError(
                    file: file, line: m.line, da: "ukendt nøgle «\(shown(name(m.key)))»\(list)", en: "unknown key «\(shown(name(m.key)))»\(listEn)"))
        }
    }

    mutating func bool(_ key: String) -> Bool? {
        guard let m = member(key) else { return nil }
        if case .bool(let b) = m.value { return b }
        // "ja" / "nej" as a TR writes them, and "yes" / "no".
        if case .string(let s) = m.value, let b = JSONKeys.yesNo(s) { return b }
        fail(key, line: m.line, da: "\(m.value.shortText) skal være true eller false (eller \"ja\" / \"nej\")", en: "\(m.value.shortText) must be true or false (or \"yes\" / \"no\")")
        return nil
    }

    mutating func string(_ key: String) -> String? {
        guard let m = member(key) else { return nil }
        if case .string(let s) = m.value { return s }
        fail(key, line: m.line, da: "\(m.value.shortText) skal være en tekst i anførselstegn", en: "\(m.value.shortText) must be a string")
        return nil
    }

    mutating func number(_ key: String, in range: ClosedRange<Double>, lawDa: String = "", lawEn: String = "") -> Double? {
        guard let m = member(key) else { return nil }
        guard case .number(let n) = m.value else {
            fail(key, line: m.line, da: "\(m.value.shortText) skal være et tal", en: "\(m.value.shortText) must be a number")
            return nil
        }
        guard range.contains(n) else {
            let r = "\(TimeFormat.number(range.lowerBound, danish: false))–\(TimeFormat.number(range.upperBound, danish: false))"
            fail(
                key, line: m.line, da: "\(m.value.shortText) er uden for det tilladte \(r)\(lawDa)",
                en: "\(m.value.shortText) is outside the allowed \(r)\(lawEn)")
            return nil
        }
        return n
    }

    mutating func date(_ key: String) -> Day? {
        guard let m = member(key) else { return nil }
        if case .string(let s) = m.value, let d = TimestampParser.parseDate(s) { return d }
        fail(key, line: m.line, da: "\(m.value.shortText) er ikke en dato; forventede \"ÅÅÅÅ-MM-DD\"", en: "\(m.value.shortText) is not a date; expected \"YYYY-MM-DD\"")
        return nil
    }

    mutating func strings(_ key: String) -> [String]? {
        guard let m = member(key) else { return nil }
        if case .array(let items) = m.value {
            var out: [String] = []
            for item in items {
                guard case .string(let s) = item else {
                    fail(key, line: m.line, da: "skal være en liste af tekster", en: "must be a list of strings")
                    return nil
                }
                out.append(s)
            }
            return out
        }
        fail(key, line: m.line, da: "\(m.value.shortText) skal være en liste [\"…\"]", en: "\(m.value.shortText) must be a list [\"…\"]")
        return nil
    }

    mutating func object(_ key: String, aliases: [String: String] = [:]) -> JSONObjectReader? {
        guard let m = member(key) else { return nil }
        do {
            return try JSONObjectReader(file: file, path: name(key), value: m.value, line: m.line, aliases: aliases)
        } catch {
            errors.append(error)
            return nil
        }
    }

    mutating func absorb(_ other: JSONObjectReader) { errors += other.errors }
}

/// Reads a JSON file for a reader, turning syntax errors into input errors.
func readJSONDocument(path: String) throws(InputFailure) -> JSONValue {
    let bytes: [UInt8]
    do {
        bytes = try TextEncoding.normalise(try TextFile.read(path: path), file: path).bytes
    } catch {
        throw InputFailure([error])
    }
    return try parseJSONDocument(bytes, file: path)
}

/// Parses JSON bytes, turning a syntax error into an input error naming the line.
func parseJSONDocument(_ bytes: [UInt8], file: String) throws(InputFailure) -> JSONValue {
    do {
        return try JSONValue.parse(bytes)
    } catch {
        throw InputFailure([
            InputError(file: file, line: error.line, da: "ugyldig JSON: \(error.text.da)", en: "invalid JSON: \(error.text.en)")
        ])
    }
}
