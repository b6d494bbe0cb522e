import XCTest

@testable import VagttjekCLI
@testable import VagttjekCore

/// `--format html` (issue 19): escaping of hostile input, no reference outside the page, exact
/// counts for the sample, and the big-roster page.
final class HTMLReportTests: XCTestCase {
    var scratch: Scratch!
    override func setUpWithError() throws { scratch = try Scratch() }

    static let hostileName = "\"><img src=x onerror=alert(1)>"
    static let hostileID = "<script>alert(1)</script>"

    func html(_ args: [String]) -> (code: Int32, out: String) {
        let r = vagttjek(["check"] + args + ["--format", "html"])
        return (r.code, r.out)
    }

    func testHostileValuesAreTextInTextAndAttributes() throws {
        let roster = try scratch.file(
            "h.csv",
            "employee,start,end,name,label,unit\n\(Self.hostileID),2026-03-02 15:00,2026-03-02 23:00,\(Self.hostileName),<b>A</b>,Hus 'Nord' & <i>co</i>\n"
                .replacingFirst("\(Self.hostileName)", with: "\"\"\"><img src=x onerror=alert(1)>\"")
                + "\(Self.hostileID),2026-03-03 07:00,2026-03-03 15:00,,D,Hus\n")
        let r = html([roster])
        XCTAssertEqual(r.code, 1)  // the 8-hour rest is an error
        XCTAssertFalse(r.out.contains("<script>alert"), r.out)
        XCTAssertFalse(r.out.contains("<img"), r.out)
        XCTAssertFalse(r.out.contains("<b>A"), r.out)
        XCTAssertFalse(r.out.contains("<i>co"), r.out)
        XCTAssertTrue(r.out.contains("<h3>&lt;script&gt;alert(1)&lt;&#47;script&gt; <span class=\"name\">(&quot;&gt;&lt;img src=x onerror=alert(1)&gt;)</span> · Hus &#39;Nord&#39; &amp; &lt;i&gt;co&lt;&#47;i&gt;</h3>"), r.out)
        // In an attribute too: the filter's search text.
        XCTAssertTrue(r.out.contains("data-search=\"&lt;script&gt;alert(1)&lt;&#47;script&gt; &quot;&gt;&lt;img src=x onerror=alert(1)&gt; hus &#39;nord&#39; &amp; &lt;i&gt;co&lt;&#47;i&gt; rec.08 rec.03 rest.daily\""), r.out)
        // The only script is the page's own filter.
        XCTAssertEqual(r.out.components(separatedBy: "<script>").count, 2)
        // --redact leaves the name out.
        let redacted = vagttjek("check", roster, "--format", "html", "--redact").out
        XCTAssertFalse(redacted.contains("onerror"), redacted)
    }

    func testTheSamplePageIsSelfContainedAndCountsExactly() {
        let r = html([
            sample("bosted-solsikken-marts-2026.csv"), "--employees", sample("employees.csv"),
            "--agreement", sample("aftaler/hus-nord-nedsat-hviletid.json"),
        ])
        XCTAssertEqual(r.code, 1)
        for reference in ["http://", "https://", "//", "src=", "href=", "@import", "url("] {
            XCTAssertFalse(r.out.contains(reference), reference)
        }
        XCTAssertTrue(r.out.hasPrefix("<!doctype html>\n<html lang=\"da\">\n"))
        XCTAssertTrue(r.out.contains("<p class=\"totals\" id=\"totals\"><span class=\"error\">8 fejl</span> · <span class=\"warning\">45 advarsler</span> · <span class=\"info\">7 info</span></p>"), r.out)
        // One list item per finding, one table row per rule with findings, one block per employee
        // with shifts (14) and one for the whole plan, one timeline each.
        // The page opens with what to fix first: the 8 errors by employee, most first.
        XCTAssertEqual(r.out.components(separatedBy: "<li class=\"").count - 1, 60 + 8)
        XCTAssertTrue(r.out.contains("</header>\n<section id=\"fix-first\">\n<h2>Ret først (8 fejl hos 7 medarbejdere, flest først)</h2>\n<h3>S02 <span class=\"name\">(Ida Østergaard)</span> · Hus Syd <span class=\"count\">2 fejl</span></h3>\n<ol class=\"findings\">\n<li class=\"error\"><code>pregnancy.fixed-night</code> <span class=\"when\">lø 28-03 23:00</span><br>Nattevagten 28-03 23:00–29-03 07:00 ligger efter"), r.out)
        XCTAssertLessThan(r.out.range(of: "id=\"fix-first\"")?.lowerBound ?? r.out.endIndex, r.out.range(of: "id=\"rules\"")?.lowerBound ?? r.out.startIndex)
        // Findings about the whole period are badges by the name, not bars over the timeline.
        XCTAssertTrue(r.out.contains("<h3>N06 <span class=\"name\">(Frida Krogh)</span> · Hus Nord <span class=\"badge warning\" title=\"Intet fridøgn falder på en søndag i perioden 02-03-2026–30-03-2026. Læg så vidt muligt et fridøgn, der dækker en hel søndag.\">dayoff.sunday</span> <span class=\"badge warning\" title=\"Gennemsnitlig arbejdstid 50,21 t pr. uge"), r.out)
        XCTAssertFalse(r.out.contains("<title>dayoff.sunday:"), r.out)
        // Every shift's times and code in print, where tooltips are lost.
        XCTAssertTrue(r.out.contains("<p class=\"shifts\">Vagter: ma 02-03 07:00–15:00 D · ti 03-03 07:00–15:00 D · on 04-03 07:00–15:00 D · lø 07-03 15:00–23:00 A"), r.out)
        XCTAssertTrue(r.out.contains("lø 07-03 23:00–08-03 07:00 S (sovevagt / rådighed på arbejdsstedet)"), r.out)
        XCTAssertTrue(r.out.contains(".shifts { display: none; }") && r.out.contains("  .shifts { display: block;"), r.out)
        XCTAssertEqual(r.out.components(separatedBy: "<tr><td><code>").count - 1, 19)
        XCTAssertEqual(r.out.components(separatedBy: "<article class=\"employee\"").count - 1, 15)
        XCTAssertEqual(r.out.components(separatedBy: "<svg class=\"timeline\"").count - 1, 14)
        XCTAssertTrue(r.out.contains("<tr><td><code>rest.daily</code></td><td class=\"error\">fejl</td><td>Daglig hviletid (11 timer)</td><td class=\"n\">2</td>"), r.out)
        XCTAssertTrue(r.out.contains("<tr><td>Hus Syd</td><td class=\"n\">6</td><td class=\"n\">22</td><td class=\"n\">4</td></tr>"), r.out)
        XCTAssertTrue(r.out.contains("<p>Ingen vagter i planen: S08</p>"), r.out)
        // Prints: A4 landscape, blocks kept whole.
        XCTAssertTrue(r.out.contains("@page { size: A4 landscape; margin: 12mm; }"))
        XCTAssertTrue(r.out.contains("article.employee { break-inside: avoid; page-break-inside: avoid; }"))
        let english = vagttjek("check", sample("bosted-solsikken-marts-2026.csv"), "--format", "html", "--lang", "en").out
        XCTAssertTrue(english.hasPrefix("<!doctype html>\n<html lang=\"en\">\n"))
        XCTAssertTrue(english.contains("<h2>Findings by rule</h2>"))
    }

    /// The per-rule table shows this run's severities, not each rule's default: on the sample
    /// `hours.weekly48` (an error by default) found one warning.
    func testThePerRuleTableShowsThisRunsSeverities() {
        let page = html([SampleRosterTests.roster, "--employees", sample("employees.csv")]).out
        XCTAssertTrue(page.contains("<tr><td><code>hours.weekly48</code></td><td class=\"warning\">advarsel</td>"), page)
        XCTAssertTrue(page.contains("<tr><td><code>night.health-check</code></td><td class=\"warning\">2 advarsler, 3 info</td>"), page)
        XCTAssertTrue(page.contains("<tr><td><code>rest.daily</code></td><td class=\"error\">fejl</td>"), page)
    }

    func testABigRosterShowsOnlyEmployeesWithFindingsWithoutTimelines() throws {
        var csv = "employee,start,end\n"
        for k in 0..<250 {
            let id = "E\(k)"
            csv += "\(id),2026-03-02 07:00,2026-03-02 15:00\n"
            // Every tenth has an 8-hour rest.
            csv += k % 10 == 0 ? "\(id),2026-03-02 23:00,2026-03-03 07:00\n" : "\(id),2026-03-03 07:00,2026-03-03 15:00\n"
        }
        let roster = try scratch.file("big.csv", csv)
        let r = html([roster])
        XCTAssertEqual(r.code, 1)
        XCTAssertFalse(r.out.contains("<svg class=\"timeline\""))
        XCTAssertEqual(r.out.components(separatedBy: "<article class=\"employee\"").count - 1, 25 + 1)
        XCTAssertTrue(r.out.contains("<p class=\"more\">225 medarbejdere uden fund er ikke vist (over 200 medarbejdere viser siden kun dem med fund og ingen tidslinjer).</p>"), r.out)
    }
}

/// The page is capped in rows as it is in employees (issue 32): one employee with a million rows
/// made a page of 858 MB in 60 s.
final class HTMLRowCapTests: XCTestCase {
    func testOneEmployeeWithManyRowsGetsACappedTimelineAndList() throws {
        let scratch = try Scratch()
        var csv = "employee,start,end\n"
        let first = CivilDate(year: 2026, month: 1, day: 5).dayNumber
        // An evening, then a morning: an 8-hour rest every second day, 1,200 days.
        for k in 0..<1_200 {
            let d = CivilDate(dayNumber: first + k)
            csv += k % 2 == 0 ? "E1,\(d) 15:00,\(d) 23:00\n" : "E1,\(d) 07:00,\(d) 15:00\n"
        }
        let f = try scratch.file("long.csv", csv)
        let r = vagttjek("check", f, "--format", "html", "--rule", "rest.daily")
        XCTAssertEqual(r.code, 1)
        XCTAssertEqual(r.out.components(separatedBy: "<rect class=\"k-work\" x=").count - 1, 1_000)  // the legend's swatch has no x
        // 300 in the employee's list, and the first 5 of them again under "Ret først".
        XCTAssertEqual(r.out.components(separatedBy: "<li class=\"error\"").count - 1, 300 + 5)
        XCTAssertTrue(r.out.contains("<p class=\"more\">og 595 fejl mere.</p>\n</section>"), String(r.out.prefix(5000)))
        XCTAssertTrue(r.out.contains("<p class=\"more\">Tidslinjen viser de første 1000 vagter og fund; 200 mere er ikke tegnet (alle står i --format json og csv).</p>"), String(r.out.suffix(3000)))
        XCTAssertTrue(r.out.contains("<p class=\"more\">og 300 fund mere (alle står i --format json og csv).</p>"), String(r.out.suffix(3000)))
    }
}
