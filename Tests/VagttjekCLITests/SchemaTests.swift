import XCTest

@testable import VagttjekCLI
@testable import VagttjekCore

/// Every JSON document the samples produce uses only what its schema declares
/// (`Sources/VagttjekCore/Report/Schemas/*.schema.json`), checked by a validator of the subset
/// of JSON Schema the files use: type, const, enum, properties, required,
/// additionalProperties, items, oneOf. A schema that uses another keyword fails the test, so a
/// schema cannot claim what is not checked.
final class SchemaTests: XCTestCase {
    static let schemas = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/VagttjekCore/Report/Schemas")

    func schema(_ name: String) throws -> JSONValue {
        try JSONValue.parse(Array(try Data(contentsOf: Self.schemas.appendingPathComponent("\(name).schema.json"))))
    }

    /// The places where `value` breaks `schema` (empty when it keeps it).
    static func violations(_ value: JSONValue, _ schema: JSONValue, _ path: String = "$") -> [String] {
        guard case .object(let members) = schema else { return ["\(path): the schema is not an object"] }
        var out: [String] = []
        let s = Dictionary(members.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
        let known: Set = ["$schema", "$id", "title", "description", "type", "const", "enum", "properties", "required", "additionalProperties", "items", "oneOf"]
        for key in s.keys where !known.contains(key) { out.append("\(path): the schema uses «\(key)», which the validator does not check") }
        if case .string(let t)? = s["type"] { if !hasType(value, t) { out.append("\(path): \(value.shortText) is not \(t)") } }
        if case .array(let ts)? = s["type"] {
            let names = ts.compactMap { if case .string(let t) = $0 { t } else { nil } }
            if !names.contains(where: { hasType(value, $0) }) { out.append("\(path): \(value.shortText) is none of \(names)") }
        }
        if let c = s["const"], c != value { out.append("\(path): \(value.shortText) is not \(c.shortText)") }
        if case .array(let options)? = s["enum"], !options.contains(value) { out.append("\(path): \(value.shortText) is not among the enum") }
        if case .array(let choices)? = s["oneOf"] {
            let fits = choices.filter { violations(value, $0, path).isEmpty }.count
            if fits != 1 { out.append("\(path): fits \(fits) of oneOf's \(choices.count) schemas") }
        }
        if case .object(let fields) = value {
            var properties: [String: JSONValue] = [:]
            if case .object(let p)? = s["properties"] { for m in p { properties[m.key] = m.value } }
            if case .array(let required)? = s["required"] {
                for case .string(let key) in required where !fields.contains(where: { $0.key == key }) { out.append("\(path): lacks «\(key)»") }
            }
            for f in fields {
                if let p = properties[f.key] {
                    out += violations(f.value, p, "\(path).\(f.key)")
                } else if case .bool(false)? = s["additionalProperties"] {
                    out.append("\(path): «\(f.key)» is not declared")
                } else if let extra = s["additionalProperties"], case .object = extra {
                    out += violations(f.value, extra, "\(path).\(f.key)")
                }
            }
        }
        if case .array(let items) = value, let itemSchema = s["items"] {
            for (k, item) in items.enumerated() { out += violations(item, itemSchema, "\(path)[\(k)]") }
        }
        return out
    }

    static func hasType(_ v: JSONValue, _ type: String) -> Bool {
        switch (type, v) {
        case ("object", .object), ("array", .array), ("string", .string), ("boolean", .bool), ("null", .null): return true
        case ("number", .number): return true
        case ("integer", .number(let n)): return n.rounded() == n
        default: return false
        }
    }

    func assertKeeps(_ output: String, _ name: String, _ what: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let document = try JSONValue.parse(Array(output.utf8))
        XCTAssertEqual(Self.violations(document, try schema(name)), [], what, file: file, line: line)
    }

    func testEveryDocumentOfTheSamplesKeepsItsSchema() throws {
        let roster = sample("bosted-solsikken-marts-2026.csv"), employees = sample("employees.csv")
        let agreements = [sample("aftaler/hus-nord-nedsat-hviletid.json"), sample("aftaler/hus-syd-udkast.json")]
        for args in [
            ["check", roster, "--employees", employees, "--agreement", agreements[0]],
            ["check", roster, "--severity", "error", "--unit", "Hus Nord"],
            ["check", roster, "--employees", employees, "--accept", sample("accepterede-fund.csv")],
            ["check", roster, "--employees", employees, "--policy", sample("policy-lokal-med.json"), "--redact", "--lang", "en"],
            ["check", sample("ugeplan-hus-vest-marts-2026.xlsx"), "--codes", sample("vagtkoder.csv")],
            ["check", sample("kodeeksport-hus-vest-marts-2026.csv"), "--codes", sample("vagtkoder.csv")],
            ["check", sample("anbefalinger-april-2026.csv"), sample("excel-eksport-hus-nord.csv"), "--wishes", sample("ønsker.csv")],
        ] {
            try assertKeeps(vagttjek(args + ["--format", "json"]).out, "report", args.joined(separator: " "))
        }
        try assertKeeps(vagttjek("diff", roster, sample("bosted-solsikken-marts-2026-faktisk.csv"), "--employees", employees, "--format", "json").out, "diff", "diff")
        try assertKeeps(vagttjek(["agreement"] + agreements + ["--roster", roster, "--employees", employees, "--on", "2026-11-29", "--format", "json"]).out, "agreement", "agreement --roster")
        try assertKeeps(vagttjek("agreement", agreements[0], "--on", "2026-11-29", "--format", "json").out, "agreement", "agreement")
        try assertKeeps(vagttjek(["suggest", roster, "--format", "json"] + ["--employees", employees, "--agreement", agreements[0]]).out, "suggest", "suggest")
        try assertKeeps(vagttjek("suggest", sample("ugeplan-hus-vest-marts-2026.csv"), "--codes", sample("vagtkoder.csv"), "--max-changes", "1", "--format", "json").out, "suggest", "suggest, a grid")
        try assertKeeps(vagttjek("check", sample("rulleplan-4-uger.csv"), "--rotation", "--format", "json").out, "report", "rotation")
        try assertKeeps(vagttjek("survey", sample("survey/runde-1-2026.csv"), "--format", "json").out, "survey", "survey")
        try assertKeeps(vagttjek("survey", sample("survey/runde-1-2026.csv"), sample("survey/runde-2-2026.csv"), "--format", "json").out, "survey", "survey, two rounds")
        // Invalid input: a workbook without its legend (cells), and a bad timestamp.
        try assertKeeps(vagttjek("check", sample("ugeplan-hus-vest-marts-2026.xlsx"), "--format", "json").out, "input-errors", "input errors, xlsx")
        let scratch = try Scratch()
        let bad = try scratch.file("bad.csv", "employee,start,end\nE1,2026-03-02 07:00,x\n")
        try assertKeeps(vagttjek("check", bad, "--format", "json").out, "input-errors", "input errors, csv")
    }

    func testTheValidatorCatchesWhatASchemaDoesNotDeclare() throws {
        let s = try JSONValue.parse(Array(#"{"type": "object", "properties": {"a": {"type": "integer"}, "b": {"enum": ["x"]}}, "required": ["a"], "additionalProperties": false}"#.utf8))
        XCTAssertEqual(Self.violations(try JSONValue.parse(Array(#"{"a": 1, "b": "x"}"#.utf8)), s), [])
        XCTAssertEqual(Self.violations(try JSONValue.parse(Array(#"{"a": 1.5, "b": "y", "c": null}"#.utf8)), s), [
            "$.a: 1.5 is not integer", "$.b: \"y\" is not among the enum", "$: «c» is not declared",
        ])
        XCTAssertEqual(Self.violations(try JSONValue.parse(Array(#"{}"#.utf8)), s), ["$: lacks «a»"])
        let unknown = try JSONValue.parse(Array(#"{"minimum": 3}"#.utf8))
        XCTAssertEqual(Self.violations(.number(1), unknown), ["$: the schema uses «minimum», which the validator does not check"])
    }
}
