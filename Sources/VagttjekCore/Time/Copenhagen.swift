/// Europe/Copenhagen wall-clock time, computed from the EU summer-time rule (DESIGN.md «Time»).
///
/// CET is UTC+01:00, CEST is UTC+02:00. Summer time starts on the last Sunday of March at
/// 01:00 UTC (local 02:00 → 03:00) and ends on the last Sunday of October at 01:00 UTC
/// (local 03:00 → 02:00). The rule has been in force since 1996; vagttjek applies it to every
/// year (Denmark ended summer time in late September 1980–1995; rosters that old are out of scope).
///
/// Shaped for speed: the kind of every day from 1970 to 2199 is looked up in a 84 KB table built
/// once, so converting a wall-clock time costs one array read and an addition. `Calendar` and
/// `TimeZone` are never used here (the test compares every hour 1996–2040 with Foundation's).
public enum Copenhagen {
    /// How a local date relates to summer time.
    @usableFromInline
    enum DayKind: UInt8 {
        case winter = 0, summer = 1, springForward = 2, fallBack = 3
    }

    /// The result of reading a wall-clock time.
    public enum Resolution: Equatable, Sendable {
        /// The time exists once; the instant.
        case unique(Minute)
        /// The time occurs twice (02:00–02:59 on the last Sunday of October): the first
        /// occurrence (+02:00) and the second (+01:00).
        case ambiguous(first: Minute, second: Minute)
        /// The time does not exist (02:00–02:59 on the last Sunday of March).
        case nonexistent
    }

    @usableFromInline static let tableFirstDay = CivilDate(year: 1970, month: 1, day: 1).dayNumber

    /// The day table, for hot loops: fetch it once (`let days = Copenhagen.days`) and call its
    /// methods, so the loop does not pay for the lazy global's initialisation check every time.
    public static let days = DayTable()

    /// The last Sunday of a month, as a day number.
    public static func lastSunday(year: Int, month: Int) -> Day {
        let last = CivilDate(year: year, month: month, day: CivilDate.daysInMonth(year: year, month: month)).dayNumber
        return last - (isoWeekday(last) % 7)
    }

    /// The day summer time starts (last Sunday of March).
    public static func summerTimeStart(year: Int) -> Day { lastSunday(year: year, month: 3) }
    /// The day summer time ends (last Sunday of October).
    public static func summerTimeEnd(year: Int) -> Day { lastSunday(year: year, month: 10) }

    /// The UTC offset in minutes (60 or 120) at an instant.
    public static func offset(at instant: Minute) -> Int { days.offset(at: instant) }

    /// Reads a wall-clock time given as minutes since 2000-01-01T00:00 *local*.
    public static func resolve(local: Minute) -> Resolution { days.resolve(local: local) }

    /// The instant of local midnight starting a day (midnight always exists once in Copenhagen).
    public static func midnight(_ day: Day) -> Minute { days.midnight(day) }

    /// The local date of an instant.
    public static func day(of instant: Minute) -> Day { days.day(of: instant) }

    /// The local wall-clock minute (minutes since 2000-01-01T00:00 local) of an instant.
    public static func local(_ instant: Minute) -> Minute { days.local(instant) }

    /// The kind of every day from 1970 to 2199 in one table built once and never freed; the
    /// methods are the time zone rule. Outside the table the rule is computed.
    public struct DayTable: @unchecked Sendable {
        @usableFromInline let base: UnsafePointer<UInt8>
        @usableFromInline let count: Int
        @usableFromInline let firstDay: Int

        init() {
            firstDay = Copenhagen.tableFirstDay
            let lastDay = CivilDate(year: 2199, month: 12, day: 31).dayNumber
            count = lastDay - firstDay + 1
            let table = UnsafeMutablePointer<UInt8>.allocate(capacity: count)
            table.initialize(repeating: DayKind.winter.rawValue, count: count)
            for year in 1970...2199 {
                let spring = summerTimeStart(year: year) - firstDay
                let autumn = summerTimeEnd(year: year) - firstDay
                table[spring] = DayKind.springForward.rawValue
                for d in (spring + 1)..<autumn { table[d] = DayKind.summer.rawValue }
                table[autumn] = DayKind.fallBack.rawValue
            }
            base = UnsafePointer(table)
        }

        @inline(__always) @usableFromInline
        func kind(of day: Day) -> DayKind {
            let i = day &- firstDay
            if i >= 0 && i < count { return DayKind(rawValue: base[i]) ?? .winter }
            let year = CivilDate(dayNumber: day).year
            let spring = summerTimeStart(year: year), autumn = summerTimeEnd(year: year)
            if day == spring { return .springForward }
            if day == autumn { return .fallBack }
            return (day > spring && day < autumn) ? .summer : .winter
        }

        /// The UTC offset in minutes (60 or 120) at an instant.
        @inline(__always)
        public func offset(at instant: Minute) -> Int {
            let day = floorDiv(instant, minutesPerDay)
            switch kind(of: day) {
            case .winter: return 60
            case .summer: return 120
            // The change happens at 01:00 UTC on the same UTC date as the local date.
            case .springForward: return instant - day * minutesPerDay < 60 ? 60 : 120
            case .fallBack: return instant - day * minutesPerDay < 60 ? 120 : 60
            }
        }

        /// Reads a wall-clock time given as minutes since 2000-01-01T00:00 *local*.
        @inline(__always)
        public func resolve(local: Minute) -> Resolution {
            let day = floorDiv(local, minutesPerDay)
            return resolve(day: day, minuteOfDay: local - day * minutesPerDay)
        }

        /// The same for a local date and a minute of that day (0..<1440), without a division.
        @inline(__always)
        public func resolve(day: Day, minuteOfDay: Int) -> Resolution {
            let local = day &* minutesPerDay &+ minuteOfDay
            switch kind(of: day) {
            case .winter: return .unique(local - 60)
            case .summer: return .unique(local - 120)
            case .springForward:
                if minuteOfDay < 120 { return .unique(local - 60) }
                if minuteOfDay < 180 { return .nonexistent }
                return .unique(local - 120)
            case .fallBack:
                if minuteOfDay < 120 { return .unique(local - 120) }
                if minuteOfDay < 180 { return .ambiguous(first: local - 120, second: local - 60) }
                return .unique(local - 60)
            }
        }

        /// The instant of local midnight starting a day.
        @inline(__always)
        public func midnight(_ day: Day) -> Minute {
            let k = kind(of: day)
            return k == .summer || k == .fallBack ? day * minutesPerDay - 120 : day * minutesPerDay - 60
        }

        /// The local date of an instant.
        @inline(__always)
        public func day(of instant: Minute) -> Day {
            floorDiv(instant + offset(at: instant), minutesPerDay)
        }

        /// The local wall-clock minute of an instant.
        @inline(__always)
        public func local(_ instant: Minute) -> Minute {
            instant + offset(at: instant)
        }
    }
}

/// Formatting of instants in Copenhagen time, for reports (not on the hot path).
public enum TimeFormat {
    /// `2026-03-03T07:00:00+01:00`.
    public static func iso(_ instant: Minute) -> String {
        let off = Copenhagen.offset(at: instant)
        let local = instant + off
        let day = floorDiv(local, minutesPerDay)
        let m = local - day * minutesPerDay
        return "\(CivilDate(dayNumber: day))T\(pad(m / 60, 2)):\(pad(m % 60, 2)):00+\(pad(off / 60, 2)):00"
    }

    /// `2026-03-03 07:00` (local, no offset), as used in rule examples.
    public static func plain(_ instant: Minute) -> String {
        let local = Copenhagen.local(instant)
        let day = floorDiv(local, minutesPerDay)
        let m = local - day * minutesPerDay
        return "\(CivilDate(dayNumber: day)) \(pad(m / 60, 2)):\(pad(m % 60, 2))"
    }

    /// `03-03 07:00`, the short Danish form used in messages.
    public static func short(_ instant: Minute) -> String {
        let local = Copenhagen.local(instant)
        let day = floorDiv(local, minutesPerDay)
        let m = local - day * minutesPerDay
        let date = CivilDate(dayNumber: day)
        return "\(pad(date.day, 2))-\(pad(date.month, 2)) \(pad(m / 60, 2)):\(pad(m % 60, 2))"
    }

    /// Weekday abbreviations, Monday first (the text report's finding lines).
    static let weekdaysDa = ["ma", "ti", "on", "to", "fr", "lø", "sø"]
    static let weekdaysEn = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

    /// `07:00`.
    public static func clock(_ instant: Minute) -> String {
        let local = Copenhagen.local(instant)
        let m = local - floorDiv(local, minutesPerDay) * minutesPerDay
        return "\(pad(m / 60, 2)):\(pad(m % 60, 2))"
    }

    /// `03-03-2026`, the Danish date form.
    public static func danishDate(_ day: Day) -> String {
        let d = CivilDate(dayNumber: day)
        return "\(pad(d.day, 2))-\(pad(d.month, 2))-\(pad(d.year, 4))"
    }

    /// Hours with at most two decimals, Danish decimal comma when `danish`: `10`, `8,5`, `10,25`.
    public static func hours(_ minutes: Int, danish: Bool) -> String {
        number(Double(minutes) / 60, danish: danish)
    }

    /// A number rounded to two decimals without trailing zeros.
    public static func number(_ value: Double, danish: Bool) -> String {
        // A value too large for whole hundredths (a user's 1e17 in an error message) is written
        // as Swift writes it, never converted (the conversion would trap).
        guard value.isFinite, abs(value) < 1e15 else { return "\(value)" }
        let hundredths = Int((value * 100).rounded())
        let whole = hundredths / 100, frac = abs(hundredths % 100)
        let sign = hundredths < 0 && whole == 0 ? "-" : ""
        if frac == 0 { return "\(sign)\(whole)" }
        let fracText = frac % 10 == 0 ? String(frac / 10) : pad(frac, 2)
        return "\(sign)\(whole)\(danish ? "," : ".")\(fracText)"
    }
}
