/// Spreadsheet files given as a roster: an `.xlsx` is read (`XLSXWorkbook`); the formats
/// vagttjek does not read get a sentence saying what to save the file as, instead of "not a
/// text file".
enum Spreadsheet {
    enum Kind { case xlsx, xls, ods, numbers, pdf }

    /// What a file is, by its first bytes and its name; nil for a text file.
    static func kind(path: String) -> Kind? {
        let lower = path.lowercased()
        var head = [UInt8](repeating: 0, count: 8)
        var got = 0
        // Only a regular file is peeked at: reading from a pipe (`<(cat plan.csv)`) would take
        // its first bytes away from the reader that comes after.
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, let f = fopen(path, "rb") {
            got = fread(&head, 1, 8, f)
            fclose(f)
        }
        let zip = got >= 4 && head[0] == 0x50 && head[1] == 0x4B && head[2] == 3 && head[3] == 4
        if lower.hasSuffix(".ods") { return .ods }
        if lower.hasSuffix(".numbers") { return .numbers }
        if lower.hasSuffix(".xls") || (got == 8 && head == [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .xls }
        if lower.hasSuffix(".pdf") || (got >= 4 && head[0..<4].elementsEqual("%PDF".utf8)) { return .pdf }
        if zip || lower.hasSuffix(".xlsx") || lower.hasSuffix(".xlsm") { return .xlsx }
        return nil
    }

    /// The sentence for a format vagttjek does not read.
    static func unsupported(_ kind: Kind, _ file: String) -> InputError {
        switch kind {
        case .xls:
            return InputError(
                file: file, da: "er en gammel Excel-fil (.xls), som vagttjek ikke læser; åbn den i Excel og gem den som Excel-projektmappe (.xlsx) eller CSV (semikolonsepareret)",
                en: "is an old Excel file (.xls), which vagttjek does not read; open it in Excel and save it as Excel Workbook (.xlsx) or CSV")
        case .ods:
            return InputError(
                file: file, da: "er et OpenDocument-regneark (.ods); gem det i LibreOffice som Excel 2007-365 (.xlsx) eller tekst-CSV",
                en: "is an OpenDocument spreadsheet (.ods); save it in LibreOffice as Excel 2007-365 (.xlsx) or Text CSV")
        case .numbers:
            return InputError(
                file: file, da: "er et Numbers-regneark; eksportér det i Numbers som Excel (.xlsx) eller CSV (Arkiv › Eksportér til)",
                en: "is a Numbers spreadsheet; export it from Numbers as Excel (.xlsx) or CSV (File › Export To)")
        case .pdf:
            return InputError(
                file: file, da: "er en PDF, og en vagtplan i PDF kan ikke læses sikkert; eksportér planen fra planlægningssystemet som CSV eller Excel (.xlsx)",
                en: "is a PDF, and a roster in a PDF cannot be read reliably; export the plan from the planning system as CSV or Excel (.xlsx)")
        case .xlsx:
            return InputError(file: file, da: "", en: "")
        }
    }
}

#if canImport(Glibc)
import Glibc
#endif

extension RosterReader {
    /// A workbook's sheet, read as the text `XLSXSheet` makes of it; every error and notice
    /// names its cell (`plan.xlsx!Marts!C7`).
    func readSpreadsheet(path: String, _ kind: Spreadsheet.Kind) throws(InputFailure) -> Result {
        guard kind == .xlsx else { throw InputFailure([Spreadsheet.unsupported(kind, path)]) }
        // The workbook (the file's bytes) is let go before the text is parsed.
        func sheetText() throws(InputFailure) -> XLSXSheet {
            let bytes: [UInt8]
            do { bytes = try TextFile.read(path: path, limits: limits) } catch { throw InputFailure([error]) }
            return try XLSXWorkbook(bytes: bytes, file: path, partLimit: limits.workbookPartBytes).sheet(self.sheet, jobs: jobs)
        }
        let sheet = try sheetText()
        func cited(_ e: InputError) -> InputError {
            var e = e
            if let line = e.line { e.cell = sheet.cell(line: line, column: e.column) }
            return e
        }
        do {
            var result = try parseOnce(bytes: sheet.text, file: path)
            result.errors = result.errors.map(cited)
            result.roster.notices = result.roster.notices.map(cited)
            result.strategy = .workbook
            return result
        } catch {
            var failure = error
            failure.errors = failure.errors.map(cited)
            throw failure
        }
    }
}

extension RosterReader {
    /// The file read again month first when a row's date can only be read that way and none
    /// only day first (an export from an American system: `03/15/2026`), with a notice naming
    /// the row that decided it; an error naming both rows when the file reads both ways.
    func settlingDateOrder(_ result: Result, file: String, _ again: (RosterReader) throws(InputFailure) -> Result) throws(InputFailure) -> Result {
        guard !monthFirst, let m = result.dateEvidence.monthFirst else { return result }
        if let d = result.dateEvidence.dayFirst {
            throw InputFailure([InputError(
                file: file, line: m.line,
                da: "datoerne læses ikke på én måde: linje \(d.line) («\(shown(d.text))») kan kun være dag/måned, linje \(m.line) («\(shown(m.text))») kun måned/dag; ret den ene, så hele filen skriver datoer ens",
                en: "the dates do not read one way: line \(d.line) («\(shown(d.text))») can only be day/month, line \(m.line) («\(shown(m.text))») only month/day; correct one so the whole file writes dates alike")])
        }
        var reader = self
        reader.monthFirst = true
        var read = try again(reader)
        read.roster.notices.insert(
            InputError(
                file: file, line: m.line,
                da: "datoerne læses som måned/dag (amerikansk), fordi «\(shown(m.text))» kun kan læses sådan",
                en: "the dates are read as month/day (American), because «\(shown(m.text))» can only be read that way"), at: 0)
        return read
    }
}
