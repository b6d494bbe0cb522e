extension EmployeeDirectory {
    /// The columns of the employees file, with the names HR systems and spreadsheets give them
    /// in Danish and English (compared as `HeaderName.key`: case, spaces, `_` and `-` aside).
    /// A name here is one that can mean only this column; anything else is named in a notice
    /// and can be mapped with `--employee-columns`.
    public enum Column: String, CaseIterable, Sendable {
        case employee, name, birthDate = "birth_date", group, weeklyHours = "weekly_hours"
        case pregnancyConfirmed = "pregnancy_confirmed", pregnancyEnd = "pregnancy_end", fixedNight = "fixed_night"
        case lastHealthCheck = "last_health_check", reducedCapacity = "reduced_capacity", unit

        public var aliases: [String] {
            switch self {
            case .employee:
                return ["employee", "employee id", "employee no", "employee number", "medarbejder", "medarbejdernr", "medarbejdernummer",
                        "medarbejder id", "mednr", "lønnr", "lønnummer", "løn nr"]
            case .name: return ["name", "full name", "employee name", "navn", "fulde navn", "medarbejdernavn"]
            case .birthDate: return ["birth_date", "birth date", "date of birth", "born", "fødselsdato", "født", "fødselsdag"]
            case .group: return ["group", "job title", "position", "faggruppe", "stilling", "stillingsbetegnelse"]
            case .weeklyHours:
                return ["weekly_hours", "hours per week", "weekly hours", "timer", "timer pr uge", "timer om ugen", "ugentlige timer",
                        "ugentligt timetal", "timetal", "normtimer"]
            case .pregnancyConfirmed:
                return ["pregnancy_confirmed", "pregnancy", "pregnant", "pregnant from", "pregnancy confirmed", "graviditet",
                        "graviditet konstateret", "gravid", "gravid fra", "gravid siden", "gravid dato", "graviditet fra",
                        "graviditetsdato", "graviditet dato", "konstateret gravid"]
            case .pregnancyEnd: return ["pregnancy_end", "pregnant until", "gravid til", "graviditet slut", "graviditet ophørt", "graviditet til"]
            case .fixedNight: return ["fixed_night", "fixed night", "fixed night worker", "fast nat", "fast nattevagt", "fast natarbejde", "fast på nat"]
            case .lastHealthCheck:
                return ["last_health_check", "health check", "last health check", "helbredskontrol", "seneste helbredskontrol",
                        "helbredstjek", "seneste helbredstjek", "helbredsundersøgelse", "seneste helbredsundersøgelse"]
            case .reducedCapacity:
                return ["reduced_capacity", "reduced capacity", "nedsat arbejdsevne", "skånehensyn", "skånejob", "fleksjob", "flexjob"]
            case .unit: return ["unit", "department", "afdeling", "enhed", "afsnit"]
            }
        }

        /// Columns that hold health or other sensitive personal data: with `--redact` their
        /// values are left out of error messages too.
        static let sensitive: Set<Column> = [.birthDate, .pregnancyConfirmed, .pregnancyEnd, .lastHealthCheck, .reducedCapacity]

        static let byKey: [String: Column] = {
            var map: [String: Column] = [:]
            for c in allCases { for alias in c.aliases { map[HeaderName.key(alias)] = c } }
            return map
        }()
    }

    /// The header of an employees file: the file's own names (invisible characters removed),
    /// which column is which, the columns no role reads, and the header's line.
    struct Header {
        var names: [String]
        var columns: [Column: Int]
        var ignored: [Int]
        var line: Int
    }

    /// Reads the header (after Excel's `sep=;` line, when there is one). A column named twice
    /// for one role is an input error; a `--employee-columns` mapping to a name the header does
    /// not have, or two roles on one column, is a usage error.
    static func header(bytes: [UInt8], file: String, mapping: [Column: String]) throws(InputFailure) -> (CSVScanner, Header) {
        let (start, delimiter) = HeaderName.excelSeparator(bytes)
        var scanner = CSVScanner(bytes: bytes, delimiter: delimiter ?? CSVScanner.detectDelimiter(Array(bytes[start...])))
        scanner.seek(to: start, line: start > 0 ? 2 : 1)
        var record = CSVScanner.Record()
        guard scanner.next(into: &record) else {
            throw InputFailure([InputError(file: file, line: 1, da: "filen er tom; forventede en overskriftsrække med employee", en: "the file is empty; expected a header row with employee")])
        }
        let names = (0..<record.count).map { HeaderName.visible(scanner.string(record, $0)) }
        let keys = names.map(HeaderName.key)
        var usage: [InputError] = [], errors: [InputError] = []
        var columns: [Column: Int] = [:]
        var roleOf: [Int: Column] = [:]
        for c in Column.allCases {
            let found: [Int]
            if let wanted = mapping[c] {
                found = keys.indices.filter { keys[$0] == HeaderName.key(wanted) }
                if found.isEmpty {
                    usage.append(InputError(
                        file: file, line: record.line,
                        da: "--employee-columns \(c.rawValue)=\(wanted): overskriften har ingen kolonne «\(shown(wanted))»; den har: \(shownList(names))",
                        en: "--employee-columns \(c.rawValue)=\(wanted): the header has no column «\(shown(wanted))»; it has: \(shownList(names))"))
                }
            } else {
                // A column mapped to another role is that role's.
                found = keys.indices.filter { k in Column.byKey[keys[k]] == c && !mapping.values.contains { HeaderName.key($0) == keys[k] } }
            }
            if found.count > 1 {
                errors.append(InputError(
                    file: file, line: record.line, column: scanner.characterColumn(record, found[1]),
                    da: "kolonnerne «\(shown(names[found[0]]))» og «\(shown(names[found[1]]))» betyder begge \(c.rawValue); fjern den ene eller vælg med --employee-columns \(c.rawValue)=Overskrift",
                    en: "the columns «\(shown(names[found[0]]))» and «\(shown(names[found[1]]))» both mean \(c.rawValue); remove one or choose with --employee-columns \(c.rawValue)=Header"))
            }
            guard let first = found.first else { continue }
            if let other = roleOf[first] {
                usage.append(InputError(
                    file: file, line: record.line, column: scanner.characterColumn(record, first),
                    da: "--employee-columns: kolonnen «\(shown(names[first]))» ville blive læst både som \(other.rawValue) og som \(c.rawValue); overskriften er: \(shownList(names))",
                    en: "--employee-columns: the column «\(shown(names[first]))» would be read both as \(other.rawValue) and as \(c.rawValue); the header is: \(shownList(names))"))
            }
            roleOf[first] = c
            columns[c] = first
        }
        if !usage.isEmpty { throw InputFailure(usage, isUsage: true) }
        if columns[.employee] == nil {
            errors.insert(InputError(
                file: file, line: record.line,
                da: "mangler den påkrævede kolonne employee / medarbejder / medarbejdernr; overskriften er: \(shownList(names)). Hedder den noget andet, så brug --employee-columns employee=Overskrift",
                en: "missing the required column employee / medarbejder / medarbejdernr; the header is: \(shownList(names)). If it has another name, use --employee-columns employee=Header"), at: 0)
        }
        if !errors.isEmpty { throw InputFailure(errors) }
        let ignored = names.indices.filter { roleOf[$0] == nil && !names[$0].isEmpty }
        return (scanner, Header(names: names, columns: columns, ignored: ignored, line: record.line))
    }
}
