import XCTest

@testable import VagttjekCLI
@testable import VagttjekCore

/// `vagttjek survey` (README «The survey», issue 18 item 2): exact totals, means and index.
final class SurveyTests: XCTestCase {
    var scratch: Scratch!
    override func setUpWithError() throws { scratch = try Scratch() }

    func result(_ csv: String, minGroup: Int = 5, strict: Bool = false) throws -> Survey.Result {
        try Survey.parse(bytes: Array(csv.utf8), file: "s.csv").result(minGroup: minGroup, strictAnonymity: strict)
    }

    func testTheIndexRunsFrom0To100() throws {
        XCTAssertEqual(try result("q1,q2,q3\n1,1,1\n1,1,1\n").overall.index, 0)
        XCTAssertEqual(try result("q1,q2,q3\n4,4,4\n4,4,4\n4,4,4\n").overall.index, 100)
    }

    func testAHandComputedMixedCase() throws {
        // Totals 6 + 6 + 9 + 3 + 11 = 35 of 15–60: (35 − 15) / 45 × 100 = 44.44.
        let f = try result("borgerne;indflydelse;fritidsliv\n1;2;3\n2;2;2\n4;3;2\n1;1;1\n3;4;4\n").overall
        XCTAssertEqual(f.respondents, 5)
        XCTAssertEqual(f.complete, 5)
        XCTAssertEqual(f.total, 35)
        XCTAssertEqual(f.minPossible, 15)
        XCTAssertEqual(f.maxPossible, 60)
        XCTAssertEqual(try XCTUnwrap(f.index), 44.444, accuracy: 0.001)
        XCTAssertEqual(f.questions.map(\.mean), [2.2, 2.4, 2.4])
        XCTAssertEqual(f.questions.map(\.distribution), [[2, 1, 1, 1], [1, 2, 1, 1], [1, 2, 1, 1]])
    }

    func testBlankAnswersAreUnansweredAndTheIndexUsesCompleteAnswers() throws {
        // The form tool's words count as their points; the blank leaves its row out of the index.
        let f = try result("q1,q2,q3\nmeget godt,godt,dårligt\n4,,4\nMeget dårligt, 3 ,2\n").overall
        XCTAssertEqual(f.questions.map(\.unanswered), [0, 1, 0])
        XCTAssertEqual(f.questions.map(\.answered), [3, 2, 3])
        XCTAssertEqual(f.complete, 2)
        XCTAssertEqual(f.total, 6 + 9)
        XCTAssertEqual(try XCTUnwrap(f.index), (15.0 - 6) / 18 * 100, accuracy: 1e-9)
    }

    func testASmallUnitIsHiddenAndSaysWhyAndWhenItCouldBeWorkedOut() throws {
        var csv = "unit,q1,q2,q3\n"
        for _ in 0..<5 { csv += "A,1,2,3\n" }
        for _ in 0..<4 { csv += "B,4,4,4\n" }
        let r = try result(csv)
        XCTAssertEqual(r.units.map(\.unit), ["A", "B"])
        XCTAssertNotNil(r.units[0].figures)
        XCTAssertNil(r.units[1].figures)
        XCTAssertTrue(r.oneHiddenUnitCanBeDerived)
        let text = SurveyReport.text(r, .da)
        XCTAssertTrue(text.contains("  B  skjult: under 5 besvarelser (anonymitet)\n"), text)
        XCTAssertTrue(text.contains("Bemærk: én afdeling er skjult, men dens tal kan regnes ud som helheden minus de viste afdelinger."), text)
        // --strict-anonymity hides the smallest shown unit too.
        let strict = try result(csv, strict: true)
        XCTAssertEqual(strict.units.map { $0.figures == nil }, [true, true])
        XCTAssertFalse(strict.oneHiddenUnitCanBeDerived)
        XCTAssertTrue(SurveyReport.text(strict, .en).contains("  A  hidden so that a hidden unit cannot be worked out (--strict-anonymity)\n"))
    }

    func testTwoRoundsGiveTheExactChange() throws {
        let before = try scratch.file("r1.csv", "q1,q2,q3\n2,3,4\n2,3,4\n")
        let after = try scratch.file("r2.csv", "q1,q2,q3\n2,2,3\n1,2,3\n")
        // Two answers a round: shown from a minimum of 2 (the default 5 would show only the count).
        let r = vagttjek("survey", before, after, "--min-group", "2")
        XCTAssertEqual(r.code, 0)
        // Index (18 − 6) / 18 = 66.7 → (13 − 6) / 18 = 38.9.
        XCTAssertTrue(
            r.out.hasSuffix(
                "Ændring fra \(before):\n  1 for borgerne: 2,00 → 1,50 (−0,50)\n  2 for din indflydelse på din arbejdstid: 3,00 → 2,00 (−1,00)\n"
                    + "  3 for dit fritidsliv: 4,00 → 3,00 (−1,00)\n  Indeks: 66,7 → 38,9 (−27,8); et lavere indeks er bedre.\n"),
            r.out)
        let json = vagttjek("survey", before, after, "--format", "json", "--min-group", "2").out
        XCTAssertTrue(json.contains("\"overall\": { \"respondents\": 2, \"complete\": 2, \"total\": 13, \"minPossible\": 6, \"maxPossible\": 24, \"index\": 38.89,"), json)
        XCTAssertTrue(json.contains("\"before\": { \"file\": \"\(before)\", \"overall\": { \"respondents\": 2, \"complete\": 2, \"total\": 18,"), json)
    }

    func testBadAnswersNameFileLineAndValue() throws {
        let f = try scratch.file("bad.csv", "q1,q2,q3\n1,2,3\n0,2,3\n1,5,x\n")
        let r = vagttjek("survey", f)
        XCTAssertEqual(r.code, 2)
        XCTAssertEqual(
            r.err,
            "\(f):3:1: spørgsmål 1: svaret «0» skal være 1–4 (1 meget godt, 2 godt, 3 dårligt, 4 meget dårligt) eller tomt\n"
                + "\(f):4:3: spørgsmål 2: svaret «5» skal være 1–4 (1 meget godt, 2 godt, 3 dårligt, 4 meget dårligt) eller tomt\n"
                + "\(f):4:5: spørgsmål 3: svaret «x» skal være 1–4 (1 meget godt, 2 godt, 3 dårligt, 4 meget dårligt) eller tomt\n")
        let missing = try scratch.file("missing.csv", "q1,q2\n1,2\n")
        XCTAssertEqual(
            vagttjek("survey", missing).err,
            "\(missing):1: mangler kolonnen q3 / fritidsliv; overskriften er: q1,q2\n")
    }

    func testAFormToolsWindows1252ExportWithQuestionTextsAndWords() throws {
        // Headers holding the questions' texts, answers as words, ';' and Windows-1252 (å in
        // "dårligt" is one byte, 0xE5), as a Danish form tool saves it for Excel.
        let text = "Afdeling;Hvordan fungerer planlægningen for borgerne?;Og for din indflydelse på din arbejdstid?;Og for dit fritidsliv?\r\n"
            + "Hus Nord;Meget godt;dårligt;Meget dårligt\r\nHus Nord;godt;godt;dårligt\r\n"
        let f = try scratch.file("form.csv", bytes: text.unicodeScalars.map { UInt8($0.value) })
        let r = vagttjek("survey", f, "--format", "json", "--min-group", "2")
        XCTAssertEqual(r.code, 0, r.err)
        XCTAssertTrue(r.out.contains("\"overall\": { \"respondents\": 2, \"complete\": 2, \"total\": 15, \"minPossible\": 6, \"maxPossible\": 24, \"index\": 50,"), r.out)
    }

    func testTheSampleRounds() {
        let r = vagttjek("survey", sample("survey/runde-1-2026.csv"))
        XCTAssertEqual(r.code, 0)
        XCTAssertTrue(r.out.contains("Besvarelser: 22 (21 fuldstændige)\n"), r.out)
        XCTAssertTrue(r.out.contains("Point i alt: 160 (mindst 63, højst 252) for de 21 fuldstændige besvarelser;"), r.out)
        XCTAssertTrue(r.out.contains("Behov for forandring: 51,3 af 100"), r.out)
        XCTAssertTrue(r.out.contains("  Køkken    skjult: under 5 besvarelser (anonymitet)\n"), r.out)
    }
}

/// The survey's anonymity covers the whole as well as the units, and a form tool's unit
/// question is read (or named): before, three answers from one unit were hidden as the unit and
/// printed as the whole, and a Microsoft Forms export's unit question gave no table and no word.
final class SurveyAnonymityTests: XCTestCase {
    var scratch: Scratch!

    override func setUpWithError() throws { scratch = try Scratch() }

    func testFewerAnswersInAllThanTheMinimumShowOnlyTheirCount() throws {
        let f = try scratch.file("s.csv", "afdeling;borgerne;indflydelse;fritidsliv\nHus Nord;2;3;3\nHus Nord;1;2;3\nHus Nord;4;4;4\n")
        let r = vagttjek("survey", f)
        XCTAssertEqual(r.code, 0)
        XCTAssertEqual(
            r.out,
            "vagttjek survey — \(f)\nTre spørgsmål om arbejdstidsplanlægningen (Den gode Arbejdsplads): 1 = meget godt … 4 = meget dårligt.\n"
                + "Besvarelser: 3 — færre end 5 i alt, så tallene vises ikke (anonymitet).\n\nPr. afdeling (vist fra 5 besvarelser):\n"
                + "  Hus Nord  skjult: under 5 besvarelser (anonymitet)\n")
        let json = vagttjek("survey", f, "--format", "json")
        XCTAssertTrue(json.out.contains("\"overall\": { \"respondents\": 3, \"shown\": false },"), json.out)
        XCTAssertFalse(json.out.contains("distribution"), json.out)
        // From the minimum the whole is shown.
        XCTAssertTrue(vagttjek("survey", f, "--min-group", "3").out.contains("Besvarelser: 3 (3 fuldstændige)"))
    }

    func testAFormToolsUnitQuestionIsReadAndUnreadColumnsAreNamed() throws {
        var csv = "Id;Starttidspunkt;Mail;Hvilken afdeling arbejder du i?;Borgerne;Indflydelse;Fritidsliv\n"
        for k in 1...6 { csv += "\(k);2026-05-0\(k) 10:00;anonym;\(k <= 5 ? "Hus Nord" : "Hus Syd");2;3;\(k % 4 + 1)\n" }
        let f = try scratch.file("forms.csv", csv)
        let r = vagttjek("survey", f, "--lang", "en")
        XCTAssertEqual(r.code, 0, r.err)
        XCTAssertTrue(r.out.contains("By unit (shown from 5 answers):\n  Hus Nord  n=5    index "), r.out)
        XCTAssertEqual(
            r.err,
            "\(f):1: note: the unit is read from the column «Hvilken afdeling arbejder du i?» (use --columns unit=Header for another)\n"
                + "\(f):1: note: the columns «Starttidspunkt», «Mail» are not read; vagttjek reads the three questions and the unit (use --columns q1=…,q2=…,q3=…,unit=… if one of them is one of these)\n")
        // Or named with --columns.
        let mapped = vagttjek("survey", f, "--columns", "unit=Mail")
        XCTAssertTrue(mapped.out.contains("  anonym  n=6"), mapped.out)
        let missing = vagttjek("survey", f, "--columns", "unit=Hus")
        XCTAssertEqual(missing.code, 64)
        XCTAssertEqual(
            missing.err,
            "\(f):1: --columns unit=Hus: overskriften har ingen kolonne «Hus»; den har: Id,Starttidspunkt,Mail,Hvilken afdeling arbejder du i?,Borgerne,Indflydelse,Fritidsliv\n")
    }
}
