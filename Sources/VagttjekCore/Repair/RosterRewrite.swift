/// The repaired roster of `vagttjek suggest --output`: a roster CSV of one row per shift comes
/// back as it was written, every byte the same but the employee cells of the rows whose shift
/// changed hands; a CSV grid comes back as a grid, every byte the same but the day cells that
/// changed hands (when each such cell holds one shift and a reassigned shift's new cell is
/// empty); anything else (a workbook, a grid cell of two shifts) is written as a plain CSV of one
/// row per shift (`medarbejder;navn;start;slut;type;vagtkode;afdeling`, `navn` when the roster has names), which `check` reads.
public enum RosterRewrite {
    /// A change as a grid sees it: the day cell of `from` goes to `to` (`swap`: the two trade).
    public struct CellMove: Sendable {
        public var from: String, to: String
        public var day: Day
        public var swap: Bool
        public init(from: String, to: String, day: Day, swap: Bool) { (self.from, self.to, self.day, self.swap) = (from, to, day, swap) }
    }

    /// The grid with the moves applied to its day cells; nil when the file is not a CSV grid or a
    /// cell is not one shift (or a reassigned shift's new cell is not empty).
    public static func rewriteGrid(path: String, reader: RosterReader, moves: [CellMove]) -> [UInt8]? {
        guard Spreadsheet.kind(path: path) == nil, let raw = try? TextFile.read(path: path),
            let text = try? TextEncoding.normalise(raw, file: path).bytes,
            let layout = try? reader.gridLayout(bytes: text, file: path)
        else { return nil }
        var (scanner, header, days, _, _) = layout
        var columnOf: [Day: Int] = [:]
        for (k, d) in days.enumerated() { columnOf[d] = header.dates[k].column }
        // Each employee's row: where its cells are.
        var rows: [String: CSVScanner.Record] = [:]
        var record = CSVScanner.Record()
        while scanner.next(into: &record) {
            guard header.employee < record.count else { continue }
            let id = EmployeeID.fold(HeaderName.visible(scanner.string(record, header.employee)))
            if !id.isEmpty && rows[id] == nil { rows[id] = record }
        }
        struct Cell: Hashable { var row: String; var column: Int }
        var texts: [Cell: String] = [:]
        func current(_ c: Cell) -> String? {
            if let t = texts[c] { return t }
            guard let r = rows[c.row], c.column < r.count else { return nil }
            return HeaderName.visible(scanner.string(r, c.column))
        }
        func single(_ t: String) -> Bool { !t.isEmpty && !t.contains { $0 == "+" || $0 == "/" || $0 == "," || $0 == " " } }
        for m in moves {
            guard let column = columnOf[m.day] else { return nil }
            let a = Cell(row: m.from, column: column), b = Cell(row: m.to, column: column)
            guard let ta = current(a), let tb = current(b), single(ta) else { return nil }
            if m.swap {
                guard single(tb) else { return nil }
                (texts[a], texts[b]) = (tb, ta)
            } else {
                guard tb.isEmpty else { return nil }
                (texts[a], texts[b]) = ("", ta)
            }
        }
        // The changed cells, in the order of the file.
        var edits: [(from: Int, to: Int, text: String)] = []
        for (cell, t) in texts {
            guard let r = rows[cell.row] else { return nil }
            edits.append((r.starts[cell.column], r.ends[cell.column], t))
        }
        edits.sort { $0.from < $1.from }
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        var copied = 0
        for e in edits {
            guard e.from >= copied, e.to >= e.from, e.to <= text.count else { return nil }
            out += text[copied..<e.from]
            out += Array(e.text.utf8)
            copied = e.to
        }
        out += text[copied...]
        return out
    }

    /// The file with the employee cells of the rows at `lines` set to the ids given; nil when
    /// the file is not a roster CSV of one row per shift.
    public static func rewrite(path: String, mapping: [RosterReader.Column: String], lines: [Int: String]) -> [UInt8]? {
        guard Spreadsheet.kind(path: path) == nil,
            let raw = try? TextFile.read(path: path), let text = try? TextEncoding.normalise(raw, file: path).bytes,
            let header = try? RosterReader(mapping: mapping).header(bytes: text, file: path), header.titles.isEmpty,
            let column = header.columns[.employee] ?? header.columns[.name]
        else { return nil }
        var scanner = header.scanner
        var record = CSVScanner.Record()
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        var copied = 0, found = 0
        while scanner.next(into: &record) {
            guard let id = lines[record.line], column < record.count else { continue }
            let from = record.starts[column], to = record.ends[column]
            guard from >= copied, to >= from, to <= text.count else { return nil }
            out += text[copied..<from]
            out += Array(id.utf8)
            copied = to
            found += 1
        }
        guard found == lines.count else { return nil }
        out += text[copied...]
        return out
    }

    /// One row per shift, the employees as `assignment` says.
    public static func plain(_ roster: Roster, assignment: [Int32]) -> [UInt8] {
        let named = roster.employeeNames.contains { $0 != nil }
        var out = named ? "medarbejder;navn;start;slut;type;vagtkode;afdeling\n" : "medarbejder;start;slut;type;vagtkode;afdeling\n"
        for (i, s) in roster.shifts.enumerated() {
            let e = Int(assignment[i])
            var cells = [roster.employeeIDs[e]]
            if named { cells.append(e < roster.employeeNames.count ? roster.employeeNames[e] ?? "" : "") }
            cells += [TimeFormat.plain(s.startMinute), TimeFormat.plain(s.endMinute), s.kind.name, roster.label(of: s) ?? "", roster.unit(of: s) ?? ""]
            out += cells.map { $0.contains(";") || $0.contains("\"") ? "\"" + $0.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\"" : $0 }.joined(separator: ";") + "\n"
        }
        return Array(out.utf8)
    }
}
