/// The fast path's values: names, interned ids, months and plain timestamps read from the bytes.
extension RowParser {
    /// Keeps an employee's first non-empty name (spaces around it trimmed); later names are not
    /// compared (an export writes the same name on every row).
    mutating func noteName(_ employee: Int32, _ bytes: UnsafeBufferPointer<UInt8>) {
        let e = Int(employee)
        if names.count <= e { names.append(contentsOf: repeatElement(nil, count: e + 1 - names.count)) }
        guard names[e] == nil else { return }
        var s = 0, t = bytes.count
        while s < t && FastRowReader.isPadding(bytes[s]) { s += 1 }
        while t > s && FastRowReader.isPadding(bytes[t - 1]) { t -= 1 }
        if t > s { names[e] = String(decoding: UnsafeBufferPointer(rebasing: bytes[s..<t]), as: UTF8.self) }
    }
}

extension FastRowReader {
    /// Interns an optional text column with the previous-row cache; -1 when absent or empty,
    /// -2 when the cell needs the general path (surrounding spaces).
    @inline(__always)
    static func fastIntern(
        _ buf: UnsafeBufferPointer<UInt8>, _ column: Int, _ starts: UnsafeMutablePointer<Int>, _ ends: UnsafeMutablePointer<Int>,
        _ last: inout (start: Int, end: Int, index: Int32), _ table: inout ByteInterner, _ strings: inout [String]
    ) -> Int32 {
        if column < 0 { return -1 }
        let s = starts[column], e = ends[column]
        if s == e { return -1 }
        if Self.same(buf, s, e, last.start, last.end) { return last.index }
        if Self.isPadding(buf[s]) || Self.isPadding(buf[e - 1]) { return -2 }
        let key = UnsafeBufferPointer(rebasing: buf[s..<e])
        guard let index = table.intern(key, strings: &strings, limit: Shift.maxCodes) else { return -2 }
        last = (s, e, index)
        return index
    }
}

/// The fast path's timestamps: `YYYY-MM-DD HH:MM` read from the bytes with a cache of the months
/// met, apart from the row parser's tables (it knows nothing of rows, ids or errors; a timestamp
/// it cannot read exactly is nil, and the row goes to the general path).
struct FastTimestamps {
    /// The Copenhagen day table, fetched once (see `Copenhagen.DayTable`).
    let days = Copenhagen.days
    /// The last month read: its `YYYY-MM-` bytes, the day number of its first day, its length,
    /// and its UTC offset in minutes when no clock change falls in it (0 when one does). Rows
    /// repeat months, so a timestamp costs one 8-byte compare and the time.
    var cachedMonth = (bytes: UInt64(0), first: Int.min, days: 0, offset: 0)
    /// Months met before, by a hash of their `YYYY-MM-` bytes (an employee's rows run through
    /// the same dozen months, then the next employee's do again).
    var months = [(bytes: UInt64, first: Int, days: Int, offset: Int)](repeating: (0, Int.min, 0, 0), count: 32)

    /// Makes `cachedMonth` the month whose `YYYY-MM-` bytes are `month` (at `s`); false when
    /// they are not a month vagttjek reads on the fast path.
    @inline(never)
    mutating func lookUpMonth(_ month: UInt64, _ buf: UnsafeBufferPointer<UInt8>, _ s: Int) -> Bool {
        let slot = Int(truncatingIfNeeded: (month &* 0x9E37_79B9_7F4A_7C15) >> 59)
        if months[slot].bytes == month && months[slot].first != Int.min {
            cachedMonth = months[slot]
            return true
        }
        // A digit's value, or a value of 10 or more for any other byte (no trap on bytes below "0").
        @inline(__always) func d(_ k: Int) -> Int { Int(buf[s + k] &- 48) }
        let y0 = d(0), y1 = d(1), y2 = d(2), y3 = d(3), m0 = d(5), m1 = d(6)
        guard buf[s + 4] == 0x2D, buf[s + 7] == 0x2D, y0 < 10, y1 < 10, y2 < 10, y3 < 10, m0 < 10, m1 < 10
        else { return false }
        let year = y0 * 1000 + y1 * 100 + y2 * 10 + y3, m = m0 * 10 + m1
        guard year >= 1900, year <= 2199, m >= 1, m <= 12 else { return false }
        let first = CivilDate(year: year, month: m, day: 1).dayNumber
        let length = CivilDate.daysInMonth(year: year, month: m)
        // The clocks change at most once a month, so the month has one offset when its first
        // and last days are both plain winter or both plain summer days.
        let a = days.kind(of: first), b = days.kind(of: first + length - 1)
        let offset = a == b && a == .winter ? 60 : a == b && a == .summer ? 120 : 0
        cachedMonth = (month, first, length, offset)
        months[slot] = cachedMonth
        return true
    }

    /// `YYYY-MM-DD HH:MM` (or with `T`) that exists once in Copenhagen time, as an instant;
    /// nil for anything else (left to the general path).
    ///
    /// Shaped for speed: `DD HH:MM` is checked and read as one 8-byte word (six digits, a
    /// space or `T`, a colon), without a branch per byte.
    @inline(__always)
    mutating func plainInstant(_ buf: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Minute? {
        guard e - s == 16, let p = buf.baseAddress else { return nil }
        let raw = UnsafeRawPointer(p + s)
        let month = raw.loadUnaligned(as: UInt64.self)
        if month != cachedMonth.bytes { guard lookUpMonth(month, buf, s) else { return nil } }
        return Self.instant(dayAndTime: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self), cachedMonth, days)
    }

    /// The instant of bytes 8–15 of a timestamp (`DD HH:MM` or `DDTHH:MM`, one little-endian
    /// word) in `month`, when they are such and exist once in Copenhagen time; else nil. The
    /// one reading of a timestamp's day and time on the fast path (`plainInstant`, `repeatRun`).
    @inline(__always)
    static func instant(
        dayAndTime x: UInt64, _ month: (bytes: UInt64, first: Int, days: Int, offset: Int), _ days: Copenhagen.DayTable
    ) -> Minute? {
        let digits = x & 0x0F0F_000F_0F00_0F0F
        guard x & 0xF0F0_00F0_F000_F0F0 == 0x3030_0030_3000_3030,
            (digits &+ 0x0606_0006_0600_0606) & 0x1010_0010_1000_1010 == 0,
            x & 0x0000_FF00_0000_0000 == 0x0000_3A00_0000_0000
        else { return nil }
        let separator = x & 0x0000_0000_00FF_0000
        guard separator == 0x0000_0000_0020_0000 || separator == 0x0000_0000_0054_0000 else { return nil }
        let dom = Int(digits & 0xF) &* 10 &+ Int((digits >> 8) & 0xF)
        let hour = Int((digits >> 24) & 0xF) &* 10 &+ Int((digits >> 32) & 0xF)
        let minute = Int((digits >> 48) & 0xF) &* 10 &+ Int((digits >> 56) & 0xF)
        guard dom >= 1, dom <= month.days, hour < 24, minute < 60 else { return nil }
        let day = month.first &+ dom &- 1
        let minuteOfDay = hour &* 60 &+ minute
        if month.offset != 0 { return day &* minutesPerDay &+ minuteOfDay &- month.offset }
        if case .unique(let instant) = days.resolve(day: day, minuteOfDay: minuteOfDay) { return instant }
        return nil
    }
}

extension FastRowReader {
    /// The kinds met by the fast path, by their bytes (up to 32) packed in four words. Shaped
    /// for speed: rows alternate between a handful of kinds, and a linear scan of a few word
    /// pairs beats hashing an `ArraySlice` (see BENCHMARKS.md).
    struct KindWords {
        typealias Words = (UInt64, UInt64, UInt64, UInt64)
        var keys: [(words: Words, count: Int, kind: ShiftKind)] = []

        @inline(__always)
        static func pack(_ key: UnsafeBufferPointer<UInt8>) -> Words {
            var words: Words = (0, 0, 0, 0)
            withUnsafeMutableBytes(of: &words) { w in
                for (i, b) in key.enumerated() { w[i] = b }
            }
            return words
        }

        /// The kind of a cell of at most 32 bytes met before; nil otherwise (the caller parses).
        @inline(__always)
        func kind(for key: UnsafeBufferPointer<UInt8>) -> ShiftKind? {
            if key.count > 32 { return nil }
            let w = Self.pack(key)
            for k in keys where k.count == key.count && k.words.0 == w.0 && k.words.1 == w.1 && k.words.2 == w.2 && k.words.3 == w.3 {
                return k.kind
            }
            return nil
        }

        mutating func insert(_ key: UnsafeBufferPointer<UInt8>, _ kind: ShiftKind) {
            if key.count > 32 || keys.count >= 64 { return }
            keys.append((Self.pack(key), key.count, kind))
        }
    }

    /// The previous row's interned values, by byte range in the file.
    struct FastCache {
        var employee = (start: 0, end: -1, index: Int32(-1))
        var kind = (start: 0, end: -1, kind: ShiftKind.work)
        var label = (start: 0, end: -1, index: Int32(-1))
        var unit = (start: 0, end: -1, index: Int32(-1))
    }

    /// Whether two byte ranges hold the same bytes. Shaped for speed: eight bytes per step.
    @inline(__always)
    static func same(_ buf: UnsafeBufferPointer<UInt8>, _ a: Int, _ aEnd: Int, _ b: Int, _ bEnd: Int) -> Bool {
        let length = aEnd - a
        if length != bEnd - b { return false }
        guard let base = buf.baseAddress else { return length == 0 }
        return sameBytes(UnsafeRawPointer(base), a, b, length)
    }
}
