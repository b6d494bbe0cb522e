/// One employee's facts from the employees CSV.
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
///
/// Read like the roster, since an HR system's export names its columns its own way: Danish and
/// English names for every column (`EmployeeColumns.swift`), compared without regard to case,
/// spaces or `_` (`HeaderName`); `--employee-columns ROLE=Header` for any other name; every
/// column not read named once in a notice (a pregnancy column under a name vagttjek does not
/// know would otherwise end in an all-clear); dates in the roster's forms; and every message
/// names the file's own header.
public struct EmployeeDirectory: Sendable {
    public var employees: [Employee]
    public var byID: [String: Int]
    /// The file has a `last_health_check` column (an empty cell then means "no check").
    public var recordsHealthChecks = false
    /// What the reader chose without an error: the columns it does not read.
    public var notices: [InputError] = []

    public init(_ employees: [Employee]) {
        self.employees = employees
        var index: [String: Int] = [:]
        for (i, e) in employees.enumerated() { index[e.id] = i }
        byID = index
    }

    /// The employee with this id (as `EmployeeID.fold` compares ids).
    public subscript(id: String) -> Employee? { (byID[id] ?? byID[EmployeeID.fold(id)]).map { employees[$0] } }

    /// Reads an employees CSV; every bad cell is listed (without the values of sensitive
    /// columns when `redact`). `mapping` is `--employee-columns`.
    public static func read(path: String, mapping: [Column: String] = [:], redact: Bool = false) throws(InputFailure) -> EmployeeDirectory {
        let bytes: [UInt8]
        do { bytes = try TextEncoding.normalise(try TextFile.read(path: path), file: path).bytes } catch { throw InputFailure([error]) }
        return try parse(bytes: bytes, file: path, mapping: mapping, redact: redact)
    }

    public static func parse(bytes: [UInt8], file: String, mapping: [Column: String] = [:], redact: Bool = false) throws(InputFailure) -> EmployeeDirectory {
        var (scanner, header) = try Self.header(bytes: bytes, file: file, mapping: mapping)
        let index = header.columns
        /// The file's own name of a column, as messages show it.
        func named(_ c: Column) -> String { index[c].map { header.names[$0] } ?? c.rawValue }
        /// A cell's value as a message shows it: left out for a sensitive column under `--redact`.
        func value(_ c: Column, _ s: String) -> String { redact && Column.sensitive.contains(c) ? "(udeladt/redacted)" : "«\(shown(s))»" }
        var record = CSVScanner.Record()
        var employees: [Employee] = []
        var seen: [String: Int] = [:]
        var errors: [InputError] = []
        while scanner.next(into: &record) {
            func fail(_ column: Column?, _ da: String, _ en: String) {
                errors.append(InputError(file: file, line: record.line, column: column.flatMap { index[$0] }.map { scanner.characterColumn(record, $0) }, da: da, en: en))
            }
            // Excel's empty rows (`;;;`) hold nothing.
            if (0..<record.count).allSatisfy({ scanner.string(record, $0).allSatisfy { $0 == " " || $0 == "\t" } }) { continue }
            guard record.count == header.names.count else {
                fail(nil, "rækken har \(record.count) felter; overskriften har \(header.names.count)", "the row has \(record.count) fields; the header has \(header.names.count)")
                continue
            }
            func cell(_ c: Column) -> String? {
                guard let i = index[c] else { return nil }
                let s = scanner.string(record, i).trimmingBlanks
                return s.isEmpty ? nil : c == .employee ? EmployeeID.fold(s) : s
            }
            guard let id = cell(.employee) else {
                fail(.employee, "\(named(.employee)) mangler", "\(named(.employee)) is missing")
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
                fail(c, "\(named(c)) \(value(c, s)) er ikke en dato; forventede ÅÅÅÅ-MM-DD eller DD-MM-ÅÅÅÅ (også D.M.ÅÅÅÅ)",
                     "\(named(c)) \(value(c, s)) is not a date; expected YYYY-MM-DD or DD-MM-YYYY (also D.M.YYYY)")
                return nil
            }
            func flag(_ c: Column) -> Bool {
                guard let s = cell(c) else { return false }
                switch s.lowercased() {
                case "true", "ja", "j", "yes", "y", "1", "x": return true
                case "false", "nej", "n", "no", "0": return false
                default:
                    fail(c, "\(named(c)) \(value(c, s)) skal være ja/nej (true/false)", "\(named(c)) \(value(c, s)) must be true/false (ja/nej)")
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
                if let h = Self.hours(s) { e.weeklyHours = h } else {
                    fail(.weeklyHours, "\(named(.weeklyHours)) «\(shown(s))» skal være et timetal fra 1 til 80 (fx 37 eller 32,5)",
                         "\(named(.weeklyHours)) «\(shown(s))» must be hours from 1 to 80 (e.g. 37 or 32.5)")
                }
            }
            employees.append(e)
        }
        if !errors.isEmpty { throw InputFailure(errors) }
        var directory = EmployeeDirectory(employees)
        directory.recordsHealthChecks = index[.lastHealthCheck] != nil
        if let notice = HeaderName.unreadNotice(
            header.ignored.map { header.names[$0] }, file: file, line: header.line, reads: Column.allCases.map(\.rawValue), option: "--employee-columns")
        {
            directory.notices.append(notice)
        }
        return directory
    }
}

extension EmployeeDirectory {
    /// Weekly hours as a person writes them: a decimal number from 1 to 80 with at most two
    /// decimals after a comma or a point (`37`, `32,5`, `18.75`). Not `1e-310` (an hour count
    /// that divides the fairness figures into infinity), `0x25` or `inf`, which a general number
    /// parser takes.
    static func hours(_ text: String) -> Double? {
        var whole = 0, fraction = 0, fractionDigits = 0, wholeDigits = 0, afterSeparator = false
        for b in text.utf8 {
            switch b {
            case 0x30...0x39:
                if afterSeparator {
                    fractionDigits += 1
                    guard fractionDigits <= 2 else { return nil }
                    fraction = fraction * 10 + Int(b - 0x30)
                } else {
                    wholeDigits += 1
                    guard wholeDigits <= 3 else { return nil }
                    whole = whole * 10 + Int(b - 0x30)
                }
            case 0x2C, 0x2E:
                guard !afterSeparator && wholeDigits > 0 else { return nil }
                afterSeparator = true
            default: return nil
            }
        }
        guard wholeDigits > 0, !afterSeparator || fractionDigits > 0 else { return nil }
        let value = Double(whole) + Double(fraction) / (fractionDigits == 2 ? 100 : 10)
        return value >= 1 && value <= 80 ? value : nil
    }
}

extension String {
    /// Without leading and trailing spaces and tabs.
    var trimmingBlanks: String {
        var s = Substring(self)
        while let c = s.first, c == " " || c == "\t" { s.removeFirst() }
        while let c = s.last, c == " " || c == "\t" { s.removeLast() }
        return String(s)
    }
}
