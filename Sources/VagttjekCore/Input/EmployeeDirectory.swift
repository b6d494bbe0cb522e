/// One employee's facts from the employees CSV (SPEC §2.3).
public struct Employee: Sendable, Equatable {
    public var id: String
    public var name: String?
    public var birthDate: Day?
    public var group: String?
    public var weeklyHours: Double = 37
    public var pregnancyConfirmed: Day?
    public var pregnancyEnd: Day?
    public var fixedNight = false
    public var lastHealthCheck: Day?
    public var reducedCapacity = false
    public var unit: String?

    public init(id: String) { self.id = id }
}

/// The employees CSV (`--employees`): facts the roster does not carry. Employees in the roster
/// but not here are checked with defaults; employees here but not in the roster are reported
/// as having no shifts. A duplicate id is an input error.
public struct EmployeeDirectory: Sendable {
    public var employees: [Employee]
    public var byID: [String: Int]
    /// The file has a `last_health_check` column (an empty cell then means "no check").
    public var recordsHealthChecks = false

    public init(_ employees: [Employee]) {
        self.employees = employees
        var index: [String: Int] = [:]
        for (i, e) in employees.enumerated() { index[e.id] = i }
        byID = index
    }

    public subscript(id: String) -> Employee? { byID[id].map { employees[$0] } }

    enum Column: String, CaseIterable {
        case employee, name, birthDate = "birth_date", group, weeklyHours = "weekly_hours"
        case pregnancyConfirmed = "pregnancy_confirmed", pregnancyEnd = "pregnancy_end", fixedNight = "fixed_night"
        case lastHealthCheck = "last_health_check", reducedCapacity = "reduced_capacity", unit

        var aliases: [String] {
            switch self {
            case .employee: return ["employee", "medarbejder", "medarbejdernr"]
            case .name: return ["name", "navn"]
            case .birthDate: return ["birth_date", "fødselsdato"]
            case .group: return ["group", "faggruppe"]
            case .weeklyHours: return ["weekly_hours", "timer"]
            case .pregnancyConfirmed: return ["pregnancy_confirmed", "graviditet"]
            case .pregnancyEnd: return ["pregnancy_end"]
            case .fixedNight: return ["fixed_night", "fast_nat"]
            case .lastHealthCheck: return ["last_health_check", "helbredskontrol"]
            case .reducedCapacity: return ["reduced_capacity", "nedsat_arbejdsevne"]
            case .unit: return ["unit", "afdeling"]
            }
        }
    }

    /// Columns that hold health or other sensitive personal data: with `--redact` their values
    /// are left out of error messages too.
    static let sensitive: Set<Column> = [.birthDate, .pregnancyConfirmed, .pregnancyEnd, .lastHealthCheck, .reducedCapacity]

    /// Reads an employees CSV; every bad cell is listed (without the values of sensitive
    /// columns when `redact`).
    public static func read(path: String, redact: Bool = false) throws(InputFailure) -> EmployeeDirectory {
        let bytes: [UInt8]
        do { bytes = try TextFile.normalise(try TextFile.read(path: path), file: path).bytes } catch { throw InputFailure([error]) }
        return try parse(bytes: bytes, file: path, redact: redact)
    }

    public static func parse(bytes: [UInt8], file: String, redact: Bool = false) throws(InputFailure) -> EmployeeDirectory {
        /// A cell's value as a message shows it: left out for a sensitive column under `--redact`.
        func value(_ c: Column, _ s: String) -> String { redact && sensitive.contains(c) ? "(udeladt/redacted)" : "«\(shown(s))»" }
        var scanner = CSVScanner(bytes: bytes, delimiter: CSVScanner.detectDelimiter(bytes))
        var record = CSVScanner.Record()
        guard scanner.next(into: &record) else {
            throw InputFailure([InputError(file: file, line: 1, da: "filen er tom; forventede en overskriftsrække med employee", en: "the file is empty; expected a header row with employee")])
        }
        let headers = (0..<record.count).map { scanner.string(record, $0).lowercased() }
        var index: [Column: Int] = [:]
        for c in Column.allCases {
            if let i = headers.firstIndex(where: c.aliases.contains) { index[c] = i }
        }
        guard index[.employee] != nil else {
            throw InputFailure([InputError(file: file, line: record.line, da: "mangler den påkrævede kolonne employee / medarbejder; overskriften er: \(shownList(headers))", en: "missing the required column employee / medarbejder; the header is: \(shownList(headers))")])
        }
        var employees: [Employee] = []
        var seen: [String: Int] = [:]
        var errors: [InputError] = []
        while scanner.next(into: &record) {
            func fail(_ column: Column?, _ da: String, _ en: String) {
                errors.append(InputError(file: file, line: record.line, column: column.flatMap { index[$0] }.map { scanner.characterColumn(record, $0) }, da: da, en: en))
            }
            guard record.count == headers.count else {
                fail(nil, "rækken har \(record.count) felter; overskriften har \(headers.count)", "the row has \(record.count) fields; the header has \(headers.count)")
                continue
            }
            func cell(_ c: Column) -> String? {
                guard let i = index[c] else { return nil }
                let s = scanner.string(record, i)
                return s.isEmpty ? nil : s
            }
            guard let id = cell(.employee) else {
                fail(.employee, "medarbejder mangler", "employee is missing")
                continue
            }
            if let first = seen[id] {
                fail(.employee, "medarbejderen «\(shown(id))» står to gange (også på linje \(first))", "the employee «\(shown(id))» appears twice (also on line \(first))")
                continue
            }
            seen[id] = record.line
            var e = Employee(id: id)
            e.name = cell(.name)
            e.group = cell(.group)
            e.unit = cell(.unit)
            func date(_ c: Column) -> Day? {
                guard let s = cell(c) else { return nil }
                if let d = TimestampParser.parseDate(s) { return d }
                fail(c, "\(c.rawValue) \(value(c, s)) er ikke en dato; forventede ÅÅÅÅ-MM-DD", "\(c.rawValue) \(value(c, s)) is not a date; expected YYYY-MM-DD")
                return nil
            }
            func flag(_ c: Column) -> Bool {
                guard let s = cell(c) else { return false }
                switch s.lowercased() {
                case "true", "ja", "yes", "1", "x": return true
                case "false", "nej", "no", "0": return false
                default:
                    fail(c, "\(c.rawValue) \(value(c, s)) skal være ja/nej (true/false)", "\(c.rawValue) \(value(c, s)) must be true/false (ja/nej)")
                    return false
                }
            }
            e.birthDate = date(.birthDate)
            e.pregnancyConfirmed = date(.pregnancyConfirmed)
            e.pregnancyEnd = date(.pregnancyEnd)
            e.lastHealthCheck = date(.lastHealthCheck)
            e.fixedNight = flag(.fixedNight)
            e.reducedCapacity = flag(.reducedCapacity)
            if let s = cell(.weeklyHours) {
                if let h = Double(String(s.map { $0 == "," ? "." : $0 })), h > 0, h <= 80 { e.weeklyHours = h } else {
                    fail(.weeklyHours, "weekly_hours «\(shown(s))» skal være et tal mellem 0 og 80", "weekly_hours «\(shown(s))» must be a number between 0 and 80")
                }
            }
            employees.append(e)
        }
        if !errors.isEmpty { throw InputFailure(errors) }
        var directory = EmployeeDirectory(employees)
        directory.recordsHealthChecks = index[.lastHealthCheck] != nil
        return directory
    }
}
