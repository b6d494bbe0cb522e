/// Reads a roster CSV (SPEC §2.1) into a `Roster`.
///
/// Every bad row is reported (file, line, column, value, what was expected); none is dropped
/// silently. The caller decides whether errors stop the run (`--skip-invalid`).
/// Columns that vagttjek does not use (a name column, say) are ignored.
public struct RosterReader {
    /// The columns vagttjek reads, with their accepted header names (case-insensitive).
    public enum Column: String, CaseIterable, Sendable {
        case employee, start, end, kind, label, unit, `break`, tags

        public var aliases: [String] {
            switch self {
            case .employee: return ["employee", "medarbejder", "medarbejdernr"]
            case .start: return ["start"]
            case .end: return ["end", "slut"]
            case .kind: return ["kind", "type"]
            case .label: return ["label", "vagt"]
            case .unit: return ["unit", "afdeling"]
            case .break: return ["break", "pause"]
            case .tags: return ["tags"]
            }
        }

        public var isRequired: Bool { self == .employee || self == .start || self == .end }
    }

    /// `--columns employee=Medarbejdernr,start=Fra`: header names that replace the aliases.
    public var mapping: [Column: String]

    public init(mapping: [Column: String] = [:]) {
        self.mapping = mapping
    }

    /// A roster and the problems found reading it.
    public struct Result {
        public var roster: Roster
        /// Rows that could not be read (they are not in `roster`).
        public var errors: [InputError]
    }

    /// Reads and normalises a file, then parses it.
    public func read(path: String) throws(InputFailure) -> Result {
        let raw: [UInt8]
        let bytes: [UInt8]
        do {
            raw = try TextFile.read(path: path)
            bytes = try TextFile.normalise(raw, file: path).bytes
        } catch {
            throw InputFailure([error])
        }
        return try parse(bytes: bytes, file: path)
    }

    /// Parses UTF-8 CSV bytes. Throws when the file as a whole cannot be read (no header,
    /// a missing required column, no rows); bad rows are returned in `Result.errors`.
    public func parse(bytes: [UInt8], file: String) throws(InputFailure) -> Result {
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
        // Header.
        var columnIndex: [Column: Int] = [:]
        var headerErrors: [InputError] = []
        var headers: [String] = []
        for i in 0..<record.count {
            let name = scanner.string(record, i).lowercased()
            headers.append(name)
        }
        for column in Column.allCases {
            let wanted = mapping[column].map { [$0.lowercased()] } ?? column.aliases
            let found = headers.indices.filter { wanted.contains(headers[$0]) }
            if found.count > 1 {
                headerErrors.append(
                    InputError(
                        file: file, line: record.line, column: record.columns[found[1]],
                        da: "kolonnen «\(headers[found[1]])» står to gange (som \(column.rawValue))",
                        en: "the column «\(headers[found[1]])» appears twice (as \(column.rawValue))"))
            }
            if let first = found.first { columnIndex[column] = first } else if column.isRequired {
                let names = wanted.joined(separator: " / ")
                headerErrors.append(
                    InputError(
                        file: file, line: record.line,
                        da: "mangler den påkrævede kolonne \(names); overskriften er: \(headers.joined(separator: ","))",
                        en: "missing the required column \(names); the header is: \(headers.joined(separator: ","))"))
            }
        }
        if !headerErrors.isEmpty { throw InputFailure(headerErrors) }

        var rows = RowParser(scanner: scanner, file: file, columns: columnIndex, headerCount: headers.count)
        while rows.scanner.next(into: &record) {
            rows.parseRow(record)
        }
        if rows.shifts.isEmpty && rows.errors.isEmpty {
            throw InputFailure([
                InputError(
                    file: file, line: record.line, da: "ingen vagter: filen har kun en overskriftsrække",
                    en: "no shifts: the file has only a header row")
            ])
        }
        let roster = Roster(
            file: file, employeeIDs: rows.employeeIDs, labels: rows.labels, units: rows.units, shifts: rows.shifts,
            hasBreakColumn: columnIndex[.break] != nil, notices: rows.notices)
        return Result(roster: roster, errors: rows.errors)
    }
}

/// The per-row work of `RosterReader`, kept apart so the interning tables live in one place.
struct RowParser {
    var scanner: CSVScanner
    let file: String
    let columns: [RosterReader.Column: Int]
    let headerCount: Int
    var shifts: [Shift] = []
    var errors: [InputError] = []
    var notices: [InputError] = []
    var employeeIDs: [String] = []
    var labels: [String] = []
    var units: [String] = []
    // Interning by raw bytes: no `String` is built for a value seen before.
    var employeeIndex: [ArraySlice<UInt8>: Int32] = [:]
    var labelIndex: [ArraySlice<UInt8>: Int32] = [:]
    var unitIndex: [ArraySlice<UInt8>: Int32] = [:]
    var kindIndex: [ArraySlice<UInt8>: ShiftKind] = [:]
    var tagIndex: [ArraySlice<UInt8>: ShiftTags] = [:]

    init(scanner: CSVScanner, file: String, columns: [RosterReader.Column: Int], headerCount: Int) {
        self.scanner = scanner
        self.file = file
        self.columns = columns
        self.headerCount = headerCount
    }

    mutating func fail(_ record: CSVScanner.Record, _ index: Int?, da: String, en: String) {
        errors.append(
            InputError(file: file, line: record.line, column: index.map { record.columns[$0] }, da: da, en: en))
    }

    mutating func parseRow(_ record: CSVScanner.Record) {
        if record.unterminatedQuote {
            fail(record, nil, da: "et felt i anførselstegn slutter aldrig", en: "a quoted field is never closed")
            return
        }
        if record.count != headerCount {
            fail(
                record, nil, da: "rækken har \(record.count) felter; overskriften har \(headerCount)",
                en: "the row has \(record.count) fields; the header has \(headerCount)")
            return
        }
        let errorCount = errors.count
        // Employee.
        let ei = columns[.employee]!
        let employeeBytes = trimmed(scanner.field(record, ei))
        var employee: Int32 = -1
        if employeeBytes.isEmpty {
            fail(record, ei, da: "medarbejder mangler", en: "employee is missing")
        } else if let e = employeeIndex[employeeBytes] {
            employee = e
        } else {
            employee = Int32(employeeIDs.count)
            employeeIndex[employeeBytes] = employee
            employeeIDs.append(String(decoding: employeeBytes, as: UTF8.self))
        }
        let start = instant(record, columns[.start]!, name: "start")
        let end = instant(record, columns[.end]!, name: "slut", nameEn: "end")
        // Kind.
        var kind = ShiftKind.work
        if let ki = columns[.kind] {
            let bytes = trimmed(scanner.field(record, ki))
            if let k = kindIndex[bytes] { kind = k } else if let k = ShiftKind.parse(String(decoding: bytes, as: UTF8.self)) {
                kind = k
                kindIndex[bytes] = k
            } else {
                let value = String(decoding: bytes, as: UTF8.self)
                let known = ShiftKind.allCases.map(\.name).joined(separator: ", ")
                fail(
                    record, ki, da: "ukendt type «\(value)»; forventede en af: \(known) (eller et dansk alias)",
                    en: "unknown kind «\(value)»; expected one of: \(known) (or a Danish alias)")
            }
        }
        let label = Self.intern(scanner, record, columns[.label], table: &labelIndex, strings: &labels)
        let unit = Self.intern(scanner, record, columns[.unit], table: &unitIndex, strings: &units)
        var breakMinutes: UInt16 = 0
        if let bi = columns[.break] {
            let bytes = trimmed(scanner.field(record, bi))
            if !bytes.isEmpty {
                if let v = Int(String(decoding: bytes, as: UTF8.self)), v >= 0, v <= 1440 {
                    breakMinutes = UInt16(v)
                } else {
                    let value = String(decoding: bytes, as: UTF8.self)
                    fail(
                        record, bi, da: "ugyldig pause «\(value)»; forventede hele minutter 0–1440",
                        en: "invalid break «\(value)»; expected whole minutes 0–1440")
                }
            }
        }
        var tags: ShiftTags = []
        if let ti = columns[.tags] {
            let bytes = trimmed(scanner.field(record, ti))
            for part in bytes.split(separator: 0x3B) {
                let name = trimmed(part)
                if name.isEmpty { continue }
                if let t = tagIndex[name] { tags.insert(t); continue }
                let text = String(decoding: name, as: UTF8.self)
                if let t = ShiftTags.parse(text) {
                    tagIndex[name] = t
                    tags.insert(t)
                } else {
                    fail(
                        record, ti, da: "ukendt mærke «\(text)» i tags; forventede alone (alene) eller heavy (tung)",
                        en: "unknown tag «\(text)»; expected alone (alene) or heavy (tung)")
                }
            }
        }
        guard errors.count == errorCount, let start, let end else { return }
        if end <= start {
            let s = String(decoding: trimmed(scanner.field(record, columns[.start]!)), as: UTF8.self)
            let e = String(decoding: trimmed(scanner.field(record, columns[.end]!)), as: UTF8.self)
            fail(
                record, columns[.end], da: "slut «\(e)» ligger ikke efter start «\(s)»",
                en: "end «\(e)» is not after start «\(s)»")
            return
        }
        shifts.append(
            Shift(
                employee: employee, start: Int32(start), end: Int32(end), kind: kind, label: label, unit: unit,
                line: Int32(record.line), breakMinutes: breakMinutes, tags: tags))
    }

    /// Interns an optional text column; -1 when absent or empty.
    static func intern(
        _ scanner: CSVScanner, _ record: CSVScanner.Record, _ index: Int?, table: inout [ArraySlice<UInt8>: Int32], strings: inout [String]
    ) -> Int32 {
        guard let index else { return -1 }
        let bytes = trimmed(scanner.field(record, index))
        if bytes.isEmpty { return -1 }
        if let i = table[bytes] { return i }
        let i = Int32(strings.count)
        table[bytes] = i
        strings.append(String(decoding: bytes, as: UTF8.self))
        return i
    }

    /// Years vagttjek accepts: the `Int32` minute range is far wider, but a year outside this is
    /// a typo in a roster.
    static let years = 1900...2199

    mutating func instant(_ record: CSVScanner.Record, _ index: Int, name: String, nameEn: String? = nil) -> Minute? {
        let bytes = trimmed(scanner.field(record, index))
        let value = String(decoding: bytes, as: UTF8.self)
        if bytes.isEmpty {
            fail(record, index, da: "\(name) mangler; \(TimestampParser.expected.da)", en: "\(nameEn ?? name) is missing; \(TimestampParser.expected.en)")
            return nil
        }
        switch TimestampParser.parse(bytes) {
        case .failure(let failure):
            let text = TimestampParser.explain(failure, value: value)
            fail(record, index, da: text.da, en: text.en)
            return nil
        case .success(let reading):
            let year = CivilDate(dayNumber: floorDiv(reading.local, minutesPerDay)).year
            guard Self.years.contains(year) else {
                fail(
                    record, index, da: "«\(value)»: året \(year) ligger uden for 1900–2199",
                    en: "«\(value)»: the year \(year) is outside 1900–2199")
                return nil
            }
            if let offset = reading.offset { return reading.local - offset }
            switch Copenhagen.resolve(local: reading.local) {
            case .unique(let instant):
                return instant
            case .nonexistent:
                fail(
                    record, index,
                    da: "«\(value)» findes ikke i dansk tid: sommertiden begynder, og uret springer fra 02:00 til 03:00",
                    en: "«\(value)» does not exist in Danish time: summer time starts and clocks jump from 02:00 to 03:00")
                return nil
            case .ambiguous(let first, _):
                notices.append(
                    InputError(
                        file: file, line: record.line, column: record.columns[index],
                        da: "«\(value)» forekommer to gange (sommertiden slutter); læst som første gang (+02:00). Angiv +01:00 for anden gang",
                        en: "«\(value)» occurs twice (summer time ends); read as the first occurrence (+02:00). Write +01:00 for the second"))
                return first
            }
        }
    }
}
