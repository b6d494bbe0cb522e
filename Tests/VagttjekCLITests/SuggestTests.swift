import XCTest

@testable import VagttjekCLI

/// `vagttjek suggest`: a repaired plan with the same shifts, only who works them changed.
final class SuggestTests: XCTestCase {
    let options = ["--employees", sample("employees.csv"), "--agreement", sample("aftaler/hus-nord-nedsat-hviletid.json")]

    func testTheSampleIsRepairedByEightChangesAndChecksClean() throws {
        let scratch = try Scratch()
        let repaired = scratch.url.appendingPathComponent("rettet.csv").path
        let r = vagttjek(["suggest", sample("bosted-solsikken-marts-2026.csv"), "--output", repaired] + options)
        XCTAssertEqual(r.code, 0, r.out + r.err)
        XCTAssertEqual(r.err, "")
        XCTAssertTrue(r.out.hasSuffix("""
            Forslag: 8 ændringer (kun hvem der har vagten; samme vagter, tider og afdelinger) retter 8 af 8 fejl; tjekket igen: 0 fejl tilbage.

            1. Giv vagten lø 14-03 07:00–15:00 (D) fra N03 til N06: retter rest.reduced for N03; ingen nye fejl.
            2. Byt vagten ti 24-03 23:00–25-03 07:00 (N) hos N04 med vagten ti 24-03 07:00–15:00 (D) hos N01: retter rest.compensation for N04; ingen nye fejl.
            3. Giv vagten lø 28-03 23:00–29-03 07:00 (N) fra S02 til S01: retter pregnancy.fixed-night for S02; ingen nye fejl.
            4. Byt vagten sø 29-03 23:00–30-03 07:00 (N) hos S02 med vagten sø 29-03 07:00–15:00 (D) hos S07: retter pregnancy.fixed-night for S02; ingen nye fejl.
            5. Giv vagten ma 09-03 15:00–23:00 (A) fra S03 til S02: retter rest.daily for S03; ingen nye fejl.
            6. Giv vagten ma 09-03 07:00–15:00 (D) fra S04 til S03: retter dayoff.weekly for S04; ingen nye fejl.
            7. Giv vagten to 12-03 07:00–15:00 (D) fra S05 til S03: retter dayoff.weekly for S05; ingen nye fejl.
            8. Byt vagten to 12-03 15:00–23:00 (A) hos S06 med vagten to 12-03 23:00–13-03 07:00 (N) hos S02: retter rest.daily for S06; ingen nye fejl.

            """), r.out)
        // The repaired file is the roster, byte for byte, but the employee cells of the 11 rows
        // that changed hands; checked with the same options it has no error.
        let before = try String(contentsOfFile: sample("bosted-solsikken-marts-2026.csv"), encoding: .utf8).components(separatedBy: "\r\n")
        let after = try String(contentsOfFile: repaired, encoding: .utf8).components(separatedBy: "\r\n")  // CRLF kept as written
        XCTAssertEqual(before.count, after.count)
        let changed = zip(before, after).filter { $0 != $1 }
        XCTAssertEqual(changed.count, 11)
        for (a, b) in changed { XCTAssertEqual(a.split(separator: ",").dropFirst(), b.split(separator: ",").dropFirst()) }
        XCTAssertTrue(changed.contains { $0 == ("N03,2026-03-14 07:00,2026-03-14 15:00,work,D,Hus Nord", "N06,2026-03-14 07:00,2026-03-14 15:00,work,D,Hus Nord") })
        XCTAssertEqual(vagttjek(["check", repaired] + options).code, 0)
        // The same proposal on one thread, and as JSON.
        XCTAssertEqual(vagttjek(["suggest", sample("bosted-solsikken-marts-2026.csv"), "--jobs", "1"] + options).out, r.out)
        let json = vagttjek(["suggest", sample("bosted-solsikken-marts-2026.csv"), "--format", "json"] + options).out
        XCTAssertTrue(json.contains("\"errorsBefore\": 8,\n  \"errorsAfter\": 0,"), json)
        XCTAssertTrue(json.contains("{ \"action\": \"reassign\", \"shift\": { \"line\": 45, \"start\": \"2026-03-14T07:00:00+01:00\", \"end\": \"2026-03-14T15:00:00+01:00\", \"label\": \"D\" }, \"from\": \"N03\", \"to\": \"N06\", \"fixes\": [{ \"employee\": \"N03\", \"rule\": \"rest.reduced\" }]"), json)
    }

    func testWhereNoRepairExistsTheErrorsAreLeftWithTheReason() throws {
        let scratch = try Scratch()
        // E1 is alone in Hus A; E2 and E3 in Hus B have the same evening-then-morning.
        var csv = "employee,start,end,unit\n"
        for e in ["E1,Hus A", "E2,Hus B", "E3,Hus B"] {
            let p = e.split(separator: ",")
            csv += "\(p[0]),2026-03-02 15:00,2026-03-02 23:00,\(p[1])\n\(p[0]),2026-03-03 07:00,2026-03-03 15:00,\(p[1])\n"
        }
        let f = try scratch.file("plan.csv", csv)
        let r = vagttjek("suggest", f, "--max-changes", "3")
        XCTAssertEqual(r.code, 1)
        XCTAssertTrue(r.out.hasSuffix("""
            Forslag: 0 ændringer (kun hvem der har vagten; samme vagter, tider og afdelinger) retter 0 af 3 fejl; tjekket igen: 3 fejl tilbage.

            Tilbage:
              E1 rest.daily 03-03 07:00: ingen kollega i afdelingen at give vagten til
              E2 rest.daily 03-03 07:00: ingen i afdelingen er fri og udhvilet på det tidspunkt (hvert forsøg giver en anden en fejl)
              E3 rest.daily 03-03 07:00: ingen i afdelingen er fri og udhvilet på det tidspunkt (hvert forsøg giver en anden en fejl)

            """), r.out)
        // With a free colleague in Hus B, E2's evening (the first of the two in the roster) goes to her.
        let free = try scratch.file("free.csv", csv + "E4,2026-03-05 07:00,2026-03-05 15:00,Hus B\n")
        let s = vagttjek("suggest", free, "--lang", "en")
        XCTAssertTrue(s.out.contains("1. Give the shift Mon 02-03 15:00–23:00 from E2 to E4: clears rest.daily for E2; no new errors.\n"), s.out)
        XCTAssertEqual(vagttjek("suggest", free, "--output", free).code, 64)
    }
}

extension SuggestTests {
    /// A grid comes back as a grid with only the day cells that changed hands; a workbook as a
    /// CSV of one row per shift.
    func testAGridIsWrittenBackAsAGridAndAWorkbookAsRows() throws {
        let scratch = try Scratch()
        let grid = scratch.url.appendingPathComponent("ugeplan-rettet.csv").path
        let r = vagttjek("suggest", sample("ugeplan-hus-vest-marts-2026.csv"), "--codes", sample("vagtkoder.csv"), "--output", grid)
        XCTAssertEqual(r.code, 0)
        XCTAssertTrue(r.out.hasSuffix("1. Byt vagten on 04-03 07:00–15:00 (D) hos V02 med vagten on 04-03 15:00–23:00 (A) hos V01: retter rest.daily for V02; ingen nye fejl.\n"), r.out)
        let before = try String(contentsOfFile: sample("ugeplan-hus-vest-marts-2026.csv"), encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let after = try String(contentsOfFile: grid, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(before.count, after.count)
        XCTAssertEqual(zip(before, after).filter { $0 != $1 }.map { String($0.1) }, [
            "V01;Anne Holm;D;D;D;A;;;D;A;A;;;D;D;D;;D;D;A;A;;;N;N;N;;;D;D;144",
            "V02;Bo Lund;A;A;A;;D;D;D;;D;D;A;A;;;N;N;N;;;D;D;D;D;A;A;;;D;151,5",
        ])
        XCTAssertEqual(vagttjek("check", grid, "--codes", sample("vagtkoder.csv")).code, 0)
        let rows = scratch.url.appendingPathComponent("rettet.csv").path
        let x = vagttjek("suggest", sample("ugeplan-hus-vest-marts-2026.xlsx"), "--codes", sample("vagtkoder.csv"), "--output", rows)
        XCTAssertEqual(x.code, 0)
        XCTAssertTrue(x.err.hasSuffix("vagttjek: bemærk: \(sample("ugeplan-hus-vest-marts-2026.xlsx")) kan kun skrives tilbage som CSV med én række pr. vagt (en arbejdsbog, eller en gittercelle med to vagter); den rettede plan skrives sådan\n"), x.err)
        let written = try String(contentsOfFile: rows, encoding: .utf8)
        XCTAssertTrue(written.hasPrefix("medarbejder;navn;start;slut;type;vagtkode;afdeling\nV01;Anne Holm;2026-03-02 07:00;2026-03-02 15:00;work;D;Hus Vest\n"), written)
        // The rows in the roster's order, each with the employee who works it now.
        XCTAssertTrue(written.contains("\nV01;Anne Holm;2026-03-03 07:00;2026-03-03 15:00;work;D;Hus Vest\nV02;Bo Lund;2026-03-04 15:00;2026-03-04 23:00;work;A;Hus Vest\n"), written)
        XCTAssertTrue(written.contains("\nV01;Anne Holm;2026-03-04 07:00;2026-03-04 15:00;work;D;Hus Vest\n"), written)
        XCTAssertEqual(vagttjek("check", rows).code, 0)
    }
}
