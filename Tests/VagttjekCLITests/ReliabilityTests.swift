import XCTest

@testable import VagttjekCLI
@testable import VagttjekCore
import Foundation

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
        XCTAssertEqual(r.err, "\(a):1: written: 1e+19 skal være true eller false (eller \"ja\" / \"nej\")\n")
    }

    func testStreamsThatAreNotTextOrNeverEndAreRefusedEarly() throws {
        for device in ["/dev/zero", "/dev/urandom"] where FileManager.default.fileExists(atPath: device) {
            let r = vagttjek("check", device)
            XCTAssertEqual(r.code, 2)
            XCTAssertEqual(r.err, "\(device): er ikke en tekstfil (indeholder NUL-bytes); forventede CSV\n")
        }
        let big = try scratch.file("big.csv", "employee,start,end\n" + String(repeating: "E1,2026-03-02 07:00,2026-03-02 15:00\n", count: 40_000))
        var cli = CLI()
        cli.console.readLimits.maxInputBytes = 1 << 20
        XCTAssertEqual(cli.run(["check", big]), .invalidInput)
        XCTAssertEqual(cli.stderr, "\(big): er større end 1 MiB, det største vagttjek læser; del filen op\n")
    }

    func testEchoedValuesAreCutAndControlCharactersEscaped() throws {
        // A 20,000-character header is not echoed whole; a control character in a value is shown escaped.
        let header = String(repeating: "x", count: 20_000)
        let f = try scratch.file("h.csv", "\(header),start,end\nE1,2026-03-02 07:00,2026-03-02 15:00\n")
        let r = vagttjek("check", f)
        XCTAssertEqual(r.code, 2)
        XCTAssertLessThan(r.err.count, 400)
        XCTAssertTrue(r.err.hasPrefix("\(f):1: mangler den påkrævede kolonne employee / medarbejder / medarbejdernr; overskriften er: \(String(repeating: "x", count: 60))…,start,end"), r.err)
        var rows = "employee,start,end,kind\nE1,2026-03-02 07:00,2026-03-02 15:00,\"w\u{1B}[2J\nINJECTED: 0 fejl\"\n"
        for d in 10...12 { for e in 1...10 { rows += "P\(e),2026-03-\(d) 07:00,2026-03-\(d) 15:00,work\n" } }  // a text file
        let kind = try scratch.file("k.csv", rows)
        let k = vagttjek("check", kind)
        XCTAssertEqual(
            k.err,
            "\(kind):2:38: ukendt type «w\\x1b[2J\\nINJECTED: 0 fejl»; forventede en af: work, oncall-workplace, oncall-home, callout, course, vacation, sick, timeoff, seniorday, leave, dayoff (eller et dansk alias); eksportens egne navne kan oversættes med --kinds\n")
    }

    func testIdsAreShownEscapedInTheTextReport() throws {
        var csv = "employee,start,end\n\"E1\u{1B}[2J\",2026-03-02 15:00,2026-03-02 23:00\n\"E1\u{1B}[2J\",2026-03-03 07:00,2026-03-03 15:00\n"
        for d in 10...28 { for e in 1...30 { csv += "P\(e),2026-03-\(d) 07:00,2026-03-\(d) 15:00\n" } }  // enough text to pass the text check
        let f = try scratch.file("ids.csv", csv)
        let r = vagttjek("check", f)
        XCTAssertEqual(r.code, 1)
        XCTAssertTrue(r.out.contains("\nE1\\x1b[2J\n  FEJL     rest.daily"), r.out)
        XCTAssertFalse(r.out.contains("\u{1B}"))
    }

    func testRedactLeavesSensitiveValuesOutOfErrorsToo() throws {
        let employees = try scratch.file("e.csv", "employee,pregnancy_confirmed\nN01,gravid-siden-maj\n")
        let roster = sample("bosted-solsikken-marts-2026.csv")
        XCTAssertEqual(
            vagttjek("check", roster, "--employees", employees, "--redact").err,
            "\(employees):2:5: pregnancy_confirmed (udeladt/redacted) er ikke en dato; forventede ÅÅÅÅ-MM-DD eller DD-MM-ÅÅÅÅ (også D.M.ÅÅÅÅ)\n")
        XCTAssertEqual(
            vagttjek("check", roster, "--employees", employees).err,
            "\(employees):2:5: pregnancy_confirmed «gravid-siden-maj» er ikke en dato; forventede ÅÅÅÅ-MM-DD eller DD-MM-ÅÅÅÅ (også D.M.ÅÅÅÅ)\n")
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

/// The CSV report opened in Excel must not run a value from the roster as a formula.
final class CSVInjectionTests: XCTestCase {
    func testAnIdThatLooksLikeAFormulaIsWrittenAsText() throws {
        let scratch = try Scratch()
        let f = try scratch.file(
            "f.csv", "employee,start,end\n\"=HYPERLINK(\"\"http://x\"\")\",2026-03-02 15:00,2026-03-02 23:00\n\"=HYPERLINK(\"\"http://x\"\")\",2026-03-03 07:00,2026-03-03 15:00\n")
        let r = vagttjek("check", f, "--format", "csv")
        XCTAssertEqual(r.code, 1)
        let row = try XCTUnwrap(r.out.split(separator: "\n").first { $0.hasPrefix("rest.daily,") })
        XCTAssertTrue(row.hasPrefix("rest.daily,error,\"'=HYPERLINK(\"\"http://x\"\")\",2026-03-03T07:00:00+01:00"), String(row))
    }
}

/// `--format csv-excel`: opens in Danish Excel with a double click (BOM, `;`, decimal comma,
/// dates Excel reads, Danish headers), ids that look like formulas neutralised as in `csv`.
final class ExcelCSVTests: XCTestCase {
    func testTheExcelReportIsWhatDanishExcelReads() throws {
        let scratch = try Scratch()
        let f = try scratch.file(
            "x.csv", "employee,navn,start,end\n=cmd,@Mallory,2026-03-02 07:00,2026-03-02 15:30\n=cmd,@Mallory,2026-03-03 00:00,2026-03-03 07:00\n")
        let r = vagttjek("check", f, "--format", "csv-excel", "--published", "2026-01-01")
        XCTAssertEqual(r.code, 1, r.err)
        XCTAssertTrue(r.out.hasPrefix("\u{FEFF}regel;alvorlighed;medarbejder;start;slut;målt;grænse;måleenhed;besked;kilde;navn;afdeling;linjer\r\n"), r.out)
        let rows = r.out.components(separatedBy: "\r\n")
        XCTAssertEqual(rows.count, 6)  // header, four findings (one the quick return, rec.03), and the empty text after the last CRLF
        XCTAssertEqual(rows.last, "")
        XCTAssertEqual(
            rows[3],
            "rec.03;advarsel;'=cmd;02-03-2026 15:30;03-03-2026 00:00;1;0;antal;\"1 kort interval mellem vagter (hvile under 11 t) fra 02-03 15:30; kortest 8,5 t. "
                + "Anbefaling 3: undgå korte intervaller mellem to vagter.\";\"Socialpædagogerne: Den gode Arbejdsplads, 4. udg., afsnit «Arbejdsmiljø og sundhed», anbefaling 3; "
                + "Rammeaftalen om decentrale arbejdstidsaftaler, bilaget med 14 anbefalinger om skiftearbejde, anbefaling 3\";'@Mallory;;")
        XCTAssertEqual(
            rows[4],
            "rest.daily;fejl;'=cmd;03-03-2026 00:00;03-03-2026 07:00;8,5;11;timer;\"Hvilen før vagten 03-03 00:00 er 8,5 t i døgnet op til 03-03 07:00; kræver 11 t. "
                + "Flyt vagten til tidligst 03-03 02:30 eller afkort den forrige. Nedsat hviletid (ned til 8 t) kræver en skriftlig lokalaftale.\";"
                + "\"Arbejdsmiljøloven § 50; BEK nr. 324 af 23/05/2002 om hvileperiode og fridøgn m.v., § 3; Socialpædagogerne: Den gode Arbejdsplads, 4. udg., afsnit «Lokalaftaler om arbejdstid»\";'@Mallory;;3")
        // English headers with --lang en; the same bytes whatever the thread count.
        let en = vagttjek("check", f, "--format", "csv-excel", "--published", "2026-01-01", "--lang", "en")
        XCTAssertTrue(en.out.hasPrefix("\u{FEFF}rule;severity;employee;start;end;measured;limit;unitOfMeasure;message;source;name;department;lines\r\n"))
        XCTAssertTrue(en.out.contains("\r\nrest.daily;error;'=cmd;03-03-2026 00:00;03-03-2026 07:00;8,5;11;hours;\"The rest before"), en.out)
        XCTAssertEqual(vagttjek("check", f, "--format", "csv-excel", "--published", "2026-01-01", "--jobs", "1").out, r.out)
    }
}

/// Output safety in every format a person reads: control and bidi characters shown as escapes,
/// formula look-alikes neutralised (issue 32). Before, `--format csv` wrote an id's raw
/// `ESC ] 0 ; … BEL`, U+202E passed raw into text and HTML (an id shown reversed), and
/// `csv-excel` put no `'` before fullwidth `＝` or before `=` led by a no-break space.
final class OutputSafetyTests: XCTestCase {
    /// E1's quick return with `value` as their name and unit (ids are folded, so a name and a
    /// unit carry what an input may hold), and enough plain rows to be read as text.
    func roster(_ value: String) throws -> (Scratch, String) {
        let scratch = try Scratch()
        var csv = "employee,start,end,unit,name\nE1,2026-03-02 15:00,2026-03-02 23:00,\"\(value)\",\"\(value)\"\nE1,2026-03-03 07:00,2026-03-03 15:00,\"\(value)\",\n"
        for k in 1...40 { csv += "P\(k),2026-03-10 07:00,2026-03-10 15:00,Hus,\n" }
        return (scratch, try scratch.file("r.csv", csv))
    }

    func testControlAndBidiCharactersAreShownAsEscapesInEveryFormatAPersonReads() throws {
        for (id, shown) in [("A\u{1B}]0;owned\u{07}", "A\\x1b]0;owned\\x07"), ("Hus\u{202E}Nord", "Hus\\u{202E}Nord"), ("Hus\u{2067}Syd", "Hus\\u{2067}Syd")] {
            let (scratch, f) = try roster(id)
            _ = scratch
            for format in ["text", "csv", "csv-excel", "html"] {
                let out = vagttjek("check", f, "--format", format, "--rule", "rest.daily").out
                XCTAssertTrue(out.contains(shown), "\(format): \(out.prefix(400))")
                XCTAssertFalse(out.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n" && $0 != "\r" && $0 != "\t") || isBidiControl($0) }, format)
            }
            // JSON is for programs: the id is the id, escaped as JSON escapes it.
            let json = vagttjek("check", f, "--format", "json", "--rule", "rest.daily").out
            XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(json.utf8)))
        }
    }

    func testFormulaLookAlikesGetTheLeadingQuote() throws {
        for id in ["\u{FF1D}1+1", "\u{00A0}=1+1", "\u{200B}=1+1", "\u{FEFF}+1", "@SUM(A1)", "\u{FF0D}5"] {
            XCTAssertTrue(CSVCell.looksLikeFormula(id), id)
        }
        for id in ["E1", "M-1", "Anne", "1=1"] { XCTAssertFalse(CSVCell.looksLikeFormula(id), id) }
        let (scratch, f) = try roster("\u{FF1D}HYPERLINK(1)")
        _ = scratch
        let out = vagttjek("check", f, "--format", "csv-excel", "--rule", "rest.daily").out
        XCTAssertTrue(out.contains(";'\u{FF1D}HYPERLINK(1);'\u{FF1D}HYPERLINK(1);3\r\n"), out)
    }
}

/// `--redact` leaves the sensitive columns' values and what follows from them out of every
/// format, keeping the findings (issue 32). Before, the pregnancy confirmation date and the last
/// health check stood in the sentences, and JSON carried `healthCheck.lastCheck` and
/// `seniorDays.age`.
final class RedactTests: XCTestCase {
    func testARedactedReportHoldsNoDatesOfHealthOrBirthAndNoAges() throws {
        let options = [sample("bosted-solsikken-marts-2026.csv"), "--employees", sample("employees.csv"), "--redact"]
        let dates = ["2024-05-10", "10-05-2024", "2022-11-20", "20-11-2022", "2025-01-15", "15-01-2025", "10-05-2027", "20-11-2025",
                     "1966-06-21", "1968-12-01", "1963-03-03", "01-12-1968"]
        for format in ["text", "json", "csv", "csv-excel", "html"] {
            for language in ["da", "en"] {
                let r = vagttjek(["check"] + options + ["--format", format, "--lang", language])
                XCTAssertEqual(r.code, 1, r.err)
                for d in dates { XCTAssertFalse(r.out.contains(d), "\(format) \(language): \(d)") }
                for phrase in ["graviditet konstateret", "pregnancy confirmed", "Seneste kontrol", "Last check", "fylder 6", "turns 6", "Medarbejderen er 6", "is 6"] {
                    XCTAssertFalse(r.out.contains(phrase), "\(format) \(language): \(phrase)")
                }
                // The findings themselves stay.
                XCTAssertTrue(r.out.contains("pregnancy.fixed-night") && r.out.contains("night.health-check") && r.out.contains("senior.shift-pattern"), format)
            }
        }
        let json = vagttjek(["check"] + options + ["--format", "json"]).out
        XCTAssertFalse(json.contains("\"lastCheck\": \"") || json.contains("\"nextDue\": \"") || json.contains("\"age\": 5") || json.contains("\"age\": 6"), json)
        XCTAssertTrue(json.contains("\"lastCheck\": null, \"nextDue\": null, \"status\": \"overdue\""), json)
        // Without --redact they are there, as the planner needs them.
        let plain = vagttjek("check", sample("bosted-solsikken-marts-2026.csv"), "--employees", sample("employees.csv")).out
        XCTAssertTrue(plain.contains("Seneste kontrol 20-11-2022 er for gammel"), plain)
    }
}
