import XCTest

@testable import VagttjekCLI
import VagttjekCore

/// Never a false all-clear: each input that a planning system, Excel or a hand edit can produce
/// and that used to be read silently in a way that dropped or split data (each holds an 8-hour
/// rest when read as intended) now ends in exit 1 (read as intended) or exit 2/64 (refused, with
/// a sentence that says where and why).
final class FalseAllClearTests: XCTestCase {
    var scratch: Scratch!

    override func setUpWithError() throws { scratch = try Scratch() }

    func testAStrayOpeningQuoteThatSwallowsRowsIsAnError() throws {
        let f = try scratch.file(
            "stray.csv",
            "employee,start,end,label\nE1,2026-03-02 15:00,2026-03-02 23:00,\"A\nE1,2026-03-03 07:00,2026-03-03 15:00,D\nE2,2026-03-04 07:00,2026-03-04 15:00,\"D\nE3,2026-03-05 07:00,2026-03-05 15:00,D\n")
        let r = vagttjek("check", f)
        XCTAssertEqual(r.code, 2)
        XCTAssertEqual(
            r.err,
            "\(f):2:38: anførselstegnet her åbner et felt, der løber over linje 3–4, som ligner rækker; luk eller fjern anførselstegnet (rækkerne er ikke læst)\n")
        // Skipping says exactly what was lost: one row on three lines, one shift read of four lines.
        let skipped = vagttjek("check", f, "--skip-invalid", "--allow-invalid", "--lang", "en")
        XCTAssertEqual(
            skipped.err,
            "\(f):2:38: this quote opens a field that runs over lines 3–4, which look like rows; close or remove the quote (the rows are not read)\n"
                + "vagttjek: \(f): 1 invalid row on 3 lines skipped; 1 shift read from 4 data lines.\n")
        // Without the quotes: the 8-hour rest is found.
        let fixed = try scratch.file("fixed.csv", try String(contentsOfFile: f, encoding: .utf8).replacingOccurrences(of: "\"", with: ""))
        XCTAssertEqual(vagttjek("check", fixed).code, 1)
    }

    func testAQuotedNoteOverTwoLinesIsStillRead() throws {
        // RFC 4180: a line break inside quotes is part of the field when the continuation does
        // not look like a row (fewer delimiters than a row has).
        let f = try scratch.file(
            "note.csv", "employee,start,end,label\nE1,2026-03-02 15:00,2026-03-02 23:00,\"A, aften\nmed overlap\"\nE1,2026-03-03 07:00,2026-03-03 15:00,D\n")
        let r = vagttjek("check", f, "--format", "csv")
        XCTAssertEqual(r.code, 1, r.err)
        XCTAssertTrue(r.out.contains("rest.daily,error,E1,2026-03-03T07:00:00+01:00,2026-03-03T15:00:00+01:00,8,11,h,"), r.out)
    }

    func testQuotesNeverClosedOrFollowedByTextAreErrors() throws {
        let open = try scratch.file("open.csv", "employee,start,end,label\nE1,2026-03-02 15:00,2026-03-02 23:00,A\nE1,2026-03-03 07:00,2026-03-03 15:00,\"D\n")
        XCTAssertEqual(
            vagttjek("check", open).err,
            "\(open):3:38: anførselstegnet her lukkes aldrig, så resten af filen ville blive ét felt; luk eller fjern det\n")
        let after = try scratch.file("after.csv", "employee,start,end,label\nE1,2026-03-02 15:00,2026-03-02 23:00,\"A\"B\n")
        let r = vagttjek("check", after)
        XCTAssertEqual(r.code, 2)
        XCTAssertEqual(r.err, "\(after):2:38: tekst efter det afsluttende anførselstegn; sæt hele feltet i anførselstegn eller fjern dem\n")
        // Spaces after a closing quote are fine.
        let spaced = try scratch.file("spaced.csv", "employee,start,end,label\nE1,2026-03-02 15:00,2026-03-02 23:00,\"A\" \n")
        XCTAssertEqual(vagttjek("check", spaced).code, 0)
    }

    func testColumnMappingsThatDoNotFitTheHeaderAreUsageErrors() throws {
        let roster = sample("bosted-solsikken-marts-2026.csv")
        let header = "medarbejder,start,slut,type,vagt,afdeling"
        let twoRoles = vagttjek("check", roster, "--columns", "employee=start")
        XCTAssertEqual(twoRoles.code, 64)
        XCTAssertEqual(
            twoRoles.err,
            "\(roster):1:13: --columns: kolonnen «start» ville blive læst både som employee og som start; overskriften er: \(header)\n")
        let twice = vagttjek("check", roster, "--columns", "employee=medarbejder,employee=slut")
        XCTAssertEqual(twice.code, 64)
        XCTAssertEqual(twice.err, "vagttjek: --columns: employee er angivet to gange (medarbejder og slut).\n")
        let missing = vagttjek("check", roster, "--columns", "label=Vagtkode")
        XCTAssertEqual(missing.code, 64)
        XCTAssertEqual(missing.err, "\(roster):1: --columns label=Vagtkode: overskriften har ingen kolonne «Vagtkode»; den har: \(header)\n")
    }

    func testOutputDashIsStdout() throws {
        let r = vagttjek("check", sample("bosted-solsikken-marts-2026.csv"), "--output", "-", "--format", "json")
        XCTAssertEqual(r.code, 1)
        XCTAssertTrue(r.out.hasPrefix("{\n  \"schema\": \"vagttjek.report/1\""))
        XCTAssertFalse(FileManager.default.fileExists(atPath: "-"))
    }

    func testCountsInAgreementsAndPoliciesAreWholeNumbers() throws {
        let roster = try scratch.file("r.csv", "employee,start,end\nE1,2026-03-02 07:00,2026-03-02 15:00\n")
        let agreement = try scratch.file(
            "a.json", "{\"id\": \"LA\", \"kind\": \"rest-reduction\", \"parameters\": {\"maxReductionsPer7Days\": 0.9999}}")
        let r = vagttjek("check", roster, "--agreement", agreement)
        XCTAssertEqual(r.code, 2)
        XCTAssertEqual(r.err, "\(agreement):1: parameters.maxReductionsPer7Days: 0.9999 skal være et helt tal\n")
    }
}
