import XCTest

@testable import VagttjekCore

/// The night-work rules: severities, sentences and the thresholds the night-work issue names.
final class NightRuleTests: XCTestCase {
    func run(_ csv: String, employees: String? = nil, policy: String? = nil) throws -> CheckResult {
        try RuleExample("test", roster: csv, policy: policy, employees: employees).run()
    }

    func findings(_ r: CheckResult, _ rule: String) -> [Finding] { r.findings.filter { $0.rule.id == rule } }

    func testHealthCheckSeverityAndSentences() throws {
        let nights = RuleExamples.rows(from: "2026-03-02", days: 28, "22:00", "06:00")
        let due = try run(nights, employees: "employee,last_health_check\nE1,2023-03-03\n")
        let f = try XCTUnwrap(findings(due, "night.health-check").first)
        XCTAssertEqual(f.severity, .info)
        XCTAssertEqual(
            f.text(due.plan, .da),
            "Natarbejder (100 % af vagterne er nattevagter): ret til helbredskontrol med mellemrum på under 3 år. Seneste kontrol 03-03-2023; næste senest 03-03-2026.")
        let old = try run(nights, employees: "employee,last_health_check\nE1,2023-03-02\n")
        XCTAssertEqual(findings(old, "night.health-check").first?.severity, .warning)
        XCTAssertEqual(
            findings(old, "night.health-check").first?.text(old.plan, .en),
            "Night worker (100 % of the shifts are night shifts): entitled to a health check at intervals shorter than 3 years. Last check 02-03-2023 is too old (it was due by 02-03-2026); offer a new one.")
        let none = try run(nights, employees: "employee,last_health_check\nE1,\n")
        XCTAssertEqual(findings(none, "night.health-check").first?.severity, .warning)
        XCTAssertEqual(NightHealthCheck.sameDate(CivilDate(year: 2024, month: 2, day: 29).dayNumber, yearsLater: 3), CivilDate(year: 2027, month: 3, day: 1).dayNumber)
    }

    func testANightShiftNeedsThreeNightHours() throws {
        // 20:00–23:59 has 1 h 59 min of night: not a night shift; but every evening of four
        // weeks projects to about 724 night hours a year, so a night worker by the 300 hours.
        let evenings = try run(RuleExamples.rows(from: "2026-03-02", days: 28, "20:00", "23:59"))
        var t = EmployeeTimeline()
        t.build(employee: 0, plan: evenings.plan, needs: .night)
        XCTAssertEqual(t.night.minutes.first, 119)
        XCTAssertEqual(Set(t.night.category), [.evening])
        XCTAssertEqual(
            findings(evenings, "night.health-check").first?.text(evenings.plan, .en),
            "Night worker (about 724 night hours a year): entitled to a health check at intervals shorter than 3 years. The date of the last check is unknown (not in the employees file's last_health_check column).")
        // 79 % vs 80 % night shifts: fixed night from 80 %.
        func mix(_ nights: Int, _ days: Int) -> String {
            RuleExamples.rows(from: "2026-01-05", days: nights, "22:00", "06:00")
                + RuleExamples.rows(from: "2026-04-06", days: days, "07:00", "15:00", header: false)
        }
        let at80 = try run(mix(80, 20)), at79 = try run(mix(79, 21))
        XCTAssertEqual(at80.employees.first?.fixedNight, true)
        XCTAssertEqual(at79.employees.first?.fixedNight, false)
    }

    func testPregnancyNightIsAnErrorInTheRegionalProfile() throws {
        let csv = "employee,start,end\nE1,2026-03-21 22:00,2026-03-22 06:00\nE1,2026-03-24 22:00,2026-03-25 06:00\n"
        let employees = "employee,pregnancy_confirmed\nE1,2026-03-01\n"
        XCTAssertEqual(findings(try run(csv, employees: employees), "pregnancy.night").map(\.severity), [.warning])
        let regional = try run(csv, employees: employees, policy: "{\"profile\": \"regional\"}")
        let f = try XCTUnwrap(findings(regional, "pregnancy.night").first)
        XCTAssertEqual(f.severity, .error)
        XCTAssertEqual(
            f.text(regional.plan, .da),
            "Nattevagten 24-03 22:00 er den 2. inden for 7 døgn for en gravid medarbejder (graviditet konstateret 01-03-2026); højst 1. Flyt en af nattevagterne.")
    }
}
