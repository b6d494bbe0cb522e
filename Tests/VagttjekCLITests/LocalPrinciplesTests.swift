import XCTest

@testable import VagttjekCLI
@testable import VagttjekCore

/// Lokal-MED's principles (DESIGN.md «Lokal-MED's principles and fairness», issue 16 item 3): off unless the policy sets them, and
/// exactly these warnings on the sample facility with `SampleRosters/policy-lokal-med.json`.
final class LocalPrinciplesTests: XCTestCase {
    static let sampleArguments = [
        "check", sample("bosted-solsikken-marts-2026.csv"), "--employees", sample("employees.csv"),
        "--agreement", sample("aftaler/hus-nord-nedsat-hviletid.json"), "--policy", sample("policy-lokal-med.json"),
    ]

    func rows(_ csv: String) -> [String] {
        csv.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).prefix(8).joined(separator: ",") }
    }

    func testTheSamplePolicyGivesExactlyTheseWarnings() {
        let r = vagttjek(Self.sampleArguments + ["--rule", "local.", "--format", "csv"])
        XCTAssertEqual(r.code, 0, r.err)  // warnings only: the filter shows no error
        let period = "2026-03-02T00:00:00+01:00,2026-03-31T00:00:00+02:00"
        XCTAssertEqual(rows(r.out), [
            "local.evenings-per-month,warning,N01,\(period),9,8,count",
            "local.weekend-dayoff-share,warning,N01,\(period),20,25,percent",
            "local.weekends-per-month,warning,N01,\(period),3,2,count",
            "local.weekends-per-month,warning,N02,\(period),4,2,count",
            "local.evenings-per-month,warning,N03,\(period),9,8,count",
            "local.weekends-per-month,warning,N03,\(period),4,2,count",
            "local.evenings-per-month,warning,N04,\(period),9,8,count",
            "local.weekends-per-month,warning,N04,\(period),4,2,count",
            "local.weekends-per-month,warning,N06,\(period),4,2,count",
            "local.weekends-per-month,warning,N07,\(period),3,2,count",
            "local.weekends-per-month,warning,S02,\(period),4,2,count",
            "local.weekends-per-month,warning,S04,\(period),4,2,count",
            "local.evenings-per-month,warning,S05,\(period),9,8,count",
            "local.weekend-dayoff-share,warning,S05,\(period),20,25,percent",
            "local.weekends-per-month,warning,S05,\(period),4,2,count",
            "local.weekends-per-month,warning,S06,\(period),3,2,count",
            "local.weekends-per-month,warning,S07,\(period),3,2,count",
        ])
        let text = vagttjek(Self.sampleArguments + ["--employee", "N01", "--rule", "local."]).out
        XCTAssertTrue(text.contains("3 arbejdsweekender i marts 2026 (lørdag 07-03, 14-03, 28-03); Lokal-MED's princip er højst 2 pr. måned.\n"), text)
        XCTAssertTrue(text.contains("1 af 5 fridøgn ligger i en weekend; Lokal-MED's princip er mindst 25 %.\n"), text)
        XCTAssertTrue(text.contains("9 aftenvagter i marts 2026; Lokal-MED's princip er højst 8 pr. måned.\n"), text)
        let english = vagttjek(Self.sampleArguments + ["--employee", "N02", "--rule", "local.", "--lang", "en"]).out
        XCTAssertTrue(english.contains("4 worked weekends in March 2026 (Saturday 07-03, 14-03, 21-03 etc.); Lokal-MED's principle is at most 2 a month.\n"), english)
    }

    func testWithoutThePrinciplesNothingIsJudged() {
        let r = vagttjek("check", sample("bosted-solsikken-marts-2026.csv"), "--employees", sample("employees.csv"), "--format", "csv")
        XCTAssertFalse(r.out.contains("local."), r.out)
    }

    func testAWeekWithoutAFreeEveningIsNamedByItsISOWeek() throws {
        let scratch = try Scratch()
        let roster = try scratch.file("r.csv", RuleExamples.rows(from: "2026-03-02", days: 7, "15:00", "23:00"))
        let policy = try scratch.file("p.json", "{\"weeklyFreeEvening\": true}")
        let r = vagttjek("check", roster, "--policy", policy, "--rule", "local.", "--lang", "en")
        XCTAssertTrue(r.out.contains("No free evening (17–23) in week 10 (02-03–08-03); Lokal-MED's principle is a fixed weekly free evening.\n"), r.out)
    }
}
