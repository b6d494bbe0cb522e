import XCTest

@testable import VagttjekCLI
@testable import VagttjekCore
import Foundation

/// The employees file read like the roster: an HR system's own column names, the roster's date
/// forms, `--employee-columns`, a notice for every column not read, and messages that name the
/// file's own header. Before, `Gravid fra` was ignored without a word and a pregnant fixed-night
/// worker on nights got an all-clear.
final class EmployeesFileTests: XCTestCase {
    var scratch: Scratch!

    override func setUpWithError() throws { scratch = try Scratch() }

    /// Three nights in a row for P1.
    func nights() throws -> String {
        try scratch.file("nights.csv", "employee,start,end\nP1,2026-03-02 23:00,2026-03-03 07:00\nP1,2026-03-03 23:00,2026-03-04 07:00\nP1,2026-03-04 23:00,2026-03-05 07:00\n")
    }

    func testAnHRSystemsOwnHeadersAreRead() throws {
        let roster = try nights()
        let employees = try scratch.file(
            "hr.csv", "Medarbejdernr;Navn;Gravid fra;Fast nat;Seneste helbredstjek;Kommentar\nP1;Pia Holm;1.2.2026;ja;30.9.2025;ny i huset\n")
        let r = vagttjek("check", roster, "--employees", employees, "--rule", "pregnancy.fixed-night", "--format", "csv")
        XCTAssertEqual(r.code, 1, r.err)
        XCTAssertEqual(r.out.split(separator: "\n").filter { $0.hasPrefix("pregnancy.fixed-night,error,P1,") }.count, 3, r.out)
        XCTAssertTrue(r.out.contains(",Pia Holm,"), r.out)
        // The one column not read is named, with the option that maps it.
        XCTAssertEqual(
            r.err,
            "\(employees):1: bemærk: kolonnen «Kommentar» læses ikke; vagttjek læser employee, name, birth_date, group, weekly_hours, pregnancy_confirmed, pregnancy_end, fixed_night, last_health_check, reduced_capacity, unit (brug --employee-columns ROLLE=Overskrift, hvis en af dem er en af disse)\n"
                + shortPeriodNotice(roster, days: 4))
        // The last health check was read from «Seneste helbredstjek» (30 September 2025, day first).
        let check = vagttjek("check", roster, "--employees", employees, "--rule", "night.health-check", "--lang", "en")
        XCTAssertTrue(check.out.contains("Last check 30-09-2025; next by 30-09-2028."), check.out)
    }

    func testHeadersAreMatchedWithoutCaseSpacesUnderscoresOrInvisibleCharacters() throws {
        let roster = try nights()
        for header in ["EMPLOYEE,PREGNANCY_CONFIRMED,FIXED_NIGHT", "employee,pregnancy confirmed,fixed-night", "\u{FEFF}employee,Graviditet (konstateret),Fast\u{200B} nattevagt"] {
            let employees = try scratch.file("e.csv", header + "\nP1,2026-02-01,ja\n")
            let r = vagttjek("check", roster, "--employees", employees, "--rule", "pregnancy.fixed-night", "--format", "csv")
            XCTAssertEqual(r.code, 1, header + r.err)
            XCTAssertEqual(r.err, shortPeriodNotice(roster, days: 4), header)
        }
    }

    func testEmployeeColumnsMapsAnyHeader() throws {
        let roster = try nights()
        let employees = try scratch.file("e.csv", "Lønnummer;Graviditet ja/nej;Konstateret;Natarbejde\nP1;ja;01-02-2026;ja\n")
        // Unmapped: three columns are not read, and the all-clear is qualified by the notice.
        let plain = vagttjek("check", roster, "--employees", employees, "--rule", "pregnancy.", "--lang", "en")
        XCTAssertEqual(plain.code, 0)
        XCTAssertTrue(
            plain.err.hasPrefix("\(employees):1: note: the columns «Graviditet ja/nej», «Konstateret», «Natarbejde» are not read; vagttjek reads employee,"),
            plain.err)
        let mapped = vagttjek(
            "check", roster, "--employees", employees, "--employee-columns", "pregnancy_confirmed=konstateret,fixed_night=Natarbejde", "--rule", "pregnancy.fixed-night", "--lang", "en")
        XCTAssertEqual(mapped.code, 1, mapped.err)
        XCTAssertTrue(mapped.err.hasPrefix("\(employees):1: note: the column «Graviditet ja/nej» is not read;"), mapped.err)
        let missing = vagttjek("check", roster, "--employees", employees, "--employee-columns", "fixed_night=Fast nat")
        XCTAssertEqual(missing.code, 64)
        XCTAssertEqual(
            missing.err,
            "\(employees):1: --employee-columns fixed_night=Fast nat: overskriften har ingen kolonne «Fast nat»; den har: Lønnummer,Graviditet ja/nej,Konstateret,Natarbejde\n")
        let unknownRole = vagttjek("check", roster, "--employees", employees, "--employee-columns", "nat=Natarbejde")
        XCTAssertEqual(unknownRole.code, 64)
        XCTAssertEqual(
            unknownRole.err,
            "vagttjek: --employee-columns: 'nat=Natarbejde' skal være KOLONNE=Overskrift, hvor KOLONNE er en af employee, name, birth_date, group, weekly_hours, pregnancy_confirmed, pregnancy_end, fixed_night, last_health_check, reduced_capacity, unit.\n")
        XCTAssertEqual(vagttjek("check", roster, "--employee-columns", "fixed_night=Natarbejde").code, 64)
    }

    func testTwoColumnsForOneFactAreAnError() throws {
        let roster = try nights()
        let employees = try scratch.file("e.csv", "Medarbejdernr;Gravid;Graviditet\nP1;2026-02-01;2026-01-15\n")
        let r = vagttjek("check", roster, "--employees", employees)
        XCTAssertEqual(r.code, 2)
        XCTAssertEqual(
            r.err,
            "\(employees):1:22: kolonnerne «Gravid» og «Graviditet» betyder begge pregnancy_confirmed; fjern den ene eller vælg med --employee-columns pregnancy_confirmed=Overskrift\n")
    }

    func testMessagesNameTheFilesOwnHeader() throws {
        let roster = try nights()
        let employees = try scratch.file("e.csv", "Medarbejdernr;Født;Gravid fra;Fast nat;Timer pr. uge\nP1;30.9.75;måske;kun om vinteren;37 t\n")
        let r = vagttjek("check", roster, "--employees", employees)
        XCTAssertEqual(r.code, 2)
        XCTAssertEqual(
            r.err,
            "\(employees):2:4: Født «30.9.75» er ikke en dato; forventede ÅÅÅÅ-MM-DD eller DD-MM-ÅÅÅÅ (også D.M.ÅÅÅÅ)\n"
                + "\(employees):2:12: Gravid fra «måske» er ikke en dato; forventede ÅÅÅÅ-MM-DD eller DD-MM-ÅÅÅÅ (også D.M.ÅÅÅÅ)\n"
                + "\(employees):2:18: Fast nat «kun om vinteren» skal være ja/nej (true/false)\n"
                + "\(employees):2:34: Timer pr. uge «37 t» skal være et timetal fra 1 til 80 (fx 37 eller 32,5)\n")
        // The roster's date forms: day first, one-digit day and month, `-`, `.` or `/`.
        let dates = try scratch.file("d.csv", "employee,birth_date\nP1,30.9.1975\nP2,1/10/1960\nP3,1975-9-30\nP4,30-09-1975\n")
        XCTAssertNotEqual(vagttjek("check", roster, "--employees", dates).code, 2)
    }
}

/// Numbers read as decimal numbers only, in ranges that make sense: weekly hours `1e-310` passed
/// the old 0–80 check and turned the fairness figures into `inf` and `-nan`, and the JSON report
/// no longer parsed; `0x25` was read as 37.
final class WeeklyHoursTests: XCTestCase {
    func testWeeklyHoursAreDecimalHoursFromOneToEighty() {
        XCTAssertEqual(["37", "32,5", "18.75", "1", "80", " 37"].map { EmployeeDirectory.hours($0.trimmingBlanks) }, [37, 32.5, 18.75, 1, 80, 37])
        for bad in ["1e-310", "0x25", "inf", "nan", "0", "0,5", "80,01", "37,", ",5", "3,7,5", "37.555", "-37", "+37", "1000", "37 t"] {
            XCTAssertNil(EmployeeDirectory.hours(bad), bad)
        }
    }

    func testTinyWeeklyHoursAreAnErrorAndEveryReportStaysFinite() throws {
        let scratch = try Scratch()
        let roster = try scratch.file("r.csv", "employee,start,end,unit\nE1,2026-03-07 07:00,2026-03-07 15:00,Hus\nE2,2026-03-08 15:00,2026-03-08 23:00,Hus\n")
        let tiny = try scratch.file("tiny.csv", "employee,weekly_hours\nE1,1e-310\nE2,0x25\n")
        let r = vagttjek("check", roster, "--employees", tiny, "--lang", "en")
        XCTAssertEqual(r.code, 2)
        XCTAssertEqual(
            r.err,
            "\(tiny):2:4: weekly_hours «1e-310» must be hours from 1 to 80 (e.g. 37 or 32.5)\n\(tiny):3:4: weekly_hours «0x25» must be hours from 1 to 80 (e.g. 37 or 32.5)\n")
        // The least and most hours accepted give finite figures in every format.
        let edges = try scratch.file("edges.csv", "employee,weekly_hours\nE1,1\nE2,80\n")
        for format in ["text", "json", "csv", "csv-excel", "html"] {
            let out = vagttjek("check", roster, "--employees", edges, "--format", format).out.lowercased()
            XCTAssertNil(out.range(of: "(?<![a-zæøå])-?(inf|nan)(?![a-zæøå])", options: .regularExpression), format)
            if format == "json" { XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(out.utf8)), format) }
        }
    }
}
