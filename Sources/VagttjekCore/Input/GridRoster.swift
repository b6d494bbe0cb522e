/// The week or month grid most small units plan in (README «Grid rosters»): one row per
/// employee, one column per date, a shift code in each cell (`D`, `A`, `N`, `F`, `7-15`), a title
/// row or two above the header, weekday prefixes on the dates (`ma 02-03`), and a totals column
/// or row at the edge. A roster whose header names no start and end is tried as a grid: a line
/// of the first ten with two or more dates and an id or name column before them is its header.
///
/// Codes are read through the legend (`ShiftCodes`, `--codes`); a cell may hold two shifts
/// (`D+A`, `7-11/15-19`). A date without a year takes it from the title lines, else from
/// `--period`; a weekday that does not fit its date is an error (the wrong year, most often).
/// Columns that are not dates after the first date (totals) are passed over with a notice, as
/// are total rows (`I alt`). Errors name the cell: file, line, column, code.
extension RosterReader {
    /// A grid's header: which column is which, and the date of each date column.
    struct GridHeader {
        var record: CSVScanner.Record
        var employee: Int
        var name: Int?
        var unit: Int?
        /// Whether the employee column holds names (no id column).
        var namesAsIDs: Bool
        var dates: [(column: Int, reading: GridDate.Reading)]
        var ignored: [String]
    }

    static let gridIDNames = ["employee", "medarbejder", "medarbejdernr", "nr", "id", "initialer", "lønnr", "medarbejder nr"].map(HeaderName.key)
    static let gridNameNames = ["name", "navn", "medarbejdernavn", "employee name", "medarbejder navn"].map(HeaderName.key)
    static let gridUnitNames = ["unit", "afdeling", "enhed"].map(HeaderName.key)

    /// The grid header in a record, or nil when the record is not one.
    func gridHeader(_ record: CSVScanner.Record, _ scanner: CSVScanner) -> GridHeader? {
        let cells = (0..<record.count).map { HeaderName.visible(scanner.string(record, $0)) }
        var dates: [(column: Int, reading: GridDate.Reading)] = []
        for (i, c) in cells.enumerated() { if let r = GridDate.parse(c) { dates.append((i, r)) } }
        guard dates.count >= 2, let first = dates.first?.column, first > 0 else { return nil }
        var id: Int?, name: Int?, unit: Int?
        var ignored: [String] = []
        let dateColumns = Set(dates.map(\.column))
        for i in 0..<cells.count where !dateColumns.contains(i) {
            let key = HeaderName.key(cells[i])
            if i < first && id == nil && (Self.gridIDNames.contains(key) || mapping[.employee].map { HeaderName.key($0) == key } == true) {
                id = i
            } else if i < first && name == nil && Self.gridNameNames.contains(key) {
                name = i
            } else if i < first && unit == nil && Self.gridUnitNames.contains(key) {
                unit = i
            } else if !cells[i].isEmpty {
                ignored.append(cells[i])
            }
        }
        // Neither an id nor a name column: the first column, when its header is empty.
        if id == nil && name == nil {
            guard cells[0].isEmpty else { return nil }
            name = 0
        }
        return GridHeader(
            record: record, employee: id ?? name ?? 0, name: id == nil ? nil : name, unit: unit, namesAsIDs: id == nil, dates: dates,
            ignored: ignored)
    }

    /// Reads a grid roster; nil when no line of the first ten is a grid header (the caller's
    /// error about the missing columns stands).
    func parseGrid(bytes: [UInt8], file: String) throws(InputFailure) -> Result? {
        guard let (scanner, header, days, titles, skipped) = try gridLayout(bytes: bytes, file: file) else { return nil }
        var rows = RowParser(scanner: scanner, file: file, columns: [.employee: header.employee], headerCount: header.record.count, kinds: kinds, codes: codes)
        rows.readGridRows(header, days)
        var columns: [Column: Int] = [.employee: header.employee]
        if let n = header.name { columns[.name] = n }
        var h = Header(scanner: scanner, columns: columns, count: header.record.count, line: header.record.line)
        h.skipped = skipped
        h.titles = titles
        if header.namesAsIDs { h.namesAsIDs = HeaderName.visible(scanner.string(header.record, header.employee)) }
        return try finishGrid(&rows, h, header, file: file)
    }

    /// A grid's header and the day of each date column, with the scanner after the header; nil
    /// when no line of the first ten is a grid header. (Also for `RosterRewrite`, which writes a
    /// grid back.)
    func gridLayout(bytes: [UInt8], file: String) throws(InputFailure) -> (CSVScanner, GridHeader, [Day], [String], [Int])? {
        let (start, delimiter) = HeaderName.excelSeparator(bytes)
        var scanner = CSVScanner(
            bytes: bytes, delimiter: delimiter ?? CSVScanner.detectDelimiter(Array(bytes[start..<min(bytes.count, start + (1 << 16))])))
        scanner.seek(to: start, line: start > 0 ? 2 : 1)
        var titles: [String] = []
        var skipped = start > 0 ? [1] : []
        var found: GridHeader?
        for _ in 0..<10 {
            var record = CSVScanner.Record()
            guard scanner.next(into: &record) else { break }
            if let h = gridHeader(record, scanner) {
                found = h
                break
            }
            let text = (0..<record.count).map { HeaderName.visible(scanner.string(record, $0)) }.filter { !$0.isEmpty }.joined(separator: " ")
            if !text.isEmpty { titles.append(text) }
            skipped.append(record.line)
        }
        guard let header = found else { return nil }
        let days = try gridDays(header, scanner, titles: titles, file: file)
        return (scanner, header, days, titles, skipped)
    }

    /// The roster from a grid's rows, with the notices of the grid.
    func finishGrid(_ rows: inout RowParser, _ h: Header, _ header: GridHeader, file: String) throws(InputFailure) -> Result {
        var result = try finish(&rows, header: h, file: file)
        if !header.ignored.isEmpty {
            let list = header.ignored.map { "«\(shown($0))»" }.joined(separator: ", ")
            result.roster.notices.append(
                InputError(
                    file: file, line: header.record.line,
                    da: "\(header.ignored.count == 1 ? "kolonnen" : "kolonnerne") \(list) er ikke datoer og læses ikke (summer og andet ved siden af planen)",
                    en: "the \(header.ignored.count == 1 ? "column" : "columns") \(list) \(header.ignored.count == 1 ? "is" : "are") not dates and \(header.ignored.count == 1 ? "is" : "are") not read (totals and the like beside the plan)"))
        }
        result.strategy = .whole(.small)
        return result
    }

    /// The day of each date column: the year from the cell, else from the title lines, else
    /// from `period`; a date after December in a grid without years is in the next year. A
    /// weekday that does not fit, or a date twice, is an error naming the cell.
    func gridDays(_ header: GridHeader, _ scanner: CSVScanner, titles: [String], file: String) throws(InputFailure) -> [Day] {
        var errors: [InputError] = []
        func cellError(_ column: Int, da: String, en: String) {
            errors.append(InputError(file: file, line: header.record.line, column: scanner.characterColumn(header.record, column), da: da, en: en))
        }
        var base: Int? = Self.titleYear(titles)
        if base == nil, let period { base = CivilDate(dayNumber: period.lowerBound).year }
        var days: [Day] = []
        var year = base, lastMonth = 0
        var seen: [Day: Int] = [:]
        for (column, r) in header.dates {
            let cell = shown(HeaderName.visible(scanner.string(header.record, column)))
            var y: Int
            if let own = r.year {
                y = own
            } else if let current = year {
                y = r.month < lastMonth ? current + 1 : current
            } else {
                throw InputFailure([InputError(
                    file: file, line: header.record.line, column: scanner.characterColumn(header.record, column),
                    da: "datoen «\(cell)» har intet årstal, og titlen nævner intet; skriv årstallet i datoerne eller titlen, eller giv --period",
                    en: "the date «\(cell)» has no year, and the title names none; write the year in the dates or the title, or give --period")])
            }
            year = y
            lastMonth = r.month
            guard r.day <= CivilDate.daysInMonth(year: y, month: r.month) else {
                cellError(column, da: "«\(cell)» findes ikke i \(y)", en: "«\(cell)» does not exist in \(y)")
                continue
            }
            let day = CivilDate(year: y, month: r.month, day: r.day).dayNumber
            if let w = r.weekday, w != GridDate.weekday(day) {
                let names = GridDate.namesDa, namesEn = GridDate.namesEn
                let date = TimeFormat.danishDate(day)
                cellError(
                    column, da: "«\(cell)» siger \(names[w]), men \(date) er en \(names[GridDate.weekday(day)]); ret ugedagen eller årstallet",
                    en: "«\(cell)» says \(namesEn[w]), but \(date) is a \(namesEn[GridDate.weekday(day)]); correct the weekday or the year")
            }
            if let other = seen[day] {
                cellError(
                    column, da: "datoen «\(cell)» står to gange (også kolonne \(scanner.characterColumn(header.record, other)))",
                    en: "the date «\(cell)» appears twice (also column \(scanner.characterColumn(header.record, other)))")
            }
            seen[day] = column
            days.append(day)
        }
        if !errors.isEmpty { throw InputFailure(errors) }
        return days
    }

    /// The first year (1900–2199) a title line names (`Vagtplan marts 2026`).
    static func titleYear(_ titles: [String]) -> Int? {
        for t in titles {
            var digits = ""
            for c in t + " " {
                if c.isASCII && c.isNumber {
                    digits.append(c)
                } else {
                    if digits.count == 4, let y = Int(digits), (1900...2199).contains(y) { return y }
                    digits = ""
                }
            }
        }
        return nil
    }
}
