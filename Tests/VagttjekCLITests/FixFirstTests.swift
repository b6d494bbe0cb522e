import XCTest

@testable import VagttjekCLI

/// "Ret først" at the end of the text report: the errors by employee, most first, short.
final class FixFirstTests: XCTestCase {
    func testTheListIsShortMostErrorsFirstAndCountsTheRest() throws {
        let scratch = try Scratch()
        var csv = "employee,start,end\n"
        // E01 has seven short rests; E02–E13 one each (a 15–23 evening, then 07:00).
        for k in 0..<7 {
            let d = 2 + 2 * k
            csv += "E01,2026-03-\(String(format: "%02d", d)) 15:00,2026-03-\(String(format: "%02d", d)) 23:00\n"
            csv += "E01,2026-03-\(String(format: "%02d", d + 1)) 07:00,2026-03-\(String(format: "%02d", d + 1)) 15:00\n"
        }
        for e in 2...13 {
            csv += "E\(String(format: "%02d", e)),2026-03-02 15:00,2026-03-02 23:00\nE\(String(format: "%02d", e)),2026-03-03 07:00,2026-03-03 15:00\n"
        }
        let f = try scratch.file("plan.csv", csv)
        let r = vagttjek("check", f, "--rule", "rest.daily")
        XCTAssertEqual(r.code, 1)
        let list = String(r.out[(r.out.range(of: "\nRet først")?.lowerBound ?? r.out.endIndex)...])
        let sentence = { (d: Int) in
            "Hvilen før vagten \(String(format: "%02d", d))-03 07:00 er 8 t i døgnet op til \(String(format: "%02d", d))-03 15:00; kræver 11 t. Flyt vagten til tidligst \(String(format: "%02d", d))-03 10:00 eller afkort den forrige. Nedsat hviletid (ned til 8 t) kræver en skriftlig lokalaftale."
        }
        var expected = "\nRet først (19 fejl hos 13 medarbejdere, flest først):\n  E01 — 7 fejl\n"
        for (d, weekday) in [(3, "ti"), (5, "to"), (7, "lø"), (9, "ma"), (11, "on")] {
            expected += "    rest.daily \(weekday) \(String(format: "%02d", d))-03 07:00: \(sentence(d))\n"
        }
        expected += "    og 2 fejl mere\n"
        for e in 2...10 {
            expected += "  E\(String(format: "%02d", e)) — 1 fejl\n    rest.daily ti 03-03 07:00: \(sentence(3))\n"
        }
        expected += "  og 3 fejl hos 3 medarbejdere mere (se ovenfor).\n"
        XCTAssertEqual(list, expected)
        // No errors, no list.
        let clean = try scratch.file("clean.csv", "employee,start,end\nE1,2026-03-02 07:00,2026-03-02 15:00\n")
        XCTAssertFalse(vagttjek("check", clean).out.contains("Ret først"))
    }
}
