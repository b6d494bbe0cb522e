import XCTest

@testable import VagttjekCore

/// `capacity.reduced` and the regularity it stands on: exact scores, cycles and sentences.
final class ReducedCapacityTests: XCTestCase {
    func run(_ csv: String, employees: String? = nil, policy: String? = nil) throws -> CheckResult {
        try RuleExample("test", da: "test", roster: csv, policy: policy, employees: employees).run()
    }

    func regularity(_ csv: String) throws -> Regularity? {
        let r = try run(csv)
        var t = EmployeeTimeline()
        t.build(employee: 0, plan: r.plan, needs: [])
        return Regularity.of(t, r.plan)
    }

    func testAFourWeekRotationRepeatedThreeTimesIsRegularWithCycleFour() throws {
        // Four different weeks (no shorter cycle fits), three times: the period runs to the last
        // shift (day 82 of 84), so the 54 days from the fifth week each equal the day 28 earlier.
        let rotation = "MMMMMOO" + "EEEEEOO" + "OOMMMEE" + "MEOMEOO"
        let three = String(repeating: rotation, count: 3)
        XCTAssertEqual(try regularity(ReducedCapacity.pattern(three)), Regularity(score: 1, cycleWeeks: 4, comparedDays: 54))
        // One morning and the day off after it swapped in the third round (days 61 and 62): two
        // of the 54 days differ from four weeks before.
        var swapped = Array(three)
        swapped.swapAt(60, 61)
        XCTAssertEqual(try regularity(ReducedCapacity.pattern(String(swapped))), Regularity(score: 52.0 / 54, cycleWeeks: 4, comparedDays: 54))
    }

    func testRegularityComparesEachDayWithTheDayOneCycleEarlier() throws {
        // 10 of the 21 days from the second week equal the day a week earlier.
        XCTAssertEqual(try regularity(ReducedCapacity.pattern("MMEOEMMOEEMOMMEEOMEMMOEMOEEM")),
                       Regularity(score: 10.0 / 21, cycleWeeks: 1, comparedDays: 21))
        // A two-week rotation (a week of mornings, a week of evenings) over six weeks: every one
        // of the 26 days from the third week to the last shift (the period's end) repeats; a
        // week's cycle matches only the weekends.
        let rotation = String(repeating: "MMMMMOOEEEEEOO", count: 3)
        XCTAssertEqual(try regularity(ReducedCapacity.pattern(rotation)), Regularity(score: 1, cycleWeeks: 2, comparedDays: 26))
        // Under two weeks: not judged.
        XCTAssertNil(try regularity(ReducedCapacity.pattern("MMMMMOOMMMMMO")))
        // A sick week is left out, not counted as irregular.
        // Mornings on weekdays, the second week's weekdays sick: the sick days and the weekdays a
        // week after them are left out, so only the second weekend pairs (with the first): 2 of 2
        // (counting the sick days as off would give 2 of 12).
        var sick = "employee,start,end,kind\n"
        for line in ReducedCapacity.pattern("MMMMMOOOOOOOOOMMMMM").split(separator: "\n").dropFirst() { sick += "\(line),work\n" }
        for day in 9...13 { sick += "E1,2026-03-\(pad(day, 2)) 07:00,2026-03-\(pad(day, 2)) 14:00,sick\n" }
        XCTAssertEqual(try regularity(sick), Regularity(score: 1, cycleWeeks: 1, comparedDays: 2))
    }

    func testReducedCapacitySentences() throws {
        let irregular = try run(ReducedCapacity.pattern("MMEOEMMOEEMOMMEEOMEMMOEMOEEM"), employees: "employee,reduced_capacity\nE1,true\n")
        let f = try XCTUnwrap(irregular.findings.first { $0.rule.id == "capacity.reduced" })
        XCTAssertEqual(f.measured, 47.62)
        XCTAssertEqual(f.limit, 70)
        XCTAssertEqual(f.unit, .percent)
        XCTAssertEqual(
            f.text(irregular.plan, .da),
            "Planen gentager sig kun på 48 % af dagene (bedst med en cyklus på 1 uge); medarbejderen har nedsat arbejdsevne og kan have brug for en plan med stor forudsigelighed og regelmæssighed (mindst 70 %).")
        XCTAssertEqual(
            f.text(irregular.plan, .en),
            "The plan repeats itself on only 48 % of the days (best with a cycle of 1 week); the employee has reduced capacity and may need a plan with great predictability and regularity (at least 70 %).")
        let long = try run(RuleExamples.rows(from: "2026-03-02", days: 1, "07:00", "17:30"), employees: "employee,reduced_capacity\nE1,true\n")
        XCTAssertEqual(
            long.findings.first { $0.rule.id == "capacity.reduced" }?.text(long.plan, .da),
            "Arbejdsperioden varer 10,5 t; medarbejderen har nedsat arbejdsevne og kan have brug for at arbejde kortere end normalt (højst 8 t efter politikken).")
    }

    /// The sixteen- and eight-day comparisons agree with a day-by-day count on every length and
    /// lag (a fixed pseudo-random sequence of day codes).
    func testTheWideComparisonCountsLikeADayByDayOne() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        let codes: [UInt8] = [0, 1, 2, 4, 8]
        for length in [14, 15, 16, 17, 31, 32, 33, 100, 365, 366, 731, 4100] {
            var days = (0..<length).map { _ -> UInt8 in
                state = state &* 6364136223846793005 &+ 1442695040888963407
                return codes[Int(state >> 33) % codes.count]
            }
            days += [UInt8](repeating: 1, count: 8)
            for weeks in 1...6 where length >= 2 * 7 * weeks {
                let lag = 7 * weeks
                var same = 0, compared = 0
                for d in lag..<length where days[d] != 0 && days[d - lag] != 0 {
                    compared += 1
                    if days[d] == days[d - lag] { same += 1 }
                }
                let wide = days.withUnsafeBytes { Regularity.compare($0, from: lag, count: length - lag, lag: lag) }
                XCTAssertEqual(wide.same, same, "length \(length), lag \(lag)")
                XCTAssertEqual(wide.compared, compared, "length \(length), lag \(lag)")
            }
        }
    }
}
