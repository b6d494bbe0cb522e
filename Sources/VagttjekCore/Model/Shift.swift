/// The kind of a roster row (DESIGN.md «Rows and kinds»), and how each counts for the rules.
public enum ShiftKind: UInt8, CaseIterable, Sendable {
    case work, oncallWorkplace, oncallHome, callout, course
    case vacation, sick, timeoff, seniorday, leave, dayoff

    /// The canonical name used in files and reports.
    public var name: String {
        switch self {
        case .work: return "work"
        case .oncallWorkplace: return "oncall-workplace"
        case .oncallHome: return "oncall-home"
        case .callout: return "callout"
        case .course: return "course"
        case .vacation: return "vacation"
        case .sick: return "sick"
        case .timeoff: return "timeoff"
        case .seniorday: return "seniorday"
        case .leave: return "leave"
        case .dayoff: return "dayoff"
        }
    }

    /// The Danish name (the first Danish alias): `fridøgn`, `ferie`, `syg`, `arbejde`.
    public var danishName: String { aliases[1] }

    /// Names accepted in the `kind` column (case-insensitive), canonical name first.
    public var aliases: [String] {
        switch self {
        case .work: return ["work", "arbejde", "tjeneste", "normal", "dagvagt", "aftenvagt", "nattevagt", "vågen nattevagt"]
        case .oncallWorkplace: return ["oncall-workplace", "rådighed-arbejdssted", "sovevagt", "sovende-nattevagt", "sovende nattevagt"]
        case .oncallHome: return ["oncall-home", "rådighed-hjemme", "tilkaldevagt"]
        case .callout: return ["callout", "tilkald"]
        case .course: return ["course", "kursus", "møde"]
        case .vacation: return ["vacation", "ferie", "feriefridag"]
        case .sick: return ["sick", "syg"]
        case .timeoff: return ["timeoff", "afspadsering"]
        case .seniorday: return ["seniorday", "seniordag"]
        case .leave: return ["leave", "orlov", "barsel", "omsorgsdag"]
        case .dayoff: return ["dayoff", "fridøgn", "fri"]
        }
    }

    /// Counts as working time (48-hour average, night work): work, on-call at the workplace,
    /// callout, course.
    @inline(__always)
    public var isWorkingTime: Bool {
        switch self {
        case .work, .oncallWorkplace, .callout, .course: return true
        default: return false
        }
    }

    /// Busy for the weekly day off: everything except absences; on-call of both kinds is
    /// busy **(law)**: neither kind of on-call is rest for the fridøgn.
    @inline(__always)
    public var isBusyForWeeklyDayOff: Bool {
        isWorkingTime || self == .oncallHome
    }

    /// An absence that makes a day neutral in the 48-hour average (vacation, sick, leave).
    @inline(__always)
    public var isNeutralAbsence: Bool {
        self == .vacation || self == .sick || self == .leave
    }

    static let byAlias: [String: ShiftKind] = {
        var map: [String: ShiftKind] = [:]
        for kind in ShiftKind.allCases { for alias in kind.aliases { map[alias] = kind } }
        return map
    }()

    /// The kind for a cell value (case-insensitive; empty means `work`, DESIGN.md «Rows and kinds»).
    public static func parse(_ text: String) -> ShiftKind? {
        if text.isEmpty { return .work }
        return byAlias[text.lowercased()]
    }
}

/// Flags from the `tags` column.
public struct ShiftTags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Working alone (alenearbejde).
    public static let alone = ShiftTags(rawValue: 1)
    /// Particularly heavy or risky work (særlig risikofyldt / betydelig belastning).
    public static let heavy = ShiftTags(rawValue: 2)

    /// Accepted names, canonical first.
    public static let names: [(String, ShiftTags)] = [("alone", .alone), ("alene", .alone), ("heavy", .heavy), ("tung", .heavy)]

    public static func parse(_ name: String) -> ShiftTags? {
        let lower = name.lowercased()
        return names.first { $0.0 == lower }?.1
    }
}

/// One roster row, as the engine stores it.
///
/// Shaped for speed and memory (DESIGN.md «Performance»: ≤ 40 bytes per shift resident): 24 bytes of small
/// integers; strings (employee id, label, unit) are interned in the `Roster` and referred to by
/// index. Labels and units are 16-bit codes (0 = none), so a roster may hold 65,534 distinct
/// labels and as many units.
public struct Shift: Sendable, Equatable {
    /// Index into `Roster.employeeIDs`.
    public var employee: Int32
    /// Start and end as minutes since 2000-01-01T00:00Z; `end > start`.
    public var start: Int32
    public var end: Int32
    /// The 1-based line of the row in its file (for messages).
    public var line: Int32
    /// `label + 1` and `unit + 1`; 0 when absent.
    public var labelCode: UInt16
    public var unitCode: UInt16
    public var breakMinutes: UInt16
    public var kind: ShiftKind
    public var tags: ShiftTags

    /// The most distinct labels (and units) a roster can hold.
    public static let maxCodes = Int(UInt16.max) - 1

    public init(
        employee: Int32, start: Int32, end: Int32, kind: ShiftKind, label: Int32 = -1, unit: Int32 = -1,
        line: Int32 = 0, breakMinutes: UInt16 = 0, tags: ShiftTags = []
    ) {
        self.employee = employee
        self.start = start
        self.end = end
        self.line = line
        self.labelCode = UInt16(truncatingIfNeeded: label + 1)
        self.unitCode = UInt16(truncatingIfNeeded: unit + 1)
        self.breakMinutes = breakMinutes
        self.kind = kind
        self.tags = tags
    }

    /// Index into `Roster.labels`, or -1.
    @inline(__always) public var label: Int32 {
        get { Int32(labelCode) - 1 }
        set { labelCode = UInt16(truncatingIfNeeded: newValue + 1) }
    }

    /// Index into `Roster.units`, or -1.
    @inline(__always) public var unit: Int32 {
        get { Int32(unitCode) - 1 }
        set { unitCode = UInt16(truncatingIfNeeded: newValue + 1) }
    }

    @inline(__always) public var startMinute: Minute { Int(start) }
    @inline(__always) public var endMinute: Minute { Int(end) }
}
