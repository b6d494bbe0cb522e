import XCTest

@testable import VagttjekCLI
import VagttjekCore

/// Never a false all-clear: each input that a planning system, Excel or a hand edit can produce
/// and that used to be read silently in a way that dropped or split data (each holds an 8-hour
/// rest when read as intended) now ends in exit 1 (read as intended) or exit 2/64 (refused, with
/// a sentence that says where and why).
final class FalseAllClearTests: XCTestCase {
    var scratch: Scratch!

    override func setUpWithError() throws { scratch = try Scratch() }

    func testAStrayOpeningQuoteThatSwallowsRowsIsAnError() throws {
        let f = try scratch.file(
            "stray.csv",
            "employee,start,end,label\nE1,2026-03-02 15:00,2026-03-02 23:00,\"A\nE1,2026-03-03 07:00,2026-03-03 15:00,D\nE2,2026-03-04 07:00,2026-03-04 15:00,\"D\nE3,2026-03-05 07:00,2026-03-05 15:00,D\n")
        let r = vagttjek("check", f)
        XCTAssertEqual(r.code, 2)
        XCTAssertEqual(
            r.err,
            "\(f):2:38: anførselstegnet her åbner et felt, der løber over linje 3–4, som ligner rækker; luk eller fjern anførselstegnet (rækkerne er ikke læst)\n")
        // Skipping says exactly what was lost: one row on three lines, one shift read of four lines.
        let skipped = vagttjek("check", f, "--skip-invalid", "--allow-invalid", "--lang", "en")
        XCTAssertEqual(
            skipped.err,
            "\(f):2:38: this quote opens a field that runs over lines 3–4, which look like rows; close or remove the quote (the rows are not read)\n"
                + "vagttjek: \(f): 1 invalid row on 3 lines skipped; 1 shift read from 4 data lines.\n" + shortPeriodNotice(f, days: 1, english: true))
        // Without the quotes: the 8-hour rest is found.
        let fixed = try scratch.file("fixed.csv", try String(contentsOfFile: f, encoding: .utf8).replacingOccurrences(of: "\"", with: ""))
        XCTAssertEqual(vagttjek("check", fixed).code, 1)
    }

    func testAQuotedNoteOverTwoLinesIsStillRead() throws {
        // RFC 4180: a line break inside quotes is part of the field when the continuation does
        // not look like a row (fewer delimiters than a row has).
        let f = try scratch.file(
            "note.csv", "employee,start,end,label\nE1,2026-03-02 15:00,2026-03-02 23:00,\"A, aften\nmed overlap\"\nE1,2026-03-03 07:00,2026-03-03 15:00,D\n")
        let r = vagttjek("check", f, "--format", "csv")
        XCTAssertEqual(r.code, 1, r.err)
        XCTAssertTrue(r.out.contains("rest.daily,error,E1,2026-03-03T07:00:00+01:00,2026-03-03T15:00:00+01:00,8,11,h,"), r.out)
    }

    func testQuotesNeverClosedOrFollowedByTextAreErrors() throws {
        let open = try scratch.file("open.csv", "employee,start,end,label\nE1,2026-03-02 15:00,2026-03-02 23:00,A\nE1,2026-03-03 07:00,2026-03-03 15:00,\"D\n")
        XCTAssertEqual(
            vagttjek("check", open).err,
            "\(open):3:38: anførselstegnet her lukkes aldrig, så resten af filen ville blive ét felt; luk eller fjern det\n")
        let after = try scratch.file("after.csv", "employee,start,end,label\nE1,2026-03-02 15:00,2026-03-02 23:00,\"A\"B\n")
        let r = vagttjek("check", after)
        XCTAssertEqual(r.code, 2)
        XCTAssertEqual(r.err, "\(after):2:38: tekst efter det afsluttende anførselstegn; sæt hele feltet i anførselstegn eller fjern dem\n")
        // Spaces after a closing quote are fine.
        let spaced = try scratch.file("spaced.csv", "employee,start,end,label\nE1,2026-03-02 15:00,2026-03-02 23:00,\"A\" \n")
        XCTAssertEqual(vagttjek("check", spaced).code, 0)
    }

    func testColumnMappingsThatDoNotFitTheHeaderAreUsageErrors() throws {
        let roster = sample("bosted-solsikken-marts-2026.csv")
        let header = "medarbejder,start,slut,type,vagt,afdeling"
        let twoRoles = vagttjek("check", roster, "--columns", "employee=start")
        XCTAssertEqual(twoRoles.code, 64)
        XCTAssertEqual(
            twoRoles.err,
            "\(roster):1:13: --columns: kolonnen «start» ville blive læst både som employee og som start; overskriften er: \(header)\n")
        let twice = vagttjek("check", roster, "--columns", "employee=medarbejder,employee=slut")
        XCTAssertEqual(twice.code, 64)
        XCTAssertEqual(twice.err, "vagttjek: --columns: employee er angivet to gange (medarbejder og slut).\n")
        let missing = vagttjek("check", roster, "--columns", "label=Vagtkode")
        XCTAssertEqual(missing.code, 64)
        XCTAssertEqual(missing.err, "\(roster):1: --columns label=Vagtkode: overskriften har ingen kolonne «Vagtkode»; den har: \(header)\n")
    }

    func testOutputDashIsStdout() throws {
        let r = vagttjek("check", sample("bosted-solsikken-marts-2026.csv"), "--output", "-", "--format", "json")
        XCTAssertEqual(r.code, 1)
        XCTAssertTrue(r.out.hasPrefix("{\n  \"schema\": \"vagttjek.report/1\""))
        XCTAssertFalse(FileManager.default.fileExists(atPath: "-"))
    }

    func testCountsInAgreementsAndPoliciesAreWholeNumbers() throws {
        let roster = try scratch.file("r.csv", "employee,start,end\nE1,2026-03-02 07:00,2026-03-02 15:00\n")
        let agreement = try scratch.file(
            "a.json", "{\"id\": \"LA\", \"kind\": \"rest-reduction\", \"parameters\": {\"maxReductionsPer7Days\": 0.9999}}")
        let r = vagttjek("check", roster, "--agreement", agreement)
        XCTAssertEqual(r.code, 2)
        XCTAssertEqual(r.err, "\(agreement):1: parameters.maxReductionsPer7Days: 0.9999 skal være et helt tal\n")
    }

    func testAMixedUTF8AndWindows1252FileIsAnErrorNamingTheLines() throws {
        // Søren in UTF-8 on one row and in Windows-1252 on the next: read either way, two employees.
        var bytes = Array("employee,start,end\nS\u{F8}ren,2026-03-02 15:00,2026-03-02 23:00\n".utf8)
        bytes += Array("S".utf8) + [0xF8] + Array("ren,2026-03-03 07:00,2026-03-03 15:00\n".utf8)
        let f = try scratch.file("mixed.csv", bytes: bytes)
        let r = vagttjek("check", f)
        XCTAssertEqual(r.code, 2)
        XCTAssertEqual(
            r.err,
            "\(f):3: blandet tegnsæt: filen er UTF-8, men linje 3 har bytes, der ikke er gyldig UTF-8 (f.eks. æ, ø, å gemt som Windows-1252); gem hele filen som UTF-8\n")
    }

    func testAWindows1252FileIsReadAndSaysSoButUndefinedBytesAreErrors() throws {
        // The same roster all in Windows-1252 (Danish Excel): one employee, the 8-hour rest, a notice.
        var bytes = Array("employee,start,end,unit\n".utf8)
        bytes += Array("S".utf8) + [0xF8] + Array("ren,2026-03-02 15:00,2026-03-02 23:00,Hus Nord\n".utf8)
        bytes += Array("S".utf8) + [0xF8] + Array("ren,2026-03-03 07:00,2026-03-03 15:00,Hus Nord\n".utf8)
        let f = try scratch.file("cp1252.csv", bytes: bytes)
        let r = vagttjek("check", f, "--format", "csv")
        XCTAssertEqual(r.code, 1)
        XCTAssertEqual(r.err, "\(f): bemærk: læst som Windows-1252 (filen er ikke gyldig UTF-8)\n" + shortPeriodNotice(f, days: 2))
        XCTAssertTrue(r.out.contains("rest.daily,error,Søren,"), r.out)
        // A byte Windows-1252 does not define (0x81) in a label.
        let stray = try scratch.file("stray81.csv", bytes: bytes + Array("S".utf8) + [0xF8] + Array("ren,2026-03-04 07:00,2026-03-04 15:00,Hus".utf8) + [0x81] + [0x0A])
        let s = vagttjek("check", stray)
        XCTAssertEqual(s.code, 2)
        XCTAssertEqual(s.err, "\(stray):4: byten 0x81 findes hverken i UTF-8 eller Windows-1252 (linje 4); filen er ikke en tekstfil i et kendt tegnsæt\n")
    }

    func testANameTypedTwoWaysIsOneEmployee() throws {
        // "Åse" precomposed (U+00C5) and as A + combining ring (U+030A): canonically the same.
        let f = try scratch.file(
            "nfc.csv", "employee,start,end\n\u{C5}se,2026-03-02 15:00,2026-03-02 23:00\nA\u{30A}se,2026-03-03 07:00,2026-03-03 15:00\n")
        let r = vagttjek("check", f, "--format", "json")
        XCTAssertEqual(r.code, 1)
        XCTAssertTrue(r.out.contains("\"employees\": 1,"), r.out)
        XCTAssertTrue(r.out.contains("\"rule\": \"rest.daily\", \"severity\": \"error\", \"employee\": \"\u{C5}se\""), r.out)
    }

    func testAColumnNoRoleReadsIsSaid() throws {
        // A "Vagttype" column was once silently ignored, so every absence read as work: a column
        // vagttjek does not read is now said, with the roles it does read.
        let f = try scratch.file("extra.csv", "employee,start,end,Fraværstype, \nE1,2026-03-02 07:00,2026-03-02 15:00,ferie, \n")
        let r = vagttjek("check", f, "--format", "csv")
        XCTAssertEqual(
            r.err,
            "\(f):1: bemærk: kolonnen «Fraværstype» læses ikke; vagttjek læser employee, start, end, kind, label, unit, break, tags, date, enddate, name, changed_on (brug --columns ROLLE=Overskrift, hvis en af dem er en af disse)\n"
                + shortPeriodNotice(f, days: 1))
    }

    func testAPeriodShorterThanAWeekSaysOnceThatTheAveragesAreNotJudged() throws {
        // Two employees with 13-hour days: six days say nothing about a weekly average (one
        // notice, not one per employee); seven days do (the 48 hours are over, indicative).
        func days(_ n: Int) -> String {
            var csv = "employee,start,end\n"
            for e in ["E1", "E2"] { for d in 2..<(2 + n) { csv += "\(e),2026-03-0\(d) 07:00,2026-03-0\(d) 20:00\n" } }
            return csv
        }
        let six = try scratch.file("six.csv", days(6)), seven = try scratch.file("seven.csv", days(7))
        let short = vagttjek("check", six, "--format", "csv")
        XCTAssertEqual(short.err, shortPeriodNotice(six, days: 6))
        XCTAssertFalse(short.out.contains("hours.weekly48"), short.out)
        let week = vagttjek("check", seven, "--format", "csv")
        XCTAssertEqual(week.err, "")
        XCTAssertEqual(SampleRosterTests.keyColumns(week.out).filter { $0.hasPrefix("hours.weekly48,") }.count, 2, week.out)
    }

    func testTheAllClearSaysWhatItCoversAndWhatQualifiesIt() throws {
        let clean = vagttjek("check", sample("bosted-solsikken-marts-2026-ren.csv"), "--employees", sample("employees.csv"))
        XCTAssertEqual(clean.code, 0)
        XCTAssertTrue(
            clean.out.hasSuffix(
                "\nI alt: 0 fejl, 29 advarsler, 7 info.\nIngen lovbrud fundet blandt de \(RuleRegistry.all.count - 10) regler, vagttjek tjekkede (se 'vagttjek rules'); "
                    + "disse 7 var slået fra, fordi politikken, vagtplanen eller et tilvalg (--wishes) ikke satte dem til: break.lunch, local.evenings-per-month, "
                    + "local.weekend-dayoff-share, local.weekends-per-month, local.weekly-free-evening, rec.12, senior.conversation; "
                    + "anbefalingerne rec.10, rec.13, rec.14 vurderes ikke af check selv (se Anbefalinger).\n"),
            clean.out)
        // A notice on the input, and an employee the employees file does not know.
        let f = try scratch.file("amb.csv", "employee,start,end\nX9,2026-10-25 02:30,2026-10-25 07:00\n")
        let r = vagttjek("check", f, "--employees", sample("employees.csv"), "--lang", "en")
        XCTAssertEqual(r.code, 0)
        XCTAssertTrue(
            r.err.hasSuffix(
                "\(sample("employees.csv")): note: 1 employee in the roster is not in the file; their night, pregnancy and senior facts cannot be judged:\n  X9\n"
                    + shortPeriodNotice(f, days: 1, english: true)),
            r.err)
        XCTAssertTrue(
            r.out.hasSuffix(
                "\nNot in the employees file (checked without birth date, pregnancy and hours): X9\n\nTotal: 0 errors, 1 warning, 2 infos.\n"
                    + "No breaches found among the \(RuleRegistry.all.count - 10) rules vagttjek checked (see 'vagttjek rules'); these 7 were off, "
                    + "as the policy, the roster or an option (--wishes) did not switch them on: break.lunch, local.evenings-per-month, local.weekend-dayoff-share, "
                    + "local.weekends-per-month, local.weekly-free-evening, rec.12, senior.conversation; "
                    + "the recommendations rec.10, rec.13, rec.14 are not judged by check itself (see the recommendations).\n"
                    + "Read also the note on the input above (stderr).\n"),
            r.out)
        // With Lokal-MED's principles, a break column and wishes, only the senior conversation is off.
        let policy = try scratch.file("p.json", "{\"weeklyFreeEvening\": true, \"maxWorkedWeekendsPerMonth\": 4, \"maxEveningShiftsPerMonth\": 20, \"minWeekendDaysOffShare\": 0.1}")
        let breaks = try scratch.file("b.csv", "employee,start,end,pause\nE1,2026-03-02 07:00,2026-03-02 15:00,30\n")
        let wishes = try scratch.file("w.csv", "employee,date,wish\nE1,2026-03-02,off\n")
        let all = vagttjek("check", breaks, "--policy", policy, "--wishes", wishes, "--lang", "en")
        XCTAssertTrue(
            all.out.hasSuffix(
                "No breaches found among the \(RuleRegistry.all.count - 4) rules vagttjek checked (see 'vagttjek rules'); this one was off, "
                    + "as the policy, the roster or an option (--wishes) did not switch it on: senior.conversation; "
                    + "the recommendations rec.10, rec.13, rec.14 are not judged by check itself (see the recommendations).\n"), all.out)
    }

    func testABreakLongerThanItsShiftIsAnErrorOnBothRowParsers() throws {
        // The first row is read by the fast path, the second repeats its shape.
        let f = try scratch.file("pause.csv", "employee,start,end,pause\nE1,2026-03-02 07:00,2026-03-02 15:00,30\nE1,2026-03-03 07:00,2026-03-03 08:00,90\n")
        let r = vagttjek("check", f)
        XCTAssertEqual(r.code, 2)
        XCTAssertEqual(r.err, "\(f):3:38: pausen på 90 minutter er længere end vagten (60 minutter)\n")
    }
}

/// Exports with the date in a column of its own and clock times in start and end (Excel
/// schedules, `Dato;Fra;Til`): read without editing, a night rolling over to the next day.
final class DateAndClockColumnTests: XCTestCase {
    func testAnExcelScheduleIsReadAsWritten() throws {
        let scratch = try Scratch()
        let f = try scratch.file(
            "excel.csv",
            "Medarbejder;Navn;Dato;Fra;Til;Vagttype\n101;Søren Hansen;02-03-2026;15:00;23:00;Aftenvagt\n101;Søren Hansen;03-03-2026;7:00;15:00;Dagvagt\n"
                + "102;Anne Berg;03-03-2026;23:00;07:00;Nattevagt\n102;Anne Berg;04-03-2026;15:00;23:00;Aftenvagt\n")
        let r = vagttjek("check", f, "--format", "csv")
        XCTAssertEqual(r.code, 1, r.err)
        let rest = SampleRosterTests.keyColumns(r.out).filter { $0.hasPrefix("rest.daily,") }
        XCTAssertEqual(rest, [
            "rest.daily,error,101,2026-03-03T07:00:00+01:00,2026-03-03T15:00:00+01:00,8,11,h",
            "rest.daily,error,102,2026-03-04T15:00:00+01:00,2026-03-04T23:00:00+01:00,8,11,h",
        ])
        // Other header names through --columns; a clock that is not one is an error at its cell.
        let g = try scratch.file("own.csv", "Nr,Vagtdato,Mødetid,Gåtid\n1,2026-03-02,07:00,25:00\n")
        let bad = vagttjek("check", g, "--columns", "employee=Nr,date=Vagtdato,start=Mødetid,end=Gåtid")
        XCTAssertEqual(bad.code, 2)
        XCTAssertEqual(bad.err, "\(g):2:20: slut «25:00» er ikke et klokkeslæt; forventede TT:MM\n")
    }

    /// The issue's own test: a Windows-1252 `;` file with `Dato;Fra;Til`, a Danish name and a
    /// night across midnight, read unchanged, gives the findings of the same roster written in
    /// the canonical form.
    func testAWindows1252ExcelScheduleGivesTheCanonicalFindings() throws {
        let scratch = try Scratch()
        let excel = "Medarbejder;Navn;Dato;Fra;Til\r\n7;Søren Ærø;02-03-2026;15:00;23:00\r\n7;Søren Ærø;03-03-2026;7:00;15:00\r\n"
            + "7;Søren Ærø;03-03-2026;23:00;07:00\r\n7;Søren Ærø;04-03-2026;15:00;23:00\r\n"
        let cp1252 = try scratch.file("excel.csv", bytes: excel.unicodeScalars.map { UInt8($0.value) })
        let canonical = try scratch.file(
            "canonical.csv",
            "employee,name,start,end\n7,Søren Ærø,2026-03-02 15:00,2026-03-02 23:00\n7,Søren Ærø,2026-03-03 07:00,2026-03-03 15:00\n"
                + "7,Søren Ærø,2026-03-03 23:00,2026-03-04 07:00\n7,Søren Ærø,2026-03-04 15:00,2026-03-04 23:00\n")
        let a = vagttjek("check", cp1252, "--format", "csv"), b = vagttjek("check", canonical, "--format", "csv")
        XCTAssertEqual(a.code, 1, a.err)
        XCTAssertEqual(a.out, b.out)
        XCTAssertEqual(SampleRosterTests.keyColumns(a.out).filter { $0.hasPrefix("rest.daily,") }, [
            "rest.daily,error,7,2026-03-03T07:00:00+01:00,2026-03-03T15:00:00+01:00,8,11,h",
            "rest.daily,error,7,2026-03-03T23:00:00+01:00,2026-03-04T07:00:00+01:00,8,11,h",
            "rest.daily,error,7,2026-03-04T15:00:00+01:00,2026-03-04T23:00:00+01:00,8,11,h",
        ])
        XCTAssertEqual(a.err, "\(cp1252): bemærk: læst som Windows-1252 (filen er ikke gyldig UTF-8)\n" + shortPeriodNotice(cp1252, days: 3))
    }

    /// Clock cells: one or two hour digits, `:` or `.`, two minute digits; `24:00` is the end of
    /// the day. Nothing else is guessed.
    func testClockCellsAreReadExactly() throws {
        let scratch = try Scratch()
        let good = try scratch.file("good.csv", "employee;dato;fra;til\nA;02-03-2026;7.00;24:00\nA;03-03-2026;07:00;15:00\n")
        let r = vagttjek("check", good, "--format", "csv")
        XCTAssertEqual(r.code, 1, r.err)
        XCTAssertEqual(SampleRosterTests.keyColumns(r.out).filter { $0.hasPrefix("rest.daily,") }, [
            "rest.daily,error,A,2026-03-02T07:00:00+01:00,2026-03-03T00:00:00+01:00,7,11,h",
            "rest.daily,error,A,2026-03-03T07:00:00+01:00,2026-03-03T15:00:00+01:00,7,11,h",
        ])
        let bad = try scratch.file("bad.csv", "employee;dato;fra;til\nA;02-03-2026;7:5;07::00\nA;02-03-2026;+7:00;007:00\nA;02-03-2026;24:30;7:00 \n")
        let b = vagttjek("check", bad)
        XCTAssertEqual(b.code, 2)
        XCTAssertEqual(
            b.err,
            ["2:14: start «7:5»", "2:18: slut «07::00»", "3:14: start «+7:00»", "3:20: slut «007:00»", "4:14: start «24:30»"]
                .map { "\(bad):\($0) er ikke et klokkeslæt; forventede TT:MM\n" }.joined())
    }
}

/// Exports with a date for each end (`Start Date,Start Time,End Date,End Time`): the end is a
/// clock time on its own date, never moved a day; and a date column is checked even when the
/// start and end cells hold whole timestamps (it used to be ignored on the fast path).
final class FourColumnExportTests: XCTestCase {
    func testStartAndEndDatesAreReadAndChecked() throws {
        let scratch = try Scratch()
        let f = try scratch.file(
            "four.csv",
            "Employee,Start Date,Start Time,End Date,End Time\nE1,2026-03-02,15:00,2026-03-02,23:00\nE1,2026-03-03,07:00,2026-03-03,15:00\nE1,2026-03-03,23:00,2026-03-04,07:00\n")
        let r = vagttjek("check", f, "--format", "csv")
        XCTAssertEqual(r.code, 1, r.err)
        XCTAssertEqual(SampleRosterTests.keyColumns(r.out).filter { $0.hasPrefix("rest.daily,") }, [
            "rest.daily,error,E1,2026-03-03T07:00:00+01:00,2026-03-03T15:00:00+01:00,8,11,h",
            "rest.daily,error,E1,2026-03-03T23:00:00+01:00,2026-03-04T07:00:00+01:00,8,11,h",
        ])
        // With an end date an end before the start is an error, not the next day.
        let back = try scratch.file("back.csv", "Employee,Start Date,Start Time,End Date,End Time\nE2,03-03-2026,15:00,03-03-2026,07:00\nE2,03-03-2026,15:00,31-02-2026,23:00\n")
        let b = vagttjek("check", back)
        XCTAssertEqual(b.code, 2)
        XCTAssertEqual(
            b.err,
            "\(back):2:32: slut «07:00» ligger ikke efter start «15:00»\n\(back):3:21: ugyldig slutdato «31-02-2026»; forventede ÅÅÅÅ-MM-DD eller DD-MM-ÅÅÅÅ\n")
        // An end date needs a start date.
        let alone = try scratch.file("alone.csv", "employee;end date;start;end\nA;2026-03-03;07:00;15:00\n")
        let a = vagttjek("check", alone)
        XCTAssertEqual(a.code, 2)
        XCTAssertEqual(
            a.err,
            "\(alone):1:10: kolonnen «end date» er en slutdato, men der er ingen startdato (date / dato / start date / startdato); overskriften er: employee,end date,start,end\n")
        // A date column next to whole timestamps is still checked, row by row.
        let whole = try scratch.file("whole.csv", "employee;date;start;end\nA;xx;2026-03-03 07:00;2026-03-03 15:00\nA;2026-03-04;2026-03-04 07:00;2026-03-04 15:00\n")
        let w = vagttjek("check", whole)
        XCTAssertEqual(w.code, 2)
        XCTAssertEqual(w.err, "\(whole):2:3: ugyldig dato «xx»; forventede ÅÅÅÅ-MM-DD eller DD-MM-ÅÅÅÅ\n")
    }
}

/// What Excel adds around a table: a sep= line, a title row, empty ;;; rows under the table and a
/// delimiter at the end of the data rows only. Each used to stop the run with exit 2.
final class ExcelExtrasTests: XCTestCase {
    func testExcelExtrasAreReadAndTheSkippedLinesSaid() throws {
        let scratch = try Scratch()
        let f = try scratch.file(
            "excel.csv",
            "sep=;\nVagtplan Hus Nord marts 2026;;\nMedarbejder;Start;Slut\nE1;2026-03-02 15:00;2026-03-02 23:00;\nE1;2026-03-03 07:00;2026-03-03 15:00;\n;;\n;;\n")
        let r = vagttjek("check", f, "--format", "csv")
        XCTAssertEqual(r.code, 1)
        XCTAssertEqual(r.err, "\(f):1: bemærk: linje 1–2 er ikke overskriften (en titel eller Excels sep=); overskriften er linje 3\n" + shortPeriodNotice(f, days: 2))
        XCTAssertEqual(
            SampleRosterTests.keyColumns(r.out).filter { $0.hasPrefix("rest.daily,") },
            ["rest.daily,error,E1,2026-03-03T07:00:00+01:00,2026-03-03T15:00:00+01:00,8,11,h"])
        // A table with no header in its first ten lines is still an error, about the first line.
        let none = try scratch.file("none.csv", "E1,2026-03-02 15:00,2026-03-02 23:00\n")
        XCTAssertEqual(vagttjek("check", none).code, 2)
    }
}

/// Kind values of real planning systems: common Danish names built in, the rest mapped with --kinds.
final class KindMappingTests: XCTestCase {
    func testRealSystemsKindsAreReadOrMapped() throws {
        let scratch = try Scratch()
        let f = try scratch.file(
            "kinds.csv",
            "medarbejder,start,slut,type\nE1,2026-03-02 07:00,2026-03-02 15:00,Dagvagt\nE1,2026-03-02 15:00,2026-03-03 07:00,Rådighed\nE1,2026-03-03 07:00,2026-03-03 15:00,Dagvagt\nE1,2026-03-04 00:00,2026-03-05 00:00,Feriefridag\n")
        // "Rådighed" alone does not say where: not guessed, and the error points to --kinds.
        let refused = vagttjek("check", f)
        XCTAssertEqual(refused.code, 2)
        XCTAssertTrue(refused.err.hasSuffix("eksportens egne navne kan oversættes med --kinds\n"), refused.err)
        // At home it is rest for the daily rest; at the workplace it is working time.
        XCTAssertEqual(vagttjek("check", f, "--kinds", "Rådighed=oncall-home").code, 0)
        let work = vagttjek("check", f, "--kinds", "rådighed=sovevagt", "--format", "csv")
        XCTAssertEqual(work.code, 1)
        XCTAssertTrue(work.out.contains("rest.daily,error,E1,2026-03-02T07:00:00+01:00,2026-03-03T15:00:00+01:00,0,11,h,"), work.out)
        let bad = vagttjek("check", f, "--kinds", "Rådighed=hjemme")
        XCTAssertEqual(bad.code, 64)
        XCTAssertEqual(
            bad.err,
            "vagttjek: --kinds: 'Rådighed=hjemme' skal være Værdi=type, hvor type er en af work, oncall-workplace, oncall-home, callout, course, vacation, sick, timeoff, seniorday, leave, dayoff.\n")
    }
}
