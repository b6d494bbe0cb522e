import XCTest

@testable import VagttjekCore

/// Senior days by group and age (DESIGN.md «Pregnant, senior and reduced-capacity staff»), the values the night-work issue names.
final class SeniorDaysTests: XCTestCase {
    func testWorkshopLeadersGetTwoThreeFourDaysFromSixty() {
        for profile in [Policy.Profile.kl, .regional] {
            let days = (59...63).map { SeniorDays.entitlement(group: "ledende-værkstedspersonale", age: $0, profile: profile, from: 58)?.days }
            XCTAssertEqual(days, [0, 2, 3, 4, 4], "\(profile)")
        }
        // The regional bonus behind the days: 0.8 %, 1.2 %, 1.6 % (tenths of a percent).
        XCTAssertEqual((60...62).map { SeniorDays.entitlement(group: "Ledende-værkstedspersonale", age: $0, profile: .regional, from: 58)?.bonusTenths },
                       [8, 12, 16])
        // Social educators from 58 (KL: 5 days), pedagogical consultants from 60, an unknown group never.
        XCTAssertEqual(SeniorDays.entitlement(group: "socialpædagog", age: 58, profile: .kl, from: 58)?.days, 5)
        XCTAssertEqual(SeniorDays.entitlement(group: "pædagogisk-konsulent", age: 59, profile: .kl, from: 58)?.days, 0)
        XCTAssertEqual(SeniorDays.entitlement(group: "pædagogisk-konsulent", age: 60, profile: .kl, from: 58)?.days, 5)
        XCTAssertNil(SeniorDays.entitlement(group: "kok", age: 62, profile: .kl, from: 58))
    }

    func testAWorkshopLeaderTurning61InTheRegionsSentence() throws {
        let r = try RuleExample(
            "test", da: "test", roster: "employee,start,end\nE1,2026-03-02 07:00,2026-03-02 15:00\n", policy: "{\"profile\": \"regional\"}",
            employees: "employee,birth_date,group\nE1,1965-08-01,ledende-værkstedspersonale\n").run()
        let f = try XCTUnwrap(r.findings.first { $0.rule.id == "senior.days" })
        XCTAssertEqual(f.limit, 3)
        XCTAssertEqual(
            f.text(r.plan, .en),
            "Senior days 2026: entitled to 3 days (ledende-værkstedspersonale, turns 61; senior bonus 1.2 %, convertible to the days); planned 0 in the period.")
    }

    func testANightPeriodFrom23To06IsAccepted() throws {
        // 23:00–06:00 is 7 hours and holds 00:00–05:00: lawful; a shift 22:00–06:00 then has 7 night hours.
        let r = try RuleExample(
            "test", da: "test", roster: "employee,start,end\nE1,2026-03-02 22:00,2026-03-03 06:00\n",
            policy: "{\"nightPeriod\": {\"from\": \"23:00\", \"to\": \"06:00\"}}").run()
        XCTAssertEqual(r.employees.first?.nightHours, 7)
    }
}
