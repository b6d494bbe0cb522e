import XCTest

@testable import VagttjekCLI
import VagttjekCore

/// Every kind of bad input: exit code 2, the exact message naming file, line, column, value and
/// what was expected, and nothing silently dropped.
final class BadInputTests: XCTestCase {
    var scratch: Scratch!

    override func setUpWithError() throws { scratch = try Scratch() }
    override func tearDown() { scratch = nil }

    func assertInputError(_ args: [String], _ expected: [String], file: StaticString = #filePath, line: UInt = #line) {
        let r = vagttjek(args)
        XCTAssertEqual(r.code, 2, r.err, file: file, line: line)
        XCTAssertEqual(r.out, "", file: file, line: line)
        XCTAssertEqual(r.err, expected.map { $0 + "\n" }.joined(), file: file, line: line)
    }

    func testEmptyFile() throws {
        let f = try scratch.file("empty.csv", "")
        assertInputError(["check", f], ["\(f):1: filen er tom; forventede en overskriftsrække med employee,start,end"])
    }

    func testHeaderOnly() throws {
        let f = try scratch.file("header.csv", "employee,start,end\n")
        assertInputError(["check", f], ["\(f):1: ingen vagter: filen har kun en overskriftsrække"])
    }

    func testMissingRequiredColumn() throws {
        let f = try scratch.file("nocol.csv", "employee,start\nE1,2026-03-02 07:00\n")
        assertInputError(
            ["check", f],
            ["\(f):1: mangler den påkrævede kolonne end / slut / til / sluttid / end time; overskriften er: employee,start. Hedder den noget andet, så brug --columns end=Overskrift"])
    }

    func testUnknownKind() throws {
        let f = try scratch.file("kind.csv", "employee,start,end,kind\nE1,2026-03-02 07:00,2026-03-02 15:00,vagtx\n")
        assertInputError(
            ["check", f],
            ["\(f):2:38: ukendt type «vagtx»; forventede en af: work, oncall-workplace, oncall-home, callout, course, vacation, sick, timeoff, seniorday, leave, dayoff (eller et dansk alias); eksportens egne navne kan oversættes med --kinds"])
    }

    func testFebruary30th() throws {
        let f = try scratch.file("feb30.csv", "employee,start,end\nE1,2026-02-30 07:00,2026-03-01 15:00\n")
        assertInputError(["check", f], ["\(f):2:4: «2026-02-30 07:00» er ikke en gyldig dato: februar 2026 har 28 dage, ikke 30"])
    }

    func testFebruary30thInEnglish() throws {
        let f = try scratch.file("feb30.csv", "employee,start,end\nE1,2026-02-30 07:00,2026-03-01 15:00\n")
        assertInputError(["check", f, "--lang", "en"], ["\(f):2:4: «2026-02-30 07:00» is not a valid date: February 2026 has 28 days, not 30"])
    }

    func testEndNotAfterStart() throws {
        let f = try scratch.file("order.csv", "employee,start,end\nE1,2026-03-02 15:00,2026-03-02 07:00\nE1,2026-03-03 07:00,2026-03-03 07:00\n")
        assertInputError(
            ["check", f],
            [
                "\(f):2:21: slut «2026-03-02 07:00» ligger ikke efter start «2026-03-02 15:00»",
                "\(f):3:21: slut «2026-03-03 07:00» ligger ikke efter start «2026-03-03 07:00»",
            ])
    }

    func testNonExistentSummerTime() throws {
        let f = try scratch.file("dst.csv", "employee,start,end\nE1,2026-03-29 02:30,2026-03-29 10:00\n")
        assertInputError(
            ["check", f],
            ["\(f):2:4: «2026-03-29 02:30» findes ikke i dansk tid: sommertiden begynder, og uret springer fra 02:00 til 03:00"])
    }

    func testAmbiguousAutumnTimeIsReadAsFirstWithANotice() throws {
        let f = try scratch.file("amb.csv", "employee,start,end\nE1,2026-10-25 02:30,2026-10-25 10:00\n")
        let r = vagttjek("check", f, "--format", "csv")
        XCTAssertEqual(r.code, 0)
        XCTAssertEqual(
            r.err,
            "\(f):2:4: bemærk: «2026-10-25 02:30» forekommer to gange (sommertiden slutter); læst som første gang (+02:00). Angiv +01:00 for anden gang\n"
                + shortPeriodNotice(f, days: 1))
        // 02:30+02:00 → 10:00+01:00 is 8.5 real hours; the employee summary shows it.
        let json = vagttjek("check", f, "--format", "json").out
        XCTAssertTrue(json.contains("\"workHours\": 8.5,"), json)
    }

    func testDuplicateEmployeeID() throws {
        let roster = try scratch.file("r.csv", "employee,start,end\nE1,2026-03-02 07:00,2026-03-02 15:00\n")
        let employees = try scratch.file("e.csv", "employee,name\nE1,A\nE2,B\nE1,C\n")
        assertInputError(["check", roster, "--employees", employees], ["\(employees):4:1: medarbejderen «E1» står to gange (også på linje 2)"])
    }

    func testPolicyWithUnknownKey() throws {
        let roster = try scratch.file("r.csv", "employee,start,end\nE1,2026-03-02 07:00,2026-03-02 15:00\n")
        let policy = try scratch.file("p.json", "{\n  \"profile\": \"kl\",\n  \"legacyOnCalAsRest\": true\n}\n")
        assertInputError(
            ["check", roster, "--policy", policy],
            // The known keys are the table of settings (a new setting must not need this test edited).
            ["\(policy):3: ukendt nøgle «legacyOnCalAsRest»; kendte nøgler: \(Policy.keys.joined(separator: ", "))"])
        XCTAssertEqual(Array(Policy.keys.prefix(4)), ["profile", "language", "dailyRestHours", "weeklyRestHours"])
    }

    func testAnUnknownMealBreakArrangementNamesTheWords() throws {
        let roster = try scratch.file("r.csv", "employee,start,end\nE1,2026-03-02 07:00,2026-03-02 15:00\n")
        let policy = try scratch.file("p.json", "{\n  \"mealBreakOnDuty\": \"somme tider\"\n}\n")
        assertInputError(
            ["check", roster, "--policy", policy],
            ["\(policy):2: mealBreakOnDuty: «somme tider» er ukendt; forventede none, night eller all (ingen, nat, alle)"])
    }

    func testPolicyWithAnUnlawfulNightPeriod() throws {
        let roster = try scratch.file("r.csv", "employee,start,end\nE1,2026-03-02 07:00,2026-03-02 15:00\n")
        let short = try scratch.file("p1.json", "{\n  \"nightPeriod\": {\"from\": \"23:00\", \"to\": \"05:00\"}\n}\n")
        assertInputError(
            ["check", roster, "--policy", short],
            ["\(short):2: nightPeriod.from: natperioden 23:00–05:00 er ikke lovlig: den skal vare mindst 7 timer og omfatte 00:00–05:00"])
        let late = try scratch.file("p2.json", "{\"nightPeriod\": {\"from\": \"01:00\", \"to\": \"08:00\"}}")
        assertInputError(
            ["check", roster, "--policy", late],
            ["\(late):1: nightPeriod.from: natperioden 01:00–08:00 er ikke lovlig: den skal vare mindst 7 timer og omfatte 00:00–05:00"])
    }

    func testPolicyBelowTheLaw() throws {
        let roster = try scratch.file("r.csv", "employee,start,end\nE1,2026-03-02 07:00,2026-03-02 15:00\n")
        let policy = try scratch.file("p.json", "{\"dailyRestHours\": 10, \"legacyOnCallAsRest\": \"måske\"}")
        assertInputError(
            ["check", roster, "--policy", policy],
            [
                "\(policy):1: dailyRestHours: 10 er uden for det tilladte 11–24 (loven)",
                "\(policy):1: legacyOnCallAsRest: \"måske\" skal være true eller false (eller \"ja\" / \"nej\")",
            ])
    }

    func testAgreementsOutsideTheLawsBounds() throws {
        let roster = try scratch.file("r.csv", "employee,start,end\nE1,2026-03-02 07:00,2026-03-02 15:00\n")
        let seven = try scratch.file("a7.json", "{\"id\": \"X\", \"kind\": \"rest-reduction\",\n \"parameters\": {\"minRestHours\": 7}}\n")
        let thirteen = try scratch.file("a13.json", "{\"id\": \"Y\", \"kind\": \"dayoff-postponement\",\n \"parameters\": {\"maxDaysBetweenDaysOff\": 13}}\n")
        assertInputError(
            ["check", roster, "--agreement", seven, "--agreement", thirteen],
            [
                "\(seven):2: parameters.minRestHours: 7 er uden for det tilladte 8–11 (hviletiden må højst nedsættes til 8 timer)",
                "\(thirteen):2: parameters.maxDaysBetweenDaysOff: 13 er uden for det tilladte 6–12 (fridøgnet kan højst udskydes til 12 døgn)",
            ])
    }

    func testAgreementWithInvalidJSON() throws {
        let roster = try scratch.file("r.csv", "employee,start,end\nE1,2026-03-02 07:00,2026-03-02 15:00\n")
        let broken = try scratch.file("a.json", "{\"id\": \"X\",\n \"kind\": \"rest-reduction\"\n \"scope\": {}}")
        assertInputError(["check", roster, "--agreement", broken], ["\(broken):3: ugyldig JSON: forventede ',' eller '}'"])
        assertInputError(["check", roster, "--agreement", broken, "--lang", "en"], ["\(broken):3: invalid JSON: expected ',' or '}'"])
    }

    func testFileThatDoesNotExist() {
        let f = scratch.path("nope.csv")
        assertInputError(["check", f], ["\(f): filen findes ikke (eller kan ikke læses)"])
    }

    func testDirectoryGivenAsFile() {
        assertInputError(["check", scratch.url.path], ["\(scratch.url.path): er en mappe; forventede en fil"])
    }

    func testBinaryGarbage() throws {
        // A PNG header and deterministic noise.
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]
        var x: UInt32 = 12345
        for _ in 0..<2000 { x = x &* 1_103_515_245 &+ 12345; bytes.append(UInt8(truncatingIfNeeded: x >> 16)) }
        let f = try scratch.file("garbage.bin", bytes: bytes)
        assertInputError(["check", f], ["\(f): er ikke en tekstfil (indeholder NUL-bytes); forventede CSV"])
        let controls = try scratch.file("controls.csv", bytes: [UInt8](repeating: 0x01, count: 100) + Array("a,b\n".utf8))
        assertInputError(["check", controls], ["\(controls): er ikke en tekstfil (100 kontroltegn); forventede CSV"])
    }

    func testSeveralBadLinesAreAllListed() throws {
        let f = try scratch.file(
            "many.csv",
            "employee,start,end\nE1,2026-03-02 07:00,2026-03-02 15:00\nE1,x,2026-03-02 15:00\nE2,2026-03-02 07:00,\nE3,2026-13-01 07:00,2026-03-02 15:00\n,2026-03-02 07:00,2026-03-02 15:00\nE4,2026-03-02 07:00\n")
        assertInputError(
            ["check", f],
            [
                "\(f):3:4: ugyldigt tidspunkt «x»; forventede ÅÅÅÅ-MM-DD TT:MM (eller DD-MM-ÅÅÅÅ TT:MM, DD.MM.ÅÅÅÅ TT.MM)",
                "\(f):4:21: slut mangler; forventede ÅÅÅÅ-MM-DD TT:MM (eller DD-MM-ÅÅÅÅ TT:MM, DD.MM.ÅÅÅÅ TT.MM)",
                "\(f):5:4: «2026-13-01 07:00» er ikke en gyldig dato: måned 13 findes ikke (1–12)",
                "\(f):6:1: medarbejder mangler",
                "\(f):7: rækken har 2 felter; overskriften har 3",
            ])
    }

    func testErrorsAreCappedAt50() throws {
        var csv = "employee,start,end\n"
        // 60 distinct bad values, each on two rows: 50 lines, then the 20 errors left.
        for i in 0..<120 {
            let v = i % 60, day = v % 30 + 1
            csv += "E\(i),2026-03-\(day < 10 ? "0" : "")\(day) \(25 + v / 30):00,2026-03-02 15:00\n"
        }
        let f = try scratch.file("cap.csv", csv)
        let r = vagttjek("check", f)
        XCTAssertEqual(r.code, 2)
        let lines = r.err.split(separator: "\n")
        XCTAssertEqual(lines.count, 51)
        XCTAssertEqual(lines.first.map(String.init), "\(f):2:4: «2026-03-01 25:00» har et ugyldigt klokkeslæt 25:00 (00:00–23:59, eller 24:00) (samme fejl på 1 linje mere: 62)")
        XCTAssertEqual(lines.last, "… og 20 fejl mere")
    }

    /// The same error on many rows (an unknown kind in every row of an export) is one line that
    /// counts and names the others; the cap of 50 counts those lines.
    func testAnErrorRepeatedOnManyRowsIsListedOnce() throws {
        var csv = "employee,start,end,kind\n"
        for i in 0..<100 { csv += "E\(i),2026-03-02 07:00,2026-03-02 15:00,Rådighed\n" }
        for i in 0..<55 { csv += "E\(i),2026-03-02 07:\(i < 10 ? "0" : "")\(i)x,2026-03-02 15:00,work\n" }
        let f = try scratch.file("many.csv", csv)
        let r = vagttjek("check", f)
        XCTAssertEqual(r.code, 2)
        let lines = r.err.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 51)
        XCTAssertTrue(
            lines[0].hasPrefix("\(f):2:38: ukendt type «Rådighed»; forventede en af: "), lines[0])
        XCTAssertTrue(
            lines[0].hasSuffix("eksportens egne navne kan oversættes med --kinds (samme fejl på 99 linjer mere: 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, …)"),
            lines[0])
        XCTAssertEqual(lines[50], "… og 6 fejl mere")
    }

    func testSkipInvalidReportsSkipsAndStillExits2UnlessAllowed() throws {
        let f = try scratch.file("skip.csv", "employee,start,end\nE1,2026-03-02 07:00,2026-03-02 21:00\nE1,x,2026-03-02 15:00\n")
        let skipped = vagttjek("check", f, "--skip-invalid", "--format", "csv")
        XCTAssertEqual(skipped.code, 2)
        XCTAssertEqual(
            skipped.err,
            "\(f):3:4: ugyldigt tidspunkt «x»; forventede ÅÅÅÅ-MM-DD TT:MM (eller DD-MM-ÅÅÅÅ TT:MM, DD.MM.ÅÅÅÅ TT.MM)\nvagttjek: \(f): 1 ugyldig række sprunget over; 1 vagt læst af 2 datalinjer.\n"
                + shortPeriodNotice(f, days: 1))
        XCTAssertTrue(skipped.out.contains("rest.daily,error,E1,2026-03-02T07:00:00+01:00,2026-03-02T21:00:00+01:00,10,11,h,"))
        let allowed = vagttjek("check", f, "--skip-invalid", "--allow-invalid", "--format", "csv")
        XCTAssertEqual(allowed.code, 1)
    }

    func testUnterminatedQuote() throws {
        let f = try scratch.file("q.csv", "employee,start,end\n\"E1,2026-03-02 07:00,2026-03-02 15:00\n")
        assertInputError(["check", f], ["\(f):2:1: anførselstegnet her lukkes aldrig, så resten af filen ville blive ét felt; luk eller fjern det"])
    }

    func testUnknownTag() throws {
        let f = try scratch.file("t.csv", "employee,start,end,tags\nE1,2026-03-02 07:00,2026-03-02 15:00,alene;tunge\n")
        assertInputError(["check", f], ["\(f):2:38: ukendt mærke «tunge» i tags; forventede alone (alene) eller heavy (tung)"])
    }

    /// With --format json a program reading stdout gets the input errors as JSON too (every
    /// one, not capped); stderr lists them as always, and the exit code stays 2.
    func testJSONFormatWritesTheInputErrorsOnStdout() throws {
        let f = try scratch.file("j.csv", "employee,start,end\nE1,2026-03-0x 07:00,2026-03-02 15:00\n,2026-03-03 07:00,2026-03-03 15:00\n")
        let r = vagttjek("check", f, "--format", "json", "--lang", "en")
        XCTAssertEqual(r.code, 2)
        XCTAssertEqual(
            r.err,
            "\(f):2:4: invalid time «2026-03-0x 07:00»; expected YYYY-MM-DD HH:MM (or DD-MM-YYYY HH:MM, DD.MM.YYYY HH.MM)\n\(f):3:1: employee is missing\n")
        let doc = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        XCTAssertEqual(doc["schema"] as? String, "vagttjek.input-errors/1")
        XCTAssertEqual(doc["count"] as? Int, 2)
        let errors = try XCTUnwrap(doc["inputErrors"] as? [[String: Any]])
        XCTAssertEqual(errors.map { "\($0["file"] as? String ?? "?"):\($0["line"] as? Int ?? -1):\($0["column"] as? Int ?? -1): \($0["message"] as? String ?? "?")\n" }.joined(), r.err)
        // Text and CSV keep stdout empty; --output is left alone.
        XCTAssertEqual(vagttjek("check", f, "--format", "csv").out, "")
        // With --output the file is left alone and stdout holds the document, as the README says.
        let out = scratch.url.appendingPathComponent("report.json").path
        let withOutput = vagttjek("check", f, "--format", "json", "--output", out, "--lang", "en")
        XCTAssertEqual(withOutput.code, 2)
        XCTAssertEqual(withOutput.out, r.out)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out))
    }

    /// Past 10,000 errors the rows in error are counted, not kept (issue 32: 10 MB of bad lines
    /// held 1.9 GB of errors): stderr, `--skip-invalid`'s summary and the JSON count still say
    /// how many there are.
    func testErrorsPastTheLimitAreCountedNotKept() throws {
        let f = try scratch.file("bad.csv", "medarbejder,start,slut\nE1,2026-03-02 07:00,2026-03-02 15:00\n" + String(repeating: "a\n", count: 10_050))
        let r = vagttjek("check", f)
        XCTAssertEqual(r.code, 2)
        XCTAssertEqual(
            r.err,
            "\(f):3: rækken har 1 felter; overskriften har 3 (samme fejl på 9999 linjer mere: 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, …)\n… og 50 fejl mere\n")
        let skipped = vagttjek("check", f, "--skip-invalid", "--allow-invalid")
        XCTAssertTrue(skipped.err.contains("vagttjek: \(f): 10050 ugyldige rækker sprunget over; 1 vagt læst af 10051 datalinjer.\n"), skipped.err)
        let json = vagttjek("check", f, "--format", "json").out
        XCTAssertTrue(json.contains("\"count\": 10050,\n  \"omitted\": 50,\n"), String(json.prefix(300)))
    }

    /// Columns count characters, as an editor shows them: Æ and ø are one each, in UTF-8 (two
    /// bytes) and in Windows-1252 (one byte) alike; a quoted field starts at its quote.
    func testErrorColumnsCountCharactersNotBytes() throws {
        let row = "E1;Søren Ærø;2026-03-02 07:00;2026-03-0x 15:00\n"
        let utf8 = try scratch.file("u.csv", "employee;navn;start;end\n" + row)
        let expected = "ugyldigt tidspunkt «2026-03-0x 15:00»; forventede ÅÅÅÅ-MM-DD TT:MM (eller DD-MM-ÅÅÅÅ TT:MM, DD.MM.ÅÅÅÅ TT.MM)"
        assertInputError(["check", utf8], ["\(utf8):2:31: " + expected])
        let cp1252 = try scratch.file("w.csv", bytes: Array("employee;navn;start;end\n".utf8) + row.unicodeScalars.map { UInt8($0.value) })
        assertInputError(["check", cp1252], ["\(cp1252):2:31: " + expected])
        let quoted = try scratch.file("q.csv", "employee;navn;start;end\nE1;\"Søren; Ærø\";2026-03-02 07:00;2026-03-0x 15:00\n")
        assertInputError(["check", quoted], ["\(quoted):2:34: " + expected])
    }
}

/// Usage errors: exit 64 with a helpful sentence.
final class UsageTests: XCTestCase {
    func testNoArgumentsIsAUsageErrorWithTheHelpOnStderr() {
        let r = vagttjek([])
        XCTAssertEqual(r.code, 64)
        XCTAssertEqual(r.out, "")
        XCTAssertTrue(r.err.hasPrefix("vagttjek \(vagttjekVersion) — tjek vagtplaner på døgninstitutioner"), r.err)
        // Asked for, the help is output: stdout, exit 0.
        let help = vagttjek("--help")
        XCTAssertEqual(help.code, 0)
        XCTAssertEqual(help.out, r.err)
    }

    /// Colour only on a terminal that shows it: not with NO_COLOR, not with TERM=dumb.
    func testColoursFollowTheTerminal() throws {
        let scratch = try Scratch()
        let f = try scratch.file("one.csv", "employee,start,end\nE1,2026-03-02 07:00,2026-03-02 15:00\n")
        func run(_ environment: [String: String]) -> String {
            var cli = CLI()
            cli.stdoutIsTerminal = true
            cli.environment = environment
            _ = cli.run(["check", f])
            return cli.stdout
        }
        XCTAssertTrue(run(["TERM": "xterm-256color"]).contains("\u{1B}[36mINFO"))
        for environment in [["TERM": "dumb"], ["TERM": "xterm", "NO_COLOR": "1"]] {
            let plain = run(environment)
            XCTAssertFalse(plain.contains("\u{1B}"), "\(environment)")
            // One employee, one shift: singular in the header line.
            XCTAssertTrue(plain.contains(" · 1 medarbejder · 1 vagt\n"), plain)
        }
    }

    func testUnknownFlagSuggestsTheNearestOne() {
        let r = vagttjek("check", "x.csv", "--fromat", "json")
        XCTAssertEqual(r.code, 64)
        XCTAssertEqual(r.err, "vagttjek: ukendt tilvalg --fromat til 'check'. Mente du --format? Se 'vagttjek check --help'.\n")
    }

    func testMissingValue() {
        let r = vagttjek("check", "x.csv", "--format")
        XCTAssertEqual(r.code, 64)
        XCTAssertEqual(r.err, "vagttjek: --format kræver en værdi (text|json|csv|csv-excel|html). Se 'vagttjek check --help'.\n")
    }

    func testBadFormatValueInEnglish() {
        let r = vagttjek("check", "x.csv", "--format", "xml", "--lang", "en")
        XCTAssertEqual(r.code, 64)
        XCTAssertEqual(r.err, "vagttjek: --format must be text, json, csv, csv-excel or html (got 'xml').\n")
    }

    func testUnknownCommand() {
        let r = vagttjek("chek", "x.csv")
        XCTAssertEqual(r.code, 64)
        XCTAssertEqual(r.err, "vagttjek: ukendt kommando 'chek'. Mente du 'check'? Se 'vagttjek --help'.\n")
    }

    func testCheckWithoutRoster() {
        let r = vagttjek("check")
        XCTAssertEqual(r.code, 64)
        XCTAssertEqual(r.err, "vagttjek: 'check' kræver en vagtplan: vagttjek check ROSTER.csv\n")
    }

    func testBadPeriodAndJobs() {
        XCTAssertEqual(
            vagttjek("check", "x.csv", "--period", "2026-03-02-2026-03-29").err,
            "vagttjek: --period skal være FRA..TIL, f.eks. 2026-03-02..2026-03-29 (fik '2026-03-02-2026-03-29').\n")
        XCTAssertEqual(vagttjek("check", "x.csv", "--jobs", "0").err, "vagttjek: --jobs skal være et helt tal i 1–1024 (fik '0').\n")
        XCTAssertEqual(
            vagttjek("check", "x.csv", "--columns", "medarbejder=Nr").err,
            "vagttjek: --columns: 'medarbejder=Nr' skal være KOLONNE=Overskrift, hvor KOLONNE er en af employee, start, end, kind, label, unit, break, tags, date, enddate, name, changed_on.\n")
    }

    func testUnknownRuleInExplain() {
        let r = vagttjek("explain", "rest.dialy")
        XCTAssertEqual(r.code, 64)
        XCTAssertEqual(r.err, "vagttjek: ukendt regel 'rest.dialy'. Mente du rest.daily? Se 'vagttjek rules'.\n")
    }

    func testHelpAndVersion() {
        XCTAssertEqual(vagttjek("--version").out, "vagttjek 0.1.0\n")
        let help = vagttjek("check", "--help")
        XCTAssertEqual(help.code, 0)
        XCTAssertTrue(help.out.hasPrefix("Brug: vagttjek check ROSTER.csv [tilvalg]\n"))
        XCTAssertTrue(help.out.contains("  --agreement FILE        lokalaftale (JSON); kan gentages\n"))
        XCTAssertEqual(vagttjek("rules", "--help").code, 0)
        XCTAssertEqual(vagttjek("explain", "--help").code, 0)
        XCTAssertTrue(vagttjek("--help").out.contains("vagttjek check ROSTER.csv [tilvalg]"))
    }

    func testALargeRunShowsItsPhasesOnATerminalAndClearsThem() {
        var shown: [String] = []
        var cli = CLI()
        cli.console.progressBytes = 0  // the sample counts as large here
        cli.progress = { shown.append($0) }
        XCTAssertEqual(cli.run(["check", sample("bosted-solsikken-marts-2026.csv"), "--format", "json"]), .findings)
        XCTAssertEqual(
            shown,
            ["\rvagttjek: læser vagtplanen …", "\r\u{1B}[K", "\rvagttjek: tjekker reglerne …", "\r\u{1B}[K", "\rvagttjek: skriver rapporten …", "\r\u{1B}[K"])
        XCTAssertEqual(cli.stderr, "")  // nothing of it in the messages
        // Not on a dumb terminal, and not for a small roster.
        var dumb = CLI()
        dumb.console.progressBytes = 0
        dumb.environment = ["TERM": "dumb"]
        dumb.progress = { shown.append($0) }
        shown = []
        _ = dumb.run(["check", sample("bosted-solsikken-marts-2026.csv")])
        XCTAssertEqual(shown, [])
        var small = CLI()
        small.progress = { shown.append($0) }
        _ = small.run(["check", sample("bosted-solsikken-marts-2026.csv")])
        XCTAssertEqual(shown, [])
    }

    func testEveryCommandHasHelpListingItsOptionsAndALineInTheMainHelp() {
        let main = vagttjek("--help", "--lang", "en").out
        XCTAssertEqual(Set(CLI.commands.map { $0.name }).count, CLI.commands.count)
        for command in CLI.commands {
            XCTAssertTrue(main.contains("  \(command.synopsis.en)"), "the main help lacks \(command.name)")
            let help = vagttjek(command.name, "--help", "--lang", "en")
            XCTAssertEqual(help.code, 0)
            XCTAssertTrue(help.out.hasPrefix("Usage: \(command.usage.en)\n\(command.about.en)\n\nOptions:\n"), help.out)
            for option in command.options { XCTAssertTrue(help.out.contains("  \(option.name)"), "\(command.name) --help lacks \(option.name)") }
        }
        XCTAssertEqual(
            main,
            """
            vagttjek 0.1.0 — check rosters of 24-hour care facilities against rest, days off and 48 hours.

            Usage:
              vagttjek check ROSTER.csv [options]   check a roster (see 'vagttjek check --help')
              vagttjek suggest ROSTER.csv           propose a repaired plan: the same shifts, only who works them changes
              vagttjek diff PLANNED.csv ACTUAL.csv   compare the planned roster with the actual one: changes, late notice, new breaches
              vagttjek rules                        list the rules with their sources
              vagttjek explain RULE                 what a rule checks, why, and examples
              vagttjek generate --employees N --weeks W   write a realistic roster (benchmarks, demos)
              vagttjek survey FILE [FILE2]          score the survey on working-time planning (two files: before and after)
              vagttjek agreement FILE…              review a local agreement item by item (with --roster: how the roster uses it)
              vagttjek --version                    print the version

            Exit codes: 0 no errors, 1 errors found, 2 invalid input, 64 usage error.

            """)
    }

    func testLanguageIsCheckedForEveryCommand() {
        let r = vagttjek("rules", "--lang", "fr")
        XCTAssertEqual(r.code, 64)
        XCTAssertEqual(r.err, "vagttjek: --lang skal være da eller en (fik 'fr').\n")
    }
}

final class SkipInvalidTests: XCTestCase {
    func testRowsNotErrorsAreCountedAndNothingLeftIsAnError() throws {
        let scratch = try Scratch()
        let f = try scratch.file("allbad.csv", "employee,start,end\nE1,x,y\n")
        let r = vagttjek("check", f, "--skip-invalid", "--allow-invalid")
        XCTAssertEqual(r.code, 2)
        XCTAssertEqual(
            r.err,
            "\(f):2:4: ugyldigt tidspunkt «x»; forventede ÅÅÅÅ-MM-DD TT:MM (eller DD-MM-ÅÅÅÅ TT:MM, DD.MM.ÅÅÅÅ TT.MM)\n"
                + "\(f):2:6: ugyldigt tidspunkt «y»; forventede ÅÅÅÅ-MM-DD TT:MM (eller DD-MM-ÅÅÅÅ TT:MM, DD.MM.ÅÅÅÅ TT.MM)\n"
                + "vagttjek: \(f): 1 ugyldig række sprunget over; 0 vagter læst af 1 datalinjer.\n\(f): ingen gyldige vagter tilbage at kontrollere\n")
    }
}

final class DeepJSONTests: XCTestCase {
    func testDeeplyNestedJSONIsAnInputErrorNotACrash() throws {
        let scratch = try Scratch()
        let roster = try scratch.file("r.csv", "employee,start,end\nE1,2026-03-02 07:00,2026-03-02 15:00\n")
        let deep = try scratch.file("deep.json", String(repeating: "[", count: 300_000))
        let r = vagttjek("check", roster, "--policy", deep)
        XCTAssertEqual(r.code, 2)
        XCTAssertEqual(r.err, "\(deep):1: ugyldig JSON: JSON'en er indlejret i mere end 64 niveauer\n")
    }
}
