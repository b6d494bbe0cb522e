/// Several roster files as one, and `--previous` as history.
extension Roster {
    /// Several rosters as one: the rows merged, an employee in several files one employee (a
    /// floater's rest between two units is judged like any other), each file's lines moved past
    /// the previous file's so that a row's line says which file it is in (`citation`).
    public static func combining(_ rosters: [Roster]) -> Roster {
        guard var merged = rosters.first else { return Roster(file: "", employeeIDs: [], labels: [], units: [], shifts: []) }
        guard rosters.count > 1 else { return merged }
        let bases = lineBases(rosters)
        for (k, r) in rosters.enumerated().dropFirst() { merged = merged.adding(history: r, lineOffset: bases[k]) }
        merged.files = rosters.map(\.file)
        merged.fileLineBases = bases
        merged.hasBreakColumn = rosters.contains { $0.hasBreakColumn }
        merged.notices = rosters.flatMap(\.notices)
        merged.titles = rosters.flatMap(\.titles)
        merged.namesAreIDs = rosters.contains { $0.namesAreIDs }
        merged.file = merged.files.joined(separator: ", ")
        return merged
    }

    /// Where each roster's lines begin when their rows are merged: after the previous one's
    /// last line. Nil when they pass `Int32.max` lines between them.
    public static func lineBases(_ rosters: [Roster]) -> [Int32] {
        var bases: [Int32] = [], base = 0
        for r in rosters {
            bases.append(Int32(clamping: base))
            base += Int(r.shifts.lazy.map(\.line).max() ?? 0)
        }
        return bases
    }

    /// Whether the rosters' lines fit one 32-bit line number between them.
    public static func linesFit(_ rosters: [Roster]) -> Bool {
        rosters.reduce(0) { $0 + Int($1.shifts.lazy.map(\.line).max() ?? 0) } <= Int(Int32.max)
    }

    /// The file (index into `files`) and the line in it of a row's `line`.
    public func place(ofLine line: Int32) -> (file: Int, line: Int) {
        guard fileLineBases.count > 1 else { return (0, Int(line)) }
        var k = fileLineBases.count - 1
        while k > 0 && fileLineBases[k] >= line { k -= 1 }
        return (k, Int(line - fileLineBases[k]))
    }

    /// A row's line as a report cites it: `hus-syd.csv:12` when several files are checked as one,
    /// else `12`.
    public func citation(ofLine line: Int32) -> String {
        guard fileLineBases.count > 1 else { return String(line) }
        let p = place(ofLine: line)
        return "\(files[p.file]):\(p.line)"
    }

    /// The files (indices into `files`) that hold an employee's rows, in file order.
    public func files(of employee: Int) -> [Int] {
        guard fileLineBases.count > 1, employee < employeeRanges.count else { return [] }
        var seen = Set<Int>()
        for i in employeeRanges[employee] { seen.insert(place(ofLine: shifts[i].line).file) }
        return seen.sorted()
    }

    /// This roster with the rows of an earlier period added as history (`--previous`), or of
    /// another file checked with it (`combining`, its lines moved by `lineOffset`).
    public func adding(history: Roster, lineOffset: Int32 = 0) -> Roster {
        var ids = employeeIDs
        var idIndex: [String: Int32] = [:]
        for (i, id) in ids.enumerated() { idIndex[id] = Int32(i) }
        var labels = self.labels, units = self.units
        var labelIndex: [String: Int32] = [:], unitIndex: [String: Int32] = [:]
        for (i, l) in labels.enumerated() { labelIndex[l] = Int32(i) }
        for (i, u) in units.enumerated() { unitIndex[u] = Int32(i) }
        // Each of the history's ids, labels and units is looked up once, not once per row: its
        // place in this roster's table, appended when new.
        func places(_ values: [String], _ table: inout [String], _ index: inout [String: Int32]) -> [Int32] {
            values.map { v in
                if let x = index[v] { return x }
                let x = Int32(table.count)
                index[v] = x
                table.append(v)
                return x
            }
        }
        let employeeMap = places(history.employeeIDs, &ids, &idIndex)
        let labelMap = places(history.labels, &labels, &labelIndex)
        let unitMap = places(history.units, &units, &unitIndex)
        var all = shifts
        all.reserveCapacity(shifts.count + history.shifts.count)
        for var s in history.shifts {
            s.employee = employeeMap[Int(s.employee)]
            s.line &+= lineOffset
            if s.label >= 0 { s.label = labelMap[Int(s.label)] }
            if s.unit >= 0 { s.unit = unitMap[Int(s.unit)] }
            all.append(s)
        }
        var merged = Roster(
            file: file, employeeIDs: ids, labels: labels, units: units, shifts: all,
            hasBreakColumn: hasBreakColumn, notices: history.notices + notices)
        merged.hasTagsColumn = hasTagsColumn || history.hasTagsColumn
        // Names by id: this period's first, then the history's.
        var names: [String: String] = [:]
        for (k, id) in history.employeeIDs.enumerated() { if k < history.employeeNames.count, let n = history.employeeNames[k] { names[id] = n } }
        for (k, id) in employeeIDs.enumerated() { if k < employeeNames.count, let n = employeeNames[k] { names[id] = n } }
        if !names.isEmpty { merged.employeeNames = merged.employeeIDs.map { names[$0] } }
        return merged
    }
}
