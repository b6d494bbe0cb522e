/// The general path of the row parser: a row the fast path does not take (quotes, other date
/// forms, a bad cell) is read cell by cell here, with the sentence for every error.
extension RowParser {
    mutating func fail(_ record: CSVScanner.Record, _ index: Int?, da: String, en: String) {
        // Past `storedErrorLimit` the rows in error are counted, not kept: a file of millions
        // of bad lines held 250 bytes an error (10 MB of them: 1.9 GB).
        if errors.count >= Self.storedErrorLimit {
            if record.line != omitted.lastLine {
                omitted.rows += 1
                omitted.lines += max(1, record.lastLine - record.line + 1)
                omitted.lastLine = record.line
            }
            return
        }
        errors.append(
            InputError(
                file: file, line: record.line, column: index.map { scanner.characterColumn(record, $0) }, da: da, en: en,
                lastLine: record.lastLine > record.line ? record.lastLine : nil))
    }

    /// Quotes (RFC 4180). A quoted field may hold line breaks (a note over two lines is
    /// plausible), but not a line with as many delimiters as a whole row: that is a stray
    /// opening quote swallowing rows, and the row is an error naming where the quote opened and
    /// the lines it swallowed. A quote never closed, text after a closing quote, and a field
    /// count that differs from the header's are errors too. Nothing is dropped silently.
    mutating func parseRow(_ record: CSVScanner.Record) {
        if record.unterminatedQuote {
            let field = record.count - 1
            fail(
                record, field, da: "anførselstegnet her lukkes aldrig, så resten af filen ville blive ét felt; luk eller fjern det",
                en: "this quote is never closed, so the rest of the file would be one field; close or remove it")
            return
        }
        if record.multilineField >= 0 && headerCount > 1 && record.delimitersOnContinuationLine >= headerCount - 1 {
            let field = record.multilineField
            fail(
                record, field,
                da: "anførselstegnet her åbner et felt, der løber over linje \(record.line + 1)–\(record.lastLine), som ligner rækker; luk eller fjern anførselstegnet (rækkerne er ikke læst)",
                en: "this quote opens a field that runs over lines \(record.line + 1)–\(record.lastLine), which look like rows; close or remove the quote (the rows are not read)")
            return
        }
        if record.textAfterQuote >= 0 {
            fail(
                record, record.textAfterQuote, da: "tekst efter det afsluttende anførselstegn; sæt hele feltet i anførselstegn eller fjern dem",
                en: "text after the closing quote; quote the whole field or remove the quotes")
            return
        }
        // A row of empty cells (Excel's ;;; under a table) holds nothing to read.
        if (0..<record.count).allSatisfy({ trimmed(scanner.field(record, $0)).isEmpty }) { return }
        if isTotalRow(record) { return }
        codedEntry = nil
        // One empty cell more than the header: a delimiter at the end of the data rows only.
        var record = record
        if record.count == headerCount + 1 && trimmed(scanner.field(record, headerCount)).isEmpty {
            record.starts.removeLast()
            record.ends.removeLast()
            record.escaped.removeLast()
            record.columns.removeLast()
        }
        if record.count != headerCount {
            let spans = record.lastLine > record.line
            fail(
                record, nil,
                da: "rækken har \(record.count) felter; overskriften har \(headerCount)" + (spans ? " (et felt i anførselstegn løber til linje \(record.lastLine))" : ""),
                en: "the row has \(record.count) fields; the header has \(headerCount)" + (spans ? " (a quoted field runs to line \(record.lastLine))" : ""))
            return
        }
        let errorCount = errors.count
        // Employee.
        let ei = employeeColumn
        let employeeBytes = trimmed(scanner.field(record, ei))
        var employee: Int32 = -1
        if employeeBytes.isEmpty {
            fail(record, ei, da: "medarbejder mangler", en: "employee is missing")
        } else {
            // An index is 32 bits: past `Int32.max` distinct employees (a file of some 90 GB) the
            // row is an error, not a row without an employee.
            if let index = employeeBytes.withUnsafeBufferPointer({ internEmployee($0) }) {
                employee = index
            } else {
                fail(
                    record, ei, da: "for mange forskellige medarbejdere (højst 2.147.483.647)",
                    en: "too many distinct employees (at most 2,147,483,647)")
            }
            if nameColumn >= 0 && employee >= 0 {
                var name = scanner.string(record, nameColumn)  // unquoted, as a quoted cell means it
                name.withUTF8 { noteName(employee, $0) }
            }
        }
        var start: Minute?, end: Minute?
        if dateColumn >= 0 {
            (start, end) = clockTimes(record, date: dateColumn)
        } else {
            start = instant(record, startColumn, name: "start")
            end = instant(record, endColumn, name: "slut", nameEn: "end")
        }
        // Kind.
        var kind = ShiftKind.work
        // The column positions are read from the stored fields, not `columns` (a dictionary
        // lookup per cell was a tenth of this path's time).
        if kindColumn >= 0 {
            let ki = kindColumn
            let bytes = trimmed(scanner.field(record, ki))
            if let k = kindIndex[bytes] { kind = k } else if let k = self.kind(String(decoding: bytes, as: UTF8.self)) {
                kind = k
                kindIndex[bytes] = k
            } else {
                let value = String(decoding: bytes, as: UTF8.self)
                let known = ShiftKind.allCases.map(\.name).joined(separator: ", ")
                fail(
                    record, ki, da: "ukendt type «\(shown(value))»; forventede en af: \(known) (eller et dansk alias); eksportens egne navne kan oversættes med --kinds",
                    en: "unknown kind «\(shown(value))»; expected one of: \(known) (or a Danish alias); the export's own names can be mapped with --kinds")
            }
        }
        let label = Self.intern(scanner, record, Self.position(labelColumn), table: &labelIndex, strings: &labels)
        var unit = Self.intern(scanner, record, Self.position(unitColumn), table: &unitIndex, strings: &units)
        if label == Self.tooMany || unit == Self.tooMany {
            for (value, column) in [(label, labelColumn), (unit, unitColumn)] where value == Self.tooMany {
                fail(
                    record, Self.position(column), da: "for mange forskellige værdier i kolonnen (højst \(Shift.maxCodes))",
                    en: "too many distinct values in the column (at most \(Shift.maxCodes))")
            }
        }
        var breakMinutes: UInt16 = 0
        if breakColumn >= 0 {
            let bi = breakColumn
            let bytes = trimmed(scanner.field(record, bi))
            if !bytes.isEmpty {
                if let v = Int(String(decoding: bytes, as: UTF8.self)), v >= 0, v <= 1440 {
                    breakMinutes = UInt16(v)
                } else {
                    let value = String(decoding: bytes, as: UTF8.self)
                    fail(
                        record, bi, da: "ugyldig pause «\(shown(value))»; forventede hele minutter 0–1440",
                        en: "invalid break «\(shown(value))»; expected whole minutes 0–1440")
                }
            }
        }
        applyCode(record, kind: &kind, breakMinutes: &breakMinutes, unit: &unit)
        var tags: ShiftTags = []
        if tagsColumn >= 0 {
            let ti = tagsColumn
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
                        record, ti, da: "ukendt mærke «\(shown(text))» i tags; forventede alone (alene) eller heavy (tung)",
                        en: "unknown tag «\(shown(text))»; expected alone (alene) or heavy (tung)")
                }
            }
        }
        guard errors.count == errorCount, let start, let end else { return }
        if end <= start {
            let s = String(decoding: trimmed(scanner.field(record, startColumn)), as: UTF8.self)
            let e = String(decoding: trimmed(scanner.field(record, endColumn)), as: UTF8.self)
            fail(
                record, Self.position(endColumn), da: "slut «\(shown(e))» ligger ikke efter start «\(shown(s))»",
                en: "end «\(shown(e))» is not after start «\(shown(s))»")
            return
        }
        if Int(breakMinutes) > end - start {
            fail(
                record, Self.position(breakColumn), da: "pausen på \(breakMinutes) minutter er længere end vagten (\(end - start) minutter)",
                en: "the break of \(breakMinutes) minutes is longer than the shift (\(end - start) minutes)")
            return
        }
        shifts.append(
            Shift(
                employee: employee, start: Int32(start), end: Int32(end), kind: kind, label: label, unit: unit,
                line: Int32(record.line), breakMinutes: breakMinutes, tags: tags))
    }
}
