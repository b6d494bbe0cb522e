import XCTest

@testable import VagttjekCLI

/// `check --codes`: a code-only export checked end to end (README «Shift codes»).
final class ShiftCodesCLITests: XCTestCase {
    /// Two weeks of D/A/N/F for one employee: an evening then an early day is 8 hours of rest.
    func testACodeOnlyExportIsCheckedWithItsLegend() throws {
        let s = try Scratch()
        var rows = "Dato;Medarbejder;Vagt\n"
        for day in 2...15 {
            let code = day == 3 ? "A" : day == 4 ? "D" : day % 7 == 0 || day % 7 == 1 ? "F" : "D"
            rows += "\(day < 10 ? "0" : "")\(day)-03-2026;U1;\(code)\n"
        }
        let roster = try s.file("plan.csv", rows)
        let legend = try s.file("koder.csv", "Kode;Fra;Til;Type\nD;07:00;15:00;\nA;15:00;23:00;\nF;;;fri\n")
        let r = vagttjek("check", roster, "--codes", legend, "--format", "csv", "--severity", "error")
        XCTAssertEqual(r.code, 1)
        XCTAssertEqual(r.out.split(separator: "\n").dropFirst().map { $0.split(separator: ",").prefix(7).joined(separator: ",") }, [
            "rest.daily,error,U1,2026-03-04T07:00:00+01:00,2026-03-04T15:00:00+01:00,8,11"
        ])
        XCTAssertEqual(r.err, "")
    }

    func testALegendInErrorStopsTheRunWithExitTwo() throws {
        let s = try Scratch()
        let roster = try s.file("plan.csv", "Dato;Medarbejder;Vagt\n02-03-2026;U1;D\n")
        let legend = try s.file("koder.csv", "Kode;Fra;Til\nD;07:00;\n")
        let r = vagttjek("check", roster, "--codes", legend)
        XCTAssertEqual(r.code, 2)
        XCTAssertEqual(r.err, "\(legend):2:9: koden «D» har start, men ingen slut; giv begge (eller ingen for fravær hele dagen)\n")
    }
}
