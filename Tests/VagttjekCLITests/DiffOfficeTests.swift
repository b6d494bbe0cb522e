import XCTest

@testable import VagttjekCLI

/// `diff --format csv-excel` and `--format html`: the sample's plan against what happened.
final class DiffOfficeTests: XCTestCase {
    let args = ["diff", sample("bosted-solsikken-marts-2026.csv"), sample("bosted-solsikken-marts-2026-faktisk.csv")]

    func testCSVForDanishExcel() {
        let r = vagttjek(args + ["--format", "csv-excel"])
        XCTAssertEqual(r.code, 1)  // the changes created a rest.daily error
        let lines = r.out.components(separatedBy: "\r\n")
        XCTAssertEqual(lines.count, 8 + 2)  // header, 8 changes, and the empty piece after the last CRLF
        XCTAssertEqual(lines[0], "\u{FEFF}medarbejder;afdeling;ændring;timer;planlagt start;planlagt slut;planlagt type;planlagt vagtkode;faktisk start;faktisk slut;faktisk type;faktisk vagtkode;varslet;varsel (dage);for sent")
        XCTAssertEqual(lines[1], "N01;Hus Nord;ændret type;8;13-03-2026 07:00;13-03-2026 15:00;arbejde;D;13-03-2026 07:00;13-03-2026 15:00;syg;D;13-03-2026 06:30;0;ja")
        XCTAssertEqual(lines[4], "N02;Hus Nord;fjernet;8;16-03-2026 07:00;16-03-2026 15:00;arbejde;D;;;;;;;")
        let en = vagttjek(args + ["--format", "csv-excel", "--lang", "en"]).out.components(separatedBy: "\r\n")
        XCTAssertEqual(en[2], "N01;Hus Nord;moved;8;18-03-2026 15:00;18-03-2026 23:00;work;A;18-03-2026 13:00;18-03-2026 21:00;work;A;13-03-2026 12:00;5;no")
    }

    func testAPageThatOpensWithTheFindingsTheChangesCreated() {
        let r = vagttjek(args + ["--format", "html"])
        XCTAssertEqual(r.code, 1)
        XCTAssertTrue(r.out.hasPrefix("<!doctype html>\n<html lang=\"da\">\n"))
        XCTAssertTrue(r.out.contains("<p class=\"totals\">8 ændringer (51 t) · <span class=\"error\">1 nyt lovbrud</span> · 0 fund forsvundet</p>"), r.out)
        XCTAssertTrue(r.out.contains("<section id=\"created\">\n<h2>Fund, som ændringerne har skabt</h2>\n<ol class=\"findings\">\n<li class=\"error\"><span class=\"sev\">fejl</span> <code>rest.daily</code> N02 <span class=\"when\">21-03 07:00–21-03 23:00</span><br>Arbejdsperioden 21-03 07:00–21-03 23:00 varer 16 t"), r.out)
        XCTAssertTrue(r.out.contains("<tr><td>N01</td><td>ændret type</td><td>fr 13-03 07:00–15:00 (D)</td><td>fr 13-03 07:00–15:00 (D, syg)</td><td>13-03 06:30, 0 dage før <span class=\"error\">for sent</span></td></tr>"), r.out)
        for reference in ["http://", "https://", "src=", "href="] { XCTAssertFalse(r.out.contains(reference), reference) }
        // Sections in order: what the changes created first, then the tallies and the lists.
        let order = ["id=\"created\"", "id=\"tallies\"", "id=\"employees\"", "id=\"units\"", "id=\"changes\""].map { r.out.range(of: $0)?.lowerBound }
        XCTAssertEqual(order.compactMap { $0 }.count, 5)
        XCTAssertEqual(order.compactMap { $0 }, order.compactMap { $0 }.sorted())
    }

    func testAnUnknownFormatNamesTheNewOnes() {
        let r = vagttjek(args + ["--format", "xlsx"])
        XCTAssertEqual(r.code, 64)
        XCTAssertTrue(r.err.contains("--format skal være text, json, csv, csv-excel eller html (fik 'xlsx')."), r.err)
    }
}
