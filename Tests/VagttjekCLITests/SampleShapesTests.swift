import XCTest

@testable import VagttjekCLI

/// The samples of the shapes planners' files have (README «Shift codes», «Grid rosters», «Excel
/// workbooks»): one plan of Hus Vest as a code-only export, as the planner's grid, and as that
/// grid saved from Excel, read to the same findings.
final class SampleShapesTests: XCTestCase {
    /// `kodeeksport-hus-vest-marts-2026.csv` with its legend `vagtkoder.csv`: a code a day, read
    /// through `--codes`; the total row at the end is passed over with a notice.
    func testTheCodeOnlyExportSampleIsReadThroughItsLegend() {
        let f = sample("kodeeksport-hus-vest-marts-2026.csv")
        let r = vagttjek("check", f, "--codes", sample("vagtkoder.csv"), "--format", "csv", "--severity", "error")
        XCTAssertEqual(r.code, 1)
        XCTAssertEqual(SampleRosterTests.keyColumns(r.out), ["rest.daily,error,V02,2026-03-04T07:00:00+01:00,2026-03-04T15:00:00+01:00,8,11,h"])
        XCTAssertEqual(r.err, "\(f):170: bemærk: rækken «I alt» er en sumrække og læses ikke som en vagt\n")
        let text = vagttjek("check", f, "--codes", sample("vagtkoder.csv"))
        XCTAssertTrue(text.out.contains("Periode 02-03-2026 – 29-03-2026 · 6 medarbejdere · 168 vagter\n"), text.out)
        XCTAssertTrue(text.out.contains("I alt: 1 fejl, 13 advarsler, 6 info.\n"), text.out)
    }

    /// `ugeplan-hus-vest-marts-2026.csv`: the same plan as the code-only export, as the grid a
    /// planner keeps in Excel (title, weekday prefixes, free days left empty, a Timer column and
    /// an I alt row): the same findings.
    func testTheGridSampleGivesTheCodeOnlyExportsFindings() {
        let grid = sample("ugeplan-hus-vest-marts-2026.csv"), legend = sample("vagtkoder.csv")
        let r = vagttjek("check", grid, "--codes", legend, "--format", "csv")
        let long = vagttjek("check", sample("kodeeksport-hus-vest-marts-2026.csv"), "--codes", legend, "--format", "csv")
        XCTAssertEqual(r.code, 1)
        XCTAssertEqual(SampleRosterTests.keyColumns(r.out), SampleRosterTests.keyColumns(long.out))
        XCTAssertEqual(SampleRosterTests.keyColumns(r.out).count, 20)
        XCTAssertEqual(
            r.err,
            "\(grid):1: bemærk: linje 1 er ikke overskriften (en titel eller Excels sep=); overskriften er linje 2\n"
                + "\(grid):9: bemærk: rækken «I alt» er en sumrække og læses ikke som en vagt\n"
                + "\(grid):2: bemærk: kolonnen «Timer» er ikke datoer og læses ikke (summer og andet ved siden af planen)\n")
        XCTAssertTrue(vagttjek("check", grid, "--codes", legend).out.hasPrefix("vagttjek 0.1.0 — \(grid)\nVagtplan Hus Vest, marts 2026\nPeriode "))
    }

    /// `ugeplan-hus-vest-marts-2026.xlsx`: the grid saved as an Excel workbook (sheet «Marts»),
    /// read directly: the CSV grid's findings, its notices naming the workbook's rows.
    func testTheWorkbookSampleGivesTheGridsFindings() {
        let book = sample("ugeplan-hus-vest-marts-2026.xlsx"), legend = sample("vagtkoder.csv")
        let r = vagttjek("check", book, "--codes", legend, "--format", "csv")
        let grid = vagttjek("check", sample("ugeplan-hus-vest-marts-2026.csv"), "--codes", legend, "--format", "csv")
        XCTAssertEqual(r.code, 1)
        XCTAssertEqual(SampleRosterTests.keyColumns(r.out), SampleRosterTests.keyColumns(grid.out))
        XCTAssertEqual(
            r.err,
            "\(book)!Marts!1: bemærk: linje 1 er ikke overskriften (en titel eller Excels sep=); overskriften er linje 2\n"
                + "\(book)!Marts!9: bemærk: rækken «I alt» er en sumrække og læses ikke som en vagt\n"
                + "\(book)!Marts!2: bemærk: kolonnen «Timer» er ikke datoer og læses ikke (summer og andet ved siden af planen)\n")
        XCTAssertEqual(vagttjek("check", book, "--codes", legend, "--sheet", "April").err, "\(book): arbejdsbogen har intet ark «April»; den har «Marts»\n")
    }

    /// `agreement --roster` takes `--codes` and `--sheet` as `check` does: the TR's view of the
    /// workbook finds V02's short rest outside the agreement, as check does.
    func testTheAgreementChecklistReadsTheWorkbookThroughItsLegend() {
        let book = sample("ugeplan-hus-vest-marts-2026.xlsx")
        let r = vagttjek("agreement", sample("aftaler/hus-nord-nedsat-hviletid.json"), "--roster", book, "--codes", sample("vagtkoder.csv"), "--sheet", "Marts", "--on", "2026-03-01")
        XCTAssertEqual(r.code, 1)
        XCTAssertTrue(
            r.out.contains("    V02 2026-03-04 07:00–2026-03-04 15:00: hvile 8 t. Aftalen LA-2026-03 gælder ikke her: vagten 04-03 07:00 (D, Hus Vest) er uden for aftalens område (enheder: Hus Nord; vagtkoder: A, D).\n"),
            r.out)
        XCTAssertEqual(r.err.split(separator: "\n").first.map(String.init), "\(book)!Marts!1: bemærk: linje 1 er ikke overskriften (en titel eller Excels sep=); overskriften er linje 2")
        XCTAssertEqual(
            vagttjek("agreement", sample("aftaler/hus-nord-nedsat-hviletid.json"), "--codes", sample("vagtkoder.csv")).err, "vagttjek: --codes og --sheet kræver --roster.\n")
    }
}
