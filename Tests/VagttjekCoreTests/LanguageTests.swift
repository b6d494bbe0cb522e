import XCTest

@testable import VagttjekCore

/// Every word a Danish user reads is Danish, and an English run reads English: the rules'
/// titles, summaries, parameters, example titles and finding sentences, and the input errors of
/// a corpus of broken files, each checked in both languages against a short list of words that
/// belong to the other one.
final class LanguageTests: XCTestCase {
    /// Words that mark an English sentence (and are not Danish words).
    static let english = ["the", "and", "with", "must", "expected", "which", "should", "shift", "shifts", "hours", "days", "between", "before", "after", "is", "are", "not"]
    /// Words that mark a Danish sentence (and are not English words).
    static let danish = ["og", "ikke", "skal", "vagten", "vagter", "timer", "dage", "døgn", "eller", "efter", "mellem", "hvile", "forventede", "være", "af"]

    /// The marker words of `list` in `text`, outside `backticks`, «guillemets» and "quotes"
    /// (keys, values and file names are the user's or the schema's, not the sentence's).
    static func leaks(_ text: String, _ list: [String]) -> [String] {
        var plain = "", inside: Character? = nil
        for c in text {
            if let open = inside {
                if (open == "«" && c == "»") || (open != "«" && c == open) { inside = nil }
                continue
            }
            if c == "`" || c == "«" || c == "\"" { inside = c; continue }
            plain.append(c)
        }
        // Identifiers (`maxReductionsPer7Days`, `rest.daily`) are names, not words of a sentence.
        let tokens = plain.split { !$0.isLetter && !$0.isNumber && $0 != "." && $0 != "_" }
        let words = Set(tokens.filter { t in !t.dropFirst().contains { $0.isUppercase || $0.isNumber || $0 == "." || $0 == "_" } }.map { $0.lowercased() })
        return list.filter(words.contains)
    }

    func assertDanish(_ text: String, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        let found = Self.leaks(text, Self.english)
        XCTAssertEqual(found, [], "\(what) (da): \(text)", file: file, line: line)
    }

    func assertEnglish(_ text: String, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        let found = Self.leaks(text, Self.danish)
        XCTAssertEqual(found, [], "\(what) (en): \(text)", file: file, line: line)
    }

    func testEveryRuleSpeaksOneLanguageAtATime() throws {
        for rule in RuleRegistry.all {
            let d = rule.description
            for (text, what) in [(d.title, "title"), (d.summary, "summary")] + d.parameters.map({ ($0.meaning, "parameter \($0.name)") }) + d.examples.map({ ($0.titles, "example") }) {
                assertDanish(text.da, "\(d.id) \(what)")
                assertEnglish(text.en, "\(d.id) \(what)")
            }
            // The sentences of the findings its examples make.
            for example in d.examples where example.triggers {
                let result = try example.run(rules: RuleRegistry.index(of: d.id).map { [$0] } ?? [])
                for f in result.findings {
                    assertDanish(f.text(result.plan, .da), "\(d.id) sentence")
                    assertEnglish(f.text(result.plan, .en), "\(d.id) sentence")
                }
            }
        }
    }

    /// The input errors of broken files, in both languages.
    func testInputErrorsSpeakOneLanguageAtATime() {
        var errors: [InputError] = []
        func roster(_ text: String) {
            do { let r = try RosterReader().parse(bytes: Array(text.utf8), file: "r.csv"); errors += r.errors + r.roster.notices } catch { errors += error.errors }
        }
        roster("")
        roster("navn;fra\nE1;x\n")
        roster("employee,start,end\nE1,2026-03-02 07:00\n")
        roster("employee,start,end\nE1,2026-13-02 07:00,2026-03-02 15:00\nE1,2026-03-29 02:30,2026-03-29 08:00\nE1,2026-03-02 07:00,2026-03-01 15:00\n")
        roster("employee,start,end,kind\nE1,2026-03-02 07:00,2026-03-02 15:00,kaffepause\n")
        roster("Dato;Medarbejder;Vagt\n02-03-2026;E1;XYZ\n")
        for json in ["{\"id\": \"X\",\n \"kind\": \"rest-reduction\"\n}", "{\"id\": 7, \"kind\": \"x\", \"written\": \"måske\", \"validFrom\": \"i går\", \"parameters\": {\"minRestHours\": 6, \"x\": 1}}", "[", "{\"a\": 1, \"a\": 2}"] {
            do { _ = try Agreement.parse(bytes: Array(json.utf8), file: "a.json") } catch { errors += error.errors }
        }
        for json in ["{\"dailyRestHours\": 10, \"profile\": \"x\", \"nightPeriod\": {\"from\": \"01:00\", \"to\": \"02:00\"}, \"mealBreakOnDuty\": 3}", "{\"language\": \"fr\", \"referenceDays\": 0.5}"] {
            do { _ = try Policy.parse(bytes: Array(json.utf8), file: "p.json") } catch { errors += error.errors }
        }
        for csv in ["employee,birth_date\nE1,2026-99-01\nE1,1960-01-01\n", "x\n", "employee,pregnancy_confirmed,fixed_night\nE1,i går,måske\n"] {
            do { _ = try EmployeeDirectory.parse(bytes: Array(csv.utf8), file: "e.csv") } catch { errors += error.errors }
        }
        XCTAssertGreaterThan(errors.count, 20)
        for e in errors {
            assertDanish(e.rendered(.da), "input error")
            assertEnglish(e.rendered(.en), "input error")
        }
    }

    /// The sample's text report and the agreement checklist's items, in both languages.
    func testTheReportAndTheChecklistSpeakOneLanguageAtATime() throws {
        let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("SampleRosters").path
        var files = CheckFiles(rosters: [samples + "/bosted-solsikken-marts-2026.csv"])
        files.employees = samples + "/employees.csv"
        files.agreements = [samples + "/aftaler/hus-nord-nedsat-hviletid.json"]
        let result = Checker().check(try files.read().input)
        for language in [Language.da, .en] {
            var options = ReportOptions()
            options.language = language
            // Line by line, without the file names and the employees' names (the user's data).
            for line in ReportWriter.text(result, options).split(separator: "\n") where !line.contains(samples) {
                let text = String(line).replacingOccurrences(of: #"\([^)]*\)"#, with: "", options: .regularExpression)
                if language == .da { assertDanish(text, "text report") } else { assertEnglish(text, "text report") }
            }
        }
        for name in ["hus-nord-nedsat-hviletid.json", "hus-syd-udkast.json"] {
            let agreement = try Agreement.read(path: samples + "/aftaler/" + name, lawful: false)
            for item in AgreementChecklist.items(agreement, on: CivilDate(year: 2026, month: 11, day: 29).dayNumber) {
                // The evaluation's criteria are the agreement's own words, quoted after a colon.
                func own(_ s: String) -> String { item.id == "agreement.evaluation" ? String(s.prefix { $0 != ":" }) : s }
                assertDanish(item.title.da + " " + own(item.sentence.da), "checklist \(item.id)")
                assertEnglish(item.title.en + " " + own(item.sentence.en), "checklist \(item.id)")
            }
        }
    }

    func testTheWordListCatchesALeak() {
        XCTAssertEqual(Self.leaks("Hvilen er 8 t; the shift must move", Self.english), ["the", "must", "shift"])
        XCTAssertEqual(Self.leaks("The rest is 8 h og ikke mere", Self.danish), ["og", "ikke"])
        XCTAssertEqual(Self.leaks("nøglen `the shift` og «and»", Self.english), [])
    }
}
