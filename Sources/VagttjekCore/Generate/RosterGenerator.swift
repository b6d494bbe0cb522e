/// A deterministic, realistic roster of 24-hour facilities, for benchmarks and demos
/// (`vagttjek generate`, README «Commands»).
///
/// Staff are grouped in units of 10–20. Most rotate between day (D 07–15) and evening
/// (A 15–23) weeks with two days off in a row at a personal weekday (±1 day from week to
/// week) and every third weekend free; 15 % work fixed nights (N 23–07; a sleeping night watch `sovevagt` in units that use
/// them); a fifth are part-timers; some carry on-call at home (T 16–22) after a day shift;
/// everyone has three weeks of summer vacation. With `violationRate` > 0 a matching share of
/// shifts is bent into a breach: a quick return, a 14-hour day, a worked day off or a double
/// booking. Same parameters → byte-identical output.
///
/// The generator plans in wall-clock time, as a planner does, so the rest across the spring DST
/// change is one real hour shorter than it looks: with `violationRate` 0 the only breaches are
/// those (a real trap the checker is there to catch).
///
/// Shaped for speed: rows are written as bytes into one buffer (no `String` per row).
public struct RosterGenerator: Sendable {
    public var employees: Int
    public var weeks: Int
    public var seed: UInt64 = 1
    /// The first day; moved back to its Monday.
    public var start: Day = CivilDate(year: 2026, month: 1, day: 5).dayNumber
    /// Share of shifts turned into breaches (0–1).
    public var violationRate: Double = 0.01

    public init(employees: Int, weeks: Int) {
        self.employees = employees
        self.weeks = weeks
    }

    /// A small, fast, well-mixed PRNG (SplitMix64), so the output is the same everywhere.
    struct SplitMix {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
        mutating func chance(_ p: Double) -> Bool { Double(next() >> 11) / Double(1 << 53) < p }
    }

    enum Role { case rotating, fixedNight, partTime }

    struct Person {
        var id: String
        var unit: Int
        var role: Role
        var offDay: Int  // 0 = Monday … 5 = Saturday: the first of two days off in a row
        var onCall: Bool
        var sleepingNights: Bool
        var vacationWeek: Int
    }

    func people() -> [Person] {
        var rng = SplitMix(state: seed)
        var list: [Person] = []
        list.reserveCapacity(employees)
        var unit = 0
        var leftInUnit = 10 + rng.below(11)
        var unitSleeps = rng.chance(0.4)
        for e in 0..<employees {
            if leftInUnit == 0 {
                unit += 1
                leftInUnit = 10 + rng.below(11)
                unitSleeps = rng.chance(0.4)
            }
            leftInUnit -= 1
            let r = rng.below(100)
            let role: Role = r < 15 ? .fixedNight : r < 35 ? .partTime : .rotating
            list.append(
                Person(
                    id: "M" + pad(e, 6), unit: unit, role: role, offDay: rng.below(6), onCall: rng.chance(0.2),
                    sleepingNights: unitSleeps && rng.chance(0.6), vacationWeek: 26 + rng.below(6)))
        }
        return list
    }

    /// The roster CSV: `employee,start,end,kind,label,unit`.
    public func rosterCSV() -> [UInt8] {
        var all: [UInt8] = []
        all.reserveCapacity(employees * weeks * 6 * 60 + 64)
        rosterCSV { all.append(contentsOf: $0) }
        return all
    }

    /// The roster CSV, handed to `sink` in pieces of about a megabyte, in order (shaped for
    /// speed and memory: `generate` writes the file as it goes).
    public func rosterCSV(to sink: (UnsafeBufferPointer<UInt8>) -> Void) {
        let flushAt = 1 << 20
        var out = ByteWriter(capacity: flushAt + (1 << 16))
        out.append("employee,start,end,kind,label,unit\n")
        let monday = start - (isoWeekday(start) - 1)
        var writer = RowWriter(firstDay: monday - 1, days: weeks * 7 + 3)
        for person in people() {
            if out.count >= flushAt {
                out.withBytes(sink)
                out.removeAll()
            }
            var rng = SplitMix(state: seed ^ (UInt64(truncatingIfNeeded: person.id.hashValueStable) &* 0x2545_F491_4F6C_DD1D))
            writer.begin(person: person)
            var previousEnd = -1_000_000_000
            var jitter = 0
            for w in 0..<weeks {
                let weekStart = monday + 7 * w
                let weekOfYear = (CivilDate(dayNumber: weekStart).dayNumber - CivilDate(year: CivilDate(dayNumber: weekStart).year, month: 1, day: 1).dayNumber) / 7
                if weekOfYear >= person.vacationWeek && weekOfYear < person.vacationWeek + 3 {
                    for d in 0..<5 { writer.row(&out, day: weekStart + d, from: 0, to: 1440, kind: "ferie", label: "F") }
                    previousEnd = -1_000_000_000
                    continue
                }
                // The days off move at most one weekday from week to week, so no gap exceeds 6 days.
                jitter = max(-1, min(1, jitter + rng.below(3) - 1))
                let off = max(0, min(5, person.offDay + jitter))  // the pair stays inside the week
                let evening = person.role != .fixedNight && (w + person.offDay) % 2 == 1
                for d in 0..<7 {
                    let day = weekStart + d
                    // Every third week the weekend is free as well (friweekend).
                    let weekendOff = (w + person.offDay) % 3 == 0 && d >= 5
                    let isOff = d == off || d == off + 1 || weekendOff
                    let workOffDay = isOff && rng.chance(violationRate / 2)
                    if isOff && !workOffDay { continue }
                    if person.role == .partTime && rng.chance(0.3) { continue }
                    var from: Int, to: Int, label: StaticString, kind: StaticString = "work"
                    var dayShift = false  // label "D"
                    switch person.role {
                    case .fixedNight:
                        if d == (off + 2) % 7 || d == (off + 3) % 7 && rng.chance(0.5) { continue }  // recovery after nights
                        (from, to, label) = (1380, 1860, "N")
                        if person.sleepingNights { kind = "sovevagt"; label = "S" }
                    default:
                        if evening { (from, to, label) = (900, 1380, "A") } else { (from, to, label) = (420, 900, "D"); dayShift = true }
                        if isoWeekday(day) >= 6 && rng.chance(0.15) { (from, to, label) = (420, 1140, "L"); dayShift = false }
                    }
                    var absoluteFrom = day * minutesPerDay + from
                    // Keep 11 h of rest unless a breach is wanted.
                    if absoluteFrom - previousEnd < 11 * 60 {
                        if rng.chance(violationRate * 4) {
                            // a quick return: keep it
                        } else {
                            let moved = previousEnd + 11 * 60 - day * minutesPerDay
                            from = ((moved + 59) / 60) * 60
                            to = from + 8 * 60
                            label = "M"
                            dayShift = false
                            absoluteFrom = day * minutesPerDay + from
                            if to > 31 * 60 { continue }
                        }
                    }
                    if rng.chance(violationRate / 2) { to = from + 14 * 60; label = "L"; dayShift = false }
                    writer.row(&out, day: day, from: from, to: to, kind: kind, label: label)
                    if rng.chance(violationRate / 4) {
                        writer.row(&out, day: day, from: from + 120, to: to + 120, kind: "work", label: label)
                    }
                    previousEnd = day * minutesPerDay + to
                    if person.onCall && dayShift && rng.chance(0.25) {
                        writer.row(&out, day: day, from: 16 * 60, to: 22 * 60, kind: "tilkaldevagt", label: "T")
                    }
                }
            }
        }
        out.withBytes(sink)
    }

    /// The employees CSV matching the roster: `employee,weekly_hours,fixed_night,unit`.
    public func employeesCSV() -> [UInt8] {
        var out = Array("employee,weekly_hours,fixed_night,unit\n".utf8)
        for p in people() {
            let hours = p.role == .partTime ? "28" : "37"
            out += Array("\(p.id),\(hours),\(p.role == .fixedNight ? "ja" : "nej"),Enhed \(pad(p.unit, 4))\n".utf8)
        }
        return out
    }

    /// Writes rows as bytes.
    struct RowWriter {
        var prefix: [UInt8] = []
        var unit: [UInt8] = []
        /// `YYYY-MM-DD ` of every day from `firstDay`, 11 bytes each (shaped for speed: the
        /// generator writes two dates a row; see `Benchmarks/CheckBenchmarks.swift`).
        let firstDay: Day
        let dates: [UInt8]

        init(firstDay: Day, days: Int) {
            self.firstDay = firstDay
            var table = ByteWriter(capacity: days * 11)
            for d in firstDay..<(firstDay + days) {
                let c = CivilDate(dayNumber: d)
                table.append(padded: c.year, width: 4); table.append(0x2D)
                table.append(padded: c.month, width: 2); table.append(0x2D)
                table.append(padded: c.day, width: 2); table.append(0x20)
            }
            dates = table.bytes
        }

        mutating func begin(person: Person) {
            prefix = Array(person.id.utf8) + [0x2C]
            unit = Array("Enhed \(pad(person.unit, 4))".utf8)
        }

        func row(_ out: inout ByteWriter, day: Day, from: Int, to: Int, kind: StaticString, label: StaticString) {
            // A shift moved to keep 11 h of rest may start or end in the hour the spring change
            // skips (02:00–02:59); such a time does not exist and `check` rejects it, so it is
            // written as 03:00, as a planner would.
            let start = Self.existing(day * minutesPerDay + from), end = Self.existing(day * minutesPerDay + to)
            guard end > start else { return }
            out.append(prefix)
            stamp(&out, start)
            out.append(0x2C)
            stamp(&out, end)
            out.append(0x2C)
            out.append(kind)
            out.append(0x2C)
            out.append(label)
            out.append(0x2C)
            out.append(unit)
            out.append(0x0A)
        }

        /// A local minute, or the end of the spring change's gap when it falls inside it.
        static func existing(_ local: Int) -> Int {
            if case .nonexistent = Copenhagen.resolve(local: local) {
                return (local / 60 + 1) * 60  // 02:xx → 03:00
            }
            return local
        }

        /// `YYYY-MM-DD HH:MM` of a local minute.
        func stamp(_ out: inout ByteWriter, _ local: Int) {
            let day = floorDiv(local, minutesPerDay)
            let m = local - day * minutesPerDay
            let i = (day - firstDay) * 11
            if i >= 0 && i + 11 <= dates.count {
                dates.withUnsafeBufferPointer { out.append(UnsafeBufferPointer(rebasing: $0[i..<(i + 11)])) }
            } else {
                let c = CivilDate(dayNumber: day)
                out.append(padded: c.year, width: 4); out.append(0x2D)
                out.append(padded: c.month, width: 2); out.append(0x2D)
                out.append(padded: c.day, width: 2); out.append(0x20)
            }
            out.append(twoDigits: m / 60); out.append(0x3A)
            out.append(twoDigits: m % 60)
        }
    }
}

extension String {
    /// A hash that does not change from run to run (Swift's `hashValue` is seeded per process).
    var hashValueStable: UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
        return h
    }
}
