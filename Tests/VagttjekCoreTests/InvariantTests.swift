import XCTest

@testable import VagttjekCore

/// Invariants on generated rosters (a small seeded loop; the seed is in every failure message):
/// what a roster says does not depend on how it is written or split.
final class InvariantTests: XCTestCase {
    /// A finding without the input line numbers its sentence may quote.
    struct Seen: Hashable, CustomStringConvertible {
        let employee: String, rule: String, severity: String, start: Int, end: Int, measured: Double?, limit: Double?
        var description: String { "\(employee) \(rule) \(start)–\(end) \(measured.map { "\($0)" } ?? "-")/\(limit.map { "\($0)" } ?? "-")" }
    }

    func findings(_ csv: [UInt8], jobs: Int = 1, period: ClosedRange<Day>? = nil) throws -> [Seen] {
        let read = try RosterReader(jobs: 1).parse(bytes: try TextEncoding.normalise(csv, file: "g.csv").bytes, file: "g.csv")
        XCTAssertEqual(read.errors, [])
        let r = Checker().check(CheckInput(roster: read.roster, period: period), jobs: jobs)
        let ids = r.plan.roster.employeeIDs
        for f in r.findings where f.employee >= 0 {
            // Every finding names an employee of the input and lies inside the period.
            XCTAssertTrue(f.end > r.plan.periodStart && f.start < r.plan.periodEnd, "\(f) outside the period")
        }
        return r.findings.map {
            Seen(
                employee: $0.employee >= 0 ? ids[Int($0.employee)] : "-", rule: $0.rule.id, severity: $0.severity.rawValue,
                start: $0.start, end: $0.end, measured: $0.measured, limit: $0.limit)
        }
    }

    func roster(seed: UInt64) -> [UInt8] {
        var g = RosterGenerator(employees: 60, weeks: 8)
        g.seed = seed
        g.violationRate = 0.05
        return g.rosterCSV()
    }

    func lines(_ csv: [UInt8]) -> (header: [UInt8], rows: [[UInt8]]) {
        let all = csv.split(separator: 0x0A).map(Array.init)
        return (all[0], Array(all.dropFirst()))
    }

    func join(_ header: [UInt8], _ rows: [[UInt8]], lineEnd: [UInt8] = [0x0A]) -> [UInt8] {
        ([header] + rows).flatMap { $0 + lineEnd }
    }

    func testHowARosterIsWrittenChangesNothingButLineNumbers() throws {
        for seed: UInt64 in [1, 2, 3] {
            let csv = roster(seed: seed)
            let expected = try findings(csv)
            XCTAssertGreaterThan(expected.count, 10, "seed \(seed)")
            let (header, rows) = lines(csv)
            // Row order.
            var rng = FastPathPropertyTests.Random(state: seed)
            var shuffled = rows
            for i in stride(from: shuffled.count - 1, to: 0, by: -1) { shuffled.swapAt(i, rng.below(i + 1)) }
            XCTAssertEqual(try findings(join(header, shuffled)), expected, "seed \(seed): row order")
            // Threads.
            for jobs in [2, 8] { XCTAssertEqual(try findings(csv, jobs: jobs), expected, "seed \(seed): --jobs \(jobs)") }
            // Delimiter, BOM and CRLF.
            let semicolons = join(header, rows, lineEnd: [0x0D, 0x0A]).map { $0 == 0x2C ? 0x3B : $0 }
            XCTAssertEqual(try findings([0xEF, 0xBB, 0xBF] + semicolons), expected, "seed \(seed): ; BOM CRLF")
            // Danish dates: 2026-03-02 07:00 → 02-03-2026 07:00.
            let danish = rows.map { row -> [UInt8] in
                var cells = row.split(separator: 0x2C, omittingEmptySubsequences: false).map(Array.init)
                for c in 1...2 {
                    let t = cells[c]
                    cells[c] = Array(t[8..<10]) + [0x2D] + Array(t[5..<7]) + [0x2D] + Array(t[0..<4]) + Array(t[10...])
                }
                return Array(cells.joined(separator: [0x2C]))
            }
            XCTAssertEqual(try findings(join(header, danish)), expected, "seed \(seed): DD-MM-YYYY")
        }
    }

    func testDisjointHalvesCheckedApartEqualTheWhole() throws {
        for seed: UInt64 in [4, 5] {
            let csv = roster(seed: seed)
            let read = try RosterReader(jobs: 1).parse(bytes: csv, file: "g.csv")
            let whole = Checker().check(CheckInput(roster: read.roster), jobs: 1)
            let period = whole.plan.firstDay...whole.plan.lastDay
            let expected = Set(try findings(csv).filter { $0.employee != "-" })
            let (header, rows) = lines(csv)
            let even = rows.filter { ($0.split(separator: 0x2C).first?.last ?? 0) % 2 == 0 }
            let odd = rows.filter { ($0.split(separator: 0x2C).first?.last ?? 0) % 2 == 1 }
            let apart = Set(try findings(join(header, even), period: period) + findings(join(header, odd), period: period)).filter { $0.employee != "-" }
            XCTAssertEqual(apart, expected, "seed \(seed)")
        }
    }

    func testAShiftFarInTheFutureChangesNoFindingOfThePeriod() throws {
        for seed: UInt64 in [6, 7] {
            let csv = roster(seed: seed)
            let read = try RosterReader(jobs: 1).parse(bytes: csv, file: "g.csv")
            let whole = Checker().check(CheckInput(roster: read.roster), jobs: 1)
            let period = whole.plan.firstDay...whole.plan.lastDay
            let expected = try findings(csv, period: period)
            let later = csv + Array("M000001,2028-06-01 07:00,2028-06-01 15:00,work,D,Enhed 0000\n".utf8)
            XCTAssertEqual(try findings(later, period: period), expected, "seed \(seed)")
        }
    }
}
