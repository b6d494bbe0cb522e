import Foundation
import XCTest

@testable import VagttjekCLI
@testable import VagttjekCore

/// Every report format rendered from hostile inputs is well-formed (issue 32): JSON parses
/// strictly, text and HTML hold no raw control or bidi character, CSV and csv-excel rows have
/// their columns, and no number is `inf` or `nan`. The values come from a fixed seed, so a
/// failure names its round.
final class HostileReportTests: XCTestCase {
    static let pieces = [
        "\u{1B}[2J", "\u{1B}]0;x\u{07}", "\u{202E}", "\u{2066}", "\u{200B}", "\u{FEFF}", "\u{00A0}", "\"", "\"\"", ",", ";", "\t",
        "=", "+1", "-", "@", "\u{FF1D}", "<script>", "&amp;", "'", "\\", "/", "Æøå", "👩‍⚕️", "\u{0301}", "x",
        String(repeating: "y", count: 200), "\u{7F}", "\u{85}",
    ]

    func value(_ rng: inout RosterGenerator.SplitMix) -> String {
        var s = ""
        for _ in 0..<(1 + rng.below(4)) { s += Self.pieces[rng.below(Self.pieces.count)] }
        return s
    }

    /// The records of a CSV text and their cells (RFC 4180 quotes; a record may hold line breaks
    /// inside quotes), read by Unicode scalars (a quote followed by a combining mark is one
    /// `Character`); nil when a quote does not close.
    func records(_ text: String, _ delimiter: Unicode.Scalar) -> [[String]]? {
        var out: [[String]] = [], row: [String] = [], cell = String.UnicodeScalarView(), quoted = false
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < scalars.count && scalars[i + 1] == "\"" { cell.append("\""); i += 1 } else { quoted = false }
                } else { cell.append(c) }
            } else if c == "\"" {
                quoted = true
            } else if c == delimiter {
                row.append(String(cell)); cell = String.UnicodeScalarView()
            } else if c == "\n" {
                row.append(String(cell)); cell = String.UnicodeScalarView()
                out.append(row); row = []
            } else if c != "\r" {
                cell.append(c)
            }
            i += 1
        }
        return quoted ? nil : out
    }

    /// Policies with every number at the least its range allows, at the most, and just above
    /// the least (a share of 1e-300): every format stays finite and well-formed.
    func testEveryFormatIsFiniteUnderPoliciesAtTheirBounds() throws {
        let scratch = try Scratch()
        var csv = "employee,start,end,unit\n"
        for e in 1...3 {
            for d in 2...28 where (d + e) % 4 != 0 {
                let evening = (d * e) % 3 == 0
                csv += "E\(e),2026-03-\(pad(d, 2)) \(evening ? "15:00" : "23:00"),2026-03-\(pad(d + (evening ? 0 : 1), 2)) \(evening ? "23:00" : "07:00"),Hus \(e % 2)\n"
            }
        }
        let roster = try scratch.file("r.csv", csv)
        let employees = try scratch.file("e.csv", "employee,birth_date,group,weekly_hours,fixed_night\nE1,1960-01-01,socialpædagog,1,ja\nE2,1999-01-01,ledende-værkstedspersonale,80,nej\n")
        for edge in ["low", "high", "tiny"] {
            var members: [String] = []
            for setting in Policy.settings {
                switch setting.kind {
                case .hours(_, let range), .share(_, let range):
                    let v = edge == "low" ? range.lowerBound : edge == "high" ? range.upperBound : range.lowerBound + 1e-300
                    members.append("\"\(setting.key)\": \(v)")
                case .whole(_, let range):
                    members.append("\"\(setting.key)\": \(edge == "high" ? range.upperBound : range.lowerBound)")
                default: break
                }
            }
            let policy = try scratch.file("p-\(edge).json", "{ " + members.joined(separator: ", ") + " }")
            for format in ["text", "json", "csv", "csv-excel", "html"] {
                let r = vagttjek("check", roster, "--employees", employees, "--policy", policy, "--format", format)
                XCTAssertNotEqual(r.code, 2, "\(edge) \(format): \(r.err)")
                XCTAssertNil(r.out.lowercased().range(of: "(?<![a-zæøå])-?(inf|nan)(?![a-zæøå])", options: .regularExpression), "\(edge) \(format)")
                if format == "json" { XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(r.out.utf8)), edge) }
            }
        }
    }

    func testEveryFormatIsWellFormedFromHostileValues() throws {
        let scratch = try Scratch()
        for seed in UInt64(1)...12 {
            var rng = RosterGenerator.SplitMix(state: seed)
            var csv = "employee,start,end,label,unit,name\n"
            func quote(_ s: String) -> String {
                // By scalars: a quote followed by a combining mark is one `Character`.
                var out = String.UnicodeScalarView()
                out.append("\"")
                for c in s.unicodeScalars {
                    if c == "\"" { out.append("\"") }
                    out.append(c)
                }
                out.append("\"")
                return String(out)
            }
            for e in 1...4 {
                let unit = quote(value(&rng)), name = quote(value(&rng)), label = quote(value(&rng))
                for d in 2...9 {
                    let evening = rng.below(2) == 0
                    csv += "E\(e),2026-03-\(pad(d, 2)) \(evening ? "15:00" : "07:00"),2026-03-\(pad(d, 2)) \(evening ? "23:00" : "15:00"),\(label),\(unit),\(name)\n"
                }
            }
            for k in 0..<60 { csv += "P\(k),2026-03-20 07:00,2026-03-20 15:00,D,Hus,\n" }  // plain rows: the file reads as text
            let roster = try scratch.file("r\(seed).csv", csv)
            var facts = "employee,group,weekly_hours,unit\nE1,\(quote(value(&rng))),1,\(quote(value(&rng)))\nE2,socialpædagog,80,\n"
            for k in 0..<60 { facts += "P\(k),socialpædagog,37,Hus\n" }  // plain rows: the file reads as text
            let employees = try scratch.file("e\(seed).csv", facts)
            for format in ["text", "json", "csv", "csv-excel", "html"] {
                for language in ["da", "en"] {
                    let r = vagttjek("check", roster, "--employees", employees, "--format", format, "--lang", language)
                    let round = "seed \(seed) \(format) \(language)"
                    XCTAssertNotEqual(r.code, 2, round + r.err)
                    XCTAssertNil(r.out.lowercased().range(of: "(?<![a-zæøå])-?(inf|nan)(?![a-zæøå])", options: .regularExpression), round)
                    switch format {
                    case "json":
                        XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(r.out.utf8)), round)
                    case "csv", "csv-excel":
                        let rows = records(r.out, format == "csv" ? "," : ";")
                        XCTAssertGreaterThan(rows?.count ?? 0, 1, round)
                        for row in rows ?? [] { XCTAssertEqual(row.count, 13, round + ": " + row.joined(separator: "|").prefix(200)) }
                        XCTAssertFalse(r.out.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n" && $0 != "\r") || isBidiControl($0) || ($0.value >= 0x7F && $0.value < 0xA0) }, round)
                    default:
                        // A tab is white space to a browser and escaped in the text report.
                        let raw = r.out.unicodeScalars.first {
                            ($0.value < 0x20 && $0 != "\n" && !(format == "html" && $0 == "\t")) || isBidiControl($0) || ($0.value >= 0x7F && $0.value < 0xA0)
                        }
                        XCTAssertNil(raw, round + (raw.map { " U+\(String($0.value, radix: 16)) in …" + (r.out.components(separatedBy: String($0)).first?.suffix(120) ?? "") } ?? ""))
                    }
                }
            }
        }
    }
}
