/// The repaired roster of `vagttjek suggest --output`: a roster CSV of one row per shift comes
/// back as it was written, every byte the same but the employee cells of the rows whose shift
/// changed hands; any other shape (a grid, a workbook) is written as a plain CSV of one row per
/// shift (`medarbejder;start;slut;type;vagtkode;afdeling`), which `check` reads.
public enum RosterRewrite {
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
        var out = "medarbejder;start;slut;type;vagtkode;afdeling\n"
        for (i, s) in roster.shifts.enumerated() {
            let cells = [
                roster.employeeIDs[Int(assignment[i])], TimeFormat.plain(s.startMinute), TimeFormat.plain(s.endMinute), s.kind.name,
                roster.label(of: s) ?? "", roster.unit(of: s) ?? "",
            ]
            out += cells.map { $0.contains(";") || $0.contains("\"") ? "\"" + $0.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\"" : $0 }.joined(separator: ";") + "\n"
        }
        return Array(out.utf8)
    }
}
