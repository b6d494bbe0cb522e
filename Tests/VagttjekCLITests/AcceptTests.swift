import XCTest

@testable import VagttjekCLI

/// `--accept FILE`: findings accepted with a reason, matched on employee, rule and the date they
/// start on; listed apart, out of the counts and the exit code; lines that accept nothing named.
final class AcceptTests: XCTestCase {
    let roster = sample("bosted-solsikken-marts-2026.csv")

    func testTheSampleAcceptsTwoAndNamesTwoStaleLines() {
        let options = ["--employees", sample("employees.csv"), "--agreement", sample("aftaler/hus-nord-nedsat-hviletid.json")]
        let r = vagttjek(["check", roster, "--accept", sample("accepterede-fund.csv")] + options)
        XCTAssertEqual(r.code, 1)  // seven errors remain
        let file = sample("accepterede-fund.csv")
        XCTAssertTrue(r.out.contains("""

            Accepterede fund (2, heraf 1 fejl) fra \(file):
              Et accepteret lovbrud er stadig et brud på loven, som nogen har valgt at acceptere; det tæller ikke med i fejlene eller i exitkoden.
              N01 ADVARSEL rec.11 ma 02-03 00:00: Planen gentager sig kun på 13 % af dagene (bedst med en cyklus på 2 uger). Anbefaling 11: bevar et regelmæssigt skiftesystem (her mindst 50 %).
                  begrundelse: Den faste rulleplan afløses 1. april; accepteret af Planlægger; gyldig til 30-04-2026
              S04 FEJL dayoff.weekly fr 06-03 07:00: 208 t mellem fridøgn (06-03 07:00 til 14-03 23:00); højst 6 døgn. Læg et fridøgn på mindst 35 t sammenhængende fri i perioden.
                  begrundelse: Vikarmangel under influenzaepidemien, fridøgnet gives 15-03; accepteret af Leder Hus Syd, aftalt med TR; gyldig til 31-03-2026
            Linjer i \(file), der ikke accepterer noget (ret eller slet dem):
              \(file):4: S05 rest.daily 12-03-2026: intet sådant fund i planen
              \(file):5: S06 rest.daily 12-03-2026: udløbet 28-02-2026

            I alt: 7 fejl, 44 advarsler, 7 info; 2 fund accepteret (heraf 1 fejl).

            """), r.out)
        // The accepted error is not in the findings above or in «Ret først»; the expired line's is.
        XCTAssertFalse(r.out.contains("  FEJL     dayoff.weekly        fr 06-03"), r.out)
        XCTAssertTrue(r.out.contains("  FEJL     rest.daily           to 12-03 15:00"), r.out)
        let json = vagttjek(["check", roster, "--accept", file, "--format", "json"] + options).out
        XCTAssertTrue(json.contains("\"summary\": { \"errors\": 7, \"warnings\": 44, \"infos\": 7,"), json)
        XCTAssertTrue(json.contains(", \"accepted\": 2, \"acceptedErrors\": 1 },"), json)
        XCTAssertTrue(json.contains("\n    { \"employee\": \"S06\", \"rule\": \"rest.daily\", \"date\": \"2026-03-12\", \"why\": \"expired\", \"reason\": \"Sovevagt efter aftenvagt\", \"acceptedBy\": \"Tidligere leder\", \"validUntil\": \"2026-02-28\", \"line\": 5 }"), json)
        let html = vagttjek("check", roster, "--accept", file, "--format", "html").out
        XCTAssertTrue(html.contains("<section id=\"accepted\">\n<h2>Accepterede fund (2, heraf 1 fejl)</h2>\n<p>Et accepteret lovbrud er stadig et brud på loven"), html)
        let escaped = file.replacingOccurrences(of: "/", with: "&#47;")
        XCTAssertTrue(html.contains("<li>\(escaped):4: S05 rest.daily 12-03-2026: intet sådant fund i planen</li>"), html)
    }

    func testMatchingIsByEmployeeRuleAndDateAndAcceptingEveryErrorExitsZero() throws {
        let scratch = try Scratch()
        let plan = try scratch.file("plan.csv", "employee,start,end\nE1,2026-03-02 15:00,2026-03-02 23:00\nE1,2026-03-03 07:00,2026-03-03 15:00\nE2,2026-03-02 15:00,2026-03-02 23:00\nE2,2026-03-03 07:00,2026-03-03 15:00\n")
        XCTAssertEqual(vagttjek("check", plan, "--rule", "rest.daily").code, 1)
        // The right rule and date for another employee, and the right employee on another day, accept nothing.
        let wrong = try scratch.file("a.csv", "employee,rule,date,reason\nE3,rest.daily,2026-03-03,x\nE1,rest.daily,2026-03-04,x\nE1,dayoff.weekly,2026-03-03,x\n")
        let w = vagttjek("check", plan, "--rule", "rest.daily", "--accept", wrong)
        XCTAssertEqual(w.code, 1)
        XCTAssertTrue(w.out.contains("Accepterede fund (0, heraf 0 fejl)"), w.out)
        XCTAssertEqual(w.out.components(separatedBy: ": intet sådant fund i planen\n").count - 1, 3, w.out)
        let both = try scratch.file("b.csv", "Employee;Rule;Date;Reason;Valid until\nE1;rest.daily;03-03-2026;afløser syg;\nE2;rest.daily;2026-03-03;afløser syg;2026-03-31\n")
        let b = vagttjek("check", plan, "--rule", "rest.daily", "--accept", both, "--lang", "en")
        XCTAssertEqual(b.code, 0, b.out)
        XCTAssertTrue(b.out.contains("Total: 0 errors, 0 warnings, 0 infos; 2 findings accepted (2 of them errors).\n"), b.out)
        XCTAssertTrue(b.out.contains("An accepted legal error is still a breach of the law that someone has chosen to accept"), b.out)
    }

    func testABadLineIsAnInputErrorNamingWhatWasExpected() throws {
        let scratch = try Scratch()
        let a = try scratch.file("a.csv", "medarbejder;regel;dato;begrundelse\nE1;rest.dayly;2026-03-03;x\nE1;rest.daily;3. marts;x\nE1;rest.daily;2026-03-03;\n")
        let r = vagttjek("check", roster, "--accept", a)
        XCTAssertEqual(r.code, 2)
        XCTAssertEqual(r.err, """
            \(a):2:4: reglen «rest.dayly» findes ikke; mente du «rest.daily»?
            \(a):3:15: ugyldig dato «3. marts»; forventede ÅÅÅÅ-MM-DD (eller DD-MM-ÅÅÅÅ)
            \(a):4:26: begrundelsen mangler; et accepteret fund skal have en begrundelse

            """)
        let header = try scratch.file("h.csv", "medarbejder;regel;dato\nE1;rest.daily;2026-03-03\n")
        XCTAssertEqual(
            vagttjek("check", roster, "--accept", header).err,
            "\(header):1: forventede kolonnerne medarbejder, regel, dato og begrundelse (og evt. gyldig til, accepteret af); overskriften er: medarbejder,regel,dato\n")
    }
}
