import Foundation
import XCTest

@testable import VagttjekCLI
@testable import VagttjekCore

/// The sample facility: exactly the findings SampleRosters/README.md lists.
final class SampleRosterTests: XCTestCase {
    static let roster = sample("bosted-solsikken-marts-2026.csv")
    static let clean = sample("bosted-solsikken-marts-2026-ren.csv")
    static let options = ["--employees", sample("employees.csv"), "--agreement", sample("aftaler/hus-nord-nedsat-hviletid.json")]

    /// rule, severity, employee, start, end, measured, limit, unit — as in SampleRosters/README.md.
    static let expected = [
        "plan.notice,info,,2026-03-02T00:00:00+01:00,2026-03-31T00:00:00+02:00,,28,days",
        "rec.04,warning,N01,2026-03-02T00:00:00+01:00,2026-03-31T00:00:00+02:00,25,50,percent",
        "rec.11,warning,N01,2026-03-02T00:00:00+01:00,2026-03-31T00:00:00+02:00,13.33,50,percent",
        "rec.04,warning,N02,2026-03-02T00:00:00+01:00,2026-03-31T00:00:00+02:00,0,50,percent",
        "rec.11,warning,N02,2026-03-02T00:00:00+01:00,2026-03-31T00:00:00+02:00,20,50,percent",
        "rec.08,warning,N02,2026-03-06T15:00:00+01:00,2026-03-07T15:00:00+01:00,1,0,count",
        "rec.03,warning,N02,2026-03-06T23:00:00+01:00,2026-03-07T07:00:00+01:00,1,0,count",
        "rec.04,warning,N03,2026-03-02T00:00:00+01:00,2026-03-31T00:00:00+02:00,0,50,percent",
        "rec.08,warning,N03,2026-03-10T15:00:00+01:00,2026-03-11T15:00:00+01:00,2,0,count",
        "rec.03,warning,N03,2026-03-10T23:00:00+01:00,2026-03-11T07:00:00+01:00,2,0,count",
        "rest.reduced,error,N03,2026-03-14T07:00:00+01:00,2026-03-14T15:00:00+01:00,2,1,count",
        "rec.04,warning,N04,2026-03-02T00:00:00+01:00,2026-03-31T00:00:00+02:00,0,50,percent",
        "rec.11,warning,N04,2026-03-02T00:00:00+01:00,2026-03-31T00:00:00+02:00,20,50,percent",
        "senior.days,info,N04,2026-03-02T00:00:00+01:00,2026-03-31T00:00:00+02:00,0,5,days",
        "rec.08,warning,N04,2026-03-24T23:00:00+01:00,2026-03-25T23:00:00+01:00,2,0,count",
        "rec.03,warning,N04,2026-03-25T07:00:00+01:00,2026-03-25T15:00:00+01:00,1,0,count",
        "rest.compensation,error,N04,2026-03-25T15:00:00+01:00,2026-03-25T23:00:00+01:00,12,14,h",
        "isolation.no-daytime,warning,N05,2026-03-02T00:00:00+01:00,2026-03-31T00:00:00+02:00,0,,h",
        "night.health-check,info,N05,2026-03-02T00:00:00+01:00,2026-03-31T00:00:00+02:00,,,days",
        "rec.01,warning,N05,2026-03-02T00:00:00+01:00,2026-03-31T00:00:00+02:00,100,80,percent",
        "dayoff.sunday,warning,N06,2026-03-02T00:00:00+01:00,2026-03-31T00:00:00+02:00,0,1,sundays",
        "hours.weekly48,warning,N06,2026-03-02T00:00:00+01:00,2026-03-31T00:00:00+02:00,50.21,48,h",
        "rec.04,warning,N06,2026-03-02T00:00:00+01:00,2026-03-31T00:00:00+02:00,0,50,percent",
        "rec.05,warning,N06,2026-03-02T07:00:00+01:00,2026-03-02T19:00:00+01:00,16,0,count",
        "isolation.no-daytime,warning,N07,2026-03-02T00:00:00+01:00,2026-03-31T00:00:00+02:00,0,,h",
        "night.health-check,warning,N07,2026-03-02T00:00:00+01:00,2026-03-31T00:00:00+02:00,,,days",
        "rec.01,warning,N07,2026-03-02T00:00:00+01:00,2026-03-31T00:00:00+02:00,100,80,percent",
        "rec.04,warning,N07,2026-03-02T00:00:00+01:00,2026-03-31T00:00:00+02:00,25,50,percent",
        "isolation.no-daytime,warning,S01,2026-03-02T00:00:00+01:00,2026-03-31T00:00:00+02:00,0,,h",
        "night.health-check,warning,S01,2026-03-02T00:00:00+01:00,2026-03-31T00:00:00+02:00,1198,1096,days",
        "rec.01,warning,S01,2026-03-02T00:00:00+01:00,2026-03-31T00:00:00+02:00,100,80,percent",
        "senior.days,info,S01,2026-03-02T00:00:00+01:00,2026-03-31T00:00:00+02:00,1,5,days",
        "isolation.no-daytime,warning,S02,2026-03-02T00:00:00+01:00,2026-03-31T00:00:00+02:00,0,,h",
        "night.health-check,info,S02,2026-03-02T00:00:00+01:00,2026-03-31T00:00:00+02:00,,,days",
        "rec.01,warning,S02,2026-03-02T00:00:00+01:00,2026-03-31T00:00:00+02:00,100,80,percent",
        "rec.04,warning,S02,2026-03-02T00:00:00+01:00,2026-03-31T00:00:00+02:00,0,50,percent",
        "pregnancy.fixed-night,error,S02,2026-03-28T23:00:00+01:00,2026-03-29T07:00:00+02:00,,,h",
        "pregnancy.fixed-night,error,S02,2026-03-29T23:00:00+02:00,2026-03-30T07:00:00+02:00,,,h",
        "rec.11,warning,S03,2026-03-02T00:00:00+01:00,2026-03-31T00:00:00+02:00,26.67,50,percent",
        "rec.08,warning,S03,2026-03-09T15:00:00+01:00,2026-03-10T15:00:00+01:00,1,0,count",
        "rec.03,warning,S03,2026-03-09T23:00:00+01:00,2026-03-10T07:00:00+01:00,1,0,count",
        "rest.daily,error,S03,2026-03-10T07:00:00+01:00,2026-03-10T15:00:00+01:00,8,11,h",
        "rec.04,warning,S04,2026-03-02T00:00:00+01:00,2026-03-31T00:00:00+02:00,0,50,percent",
        "rec.11,warning,S04,2026-03-02T00:00:00+01:00,2026-03-31T00:00:00+02:00,13.64,50,percent",
        "dayoff.weekly,error,S04,2026-03-06T07:00:00+01:00,2026-03-14T23:00:00+01:00,208,144,h",
        "rec.04,warning,S05,2026-03-02T00:00:00+01:00,2026-03-31T00:00:00+02:00,0,50,percent",
        "rec.11,warning,S05,2026-03-02T00:00:00+01:00,2026-03-31T00:00:00+02:00,20,50,percent",
        "dayoff.weekly,error,S05,2026-03-11T07:00:00+01:00,2026-03-18T23:00:00+01:00,184,144,h",
        "night.health-check,info,S06,2026-03-02T00:00:00+01:00,2026-03-31T00:00:00+02:00,,,days",
        "rec.04,warning,S06,2026-03-02T00:00:00+01:00,2026-03-31T00:00:00+02:00,25,50,percent",
        "rec.11,warning,S06,2026-03-02T00:00:00+01:00,2026-03-31T00:00:00+02:00,40,50,percent",
        "senior.days,info,S06,2026-03-02T00:00:00+01:00,2026-03-31T00:00:00+02:00,0,5,days",
        "senior.shift-pattern,warning,S06,2026-03-02T00:00:00+01:00,2026-03-31T00:00:00+02:00,62,60,years",
        "rec.08,warning,S06,2026-03-07T23:00:00+01:00,2026-03-09T15:00:00+01:00,1,0,count",
        "rec.05,warning,S06,2026-03-12T15:00:00+01:00,2026-03-13T07:00:00+01:00,1,0,count",
        "rest.daily,error,S06,2026-03-12T15:00:00+01:00,2026-03-13T07:00:00+01:00,8,11,h",
        "rec.04,warning,S07,2026-03-02T00:00:00+01:00,2026-03-31T00:00:00+02:00,25,50,percent",
        "rec.11,warning,S07,2026-03-02T00:00:00+01:00,2026-03-31T00:00:00+02:00,12.5,50,percent",
        "rec.05,warning,S07,2026-03-19T07:00:00+01:00,2026-03-19T19:00:00+01:00,1,0,count",
        "data.double-booking,warning,S07,2026-03-19T11:00:00+01:00,2026-03-19T15:00:00+01:00,4,0,h",
    ]

    /// The recommendations' warnings on the clean twin (it fixes the breaches, not the plan's shape).
    static let cleanRecommendations = [
        "rec.04,warning,N01,2026-03-02T00:00:00+01:00,2026-03-31T00:00:00+02:00,25,50,percent",
        "rec.11,warning,N01,2026-03-02T00:00:00+01:00,2026-03-31T00:00:00+02:00,13.33,50,percent",
        "rec.04,warning,N02,2026-03-02T00:00:00+01:00,2026-03-31T00:00:00+02:00,0,50,percent",
        "rec.11,warning,N02,2026-03-02T00:00:00+01:00,2026-03-31T00:00:00+02:00,20,50,percent",
        "rec.04,warning,N03,2026-03-02T00:00:00+01:00,2026-03-31T00:00:00+02:00,0,50,percent",
        "rec.04,warning,N04,2026-03-02T00:00:00+01:00,2026-03-31T00:00:00+02:00,0,50,percent",
        "rec.11,warning,N04,2026-03-02T00:00:00+01:00,2026-03-31T00:00:00+02:00,26.67,50,percent",
        "rec.01,warning,N05,2026-03-02T00:00:00+01:00,2026-03-31T00:00:00+02:00,100,80,percent",
        "rec.01,warning,N07,2026-03-02T00:00:00+01:00,2026-03-31T00:00:00+02:00,100,80,percent",
        "rec.04,warning,N07,2026-03-02T00:00:00+01:00,2026-03-31T00:00:00+02:00,25,50,percent",
        "rec.01,warning,S01,2026-03-02T00:00:00+01:00,2026-03-31T00:00:00+02:00,100,80,percent",
        "rec.01,warning,S02,2026-03-02T00:00:00+01:00,2026-03-31T00:00:00+02:00,84.62,80,percent",
        "rec.04,warning,S02,2026-03-02T00:00:00+01:00,2026-03-31T00:00:00+02:00,0,50,percent",
        "rec.11,warning,S03,2026-03-02T00:00:00+01:00,2026-03-31T00:00:00+02:00,13.64,50,percent",
        "rec.04,warning,S04,2026-03-02T00:00:00+01:00,2026-03-31T00:00:00+02:00,0,50,percent",
        "rec.11,warning,S04,2026-03-02T00:00:00+01:00,2026-03-31T00:00:00+02:00,20,50,percent",
        "rec.04,warning,S05,2026-03-02T00:00:00+01:00,2026-03-31T00:00:00+02:00,25,50,percent",
        "rec.11,warning,S05,2026-03-02T00:00:00+01:00,2026-03-31T00:00:00+02:00,20,50,percent",
        "rec.04,warning,S06,2026-03-02T00:00:00+01:00,2026-03-31T00:00:00+02:00,25,50,percent",
        "rec.11,warning,S06,2026-03-02T00:00:00+01:00,2026-03-31T00:00:00+02:00,40,50,percent",
        "rec.08,warning,S06,2026-03-07T23:00:00+01:00,2026-03-09T15:00:00+01:00,1,0,count",
        "rec.04,warning,S07,2026-03-02T00:00:00+01:00,2026-03-31T00:00:00+02:00,25,50,percent",
        "rec.11,warning,S07,2026-03-02T00:00:00+01:00,2026-03-31T00:00:00+02:00,12.5,50,percent",
    ]

    /// The first eight CSV columns of each finding.
    static func keyColumns(_ csv: String) -> [String] {
        csv.split(separator: "\n").dropFirst().map { line in
            line.split(separator: ",", maxSplits: 8, omittingEmptySubsequences: false).prefix(8).joined(separator: ",")
        }
    }

    func testSampleGivesExactlyTheDocumentedFindings() {
        let r = vagttjek(["check", Self.roster, "--format", "csv"] + Self.options)
        XCTAssertEqual(r.code, 1)
        XCTAssertEqual(r.err, "")
        XCTAssertEqual(Self.keyColumns(r.out), Self.expected)
    }

    func testSampleReadmeListsTheSameFindings() throws {
        let readme = try String(contentsOfFile: sample("README.md"), encoding: .utf8)
        for line in Self.expected {
            let f = line.split(separator: ",", omittingEmptySubsequences: false)
            let row = "| `\(f[0])` | \(f[1]) | \(f[2].isEmpty ? "–" : String(f[2])) | \(f[3]) | \(f[4]) | \(f[5].isEmpty ? "–" : String(f[5])) | \(f[6]) \(f[7]) |"
            XCTAssertTrue(readme.contains(row), "SampleRosters/README.md lacks: \(row)")
        }
    }

    func testTheExcelExportSampleIsReadUnchanged() {
        // Windows-1252, sep=;, a title row, Dato;Fra;Til with nights across midnight, the
        // export's own Vagttype words, Excel's empty rows: read as it is.
        let f = sample("excel-eksport-hus-nord.csv")
        let r = vagttjek("check", f, "--format", "csv")
        XCTAssertEqual(r.code, 1)
        XCTAssertEqual(Self.keyColumns(r.out), [
            "plan.notice,info,,2026-03-02T00:00:00+01:00,2026-03-07T00:00:00+01:00,,28,days",
            "rec.08,warning,N01,2026-03-03T15:00:00+01:00,2026-03-04T15:00:00+01:00,1,0,count",
            "rec.03,warning,N01,2026-03-03T23:00:00+01:00,2026-03-04T07:00:00+01:00,1,0,count",
            "rest.daily,error,N01,2026-03-04T07:00:00+01:00,2026-03-04T15:00:00+01:00,8,11,h",
            "night.health-check,info,N02,2026-03-02T00:00:00+01:00,2026-03-07T00:00:00+01:00,,,days",
            "rec.08,warning,N02,2026-03-03T23:00:00+01:00,2026-03-05T23:00:00+01:00,1,0,count",
        ])
        XCTAssertTrue(r.out.contains(",Anne Holm,,6\n"), r.out)
        XCTAssertEqual(
            r.err,
            "\(f): bemærk: læst som Windows-1252 (filen er ikke gyldig UTF-8)\n"
                + "\(f):1: bemærk: linje 1–2 er ikke overskriften (en titel eller Excels sep=); overskriften er linje 3\n"
                + shortPeriodNotice(f, days: 5))
    }

    /// `anbefalinger-april-2026.csv`: the recommendations the main sample meets fire here, on
    /// a plan without a breach (exit 0): five nights in a row and three 9-hour nights (A01),
    /// four 9-hour shifts working alone (A02), four mornings from 05:30 but not the four from
    /// 06:00 (A03), and A04's regular weekdays, which meet them all.
    func testTheRecommendationsSampleFiresWhatTheMainSampleMeets() {
        let f = sample("anbefalinger-april-2026.csv")
        let r = vagttjek("check", f, "--format", "csv")
        XCTAssertEqual(r.code, 0)
        XCTAssertEqual(r.err, "")
        XCTAssertEqual(Self.keyColumns(r.out), [
            "plan.notice,info,,2026-04-06T00:00:00+02:00,2026-04-20T00:00:00+02:00,,28,days",
            "isolation.no-daytime,warning,A01,2026-04-06T00:00:00+02:00,2026-04-20T00:00:00+02:00,0,,h",
            "night.health-check,info,A01,2026-04-06T00:00:00+02:00,2026-04-20T00:00:00+02:00,,,days",
            "rec.01,warning,A01,2026-04-06T00:00:00+02:00,2026-04-20T00:00:00+02:00,100,80,percent",
            "rec.02,warning,A01,2026-04-06T23:00:00+02:00,2026-04-11T07:00:00+02:00,5,4,count",
            "rec.07,warning,A01,2026-04-13T22:00:00+02:00,2026-04-14T07:00:00+02:00,3,0,count",
            "rec.06,warning,A02,2026-04-07T07:00:00+02:00,2026-04-07T16:00:00+02:00,4,0,count",
            "rec.09,warning,A03,2026-04-06T05:30:00+02:00,2026-04-06T13:30:00+02:00,4,0,count",
        ])
        let en = vagttjek("check", f, "--lang", "en").out
        XCTAssertTrue(en.contains("  rec.09 Do not start the morning shift too early\n         not met for 1 employee: A03 (4 times)\n"), en)
        XCTAssertTrue(en.contains("  rec.11 Keep a regular shift system\n         met\n"), en)
        let json = vagttjek("check", f, "--format", "json").out
        XCTAssertTrue(json.contains("\"message\": \"5 nætter i træk fra 06-04 23:00 til 11-04 07:00. Anbefaling 2: højst 4 nætter i træk.\""), json)
        XCTAssertTrue(json.contains("\"message\": \"4 morgenvagter før kl. 06:00: 06-04 05:30, 07-04 05:30, 08-04 05:30 og 09-04 05:30; tidligst kl. 05:30. Anbefaling 9: begynd ikke morgenvagten for tidligt.\""), json)
    }

    func testCleanSampleExitsZero() {
        let r = vagttjek(["check", Self.clean, "--format", "csv"] + Self.options)
        XCTAssertEqual(r.code, 0)
        // Only the infos (the notice not checked, the night workers' health checks, the senior
        // days), the health checks to offer, S06's senior warning and the fixed night workers'
        // isolation: the clean twin fixes the breaches, not the people. S02, pregnant, has day
        // shifts after the confirmation (S01 takes her nights), so she is no longer isolated.
        XCTAssertEqual(
            Self.keyColumns(r.out).filter { !$0.hasPrefix("rec.") },
            Self.expected.filter {
                ($0.contains(",info,") || $0.hasPrefix("senior.shift-pattern,") || $0.hasPrefix("isolation.no-daytime,")
                    || $0.hasPrefix("night.health-check,")) && !$0.hasPrefix("isolation.no-daytime,warning,S02,")
            })
        XCTAssertEqual(Self.keyColumns(r.out).filter { $0.hasPrefix("rec.") }, Self.cleanRecommendations)
    }

    func testStrictMakesWarningsCount() throws {
        let scratch = try Scratch()
        let f = try scratch.file("w.csv", "employee,start,end\nE1,2026-03-02 07:00,2026-03-02 15:00\nE1,2026-03-02 14:00,2026-03-02 15:00\n")
        XCTAssertEqual(vagttjek("check", f).code, 0)
        XCTAssertEqual(vagttjek("check", f, "--strict").code, 1)
    }

    func testTextReportInDanishAndEnglish() {
        let da = vagttjek(["check", Self.roster] + Self.options).out
        XCTAssertTrue(da.contains("\nS03 (Jonas Dahl) · Hus Syd\n  FEJL     rest.daily           ti 10-03 07:00–10-03 15:00  8 t (grænse 11 t) · linje 150\n           Hvilen før vagten 10-03 07:00 er 8 t i døgnet op til 10-03 15:00; kræver 11 t. Flyt vagten til tidligst 10-03 10:00 eller afkort den forrige. Aftalen LA-2026-03 gælder ikke her: vagten 10-03 07:00 (D, Hus Syd) er uden for aftalens område (enheder: Hus Nord; vagtkoder: A, D).\n"), da)
        XCTAssertTrue(da.contains("Ingen vagter i planen: S08\n\nI alt: 8 fejl, 45 advarsler, 7 info.\n\nRet først (8 fejl hos 7 medarbejdere, flest først):\n  S02 (Ida Østergaard) · Hus Syd — 2 fejl\n    pregnancy.fixed-night lø 28-03 23:00: Nattevagten 28-03 23:00–29-03 07:00 ligger efter"), da)
        // The report ends with the errors again, by employee, most first, each with its move.
        XCTAssertTrue(da.hasSuffix("\n  S05 (Lars Ægidius) · Hus Syd — 1 fejl\n    dayoff.weekly on 11-03 07:00: 184 t mellem fridøgn (11-03 07:00 til 18-03 23:00); højst 6 døgn. Læg et fridøgn på mindst 35 t sammenhængende fri i perioden.\n  S06 (Mette Åberg) · Hus Syd — 1 fejl\n    rest.daily to 12-03 15:00: Arbejdsperioden 12-03 15:00–13-03 07:00 varer 16 t, så døgnet før dens slut har kun 8 t hvile; kræver 11 t. Afkort eller del vagten, så den højst varer 13 t. Rådighedsvagt på arbejdsstedet (sovevagt) er arbejdstid fra 1. juli 2024 og tæller ikke som hvile. Aftalen LA-2026-03 gælder ikke her: vagten 12-03 15:00 (A, Hus Syd) er uden for aftalens område (enheder: Hus Nord; vagtkoder: A, D).\n"), da)
        // The recommendations as one score card after the findings, and what only dialogue shows.
        XCTAssertTrue(da.contains("\nAnbefalinger om skiftearbejde (de 14 i bilaget til rammeaftalen om decentrale arbejdstidsaftaler):\n  rec.01 Formindsk fast natarbejde\n         ikke opfyldt for 4 medarbejdere: N05 (100 %), N07 (100 %), S01 (100 %), S02 (100 %)\n  rec.02 Reducér antallet af nætter i træk: to til fire nætter\n         opfyldt\n  rec.03 Undgå korte intervaller (otte eller ti timer) mellem to vagter\n         ikke opfyldt for 4 medarbejdere: N03 (2 gange), N02 (1 gang), N04 (1 gang), S03 (1 gang)\n  rec.04 Planlæg systemet, så det indeholder flest mulige friweekender\n         ikke opfyldt for 11 medarbejdere: N02 (0 %), N03 (0 %), N04 (0 %), N06 (0 %), S02 (0 %) og 6 mere\n"), da)
        XCTAssertTrue(da.contains("  rec.10 Gør tidspunkterne for vagtskifte fleksible, hvis det er muligt\n         til dialogen\n  rec.11 Bevar et regelmæssigt skiftesystem\n         ikke opfyldt for 8 medarbejdere: S07 (12,5 %), N01 (13,33 %), S04 (13,64 %), N02 (20 %), N04 (20 %) og 3 mere\n"), da)
        XCTAssertTrue(da.contains("\nTil dialogen (vagtplanen alene viser dem ikke):\n  rec.10 Gør tidspunkterne for vagtskifte fleksible, hvis det er muligt: en vagtplan viser ikke, om vagtskift kan flyttes; aftal det mellem ledelse og medarbejdere.\n  rec.12 Tillad individuel fleksibilitet: kør med --wishes FIL (medarbejdernes ønsker: medarbejder, dato, ønske), så andelen af opfyldte ønsker måles.\n  rec.13 Begræns afvigelser fra det planlagte skiftesystem: kør 'vagttjek diff PLANLAGT FAKTISK' for ændringerne pr. medarbejder og dem, der blev varslet for sent.\n  rec.14 Informer i god tid om skifteplanen og eventuelle afvigelser herfra: angiv --published DATO (den dag planen blev udleveret), så varslingen kontrolleres (plan.notice).\n"), da)
        // Not also among each employee's findings.
        XCTAssertFalse(da.contains("ADVARSEL rec."), da)
        XCTAssertTrue(da.contains("  FEJL     rest.reduced         lø 14-03 07:00–14-03 15:00  2 gange (grænse 1 gang) · linje 45\n"), da)
        XCTAssertTrue(da.contains("  ADVARSEL dayoff.sunday        ma 02-03 00:00–31-03 00:00  0 søndage (grænse 1 søndag)\n"), da)
        XCTAssertTrue(da.contains("  FEJL     pregnancy.fixed-night lø 28-03 23:00–29-03 07:00  linje 143\n           Nattevagten 28-03 23:00–29-03 07:00 ligger efter den konstaterede graviditet (25-03-2026), og medarbejderen arbejder fast nat. Flyt hende til dag- eller aftenvagter.\n"), da)
        // A night worker's facts under the name (item 4 of the night-work issue).
        XCTAssertTrue(da.contains("\nS01 (Hanne Vinther) · Hus Syd\n  Natarbejder, fast nat: 84 nattimer i 14 nattevagter, 112 t arbejdstid i perioden.\n  ADVARSEL isolation.no-daytime"), da)
        let en = vagttjek(["check", Self.roster, "--lang", "en"] + Self.options).out
        XCTAssertTrue(en.contains("\nS06 (Mette Åberg) · Hus Syd\n  Night worker: 25 night hours in 4 night shifts, 104 h of working time in the period.\n"), en)
        XCTAssertTrue(en.contains("  ERROR    rest.daily           Tue 10-03 07:00–10-03 15:00  8 h (limit 11 h) · line 150\n           The rest before the shift 10-03 07:00 is 8 h in the 24 h up to 10-03 15:00; 11 h required."), en)
        XCTAssertTrue(en.contains("Total: 8 errors, 45 warnings, 7 infos.\n\nFix first (8 errors for 7 employees, most first):\n  S02 (Ida Østergaard) · Hus Syd — 2 errors\n    pregnancy.fixed-night Sat 28-03 23:00: The night shift 28-03 23:00–29-03 07:00 falls after"), en)
        XCTAssertTrue(en.contains("\n  N03 (Camilla Friis) · Hus Nord — 1 error\n    rest.reduced Sat 14-03 07:00: The shift 14-03 07:00 is reduction no. 2"), en)
        XCTAssertTrue(en.contains("  rec.05 Avoid long working days\n         not met for 3 employees: N06 (16 times), S06 (1 time), S07 (1 time)\n"), en)
    }

    func testRedactLeavesNamesOut() {
        let out = vagttjek(["check", Self.roster, "--redact"] + Self.options).out
        XCTAssertTrue(out.contains("\nS03 · Hus Syd\n  FEJL"))
        XCTAssertFalse(out.contains("Jonas"))
    }

    func testJSONFollowsTheSchema() throws {
        let r = vagttjek(["check", Self.roster, "--format", "json"] + Self.options)
        XCTAssertEqual(r.code, 1)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        XCTAssertEqual(Set(object.keys), ["schema", "tool", "input", "summary", "findings", "employees", "units"])
        // Sol og vind: the night hours per FTE are shared least evenly in Hus Nord.
        let units = try XCTUnwrap(object["units"] as? [[String: Any]])
        XCTAssertEqual(units.map { $0["unit"] as? String }, ["Hus Nord", "Hus Syd"])
        let nord = try XCTUnwrap(units[0]["fairness"] as? [String: [String: Any]])
        XCTAssertEqual(nord["night"]?["median"] as? Double, 10.41)
        XCTAssertEqual(nord["night"]?["gini"] as? Double, 0.59)
        XCTAssertEqual(nord["night"]?["aboveMedian1_5"] as? [String], ["N05", "N07"])
        XCTAssertEqual(nord["weekend"]?["maxMinRatio"] as? Double, 3)
        XCTAssertEqual(object["schema"] as? String, "vagttjek.report/1")
        let tool = try XCTUnwrap(object["tool"] as? [String: Any])
        XCTAssertEqual(tool["name"] as? String, "vagttjek")
        XCTAssertEqual(tool["version"] as? String, "0.1.0")
        let input = try XCTUnwrap(object["input"] as? [String: Any])
        XCTAssertEqual(input["shifts"] as? Int, 233)
        XCTAssertEqual(input["employees"] as? Int, 15)
        XCTAssertEqual(input["periodStart"] as? String, "2026-03-02")
        XCTAssertEqual(input["periodEnd"] as? String, "2026-03-30")
        let summary = try XCTUnwrap(object["summary"] as? [String: Any])
        XCTAssertEqual(summary["errors"] as? Int, 8)
        XCTAssertEqual(summary["warnings"] as? Int, 45)
        XCTAssertEqual(summary["infos"] as? Int, 7)
        let byRule = try XCTUnwrap(summary["byRule"] as? [String: Int])
        XCTAssertEqual(byRule.count, RuleRegistry.all.count)
        XCTAssertEqual(byRule["rest.daily"], 2)
        XCTAssertEqual(byRule["rest.reduced"], 1)
        XCTAssertEqual(byRule["rec.04"], 11)
        XCTAssertEqual(byRule["rec.12"], 0)
        let findings = try XCTUnwrap(object["findings"] as? [[String: Any]])
        XCTAssertEqual(findings.count, 60)
        for f in findings {
            XCTAssertEqual(Set(f.keys), ["rule", "severity", "employee", "start", "end", "measured", "limit", "unit", "message", "source", "name", "department", "lines"])
        }
        let s03 = try XCTUnwrap(findings.first { $0["employee"] as? String == "S03" && $0["rule"] as? String == "rest.daily" })
        XCTAssertEqual(s03["measured"] as? Double, 8)
        XCTAssertEqual(s03["limit"] as? Double, 11)
        XCTAssertEqual(s03["start"] as? String, "2026-03-10T07:00:00+01:00")
        XCTAssertTrue((s03["source"] as? String ?? "").hasPrefix("Arbejdsmiljøloven § 50"))
        // Who and where, for HR: the name from --employees, the unit from the roster's column.
        XCTAssertEqual(s03["name"] as? String, "Jonas Dahl")
        XCTAssertEqual(s03["department"] as? String, "Hus Syd")
        XCTAssertTrue(findings.first?["name"] is NSNull)  // the plan notice names no one
        // The input lines of the rows a finding is about: S03's D shift, S07's two rows, none
        // for a stretch of more than five rows.
        XCTAssertEqual(s03["lines"] as? [Int], [150])
        let s07 = try XCTUnwrap(findings.first { $0["employee"] as? String == "S07" && $0["rule"] as? String == "data.double-booking" })
        // A recommendation's warning: N06's long days, the first as its interval, all counted.
        let n06 = try XCTUnwrap(findings.first { $0["employee"] as? String == "N06" && $0["rule"] as? String == "rec.05" })
        XCTAssertEqual(n06["measured"] as? Double, 16)
        XCTAssertEqual(n06["start"] as? String, "2026-03-02T07:00:00+01:00")
        XCTAssertEqual(n06["message"] as? String, "16 arbejdsdage over 10 t: 02-03 07:00, 03-03 07:00, 05-03 07:00, 06-03 07:00 og 12 mere; længst 12 t. Anbefaling 5: undgå lange arbejdsdage.")
        XCTAssertEqual(s07["lines"] as? [Int], [226, 227])
        XCTAssertEqual(findings.first { $0["rule"] as? String == "hours.weekly48" }?["lines"] as? [Int], [])
        let employees = try XCTUnwrap(object["employees"] as? [[String: Any]])
        XCTAssertEqual(employees.count, 15)
        // The night worker and senior S06: the health check due 1 September, five senior days.
        let s06 = try XCTUnwrap(employees.first { $0["employee"] as? String == "S06" })
        XCTAssertEqual(s06["nightWorkerBasis"] as? String, "projection")
        XCTAssertEqual(s06["nightShifts"] as? Int, 4)
        let health = try XCTUnwrap(s06["healthCheck"] as? [String: Any])
        XCTAssertEqual(health["status"] as? String, "due")
        XCTAssertEqual(health["lastCheck"] as? String, "2023-09-01")
        XCTAssertEqual(health["nextDue"] as? String, "2026-09-01")
        let senior = try XCTUnwrap((s06["seniorDays"] as? [[String: Any]])?.first)
        XCTAssertEqual(senior["year"] as? Int, 2026)
        XCTAssertEqual(senior["age"] as? Int, 63)
        XCTAssertEqual(senior["entitled"] as? Int, 5)
        XCTAssertEqual(senior["planned"] as? Int, 0)
        XCTAssertEqual(employees.last?["employee"] as? String, "S08")
        let s01 = try XCTUnwrap(employees.first { $0["employee"] as? String == "S01" })
        XCTAssertEqual(Set(s01.keys), Set(EmployeeField.allCases.map(\.rawValue)))
        XCTAssertEqual(Set(s01.keys), ["employee", "workHours", "nightHours", "nightShifts", "nightWorker", "nightWorkerBasis", "fixedNight", "healthCheck", "seniorDays", "fairness", "recommendations"])
        // The recommendations' figures: S01's four nights at most in a row, every weekend free,
        // a two-week cycle on 13 of 14 days; N03's two quick returns and backward rotations.
        XCTAssertEqual(
            s01["recommendations"] as? [String: Double],
            ["quickReturns": 0, "longestNightRun": 4, "freeWeekendPercent": 100, "backwardRotations": 0, "earlyStarts": 0, "longDays": 0,
             "regularityPercent": 92.86, "regularityCycleWeeks": 2])
        let n03 = try XCTUnwrap(employees.first { $0["employee"] as? String == "N03" }?["recommendations"] as? [String: Double])
        XCTAssertEqual(n03["quickReturns"], 2)
        XCTAssertEqual(n03["backwardRotations"], 2)
        XCTAssertEqual(n03["freeWeekendPercent"], 0)
        XCTAssertTrue(employees.last?["recommendations"] is NSNull)  // S08 has no shifts
        // Per unit: sums, the longest run, means of the shares, the share on fixed night (2 of 7).
        XCTAssertEqual(
            units[0]["recommendations"] as? [String: Double],
            ["employees": 7, "fixedNightPercent": 28.57, "quickReturns": 4, "longestNightRun": 4, "freeWeekendPercent": 14.29,
             "backwardRotations": 5, "earlyStarts": 0, "longDays": 16, "regularityPercent": 47.06])
        XCTAssertEqual(s01["workHours"] as? Double, 112)  // 14 nights of 8 h
        XCTAssertEqual(s01["nightHours"] as? Double, 84)  // 6 h (23–05) of each
        XCTAssertEqual(s01["nightWorker"] as? Bool, true)
        XCTAssertEqual(s01["fixedNight"] as? Bool, true)
        XCTAssertEqual((s01["healthCheck"] as? [String: Any])?["status"] as? String, "overdue")
        // Turning 58 in 2026: five senior days, one planned (Friday 13 March).
        let s01Senior = try XCTUnwrap((s01["seniorDays"] as? [[String: Any]])?.first)
        XCTAssertEqual(s01Senior["age"] as? Int, 58)
        XCTAssertEqual(s01Senior["entitled"] as? Int, 5)
        XCTAssertEqual(s01Senior["planned"] as? Int, 1)
    }

    func testOutputFile() throws {
        let scratch = try Scratch()
        let target = scratch.path("report.json")
        let r = vagttjek(["check", Self.roster, "--format", "json", "--output", target] + Self.options)
        XCTAssertEqual(r.code, 1)
        XCTAssertEqual(r.out, "")
        let written = try String(contentsOfFile: target, encoding: .utf8)
        XCTAssertEqual(written, vagttjek(["check", Self.roster, "--format", "json"] + Self.options).out)
    }

    func testSameOutputForOneOrTwoThreadsAndForShuffledRows() throws {
        let one = vagttjek(["check", Self.roster, "--format", "json", "--jobs", "1"] + Self.options).out
        let two = vagttjek(["check", Self.roster, "--format", "json", "--jobs", "2"] + Self.options).out
        let seven = vagttjek(["check", Self.roster, "--format", "json", "--jobs", "7"] + Self.options).out
        XCTAssertEqual(one, two)
        XCTAssertEqual(one, seven)
        // Rows reversed: the same report except the line numbers in the double-booking message.
        let text = try String(contentsOfFile: Self.roster, encoding: .utf8)
        var lines = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        let header = lines.removeFirst()
        let scratch = try Scratch()
        let reversed = try scratch.file("reversed.csv", ([header] + lines.reversed()).joined(separator: "\n") + "\n")
        let shuffled = vagttjek(["check", reversed, "--format", "csv", "--jobs", "2"] + Self.options)
        XCTAssertEqual(Self.keyColumns(shuffled.out), Self.expected)
    }

    func testBuiltBinaryOnTheSample() throws {
        // The executable next to the test bundle (built by `swift test` because the test target
        // depends on it).
        let bundleDir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [bundleDir.appendingPathComponent("vagttjek"), packageRoot.appendingPathComponent(".build/debug/vagttjek")]
        guard let binary = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            return XCTFail("vagttjek binary not found in \(candidates.map(\.path))")
        }
        func run(_ args: [String]) throws -> (Int32, String) {
            let p = Process()
            p.executableURL = binary
            p.arguments = args
            let pipe = Pipe()
            p.standardOutput = pipe
            p.standardError = FileHandle.nullDevice
            try p.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            p.waitUntilExit()
            return (p.terminationStatus, String(decoding: data, as: UTF8.self))
        }
        let (code, out) = try run(["check", Self.roster, "--format", "csv"] + Self.options)
        XCTAssertEqual(code, 1)
        XCTAssertEqual(Self.keyColumns(out), Self.expected)
        XCTAssertEqual(try run(["check", Self.clean] + Self.options).0, 0)
        XCTAssertEqual(try run(["check"]).0, 64)
        XCTAssertEqual(try run(["check", "/nonexistent.csv"]).0, 2)
    }
}

/// `rules`, `explain` and the README's rule table.
final class RuleDocumentationTests: XCTestCase {
    func testRulesListsEveryRuleWithItsSource() {
        let r = vagttjek("rules")
        XCTAssertEqual(r.code, 0)
        let lines = r.out.split(separator: "\n")
        XCTAssertEqual(lines.count, RuleRegistry.all.count * 2)
        XCTAssertEqual(String(lines[0]), "break.lunch          fejl     Frokostpause ved vagter på mindst 6 timer")
        XCTAssertEqual(String(vagttjek("rules", "--lang", "en").out.split(separator: "\n")[0]), "break.lunch          error    A lunch break on shifts of 6 hours or more")
    }

    func testExplainShowsSourceParametersAndExamples() {
        let r = vagttjek("explain", "rest.daily", "--lang", "en")
        XCTAssertEqual(r.code, 0)
        XCTAssertTrue(r.out.hasPrefix("rest.daily — Daily rest (11 hours) (error)\n\n"))
        XCTAssertTrue(r.out.contains("Source: Arbejdsmiljøloven § 50; BEK nr. 324 af 23/05/2002 om hvileperiode og fridøgn m.v., § 3; Socialpædagogerne: Den gode Arbejdsplads, 4. udg., afsnit «Lokalaftaler om arbejdstid»\n"))
        XCTAssertTrue(r.out.contains("  dailyRestHours = 11: rest required (hours) within every 24 hours (policy)\n"))
        XCTAssertTrue(r.out.contains("    → E1 2026-03-04 08:00–2026-03-04 16:00 10/11\n"))
    }

    /// Every test the README's table of input errors names exists.
    func testTheInputErrorTableNamesRealTests() throws {
        let readme = try String(contentsOf: packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        guard let start = readme.range(of: "### Input errors"), let end = readme.range(of: "## Rules", range: start.upperBound..<readme.endIndex)
        else { return XCTFail("README.md has no input-error table") }
        var sources = ""
        for dir in ["Tests/VagttjekCLITests", "Tests/VagttjekCoreTests"] {
            let url = packageRoot.appendingPathComponent(dir)
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path) where name.hasSuffix(".swift") {
                sources += try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
            }
        }
        var named = 0
        for part in readme[start.upperBound..<end.lowerBound].components(separatedBy: "`") where part.hasPrefix("test") {
            XCTAssertTrue(sources.contains("func \(part)("), "README names \(part), which no test defines")
            named += 1
        }
        XCTAssertGreaterThan(named, 30)
    }

    /// The README's rule table is generated from the registry; this keeps it from drifting.
    func testReadmeRuleTableMatchesTheRegistry() throws {
        let readme = try String(contentsOf: packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        for rule in RuleRegistry.all {
            let d = rule.description
            let row = "| `\(d.id)` | \(d.severity.rawValue) | \(d.title.da) | \(d.source) |"
            XCTAssertTrue(readme.contains(row), "README.md lacks the row: \(row)")
        }
        let rows = readme.split(separator: "\n").filter { $0.hasPrefix("| `") && $0.contains("` | error |") || $0.hasPrefix("| `") && $0.contains("` | warning |") || $0.hasPrefix("| `") && $0.contains("` | info |") }
        XCTAssertEqual(rows.count, RuleRegistry.all.count, "README.md lists rules that the registry does not have")
    }
}

/// `vagttjek generate`: deterministic, realistic, and clean when asked for no breaches.
final class GenerateTests: XCTestCase {
    func testSameSeedGivesTheSameBytesAndAnotherSeedDoesNot() {
        let a = vagttjek("generate", "--employees", "30", "--weeks", "8", "--seed", "7")
        let b = vagttjek("generate", "--employees", "30", "--weeks", "8", "--seed", "7")
        let c = vagttjek("generate", "--employees", "30", "--weeks", "8", "--seed", "8")
        XCTAssertEqual(a.code, 0)
        XCTAssertEqual(a.out, b.out)
        XCTAssertNotEqual(a.out, c.out)
        XCTAssertTrue(a.out.hasPrefix("employee,start,end,kind,label,unit\nM000000,2026-01-0"))
    }

    func testGeneratedRosterReadsBackAndHasNoBreachesWithoutViolations() throws {
        let scratch = try Scratch()
        let roster = scratch.path("g.csv"), employees = scratch.path("e.csv")
        // Weeks 10–20 of 2026: no DST change inside (the generator plans in wall-clock time, so
        // rest across the spring change is one real hour short, a breach the checker reports).
        let r = vagttjek("generate", "--employees", "60", "--weeks", "10", "--start", "2026-04-06", "--violations", "0", "--output", roster, "--employees-output", employees)
        XCTAssertEqual(r.code, 0, r.err)
        let check = vagttjek("check", roster, "--employees", employees, "--format", "csv")
        XCTAssertEqual(check.err, "")
        // Nothing but facts: the notice not checked, and the fixed night workers' health checks
        // (the generated employees file has no health-check column, so the dates are unknown).
        let findings = SampleRosterTests.keyColumns(check.out)
        XCTAssertEqual(findings.first, "plan.notice,info,,2026-04-06T00:00:00+02:00,2026-06-16T00:00:00+02:00,,28,days")
        // … and the fixed night workers' isolation warnings (no daytime work): facts about people,
        // not breaches of the plan.
        // The recommendations for shift work are advice on the plan's shape (long days, backward
        // rotations), not breaches: the generator makes no breaches, not an ideal plan.
        XCTAssertEqual(
            findings.dropFirst().filter {
                !$0.hasPrefix("night.health-check,info,") && !$0.hasPrefix("isolation.no-daytime,warning,") && !$0.hasPrefix("rec.")
            }, [])
        XCTAssertTrue(findings.filter { $0.hasPrefix("rec.") }.allSatisfy { $0.split(separator: ",")[1] == "warning" })
        XCTAssertGreaterThan(findings.count, 1)
        XCTAssertEqual(check.code, 0)
        // With breaches asked for, every rest and day-off rule finds some.
        let bent = scratch.path("b.csv")
        XCTAssertEqual(vagttjek("generate", "--employees", "60", "--weeks", "10", "--violations", "0.2", "--output", bent).code, 0)
        let found = Set(SampleRosterTests.keyColumns(vagttjek("check", bent, "--format", "csv").out).map { $0.split(separator: ",")[0] })
        XCTAssertTrue(found.isSuperset(of: ["rest.daily", "dayoff.weekly", "data.double-booking"]), "\(found)")
    }

    func testGenerateUsageErrors() {
        XCTAssertEqual(vagttjek("generate", "--weeks", "4").err, "vagttjek: 'generate' kræver --employees.\n")
        XCTAssertEqual(vagttjek("generate", "--employees", "0", "--weeks", "4").err, "vagttjek: --employees skal være et helt tal i 1–1000000 (fik '0').\n")
        XCTAssertEqual(vagttjek("generate", "--employees", "5", "--weeks", "4", "--violations", "2").code, 64)
    }
}
