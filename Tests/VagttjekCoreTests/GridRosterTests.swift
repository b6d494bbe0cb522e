import XCTest

@testable import VagttjekCore

/// The week or month grid (README «Grid rosters»): one row per employee, one column per date,
/// a code in each cell, read through the legend.
final class GridRosterTests: XCTestCase {
    func read(_ text: String, period: ClosedRange<Day>? = nil) throws -> RosterReader.Result {
        var reader = RosterReader()
        reader.codes = try ShiftCodes.parse(bytes: Array(ShiftCodesTests.legend.utf8), file: "koder.csv")
        reader.period = period
        let bytes = try TextEncoding.normalise(Array(text.utf8), file: "plan.csv").bytes
        return try reader.parse(bytes: bytes, file: "plan.csv")
    }

    func lines(_ r: RosterReader.Result) -> [String] {
        r.roster.shifts.map { s in
            "\(r.roster.employeeIDs[Int(s.employee)]) \(TimeFormat.plain(Int(s.start)))–\(TimeFormat.plain(Int(s.end))) \(s.kind.name) \(r.roster.label(of: s) ?? "-") · \(s.line)"
        }
    }

    static let grid = """
        Vagtplan Hus Nord, marts 2026;;;;;
        Nr;Navn;ma 02-03;ti 03-03;on 04-03;Timer
        N01;Anne Holm;A;D;F;16
        N02;Bo Lund;D+A;N;;16
        N03;Carla Vinter;;7-11/15-19;;8
        I alt;;;;;40

        """

    func testAGridWithATitleWeekdaysTwoShiftsInACellAndTotals() throws {
        let r = try read(Self.grid)
        XCTAssertEqual(r.errors, [])
        XCTAssertEqual(lines(r), [
            "N01 2026-03-02 15:00–2026-03-02 23:00 work A · 3",
            "N01 2026-03-03 07:00–2026-03-03 15:00 work D · 3",
            "N01 2026-03-04 00:00–2026-03-05 00:00 dayoff F · 3",
            "N02 2026-03-02 07:00–2026-03-02 15:00 work D · 4",
            "N02 2026-03-02 15:00–2026-03-02 23:00 work A · 4",
            "N02 2026-03-03 23:00–2026-03-04 07:00 work N · 4",
            "N03 2026-03-03 07:00–2026-03-03 11:00 work 7-11 · 5",
            "N03 2026-03-03 15:00–2026-03-03 19:00 work 15-19 · 5",
        ])
        XCTAssertEqual(r.roster.employeeNames, ["Anne Holm", "Bo Lund", "Carla Vinter"])
        XCTAssertEqual(r.roster.titles, ["Vagtplan Hus Nord, marts 2026"])
        XCTAssertEqual(r.roster.notices.map { $0.rendered(.da) }, [
            "plan.csv:1: linje 1 er ikke overskriften (en titel eller Excels sep=); overskriften er linje 2",
            "plan.csv:6: rækken «I alt» er en sumrække og læses ikke som en vagt",
            "plan.csv:2: kolonnen «Timer» er ikke datoer og læses ikke (summer og andet ved siden af planen)",
        ])
    }

    func testACodeTheLegendLacksIsAnErrorOnItsCell() throws {
        let r = try read("Nr;2/3/2026;3/3/2026\nN01;D;Q\nN02;X+D;\n")
        XCTAssertEqual(r.errors.map { $0.rendered(.da) }, [
            "plan.csv:2:7: vagtkoden «Q» står ikke i kodelisten koder.csv; den har: D,A,N,F",
            "plan.csv:3:5: vagtkoden «X» står ikke i kodelisten koder.csv; den har: D,A,N,F",
        ])
        XCTAssertEqual(lines(r), ["N01 2026-03-02 07:00–2026-03-02 15:00 work D · 2", "N02 2026-03-02 07:00–2026-03-02 15:00 work D · 3"])
    }

    func testADateWithoutAYearNeedsTheTitleOrThePeriod() throws {
        let text = "Nr;ma 02-03;ti 03-03\nN01;D;D\n"
        XCTAssertThrowsError(try read(text)) { error in
            XCTAssertEqual((error as? InputFailure)?.errors.map { $0.rendered(.en) }, [
                "plan.csv:1:4: the date «ma 02-03» has no year, and the title names none; write the year in the dates or the title, or give --period"
            ])
        }
        let period = CivilDate(year: 2026, month: 3, day: 2).dayNumber...CivilDate(year: 2026, month: 3, day: 8).dayNumber
        XCTAssertEqual(lines(try read(text, period: period)).count, 2)
    }

    func testAWeekdayThatDoesNotFitItsDateIsAnError() {
        XCTAssertThrowsError(try read("Plan 2025\nNr;ma 02-03;ti 03-03\nN01;D;D\n")) { error in
            XCTAssertEqual((error as? InputFailure)?.errors.map { $0.rendered(.da) }, [
                "plan.csv:2:4: «ma 02-03» siger mandag, men 02-03-2025 er en søndag; ret ugedagen eller årstallet",
                "plan.csv:2:13: «ti 03-03» siger tirsdag, men 03-03-2025 er en mandag; ret ugedagen eller årstallet",
            ])
        }
    }

    func testAGridAcrossNewYearMovesToTheNextYear() throws {
        let r = try read("Vagtplan jul 2026\nNr;30-12;31-12;1-1\nN01;D;;D\n")
        XCTAssertEqual(lines(r), ["N01 2026-12-30 07:00–2026-12-30 15:00 work D · 3", "N01 2027-01-01 07:00–2027-01-01 15:00 work D · 3"])
    }

    func testANameColumnAloneIdentifiesTheEmployees() throws {
        let r = try read("Navn;2. mar 2026;3. mar 2026\nAnne Holm;D;A\n")
        XCTAssertEqual(r.roster.employeeIDs, ["Anne Holm"])
        XCTAssertEqual(r.roster.notices.map { $0.message.en }, [
            "there is no employee number column, so the names in «Navn» identify the employees: two with the same name are read as one, and a name spelt two ways as two"
        ])
    }

    func testGridDatesAsPlannersWriteThem() {
        func d(_ s: String) -> String? { GridDate.parse(s).map { "\($0.day)/\($0.month)/\($0.year.map(String.init) ?? "-")/\($0.weekday.map(String.init) ?? "-")" } }
        XCTAssertEqual(d("ma 02-03"), "2/3/-/0")
        XCTAssertEqual(d("Mon 02/03/2026"), "2/3/2026/0")
        XCTAssertEqual(d("tirsdag 3.3."), "3/3/-/1")
        XCTAssertEqual(d("2026-03-02"), "2/3/2026/-")
        XCTAssertEqual(d("02-03-26"), "2/3/2026/-")
        XCTAssertEqual(d("2. mar"), "2/3/-/-")
        XCTAssertEqual(d("2 marts 2026"), "2/3/2026/-")
        XCTAssertEqual(d("02-Mar-26"), "2/3/2026/-")
        XCTAssertEqual(d("Mar 2"), "2/3/-/-")
        XCTAssertEqual(d("lø 7/3"), "7/3/-/5")
        for text in ["Timer", "I alt", "D", "7-15", "31-02", "2-3.26", "Nr", "", "13-13", "uge 10"] { XCTAssertNil(d(text), text) }
    }
}
