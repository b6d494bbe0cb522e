import Foundation
import XCTest

#if canImport(Glibc)
import Glibc
#endif

@testable import VagttjekCore

/// XCTest `measure` blocks for the core (release build: `swift test -c release --filter VagttjekBenchmarks`).
///
/// Size: `VAGTTJEK_BENCH_EMPLOYEES` staff × `VAGTTJEK_BENCH_WEEKS` weeks of the generator's
/// roster (defaults 50 × 52 ≈ 12,000 shifts, so `swift test` stays quick and each iteration stays far
/// below XCTest's 0.1 s standard-deviation alarm on a noisy machine). Each block also prints
/// shifts per second. Speed is never asserted here; the numbers go to BENCHMARKS.md.
final class CheckBenchmarks: BenchmarkCase {
    static let employees = Int(ProcessInfo.processInfo.environment["VAGTTJEK_BENCH_EMPLOYEES"] ?? "") ?? 50
    static let weeks = Int(ProcessInfo.processInfo.environment["VAGTTJEK_BENCH_WEEKS"] ?? "") ?? 52
    static let csv: [UInt8] = RosterGenerator(employees: employees, weeks: weeks).rosterCSV()

    static func roster() throws -> Roster {
        try RosterReader().parse(bytes: csv, file: "bench.csv").roster
    }

    func report(_ label: String, shifts: Int, _ body: () throws -> Void) rethrows {
        let clock = ContinuousClock()
        let elapsed = try clock.measure(body)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print("\(label): \(shifts) shifts in \(String(format: "%.4f", seconds)) s = \(String(format: "%.2f", Double(shifts) / seconds / 1e6)) M shifts/s")
    }

    func testParseCSV() throws {
        let shifts = try Self.roster().shifts.count
        XCTAssertGreaterThan(shifts, Self.employees * Self.weeks * 3)
        measure {
            report("parse", shifts: shifts) { _ = try? RosterReader().parse(bytes: Self.csv, file: "bench.csv") }
        }
    }

    func testRulesOnInMemoryRoster() throws {
        let input = CheckInput(roster: try Self.roster())
        measure {
            report("rules", shifts: input.roster.shifts.count) { _ = Checker().check(input) }
        }
    }

    func testEndToEndToJSON() throws {
        let shifts = try Self.roster().shifts.count
        measure {
            report("end to end", shifts: shifts) {
                guard let roster = try? RosterReader().parse(bytes: Self.csv, file: "bench.csv").roster else { return }
                let json = ReportWriter.json(Checker().check(CheckInput(roster: roster)), ReportOptions())
                XCTAssertEqual(json.first, UInt8(ascii: "{"))
            }
        }
    }

    func testGenerator() {
        let rows = Self.csv.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } - 1
        measure {
            report("generate", shifts: rows) {
                _ = RosterGenerator(employees: Self.employees, weeks: Self.weeks).rosterCSV()
            }
        }
    }
}
