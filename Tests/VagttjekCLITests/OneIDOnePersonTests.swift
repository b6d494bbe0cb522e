import XCTest

@testable import VagttjekCLI
@testable import VagttjekCore

/// One id, one person (DESIGN.md): ids that differ only by what nobody sees, or by a
/// compatibility form, are one employee wherever an id is matched. Before, `A1` and `A1`
/// followed by a zero-width space were two employees and the 8-hour rest between their rows was
/// never judged: exit 0, "2 medarbejdere", both shown as `A1`.
final class OneIDOnePersonTests: XCTestCase {
    var scratch: Scratch!

    override func setUpWithError() throws { scratch = try Scratch() }

    /// An evening for `first` and the next morning for `second`: an 8-hour rest when one person.
    func quickReturn(_ first: String, _ second: String) -> String {
        "employee,start,end\n\(first),2026-03-02 15:00,2026-03-02 23:00\n\(second),2026-03-03 07:00,2026-03-03 15:00\n"
    }

    func testIdsThatDifferByWhatNobodySeesAreOneEmployee() throws {
        let variants: [(String, String)] = [
            ("A1\u{200B}", "A1<U+200B>"), ("A1\u{2060}", "A1<U+2060>"), ("A\u{00AD}1", "A<U+00AD>1"), ("A1\u{200D}", "A1<U+200D>"),
            ("\u{FEFF}A1", "<U+FEFF>A1"), ("\u{FF21}\u{FF11}", "Ａ<U+FF21>１<U+FF11>"), ("A1\u{00A0}", "A1<U+00A0>"),
        ]
        for (id, spelled) in variants {
            let f = try scratch.file("r.csv", quickReturn("A1", id))
            let r = vagttjek("check", f, "--rule", "rest.daily", "--lang", "en")
            XCTAssertEqual(r.code, 1, spelled)
            XCTAssertTrue(r.out.contains("1 employee · 2 shifts"), spelled + r.out)
            XCTAssertEqual(
                r.err,
                "\(f): note: «A1», «\(spelled)» are read as the employee «A1» (invisible characters removed, other spaces and forms as the plain ones)\n"
                    + shortPeriodNotice(f, days: 2, english: true), spelled)
        }
        // A no-break space inside a name is a space.
        let names = try scratch.file("n.csv", quickReturn("Anne Marie", "Anne\u{00A0}Marie"))
        XCTAssertEqual(vagttjek("check", names, "--rule", "rest.daily").code, 1)
    }

    func testTheFoldHoldsForPreviousEmployeesWishesAgreementsAndFilters() throws {
        // --previous: the evening in last period's file, under another spelling.
        let previous = try scratch.file("feb.csv", "employee,start,end\nA1\u{200B},2026-03-01 15:00,2026-03-01 23:00\n")
        let march = try scratch.file("mar.csv", "employee,start,end\nA1,2026-03-02 07:00,2026-03-02 15:00\nA1,2026-03-03 07:00,2026-03-03 15:00\n")
        let r = vagttjek("check", march, "--previous", previous, "--rule", "rest.daily", "--format", "csv")
        XCTAssertEqual(r.code, 1, r.err)
        XCTAssertTrue(r.out.contains("rest.daily,error,A1,2026-03-02T07:00:00+01:00,"), r.out)
        // The employees file: a fullwidth id is the roster's A1.
        let nights = try scratch.file("nights.csv", "employee,start,end\nA1,2026-03-02 23:00,2026-03-03 07:00\nA1,2026-03-03 23:00,2026-03-04 07:00\n")
        let employees = try scratch.file("e.csv", "employee,pregnancy_confirmed\n\u{FF21}\u{FF11},2026-02-01\n")
        let pregnant = vagttjek("check", nights, "--employees", employees, "--rule", "pregnancy.night", "--format", "csv")
        XCTAssertEqual(pregnant.out.split(separator: "\n").filter { $0.hasPrefix("pregnancy.night,warning,A1,") }.count, 1, pregnant.out + pregnant.err)
        XCTAssertFalse(pregnant.err.contains("ikke i filen"), pregnant.err)
        // The filter.
        let filtered = vagttjek("check", march, "--previous", previous, "--employee", "A1\u{2060}", "--rule", "rest.daily")
        XCTAssertEqual(filtered.code, 1, filtered.err)
        // Wishes and an agreement's scope fold the same way.
        XCTAssertEqual(EmployeeID.fold("\u{FEFF}A1 "), "A1")
        let agreement = try scratch.file(
            "a.json",
            #"{"id": "LA-1", "kind": "rest-reduction", "title": "t", "written": true, "signedOn": "2026-01-01", "validFrom": "2026-01-01", "validUntil": "2026-12-31", "approvedByUnion": true, "reason": "r", "scope": {"units": [], "employees": ["A1\u200b"], "labels": []}, "parameters": {"minRestHours": 8}}"#)
        XCTAssertEqual(try Agreement.read(path: agreement).scope.employees, ["A1"])
    }

    func testDiffMatchesIdsThatDifferByWhatNobodySees() throws {
        let planned = try scratch.file("p.csv", quickReturn("A1", "A1"))
        let actual = try scratch.file("a.csv", quickReturn("A1\u{200B}", "A1\u{FEFF}"))
        let r = vagttjek("diff", planned, actual, "--format", "csv")
        XCTAssertEqual(r.code, 0, r.err)
        XCTAssertEqual(r.out, "employee,unit,change,hours,planned_start,planned_end,planned_kind,planned_label,actual_start,actual_end,actual_kind,actual_label,announced,notice_days,late\n")
    }

    func testIdsThatOnlyLookAlikeAreNamedNotMerged() throws {
        let f = try scratch.file("r.csv", quickReturn("A1", "\u{0410}1"))
        let r = vagttjek("check", f, "--lang", "en")
        XCTAssertEqual(r.code, 0)
        XCTAssertTrue(r.out.contains("2 employees"), r.out)
        XCTAssertEqual(
            r.err,
            "\(f): note: «A1», «А<U+0410>1» look alike but are written with different characters (Latin and Cyrillic, say) and are read as 2 employees; if they are one, correct the id\n"
                + shortPeriodNotice(f, days: 2, english: true))
    }
}
