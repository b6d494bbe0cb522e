import XCTest

@testable import VagttjekCore

/// The night-work rules: severities, sentences and the thresholds the night-work issue names.
final class NightRuleTests: XCTestCase {
    func run(_ csv: String, employees: String? = nil, policy: String? = nil) throws -> CheckResult {
        try RuleExample("test", da: "test", roster: csv, policy: policy, employees: employees).run()
    }

    func findings(_ r: CheckResult, _ rule: String) -> [Finding] { r.findings.filter { $0.rule.id == rule } }

    func testHealthCheckSeverityAndSentences() throws {
        let nights = RuleExamples.rows(from: "2026-03-02", days: 28, "22:00", "06:00")
        let due = try run(nights, employees: "employee,last_health_check\nE1,2023-03-03\n")
        let f = try XCTUnwrap(findings(due, "night.health-check").first)
        XCTAssertEqual(f.severity, .info)
        XCTAssertEqual(
            f.text(due.plan, .da),
            "Natarbejder (100 % af arbejdsdagene har mindst 3 nattimer): ret til helbredskontrol med mellemrum på under 3 år. Seneste kontrol 03-03-2023; næste senest 03-03-2026.")
        let old = try run(nights, employees: "employee,last_health_check\nE1,2023-03-02\n")
        XCTAssertEqual(findings(old, "night.health-check").first?.severity, .warning)
        XCTAssertEqual(
            findings(old, "night.health-check").first?.text(old.plan, .en),
            "Night worker (100 % of the working days have at least 3 night hours): entitled to a health check at intervals shorter than 3 years. Last check 02-03-2023 is too old (it was due by 02-03-2026); offer a new one.")
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

    func testTheNightWorkerShareCountsWorkingDaysNotRows() throws {
        // Six nights 22:00–06:00 and six split days 07–11 + 15–19 in two weeks: 6 of 18 rows
        // (33 %) but 6 of 12 working days (50 %) have 3 night hours: a night worker by share.
        var csv = RuleExamples.rows(from: "2026-03-02", days: 6, "22:00", "06:00")
        csv += RuleExamples.rows(from: "2026-03-09", days: 6, "07:00", "11:00", header: false)
        csv += RuleExamples.rows(from: "2026-03-09", days: 6, "15:00", "19:00", header: false)
        let r = try run(csv)
        let e = try XCTUnwrap(r.employees.first)
        XCTAssertEqual(e.nightShifts, 6)
        XCTAssertEqual(e.nightWorker, true)
        XCTAssertEqual(e.nightWorkerBasis, "share")
        XCTAssertEqual(
            findings(r, "night.health-check").first?.text(r.plan, .da),
            "Natarbejder (50 % af arbejdsdagene har mindst 3 nattimer): ret til helbredskontrol med mellemrum på under 3 år. Datoen for seneste kontrol kendes ikke (ikke i medarbejderfilens kolonne helbredskontrol).")
        // One night fewer: 5 of 11 working days.
        let fewer = try run(RuleExamples.rows(from: "2026-03-02", days: 5, "22:00", "06:00")
            + RuleExamples.rows(from: "2026-03-09", days: 6, "07:00", "11:00", header: false)
            + RuleExamples.rows(from: "2026-03-09", days: 6, "15:00", "19:00", header: false))
        XCTAssertEqual(fewer.employees.first?.nightWorker, false)
    }

    func testADuplicatedRowDoesNotMakeANightDay() throws {
        // 23:00–01:30 holds 2 h 30 min of night; the same row twice is still 150 minutes, so
        // the day is a working day without 3 night hours.
        let row = RuleExamples.rows(from: "2026-03-02", days: 1, "23:00", "01:30")
        let r = try run(row + row.split(separator: "\n")[1] + "\n")
        var t = EmployeeTimeline()
        t.build(employee: 0, plan: r.plan, needs: [])
        XCTAssertEqual(t.days.startNight.filter { $0 >= 0 }, [150])
        XCTAssertEqual(t.days.periodWorkDays, 1)
        XCTAssertEqual(t.days.periodNightDays, 0)
        XCTAssertEqual(t.nightWork.nightWorker, false)
    }

    func testThreeHundredNightHoursProjectedFromThePeriod() throws {
        // 73 days (365 / 73 = 5): 60 evenings 20:00–23:00 (1 night hour each, no night shift)
        // project to exactly 300.0 night hours; one evening ending 22:54 instead to 299.5.
        func evenings(lastEnd: String) -> String {
            RuleExamples.rows(from: "2026-03-02", days: 59, "20:00", "23:00")
                + RuleExamples.rows(from: "2026-04-30", days: 1, "20:00", lastEnd, header: false)
                + "E1,2026-05-13 07:00,2026-05-13 08:00,work\n"
        }
        let at300 = try run(evenings(lastEnd: "23:00")), at2995 = try run(evenings(lastEnd: "22:54"))
        XCTAssertEqual(at300.plan.lastDay - at300.plan.firstDay + 1, 73)
        XCTAssertEqual(at300.employees.first?.nightHours, 60)
        XCTAssertEqual(at300.employees.first?.nightWorkerBasis, "projection")
        XCTAssertEqual(at2995.employees.first?.nightHours, 59.9)
        XCTAssertEqual(at2995.employees.first?.nightWorker, false)
        var t = EmployeeTimeline()
        t.build(employee: 0, plan: at2995.plan, needs: [])
        XCTAssertEqual(NightWork(t.days, employee: 0, at2995.plan).projectedHours, 299.5, accuracy: 1e-9)
    }

    func testThreeHundredNightHoursInAnyTwelveMonthsWhenTheDataCoversAYear() throws {
        // 100 nights 22:00–01:00 (3 night hours, one night shift each, so 100 of 460 working
        // days: no share) in the spring of 2026, then 360 day shifts: 300 night hours within 12
        // months, measured, not projected (the period of 460 days would project to 238 h).
        var csv = RuleExamples.rows(from: "2026-01-05", days: 100, "22:00", "01:00")
        csv += RuleExamples.rows(from: "2026-04-15", days: 360, "07:00", "15:00", header: false)
        let r = try run(csv)
        let e = try XCTUnwrap(r.employees.first)
        XCTAssertEqual(e.nightHours, 300)
        XCTAssertEqual(e.nightWorkerBasis, "12-months")
        XCTAssertEqual(
            findings(r, "night.health-check").first?.text(r.plan, .en),
            "Night worker (300 night hours within 12 months): entitled to a health check at intervals shorter than 3 years. The date of the last check is unknown (not in the employees file's last_health_check column).")
        // One night fewer: 297 h in the best year, and no projection over a year's data.
        let fewer = try run(RuleExamples.rows(from: "2026-01-05", days: 99, "22:00", "01:00")
            + RuleExamples.rows(from: "2026-04-15", days: 360, "07:00", "15:00", header: false))
        XCTAssertEqual(fewer.employees.first?.nightWorker, false)
    }

    func testHeavyNightWorkSentencesAndTheNightWorkerCondition() throws {
        let heavy = try run(HeavyNightWork.nights(1, "19:00", "07:00", tags: "tung"))
        let f = try XCTUnwrap(findings(heavy, "night.heavy8h").first)
        XCTAssertEqual(f.severity, .error)
        XCTAssertEqual(f.measured, 12)
        XCTAssertEqual(
            f.text(heavy.plan, .da),
            "Den tunge nattevagt (linje 2) giver 12 t arbejde i døgnet 02-03 19:00–03-03 19:00; en natarbejder med særligt belastende arbejde må højst arbejde 8 t i et døgn med natarbejde. Kort vagten af, eller del den mellem to medarbejdere.")
        XCTAssertEqual(
            f.text(heavy.plan, .en),
            "The heavy night shift (line 2) makes 12 h of work in the 24 hours 02-03 19:00–03-03 19:00; a night worker doing heavy work may work at most 8 h in 24 hours with night work. Shorten the shift or share it between two employees.")
        // The same heavy night by someone who is not a night worker (one night in four weeks of days).
        let once = try run(HeavyNightWork.nights(1, "19:00", "07:00", tags: "heavy")
            + HeavyNightWork.nights(20, "07:00", "15:00", from: "2026-03-04", header: false))
        XCTAssertEqual(once.employees.first?.nightWorker, false)
        XCTAssertEqual(findings(once, "night.heavy8h").count, 0)
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
