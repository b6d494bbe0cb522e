import Foundation
import XCTest

@testable import VagttjekCLI

/// The package root, from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

func sample(_ name: String) -> String { packageRoot.appendingPathComponent("SampleRosters/\(name)").path }

/// Runs the CLI in-process.
func vagttjek(_ args: String...) -> (code: Int32, out: String, err: String) {
    vagttjek(args)
}

func vagttjek(_ args: [String]) -> (code: Int32, out: String, err: String) {
    var cli = CLI()
    let code = cli.run(args)
    return (code.rawValue, cli.stdout, cli.stderr)
}

/// A scratch directory with files written from strings or bytes.
final class Scratch {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("vagttjek-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    @discardableResult
    func file(_ name: String, _ text: String) throws -> String {
        try file(name, bytes: Array(text.utf8))
    }

    @discardableResult
    func file(_ name: String, bytes: [UInt8]) throws -> String {
        let path = url.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
}

/// The notice on stderr when the period is shorter than a week (DESIGN.md «Averages need a week»: the averages are not
/// judged, said once).
func shortPeriodNotice(_ file: String, days: Int, english: Bool = false) -> String {
    english
        ? "\(file): note: the period is shorter than a week (\(days) \(days == 1 ? "day" : "days")); the averages (at most 48 hours a week, night workers' 8 hours per 24 hours) are not judged\n"
        : "\(file): bemærk: perioden er kortere end en uge (\(days) \(days == 1 ? "dag" : "dage")); gennemsnittene (højst 48 timer om ugen, natarbejderes 8 timer pr. døgn) vurderes ikke\n"
}
