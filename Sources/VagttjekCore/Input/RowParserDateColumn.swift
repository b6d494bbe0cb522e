/// The rows of an export with a date column of its own (`Dato;Fra;Til`, Excel schedules, and
/// `Start Date;Start Time;End Date;End Time`): start and end as clock times on that date.
extension RowParser {
    /// Start and end when the date has a column of its own and the start and end cells hold
    /// clock times (`07:00`, `7:00`, `07.00`): both on that date, and an end at or before the
    /// start on the next day (a night 23:00–07:00). A cell with a whole timestamp is read as one.
    mutating func clockTimes(_ record: CSVScanner.Record, date di: Int) -> (Minute?, Minute?) {
        let dateBytes = trimmed(scanner.field(record, di))
        // Rows repeat dates: the previous row's date is not parsed again.
        if let last = lastDate, last.bytes.elementsEqual(dateBytes) {
            return clockTimes(record, midnight: last.midnight)
        }
        let dateText = String(decoding: dateBytes, as: UTF8.self)
        let local: Minute
        dateEvidence.note(dateBytes, line: record.line)
        if case .success(let midnight) = TimestampParser.parse((dateBytes + Array(" 00:00".utf8))[...], monthFirst: monthFirst) {
            local = midnight.local
        } else if let r = GridDate.parse(dateText), let y = r.year, r.day <= CivilDate.daysInMonth(year: y, month: r.month),
            r.weekday == nil || r.weekday == GridDate.weekday(CivilDate(year: y, month: r.month, day: r.day).dayNumber)
        {
            // As people write a date: a weekday first (`Mon 02/03/2026`, `ma 2.3.2026`), or the
            // month's name (`2. mar. 2026`, `02-Mar-26`).
            local = CivilDate(year: y, month: r.month, day: r.day).dayNumber * minutesPerDay
        } else if let r = GridDate.parse(dateText), let y = r.year, let w = r.weekday, r.day <= CivilDate.daysInMonth(year: y, month: r.month) {
            let day = CivilDate(year: y, month: r.month, day: r.day).dayNumber
            fail(
                record, di, da: "«\(shown(dateText))» siger \(GridDate.namesDa[w]), men \(TimeFormat.danishDate(day)) er en \(GridDate.namesDa[GridDate.weekday(day)]); ret ugedagen eller datoen",
                en: "«\(shown(dateText))» says \(GridDate.namesEn[w]), but \(TimeFormat.danishDate(day)) is a \(GridDate.namesEn[GridDate.weekday(day)]); correct the weekday or the date")
            return (nil, nil)
        } else {
            fail(record, di, da: "ugyldig dato «\(shown(dateText))»; forventede ÅÅÅÅ-MM-DD eller DD-MM-ÅÅÅÅ", en: "invalid date «\(shown(dateText))»; expected YYYY-MM-DD or DD-MM-YYYY")
            return (nil, nil)
        }
        let year = CivilDate(dayNumber: floorDiv(local, minutesPerDay)).year
        guard Self.years.contains(year) else {
            fail(record, di, da: "«\(shown(dateText))»: året \(year) ligger uden for 1900–2199", en: "«\(shown(dateText))»: the year \(year) is outside 1900–2199")
            return (nil, nil)
        }
        lastDate = (Array(dateBytes), local)
        return clockTimes(record, midnight: local)
    }

    /// The start and end of a row whose date (local midnight) is read: clock times on that
    /// date, or whole timestamps when the cells hold them.
    mutating func clockTimes(_ record: CSVScanner.Record, midnight: Minute) -> (Minute?, Minute?) {
        // No times of its own: from the row's code (`RowParserCodes.swift`).
        if let coded = codedTimes(record, midnight: midnight) { return coded }
        /// A clock time as people write it (`ClockTime`: `7:00`, `07.00`, `7`, `0700`,
        /// `07:00:00`, `7 am`; `24:00` only on the hour).
        func clock(_ index: Int, _ name: String, _ nameEn: String) -> Int? {
            let bytes = trimmed(scanner.field(record, index))
            if let m = ClockTime.minutes(bytes) { return m }
            let text = String(decoding: bytes, as: UTF8.self)
            fail(record, index, da: "\(name) «\(shown(text))» er ikke et klokkeslæt; forventede TT:MM", en: "\(nameEn) «\(shown(text))» is not a clock time; expected HH:MM")
            return nil
        }
        // The end's own date, when the export has one (read like the start's).
        var endMidnight: Minute?
        if endDateColumn >= 0 {
            let ei = endDateColumn
            let bytes = trimmed(scanner.field(record, ei))
            let text = String(decoding: bytes, as: UTF8.self)
            guard case .success(let m) = TimestampParser.parse((bytes + Array(" 00:00".utf8))[...], monthFirst: monthFirst),
                Self.years.contains(CivilDate(dayNumber: floorDiv(m.local, minutesPerDay)).year)
            else {
                fail(record, ei, da: "ugyldig slutdato «\(shown(text))»; forventede ÅÅÅÅ-MM-DD eller DD-MM-ÅÅÅÅ", en: "invalid end date «\(shown(text))»; expected YYYY-MM-DD or DD-MM-YYYY")
                return (nil, nil)
            }
            endMidnight = m.local
        }
        // A whole timestamp has at least 9 characters (`3-3-26 7:00`); anything shorter is
        // read, and reported, as a clock time.
        let fullStart = trimmed(scanner.field(record, startColumn)).count >= 9
        let fullEnd = trimmed(scanner.field(record, endColumn)).count >= 9
        if fullStart || fullEnd {
            // A whole timestamp must fall on the row's own date: a date column that says 03-03
            // and a start that says 09-03 is a mistake in one of them, not a choice for vagttjek.
            if fullStart, !agrees(record, startColumn, midnight: midnight, dateColumn: dateColumn) { return (nil, nil) }
            if fullEnd, let endMidnight, !agrees(record, endColumn, midnight: endMidnight, dateColumn: endDateColumn) { return (nil, nil) }
            return (instant(record, startColumn, name: "start"), instant(record, endColumn, name: "slut", nameEn: "end"))
        }
        // Both cells are read, so a row with two bad cells gets both errors.
        let from = clock(startColumn, "start", "start"), to = clock(endColumn, "slut", "end")
        guard let from, let to else { return (nil, nil) }
        let day = midnight
        let startLocal = day + from
        let endLocal = endMidnight.map { $0 + to } ?? day + to + (to <= from ? minutesPerDay : 0)
        return (resolve(record, startColumn, startLocal), resolve(record, endColumn, endLocal))
    }

    /// Whether a whole timestamp in a cell lies on the date of its date column (local
    /// midnight `midnight`); when not, the error names both cells. A cell that is no timestamp
    /// at all is left to `instant`, which says what is wrong with it.
    mutating func agrees(_ record: CSVScanner.Record, _ index: Int, midnight: Minute, dateColumn: Int) -> Bool {
        let bytes = trimmed(scanner.field(record, index))
        guard case .success(let reading) = TimestampParser.parse(bytes, monthFirst: monthFirst) else { return true }
        let day = floorDiv(reading.local, minutesPerDay), expected = floorDiv(midnight, minutesPerDay)
        guard day != expected else { return true }
        let cell = shown(String(decoding: bytes, as: UTF8.self))
        let date = shown(String(decoding: trimmed(scanner.field(record, dateColumn)), as: UTF8.self))
        fail(
            record, index, da: "«\(cell)» ligger på \(CivilDate(dayNumber: day)), men datokolonnen siger «\(date)»; ret den ene, så de passer",
            en: "«\(cell)» falls on \(CivilDate(dayNumber: day)), but the date column says «\(date)»; correct one so they agree")
        return false
    }
}
