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
