import XCTest

@testable import VagttjekCore

/// One reading of a cell on every path: for the same bytes the fast row parser and the general
/// one give the same roster — ids, times, kinds, labels, units, lines and errors — whatever the
/// whitespace, quoting, case of kinds, date form or line ends. Rows are generated and mutated
/// from a fixed seed, so a failure is reproducible; the seed of a failing round is in the message.
final class FastPathPropertyTests: XCTestCase {
    /// The generator's SplitMix64, with the picks the mutations need.
    struct Random {
        var mix: RosterGenerator.SplitMix
        init(state: UInt64) { mix = RosterGenerator.SplitMix(state: state) }
        mutating func below(_ n: Int) -> Int { mix.below(n) }
        mutating func pick<T>(_ xs: [T]) -> T { xs[below(xs.count)] }
        mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
    }

    /// A cell, maybe padded with spaces or a tab, maybe quoted.
    func mutate(_ cell: String, _ r: inout Random, quoting: Bool = true) -> String {
        var c = cell
        if r.chance(15) { c = r.pick([" ", "\t", "  "]) + c }
        if r.chance(15) { c += r.pick([" ", "\t"]) }
        if quoting && r.chance(10) { c = "\"" + c + "\"" }
        return c
    }

    func timestamp(day: Int, minute: Int, _ r: inout Random) -> String {
        let d = CivilDate(dayNumber: day)
        let (y, m, dd) = (d.year, pad(d.month, 2), pad(d.day, 2))
        let (hh, mm) = (pad(minute / 60, 2), pad(minute % 60, 2))
        switch r.below(7) {
        case 0: return "\(y)-\(m)-\(dd)T\(hh):\(mm)"
        case 1: return "\(y)-\(m)-\(dd)T\(hh):\(mm):00+01:00"
        case 2: return "\(dd)-\(m)-\(y) \(hh):\(mm)"
        case 3: return "\(dd).\(m).\(y) \(hh).\(mm)"
        case 4: return "\(y)-\(m)-\(dd) \(hh):\(mm):00"
        default: return "\(y)-\(m)-\(dd) \(hh):\(mm)"
        }
    }

    func roster(seed: UInt64, rows: Int) -> [UInt8] {
        var r = Random(state: seed)
        let ids = ["E1", "E2", "e1", "Søren", "anne-marie", "M000123"]
        let kinds = ["", "work", "Work", "ARBEJDE", "sovevagt", "Sovevagt", "tilkaldevagt", "ferie", "Fri", "kursus", "nonsense"]
        let labels = ["", "D", "A", "N", "D1", "dag vagt"]
        let units = ["", "Hus Nord", "Hus Syd", "hus nord"]
        var csv = "employee,start,end,kind,label,unit\n"
        let first = CivilDate(year: 2026, month: 3, day: 2).dayNumber
        for _ in 0..<rows {
            let day = first + r.below(28)
            let start = r.pick([7 * 60, 15 * 60, 22 * 60, 23 * 60 + 30])
            let length = r.pick([8 * 60, 9 * 60, 30])
            let endDay = day + (start + length) / (24 * 60), endMinute = (start + length) % (24 * 60)
            var cells = [
                mutate(r.pick(ids), &r),
                mutate(timestamp(day: day, minute: start, &r), &r),
                mutate(timestamp(day: endDay, minute: endMinute, &r), &r),
                mutate(r.pick(kinds), &r),
                mutate(r.pick(labels), &r),
                mutate(r.pick(units), &r),
            ]
            if r.chance(3) { cells[1] = "x" }  // an error, on both paths alike
            if r.chance(2) { cells.removeLast() }  // a short row
            csv += cells.joined(separator: ",") + (r.chance(20) ? "\r\n" : "\n")
            // Repeat the row's cells with new times now and then (the fast path's repeat case).
            if r.chance(30) {
                cells[1] = mutate(timestamp(day: day + 1, minute: start, &r), &r, quoting: false)
                cells[2] = mutate(timestamp(day: endDay + 1, minute: endMinute, &r), &r, quoting: false)
                csv += cells.joined(separator: ",") + "\n"
            }
        }
        return Array(csv.utf8)
    }

    func testFastAndGeneralPathsReadEveryCellAlike() throws {
        var checkedRows = 0
        for round in 0..<40 {
            let seed = UInt64(round) &* 7919 &+ 1
            let csv = roster(seed: seed, rows: 120)
            let fast = try RosterReader(jobs: 1).parse(bytes: csv, file: "p.csv")
            var generalReader = RosterReader(jobs: 1)
            generalReader.generalOnly = true
            let general = try generalReader.parse(bytes: csv, file: "p.csv")
            XCTAssertEqual(fast.roster.employeeIDs, general.roster.employeeIDs, "seed \(seed)")
            XCTAssertEqual(fast.roster.labels, general.roster.labels, "seed \(seed)")
            XCTAssertEqual(fast.roster.units, general.roster.units, "seed \(seed)")
            XCTAssertEqual(fast.errors, general.errors, "seed \(seed)")
            XCTAssertEqual(fast.roster.shifts.count, general.roster.shifts.count, "seed \(seed)")
            for (a, b) in zip(fast.roster.shifts, general.roster.shifts) where a != b {
                XCTFail("seed \(seed), line \(a.line): fast \(a), general \(b)")
                break
            }
            checkedRows += general.roster.shifts.count + general.errors.count
        }
        XCTAssertGreaterThan(checkedRows, 40 * 100)
    }

    /// The reproducer: `E1` and `E1<TAB>` are one employee on both paths.
    func testTrailingTabOrSpaceIsTrimmedOnTheFastPath() throws {
        let csv = Array("employee,start,end\nE1,03-03-2026 07:00,03-03-2026 15:00\nE1\t,04-03-2026 07:00,04-03-2026 15:00\nE1 ,05-03-2026 07:00,05-03-2026 15:00\n".utf8)
        let fast = try RosterReader(jobs: 1).parse(bytes: csv, file: "t.csv")
        XCTAssertEqual(fast.roster.employeeIDs, ["E1"])
        XCTAssertEqual(fast.roster.shifts.count, 3)
    }
}

/// The generator's rosters always pass the parser: both clock changes, every violation rate.
final class GeneratorRoundTripTests: XCTestCase {
    func testGeneratedRostersAlwaysParseAcrossBothClockChanges() throws {
        // The reproducer: this roster had a shift ending 2026-03-29 02:00, which does not exist.
        var reproducer = RosterGenerator(employees: 3000, weeks: 20)
        reproducer.seed = 42
        reproducer.violationRate = 0.05
        XCTAssertEqual(try RosterReader(jobs: 1).parse(bytes: reproducer.rosterCSV(), file: "r.csv").errors.map { $0.rendered(.en) }, [])
        for (seed, rate) in [(UInt64(42), 0.05), (7, 0.3), (1, 0.0), (3000, 1.0)] {
            var g = RosterGenerator(employees: 300, weeks: 34)
            g.seed = seed
            g.violationRate = rate
            g.start = CivilDate(year: 2026, month: 3, day: 16).dayNumber  // through 29 March and 25 October
            let read = try RosterReader(jobs: 1).parse(bytes: g.rosterCSV(), file: "g.csv")
            XCTAssertEqual(read.errors.map { $0.rendered(.en) }, [], "seed \(seed), violations \(rate)")
            XCTAssertGreaterThan(read.roster.shifts.count, 300 * 34 * 3, "seed \(seed)")
        }
    }
}
