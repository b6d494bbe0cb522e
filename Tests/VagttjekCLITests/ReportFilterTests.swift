import XCTest

@testable import VagttjekCLI
@testable import VagttjekCore

/// `--severity`, `--rule`, `--unit`, `--employee` and `--summary` on the sample facility (issue
/// 15 item 6), with exact counts; a filtered report says what it hid.
final class ReportFilterTests: XCTestCase {
    let options = [SampleRosterTests.roster] + SampleRosterTests.options

    func testFiltersKeepExactlyTheFindingsAsked() {
        let errors = vagttjek(["check"] + options + ["--severity", "error", "--format", "csv"])
        XCTAssertEqual(errors.code, 1)
        XCTAssertEqual(SampleRosterTests.keyColumns(errors.out), SampleRosterTests.expected.filter { $0.contains(",error,") })
        // Warnings keep errors too (the level and the more severe).
        let warnings = vagttjek(["check"] + options + ["--severity", "advarsel", "--format", "csv"])
        XCTAssertEqual(SampleRosterTests.keyColumns(warnings.out).count, 53)
        // A prefix selects a family of rules; several --rule are or-ed.
        let rest = vagttjek(["check"] + options + ["--rule", "rest.", "--rule", "dayoff.weekly", "--format", "csv"])
        XCTAssertEqual(SampleRosterTests.keyColumns(rest.out).map { $0.split(separator: ",")[0] + "," + $0.split(separator: ",")[2] }, [
            "rest.reduced,N03", "rest.compensation,N04", "rest.daily,S03", "dayoff.weekly,S04", "dayoff.weekly,S05", "rest.daily,S06",
        ])
        // A unit keeps the plan-wide notice (it concerns every unit); an employee likewise.
        let nord = vagttjek(["check"] + options + ["--unit", "Hus Nord", "--format", "csv"])
        XCTAssertEqual(SampleRosterTests.keyColumns(nord.out).count, 28)
        XCTAssertTrue(nord.out.contains("plan.notice,info,,"))
        XCTAssertFalse(nord.out.contains(",S0"))
        let s06 = vagttjek(["check"] + options + ["--employee", "S06", "--severity", "warning", "--format", "json"])
        XCTAssertEqual(s06.code, 1)
        XCTAssertTrue(
            s06.out.contains("\"summary\": { \"errors\": 1, \"warnings\": 5, \"infos\": 0, "), s06.out)
        XCTAssertTrue(s06.out.contains("\"filter\": \"--severity warning --employee S06\", \"hidden\": 54, \"hiddenErrors\": 7 },"), s06.out)
    }

    func testAFilteredReportSaysWhatItHidAndIsNeverAnAllClear() {
        let seniors = vagttjek(["check"] + options + ["--rule", "senior."])
        XCTAssertEqual(seniors.code, 0)  // the exit code follows what is shown
        XCTAssertTrue(
            seniors.out.hasSuffix(
                "I alt: 0 fejl, 1 advarsel, 3 info.\nFilter --rule senior.: 56 fund skjult, heraf 8 fejl. Kør uden filter for hele billedet.\n"),
            seniors.out)
        XCTAssertFalse(seniors.out.contains("Ingen lovbrud"))
        // Nor does the recommendations' score card say "met" when the filter may hide warnings:
        // under --severity error (or a --rule naming no recommendation) there is no score card,
        // and under a filter that shows some it says "none shown".
        let errors = vagttjek(["check"] + options + ["--severity", "error"]).out
        XCTAssertFalse(errors.contains("rec.06") || errors.contains("Anbefalinger om skiftearbejde"), errors)
        let rest = vagttjek(["check"] + options + ["--rule", "rest."]).out
        XCTAssertFalse(rest.contains("Anbefalinger om skiftearbejde"), rest)
        let warnings = vagttjek(["check"] + options + ["--unit", "Hus Syd"]).out
        XCTAssertTrue(warnings.contains("  rec.06 Tilpas arbejdstidslængden til arbejdskravene\n         ingen fund vist (filteret skjuler fund)\n"), warnings)
        XCTAssertFalse(warnings.contains("         opfyldt"), warnings)
        let en = vagttjek(["check"] + options + ["--rule", "senior.days", "--lang", "en"])
        XCTAssertTrue(en.out.hasSuffix("Filter --rule senior.days: 57 findings hidden, 8 of them errors. Run without the filter for the whole picture.\n"), en.out)
    }

    func testTotalsPerRuleAndUnitAndTheSummary() {
        let text = vagttjek(["check"] + options).out
        XCTAssertTrue(
            text.contains(
                "\nPr. afdeling:\n  (hele planen) 1 info\n  Hus Nord      2 fejl, 23 advarsler, 2 info\n  Hus Syd       6 fejl, 22 advarsler, 4 info\n"),
            text)
        XCTAssertTrue(text.contains("\nPr. regel:\n  data.double-booking    1 advarsel\n"), text)
        XCTAssertTrue(text.contains("  night.health-check     2 advarsler, 3 info\n"), text)
        let summary = vagttjek(["check"] + options + ["--summary", "--lang", "en"])
        XCTAssertEqual(summary.code, 1)
        XCTAssertFalse(summary.out.contains("ERROR"), summary.out)
        // HR's order: units by how much needs doing, then only the employees with errors, most
        // first, then how many others have findings, then the rules.
        XCTAssertTrue(
            summary.out.contains("""

                By unit, most errors first:
                  Hus Syd          6 errors, 22 warnings, 4 infos
                  Hus Nord         2 errors, 23 warnings, 2 infos
                  (the whole plan) 1 info

                Employees with errors, most first:
                  S02 (Ida Østergaard): 2 errors, 3 warnings, 1 info
                  S06 (Mette Åberg): 1 error, 5 warnings, 2 infos
                  N04 (Dorte Lund): 1 error, 4 warnings, 1 info
                  N03 (Camilla Friis): 1 error, 3 warnings
                  S03 (Jonas Dahl): 1 error, 3 warnings
                  S04 (Karen Ebbesen): 1 error, 2 warnings
                  S05 (Lars Ægidius): 1 error, 2 warnings
                  and 7 employees with warnings or infos only

                By rule:
                  data.double-booking    1 warning

                """), summary.out)
        XCTAssertFalse(summary.out.contains("N01 (Anne Holm)"), summary.out)  // warnings only: counted, not listed
        XCTAssertTrue(summary.out.hasSuffix("Total: 8 errors, 45 warnings, 7 infos.\n"), summary.out)
    }

    func testFilterMistakesAreUsageErrors() {
        let unit = vagttjek(["check"] + options + ["--unit", "Hus Nrod"])
        XCTAssertEqual(unit.code, 64)
        XCTAssertEqual(unit.err, "vagttjek: --unit: ingen medarbejder i vagtplanen hører til 'Hus Nrod' (afdelinger: Hus Nord, Hus Syd). Mente du 'Hus Nord'?\n")
        XCTAssertEqual(vagttjek(["check"] + options + ["--employee", "S09"]).err, "vagttjek: --employee: 'S09' har ingen vagter i vagtplanen. Mente du 'S01'?\n")
        XCTAssertEqual(
            vagttjek(["check"] + options + ["--rule", "senior.day"]).err,
            "vagttjek: --rule: ingen regel hedder 'senior.day' (se 'vagttjek rules'; et præfiks slutter med punktum, f.eks. rest.). Mente du senior.days?\n")
        XCTAssertEqual(vagttjek(["check"] + options + ["--severity", "high"]).code, 64)
        XCTAssertEqual(vagttjek(["check"] + options + ["--summary", "--format", "json"]).code, 64)
    }

    func testFindingLinesNameTheWeekdayAndTheYearAcrossNewYear() throws {
        // An 8-hour rest on New Year's morning 2027: "01-01" alone would not say which year.
        let scratch = try Scratch()
        let f = try scratch.file("nytaar.csv", "employee,start,end\nE1,2026-12-31 15:00,2026-12-31 23:00\nE1,2027-01-01 07:00,2027-01-01 15:00\n")
        XCTAssertTrue(
            vagttjek("check", f).out.contains("  FEJL     rest.daily           fr 01-01-2027 07:00–01-01-2027 15:00  8 t (grænse 11 t) · linje 3\n"))
        XCTAssertTrue(
            vagttjek("check", f, "--lang", "en").out.contains("  ERROR    rest.daily           Fri 01-01-2027 07:00–01-01-2027 15:00  8 h (limit 11 h) · line 3\n"))
    }

    func testSeveralRosterFilesAreCheckedAsOne() throws {
        // The sample split by house into two files gives the same findings as the whole.
        let scratch = try Scratch()
        let all = try String(contentsOfFile: SampleRosterTests.roster, encoding: .utf8).components(separatedBy: "\r\n").filter { !$0.isEmpty }
        let nord = try scratch.file("nord.csv", ([all[0]] + all.filter { $0.hasPrefix("N") }).joined(separator: "\n") + "\n")
        let syd = try scratch.file("syd.csv", ([all[0]] + all.filter { $0.hasPrefix("S") }).joined(separator: "\n") + "\n")
        let split = vagttjek(["check", nord, syd, "--format", "csv"] + SampleRosterTests.options)
        XCTAssertEqual(split.code, 1, split.err)
        XCTAssertEqual(SampleRosterTests.keyColumns(split.out), SampleRosterTests.expected)
        // The text names each employee's file (their lines are that file's).
        let text = vagttjek(["check", nord, syd] + SampleRosterTests.options).out
        XCTAssertTrue(text.contains("\nS07 (Nina Thorsen) · Hus Syd · \(syd)\n"), text)
        XCTAssertTrue(text.hasPrefix("vagttjek 0.1.0 — \(nord), \(syd)\n"), text)
    }

    func testAFloaterInTwoUnitsFilesIsOneEmployee() throws {
        // A vikar's evening in Hus Nord and next morning in Hus Syd: the 8-hour rest between the
        // units is the breach no unit's planner sees. Before, the run stopped with exit 2.
        let scratch = try Scratch()
        let nord = try scratch.file("nord.csv", "employee,start,end,unit\nV1,2026-03-02 15:00,2026-03-02 23:00,Hus Nord\nV1,2026-03-05 07:00,2026-03-05 15:00,Hus Nord\n")
        let syd = try scratch.file("syd.csv", "employee,start,end,unit\nV1,2026-03-03 07:00,2026-03-03 15:00,Hus Syd\nV1,2026-03-05 07:00,2026-03-05 15:00,Hus Syd\n")
        let r = vagttjek("check", nord, syd)
        XCTAssertEqual(r.code, 1, r.err)
        XCTAssertTrue(r.out.contains("\nV1 · Hus Nord · \(nord) · \(syd)\n"), r.out)
        XCTAssertTrue(r.out.contains("  FEJL     rest.daily           ti 03-03 07:00–03-03 15:00  8 t (grænse 11 t) · linje \(syd):2\n"), r.out)
        // The same row in both files is a double booking, citing both.
        XCTAssertTrue(
            r.out.contains("To vagter med arbejdstid overlapper 05-03 07:00–15:00 (linje \(nord):3 og \(syd):3). Slet eller ret den ene."), r.out)
        let json = vagttjek("check", nord, syd, "--format", "json", "--rule", "rest.daily").out
        XCTAssertTrue(json.contains("\"lines\": [\"\(syd):2\"] }"), json)
        let csv = vagttjek("check", nord, syd, "--format", "csv", "--rule", "data.").out
        XCTAssertTrue(csv.hasSuffix(",\(nord):3 \(syd):3\n"), csv)
    }

    func testIdsAndUnitsComeInNaturalOrder() throws {
        XCTAssertEqual(["10", "2", "Hus 10", "Hus 9", "a", "1", "01", "æ", "b"].sorted(by: naturalPrecedes),
                       ["01", "1", "2", "10", "Hus 9", "Hus 10", "a", "b", "æ"])
        // Employees 10, 9 and 100 each with an 8-hour rest: reported 9, 10, 100 (not 10, 100, 9).
        var csv = "employee,start,end\n"
        for id in ["10", "9", "100"] { csv += "\(id),2026-03-02 15:00,2026-03-02 23:00\n\(id),2026-03-03 07:00,2026-03-03 15:00\n" }
        let scratch = try Scratch()
        let f = try scratch.file("ids.csv", csv)
        let r = vagttjek("check", f, "--format", "csv")
        XCTAssertEqual(
            SampleRosterTests.keyColumns(r.out).filter { $0.hasPrefix("rest.daily,") }.map { String($0.split(separator: ",")[2]) }, ["9", "10", "100"])
        let json = vagttjek("check", f, "--format", "json").out
        let order = try ["\"employee\": \"9\"", "\"employee\": \"10\"", "\"employee\": \"100\""].map {
            try XCTUnwrap(json.range(of: $0, options: .backwards)?.lowerBound)
        }
        XCTAssertEqual(order, order.sorted(), json)
    }
}

/// Forgiving filters (issue 35 item 2): units and employees found without regard to case or
/// spaces at the ends, rule ids in any case, and the nearest match suggested when none fits.
final class ForgivingFilterTests: XCTestCase {
    let roster = sample("bosted-solsikken-marts-2026.csv")

    func testUnitsAndEmployeesIgnoreCaseAndSpaces() {
        let loose = vagttjek("check", roster, "--unit", " hus nord ", "--format", "csv")
        let exact = vagttjek("check", roster, "--unit", "Hus Nord", "--format", "csv")
        XCTAssertEqual(loose.code, exact.code)
        XCTAssertEqual(loose.out, exact.out)
        XCTAssertTrue(exact.out.contains(",N02,"), exact.out)
        let employee = vagttjek("check", roster, "--employee", "n02", "--rule", "REST.daily", "--format", "csv")
        XCTAssertEqual(employee.code, 1, employee.err)
        XCTAssertEqual(employee.out.split(separator: "\n").dropFirst().map { String($0.prefix(14)) }, ["rest.daily,err"])
    }

    func testANameThatMatchesNothingSuggestsTheNearest() {
        let unit = vagttjek("check", roster, "--unit", "Hus Nor")
        XCTAssertEqual(unit.code, 64)
        XCTAssertEqual(unit.err, "vagttjek: --unit: ingen medarbejder i vagtplanen hører til 'Hus Nor' (afdelinger: Hus Nord, Hus Syd). Mente du 'Hus Nord'?\n")
        let rule = vagttjek("check", roster, "--rule", "rest.dayly", "--lang", "en")
        XCTAssertEqual(rule.code, 64)
        XCTAssertEqual(
            rule.err,
            "vagttjek: --rule: no rule is called 'rest.dayly' (see 'vagttjek rules'; a prefix ends with a full stop, e.g. rest.). Did you mean rest.daily?\n")
        let employee = vagttjek("check", roster, "--employee", "N2")
        XCTAssertEqual(employee.code, 64)
        XCTAssertEqual(employee.err, "vagttjek: --employee: 'N2' har ingen vagter i vagtplanen. Mente du 'N02'?\n")
    }
}
