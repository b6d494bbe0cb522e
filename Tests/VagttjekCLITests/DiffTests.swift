import XCTest

@testable import VagttjekCLI
@testable import VagttjekCore

/// `vagttjek diff PLANNED ACTUAL` (README «Plan versus reality», issue 17): the matching rule on small cases, late
/// notice, findings created by the changes, row order, and the exact diff of the sample pair.
final class DiffTests: XCTestCase {
    var scratch: Scratch!
    override func setUpWithError() throws { scratch = try Scratch() }

    static let header = "employee,start,end,kind,label"

    /// The changes of a diff as `employee change planned → actual` lines (`-` for none).
    func changes(_ planned: String, _ actual: String, extra: [String] = []) throws -> (lines: [String], code: Int32, out: String) {
        let p = try scratch.file("p.csv", Self.header + "\n" + planned)
        let a = try scratch.file("a.csv", actual.hasPrefix("employee") ? actual : Self.header + "\n" + actual)
        let r = vagttjek(["diff", p, a, "--format", "json"] + extra)
        XCTAssertEqual(r.err, "", r.err)
        let json = try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any] ?? [:]
        let items = json["changes"] as? [[String: Any]] ?? []
        func side(_ x: Any?) -> String {
            guard let x = x as? [String: Any], let s = x["start"] as? String, let e = x["end"] as? String else { return "-" }
            return "\(s.dropFirst(5).prefix(11))–\(e.dropFirst(5).prefix(11))"
        }
        let lines = items.map { "\($0["employee"] as? String ?? "") \($0["change"] as? String ?? "") \(side($0["planned"])) → \(side($0["actual"])) \($0["hours"] ?? "")" }
        return (lines, r.code, r.out)
    }

    static let week = """
        E1,2026-03-02 07:00,2026-03-02 15:00,work,D
        E1,2026-03-03 15:00,2026-03-03 23:00,work,A
        E2,2026-03-02 15:00,2026-03-02 23:00,work,A
        E2,2026-03-04 23:00,2026-03-05 07:00,work,N

        """

    func testARosterComparedWithItselfHasNoChangesAndExitsZero() throws {
        let r = try changes(Self.week, Self.week)
        XCTAssertEqual(r.lines, [])
        XCTAssertEqual(r.code, 0)
        let text = vagttjek("diff", scratch.path("p.csv"), scratch.path("a.csv"))
        XCTAssertTrue(text.out.contains("Ændringer: 0 (0 t); 4 vagter uændrede.\n"), text.out)
        XCTAssertTrue(text.out.contains("Ændringerne har skabt 0 fund (0 lovbrud), som den planlagte plan ikke havde:\n"), text.out)
        XCTAssertEqual(text.code, 0)
    }

    func testAShiftMovedByTwoHours() throws {
        let moved = Self.week.replacingOccurrences(of: "E1,2026-03-03 15:00,2026-03-03 23:00", with: "E1,2026-03-03 17:00,2026-03-04 01:00")
        XCTAssertEqual(try changes(Self.week, moved).lines, ["E1 moved 03-03T15:00–03-03T23:00 → 03-03T17:00–03-04T01:00 8"])
    }

    func testRemovedAndAddedOnOneDayForDifferentEmployeesIsNoMoveBetweenThem() throws {
        // E1's evening goes to E2: a removal for E1 and an addition for E2.
        let handed = Self.week.replacingOccurrences(of: "E1,2026-03-03 15:00", with: "E2,2026-03-03 15:00")
        XCTAssertEqual(try changes(Self.week, handed).lines, [
            "E1 removed 03-03T15:00–03-03T23:00 → - 8",
            "E2 added - → 03-03T15:00–03-03T23:00 8",
        ])
    }

    func testANightShiftLengthenedAcrossMidnight() throws {
        let longer = Self.week.replacingOccurrences(of: "E2,2026-03-04 23:00,2026-03-05 07:00", with: "E2,2026-03-04 23:00,2026-03-05 09:30")
        XCTAssertEqual(try changes(Self.week, longer).lines, ["E2 lengthened 03-04T23:00–03-05T07:00 → 03-04T23:00–03-05T09:30 2.5"])
        let shorter = Self.week.replacingOccurrences(of: "E2,2026-03-04 23:00", with: "E2,2026-03-05 01:00")
        XCTAssertEqual(try changes(Self.week, shorter).lines, ["E2 shortened 03-04T23:00–03-05T07:00 → 03-05T01:00–03-05T07:00 2"])
    }

    func testAKindOrLabelChangeIsAChangedKind() throws {
        let sick = Self.week.replacingOccurrences(of: "E1,2026-03-02 07:00,2026-03-02 15:00,work,D", with: "E1,2026-03-02 07:00,2026-03-02 15:00,syg,D")
        XCTAssertEqual(try changes(Self.week, sick).lines, ["E1 changed-kind 03-02T07:00–03-02T15:00 → 03-02T07:00–03-02T15:00 8"])
        // A shift moved to another day is no move: removed and added.
        let nextDay = Self.week.replacingOccurrences(of: "E1,2026-03-02 07:00,2026-03-02 15:00", with: "E1,2026-03-06 07:00,2026-03-06 15:00")
        XCTAssertEqual(try changes(Self.week, nextDay).lines, [
            "E1 removed 03-02T07:00–03-02T15:00 → - 8",
            "E1 added - → 03-06T07:00–03-06T15:00 8",
        ])
    }

    /// A change announced 3 calendar days before the shift is late; 4 days is in time.
    func testAChangeAnnouncedThreeDaysBeforeIsLateAndFourIsNot() throws {
        let planned = "E1,2026-03-10 07:00,2026-03-10 15:00,work,D\nE1,2026-03-20 07:00,2026-03-20 15:00,work,D\n"
        let actual = """
            employee,start,end,kind,label,ændret
            E1,2026-03-10 09:00,2026-03-10 15:00,work,D,2026-03-07 23:59
            E1,2026-03-20 09:00,2026-03-20 15:00,work,D,2026-03-16

            """
        let r = try changes(planned, actual)
        XCTAssertEqual(r.lines, ["E1 shortened 03-10T07:00–03-10T15:00 → 03-10T09:00–03-10T15:00 2", "E1 shortened 03-20T07:00–03-20T15:00 → 03-20T09:00–03-20T15:00 2"])
        let json = try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any] ?? [:]
        let items = json["changes"] as? [[String: Any]] ?? []
        XCTAssertEqual(items.map { $0["noticeDays"] as? Int }, [3, 4])
        XCTAssertEqual(items.map { $0["late"] as? Bool }, [true, false])
        XCTAssertEqual(items.map { $0["announced"] as? String }, ["2026-03-07T23:59:00+01:00", "2026-03-16T00:00:00+01:00"])
        // The policy sets the days.
        let policy = try scratch.file("policy.json", "{\"changeNoticeDays\": 3}")
        let lenient = try changes(planned, actual, extra: ["--policy", policy])
        let late = ((try JSONSerialization.jsonObject(with: Data(lenient.out.utf8)) as? [String: Any])?["changes"] as? [[String: Any]] ?? []).map { $0["late"] as? Bool }
        XCTAssertEqual(late, [false, false])
    }

    func testAnUnreadableChangeDateIsAnErrorNamingLineColumnAndValue() throws {
        let p = try scratch.file("p.csv", Self.header + "\n" + Self.week)
        let a = try scratch.file("a.csv", "employee,start,end,kind,label,changed_on\nE1,2026-03-02 07:00,2026-03-02 15:00,work,D,i går\n")
        let r = vagttjek("diff", p, a, "--lang", "en")
        XCTAssertEqual(r.code, 2)
        XCTAssertEqual(r.out, "")
        XCTAssertEqual(r.err, "\(a):2:45: changed_on: invalid time «i går»; expected YYYY-MM-DD HH:MM (or DD-MM-YYYY HH:MM, DD.MM.YYYY HH.MM)\n")
    }

    func testAChangeThatBreaksTheDailyRestIsListedAsCreatedAndExitsOne() throws {
        // E1 takes an extra morning after the evening of 3 March: 8 hours of rest.
        let extra = Self.week + "E1,2026-03-04 07:00,2026-03-04 15:00,work,D\n"
        let r = try changes(Self.week, extra)
        XCTAssertEqual(r.code, 1)
        let json = try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any] ?? [:]
        let created = json["createdFindings"] as? [[String: Any]] ?? []
        // With it a backward rotation (evening → morning) and a quick return: two recommendations.
        XCTAssertEqual(created.map { "\($0["rule"] ?? "") \($0["employee"] ?? "") \($0["start"] ?? "")" }, [
            "rec.08 E1 2026-03-03T15:00:00+01:00", "rec.03 E1 2026-03-03T23:00:00+01:00", "rest.daily E1 2026-03-04T07:00:00+01:00",
        ])
        XCTAssertEqual(json["resolvedFindings"] as? Int, 0)
        // The other way round the breach is gone: resolved, and exit 0.
        let back = try changes(extra, Self.week)
        XCTAssertEqual(back.code, 0)
        XCTAssertEqual((try JSONSerialization.jsonObject(with: Data(back.out.utf8)) as? [String: Any])?["resolvedFindings"] as? Int, 3)
    }

    func testShuffledRowsGiveTheSameDiffByteForByte() throws {
        let planned = try String(contentsOfFile: sample("bosted-solsikken-marts-2026.csv"), encoding: .utf8)
        let actual = try String(contentsOfFile: sample("bosted-solsikken-marts-2026-faktisk.csv"), encoding: .utf8)
        func shuffled(_ text: String, seed: UInt64) -> String {
            var lines = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
            let head = lines.removeFirst()
            var state = seed
            for i in stride(from: lines.count - 1, to: 0, by: -1) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                lines.swapAt(i, Int(state >> 33) % (i + 1))
            }
            return ([head] + lines).joined(separator: "\r\n") + "\r\n"
        }
        let p1 = try scratch.file("p1.csv", planned), a1 = try scratch.file("a1.csv", actual)
        let p2 = try scratch.file("p2.csv", shuffled(planned, seed: 7)), a2 = try scratch.file("a2.csv", shuffled(actual, seed: 11))
        for format in ["text", "csv"] {
            let one = vagttjek("diff", p1, a1, "--format", format), two = vagttjek("diff", p2, a2, "--format", format)
            XCTAssertEqual(one.code, 1)
            XCTAssertEqual(two.code, 1)
            // The file names differ in the title line only.
            XCTAssertEqual(one.out.replacingOccurrences(of: p1, with: "P").replacingOccurrences(of: a1, with: "A"),
                           two.out.replacingOccurrences(of: p2, with: "P").replacingOccurrences(of: a2, with: "A"))
        }
    }

    /// The sample pair (SampleRosters/README.md): the exact text report.
    func testTheSamplePairsExactDiff() throws {
        let r = vagttjek("diff", sample("bosted-solsikken-marts-2026.csv"), sample("bosted-solsikken-marts-2026-faktisk.csv"), "--employees", sample("employees.csv"))
        XCTAssertEqual(r.code, 1)
        XCTAssertEqual(r.err, "")
        let body = r.out.components(separatedBy: "\n").dropFirst().joined(separator: "\n")
        XCTAssertEqual(body, """
            Planlagt: 233 vagter; faktisk: 234 vagter.

            Ændringer: 8 (51 t); 227 vagter uændrede.
              tilføjet        2      16 t
              fjernet         1       8 t
              flyttet         1       8 t
              afkortet        1       2 t
              forlænget       1       1 t
              ændret type     2      16 t
            Varslet under 4 dage før vagten: 5 af 7 ændringer med dato for varsling (anbefaling 13: begræns afvigelser fra planen).

            Pr. medarbejder:
              N01  2 ændringer, 16 t: 1 flyttet, 1 ændret type; 1 varslet for sent
              N02  3 ændringer, 18 t: 1 tilføjet, 1 fjernet, 1 afkortet; 1 varslet for sent
              N03  1 ændring, 8 t: 1 ændret type; 1 varslet for sent
              N04  1 ændring, 8 t: 1 tilføjet; 1 varslet for sent
              S02  1 ændring, 1 t: 1 forlænget; 1 varslet for sent

            Pr. afdeling:
              Hus Nord: 7 ændringer, 50 t; 4 varslet for sent
              Hus Syd: 1 ændring, 1 t; 1 varslet for sent

            Ændringerne:
              N01  ændret type   fr 13-03 07:00–15:00 (D) → fr 13-03 07:00–15:00 (D, syg) · varslet 13-03 06:30, 0 dage før: for sent
              N01  flyttet       on 18-03 15:00–23:00 (A) → on 18-03 13:00–21:00 (A) · varslet 13-03 12:00, 5 dage før
              N02  afkortet      ti 10-03 15:00–23:00 (A) → ti 10-03 17:00–23:00 (A) · varslet 02-03 10:00, 8 dage før
              N02  fjernet       ma 16-03 07:00–15:00 (D)
              N02  tilføjet      lø 21-03 07:00–15:00 (D) · varslet 20-03 21:00, 1 dag før: for sent
              N03  ændret type   lø 21-03 07:00–15:00 (D) → lø 21-03 07:00–15:00 (D, syg) · varslet 21-03 06:00, 0 dage før: for sent
              N04  tilføjet      fr 13-03 07:00–15:00 (D) · varslet 12-03 19:30, 1 dag før: for sent
              S02  forlænget     fr 20-03 23:00–21-03 07:00 (N) → fr 20-03 22:00–21-03 07:00 (N) · varslet 18-03 14:00, 2 dage før: for sent

            Ændringerne har skabt 3 fund (1 lovbrud), som den planlagte plan ikke havde:
              [ADVARSEL] rec.05 N02 21-03 07:00–21-03 23:00: 1 arbejdsdag over 10 t: 21-03 07:00; længst 16 t. Anbefaling 5: undgå lange arbejdsdage.
              [FEJL] rest.daily N02 21-03 07:00–21-03 23:00: Arbejdsperioden 21-03 07:00–21-03 23:00 varer 16 t, så døgnet før dens slut har kun 8 t hvile; kræver 11 t. Afkort eller del vagten, så den højst varer 13 t. Nedsat hviletid (ned til 8 t) kræver en skriftlig lokalaftale.
              [ADVARSEL] rec.07 S02 20-03 22:00–21-03 07:00: 1 nattevagt over 8 t: 20-03 22:00; længst 9 t. Anbefaling 7: overvej kortere natskift.
            Fund i den planlagte plan, som ikke længere findes: 0.

            """)
    }

    func testUsageErrors() {
        let one = vagttjek("diff", sample("bosted-solsikken-marts-2026.csv"), "--lang", "en")
        XCTAssertEqual(one.code, 64)
        XCTAssertTrue(one.err.contains("'diff' needs two rosters: vagttjek diff PLANNED.csv ACTUAL.csv (got 1)."), one.err)
        let format = vagttjek("diff", "a.csv", "b.csv", "--format", "pdf", "--lang", "en")
        XCTAssertEqual(format.code, 64)
        XCTAssertTrue(format.err.contains("--format must be text, json, csv, csv-excel or html (got 'pdf')."), format.err)
    }
}

/// `--wishes FILE` and `rec.12` "Tillad individuel fleksibilitet" (issue 17 item 3).
final class WishesTests: XCTestCase {
    var scratch: Scratch!
    override func setUpWithError() throws { scratch = try Scratch() }

    func testTheSampleWishesGiveOneWarningAndNameTheWishesNotJudged() {
        let r = vagttjek("check", sample("bosted-solsikken-marts-2026.csv"), "--wishes", sample("ønsker.csv"), "--rule", "rec.12", "--format", "csv")
        XCTAssertEqual(r.code, 0)
        XCTAssertEqual(SampleRosterTests.keyColumns(r.out), ["rec.12,warning,N02,2026-03-14T00:00:00+01:00,2026-03-15T00:00:00+01:00,0,70,percent"])
        XCTAssertTrue(r.out.contains("0 af 3 ønsker opfyldt (0 %); ikke opfyldt: 14-03, 15-03, 22-03. Anbefaling 12: tillad individuel fleksibilitet."), r.out)
        XCTAssertEqual(r.err, """
            \(sample("ønsker.csv")):11: bemærk: ønsket for «X99» vurderes ikke: medarbejderen har ingen vagter i vagtplanen
            \(sample("ønsker.csv")):12: bemærk: ønsket for 2026-04-02 vurderes ikke: dagen ligger uden for planperioden 2026-03-02–2026-03-30

            """)
    }

    func testTheShareGrantedAgainstThePolicysThreshold() throws {
        let roster = try scratch.file("r.csv", "employee,start,end,kind,label\nE1,2026-03-02 07:00,2026-03-02 15:00,work,D\nE1,2026-03-03 15:00,2026-03-03 23:00,work,A\nE1,2026-03-09 07:00,2026-03-09 15:00,work,D\n")
        // Granted: free on the 4th, A on the 3rd; not granted: D on the 3rd (it is an A).
        let wishes = try scratch.file("w.csv", "employee;date;wish\nE1;2026-03-04;fri\nE1;2026-03-03;A\nE1;2026-03-03;D\n")
        let r = vagttjek("check", roster, "--wishes", wishes, "--format", "csv", "--lang", "en")
        XCTAssertEqual(SampleRosterTests.keyColumns(r.out).filter { $0.hasPrefix("rec.12") }, ["rec.12,warning,E1,2026-03-03T00:00:00+01:00,2026-03-04T00:00:00+01:00,66.67,70,percent"])
        XCTAssertTrue(r.out.contains("2 of 3 wishes granted (67 %); not granted: 03-03. Recommendation 12: allow individual flexibility."), r.out)
        let policy = try scratch.file("p.json", "{\"minWishesGranted\": 0.6}")
        let lenient = vagttjek("check", roster, "--wishes", wishes, "--policy", policy, "--format", "csv")
        XCTAssertEqual(SampleRosterTests.keyColumns(lenient.out).filter { $0.hasPrefix("rec.12") }, [])
    }

    func testBadWishesAreErrorsNamingLineColumnValueAndWhatWasExpected() throws {
        let roster = sample("bosted-solsikken-marts-2026.csv")
        let bad = try scratch.file("w.csv", "employee,date,wish\nN01,2026-03-32,fri\nN01,2026-03-05,\nN01,2026-03-06\n")
        let r = vagttjek("check", roster, "--wishes", bad, "--lang", "en")
        XCTAssertEqual(r.code, 2)
        XCTAssertEqual(r.err, """
            \(bad):2:5: invalid date «2026-03-32»; expected YYYY-MM-DD (or DD-MM-YYYY)
            \(bad):3:16: the wish is missing; expected off (fri) or a shift code, e.g. D
            \(bad):4: the row has 2 fields; the header has 3

            """)
        let header = try scratch.file("h.csv", "employee,day,wish\nN01,2026-03-06,fri\n")
        XCTAssertEqual(
            vagttjek("check", roster, "--wishes", header, "--lang", "en").err,
            "\(header):1: expected the columns employee (medarbejder), date (dato) and wish (ønske); the header is: employee,day,wish\n")
    }
}

/// `diff` with files from two systems: each file's columns from its own header, and a mapping per
/// file. Before, one `--columns` applied to both files, so a plan from one system and the hours
/// worked from another could not be compared.
final class DiffTwoShapesTests: XCTestCase {
    var scratch: Scratch!
    override func setUpWithError() throws { scratch = try Scratch() }

    func testEachFileHasItsOwnMapping() throws {
        let planned = try scratch.file("plan.csv", "Nr;Dato;Fra;Til\nE1;2026-03-02;15:00;23:00\nE1;2026-03-03;15:00;23:00\n")
        let actual = try scratch.file("løn.csv", "Initialer,Begin,Finish\nE1,2026-03-02 15:00,2026-03-02 23:00\nE1,2026-03-03 07:00,2026-03-03 15:00\n")
        let one = vagttjek("diff", planned, actual, "--columns", "employee=Nr")
        XCTAssertEqual(one.code, 64)
        XCTAssertTrue(one.err.hasPrefix("\(actual):1: --columns employee=Nr: overskriften har ingen kolonne «Nr»"), one.err)
        let r = vagttjek(
            "diff", planned, actual, "--columns-planned", "employee=Nr", "--columns-actual", "employee=Initialer,start=Begin,end=Finish",
            "--format", "csv", "--lang", "en")
        // The second evening became a morning after an evening: a move and the 8-hour rest it created.
        XCTAssertEqual(r.code, 1, r.err)
        XCTAssertTrue(r.out.hasSuffix("\nE1,,moved,8,2026-03-03T15:00:00+01:00,2026-03-03T23:00:00+01:00,work,,2026-03-03T07:00:00+01:00,2026-03-03T15:00:00+01:00,work,,,,\n"), r.out)
        // A role in both: the file's own mapping goes first.
        let both = vagttjek("diff", planned, actual, "--columns", "employee=Initialer", "--columns-planned", "employee=Nr", "--columns-actual", "start=Begin,end=Finish")
        XCTAssertEqual(both.code, 1, both.err)
    }
}
