/// The rows of a grid roster (`GridRoster.swift`): each non-empty date cell one shift, or two
/// (`D+A`, `7-11/15-19`), with its times, kind, break and unit from its code.
extension RowParser {
    mutating func readGridRows(_ header: RosterReader.GridHeader, _ days: [Day]) {
        var record = CSVScanner.Record()
        let width = header.record.count
        while scanner.next(into: &record) {
            if (0..<record.count).allSatisfy({ trimmed(scanner.field(record, $0)).isEmpty }) { continue }
            if isTotalRow(record) { continue }
            if record.count > width, let extra = (width..<record.count).first(where: { !trimmed(scanner.field(record, $0)).isEmpty }) {
                fail(record, extra, da: "rækken har \(record.count) felter; overskriften har \(width)", en: "the row has \(record.count) fields; the header has \(width)")
                continue
            }
            let hasCodes = header.dates.contains { $0.column < record.count && !trimmed(scanner.field(record, $0.column)).isEmpty }
            let idBytes = header.employee < record.count ? trimmed(scanner.field(record, header.employee)) : []
            if idBytes.isEmpty {
                // A row with a name and no codes (a colleague on leave all period) holds nothing.
                if hasCodes { fail(record, header.employee, da: "medarbejder mangler", en: "employee is missing") }
                continue
            }
            guard let employee = idBytes.withUnsafeBufferPointer({ internEmployee($0) }) else {
                fail(record, header.employee, da: "for mange forskellige medarbejdere (højst 2.147.483.647)", en: "too many distinct employees (at most 2,147,483,647)")
                continue
            }
            if let n = header.name, n < record.count {
                var name = scanner.string(record, n)
                name.withUTF8 { noteName(employee, $0) }
            }
            let ownUnit = Self.intern(scanner, record, header.unit.flatMap { $0 < record.count ? $0 : nil }, table: &unitIndex, strings: &units)
            for (k, d) in header.dates.enumerated() where d.column < record.count {
                let cell = String(decoding: trimmed(scanner.field(record, d.column)), as: UTF8.self)
                if cell.isEmpty { continue }
                // The whole cell first (a legend may have a code `D/A`), else its parts.
                let parts = codes.entry(cell) != nil ? [cell] : cell.split(whereSeparator: { $0 == "+" || $0 == "/" }).map { String($0).trimmingBlanks }
                for part in parts where !part.isEmpty {
                    guard let entry = codes.entry(part) else {
                        failUnknownCode(record, d.column, part, rowHasNoTimes: false)
                        continue
                    }
                    let midnight = days[k] * minutesPerDay
                    let startLocal = midnight + (entry.start ?? 0)
                    let endLocal = entry.end.map { e in midnight + e + (e <= (entry.start ?? 0) ? minutesPerDay : 0) } ?? midnight + minutesPerDay
                    guard let start = resolve(record, d.column, startLocal), let end = resolve(record, d.column, endLocal) else { continue }
                    let label = Array(part.utf8).withUnsafeBufferPointer { labelIndex.intern($0, strings: &labels, limit: Shift.maxCodes) } ?? Self.tooMany
                    var unit = ownUnit
                    if unit < 0, let u = entry.unit {
                        unit = Array(u.utf8).withUnsafeBufferPointer { unitIndex.intern($0, strings: &units, limit: Shift.maxCodes) } ?? Self.tooMany
                    }
                    guard label != Self.tooMany && unit != Self.tooMany else {
                        fail(record, d.column, da: "for mange forskellige vagtkoder eller afdelinger (højst \(Shift.maxCodes))", en: "too many distinct codes or units (at most \(Shift.maxCodes))")
                        continue
                    }
                    shifts.append(
                        Shift(
                            employee: employee, start: Int32(start), end: Int32(end), kind: entry.kind, label: label, unit: unit,
                            line: Int32(record.line), breakMinutes: entry.breakMinutes ?? 0))
                }
            }
        }
        endLine = scanner.line
    }
}
