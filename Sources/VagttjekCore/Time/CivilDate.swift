/// Calendar arithmetic on the proleptic Gregorian calendar, without Foundation.
///
/// Every instant in vagttjek is a count of minutes since 2000-01-01T00:00Z (`Int`, stored as
/// `Int32` in the hot arrays: ±4000 years). Every local calendar date is a count of days since
/// 2000-01-01 (`Day`). These functions are pure integer arithmetic so they can run per shift.
public typealias Minute = Int

/// A local calendar date as days since 2000-01-01 (negative before).
public typealias Day = Int

public let minutesPerHour = 60
public let minutesPerDay = 1440

/// Settings given in hours (`Policy`, agreements, a legend's `timer`) and the minutes the
/// engine counts in.
public enum Hours {
    /// `hours` in whole minutes, rounded to the nearest (10.999 h is 660 min, not 659): the one
    /// conversion every rule and analysis uses. Clamped to ±10^12 minutes, so no value traps.
    @inline(__always)
    public static func minutes(_ hours: Double) -> Minute {
        let m = (hours * 60).rounded()
        guard m == m else { return 0 }
        return Int(max(-1e12, min(1e12, m)))
    }
}

/// A year, month and day; `month` 1–12, `day` 1–31.
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Days since 2000-01-01 (Howard Hinnant's `days_from_civil`, shifted to the 2000 epoch).
    public var dayNumber: Day {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468 - 10_957
    }

    /// The date of a day number (inverse of `dayNumber`).
    public init(dayNumber: Day) {
        let z = dayNumber + 10_957 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    public static func < (a: CivilDate, b: CivilDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// ISO weekday of a day number: 1 = Monday … 7 = Sunday (2000-01-01 was a Saturday).
@inline(__always)
public func isoWeekday(_ day: Day) -> Int {
    let r = (day + 5) % 7
    return (r < 0 ? r + 7 : r) + 1
}

/// Floor division, for instants and days before the epoch.
@inline(__always)
public func floorDiv(_ a: Int, _ b: Int) -> Int {
    let q = a / b
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
}

/// "00" … "99", for the common case of `pad` (messages and reports format many clock times).
private let twoDigits: [String] = (0..<100).map { $0 < 10 ? "0\($0)" : "\($0)" }

/// Zero-padded decimal, e.g. `pad(7, 2)` = "07".
func pad(_ value: Int, _ width: Int) -> String {
    if width == 2 && value >= 0 && value < 100 { return twoDigits[value] }
    let s = String(abs(value))
    let padded = s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    return value < 0 ? "-" + padded : padded
}
