import XCTest

@testable import VagttjekCLI
@testable import VagttjekCore

/// No silent reading choices: each input below used to be read one way without a word, and
/// that way lost a breach or gave an all-clear for nothing. Each now ends in the finding, an
/// error naming both sides, or a notice.
final class SilentChoicesTests: XCTestCase {
    var scratch: Scratch!

    override func setUpWithError() throws { scratch = try Scratch() }

    func testRowsAboveTheHeaderAreAnErrorNotATitle() throws {
        // Nine shifts (an 8-hour rest among them) above the header were dropped as a title.
        var csv = ""
        for d in 2...10 { csv += "E1,2026-03-\(pad(d, 2)) \(d == 3 ? "15:00" : "07:00"),2026-03-\(pad(d, 2)) \(d == 3 ? "23:00" : "15:00")\n" }
        csv += "employee,start,end\nE2,2026-03-02 07:00,2026-03-02 15:00\n"
        let f = try scratch.file("above.csv", csv)
        let r = vagttjek("check", f)
        XCTAssertEqual(r.code, 2)
        XCTAssertEqual(r.err, "\(f):1: linje 1–9 ligner vagter, men står over overskriften (linje 10); flyt overskriften op over rækkerne, så de læses\n")
        // A title row and Excel's empty row above the header are still passed over, with the notice.
        let titled = try scratch.file("titled.csv", "Vagtplan Hus Nord;;\n;;\nemployee;start;end\nE1;2026-03-02 15:00;2026-03-02 23:00\nE1;2026-03-03 07:00;2026-03-03 15:00\n")
        let t = vagttjek("check", titled)
        XCTAssertEqual(t.code, 1)
        XCTAssertTrue(t.err.hasPrefix("\(titled):1: bemærk: linje 1–2 er ikke overskriften (en titel eller Excels sep=); overskriften er linje 3\n"), t.err)
    }

    func testAByteOrderMarkInsideAHeaderNameIsRemovedBeforeMatching() throws {
        var csv = "employee,start,end,\u{FEFF}tags\n"
        for d in 2...13 { csv += "E1,2026-03-\(pad(d, 2)) 07:00,2026-03-\(pad(d, 2)) 15:00,\(d % 3 == 0 ? "" : "alene")\n" }
        let f = try scratch.file("bom.csv", csv)
        let r = vagttjek("check", f, "--rule", "isolation.no-daytime", "--format", "csv")
        XCTAssertEqual(r.err, "")
        XCTAssertTrue(r.out.contains("isolation.no-daytime,warning,E1,2026-03-02T00:00:00+01:00,2026-03-14T00:00:00+01:00,0.67,0.5,"), r.out)
    }

    func testADateColumnContradictedByItsTimeCellIsAnError() throws {
        let f = try scratch.file("dates.csv", "employee,dato,fra,til\nE1,2026-03-03,2026-03-09 07:00,2026-03-09 15:00\nE1,2026-03-04,2026-03-04 07:00,2026-03-04 15:00\n")
        let r = vagttjek("check", f)
        XCTAssertEqual(r.code, 2)
        XCTAssertEqual(r.err, "\(f):2:15: «2026-03-09 07:00» ligger på 2026-03-09, men datokolonnen siger «2026-03-03»; ret den ene, så de passer\n")
        // A night ending on the next date, written in full, is no contradiction.
        let night = try scratch.file("night.csv", "employee,dato,fra,til\nE1,2026-03-03,2026-03-03 23:00,2026-03-04 07:00\n")
        XCTAssertEqual(vagttjek("check", night).code, 0)
    }

    func testAPeriodThatHoldsNoShiftIsAUsageError() throws {
        let f = try scratch.file("march.csv", "employee,start,end\nE1,2026-03-02 15:00,2026-03-02 23:00\nE1,2026-03-03 07:00,2026-03-03 15:00\n")
        let r = vagttjek("check", f, "--period", "2026-04-01..2026-04-30")
        XCTAssertEqual(r.code, 64)
        XCTAssertEqual(
            r.err,
            "vagttjek: --period 2026-04-01..2026-04-30 rummer ingen af vagtplanens vagter (de ligger 2026-03-02–2026-03-03); ret perioden eller vælg den rigtige fil.\n")
        XCTAssertEqual(vagttjek("check", f, "--period", "2026-03-03..2026-03-31").code, 1)
    }

    func testKindsThatMatchNoRowAreNamed() throws {
        // `F` is the shift code here, not the kind: the mapping would silently do nothing.
        let f = try scratch.file("codes.csv", "employee,start,end,label,kind\nE1,2026-03-02 00:00,2026-03-03 00:00,F,\nE1,2026-03-03 07:00,2026-03-03 15:00,D,Rådighed\n")
        let r = vagttjek("check", f, "--kinds", "F=vacation,Rådighed=oncall-home", "--lang", "en")
        XCTAssertEqual(
            r.err,
            "vagttjek: note: --kinds «f» matches no row's kind in \(f); a value in another column (the shift code, say) is not mapped\n"
                + shortPeriodNotice(f, days: 2, english: true))
        let matched = vagttjek("check", f, "--kinds", "Rådighed=oncall-home", "--lang", "en")
        XCTAssertEqual(matched.err, shortPeriodNotice(f, days: 2, english: true))
    }
}
