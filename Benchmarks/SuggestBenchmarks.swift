import Foundation
import XCTest

@testable import VagttjekCore

/// The repair search of `vagttjek suggest` (README «Repair proposals»): a unit-sized plan from
/// the generator with about ten errors. `VAGTTJEK_BENCH_SUGGEST=40x8` (staff × weeks) is the
/// target's size: the proposal, every move judged and the whole plan checked again, in under 2
/// seconds (release build; BENCHMARKS.md gives the medians; never asserted). The default, 12 × 4,
/// keeps `swift test` quick.
final class SuggestBenchmarks: BenchmarkCase {
    static let size: (employees: Int, weeks: Int) = {
        let parts = (ProcessInfo.processInfo.environment["VAGTTJEK_BENCH_SUGGEST"] ?? "").split(separator: "x").compactMap { Int($0) }
        return parts.count == 2 ? (parts[0], parts[1]) : (12, 4)
    }()

    static let input: CheckInput? = {
        var generator = RosterGenerator(employees: size.employees, weeks: size.weeks)
        generator.violationRate = size.employees >= 40 ? 0.0125 : 0.05
        guard let roster = try? RosterReader().parse(bytes: generator.rosterCSV(), file: "g.csv").roster else { return nil }
        return CheckInput(roster: roster)
    }()

    func testSuggest() throws {
        let input = try XCTUnwrap(Self.input)
        let errors = Checker().check(input).errors
        XCTAssertGreaterThan(errors, 0)
        measure {
            let clock = ContinuousClock()
            var proposal: RepairSearch.Proposal?
            let elapsed = clock.measure { proposal = RepairSearch().propose(input) }
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            print("suggest: \(Self.size.employees) staff × \(Self.size.weeks) weeks, \(errors) errors, \(proposal?.changes.count ?? 0) changes, \(proposal?.after.errors ?? -1) left, in \(String(format: "%.4f", seconds)) s")
        }
    }
}
