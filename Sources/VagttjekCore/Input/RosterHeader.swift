extension RosterReader {
    /// The header of a roster: where the rows start and which column is which.
    struct Header {
        var scanner: CSVScanner
        var columns: [Column: Int]
        var count: Int
        var line: Int
    }

    /// Reads and checks the header row.
    func header(bytes: [UInt8], file: String) throws(InputFailure) -> Header {
        let delimiter = CSVScanner.detectDelimiter(bytes)
        var scanner = CSVScanner(bytes: bytes, delimiter: delimiter)
        var record = CSVScanner.Record()
        guard scanner.next(into: &record) else {
            throw InputFailure([
                InputError(
                    file: file, line: 1, da: "filen er tom; forventede en overskriftsrække med employee,start,end",
                    en: "the file is empty; expected a header row with employee,start,end")
            ])
        }
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
                        file: file, line: record.line, column: record.columns[found[1]],
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
        var roleOf: [Int: Column] = [:]
        for column in Column.allCases {
            guard let index = columnIndex[column] else { continue }
            if let other = roleOf[index] {
                mappingErrors.append(
                    InputError(
                        file: file, line: record.line, column: record.columns[index],
                        da: "--columns: kolonnen «\(shown(headers[index]))» ville blive læst både som \(other.rawValue) og som \(column.rawValue); overskriften er: \(shownList(headers))",
                        en: "--columns: the column «\(shown(headers[index]))» would be read both as \(other.rawValue) and as \(column.rawValue); the header is: \(shownList(headers))"))
            } else {
                roleOf[index] = column
            }
        }
        if !mappingErrors.isEmpty { throw InputFailure(mappingErrors, isUsage: true) }
        if !headerErrors.isEmpty { throw InputFailure(headerErrors) }
        return Header(scanner: scanner, columns: columnIndex, count: headers.count, line: record.line)
    }
}
