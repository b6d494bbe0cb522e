import Foundation
import XCTest

@testable import VagttjekCore

/// Engine behaviour beyond the rule examples: DST, on-call across 2024-07-01, history, periods,
/// and determinism.
final class EngineTests: XCTestCase {
    func check(
        _ csv: String, policy: String? = nil, agreements: [String] = [], previous: String? = nil,
        period: ClosedRange<Day>? = nil, jobs: Int = 1
    ) throws -> CheckResult {
        let roster = try RosterReader().parse(bytes: Array(csv.utf8), file: "r.csv")
        XCTAssertEqual(roster.errors, [])
        let prev = try previous.map { text throws(InputFailure) in try RosterReader().parse(bytes: Array(text.utf8), file: "p.csv").roster }
        var parsed: [Agreement] = []
        for (i, a) in agreements.enumerated() { parsed.append(try Agreement.parse(bytes: Array(a.utf8), file: "a\(i).json")) }
        let p = try policy.map { text throws(InputFailure) in try Policy.parse(bytes: Array(text.utf8), file: "p.json") } ?? Policy()
        return Checker().check(CheckInput(roster: roster.roster, agreements: parsed, policy: p, period: period, previous: prev), jobs: jobs)
    }

    func compact(_ r: CheckResult, _ rule: String) -> [String] {
        r.findings.filter { $0.rule.id == rule }.map { $0.compact(employeeIDs: r.plan.roster.employeeIDs) }
    }

    func testRestAcrossTheSpringChangeIsOneHourShorter() throws {
        // 23:00 → 07:00 across the spring change is 7 real hours.
        let r = try check("employee,start,end\nE1,2026-03-28 15:00,2026-03-28 23:00\nE1,2026-03-29 07:00,2026-03-29 15:00\n")
        XCTAssertEqual(compact(r, "rest.daily"), ["E1 2026-03-29 07:00–2026-03-29 15:00 7/11"])
    }

    func testRestAcrossTheAutumnChangeIsOneHourLonger() throws {
        let r = try check("employee,start,end\nE1,2026-10-24 15:00,2026-10-24 23:00\nE1,2026-10-25 07:00,2026-10-25 15:00\n")
        XCTAssertEqual(compact(r, "rest.daily"), ["E1 2026-10-25 07:00–2026-10-25 15:00 9/11"])
    }

    func testNightShiftsAcrossBothChangesLastTheirRealLength() throws {
        let r = try check("employee,start,end\nE1,2026-03-28 22:00,2026-03-29 07:00\nE2,2026-10-24 22:00,2026-10-25 07:00\n")
        XCTAssertEqual(r.employees.map(\.workHours), [8, 10])
        // Night hours 22–05: 6 real hours in spring, 8 in autumn.
        XCTAssertEqual(r.employees.map(\.nightHours), [6, 8])
    }

    func testOnCallAcrossJuly2024IsRestBeforeAndWorkAfterUnderLegacy() throws {
        // Sovevagt 2024-06-30 23:00 → 2024-07-01 07:00 after an evening shift. Under
        // legacyOnCallAsRest the hour before midnight is rest and 00:00–07:00 is work (DESIGN.md «Rows and kinds»):
        // two work periods, the second judged with 8 h rest (07:00–15:00 the day before).
        let csv = "employee,start,end,kind\nE1,2024-06-30 15:00,2024-06-30 23:00,work\nE1,2024-06-30 23:00,2024-07-01 07:00,sovevagt\n"
        let legacy = try check(csv, policy: "{\"legacyOnCallAsRest\": true}")
        XCTAssertEqual(compact(legacy, "rest.daily"), ["E1 2024-07-01 00:00–2024-07-01 07:00 8/11"])
        // Without the switch the whole night is work: one 16 h period.
        let modern = try check(csv)
        XCTAssertEqual(compact(modern, "rest.daily"), ["E1 2024-06-30 15:00–2024-07-01 07:00 8/11"])
        // A night wholly before the cutoff is rest under the switch.
        let old = try check(csv.replacingFirst("2024-06-30 15:00,2024-06-30 23:00", with: "2024-06-29 15:00,2024-06-29 23:00").replacingFirst("2024-06-30 23:00,2024-07-01 07:00", with: "2024-06-29 23:00,2024-06-30 07:00") + "E1,2024-06-30 10:00,2024-06-30 18:00,work\n", policy: "{\"legacyOnCallAsRest\": true}")
        XCTAssertEqual(compact(old, "rest.daily"), [])
    }

    func testOnCallAtHomeBreaksTheWeeklyDayOffButNotTheDailyRest() throws {
        var csv = "employee,start,end,kind\n"
        for d in 2...6 { csv += "E1,2026-03-0\(d) 07:00,2026-03-0\(d) 15:00,work\n" }
        csv += "E1,2026-03-06 15:00,2026-03-08 12:00,tilkaldevagt\n"
        for d in 9...12 { csv += "E1,2026-03-\(pad(d, 2)) 07:00,2026-03-\(pad(d, 2)) 15:00,work\n" }
        let r = try check(csv)
        XCTAssertEqual(compact(r, "rest.daily"), [])
        XCTAssertEqual(compact(r, "dayoff.weekly"), ["E1 2026-03-02 07:00–2026-03-12 15:00 248/144"])
        // With onCallHomeIsWork the on-call also counts against the daily rest.
        let tight = try check(csv, policy: "{\"onCallHomeIsWork\": true}")
        XCTAssertEqual(compact(tight, "rest.daily"), ["E1 2026-03-06 07:00–2026-03-08 12:00 0/11"])
    }

    func testReductionAfterValidUntilIsADailyRestErrorSayingWhy() throws {
        let csv = "employee,start,end,unit\nE1,2027-01-31 15:00,2027-01-31 23:00,Hus Nord\nE1,2027-02-01 07:00,2027-02-01 15:00,Hus Nord\n"
        let r = try check(csv, agreements: [RuleExamples.agreementHusNord])
        let f = try XCTUnwrap(r.findings.first { $0.rule.id == "rest.daily" })
        XCTAssertEqual(f.compact(employeeIDs: r.plan.roster.employeeIDs), "E1 2027-02-01 07:00–2027-02-01 15:00 8/11")
        XCTAssertTrue(f.text(r.plan).da.hasSuffix("Aftalen LA-1 gælder ikke her: perioden ligger uden for aftalens gyldighed 2026-02-01–2027-01-31."), f.text(r.plan).da)
        // On the last valid day it applies.
        let inside = try check(csv.replacingFirst("2027-02-01 07:00,2027-02-01 15:00", with: "2027-01-31 07:00,2027-01-31 10:00").replacingFirst("2027-01-31 15:00,2027-01-31 23:00", with: "2027-01-30 15:00,2027-01-30 23:00"), agreements: [RuleExamples.agreementHusNord])
        XCTAssertEqual(compact(inside, "rest.daily"), [])
    }

    func testMessagesQuoteTheRestRequiredByThePolicy() throws {
        // Two reductions in 7 days under the Hus Nord agreement; the policy asks for 12 h rest.
        let csv = "employee,start,end,unit\nE1,2026-03-03 15:00,2026-03-03 23:00,Hus Nord\nE1,2026-03-04 07:00,2026-03-04 15:00,Hus Nord\nE1,2026-03-06 15:00,2026-03-06 23:00,Hus Nord\nE1,2026-03-07 07:00,2026-03-07 15:00,Hus Nord\n"
        let r = try check(csv, policy: "{\"dailyRestHours\": 12}", agreements: [RuleExamples.agreementHusNord])
        let f = try XCTUnwrap(r.findings.first { $0.rule.id == "rest.reduced" })
        XCTAssertEqual(
            f.text(r.plan, .da),
            "Vagten 07-03 07:00 er den 2. nedsættelse af hviletiden på 7 døgn; aftalen LA-1 tillader 1. Giv fuld hvile (12 t) før en af vagterne.")
        XCTAssertEqual(
            f.text(r.plan, .en),
            "The shift 07-03 07:00 is reduction no. 2 of the rest within 7 days; agreement LA-1 allows 1. Give full rest (12 h) before one of the shifts.")
    }

    func testConsecutiveReductionsSayWhichShifts() throws {
        let csv = "employee,start,end,unit\nE1,2026-03-03 15:00,2026-03-03 23:00,Hus Nord\nE1,2026-03-04 07:00,2026-03-04 17:00,Hus Nord\nE1,2026-03-05 01:00,2026-03-05 07:00,Hus Nord\n"
        let twice = RuleExamples.agreementHusNord.replacingFirst("\"maxReductionsPer7Days\": 1", with: "\"maxReductionsPer7Days\": 2")
        let r = try check(csv, agreements: [twice])
        let f = try XCTUnwrap(r.findings.first { $0.rule.id == "rest.reduced" })
        XCTAssertEqual(
            f.text(r.plan, .da),
            "Nedsat hviletid to dage i træk (vagterne 04-03 07:00 og 05-03 01:00); aftalen LA-1 tillader ikke nedsættelse to dage i træk. Giv fuld hvile (11 t) før en af dem.")
    }

    func testALongShiftNamesItsLine() throws {
        let r = try check("employee,start,end\nE1,2026-03-02 07:00,2026-03-02 15:00\nE1,2026-03-03 07:00,2026-03-04 15:00\n")
        let f = try XCTUnwrap(r.findings.first { $0.rule.id == "data.long-shift" })
        XCTAssertEqual(f.severity, .warning)
        XCTAssertEqual(
            f.text(r.plan, .da),
            "Vagten 03-03 07:00–04-03 15:00 (linje 3) varer 32 t; en enkelt vagt på mere end 16 t er sandsynligvis en tastefejl. Ret slutdatoen, eller del vagten op.")
    }

    func testPolicyDaysMustBeWholeNumbers() {
        XCTAssertThrowsError(try Policy.parse(bytes: Array("{\"maxDaysBetweenDaysOff\": 5.5}".utf8), file: "p.json")) { error in
            let failure = error as? InputFailure
            XCTAssertEqual(failure?.errors.map { $0.rendered(.da) }, ["p.json:1: maxDaysBetweenDaysOff: 5.5 skal være et helt tal"])
        }
    }

    func testNightAnalysisGivesRealNightMinutesAndCategories() throws {
        let csv = """
            employee,start,end,kind
            E1,2026-03-02 07:00,2026-03-02 15:00,work
            E1,2026-03-02 15:00,2026-03-02 23:00,work
            E1,2026-03-03 22:00,2026-03-04 07:00,sovevagt
            E1,2026-03-05 03:00,2026-03-05 11:00,work
            E1,2026-03-06 00:00,2026-03-07 00:00,ferie
            E1,2026-03-28 22:00,2026-03-29 07:00,work

            """
        let r = try check(csv)
        var t = EmployeeTimeline()
        t.build(employee: 0, plan: r.plan, needs: .night)
        // 22:00–05:00 across the spring change is 6 real hours.
        XCTAssertEqual(t.night.minutes, [0, 60, 420, 120, 0, 360])
        XCTAssertEqual(t.night.category, [.morning, .evening, .night, .evening, .none, .night])
        XCTAssertEqual((0..<6).filter(t.night.isNightShift), [2, 5])
        // An analysis no rule asks for is not built.
        var lean = EmployeeTimeline()
        lean.build(employee: 0, plan: r.plan, needs: [])
        XCTAssertEqual(lean.night.minutes, [])
        XCTAssertEqual(lean.rest.longest, [])
        XCTAssertEqual(lean.daysOff.blocks, [])
        XCTAssertEqual(lean.periods.rest.count, 4)  // 07–15 and 15–23 touch: one period
    }

    func testEveryRuleDeclaresTheAnalysesItReads() throws {
        // Each rule's examples run with that rule alone (RuleExample.findings), so the engine
        // builds only what it declares; here the declarations themselves.
        let needs = Dictionary(uniqueKeysWithValues: RuleRegistry.all.map { ($0.id, $0.needs.rawValue) })
        XCTAssertEqual(needs["rest.daily"], Analyses.rest.rawValue)
        XCTAssertEqual(needs["rest.reduced"], Analyses.rest.rawValue)
        XCTAssertEqual(needs["rest.compensation"], Analyses.rest.rawValue)
        XCTAssertEqual(needs["dayoff.weekly"], Analyses.daysOff.rawValue)
        XCTAssertEqual(needs["hours.weekly48"], 0)
    }

    func testOverlappingWorkingTimeIsCountedOnce() throws {
        // Work 07–15 and a course 13–17 the same day: 10 h of working time, not 12 (DESIGN.md «Working time is counted once»);
        // a callout 23–01 inside a sleeping night watch 22–07: 9 h and 7 night hours, not 11 and 9.
        let csv = """
            employee,start,end,kind
            E1,2026-03-02 07:00,2026-03-02 15:00,work
            E1,2026-03-02 13:00,2026-03-02 17:00,course
            E1,2026-03-03 22:00,2026-03-04 07:00,sovevagt
            E1,2026-03-03 23:00,2026-03-04 01:00,callout

            """
        let r = try check(csv)
        XCTAssertEqual(r.employees.first?.workHours, 19)
        XCTAssertEqual(r.employees.first?.nightHours, 7)
        var t = EmployeeTimeline()
        t.build(employee: 0, plan: r.plan, needs: [])
        XCTAssertEqual(Array(t.days.work.prefix(3)), [600, 120, 420])
    }

    func testIdenticalRowsCannotOverflowADay() throws {
        // The same whole-day row 200 times (1.49 M used to overflow the day's 32-bit minutes).
        var csv = "employee,start,end\n"
        for _ in 0..<200 { csv += "E1,2026-03-02 00:00,2026-03-03 00:00\n" }
        let r = try check(csv)
        var t = EmployeeTimeline()
        t.build(employee: 0, plan: r.plan, needs: [])
        XCTAssertEqual(t.days.work, [1440])
        XCTAssertEqual(r.employees.first?.workHours, 24)
    }

    func testPreviousRosterGivesHistoryAtThePeriodStart() throws {
        // The current period starts Monday with a day shift; the previous period ended with an
        // evening shift on Sunday: 8 h rest, visible only with --previous.
        let current = "employee,start,end\nE1,2026-03-02 07:00,2026-03-02 15:00\nE1,2026-03-03 07:00,2026-03-03 15:00\n"
        let previous = "employee,start,end\nE1,2026-03-01 15:00,2026-03-01 23:00\nE1,2026-02-27 07:00,2026-02-27 08:00\nE1,2026-02-28 06:00,2026-02-28 07:00\n"
        XCTAssertEqual(compact(try check(current), "rest.daily"), [])
        let r = try check(current, previous: previous)
        XCTAssertEqual(compact(r, "rest.daily"), ["E1 2026-03-02 07:00–2026-03-02 15:00 8/11"])
        // History findings are not reported, and the plan period is still the current roster's.
        XCTAssertEqual(r.plan.firstDay, CivilDate(year: 2026, month: 3, day: 2).dayNumber)
        XCTAssertEqual(r.shiftCount, 2)
    }

    func testExplicitPeriodDropsFindingsOutsideIt() throws {
        let csv = "employee,start,end\nE1,2026-03-03 12:00,2026-03-03 22:00\nE1,2026-03-04 08:00,2026-03-04 16:00\nE1,2026-03-20 12:00,2026-03-20 22:00\nE1,2026-03-21 08:00,2026-03-21 16:00\n"
        let from = CivilDate(year: 2026, month: 3, day: 16).dayNumber, to = CivilDate(year: 2026, month: 3, day: 29).dayNumber
        let r = try check(csv, period: from...to)
        XCTAssertEqual(compact(r, "rest.daily"), ["E1 2026-03-21 08:00–2026-03-21 16:00 10/11"])
    }

    func testFindingsAreIdenticalForAnyThreadCount() throws {
        var csv = "employee,start,end\n"
        for e in 0..<40 {
            for d in 1...27 where (d + e) % 7 != 0 {
                let h = 4 + (d * e) % 8
                csv += "E\(e),2026-03-\(pad(d, 2)) \(pad(h, 2)):00,2026-03-\(pad(d, 2)) \(pad(h + 8 + e % 5, 2)):00\n"
            }
        }
        let one = try check(csv, jobs: 1)
        XCTAssertGreaterThan(one.findings.count, 40)
        for jobs in [2, 3, 8] {
            let many = try check(csv, jobs: jobs)
            XCTAssertEqual(many.findings, one.findings)
            XCTAssertEqual(many.employees, one.employees)
        }
    }
}

/// The fast row path and the general one read the same rows into the same shifts.
final class ParserPathTests: XCTestCase {
    func testFastAndGeneralPathsGiveTheSameRoster() throws {
        var generator = RosterGenerator(employees: 40, weeks: 6)
        generator.violationRate = 0.1
        let plain = generator.rosterCSV()
        // Quoting every field sends every row through the general path.
        var quoted = [UInt8]()
        for line in plain.split(separator: 0x0A, omittingEmptySubsequences: false) where !line.isEmpty {
            quoted += line.split(separator: 0x2C, omittingEmptySubsequences: false).map { [0x22] + Array($0) + [0x22] }
                .joined(separator: [0x2C]) + [0x0D, 0x0A]
        }
        let fast = try RosterReader().parse(bytes: plain, file: "a.csv")
        let general = try RosterReader().parse(bytes: quoted, file: "b.csv")
        XCTAssertEqual(fast.errors, [])
        XCTAssertEqual(general.errors, [])
        XCTAssertGreaterThan(fast.roster.shifts.count, 40 * 6 * 3)
        XCTAssertEqual(fast.roster.shifts, general.roster.shifts)
        XCTAssertEqual(fast.roster.employeeIDs, general.roster.employeeIDs)
        XCTAssertEqual(fast.roster.labels, general.roster.labels)
        XCTAssertEqual(fast.roster.units, general.roster.units)
    }

    /// Runs of rows that repeat the row before but for their times are read in one pass
    /// (`repeatRun`, 256 shifts a block); a run must end exactly where a row differs and
    /// read every row as the general path reads it, across blocks and line ends of both kinds.
    func testRepeatedRowsReadAsTheGeneralPathReadsThem() throws {
        var lines = ["employee,start,end,kind"]
        for k in 0..<600 {
            let day = 1 + (k / 2) % 28, month = 1 + k / 56
            let hour = k % 2 == 0 ? "07:00" : "15:30"
            let end = k % 2 == 0 ? "14:00" : "22:00"
            let d = String(format: "2026-%02d-%02d", month, day)
            var row = "E\(k / 250),\(d) \(hour),\(d) \(end),work"
            if k == 300 { row = "E1,\(d) \(end),\(d) \(hour),work" }  // ends before it starts (k even: 14:00 → 07:00)
            if k == 301 { row = "E1,\(d) 15:30,\(d) 25:00,work" }  // no such hour
            if k == 400 { row = "E1,\(d) 07:00,\(d) 14:00,sick" }  // another kind
            // Kinds that change within a run: met before (taken by the run), new, in another
            // case, not ASCII, padded.
            if (420..<440).contains(k) { row = row.replacingOccurrences(of: ",work", with: ["," + "vacation", ",work", ",Work", ",fridøgn", ",vacation ", ",sick"][k % 6]) }
            lines.append(row)
        }
        // CRLF on every third line, none after the last.
        var text = ""
        for (k, line) in lines.enumerated() { text += line + (k == lines.count - 1 ? "" : k % 3 == 0 ? "\r\n" : "\n") }
        let plain = Array(text.utf8)
        var quoted = [UInt8]()
        for line in lines { quoted += line.split(separator: ",").map { "\"\($0)\"" }.joined(separator: ",").utf8 + [0x0A] }
        let fast = try RosterReader().parse(bytes: plain, file: "r.csv")
        let general = try RosterReader().parse(bytes: quoted, file: "r.csv")
        XCTAssertEqual(fast.roster.shifts, general.roster.shifts)
        XCTAssertEqual(fast.roster.shifts.count, 598)
        // The quoted copy's columns are 4 characters further right; the lines and words are the same.
        XCTAssertEqual(general.errors.map(\.line), [302, 303])
        XCTAssertEqual(
            fast.errors.map { $0.rendered(.en) },
            [
                "r.csv:302:21: end «2026-06-11 07:00» is not after start «2026-06-11 14:00»",
                "r.csv:303:21: «2026-06-11 25:00» has an invalid time of day 25:00 (00:00–23:59, or 24:00)",
            ])
        XCTAssertEqual(fast.roster.shifts.filter { $0.kind == .sick }.map(\.line), [402, 427, 433, 439])
        XCTAssertEqual(fast.roster.shifts.filter { $0.kind == .vacation }.map(\.line), [422, 426, 428, 432, 434, 438, 440])
        XCTAssertEqual(fast.roster.shifts.filter { $0.kind == .dayoff }.map(\.line), [425, 431, 437])
        XCTAssertEqual(fast.roster.shifts.last?.line, 601)
    }

    /// Rows not grouped by employee stay in a run too (the employee cell is interned once the
    /// row is read): exactly the general path's rows and employees, whatever the ids look like,
    /// and with a name column (whose cell changes with the employee) the run is left.
    func testRunsAcrossEmployeesReadAsTheGeneralPathReadsThem() throws {
        let ids = ["E1", "E2", "E3", "E10", "E2 ", "Ø1", "E1", "\"E4\"", "E5", "E1"]
        for withNames in [false, true] {
            var lines = [withNames ? "employee,start,end,kind,name" : "employee,start,end,kind"]
            for k in 0..<300 {
                let id = ids[k % ids.count]
                let d = String(format: "2026-%02d-%02d", 3 + k / 112, 1 + (k / 4) % 28)
                lines.append("\(id),\(d) 0\(k % 4 + 6):00,\(d) 1\(k % 4 + 4):00,\(k % 7 == 0 ? "sick" : "work")" + (withNames ? ",Navn \(k % ids.count)" : ""))
            }
            let plain = Array((lines.joined(separator: "\n") + "\n").utf8)
            var quoted = [UInt8]()
            for line in lines {
                let cells = line.split(separator: ",", omittingEmptySubsequences: false).map { $0.hasPrefix("\"") ? String($0) : "\"\($0)\"" }
                quoted += Array((cells.joined(separator: ",") + "\n").utf8)
            }
            let fast = try RosterReader().parse(bytes: plain, file: "r.csv")
            let general = try RosterReader().parse(bytes: quoted, file: "r.csv")
            XCTAssertEqual(fast.errors, [], "\(withNames)")
            XCTAssertEqual(fast.roster.employeeIDs, ["E1", "E2", "E3", "E4", "E5", "E10", "Ø1"], "\(withNames)")
            XCTAssertEqual(fast.roster.employeeIDs, general.roster.employeeIDs, "\(withNames)")
            XCTAssertEqual(fast.roster.shifts, general.roster.shifts, "\(withNames)")
            XCTAssertEqual(fast.roster.shifts.count, 300)
            XCTAssertEqual(fast.roster.employeeNames, general.roster.employeeNames, "\(withNames)")
        }
    }

    /// A run looks up the employee cells that change a block (256 rows) at a time; with little
    /// room left below `Int32.max` employees it looks them up in smaller batches, then one at a
    /// time. Every way gives the general path's rows and ids, numbered in the order first met.
    func testEmployeesLookedUpInBatchesReadAsTheGeneralPathReadsThem() throws {
        // Rows by date: four employees a day, every row another employee, 700 rows (past two blocks).
        var text = ""
        for k in 0..<700 {
            let d = String(format: "2026-%02d-%02d", 1 + k / 112, 1 + (k / 4) % 28)
            text += "E\([3, 1, 4, 2][k % 4]),\(d) 07:00,\(d) 15:00,work\n"
        }
        let bytes = Array(text.utf8)
        let columns: [RosterReader.Column: Int] = [.employee: 0, .start: 1, .end: 2, .kind: 3]
        func read(seeded: Int, generalOnly: Bool) -> RowParser {
            var parser = RowParser(
                scanner: CSVScanner(bytes: bytes, delimiter: 0x2C), file: "b.csv", columns: columns, headerCount: 4)
            parser.seededEmployees = seeded
            parser.generalOnly = generalOnly
            parser.parseRows(from: 0, to: bytes.count, line: 2)
            return parser
        }
        // Room for any number of ids; for three, then one at a time; for four, then one at a time.
        for seeded in [0, Int(Int32.max) - 4, Int(Int32.max) - 5] {
            let fast = read(seeded: seeded, generalOnly: false), general = read(seeded: seeded, generalOnly: true)
            XCTAssertEqual(fast.errors, [], "\(seeded)")
            XCTAssertEqual(fast.employeeIDs, ["E3", "E1", "E4", "E2"], "\(seeded)")
            XCTAssertEqual(fast.employeeIDs, general.employeeIDs, "\(seeded)")
            XCTAssertEqual(fast.shifts.count, 700, "\(seeded)")
            XCTAssertEqual(fast.shifts, general.shifts, "\(seeded)")
            XCTAssertEqual(fast.shifts.prefix(5).map(\.employee), [0, 1, 2, 3, 0].map { Int32(seeded + $0) }, "\(seeded)")
        }
    }

    /// Past `Int32.max` distinct employees a row is an error naming the cell, on the fast path and
    /// the general one alike, never a row without an employee.
    func testEmployeesPastTheLimitAreErrors() throws {
        let text = "E1,2026-03-02 07:00,2026-03-02 15:00,work\nE2,2026-03-02 07:00,2026-03-02 15:00,work\n"
            + "E3,2026-03-03 07:00,2026-03-03 15:00,work\nE1,2026-03-04 07:00,2026-03-04 15:00,work\n"
            + "E3,2026-03-05 07:00,2026-03-05 15:00,work\n"
        let bytes = Array(text.utf8)
        for generalOnly in [false, true] {
            var parser = RowParser(
                scanner: CSVScanner(bytes: bytes, delimiter: 0x2C), file: "m.csv",
                columns: [.employee: 0, .start: 1, .end: 2, .kind: 3], headerCount: 4)
            parser.seededEmployees = Int(Int32.max) - 2  // room for two ids
            parser.generalOnly = generalOnly
            parser.parseRows(from: 0, to: bytes.count, line: 2)
            XCTAssertEqual(parser.employeeIDs, ["E1", "E2"], "\(generalOnly)")
            XCTAssertEqual(parser.shifts.map(\.line), [2, 3, 5], "\(generalOnly)")
            XCTAssertEqual(parser.shifts.map(\.employee), [Int32.max - 2, Int32.max - 1, Int32.max - 2], "\(generalOnly)")
            XCTAssertEqual(
                parser.errors.map { $0.rendered(.en) },
                ["m.csv:4:1: too many distinct employees (at most 2,147,483,647)", "m.csv:6:1: too many distinct employees (at most 2,147,483,647)"],
                "\(generalOnly)")
        }
    }

    /// Rows are split by prediction when they look like the row before; every way the
    /// prediction can be wrong must fall back to the boundaries scanning finds.
    func testPredictedSplitsFallBackWhereTheRowDiffers() throws {
        let csv = "employee,start,end,kind\r\n"
            + "E1,2026-03-02 07:00,2026-03-02 15:00,work\r\n"  // 2
            + "E1,2026-03-03 07:00,2026-03-03 15:00,work\r\n"  // 3: predicted
            + "E1,2026-03-04 07:00:00,2026-03-04 15:00,work\r\n"  // 4: seconds, wider cell
            + "E1,2026-03-05 07:00,2026-03-05 15:00,work,x\r\n"  // 5: a fifth cell
            + "E1x,2026-03-06 07:00,2026-03-06 15:00,work\r\n"  // 6: longer id, same start
            + "E1,2026-03-08 7:00,2026-03-08 15:00,work\r\n"  // 7: 15-byte start cell (a one-digit hour)
            + "E1,2026-03-09 07:00,2026-03-09 15:00,work\r"  // 8: CR at the end of the file
        let r = try RosterReader().parse(bytes: Array(csv.utf8), file: "p.csv")
        XCTAssertEqual(r.roster.employeeIDs, ["E1", "E1x"])
        XCTAssertEqual(r.roster.shifts.map(\.line), [2, 3, 4, 7, 8, 6])
        XCTAssertEqual(r.roster.shifts.map(\.kind), [.work, .work, .work, .work, .work, .work])
        XCTAssertEqual(r.errors.map { $0.rendered(.en) }, ["p.csv:5: the row has 5 fields; the header has 4"])
    }

    /// The fast path reads `DD HH:MM` as one word; every near miss must read as the general
    /// path reads it (a shift, an error or a notice).
    func testFastTimestampsAgreeWithTheGeneralPath() throws {
        let stamps = [
            "2026-03-03T07:00", "2026-03-03 07:00", "2026-03-03 7:00 ", "2026-03-0a 07:00", "2026-03-32 07:00",
            "2026-02-29 07:00", "2028-02-29 07:00", "2026-03-03 24:00", "2026-03-03 23:60", "2026-03-03 07-00",
            "2026-10-25 02:30", "2026-03-29 02:30", "2026-03-29 03:00", "2026-13-01 07:00", "1899-12-31 07:00",
            "2026-03-03 07:0:", "2026-03-03x07:00", "2026-03-00 07:00", "2026-03-03 :7:00", "2026-07-31 23:59",
            "2026-10-25 01:59", "2026-10-25 03:00", "2026-12-31 00:00", "2199-12-31 12:00", "2200-01-01 12:00",
            // Bytes below "0" where the year or month digits go (these once trapped on the fast path).
            "20 6-03-03 07:00", "2026- 3-03 07:00", "2026-0.-03 07:00",
        ]
        // Each stamp after a plain row of the same month, so the fast path has met the month.
        var plain = "employee,start,end\n", quoted = "employee,start,end\n"
        for (i, stamp) in stamps.enumerated() {
            let id = "E\(i)"
            let before = String(stamp.prefix(8)) + "01 00:00"
            plain += "\(id),\(before),\(before.prefix(11))00:30\n\(id),\(stamp),2199-12-31 00:00\n"
            quoted += "\"\(id)\",\"\(before)\",\"\(before.prefix(11))00:30\"\n\"\(id)\",\"\(stamp)\",\"2199-12-31 00:00\"\n"
        }
        let fast = try RosterReader().parse(bytes: Array(plain.utf8), file: "t.csv")
        let general = try RosterReader().parse(bytes: Array(quoted.utf8), file: "t.csv")
        // Quotes move the columns; lines and messages must agree.
        func lines(_ errors: [InputError]) -> [String] { errors.map { "\($0.line ?? 0): \($0.message.en)" } }
        XCTAssertEqual(fast.roster.shifts, general.roster.shifts)
        XCTAssertEqual(lines(fast.errors), lines(general.errors))
        XCTAssertEqual(lines(fast.roster.notices), lines(general.roster.notices))
        XCTAssertEqual(fast.roster.shifts.count, 33)  // "2026-03-03 7:00 " is read (a one-digit hour)
        XCTAssertEqual(fast.errors.count, 29)
        XCTAssertEqual(fast.roster.notices.count, 1)
    }

    func testMixedRowsKeepTheirLineNumbersAndErrors() throws {
        let csv = "employee,start,end,kind\nE1,2026-03-02 07:00,2026-03-02 15:00,work\n\"E2\",03-03-2026 07:00,2026-03-03 15:00,\n\nE3,2026-03-29 02:30,2026-03-29 10:00,work\nE1,2026-03-04 07:00,2026-03-04 15:00,syg\n"
        let r = try RosterReader().parse(bytes: Array(csv.utf8), file: "m.csv")
        XCTAssertEqual(r.roster.shifts.map(\.line), [2, 6, 3])
        XCTAssertEqual(r.roster.shifts.map(\.kind), [.work, .sick, .work])
        XCTAssertEqual(r.errors.map { $0.rendered(.en) }, ["m.csv:5:4: «2026-03-29 02:30» does not exist in Danish time: summer time starts and clocks jump from 02:00 to 03:00"])
    }
}

/// Parsing a large file in parallel pieces gives exactly the sequential result.
final class ParallelParseTests: XCTestCase {
    func testParallelParseEqualsSequential() throws {
        var generator = RosterGenerator(employees: 60, weeks: 20)
        generator.violationRate = 0.05
        var csv = generator.rosterCSV()
        XCTAssertGreaterThan(csv.count, 1 << 18)
        // Bad rows and a DST notice spread through the file keep their line numbers.
        let bad = Array("M000001,2026-02-30 07:00,2026-03-01 07:00,work,D,Enhed 0000\n".utf8)
        let ambiguous = Array("M000002,2026-10-25 02:30,2026-10-25 07:00,work,D,Enhed 0000\n".utf8)
        csv += bad + ambiguous
        let middle = csv.count / 2
        let cut = (csv[middle...].firstIndex(of: 0x0A) ?? middle) + 1
        csv.insert(contentsOf: bad, at: cut)
        let sequential = try RosterReader(jobs: 1).parse(bytes: csv, file: "g.csv")
        var splitting = RosterReader(jobs: 2)
        splitting.parallelThreshold = 1 << 16  // split this small file into 8 pieces
        let parallel = try splitting.parse(bytes: csv, file: "g.csv")
        XCTAssertEqual(sequential.errors.count, 2)
        XCTAssertEqual(parallel.roster.notices.count, 1)
        assertSameRead(parallel, sequential)
        // A quote anywhere sends the file back to the sequential path, with the same result.
        var quoted = csv
        quoted.insert(contentsOf: Array("\"M000003\",2026-03-03 07:00,2026-03-03 15:00,work,D,Enhed 0000\n".utf8), at: cut)
        let fallback = try splitting.parse(bytes: quoted, file: "g.csv")
        XCTAssertEqual(fallback.roster.shifts.count, sequential.roster.shifts.count + 1)
        // Both bad rows come after the inserted one.
        XCTAssertEqual(fallback.errors.map(\.line), sequential.errors.map { $0.line.map { $0 + 1 } })
    }
}

/// Reading a large file in parallel pieces gives exactly its bytes.
final class TextFileTests: XCTestCase {
    func testParallelReadGivesTheFileBytes() throws {
        let bytes = RosterGenerator(employees: 20, weeks: 20).rosterCSV()
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("vagttjek-read-\(UUID().uuidString).csv").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        var limits = ReadLimits()
        limits.parallelReadBytes = 1 << 10
        XCTAssertGreaterThan(bytes.count, 1 << 14)
        XCTAssertEqual(try TextFile.read(path: path, limits: limits), bytes)
    }
}

/// Reading a large file block by block gives exactly what reading it whole gives.
final class StreamingReadTests: XCTestCase {
    var path = ""

    /// Small files read block by block, in blocks of 4 KiB (`RosterReader(jobs:)` below).
    var limits = ReadLimits()

    override func setUp() {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("vagttjek-stream-\(UUID().uuidString).csv").path
        limits.streamBytes = 1 << 10
        limits.streamBlockBytes = 1 << 12
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// A reader with this test's limits.
    func reader(jobs: Int = 0) -> RosterReader {
        var r = RosterReader(jobs: jobs)
        r.limits = limits
        return r
    }

    /// Rows of one employee whose id holds `id` bytes, a day apart.
    func rows(_ id: [UInt8], count: Int) -> [UInt8] {
        var out = Array("employee,start,end,kind,unit\n".utf8)
        for d in 0..<count {
            let day = CivilDate(dayNumber: CivilDate(year: 2026, month: 1, day: 1).dayNumber + d)
            out += id + Array(",\(day) 07:00,\(day) 15:00,work,Hus\n".utf8)
        }
        return out
    }

    /// The roster's `navn` column gives each employee's first non-empty name, the same on the
    /// block-by-block, the whole-file parallel and the general path (a name in quotes).
    func testNamesAreReadOnEveryPath() throws {
        var csv = "medarbejder;navn;start;slut\n"
        for e in 0..<600 {
            let name = e % 7 == 0 ? "" : "Navn \(e)"  // some rows without a name …
            csv += "E\(e);\(name);2026-03-02 07:00;2026-03-02 15:00\nE\(e);Navn \(e);2026-03-03 07:00;2026-03-03 15:00\n"  // … named later
        }
        let expected = (0..<600).map { "Navn \($0)" }
        func check(_ reader: RosterReader, quoted: Bool) throws {
            let roster = try reader.read(path: path).roster
            XCTAssertEqual(roster.employeeIDs.count, 600)
            let byID = Dictionary(uniqueKeysWithValues: zip(roster.employeeIDs, roster.employeeNames.map { $0 ?? "-" }))
            var want = expected
            if quoted { want[600 - 1] = "Quoted, Name" }  // E599 named only in quotes
            XCTAssertEqual((0..<600).map { byID["E\($0)"] ?? "?" }, want)
        }
        var general = reader(jobs: 2)
        general.generalOnly = true
        try write(Array(csv.utf8))
        try check(reader(jobs: 2), quoted: false)  // block by block
        try check(general, quoted: false)
        // A quoted name (the whole-file path): E599's rows renamed, the first one in quotes.
        csv = csv.replacingOccurrences(of: "E599;Navn 599;2026-03-02", with: "E599;\"Quoted, Name\";2026-03-02")
            .replacingOccurrences(of: "E599;Navn 599;2026-03-03", with: "E599;;2026-03-03")
        try write(Array(csv.utf8))
        try check(reader(jobs: 2), quoted: true)
        try check(general, quoted: true)
        // Whole-file and parallel, below the streaming threshold.
        limits.streamBytes = 1 << 30
        var parallel = reader(jobs: 2)
        parallel.parallelThreshold = 1 << 10
        let roster = try parallel.read(path: path).roster
        XCTAssertEqual(roster.employeeNames.compactMap { $0 }.count, 600)
        XCTAssertEqual(roster.employeeNames[roster.employeeIDs.firstIndex(of: "E7") ?? 0], "Navn 7")
    }

    /// The text check of mapped blocks skips rows that repeat a clean row; a control character
    /// repeated in every row must still be counted once per row, as a pass over the file does.
    func testRepeatedControlCharactersAreCountedLikeAWholeFilePass() throws {
        let csv = rows(Array("E".utf8) + [0x01], count: 3000)
        try write(csv)
        XCTAssertThrowsError(try reader(jobs: 2).read(path: path)) { error in
            XCTAssertEqual((error as? InputFailure)?.rendered(.en), ["\(path): is not a text file (3000 control characters); expected CSV"])
        }
        XCTAssertThrowsError(try TextEncoding.normalise(csv, file: path)) { error in
            XCTAssertEqual((error as? InputError)?.rendered(.en), "\(path): is not a text file (3000 control characters); expected CSV")
        }
    }

    /// A few control characters are allowed; they stay in the id, as on the whole-file path.
    func testAFewControlCharactersReadAsOnTheWholeFilePath() throws {
        var csv = rows(Array("E1".utf8), count: 2000)
        csv += Array(rows(Array("E".utf8) + [0x01], count: 3).drop { $0 != 0x0A }.dropFirst())
        try write(csv)
        let streamed = try reader(jobs: 2).read(path: path)
        assertSameRead(streamed, try reader(jobs: 1).parse(bytes: TextEncoding.normalise(csv, file: path).bytes, file: path))
        XCTAssertEqual(streamed.roster.employeeIDs, ["E\u{1}", "E1"])
    }

    /// Classic Mac line ends (a carriage return alone, Excel's "CSV (Macintosh)"): every row is
    /// read, on its own line number, whether the file is read whole or block by block.
    func testLoneCarriageReturnsEndLines() throws {
        let mac = Array(rows(Array("E1".utf8), count: 3).map { $0 == 0x0A ? 0x0D : $0 })
        try write(mac)
        limits.streamBytes = 1 << 25
        let whole = try reader().read(path: path)
        XCTAssertEqual(whole.errors, [])
        XCTAssertEqual(whole.roster.shifts.map(\.line), [2, 3, 4])
        // A lone CR in a later block of a large file: the whole file is read whole instead.
        var csv = rows(Array("E1".utf8), count: 2000)
        csv += Array("E2,2026-03-02 07:00,2026-03-02 15:00,work,Hus\rE3,2026-03-03 07:00,2026-03-03 15:00,work,Hus\n".utf8)
        try write(csv)
        limits.streamBytes = 1 << 10
        let streamed = try reader(jobs: 2).read(path: path)
        XCTAssertEqual(streamed.errors, [])
        XCTAssertEqual(streamed.roster.employeeIDs, ["E1", "E2", "E3"])
        XCTAssertEqual(streamed.roster.shifts.suffix(2).map(\.line), [2002, 2003])
        // Bytes given to the parser directly, without `TextEncoding.normalise`: nothing after the
        // CR is dropped.
        let direct = try reader().parse(bytes: csv, file: "d.csv")
        XCTAssertEqual(direct.roster.employeeIDs, ["E1", "E2", "E3"])
        XCTAssertEqual(direct.roster.shifts.count, 2002)
    }

    /// A roster that changes while it is read is an error, not a mix of two versions.
    func testAFileChangedWhileItIsReadIsAnError() throws {
        try write(rows(Array("E1".utf8), count: 2000))
        var changing = reader(jobs: 2)
        changing.afterBlocksRead = { [path] in
            if let h = FileHandle(forWritingAtPath: path) {
                h.seekToEndOfFile()
                h.write(Data("E2,2026-03-02 07:00,2026-03-02 15:00,work,Hus\n".utf8))
                h.closeFile()
            }
        }
        XCTAssertThrowsError(try changing.read(path: path)) { error in
            XCTAssertEqual(
                (error as? InputFailure)?.rendered(.en),
                ["\(path): the file changed while it was read (an export in progress?); run again when it is complete"])
        }
    }

    /// Every fast path that hands a file to the whole-file path says why.
    func testEveryFallbackSaysWhy() throws {
        let plain = rows(Array("E1".utf8), count: 2000)
        func strategy(_ csv: [UInt8]) throws -> ReadStrategy {
            try write(csv)
            return try reader(jobs: 2).read(path: path).strategy
        }
        XCTAssertEqual(try strategy(plain), .blocks)
        XCTAssertEqual(try strategy(plain + Array("\"E2\",2026-03-02 07:00,2026-03-02 15:00,work,Hus\n".utf8)), .whole(.quote))
        XCTAssertEqual(try strategy(plain + Array("E2 S".utf8) + [0xF8] + Array(",2026-03-02 07:00,2026-03-02 15:00,work,Hus\n".utf8)), .whole(.notUTF8))
        XCTAssertEqual(try strategy(plain + Array("E2,2026-03-02 07:00,2026-03-02 15:00,work,Hus\rE3,2026-03-03 07:00,2026-03-03 15:00,work,Hus\n".utf8)), .whole(.classicMacLineEnds))
        XCTAssertEqual(try strategy(Array("\"employee\"".utf8) + plain.drop { $0 != 0x2C }), .whole(.headerNotPlain))
        XCTAssertEqual(try strategy(Array(plain.prefix(200))), .whole(.small))
        // A header line longer than the first read (64 KB) and than a block.
        let longHeader = Array("employee,start,end,kind,unit,\(String(repeating: "x", count: 70_000))\n".utf8)
        let body = plain.drop { $0 != 0x0A }.dropFirst().split(separator: 0x0A).flatMap { $0 + Array(",\n".utf8) }
        XCTAssertEqual(try strategy(longHeader + body), .whole(.longLine))
        XCTAssertEqual(try reader(jobs: 2).read(path: path).roster.shifts.count, 2000)
        // Bytes parsed in pieces, or not.
        var splitting = reader(jobs: 2)
        splitting.parallelThreshold = 1 << 12
        XCTAssertEqual(try splitting.parse(bytes: plain, file: "p.csv").strategy, .pieces)
        XCTAssertEqual(try splitting.parse(bytes: plain + Array("\"E2\",2026-03-02 07:00,2026-03-02 15:00,work,Hus\n".utf8), file: "p.csv").strategy, .whole(.quote))
        XCTAssertEqual(try reader(jobs: 1).parse(bytes: plain, file: "p.csv").strategy, .whole(.small))
    }

    /// A quoted cell over many lines (a note with 30,000 line breaks): the pieces that start
    /// inside it stop after `RowParser.pieceErrorBudget` errors instead of holding an error per
    /// line (issue 32: a 10 MB file took 1.28 GB), and the whole-file path reads the cell as one.
    func testAQuotedCellOverManyLinesIsReadWholeWithBoundedErrors() throws {
        let csv = Array(("employee,start,end,name\nE1,2026-03-02 07:00,2026-03-02 15:00,\"" + String(repeating: "a\n", count: 30_000) + "\"\n").utf8)
        var splitting = reader(jobs: 2)
        splitting.parallelThreshold = 1 << 12
        let r = try splitting.parse(bytes: csv, file: "q.csv")
        XCTAssertEqual(r.errors, [])
        XCTAssertEqual(r.roster.shifts.count, 1)
        XCTAssertTrue([.whole(.quote), .whole(.manyErrors)].contains(r.strategy), "\(r.strategy)")
        // A piece that starts inside the cell: its lines are bad rows, and it stops past the budget.
        let header = try reader().header(bytes: csv, file: "q.csv")
        var piece = RowParser(scanner: header.scanner, file: "q.csv", columns: header.columns, headerCount: header.count)
        piece.errorBudget = 100
        let inside = csv.count / 2 + (csv[(csv.count / 2)...].firstIndex(of: 0x0A)! - csv.count / 2) + 1
        piece.parseRows(from: inside, to: csv.count, line: 1)
        XCTAssertTrue(piece.overBudget)
        XCTAssertEqual(piece.errors.count, 101)
        try write(csv)
        XCTAssertEqual(try reader(jobs: 2).read(path: path).roster.shifts.count, 1)
    }

    /// A Windows-1252 byte repeated in every row of a later block sends the whole file to the
    /// whole-file path, which converts it.
    func testRepeatedWindows1252BytesFallBackToTheWholeFile() throws {
        var csv = rows(Array("E1".utf8), count: 2000)
        let tail = rows(Array("E2 S".utf8) + [0xF8], count: 400)
        csv += tail[(tail.firstIndex(of: 0x0A)! + 1)...]
        try write(csv)
        let r = try reader(jobs: 2).read(path: path)
        XCTAssertEqual(r.errors, [])
        XCTAssertEqual(r.roster.employeeIDs, ["E1", "E2 Sø"])
        XCTAssertEqual(r.roster.shifts.count, 2400)
    }

    func write(_ bytes: [UInt8]) throws { try Data(bytes).write(to: URL(fileURLWithPath: path)) }

    func testBlocksGiveTheSameRosterErrorsAndNotices() throws {
        var csv = [0xEF, 0xBB, 0xBF] + RosterGenerator(employees: 30, weeks: 12).rosterCSV()
        let middle = csv.count / 2
        let cut = (csv[middle...].firstIndex(of: 0x0A) ?? middle) + 1
        csv.insert(contentsOf: Array("M000001,2026-02-30 07:00,2026-03-01 07:00,work,D,Enhed 0000\nM000002,2026-10-25 02:30,2026-10-25 07:00,work,D,Enhed 0000\n".utf8), at: cut)
        try write(csv)
        let streamed = try reader(jobs: 2).read(path: path)
        let whole = try reader(jobs: 1).parse(bytes: Array(csv.dropFirst(3)), file: path)
        XCTAssertGreaterThan(csv.count, 20 * limits.streamBlockBytes)  // many blocks, two per round
        XCTAssertEqual(streamed.errors.count, 1)
        XCTAssertEqual(streamed.roster.notices.count, 1)
        assertSameRead(streamed, whole)
    }

    /// Rows ordered by date (every id in every block), with an id spelt precomposed in the first
    /// blocks and decomposed in later ones: each block starts from the ids merged before it, and
    /// the roster is the one the whole-file path reads (one employee per id, the first spelling).
    func testIdsMetAgainInLaterBlocksAreOneEmployee() throws {
        var csv = Array("employee,start,end,kind,navn\n".utf8)
        let ids = (0..<40).map { "M\(pad($0, 3))" } + ["\u{D6}stergaard-Andersen"]
        for d in 0..<60 {
            let day = CivilDate(dayNumber: CivilDate(year: 2026, month: 1, day: 1).dayNumber + d)
            for (k, id) in ids.enumerated() {
                let spelt = d >= 30 && k == 40 ? "O\u{308}stergaard-Andersen" : id
                let name = d == 45 ? "Navn \(k)" : ""
                csv += Array("\(spelt),\(day) 07:00,\(day) 15:00,work,\(name)\n".utf8)
            }
        }
        try write(csv)
        let streamed = try reader(jobs: 2).read(path: path)
        XCTAssertEqual(streamed.strategy, .blocks)
        XCTAssertGreaterThan(csv.count, 20 * limits.streamBlockBytes)
        assertSameRead(streamed, try reader(jobs: 1).parse(bytes: csv, file: path))
        XCTAssertEqual(streamed.roster.employeeIDs.count, 41)
        XCTAssertEqual(streamed.roster.employeeIDs.last, "\u{D6}stergaard-Andersen")
        XCTAssertEqual(streamed.roster.employeeRanges.last?.count, 60)
        XCTAssertEqual(streamed.roster.employeeNames.last, "Navn 40")
    }

    /// Rows whose employee changes from row to row (the cell scanned eight bytes a step): ids
    /// of 1 to 70 bytes, with a space, a tab, a control byte, DEL or a byte of 0x80 or more
    /// inside or at an edge, kinds changing too, the last row's cell at the end of the file. The
    /// roster, errors and notices are those of the general path.
    func testChangingCellsOfEveryLengthReadAsOnTheGeneralPath() throws {
        var ids = (1...70).map { String(repeating: "x", count: $0 - 1) + "\($0 % 10)" }
        ids += ["A B", " AB", "AB ", "A\tB", "AB\t", "A\u{1}B", "A\u{7F}B", "Ærø-7", "M0000001", "M00000001"]
        let kinds = ["work", "oncall-workplace", "course", "vacation"]
        var csv = Array("employee,start,end,kind\n".utf8)
        for d in 0..<40 {
            let day = CivilDate(dayNumber: CivilDate(year: 2026, month: 1, day: 1).dayNumber + d)
            for (k, id) in ids.enumerated() {
                csv += Array("\(id),\(day) 07:00,\(day) 15:00,\(kinds[(k + d) % kinds.count])\n".utf8)
            }
        }
        csv.removeLast()  // the last line without a line end
        try write(csv)
        var general = reader(jobs: 1)
        general.generalOnly = true
        let streamed = try reader(jobs: 2).read(path: path)
        XCTAssertEqual(streamed.strategy, .blocks)
        assertSameRead(streamed, try general.read(path: path))
        XCTAssertEqual(streamed.roster.shifts.count, 40 * ids.count)
    }

    func testQuotesAndWindows1252FallBackToTheWholeFile() throws {
        var csv = RosterGenerator(employees: 10, weeks: 12).rosterCSV()
        csv += Array("\"M000001\",2026-03-30 07:00,2026-03-30 15:00,work,D,Hus S".utf8) + [0xF8] + Array("\n".utf8)
        try write(csv)
        let r = try reader().read(path: path)
        XCTAssertEqual(r.errors, [])
        XCTAssertEqual(r.roster.units.last, "Hus Sø")
        XCTAssertEqual(r.roster.shifts.count, try reader().parse(bytes: TextEncoding.normalise(csv, file: path).bytes, file: path).roster.shifts.count)
    }

    func testNULInALaterBlockIsStillAnError() throws {
        var csv = RosterGenerator(employees: 10, weeks: 12).rosterCSV()
        csv[csv.count - 10] = 0
        try write(csv)
        XCTAssertThrowsError(try reader().read(path: path)) { error in
            XCTAssertEqual((error as? InputFailure)?.rendered(.en), ["\(path): is not a text file (contains NUL bytes); expected CSV"])
        }
    }
}

/// Reports of many findings are rendered in chunks on several threads; the bytes do not change.
final class ReportChunkTests: XCTestCase {
    func testJSONAndCSVAreTheSameForAnyThreadCount() throws {
        var generator = RosterGenerator(employees: 120, weeks: 26)
        generator.violationRate = 0.5
        let roster = try RosterReader().parse(bytes: generator.rosterCSV(), file: "g.csv").roster
        let result = Checker().check(CheckInput(roster: roster), jobs: 2)
        XCTAssertGreaterThan(result.findings.count, 3 * 2048)
        var options = ReportOptions()
        options.jobs = 1
        let json1 = ReportWriter.json(result, options), csv1 = ReportWriter.csv(result, options)
        for jobs in [2, 3] {
            options.jobs = jobs
            XCTAssertEqual(ReportWriter.json(result, options), json1)
            XCTAssertEqual(ReportWriter.csv(result, options), csv1)
        }
        XCTAssertEqual(String(decoding: csv1, as: UTF8.self).split(separator: "\n").count, result.findings.count + 1)
    }
}

final class RowSortTests: XCTestCase {
    func testQuicksortMatchesTheStandardSort() {
        var x: UInt64 = 42
        func next(_ n: Int) -> Int32 { x = x &* 6364136223846793005 &+ 1442695040888963407; return Int32(Int(x >> 33) % n) }
        for count in [0, 1, 2, 17, 100, 1000] {
            var rows = (0..<count).map { i in Shift(employee: 0, start: next(50), end: 100 + next(3), kind: .work, line: Int32(i)) }
            let expected = rows.sorted { ($0.start, $0.end, $0.line) < ($1.start, $1.end, $1.line) }
            rows.withUnsafeMutableBufferPointer { buf in
                if count > 0 { RosterSort.sortRows(buf, 0, count - 1) { ($0.start, $0.end, $0.line) < ($1.start, $1.end, $1.line) } }
            }
            XCTAssertEqual(rows, expected, "\(count) rows")
        }
    }

    func testBucketSortMatchesTheStandardSort() {
        var x: UInt64 = 7
        func next(_ n: Int) -> Int32 { x = x &* 6364136223846793005 &+ 1442695040888963407; return Int32(Int(x >> 33) % n) }
        var scratch = RosterSort.BucketScratch()
        // Few distinct starts (ties broken by end, then line), a year, twenty years, one huge outlier.
        for (count, span) in [(33, 5), (240, 525_600), (1000, 10_512_000), (500, 3), (300, Int(Int32.max) / 2)] {
            var rows = (0..<count).map { i in
                Shift(employee: 0, start: next(span), end: Int32.max - next(4), kind: .work, line: Int32(count - i))
            }
            rows[count / 2].start = -Int32(span)
            let expected = rows.sorted { ($0.start, $0.end, $0.line) < ($1.start, $1.end, $1.line) }
            rows.withUnsafeMutableBufferPointer { buf in
                RosterSort.sortEmployeeRows(buf, 0..<count, &scratch) { ($0.start, $0.end, $0.line) < ($1.start, $1.end, $1.line) }
            }
            XCTAssertEqual(rows, expected, "\(count) rows over \(span) minutes")
        }
    }
}

final class ByteInternerTests: XCTestCase {
    func testFindsEveryKeyAfterGrowingAndNothingElse() {
        var table = ByteInterner()
        let keys = (0..<5000).map { Array("M\(pad($0, 6))".utf8) } + [[], Array("æøå".utf8)]
        for (i, key) in keys.enumerated() {
            XCTAssertNil(table.value(for: key[...]))
            table.insert(key[...], value: Int32(i))
        }
        XCTAssertEqual(table.count, keys.count)
        for (i, key) in keys.enumerated() { XCTAssertEqual(table.value(for: key[...]), Int32(i)) }
        XCTAssertNil(table.value(for: Array("M005000".utf8)[...]))
        XCTAssertNil(table.value(for: Array("M00000".utf8)[...]))
    }

    /// Keys that agree in their first eight bytes, or differ only by trailing zero bytes, are
    /// told apart by their length and the bytes beyond eight.
    func testKeysSharingTheirFirstEightBytesAreDistinct() {
        var table = ByteInterner()
        let keys: [[UInt8]] = [
            Array("ABCDEFGH".utf8), Array("ABCDEFGHI".utf8), Array("ABCDEFGHJ".utf8), Array("ABCDEFGHIJKLMNOPQ".utf8),
            Array("ABCDEFGHIJKLMNOPR".utf8), Array("AB".utf8), [0x41, 0x42, 0], [0x41, 0x42, 0, 0], [0], [],
        ]
        for (i, key) in keys.enumerated() {
            XCTAssertNil(table.value(for: key[...]), "\(key)")
            table.insert(key[...], value: Int32(i))
        }
        for (i, key) in keys.enumerated() { XCTAssertEqual(table.value(for: key[...]), Int32(i), "\(key)") }
        XCTAssertNil(table.value(for: Array("ABCDEFGHIJKLMNOPS".utf8)[...]))
        XCTAssertNil(table.value(for: Array("ABCDEFG".utf8)[...]))
        XCTAssertNil(table.value(for: [0x41, 0x42, 0, 0, 0][...]))
    }
}

final class UnsortedInputTests: XCTestCase {
    /// Shuffled rows give the same roster as sorted ones, through both ways of sorting.
    func testShuffledRowsSortToTheSameRosterInPlaceOrNot() throws {
        let csv = RosterGenerator(employees: 80, weeks: 8).rosterCSV()
        var lines = csv.split(separator: 0x0A).map(Array.init)
        let header = lines.removeFirst()
        var x: UInt64 = 7
        for i in stride(from: lines.count - 1, to: 0, by: -1) {
            x = x &* 6364136223846793005 &+ 1442695040888963407
            lines.swapAt(i, Int(x >> 33) % (i + 1))
        }
        try assertReadsAsSorted(([header] + lines).joined(separator: [0x0A]) + [0x0A], csv)
    }

    /// `reordered` (the rows of `csv` in another order) gives the roster of `csv`, in place and
    /// through a second array: the same rows in the same order; only the line numbers differ.
    func assertReadsAsSorted(_ reordered: [UInt8], _ csv: [UInt8], line: UInt = #line) throws {
        let sorted = try RosterReader().parse(bytes: csv, file: "s.csv").roster
        for limit in [0, Int.max] {
            var reader = RosterReader()
            reader.limits.outOfPlaceSortRows = limit
            let r = try reader.parse(bytes: reordered, file: "r.csv").roster
            XCTAssertEqual(r.employeeIDs, sorted.employeeIDs, line: line)
            XCTAssertEqual(r.employeeRanges, sorted.employeeRanges, line: line)
            XCTAssertEqual(r.shifts.map { [$0.employee, $0.start, $0.end] }, sorted.shifts.map { [$0.employee, $0.start, $0.end] }, line: line)
        }
    }
}

extension UnsortedInputTests {
    /// An export sorted by date (every employee's rows in order, the employees interleaved, ids
    /// first met out of their natural order) gives the same roster as one sorted by employee,
    /// through both ways of sorting, with the counting pass split in parts (≥ 65,536 rows).
    func testRowsSortedByDateGiveTheSortedRoster() throws {
        let csv = RosterGenerator(employees: 310, weeks: 52).rosterCSV()
        var lines = csv.split(separator: 0x0A).map(Array.init)
        let header = lines.removeFirst()
        XCTAssertGreaterThanOrEqual(lines.count, 1 << 16)
        // By start (the second cell, ISO text), then by line (employee order within a start).
        let starts = lines.map { String(decoding: $0.split(separator: 0x2C, omittingEmptySubsequences: false)[1], as: UTF8.self) }
        let byDate = lines.indices.sorted { (starts[$0], $0) < (starts[$1], $1) }.map { lines[$0] }
        XCTAssertNotEqual(byDate, lines)
        try assertReadsAsSorted(([header] + byDate).joined(separator: [0x0A]) + [0x0A], csv)
    }

    /// Rows already in order under the natural numbering are renumbered where they lie.
    func testRowsInOrderAreRenumberedWithoutMoving() {
        // Interned as B = 0, A = 1; the rows are A's then B's, so in order once A is 0.
        let rows = [
            Shift(employee: 1, start: 100, end: 200, kind: .work, line: 2),
            Shift(employee: 1, start: 300, end: 400, kind: .work, line: 3),
            Shift(employee: 0, start: 50, end: 150, kind: .work, line: 4),
        ]
        let roster = Roster(file: "r.csv", employeeIDs: ["B", "A"], labels: [], units: [], shifts: rows)
        XCTAssertEqual(roster.employeeIDs, ["A", "B"])
        XCTAssertEqual(roster.employeeRanges, [0..<2, 2..<3])
        XCTAssertEqual(roster.shifts.map(\.employee), [0, 0, 1])
        XCTAssertEqual(roster.shifts.map(\.line), [2, 3, 4])
        XCTAssertEqual(roster.longestRow, 100)
        XCTAssertEqual(roster.span?.start, 50)
        XCTAssertEqual(roster.span?.end, 400)
    }
}

/// Two reads of one file give the same roster, errors and notices.
func assertSameRead(_ a: RosterReader.Result, _ b: RosterReader.Result, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(a.errors, b.errors, file: file, line: line)
    XCTAssertEqual(a.roster.notices, b.roster.notices, file: file, line: line)
    XCTAssertEqual(a.roster.shifts, b.roster.shifts, file: file, line: line)
    XCTAssertEqual(a.roster.employeeIDs, b.roster.employeeIDs, file: file, line: line)
    XCTAssertEqual(a.roster.labels, b.roster.labels, file: file, line: line)
    XCTAssertEqual(a.roster.units, b.roster.units, file: file, line: line)
    XCTAssertEqual(a.roster.employeeRanges, b.roster.employeeRanges, file: file, line: line)
}

/// The sizes the memory targets rest on (DESIGN.md «Performance»: the sector's 41.5 M shifts in ≤ 1.7 GiB).
final class LayoutTests: XCTestCase {
    func testShiftsAndFindingsStaySmall() {
        XCTAssertEqual(MemoryLayout<Shift>.stride, 24)
        XCTAssertEqual(MemoryLayout<Finding>.stride, 48)
    }
}

/// The report's byte writer: text written in place and escaped afterwards reads as text escaped
/// while written.
final class ByteWriterTests: XCTestCase {
    func testInPlaceStringsEqualEscapedStrings() {
        let texts = [
            "", "Hvilen før vagten 03-03 07:00 er 10 t", "aftalen \"LA 1\" gælder", "back\\slash", "two\nlines",
            "tab\tand\u{1}control", "comma, here", "12345678\"", String(repeating: "æøå ", count: 40),
        ]
        for text in texts {
            var inPlace = ByteWriter(), escaped = ByteWriter()
            inPlace.append("x")
            inPlace.appendJSONString { $0.append(string: text) }
            escaped.append("x")
            escaped.append(json: text)
            XCTAssertEqual(inPlace.bytes, escaped.bytes, text)
            var csvInPlace = ByteWriter(), csvEscaped = ByteWriter()
            csvInPlace.append("y,")
            csvInPlace.appendCSVField { $0.append(string: text) }
            csvEscaped.append("y,")
            csvEscaped.append(csv: text)
            XCTAssertEqual(csvInPlace.bytes, csvEscaped.bytes, text)
        }
        var w = ByteWriter()
        w.appendJSONString { $0.append("say \"hi\"\n") }
        XCTAssertEqual(String(decoding: w.bytes, as: UTF8.self), #""say \"hi\"\n""#)
    }

    /// The 16- and 8-byte scan for a byte JSON must escape finds the first one, wherever it lies
    /// (every position of buffers up to 40 bytes, each special byte and the bytes around 0x20).
    func testPlainJSONPrefixFindsTheFirstByteToEscape() {
        let plain: [UInt8] = Array("Hvilen før vagten 03-03 07:00 er 8 t".utf8)
        for length in 0...40 {
            let base = (0..<length).map { plain[$0 % plain.count] }
            base.withUnsafeBufferPointer { XCTAssertEqual(SWAR.plainJSONPrefix($0), length) }
            for position in 0..<length {
                for special: UInt8 in [0x00, 0x0A, 0x1F, 0x22, 0x5C] {
                    var bytes = base
                    bytes[position] = special
                    if position + 1 < length { bytes[position + 1] = 0x22 }
                    bytes.withUnsafeBufferPointer { XCTAssertEqual(SWAR.plainJSONPrefix($0), position, "\(length) \(position) \(special)") }
                }
                for harmless: UInt8 in [0x20, 0x21, 0x23, 0x5B, 0x5D, 0x7F, 0x80, 0xFF] {
                    var bytes = base
                    bytes[position] = harmless
                    bytes.withUnsafeBufferPointer { XCTAssertEqual(SWAR.plainJSONPrefix($0), length) }
                }
            }
        }
    }

    /// Hours from minutes in integers write what the floating-point division wrote.
    func testHoursFromMinutesMatchTheDecimalNumber() {
        for minutes in Array(-3_000...3_000) + [100_000, 1_000_007, -999_999, 525_600 * 5] {
            for danish in [false, true] {
                var fast = ByteWriter(), slow = ByteWriter()
                fast.hours(minutes, danish)
                slow.append(number: Double(minutes) / 60, danish: danish)
                XCTAssertEqual(fast.bytes, slow.bytes, "\(minutes)")
            }
        }
        var w = ByteWriter()
        w.hours(490, true); w.append(" "); w.hours(-20, false); w.append(" "); w.hours(480, false)
        XCTAssertEqual(String(decoding: w.bytes, as: UTF8.self), "8,17 -0.33 8")
    }

    /// Integers, written two digits a step, are what `String(_:)` writes, at every digit count.
    func testIntegersAreWrittenAsDecimal() {
        var values = [0, 9, 10, 99, 100, 101, 999, 1_000, 12_345, 99_999, 100_000, 2_414_759, Int.max, Int.min]
        for digits in 1...18 {
            let p = Int(pow(10.0, Double(digits)))
            values += [p - 1, p, p + 1, -p, -(p - 1)]
        }
        for v in values {
            var w = ByteWriter()
            w.append(int: v)
            XCTAssertEqual(String(decoding: w.bytes, as: UTF8.self), String(v))
        }
    }
}
