import XCTest

@testable import VagttjekCore

/// Rosters that write a shift code instead of times, the legend that gives the times
/// (`--codes`), the clock times people write, free days and total rows (README «Shift codes»).
final class ShiftCodesTests: XCTestCase {
    static let legend = """
        Kode;Fra;Til;Type;Pause;Timer;Afdeling
        D;07:00;15:00;arbejde;30;7,5;
        A;15:00;23:00;;;8;
        N;23:00;07:00;;;;Hus Syd
        F;;;fri;;;

        """

    func read(_ roster: String, legend: String? = legend) throws -> RosterReader.Result {
        var reader = RosterReader()
        if let legend { reader.codes = try ShiftCodes.parse(bytes: Array(legend.utf8), file: "koder.csv") }
        let bytes = try TextEncoding.normalise(Array(roster.utf8), file: "plan.csv").bytes
        return try reader.parse(bytes: bytes, file: "plan.csv")
    }

    /// Each shift as `E1 2026-03-02 07:00–2026-03-02 15:00 work D pause 30 unit`.
    func lines(_ r: RosterReader.Result) -> [String] {
        r.roster.shifts.map { s in
            "\(r.roster.employeeIDs[Int(s.employee)]) \(TimeFormat.plain(Int(s.start)))–\(TimeFormat.plain(Int(s.end))) \(s.kind.name)"
                + " \(r.roster.label(of: s) ?? "-") pause \(s.breakMinutes) \(r.roster.unit(of: s) ?? "-")"
        }
    }

    func testACodeOnlyExportTakesItsTimesKindBreakAndUnitFromTheLegend() throws {
        let r = try read("Dato;Medarbejder;Vagt\n02-03-2026;U1;D\n02-03-2026;U2;A\n03-03-2026;U1;N\n04-03-2026;U1;F\n")
        XCTAssertEqual(r.errors, [])
        XCTAssertEqual(lines(r), [
            "U1 2026-03-02 07:00–2026-03-02 15:00 work D pause 30 -",
            "U1 2026-03-03 23:00–2026-03-04 07:00 work N pause 0 Hus Syd",  // ends the next day
            "U1 2026-03-04 00:00–2026-03-05 00:00 dayoff F pause 0 -",  // the whole day
            "U2 2026-03-02 15:00–2026-03-02 23:00 work A pause 0 -",
        ])
    }

    func testAWholeDayOffIsTheCalendarDayAlsoWhenTheClocksChange() throws {
        // 29 March 2026: summer time starts, the day has 23 hours.
        let r = try read("Dato;Medarbejder;Vagt\n29-03-2026;U1;F\n")
        XCTAssertEqual(r.roster.shifts.map { Int($0.end - $0.start) }, [23 * 60])
    }

    func testACodeTheLegendLacksNamesTheCodeAndTheLegendsCodes() throws {
        let r = try read("Dato;Medarbejder;Vagt\n02-03-2026;U1;X\n03-03-2026;U1;D\n")
        XCTAssertEqual(r.errors.map { $0.rendered(.da) }, [
            "plan.csv:2:15: vagtkoden «X» står ikke i kodelisten koder.csv; den har: D,A,N,F"
        ])
        XCTAssertEqual(lines(r), ["U1 2026-03-03 07:00–2026-03-03 15:00 work D pause 30 -"])
    }

    func testWithoutALegendAWorkCodeIsAnErrorThatSaysWhatToGive() throws {
        let r = try read("Dato;Medarbejder;Vagt\n02-03-2026;U1;D\n03-03-2026;U1;F\n04-03-2026;U1;7-15\n", legend: nil)
        XCTAssertEqual(r.errors.map { $0.rendered(.en) }, [
            "plan.csv:2:15: the shift code «D» has no times: the row has no start and end, and there is no legend; give one with --codes FILE (code;start;end;kind)"
        ])
        // F is a day off and 7-15 a range without a legend, and the notice says so.
        XCTAssertEqual(lines(r), [
            "U1 2026-03-03 00:00–2026-03-04 00:00 dayoff F pause 0 -",
            "U1 2026-03-04 07:00–2026-03-04 15:00 work 7-15 pause 0 -",
        ])
        XCTAssertEqual(r.roster.notices.map { $0.rendered(.da) }, [
            "plan.csv: vagtkoderne læses som fravær: «F» som fridøgn (vagttjeks egne betydninger); betyder de andet, så giv en kodeliste med --codes"
        ])
    }

    /// The export: a free day `F` with `0:00;0:00` was 24 hours of work.
    func testAFreeDayWithZeroTimesIsAFreeDayNeverWork() throws {
        let r = try read("Dato;Medarbejder;Vagt;Fra;Til\n02-03-2026;U1;D;07:00:00;15:00:00\n03-03-2026;U1;F;0:00;0:00\n04-03-2026;U1;A;15;2300\n05-03-2026;U1;Fri;;\n")
        XCTAssertEqual(r.errors, [])
        XCTAssertEqual(lines(r), [
            "U1 2026-03-02 07:00–2026-03-02 15:00 work D pause 0 -",  // the row's own times and break go first
            "U1 2026-03-03 00:00–2026-03-04 00:00 dayoff F pause 0 -",
            "U1 2026-03-04 15:00–2026-03-04 23:00 work A pause 0 -",
            "U1 2026-03-05 00:00–2026-03-06 00:00 dayoff Fri pause 0 -",
        ])
    }

    func testATotalRowIsPassedOverWithANotice() throws {
        let r = try read("Dato;Medarbejder;Vagt\n02-03-2026;U1;D\nI alt;;\n")
        XCTAssertEqual(r.errors, [])
        XCTAssertEqual(r.roster.shifts.count, 1)
        XCTAssertEqual(r.roster.notices.map { $0.rendered(.da) }, ["plan.csv:3: rækken «I alt» er en sumrække og læses ikke som en vagt"])
    }

    func testAnAbsenceKindWithoutTimesIsTheWholeDay() throws {
        let r = try read("Dato;Medarbejder;Fra;Til;Type\n02-03-2026;U1;;;ferie\n03-03-2026;U1;;;arbejde\n", legend: nil)
        XCTAssertEqual(lines(r), ["U1 2026-03-02 00:00–2026-03-03 00:00 vacation - pause 0 -"])
        XCTAssertEqual(r.errors.map { $0.rendered(.da) }, [
            "plan.csv:3:15: start og slut mangler; skriv tiderne, eller en vagtkode eller fraværstype"
        ])
    }

    func testClockTimesAsPeopleWriteThem() {
        let cases: [(String, Int?)] = [
            ("07:00", 420), ("7:00", 420), ("07.00", 420), ("7", 420), ("07", 420), ("0700", 420), ("700", 420),
            ("07:00:00", 420), ("7:30 AM", 450), ("7 am", 420), ("3 pm", 900), ("12 am", 0), ("12:30 p.m.", 750), ("24:00", 1440),
            ("24:30", nil), ("07:00:30", nil), ("25", nil), ("7:5", nil), ("13 pm", nil), ("", nil), ("7-15", nil),
        ]
        for (text, minutes) in cases { XCTAssertEqual(ClockTime.minutes(Array(text.utf8)), minutes, text) }
        XCTAssertEqual(ClockTime.range("7-15").map { [$0.start, $0.end] }, [420, 900])
        XCTAssertEqual(ClockTime.range("07:00–15:30").map { [$0.start, $0.end] }, [420, 930])
        XCTAssertNil(ClockTime.range("D"))
    }

    func testTheLegendsErrorsNameLineColumnAndValue() {
        let bad = """
            Kode;Fra;Til;Type;Timer
            D;07:00;15:00;;8
            D;07:00;15:00;;8
            E;07:00;15:00;;7
            K;;;kursus;
            X;7;;;
            Y;07:00;15:00;sjov;

            """
        XCTAssertThrowsError(try ShiftCodes.parse(bytes: Array(bad.utf8), file: "koder.csv")) { error in
            XCTAssertEqual((error as? InputFailure)?.errors.map { $0.rendered(.da) }, [
                "koder.csv:3:1: koden «D» står to gange (også linje 2); giv hver kode én række",
                "koder.csv:4:16: timer «7» for koden «E» passer ikke med 07:00–15:00 (8 timer); ret tiderne eller timerne",
                "koder.csv:5:3: koden «K» er kursus og skal have start og slut (kun fravær som fri og ferie kan være hele dagen)",
                "koder.csv:6:5: koden «X» har start, men ingen slut; giv begge (eller ingen for fravær hele dagen)",
                "koder.csv:7:15: ukendt type «sjov» for koden «Y»; forventede en af: work, oncall-workplace, oncall-home, callout, course, vacation, sick, timeoff, seniorday, leave, dayoff (eller et dansk navn som fri, ferie, syg)",
            ])
        }
    }

    func testANameColumnWithoutAnIdColumnIsTheIdWithANotice() throws {
        let r = try read("navn;dato;fra;til\nAnne Holm;02-03-2026;15:00;23:00\nBo Lund;03-03-2026;07:00;15:00\n", legend: nil)
        XCTAssertEqual(r.roster.employeeIDs, ["Anne Holm", "Bo Lund"])
        XCTAssertEqual(r.roster.notices.map { $0.rendered(.da) }, [
            "plan.csv:1: der er ingen kolonne med medarbejdernummer, så navnene i «navn» identificerer medarbejderne: to med samme navn læses som én, og et navn stavet på to måder som to"
        ])
    }

    func testAColumnMappedAsTheIdIsNotAlsoReadAsTheName() throws {
        var reader = RosterReader(mapping: [.employee: "Navn"])
        let bytes = Array("Navn;Fra;Til\nAnne Holm;2026-03-02 07:00;2026-03-02 15:00\n".utf8)
        let r = try reader.parse(bytes: bytes, file: "plan.csv")
        XCTAssertEqual(r.roster.employeeIDs, ["Anne Holm"])
        XCTAssertEqual(r.roster.notices, [])
        reader.mapping = [.employee: "Navn", .name: "Navn"]  // both roles asked for: still an error
        XCTAssertThrowsError(try reader.parse(bytes: bytes, file: "plan.csv")) { error in
            XCTAssertEqual((error as? InputFailure)?.errors.map { $0.rendered(.en) }, [
                "plan.csv:1:1: --columns: the column «Navn» would be read both as employee and as name; the header is: Navn,Fra,Til"
            ])
        }
    }

    func testADateColumnAsPeopleWriteIt() throws {
        let r = try read("Dato;Medarbejder;Fra;Til\nMon 02/03/2026;U1;7 am;3 pm\n3. mar. 2026;U1;7;15\nma 04-03-2026;U1;7;15\n", legend: nil)
        XCTAssertEqual(r.errors.map { $0.rendered(.da) }, [
            "plan.csv:4:1: «ma 04-03-2026» siger mandag, men 04-03-2026 er en onsdag; ret ugedagen eller datoen"
        ])
        XCTAssertEqual(lines(r), [
            "U1 2026-03-02 07:00–2026-03-02 15:00 work - pause 0 -",
            "U1 2026-03-03 07:00–2026-03-03 15:00 work - pause 0 -",
        ])
    }

    func testTimestampsAsPeopleWriteThemInOneCell() throws {
        let r = try read("""
            medarbejder;start;slut
            U1;Mon 02/03/2026 7 AM;Mon 02/03/2026 3 PM
            U1;3. mar. 2026 07:00;3. mar. 2026 15:00
            U1;46085.291666666664;46085.625
            U1;ti 05-03-2026 07:00;05-03-2026 15:00
            U1;25000;25000.5

            """, legend: nil)
        XCTAssertEqual(lines(r), [
            "U1 2026-03-02 07:00–2026-03-02 15:00 work - pause 0 -",
            "U1 2026-03-03 07:00–2026-03-03 15:00 work - pause 0 -",
            "U1 2026-03-04 07:00–2026-03-04 15:00 work - pause 0 -",
        ])
        // 5 March 2026 is a Thursday: the row is an error, not a guess; 25000 (a 1968 serial)
        // is no date of a roster.
        XCTAssertEqual(r.errors.map { $0.line }, [5, 6, 6])
    }

    func testAFileOfAmericanDatesIsReadMonthFirstWithANotice() throws {
        let r = try read("employee;start;end\nU1;03/02/2026 7:00;03/02/2026 15:00\nU1;03/13/2026 7:00;03/13/2026 15:00\n", legend: nil)
        XCTAssertEqual(r.errors, [])
        XCTAssertEqual(lines(r), [
            "U1 2026-03-02 07:00–2026-03-02 15:00 work - pause 0 -",
            "U1 2026-03-13 07:00–2026-03-13 15:00 work - pause 0 -",
        ])
        XCTAssertEqual(r.roster.notices.map { $0.rendered(.da) }, [
            "plan.csv:3: datoerne læses som måned/dag (amerikansk), fordi «03/13/2026 7:00» kun kan læses sådan"
        ])
        // Danish dates stay day first, also when every one could be read either way.
        let danish = try read("employee;start;end\nU1;03/02/2026 7:00;03/02/2026 15:00\n", legend: nil)
        XCTAssertEqual(lines(danish), ["U1 2026-02-03 07:00–2026-02-03 15:00 work - pause 0 -"])
    }

    func testAFileThatReadsBothWaysIsAnErrorNamingTwoRows() {
        XCTAssertThrowsError(try read("employee;start;end\nU1;13/03/2026 7:00;13/03/2026 15:00\nU1;03/14/2026 7:00;03/14/2026 15:00\n", legend: nil)) { error in
            XCTAssertEqual((error as? InputFailure)?.errors.map { $0.rendered(.da) }, [
                "plan.csv:3: datoerne læses ikke på én måde: linje 2 («13/03/2026 7:00») kan kun være dag/måned, linje 3 («03/14/2026 7:00») kun måned/dag; ret den ene, så hele filen skriver datoer ens"
            ])
        }
    }
}
