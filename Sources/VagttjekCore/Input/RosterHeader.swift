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
    }

    /// Reads and checks the header row: the first of the first ten lines that names every
    /// required column (a title row above it, as Excel exports often have, is passed over with
    /// a notice); an Excel `sep=;` first line sets the delimiter. When no line qualifies, the
    /// first line's problems are the errors.
    func header(bytes: [UInt8], file: String) throws(InputFailure) -> Header {
        var start = 0, delimiter: UInt8? = nil
        if bytes.count >= 5, bytes[0...3].elementsEqual("sep=".utf8), bytes[4] != 0x0A && bytes[4] != 0x0D {
            delimiter = bytes[4]
            var i = 5
            while i < bytes.count && bytes[i] != 0x0A { i += 1 }
            start = min(bytes.count, i + 1)
        }
        var scanner = CSVScanner(
            bytes: bytes, delimiter: delimiter ?? CSVScanner.detectDelimiter(Array(bytes[start..<min(bytes.count, start + (1 << 16))])))
        var skipped = start > 0 ? [1] : []
        scanner.seek(to: start, line: start > 0 ? 2 : 1)
        // The best failing candidate (most columns recognised; the first of equals) gives the errors.
        var best: (score: Int, failure: InputFailure)?
        for _ in 0..<10 {
            var record = CSVScanner.Record()
            guard scanner.next(into: &record) else { break }
            let m = match(record, scanner, file: file)
            if m.headerErrors.isEmpty && m.mappingErrors.isEmpty {
                var h = Header(scanner: scanner, columns: m.columns, count: m.count, line: record.line)
                h.skipped = skipped
                let read = Set(m.columns.values)
                h.ignored = (0..<m.count).filter { !read.contains($0) }.map { scanner.string(record, $0) }.filter {
                    !$0.allSatisfy { $0 == " " || $0 == "\t" }
                }
                return h
            }
            let failure = m.mappingErrors.isEmpty ? InputFailure(m.headerErrors) : InputFailure(m.mappingErrors, isUsage: true)
            if best == nil || m.columns.count > best!.score { best = (m.columns.count, failure) }
            skipped.append(record.line)
        }
        throw best?.failure ?? InputFailure([
            InputError(
                file: file, line: 1, da: "filen er tom; forventede en overskriftsrække med employee,start,end",
                en: "the file is empty; expected a header row with employee,start,end")
        ])
    }

    /// Which column is which in a header record; the errors when it is not a usable header.
    func match(_ record: CSVScanner.Record, _ scanner: CSVScanner, file: String)
        -> (columns: [Column: Int], count: Int, headerErrors: [InputError], mappingErrors: [InputError])
    {
        var columnIndex: [Column: Int] = [:]
        var headerErrors: [InputError] = []
        var headers: [String] = []
        for i in 0..<record.count {
            let name = scanner.string(record, i).lowercased()
            headers.append(name)
        }
        // A `--columns` mapping must name a header that exists, and no column may be read in
        // two roles (employee=start would read the start times as employee ids).
        var mappingErrors: [InputError] = []
        for column in Column.allCases {
            guard let name = mapping[column], !headers.contains(name.lowercased()) else { continue }
            mappingErrors.append(
                InputError(
                    file: file, line: record.line,
                    da: "--columns \(column.rawValue)=\(name): overskriften har ingen kolonne «\(shown(name))»; den har: \(shownList(headers))",
                    en: "--columns \(column.rawValue)=\(name): the header has no column «\(shown(name))»; it has: \(shownList(headers))"))
        }
        for column in Column.allCases {
            let wanted = mapping[column].map { [$0.lowercased()] } ?? column.aliases
            let found = headers.indices.filter { wanted.contains(headers[$0]) }
            if found.count > 1 {
                headerErrors.append(
                    InputError(
                        file: file, line: record.line, column: scanner.characterColumn(record, found[1]),
                        da: "kolonnen «\(shown(headers[found[1]]))» står to gange (som \(column.rawValue))",
                        en: "the column «\(shown(headers[found[1]]))» appears twice (as \(column.rawValue))"))
            }
            if let first = found.first { columnIndex[column] = first } else if column.isRequired {
                let names = wanted.joined(separator: " / ")
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
        return (columnIndex, headers.count, headerErrors, mappingErrors)
    }
}
