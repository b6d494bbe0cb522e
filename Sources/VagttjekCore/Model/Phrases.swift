/// Shared phrases of the findings' sentences: dates, clock times and hours, written straight into
/// a report's bytes. Each rule's sentences live in the rule's own file (`Rule.writeMessage`);
/// the unit words are `FindingUnit.text`.
extension ByteWriter {
    /// `03-03 07:00`, the short Danish form used in messages.
    mutating func short(_ instant: Minute) {
        let local = days.local(instant)
        let day = floorDiv(local, minutesPerDay)
        appendShort(day: day, minute: local - day * minutesPerDay)
    }

    /// `07:00`.
    mutating func clock(_ instant: Minute) {
        let local = days.local(instant)
        let m = local - floorDiv(local, minutesPerDay) * minutesPerDay
        append(padded: m / 60, width: 2); append(0x3A); append(padded: m % 60, width: 2)
    }

    /// `03-03-2026`.
    mutating func date(_ day: Day) {
        let d = CivilDate(dayNumber: day)
        append(padded: d.day, width: 2); append(0x2D); append(padded: d.month, width: 2); append(0x2D)
        append(padded: d.year, width: 4)
    }

    /// Hours from minutes, two decimals at most, decimal comma in Danish.
    ///
    /// In integers: minutes × 100 / 60 = 5m/3, whose fraction is 0, ⅓ or ⅔ (never a tie), so
    /// `(10m + 3) / 6` rounds it as `append(number:)` rounds `Double(m) / 60`, without a
    /// floating-point division and a call to `round` (tested against it).
    @inline(__always)
    mutating func hours(_ minutes: Int, _ danish: Bool) {
        let m = minutes.magnitude
        guard m < 1 << 40 else { return append(number: Double(minutes) / 60, danish: danish) }
        let hundredths = Int((10 &* m &+ 3) / 6)
        append(hundredths: minutes < 0 ? -hundredths : hundredths, danish: danish)
    }

    // The same for a rule's `FindingPayload` fields, which are `Int32`.
    @inline(__always) mutating func short(_ instant: Int32) { short(Minute(instant)) }
    @inline(__always) mutating func clock(_ instant: Int32) { clock(Minute(instant)) }
    @inline(__always) mutating func date(_ day: Int32) { date(Day(day)) }
    @inline(__always) mutating func hours(_ minutes: Int32, _ danish: Bool) { hours(Int(minutes), danish) }
    @inline(__always) mutating func append(int value: Int32) { append(int: Int(value)) }
    @inline(__always) mutating func append(hundredths value: Int32, danish: Bool) { append(hundredths: Int(value), danish: danish) }
}
