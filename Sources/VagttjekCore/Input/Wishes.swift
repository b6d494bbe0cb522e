/// The staff's wishes for the plan (`--wishes FILE`, README «Wishes (--wishes, recommendation 12)»): `employee, date, wish` per row,
/// where the wish is a day off (`off`, `fri`) or a shift code (a label such as `D`). Danish
/// headers are read too (`medarbejder`, `dato`, `ønske`). Judged by `rec.12` "Tillad
/// individuel fleksibilitet".
///
/// Every row is read or is an error naming file, line, column, value and what was expected; a
/// wish for an employee the roster does not have, or for a day outside the plan period, is not
/// judged and is said in a notice (`PlanContext.wishNotices`), never dropped silently.
public struct Wishes: Sendable, Equatable {
    public enum Wish: Sendable, Equatable {
        /// The whole calendar day free.
        case off
        /// A shift with this label starting that day.
        case label(String)
    }

    public struct Entry: Sendable, Equatable {
        public var employee: String
        public var day: Day
        public var wish: Wish
        public var line: Int
    }

    public let file: String
    public private(set) var entries: [Entry] = []

    enum Column: CaseIterable {
        case employee, date, wish
        var aliases: [String] {
            switch self {
            case .employee: return ["employee", "medarbejder", "medarbejdernr"]
            case .date: return ["date", "dato"]
            case .wish: return ["wish", "ønske", "onske"]
            }
        }
    }

    /// The words for a day off.
    static let offWords: Set<String> = ["off", "fri", "fridag", "day off"]

    public static func read(path: String) throws(InputFailure) -> Wishes {
        let raw: [UInt8]
        do { raw = try TextFile.read(path: path) } catch { throw InputFailure([error]) }
        let bytes: [UInt8]
        do { bytes = try TextEncoding.normalise(raw, file: path).bytes } catch { throw InputFailure([error]) }
        return try parse(bytes: bytes, file: path)
    }

    public static func parse(bytes: [UInt8], file: String) throws(InputFailure) -> Wishes {
        var wishes = Wishes(file: file)
        var scanner = CSVScanner(bytes: bytes, delimiter: CSVScanner.detectDelimiter(bytes))
        var record = CSVScanner.Record()
        guard scanner.next(into: &record) else {
            throw InputFailure([InputError(
                file: file, line: 1, da: "filen er tom; forventede en overskriftsrække med employee, date, wish",
                en: "the file is empty; expected a header row with employee, date, wish")])
        }
        let headers = (0..<record.count).map { scanner.string(record, $0).trimmedForWishes.lowercased() }
        var index: [Column: Int] = [:]
        let keys = headers.map(HeaderName.key)
        for c in Column.allCases {
            let wanted = c.aliases.map(HeaderName.key)
            if let i = keys.firstIndex(where: wanted.contains) { index[c] = i }
        }
        guard let employeeColumn = index[.employee], let dateColumn = index[.date], let wishColumn = index[.wish] else {
            throw InputFailure([InputError(
                file: file, line: record.line,
                da: "forventede kolonnerne employee (medarbejder), date (dato) og wish (ønske); overskriften er: \(shownList(headers))",
                en: "expected the columns employee (medarbejder), date (dato) and wish (ønske); the header is: \(shownList(headers))")])
        }
        var errors: [InputError] = []
        scanner.dataRows(fields: headers.count, file: file, errors: &errors) { scanner, record, fail in
            let employee = EmployeeID.fold(scanner.string(record, employeeColumn).trimmedForWishes)
            let dateText = scanner.string(record, dateColumn).trimmedForWishes
            let wishText = scanner.string(record, wishColumn).trimmedForWishes
            guard !employee.isEmpty else { fail(employeeColumn, "medarbejder mangler", "employee is missing"); return }
            guard let day = TimestampParser.parseDate(dateText) else {
                let m = TimestampParser.notADate(dateText)
                fail(dateColumn, m.da, m.en)
                return
            }
            guard !wishText.isEmpty else {
                fail(wishColumn, "ønsket mangler; forventede off (fri) eller en vagtkode, fx D", "the wish is missing; expected off (fri) or a shift code, e.g. D")
                return
            }
            let wish: Wish = offWords.contains(wishText.lowercased()) ? .off : .label(wishText)
            wishes.entries.append(Entry(employee: employee, day: day, wish: wish, line: record.line))
        }
        if !errors.isEmpty { throw InputFailure(errors) }
        return wishes
    }
}

extension String {
    /// Without spaces and tabs around it.
    fileprivate var trimmedForWishes: String {
        var s = Substring(self)
        while let c = s.first, c == " " || c == "\t" { s = s.dropFirst() }
        while let c = s.last, c == " " || c == "\t" { s = s.dropLast() }
        return String(s)
    }
}
