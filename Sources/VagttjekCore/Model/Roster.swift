
/// A roster in memory: every row as a `Shift` in one flat array sorted by (employee, start),
/// and the strings the rows refer to, interned once (DESIGN.md «Performance»).
public struct Roster: Sendable {
    /// The file it was read from (for messages).
    public var file: String
    /// Employee ids in byte order; a shift's `employee` indexes this array, so employee order
    /// is report order.
    public var employeeIDs: [String]
    /// Per employee (as `employeeIDs`): the name from the roster's own `name` (`Navn`) column,
    /// or nil; empty when the roster has no such column.
    public var employeeNames: [String?] = []
    /// Several roster files checked as one (`check A.csv B.csv`): the files, and where each
    /// file's lines begin among the rows' `line`s (a row's line is `fileLineBases[k]` plus its line
    /// in file k; `RosterFiles.swift`). Both empty for one file.
    public var files: [String] = []
    public var fileLineBases: [Int32] = []
    public var labels: [String]
    public var units: [String]
    /// All rows, sorted by (employee, start, end, line).
    public private(set) var shifts: [Shift]
    /// For each employee, the range of its shifts in `shifts`.
    public private(set) var employeeRanges: [Range<Int>]
    /// Whether the file had a `break` column (the lunch-break rule runs only then).
    public var hasBreakColumn: Bool
    /// Whether the file had a `tags` column (without one no row is tagged `alone`).
    public var hasTagsColumn = false
    /// Input notices (not errors), e.g. an ambiguous autumn time read as its first occurrence.
    public var notices: [InputError]
    /// The employees are known by name only (the file had no id column): `--employees` is then
    /// matched by its names.
    public var namesAreIDs = false
    /// The title lines above a grid's header (`Vagtplan Hus Nord, marts 2026`), for the report's heading.
    public var titles: [String] = []

    public init(
        file: String, employeeIDs: [String], labels: [String], units: [String], shifts: [Shift],
        hasBreakColumn: Bool = false, notices: [InputError] = []
    ) {
        var rows = shifts
        self.init(
            file: file, employeeIDs: employeeIDs, labels: labels, units: units, taking: &rows,
            hasBreakColumn: hasBreakColumn, notices: notices)
    }

    /// Builds a roster from rows it takes over (`shifts` is left empty), so the rows are sorted
    /// where they lie instead of in a copy.
    public init(
        file: String, employeeIDs: [String], labels: [String], units: [String], taking shifts: inout [Shift],
        hasBreakColumn: Bool = false, notices: [InputError] = [], outOfPlaceSortRows: Int = RosterSort.outOfPlaceRows
    ) {
        self.file = file
        self.labels = labels
        self.units = units
        self.hasBreakColumn = hasBreakColumn
        self.notices = notices
        // Re-number employees in id order (natural order: 2 before 10) and sort the rows, so the
        // result does not depend on the order of the input rows. Shaped for memory: all in place,
        // no second array of rows. (A sorted export has its ids in order already: one pass
        // instead of a sort.)
        let inOrder = zip(employeeIDs, employeeIDs.dropFirst()).allSatisfy { !naturalPrecedes($1, $0) }
        let order = inOrder
            ? Array(employeeIDs.indices)
            : employeeIDs.indices.sorted { naturalPrecedes(employeeIDs[$0], employeeIDs[$1]) }
        self.employeeIDs = order.map { employeeIDs[$0] }
        var rows: [Shift] = []
        swap(&rows, &shifts)
        var newIndex: [Int32]?
        if !inOrder {
            var map = [Int32](repeating: 0, count: employeeIDs.count)
            for (new, old) in order.enumerated() { map[old] = Int32(new) }
            newIndex = map
        }
        var span: (start: Minute, end: Minute)?
        var longest: Int32 = 0
        self.employeeRanges = RosterSort.sortInPlace(
            &rows, employees: employeeIDs.count, renumbering: newIndex, span: &span, longest: &longest,
            outOfPlaceLimit: outOfPlaceSortRows)
        self.span = span
        self.longestRow = Int(longest)
        self.shifts = rows
    }

    public func label(of shift: Shift) -> String? { shift.label >= 0 ? labels[Int(shift.label)] : nil }
    public func unit(of shift: Shift) -> String? { shift.unit >= 0 ? units[Int(shift.unit)] : nil }

    /// The earliest start and latest end of all rows, or nil when there are none.
    public let span: (start: Minute, end: Minute)?
    /// The longest row (minutes), found in the same pass.
    public let longestRow: Int
}
