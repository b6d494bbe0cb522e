import XCTest

@testable import VagttjekCLI
import VagttjekCore

/// No input crashes vagttjek, and no run destroys or half-writes a file: each reproducer of the
/// reliability issue gives a clear error or a correct result.
final class ReliabilityTests: XCTestCase {
    var scratch: Scratch!

    override func setUpWithError() throws { scratch = try Scratch() }

    func testHugeNumbersInPoliciesAndAgreementsAreErrorsNotTraps() throws {
        let roster = sample("bosted-solsikken-marts-2026.csv")
        let cases: [(String, String)] = [
            ("{\"noticeDays\": 1e17}", "noticeDays: 1e+17 er uden for det tilladte 0–365"),
            ("{\"language\": 1e300}", "language: 1e+300 skal være en tekst i anførselstegn"),
            ("{\"referenceDays\": -1e19}", "referenceDays: -1e+19 er uden for det tilladte 7–366"),
        ]
        for (i, (json, message)) in cases.enumerated() {
            let p = try scratch.file("p\(i).json", json)
            let r = vagttjek("check", roster, "--policy", p)
            XCTAssertEqual(r.code, 2, json)
            XCTAssertEqual(r.err, "\(p):1: \(message)\n", json)
        }
        let a = try scratch.file("a.json", "{\"id\": \"X\", \"kind\": \"rest-reduction\", \"written\": 1e19}")
        let r = vagttjek("check", roster, "--agreement", a)
        XCTAssertEqual(r.err, "\(a):1: written: 1e+19 skal være true eller false\n")
    }

    func testNumbersTooLargeForHundredthsAreWrittenNotConverted() {
        XCTAssertEqual(TimeFormat.number(1e17, danish: false), "1e+17")
        XCTAssertEqual(TimeFormat.number(.infinity, danish: true), "inf")
        XCTAssertEqual(TimeFormat.number(12.5, danish: true), "12,5")
    }
}

/// Files: no run destroys or half-writes one, and every write error is a message and exit 74.
final class OutputFileTests: XCTestCase {
    var scratch: Scratch!

    override func setUpWithError() throws { scratch = try Scratch() }

    func testOutputEqualToAnInputIsRefusedAndTheInputIsUntouched() throws {
        let text = try String(contentsOfFile: sample("bosted-solsikken-marts-2026.csv"), encoding: .utf8)
        let roster = try scratch.file("r.csv", text)
        let policy = try scratch.file("p.json", "{}")
        for (target, args) in [(roster, [String]()), (policy, ["--policy", policy])] {
            let r = vagttjek(["check", roster, "--output", target] + args)
            XCTAssertEqual(r.code, 64)
            XCTAssertEqual(
                r.err,
                "vagttjek: --output \(target) er den samme fil som inputtet \(target); rapporten ville erstatte den. Vælg en anden fil.\n")
        }
        XCTAssertEqual(try String(contentsOfFile: roster, encoding: .utf8), text)
    }

    func testAReportIsWrittenWholeOrNotAtAll() throws {
        let out = scratch.path("rapport.json")
        let r = vagttjek("check", sample("bosted-solsikken-marts-2026.csv"), "--format", "json", "--output", out)
        XCTAssertEqual(r.code, 1)
        XCTAssertTrue(try String(contentsOfFile: out, encoding: .utf8).hasSuffix("\n  ]\n}\n"))
        // No temporary file is left next to it.
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path), ["rapport.json"])
        // A folder that does not exist: exit 74, nothing written.
        let missing = scratch.path("nowhere/rapport.json")
        let failed = vagttjek("check", sample("bosted-solsikken-marts-2026.csv"), "--output", missing)
        XCTAssertEqual(failed.code, 74)
        XCTAssertEqual(failed.err, "vagttjek: \(missing): kan ikke skrive rapporten hertil\n")
    }

    func testADeviceIsWrittenDirectlyNeverReplaced() throws {
        // Renaming a temporary file over /dev/null would replace the device with a file.
        let r = vagttjek("check", sample("bosted-solsikken-marts-2026.csv"), "--format", "json", "--output", "/dev/null")
        XCTAssertEqual(r.code, 1)
        var info = stat()
        XCTAssertEqual(stat("/dev/null", &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFCHR)
        let full = vagttjek("check", sample("bosted-solsikken-marts-2026.csv"), "--output", "/dev/full")
        XCTAssertEqual(full.code, 74)
    }

    func testAFullDiskOnStdoutIsAMessageAndExit74() throws {
        guard let full = fopen("/dev/full", "w") else { throw XCTSkip("no /dev/full") }
        defer { fclose(full) }
        var cli = CLI()
        cli.stdoutFile = full
        let code = cli.run(["check", sample("bosted-solsikken-marts-2026.csv"), "--format", "json"])
        XCTAssertEqual(code, .outputFailed)
        XCTAssertEqual(cli.stderr, "vagttjek: kan ikke skrive rapporten til standard output (disken fuld eller røret lukket)\n")
    }
}
