import XCTest

@testable import VagttjekCLI
@testable import VagttjekCore

/// One judgement of agreements: `vagttjek agreement --roster` reports `check`'s own errors on
/// rest and days off and exits 1 whenever `check` on the same files has one. Before, an
/// agreement allowing one reduction per 7 days and a roster with two gave "nedsat hvile 2" and
/// "Ingen nedsat hvile eller udskudt fridøgn uden for aftalerne", exit 0, while `check` reported
/// `rest.reduced`.
final class AgreementJudgementTests: XCTestCase {
    var scratch: Scratch!

    override func setUpWithError() throws { scratch = try Scratch() }

    func agreement(maxReductions: Int = 1, consecutive: Bool = false) throws -> String {
        try scratch.file(
            "aftale.json",
            """
            { "id": "LA-1", "kind": "rest-reduction", "title": "Nedsat hvile ved skift fra aften til dag", "written": true,
              "signedOn": "2026-01-15", "validFrom": "2026-02-01", "validUntil": "2027-01-31", "terminationNotice": "3 måneder",
              "evaluation": { "date": "2026-08-01", "criteria": ["arbejdsmiljø", "familieliv", "kompetenceudvikling", "løn"] },
              "approvedByUnion": true, "reason": "kontinuitet i relationen til beboerne",
              "scope": { "units": [], "employees": [], "labels": ["A", "D"] },
              "parameters": { "minRestHours": 8, "maxReductionsPer7Days": \(maxReductions), "allowConsecutiveDays": \(consecutive) } }
            """)
    }

    func testTwoReductionsUnderAnAgreementAllowingOneAreAnErrorInBoth() throws {
        let a = try agreement()
        let roster = try scratch.file(
            "r.csv",
            "employee,start,end,label\nE1,2026-03-02 15:00,2026-03-02 23:00,A\nE1,2026-03-03 07:00,2026-03-03 15:00,D\nE1,2026-03-04 15:00,2026-03-04 23:00,A\nE1,2026-03-05 07:00,2026-03-05 15:00,D\n")
        XCTAssertEqual(vagttjek("check", roster, "--agreement", a).code, 1)
        let r = vagttjek("agreement", a, "--roster", roster, "--on", "2026-03-01")
        XCTAssertEqual(r.code, 1, r.out)
        XCTAssertTrue(r.out.contains("0 ikke bestået, 0 mangler"), r.out)
        XCTAssertTrue(
            r.out.hasSuffix(
                "    E1  nedsat hvile 2  udskudt fridøgn 0  korteste hvile 8 t\n  Fejl i hvile og fridøgn efter 'vagttjek check' (1):\n"
                    + "    E1 rest.reduced 2026-03-05 07:00–2026-03-05 15:00: Vagten 05-03 07:00 er den 2. nedsættelse af hviletiden på 7 døgn; aftalen LA-1 tillader 1. Giv fuld hvile (11 t) før en af vagterne.\n"),
            r.out)
        let json = vagttjek("agreement", a, "--roster", roster, "--on", "2026-03-01", "--format", "json")
        XCTAssertTrue(json.out.contains("\"breaches\": [\n      { \"rule\": \"rest.reduced\", \"employee\": \"E1\", \"start\": \"2026-03-05T07:00:00+01:00\", \"end\": \"2026-03-05T15:00:00+01:00\", \"measured\": 2, \"limit\": 1, \"unit\": \"count\", "), json.out)
        // One reduction: both clear.
        let one = try scratch.file("one.csv", "employee,start,end,label\nE1,2026-03-02 15:00,2026-03-02 23:00,A\nE1,2026-03-03 07:00,2026-03-03 15:00,D\n")
        XCTAssertEqual(vagttjek("check", one, "--agreement", a).code, 0)
        let clear = vagttjek("agreement", a, "--roster", one, "--on", "2026-03-01")
        XCTAssertEqual(clear.code, 0, clear.out)
        XCTAssertTrue(clear.out.hasSuffix("  Ingen nedsat hvile eller udskudt fridøgn uden for aftalerne, og ingen fejl i hvile og fridøgn efter 'vagttjek check'.\n"), clear.out)
    }

    func testTheAgreementCommandSaysWhatItsReadersPassOver() throws {
        let a = try agreement()
        let roster = try scratch.file("r.csv", "employee,start,end,label,Bemærkning\nE1,2026-03-02 15:00,2026-03-02 23:00,A,ny\n")
        let employees = try scratch.file("e.csv", "Lønnr;Hus\nE1;Hus Nord\n")
        let r = vagttjek("agreement", a, "--roster", roster, "--employees", employees, "--employee-columns", "unit=Hus", "--on", "2026-03-01", "--lang", "en")
        XCTAssertEqual(r.code, 0, r.out)
        XCTAssertEqual(
            r.err,
            "\(roster):1: note: the column «Bemærkning» is not read; vagttjek reads employee, start, end, kind, label, unit, break, tags, date, enddate, name, changed_on (use --columns ROLE=Header if one of them is one of these)\n")
        XCTAssertEqual(vagttjek("agreement", a, "--employee-columns", "unit=Hus").code, 64)
    }

    /// Generated rosters: `agreement --roster` exits 1 exactly when `check` on the same files
    /// reports an error of a rule on rest or days off.
    func testAgreementAndCheckAgreeOnGeneratedRosters() throws {
        let first = CivilDate(year: 2026, month: 3, day: 2).dayNumber
        var disagreements: [String] = []
        var withErrors = 0
        for seed in UInt64(1)...60 {
            var rng = RosterGenerator.SplitMix(state: seed)
            let a = try agreement(maxReductions: 1 + rng.below(2), consecutive: rng.below(2) == 0)
            var csv = "employee,start,end,label\n"
            for employee in ["E1", "E2"] {
                for day in 0..<(7 + rng.below(15)) {
                    let date = CivilDate(dayNumber: first + day), next = CivilDate(dayNumber: first + day + 1)
                    switch rng.below(20) {
                    case 0..<9: csv += "\(employee),\(date) 07:00,\(date) 15:00,D\n"
                    case 9..<13: csv += "\(employee),\(date) 15:00,\(date) 23:00,A\n"
                    case 13: csv += "\(employee),\(date) 23:00,\(next) 07:00,N\n"
                    default: break
                    }
                }
            }
            let roster = try scratch.file("r\(seed).csv", csv)
            let check = vagttjek("check", roster, "--agreement", a, "--format", "csv")
            XCTAssertNotEqual(check.code, 2, check.err)
            let judged = check.out.split(separator: "\n").contains { line in
                let cells = line.split(separator: ",", maxSplits: 2)
                return cells.count > 1 && cells[1] == "error" && AgreementUsage.judgedRules.contains(String(cells[0]))
            }
            if judged { withErrors += 1 }
            let agreementRun = vagttjek("agreement", a, "--roster", roster, "--on", "2026-03-01")
            if (agreementRun.code == 1) != judged { disagreements.append("seed \(seed): check \(judged), agreement \(agreementRun.code)") }
        }
        XCTAssertEqual(disagreements, [])
        XCTAssertGreaterThan(withErrors, 10)  // the property is tested on both sides
        XCTAssertLessThan(withErrors, 60)
    }

    /// `--template` prints a Danish starting point that `agreement` then reads as it stands.
    func testTheTemplateIsAStartingPointTheChecklistPasses() throws {
        let t = vagttjek("agreement", "--template")
        XCTAssertEqual(t.code, 0)
        XCTAssertEqual(t.err, "")
        XCTAssertTrue(t.out.contains("\n  \"aftalenr\": \"LA-2027-01\",\n"), t.out)
        XCTAssertTrue(t.out.contains("\n  \"skriftlig\": \"ja\",\n"), t.out)
        let scratch = try Scratch()
        let file = try scratch.file("aftale.json", t.out)
        let r = vagttjek("agreement", file, "--on", "2027-03-01")
        XCTAssertEqual(r.code, 0, r.err)
        XCTAssertTrue(r.out.hasSuffix("  12 bestået, 0 ikke bestået, 0 mangler, 0 ikke relevante: aftalen holder.\n"), r.out)
        XCTAssertTrue(vagttjek("agreement", "--template", "--lang", "en").out.contains("\n  \"written\": true,\n"))
    }
}
