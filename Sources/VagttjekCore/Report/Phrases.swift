/// Shared phrases of the findings' sentences: dates, clock times and hours, written straight into
/// a report's bytes. Each rule's sentences live in the rule's own file (`Rule.writeMessage`);
/// the unit words are `FindingUnit.text`.
extension ByteWriter {
    /// `03-03 07:00`, the short Danish form used in messages.
    mutating func short(_ instant: Minute) {
        let local = days.local(instant)
        let day = floorDiv(local, minutesPerDay)
        let m = local - day * minutesPerDay
        appendDayMonth(day); append(0x20)
        append(twoDigits: m / 60); append(0x3A); append(twoDigits: m % 60)
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
    mutating func hours(_ minutes: Int, _ danish: Bool) {
        append(number: Double(minutes) / 60, danish: danish)
    }
}
