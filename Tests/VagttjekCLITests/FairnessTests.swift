import Foundation
import XCTest

@testable import VagttjekCLI
@testable import VagttjekCore

/// "Sol og vind deles ligeligt" (DESIGN.md «Lokal-MED's principles and fairness», issue 16 item 4): hours per FTE per employee and the
/// unit's spread, with exact values.
final class FairnessTests: XCTestCase {
    func testGiniAndMedian() {
        XCTAssertEqual(FairnessSpread.gini([5, 5, 5, 5]), 0)
        XCTAssertEqual(FairnessSpread.gini([0, 0, 0]), 0)
        // Σ|xi − xj| over ordered pairs = 20, / (2 · 4² · 2.5) = 0.25.
        XCTAssertEqual(FairnessSpread.gini([4, 1, 3, 2]), 0.25, accuracy: 1e-12)
        XCTAssertEqual(FairnessSpread.gini([0, 0, 0, 4]), 0.75, accuracy: 1e-12)
        XCTAssertEqual(FairnessSpread.median([3, 1, 2]), 2)
        XCTAssertEqual(FairnessSpread.median([4, 1, 3, 2]), 2.5)
        // Reports name the first ten above 1.5 × the median and count the rest (JSON has all).
        let spread = FairnessSpread((0..<20).map { ("E\($0)", $0 < 8 ? 1.0 : 5.0) })
        XCTAssertEqual(spread.median, 5)
        XCTAssertEqual(spread.above, [])
        let skewed = FairnessSpread((0..<20).map { ("E\($0)", $0 < 8 ? 9.0 : 1.0) })
        XCTAssertEqual(skewed.above.count, 8)
        let many = FairnessSpread((0..<30).map { ("E\($0)", $0 < 12 ? 9.0 : 1.0) })
        XCTAssertEqual(many.aboveText(true), "E0, E1, E2, E3, E4, E5, E6, E7, E8, E9 og 2 flere")
        XCTAssertEqual(many.aboveText(false), "E0, E1, E2, E3, E4, E5, E6, E7, E8, E9 and 2 more")
    }

    func testHoursPerFTEAndTheUnitsSpread() throws {
        let scratch = try Scratch()
        let roster = try scratch.file("r.csv", """
            employee,start,end
            E1,2026-03-07 15:00,2026-03-07 23:00
            E2,2026-03-07 15:00,2026-03-07 23:00
            E2,2026-03-09 23:00,2026-03-10 07:00
            E3,2026-03-07 07:00,2026-03-07 22:00
            E3,2026-03-08 07:00,2026-03-08 22:00
            E4,2026-03-07 15:00,2026-03-07 23:00

            """)
        let employees = try scratch.file("e.csv", "employee,unit,weekly_hours\nE1,A,37\nE2,A,37\nE3,A,37\nE4,B,18.5\n")
        let r = vagttjek("check", roster, "--employees", employees, "--format", "json")
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        let people = try XCTUnwrap(json["employees"] as? [[String: Any]])
        func fairness(_ id: String) -> [String: Double]? {
            people.first { $0["employee"] as? String == id }?["fairness"] as? [String: Double]
        }
        // 15:00–23:00 holds 1 night hour (the night period is 22:00–05:00); 23:00–07:00 holds 6.
        XCTAssertEqual(fairness("E1"), ["weekendHours": 8, "eveningHours": 6, "nightHours": 1, "holidayHours": 0])
        XCTAssertEqual(fairness("E2"), ["weekendHours": 8, "eveningHours": 6, "nightHours": 7, "holidayHours": 0])
        XCTAssertEqual(fairness("E3"), ["weekendHours": 30, "eveningHours": 10, "nightHours": 0, "holidayHours": 0])
        // Half time: every hour counts double per FTE.
        XCTAssertEqual(fairness("E4"), ["weekendHours": 16, "eveningHours": 12, "nightHours": 2, "holidayHours": 0])
        let units = try XCTUnwrap(json["units"] as? [[String: Any]])
        XCTAssertEqual(units.map { $0["unit"] as? String }, ["A", "B"])
        XCTAssertEqual(units.map { $0["employees"] as? Int }, [3, 1])
        let a = try XCTUnwrap(units[0]["fairness"] as? [String: [String: Any]])
        // Weekend 8, 8, 30: median 8, 30 / 8 = 3.75, Gini (2 · 114) / (3 · 46) − 4/3 = 0.3188.
        XCTAssertEqual(a["weekend"]?["median"] as? Double, 8)
        XCTAssertEqual(a["weekend"]?["maxMinRatio"] as? Double, 3.75)
        XCTAssertEqual(a["weekend"]?["gini"] as? Double, 0.32)
        XCTAssertEqual(a["weekend"]?["aboveMedian1_5"] as? [String], ["E3"])
        // Evening 6, 6, 10: Gini 96 / 66 − 4/3 = 0.1212; 10 > 1.5 × 6.
        XCTAssertEqual(a["evening"]?["gini"] as? Double, 0.12)
        XCTAssertEqual(a["evening"]?["aboveMedian1_5"] as? [String], ["E3"])
        // Night 1, 7, 0: no ratio (the smallest is 0), Gini 46 / 24 − 4/3 = 0.5833, 7 > 1.5 × 1.
        XCTAssertEqual(a["night"]?["median"] as? Double, 1)
        XCTAssertTrue(a["night"]?["maxMinRatio"] is NSNull)
        XCTAssertEqual(a["night"]?["gini"] as? Double, 0.58)
        XCTAssertEqual(a["night"]?["aboveMedian1_5"] as? [String], ["E2"])
        // Holidays all 0: a median of 0 names nobody.
        XCTAssertEqual(a["holiday"]?["median"] as? Double, 0)
        XCTAssertEqual(a["holiday"]?["aboveMedian1_5"] as? [String], [])
        // The text report's table, for units of two or more.
        let text = vagttjek("check", roster, "--employees", employees).out
        XCTAssertTrue(text.contains("""

            Fordeling pr. årsværk (sol og vind deles ligeligt): median, største/mindste, Gini, over 1,5 × median
              A (3 medarbejdere):
                weekend        8 t       3,75   0,32  E3
                aften 17–23    6 t       1,67   0,12  E3
                nat            1 t       –      0,58  E2
                helligdage     0 t       –      0     –
              Timer pr. årsværk i perioden. Største/mindste: den mest belastede medarbejders timer delt med den mindst belastedes (– når nogen har 0). Gini: 0 = helt ligeligt fordelt, nær 1 = én bærer næsten det hele.

            """), text)
    }

    func testHolidaysAndChristmasEveFrom6InProfileKL() throws {
        let scratch = try Scratch()
        // Easter Monday 2026 is 6 April; juleaften 06:00–08:00 counts in profile kl only.
        let roster = try scratch.file("r.csv", "employee,start,end\nE1,2026-04-06 07:00,2026-04-06 15:00\nE1,2026-12-24 00:00,2026-12-24 08:00\n")
        let kl = vagttjek("check", roster, "--format", "json").out
        XCTAssertTrue(kl.contains("\"fairness\": { \"weekendHours\": 0, \"eveningHours\": 0, \"nightHours\": 5, \"holidayHours\": 10 }"), kl)
        let policy = try scratch.file("p.json", "{\"profile\": \"regional\"}")
        let regional = vagttjek("check", roster, "--policy", policy, "--format", "json").out
        XCTAssertTrue(regional.contains("\"holidayHours\": 8 }"), regional)
    }
}
