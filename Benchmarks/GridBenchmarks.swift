import Foundation
import XCTest

#if canImport(Glibc)
import Glibc
#endif

@testable import VagttjekCore

/// The grid reader (README «Grid rosters»): a year's grid of `VAGTTJEK_BENCH_GRID_EMPLOYEES`
/// staff × 365 days, a code per cell through a legend. The default, 40 staff, keeps `swift test`
/// quick and each iteration far below XCTest's 0.1 s deviation alarm (500 staff in a debug build
/// took 0.55 s an iteration and tripped it in CI); set 500 for the target's size. Target: 500 ×
/// 365 read well under a second (BENCHMARKS.md gives the medians; never asserted).
final class GridBenchmarks: BenchmarkCase {
    static let employees = Int(ProcessInfo.processInfo.environment["VAGTTJEK_BENCH_GRID_EMPLOYEES"] ?? "") ?? 40

    /// `Nr;Navn;ma 05-01-2026;…` and a row per employee cycling D, A, N, F, FE and two-shift cells.
    static let grid: [UInt8] = {
        let first = CivilDate(year: 2026, month: 1, day: 5).dayNumber
        let weekdays = ["ma", "ti", "on", "to", "fr", "lø", "sø"]
        var text = "Vagtplan 2026\nNr;Navn"
        for d in 0..<365 {
            let c = CivilDate(dayNumber: first + d)
            text += ";\(weekdays[d % 7]) \(pad(c.day, 2))-\(pad(c.month, 2))-\(c.year)"
        }
        text += ";Timer\n"
        let cycle = ["D", "D", "A", "A", "", "", "N", "N", "", "D+A", "7-15", "", "FE", "D"]
        for e in 0..<employees {
            text += "M\(e);Medarbejder \(e)"
            for d in 0..<365 { text += ";" + cycle[(d + e) % cycle.count] }
            text += ";0\n"
        }
        return Array(text.utf8)
    }()

    static let legend = try? ShiftCodes.parse(
        bytes: Array("Kode;Fra;Til;Type\nD;07:00;15:00;\nA;15:00;23:00;\nN;23:00;07:00;\nFE;;;ferie\n".utf8), file: "koder.csv")

    func testReadGrid() throws {
        var reader = RosterReader()
        reader.codes = try XCTUnwrap(Self.legend)
        let shifts = try reader.parse(bytes: Self.grid, file: "grid.csv").roster.shifts.count
        XCTAssertGreaterThan(shifts, Self.employees * 200)
        measure {
            let clock = ContinuousClock()
            let elapsed = clock.measure { _ = try? reader.parse(bytes: Self.grid, file: "grid.csv") }
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            print("grid: \(Self.employees) × 365 cells, \(shifts) shifts in \(String(format: "%.4f", seconds)) s")
        }
    }
}
