import Foundation
import XCTest

@testable import VagttjekCore

/// `.xlsx` read directly (README «Excel workbooks»): DEFLATE against zlib's streams, the ZIP
/// container's bounds and checks, every kind of cell, and errors that name the cell.
final class WorkbookTests: XCTestCase {
    let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    func fixture(_ name: String) throws -> [UInt8] { Array(try Data(contentsOf: fixtures.appendingPathComponent(name))) }

    /// Streams Python's zlib wrote (fixed and dynamic Huffman, stored blocks, long runs, empty),
    /// inflated to the size and CRC-32 zlib gave.
    func testInflateGivesWhatZlibCompressed() throws {
        let manifest = String(decoding: try fixture("inflate-cases.txt"), as: UTF8.self)
        var count = 0
        for line in manifest.split(separator: "\n") {
            let parts = line.split(separator: " ")
            let stream = try fixture("\(parts[0]).deflate")
            let out = try stream.withUnsafeBufferPointer { try Inflate.inflate($0, expected: 16, limit: 1 << 20) }
            XCTAssertEqual(out.count, Int(parts[1]), String(parts[0]))
            XCTAssertEqual(CRC32.checksum(out), UInt32(parts[2]), String(parts[0]))
            count += 1
        }
        XCTAssertEqual(count, 6)
    }

    func testInflateStopsAtTheLimitAndOnBrokenStreams() throws {
        let runs = try fixture("runs.deflate")  // 100,053 bytes when inflated
        XCTAssertThrowsError(try runs.withUnsafeBufferPointer { try Inflate.inflate($0, expected: 16, limit: 50_000) }) { error in
            XCTAssertEqual(error as? Inflate.Failure, .tooLarge)
        }
        XCTAssertThrowsError(try Array(runs.prefix(20)).withUnsafeBufferPointer { try Inflate.inflate($0, expected: 16, limit: 1 << 20) }) { error in
            XCTAssertEqual(error as? Inflate.Failure, .truncated)
        }
        // Block type 3 does not exist.
        XCTAssertThrowsError(try [UInt8]([0x07]).withUnsafeBufferPointer { try Inflate.inflate($0, expected: 16, limit: 1 << 20) }) { error in
            XCTAssertEqual(error as? Inflate.Failure, .invalidBlock)
        }
        // A stored block whose length and complement disagree.
        XCTAssertThrowsError(try [UInt8]([0x01, 0x05, 0x00, 0x00, 0x00]).withUnsafeBufferPointer { try Inflate.inflate($0, expected: 16, limit: 1 << 20) }) { error in
            XCTAssertEqual(error as? Inflate.Failure, .invalidBlock)
        }
    }

    func testAZipBombIsRefusedBeforeTheMemoryIsSpent() throws {
        let book = try XLSXWorkbook(bytes: try fixture("bomb.xlsx"), file: "bomb.xlsx", partLimit: 1 << 20)
        XCTAssertThrowsError(try book.sheet(nil)) { error in
            XCTAssertEqual((error as? InputFailure)?.errors.map { $0.rendered(.da) }, [
                "bomb.xlsx: xl/worksheets/sheet1.xml ville fylde mere end 1 MB udpakket (en ZIP-bombe eller et enormt ark); gem kun vagtplanen"
            ])
        }
    }

    func testACorruptChecksumIsAnError() throws {
        var bytes = ZipArchive.workbook(sheet: Array("<worksheet><sheetData/></worksheet>".utf8))
        // The sheet's bytes are stored: change one of them after its CRC was written.
        let marker = Array("<worksheet>".utf8)
        let at = try XCTUnwrap((0..<bytes.count - marker.count).first { bytes[$0..<($0 + marker.count)].elementsEqual(marker) })
        bytes[at + 1] = 0x57  // w → W
        let book = try XLSXWorkbook(bytes: bytes, file: "plan.xlsx")
        XCTAssertThrowsError(try book.sheet(nil)) { error in
            XCTAssertEqual((error as? InputFailure)?.errors.map { $0.rendered(.en) }, [
                "plan.xlsx: the file is damaged: xl/worksheets/sheet1.xml does not match its checksum (CRC); fetch or save it again"
            ])
        }
        XCTAssertThrowsError(try XLSXWorkbook(bytes: Array("not a zip at all, just text".utf8), file: "x.xlsx")) { error in
            XCTAssertEqual((error as? InputFailure)?.errors.map { $0.rendered(.da) }, [
                "x.xlsx: er ikke en .xlsx-fil (ingen ZIP-indholdsfortegnelse); gem den i Excel som .xlsx eller CSV"
            ])
        }
    }

    static let styles = """
        <styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="dd\\-mm\\-yyyy\\ hh:mm"/></numFmts>
        <cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="20"/><xf numFmtId="2"/></cellXfs></styleSheet>
        """

    /// Every kind of cell, as the roster reader gets it.
    func testEveryKindOfCellBecomesTheTextARosterHolds() throws {
        let sheet = """
            <worksheet><dimension ref="A1:F4"/><sheetData>
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>start</t></is></c><c r="C1" t="s"><v>1</v></c><c r="F1" t="str"><f>A1</f><v>note</v></c></row>
            <row r="3"><c r="A3" t="s"><v>2</v></c><c r="B3" s="2"><v>46083.291666666664</v></c><c r="C3" s="1"><v>46084</v></c><c r="D3" s="3"><v>0.625</v></c><c r="E3" t="b"><v>1</v></c><c r="F3" t="e"><v>#N/A</v></c></row>
            <row r="4"><c r="A4"><v>7.5</v></c><c r="B4" s="4"><v>3</v></c><c r="C4" t="inlineStr"><is><r><t>a;b</t></r><r><t xml:space="preserve"> "c"
            d</t></r></is></c></row>
            </sheetData></worksheet>
            """
        let book = try XLSXWorkbook(
            bytes: ZipArchive.workbook(sheet: Array(sheet.utf8), strings: ["medarbejder", "slut", "E1 <x>"], styles: Self.styles, sheetName: "Marts"),
            file: "plan.xlsx")
        let s = try book.sheet("marts")  // any case
        XCTAssertEqual(s.name, "Marts")
        XCTAssertEqual(String(decoding: s.text, as: UTF8.self), """
            medarbejder;start;slut;;;note

            E1 <x>;2026-03-02 07:00;2026-03-03;15:00;true;#N/A
            7.5;3;"a;b ""c"" d";;;

            """)
        XCTAssertEqual(s.cell(line: 3, column: 8), "Marts!B3")
        XCTAssertEqual(s.cell(line: 4, column: 7), "Marts!C4")
        XCTAssertEqual(s.cell(line: 4, column: nil), "Marts!4")
    }

    func testThe1904DateSystem() throws {
        let sheet = "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" s=\"2\"><v>44621.5</v></c></row></sheetData></worksheet>"
        let book = try XLSXWorkbook(bytes: ZipArchive.workbook(sheet: Array(sheet.utf8), styles: Self.styles, date1904: true), file: "p.xlsx")
        XCTAssertEqual(String(decoding: try book.sheet(nil).text, as: UTF8.self), "2026-03-02 12:00\n")
    }

    func testAnErrorInAWorkbookNamesTheCell() throws {
        let sheet = """
            <worksheet><sheetData>
            <row r="1"><c t="inlineStr"><is><t>Plan marts</t></is></c></row>
            <row r="2"><c t="s"><v>0</v></c><c t="s"><v>1</v></c><c t="s"><v>2</v></c></row>
            <row r="3"><c t="s"><v>4</v></c><c s="2"><v>46083.291666666664</v></c><c s="2"><v>46083.625</v></c></row>
            <row r="4"><c t="s"><v>4</v></c><c t="inlineStr"><is><t>i morgen</t></is></c><c s="2"><v>46084.625</v></c></row>
            </sheetData></worksheet>
            """
        let path = NSTemporaryDirectory() + "vagttjek-\(UUID().uuidString).xlsx"
        defer { unlink(path) }
        let bytes = ZipArchive.workbook(sheet: Array(sheet.utf8), strings: ["medarbejder", "start", "slut", "D", "E1"], styles: Self.styles, sheetName: "Marts")
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let r = try RosterReader().read(path: path)
        XCTAssertEqual(r.strategy, .workbook)
        XCTAssertEqual(r.roster.shifts.count, 1)
        XCTAssertEqual(r.errors.map { $0.rendered(.da) }, [
            "\(path)!Marts!B4: ugyldigt tidspunkt «i morgen»; forventede ÅÅÅÅ-MM-DD TT:MM (eller DD-MM-ÅÅÅÅ TT:MM, DD.MM.ÅÅÅÅ TT.MM)"
        ])
        XCTAssertEqual(r.roster.titles, ["Plan marts"])
        XCTAssertEqual(r.roster.notices.map { $0.cell }, ["Marts!1"])
    }

    func testASheetThatSpreadsTooFarIsRefused() throws {
        let sheet = "<worksheet><sheetData><row r=\"1048576\"><c r=\"XFD1048576\"><v>1</v></c></row></sheetData></worksheet>"
        let book = try XLSXWorkbook(bytes: ZipArchive.workbook(sheet: Array(sheet.utf8)), file: "p.xlsx")
        XCTAssertThrowsError(try book.sheet(nil)) { error in
            XCTAssertEqual((error as? InputFailure)?.errors.map { $0.message.en }, [
                "the sheet «Ark1» spans too many cells (to XFD1048576); copy the roster to a new sheet and save it"
            ])
        }
        XCTAssertThrowsError(try book.sheet("Nope")) { error in
            XCTAssertEqual((error as? InputFailure)?.errors.map { $0.message.da }, ["arbejdsbogen har intet ark «Nope»; den har «Ark1»"])
            XCTAssertEqual((error as? InputFailure)?.isUsage, true)
        }
    }

    func testFormatsVagttjekDoesNotReadSayWhatToSaveAs() throws {
        let folder = NSTemporaryDirectory() + "vagttjek-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var said: [String] = []
        for (name, bytes) in [("plan.xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] as [UInt8]), ("plan.ods", Array("PK\u{3}\u{4}".utf8)), ("plan.pdf", Array("%PDF-1.7".utf8))] {
            try Data(bytes).write(to: URL(fileURLWithPath: "\(folder)/\(name)"))
            XCTAssertThrowsError(try RosterReader().read(path: "\(folder)/\(name)")) { error in
                said += (error as? InputFailure)?.errors.map { $0.message.da } ?? []
            }
        }
        XCTAssertEqual(said, [
            "er en gammel Excel-fil (.xls), som vagttjek ikke læser; åbn den i Excel og gem den som Excel-projektmappe (.xlsx) eller CSV (semikolonsepareret)",
            "er et OpenDocument-regneark (.ods); gem det i LibreOffice som Excel 2007-365 (.xlsx) eller tekst-CSV",
            "er en PDF, og en vagtplan i PDF kan ikke læses sikkert; eksportér planen fra planlægningssystemet som CSV eller Excel (.xlsx)",
        ])
    }

    /// A damaged sheet (found by the fuzz target `sheet`): a row never closed, a cell outside any
    /// row, a `</row>` with no row: read as far as it goes, never a trap.
    func testADamagedSheetIsReadAsFarAsItGoes() throws {
        let sheet = "<worksheet><sheetData><c r=\"B1\"><v>9</v></c></row><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><row r=\"2\"><c r=\"A2\"><v>7</v></c><c r"
        let book = try XLSXWorkbook(bytes: ZipArchive.workbook(sheet: Array(sheet.utf8), strings: ["medarbejder"]), file: "p.xlsx")
        XCTAssertEqual(String(decoding: try book.sheet(nil).text, as: UTF8.self), "medarbejder\n7\n")
    }

    /// A roster from a pipe (`check <(cat plan.csv)`) is not peeked at for a workbook's magic
    /// bytes: that took its first bytes away, and the file read as empty.
    func testARosterFromAPipeLosesNoBytes() throws {
        let path = NSTemporaryDirectory() + "vagttjek-fifo-\(UUID().uuidString)"
        XCTAssertEqual(mkfifo(path, 0o600), 0)
        defer { unlink(path) }
        let text = "medarbejder;start;slut\nE1;2026-03-02 07:00;2026-03-02 15:00\n"
        let writer = Thread {
            if let f = fopen(path, "w") {
                fputs(text, f)
                fclose(f)
            }
        }
        writer.start()
        let r = try RosterReader().read(path: path)
        XCTAssertEqual(r.errors, [])
        XCTAssertEqual(r.roster.employeeIDs, ["E1"])
        XCTAssertEqual(r.roster.shifts.count, 1)
    }
}
