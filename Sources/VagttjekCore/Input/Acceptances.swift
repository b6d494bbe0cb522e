/// Findings accepted with a reason (`--accept FILE`, README «Accepted findings»): per row the
/// employee, the rule, the date the finding starts on and why it is accepted, and optionally
/// until when the acceptance holds and who accepted it. Danish or English headers
/// (`medarbejder, regel, dato, begrundelse, gyldig til, accepteret af`). `;` or `,`.
///
/// A row names one employee's findings of one rule starting on one local date; an empty
/// employee cell names a finding about the whole plan (`plan.notice`). Every row is read or is
/// an error naming file, line, column, value and what was expected: a rule vagttjek does not
/// have, a date it cannot read, or a row without a reason (an acceptance is a decision someone
/// must be able to explain).
public struct Acceptances: Sendable, Equatable {
    public struct Line: Sendable, Equatable {
        /// The employee (folded as ids are, `EmployeeID.fold`); empty for the whole plan.
        public var employee: String
        public var rule: String
        public var day: Day
        public var reason: String
        /// The last day the acceptance holds; nil: no end.
        public var validUntil: Day?
        public var acceptedBy: String?
        /// The line in the file.
        public var line: Int
    }

    public let file: String
    public private(set) var lines: [Line] = []

    enum Column: CaseIterable {
        case employee, rule, date, reason, validUntil, acceptedBy
        var aliases: [String] {
            switch self {
            case .employee: return ["employee", "medarbejder", "medarbejdernr"]
            case .rule: return ["rule", "regel"]
            case .date: return ["date", "dato"]
            case .reason: return ["reason", "begrundelse", "årsag"]
            case .validUntil: return ["valid until", "gyldig til", "udløber"]
            case .acceptedBy: return ["accepted by", "accepteret af", "godkendt af"]
            }
        }
    }

    /// Reads the file; `rules` are the rule ids a row may name (`RuleRegistry.ids`).
    public static func read(path: String, rules: [String]) throws(InputFailure) -> Acceptances {
        let bytes: [UInt8]
        do { bytes = try TextEncoding.normalise(try TextFile.read(path: path), file: path).bytes } catch { throw InputFailure([error]) }
        return try parse(bytes: bytes, file: path, rules: rules)
    }

    public static func parse(bytes: [UInt8], file: String, rules: [String]) throws(InputFailure) -> Acceptances {
        let known = Set(rules)
        var result = Acceptances(file: file)
        var scanner = CSVScanner(bytes: bytes, delimiter: CSVScanner.detectDelimiter(bytes))
        var record = CSVScanner.Record()
        let expected = LocalizedText(
            da: "medarbejder, regel, dato og begrundelse (og evt. gyldig til, accepteret af)",
            en: "employee, rule, date and reason (and optionally valid until, accepted by)")
        guard scanner.next(into: &record) else {
            throw InputFailure([InputError(file: file, line: 1, da: "filen er tom; forventede en overskriftsrække med \(expected.da)", en: "the file is empty; expected a header row with \(expected.en)")])
        }
        let headers = (0..<record.count).map { scanner.string(record, $0).trimmingSpaces }
        let keys = headers.map(HeaderName.key)
        var index: [Column: Int] = [:]
        for c in Column.allCases {
            let wanted = c.aliases.map(HeaderName.key)
            if let i = keys.firstIndex(where: wanted.contains) { index[c] = i }
        }
        guard let employeeColumn = index[.employee], let ruleColumn = index[.rule], let dateColumn = index[.date], let reasonColumn = index[.reason] else {
            throw InputFailure([InputError(
                file: file, line: record.line, da: "forventede kolonnerne \(expected.da); overskriften er: \(shownList(headers))",
                en: "expected the columns \(expected.en); the header is: \(shownList(headers))")])
        }
        var errors: [InputError] = []
        scanner.dataRows(fields: headers.count, file: file, errors: &errors) { scanner, record, fail in
            func cell(_ c: Column) -> String { index[c].map { scanner.string(record, $0).trimmingSpaces } ?? "" }
            let rule = cell(.rule), dateText = cell(.date), reason = cell(.reason), untilText = cell(.validUntil)
            guard known.contains(rule) else {
                let near = rules.min { editDistance($0, rule) < editDistance($1, rule) }.map { ($0, editDistance($0, rule)) }
                let hint = near.flatMap { $0.1 <= 3 ? $0.0 : nil }
                fail(ruleColumn, "reglen «\(shown(rule))» findes ikke\(hint.map { "; mente du «\($0)»?" } ?? "; se 'vagttjek rules'")",
                     "the rule «\(shown(rule))» does not exist\(hint.map { "; did you mean «\($0)»?" } ?? "; see 'vagttjek rules'")")
                return
            }
            guard let day = TimestampParser.parseDate(dateText) else {
                let m = TimestampParser.notADate(dateText)
                fail(dateColumn, m.da, m.en)
                return
            }
            guard !reason.isEmpty else {
                fail(reasonColumn, "begrundelsen mangler; et accepteret fund skal have en begrundelse", "the reason is missing; an accepted finding needs a reason")
                return
            }
            var until: Day?
            if !untilText.isEmpty {
                guard let d = TimestampParser.parseDate(untilText) else {
                    let m = TimestampParser.notADate(untilText)
                fail(index[.validUntil], m.da, m.en)
                    return
                }
                until = d
            }
            let by = cell(.acceptedBy)
            result.lines.append(Line(
                employee: EmployeeID.fold(scanner.string(record, employeeColumn).trimmingSpaces), rule: rule, day: day, reason: reason,
                validUntil: until, acceptedBy: by.isEmpty ? nil : by, line: record.line))
        }
        if !errors.isEmpty { throw InputFailure(errors) }
        return result
    }

    /// Levenshtein distance, for "mente du".
    static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a.lowercased()), y = Array(b.lowercased())
        var row = Array(0...y.count)
        for i in 1...max(1, x.count) where !x.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in 1...max(1, y.count) where !y.isEmpty {
                let current = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (x[i - 1] == y[j - 1] ? 0 : 1))
                previous = current
            }
        }
        return row[y.count]
    }
}
