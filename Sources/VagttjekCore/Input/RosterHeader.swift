extension RosterReader {
    /// The header of a roster: where the rows start and which column is which.
    struct Header {
        var scanner: CSVScanner
        var columns: [Column: Int]
        var count: Int
        var line: Int
        /// Lines above the header that were not it (Excel's `sep=;`, a title row), said in a notice.
        var skipped: [Int] = []
        /// The header's names that no role reads (said in a notice: nothing is left out unsaid).
        var ignored: [String] = []
        /// The title lines above the header (`Vagtplan Hus Nord, uge 10`), for the report's heading.
        var titles: [String] = []
        /// The name column is read as the employee id (there is no id column): said in a notice.
        var namesAsIDs: String?
    }

    /// Reads and checks the header row: the first of the first ten lines that names every
    /// required column (a title row above it, as Excel exports often have, is passed over with
    /// a notice); an Excel `sep=;` first line sets the delimiter. When no line qualifies, the
    /// first line's problems are the errors.
    func header(bytes: [UInt8], file: String) throws(InputFailure) -> Header {
        let (start, delimiter) = HeaderName.excelSeparator(bytes)
        var scanner = CSVScanner(
            bytes: bytes, delimiter: delimiter ?? CSVScanner.detectDelimiter(Array(bytes[start..<min(bytes.count, start + (1 << 16))])))
        var skipped = start > 0 ? [1] : []
        scanner.seek(to: start, line: start > 0 ? 2 : 1)
        // The best failing candidate (most columns recognised; the first of equals) gives the errors.
        var best: (score: Int, failure: InputFailure)?
        var above: [CSVScanner.Record] = []
        for _ in 0..<10 {
            var record = CSVScanner.Record()
            guard scanner.next(into: &record) else { break }
            let m = match(record, scanner, file: file)
            if m.headerErrors.isEmpty && m.mappingErrors.isEmpty {
                // A line above the header that reads as a shift is a row, not a title: passed
                // over, it would take its breaches with it.
                let rows = above.filter { looksLikeRow($0, scanner, columns: m.columns) }.map(\.line)
                if let first = rows.first, let last = rows.last {
                    let lines = rows.count == 1 ? "linje \(first) ligner en vagt" : "linje \(first)–\(last) ligner vagter"
                    let linesEn = rows.count == 1 ? "line \(first) looks like a shift" : "lines \(first)–\(last) look like shifts"
                    throw InputFailure([
                        InputError(
                            file: file, line: first,
                            da: "\(lines), men står over overskriften (linje \(record.line)); flyt overskriften op over rækkerne, så de læses",
                            en: "\(linesEn), but above the header (line \(record.line)); move the header above the rows so they are read")
                    ])
                }
                var h = Header(scanner: scanner, columns: m.columns, count: m.count, line: record.line)
                h.skipped = skipped
                h.titles = above.map { r in (0..<r.count).map { HeaderName.visible(scanner.string(r, $0)) }.filter { !$0.isEmpty }.joined(separator: " ") }
                    .filter { !$0.isEmpty }
                if m.namesAsIDs, let e = m.columns[.employee] { h.namesAsIDs = HeaderName.visible(scanner.string(record, e)) }
                let read = Set(m.columns.values)
                h.ignored = (0..<m.count).filter { !read.contains($0) }.map { HeaderName.visible(scanner.string(record, $0)) }.filter {
                    !$0.isEmpty
                }
                return h
            }
            let failure = m.mappingErrors.isEmpty ? InputFailure(m.headerErrors) : InputFailure(m.mappingErrors, isUsage: true)
            if best == nil || m.columns.count > best!.score { best = (m.columns.count, failure) }
            skipped.append(record.line)
            above.append(record)
        }
        throw best?.failure ?? InputFailure([
            InputError(
                file: file, line: 1, da: "filen er tom; forventede en overskriftsrække med employee,start,end",
                en: "the file is empty; expected a header row with employee,start,end")
        ])
    }

    /// A line above the header that the header would read as a shift: an employee, and a start
    /// that is a date and time (or, with a date column, a date there).
    func looksLikeRow(_ record: CSVScanner.Record, _ scanner: CSVScanner, columns: [Column: Int]) -> Bool {
        guard let e = columns[.employee], let s = columns[.start], e < record.count, s < record.count else { return false }
        guard !scanner.string(record, e).trimmingBlanks.isEmpty else { return false }
        if let d = columns[.date], d < record.count {
            return TimestampParser.parseDate(scanner.string(record, d).trimmingBlanks) != nil
        }
        if case .success = TimestampParser.parse(Array(scanner.string(record, s).trimmingBlanks.utf8)[...]) { return true }
        return false
    }

    /// Which column is which in a header record; the errors when it is not a usable header.
    func match(_ record: CSVScanner.Record, _ scanner: CSVScanner, file: String)
        -> (columns: [Column: Int], count: Int, headerErrors: [InputError], mappingErrors: [InputError], namesAsIDs: Bool)
    {
        var columnIndex: [Column: Int] = [:]
        var headerErrors: [InputError] = []
        // Names as the file writes them (without invisible characters, such as a byte order mark
        // Excel left before a name) for messages, and as compared (`HeaderName.key`).
        var headers: [String] = [], keys: [String] = []
        for i in 0..<record.count {
            let name = HeaderName.visible(scanner.string(record, i))
            headers.append(name)
            keys.append(HeaderName.key(name))
        }
        // A `--columns` mapping must name a header that exists, and no column may be read in
        // two roles (employee=start would read the start times as employee ids).
        var mappingErrors: [InputError] = []
        for column in Column.allCases {
            guard let name = mapping[column], !keys.contains(HeaderName.key(name)) else { continue }
            mappingErrors.append(
                InputError(
                    file: file, line: record.line,
                    da: "--columns \(column.rawValue)=\(name): overskriften har ingen kolonne «\(shown(name))»; den har: \(shownList(headers))",
                    en: "--columns \(column.rawValue)=\(name): the header has no column «\(shown(name))»; it has: \(shownList(headers))"))
        }
        func columns(_ column: Column) -> [Int] {
            let wanted = (mapping[column].map { [$0] } ?? column.aliases).map(HeaderName.key)
            return keys.indices.filter { wanted.contains(keys[$0]) }
        }
        // A code-only export (`Dato;Medarbejder;Vagt`): no start and no end, but a date and a
        // shift code, whose times the legend gives (`--codes`, `ShiftCodes`).
        let codeOnly = columns(.start).isEmpty && columns(.end).isEmpty && !columns(.date).isEmpty && !columns(.label).isEmpty
        // Names only (`navn;dato;fra;til`): the name is the id, and a notice says so.
        let namesAsIDs = columns(.employee).isEmpty && mapping[.employee] == nil && columns(.name).count == 1
        for column in Column.allCases {
            var found = columns(column)
            if namesAsIDs && column == .employee { found = columns(.name) }
            if namesAsIDs && column == .name { continue }
            if found.count > 1 {
                headerErrors.append(
                    InputError(
                        file: file, line: record.line, column: scanner.characterColumn(record, found[1]),
                        da: "kolonnen «\(shown(headers[found[1]]))» står to gange (som \(column.rawValue))",
                        en: "the column «\(shown(headers[found[1]]))» appears twice (as \(column.rawValue))"))
            }
            if let first = found.first { columnIndex[column] = first } else if column.isRequired && !(codeOnly && column != .employee) {
                let names = (mapping[column].map { [$0.lowercased()] } ?? column.aliases).joined(separator: " / ")
                headerErrors.append(
                    InputError(
                        file: file, line: record.line,
                        da: "mangler den påkrævede kolonne \(names); overskriften er: \(shownList(headers)). Hedder den noget andet, så brug --columns \(column.rawValue)=Overskrift",
                        en: "missing the required column \(names); the header is: \(shownList(headers)). If it has another name, use --columns \(column.rawValue)=Header"))
            }
        }
        if let index = columnIndex[.endDate], columnIndex[.date] == nil {
            headerErrors.append(
                InputError(
                    file: file, line: record.line, column: scanner.characterColumn(record, index),
                    da: "kolonnen «\(shown(headers[index]))» er en slutdato, men der er ingen startdato (date / dato / start date / startdato); overskriften er: \(shownList(headers))",
                    en: "the column «\(shown(headers[index]))» is an end date, but there is no start date (date / dato / start date / startdato); the header is: \(shownList(headers))"))
        }
        // A column the user mapped goes before an optional role that found it by its usual name
        // (`--columns employee=Navn` reads Navn as the id, not also as the name).
        let mapped = Set(mapping.keys.compactMap { columnIndex[$0] })
        for column in Column.allCases where mapping[column] == nil && !column.isRequired {
            if let i = columnIndex[column], mapped.contains(i) { columnIndex[column] = nil }
        }
        var roleOf: [Int: Column] = [:]
        for column in Column.allCases {
            guard let index = columnIndex[column] else { continue }
            if let other = roleOf[index] {
                mappingErrors.append(
                    InputError(
                        file: file, line: record.line, column: scanner.characterColumn(record, index),
                        da: "--columns: kolonnen «\(shown(headers[index]))» ville blive læst både som \(other.rawValue) og som \(column.rawValue); overskriften er: \(shownList(headers))",
                        en: "--columns: the column «\(shown(headers[index]))» would be read both as \(other.rawValue) and as \(column.rawValue); the header is: \(shownList(headers))"))
            } else {
                roleOf[index] = column
            }
        }
        return (columnIndex, headers.count, headerErrors, mappingErrors, namesAsIDs)
    }
}
