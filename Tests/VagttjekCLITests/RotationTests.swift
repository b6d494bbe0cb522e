import XCTest

@testable import VagttjekCLI

/// `--rotation`: the plan period is one cycle of a repeating plan, judged across the wrap.
final class RotationTests: XCTestCase {
    let plan = sample("rulleplan-4-uger.csv")

    func testTheWrapFromWeekFourToWeekOneIsJudged() {
        // Alone the cycle breaks nothing: R1's Sunday evening of week 4 has nothing after it.
        XCTAssertEqual(vagttjek("check", plan).code, 0)
        let r = vagttjek("check", plan, "--rotation")
        XCTAssertEqual(r.code, 1)
        XCTAssertTrue(r.out.contains("Periode 04-01-2027 – 31-01-2027 · 2 medarbejdere · 37 vagter\nRulleplan: perioden er én cyklus på 4 uger, vurderet hen over skiftet fra sidste til første uge\n"), r.out)
        XCTAssertTrue(r.out.contains("""

            R1 (Rikke Holm)
              FEJL     rest.daily           ma 04-01 07:00–04-01 15:00  8 t (grænse 11 t) · linje 2
                       Hvilen før vagten 04-01 07:00 er 8 t i døgnet op til 04-01 15:00; kræver 11 t. Flyt vagten til tidligst 04-01 10:00 eller afkort den forrige. Nedsat hviletid (ned til 8 t) kræver en skriftlig lokalaftale. (Over skiftet fra uge 4 til uge 1 i rulleplanen.)

            """), r.out)
        XCTAssertTrue(r.out.contains("I alt: 1 fejl, 2 advarsler, 1 info.\n"), r.out)  // the quick return and the backward rotation across the wrap
        let json = vagttjek("check", plan, "--rotation", "--format", "json", "--lang", "en").out
        XCTAssertTrue(json.contains("\"periodEnd\": \"2027-01-31\", \"rotationWeeks\": 4 },"), json)
        XCTAssertTrue(json.contains("or shorten the previous one. Reduced rest (down to 8 h) needs a written local agreement. (Across the wrap from week 4 to week 1 of the rotation.)\""), json)
        // The first two weeks as the cycle: week 2's Friday evening is far from week 1's Monday.
        let two = vagttjek("check", plan, "--rotation", "2")
        XCTAssertEqual(two.code, 0, two.out)
        XCTAssertTrue(two.out.contains("Periode 04-01-2027 – 17-01-2027 · 2 medarbejdere · 37 vagter\nRulleplan: perioden er én cyklus på 2 uger"), two.out)
        // The 19 rows of weeks 3 and 4 are outside the cycle: said on stderr.
        XCTAssertEqual(two.err, "\(plan): bemærk: 19 rækker ligger uden for rulleplanens cyklus 04-01-2027 – 17-01-2027 og vurderes ikke\n")
        XCTAssertEqual(vagttjek("check", plan, "--rotation").err, "")
    }

    func testAnAverageOfARepeatingWeekIsTheWholeReferencePeriodsNotIndicative() throws {
        let scratch = try Scratch()
        var csv = "employee,start,end\n"
        for d in 4...8 { csv += "E1,2027-01-0\(d) 07:00,2027-01-0\(d) 17:00\n" }  // 50 h every week
        let f = try scratch.file("uge.csv", csv)
        let alone = vagttjek("check", f, "--rule", "hours.weekly48", "--period", "2027-01-04..2027-01-10")
        XCTAssertTrue(alone.out.contains("  ADVARSEL hours.weekly48"), alone.out)  // indicative: one week of a 4-month reference
        let r = vagttjek("check", f, "--rule", "hours.weekly48", "--period", "2027-01-04..2027-01-10", "--rotation")
        XCTAssertEqual(r.code, 1)
        XCTAssertTrue(r.out.contains("  FEJL     hours.weekly48       ma 07-09 00:00–07-01 00:00  50,49 t (grænse 48 t)\n"), r.out)
        XCTAssertTrue(r.out.contains("højst 48 t. Skær ned på vagterne eller læg mere fri i perioden. (Over skiftet til næste gentagelse af rulleplanen.)\n"), r.out)
    }

    func testARotationIsWholeWeeksAndItsOwnHistory() throws {
        let odd = vagttjek("check", plan, "--rotation", "--period", "2027-01-04..2027-01-30")
        XCTAssertEqual(odd.code, 64)
        XCTAssertEqual(odd.err, "vagttjek: en rulleplan skal være hele uger; planperioden 04-01-2027 – 30-01-2027 er 27 dage. Brug --rotation N for de første N uger, eller --period.\n")
        let previous = vagttjek("check", plan, "--rotation", "--previous", plan, "--lang", "en")
        XCTAssertEqual(previous.code, 64)
        XCTAssertEqual(previous.err, "vagttjek: --rotation and --previous cannot be used together: a rotation's previous period is itself.\n")
        XCTAssertEqual(vagttjek("check", plan, "--rotation", "0").code, 64)
        XCTAssertTrue(vagttjek("check", "--help").out.contains("  --rotation [N]          planperioden er én cyklus af en rulleplan"))
    }
}
