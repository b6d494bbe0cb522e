/// An output buffer of UTF-8 bytes with the appends the reports and the generator need.
///
/// Shaped for speed: JSON and CSV reports of large rosters hold hundreds of thousands of
/// findings of some 40 small pieces each. The buffer is raw memory owned by this value, which
/// cannot be copied (`~Copyable`), so an append is a capacity test and a copy: no array
/// uniqueness test, no retain (with an `[UInt8]` buffer the 10k report took 133 ms on one core,
/// with this one 74 ms; see BENCHMARKS.md). Read the bytes with `withBytes`, or copy them out
/// with `bytes`.
public struct ByteWriter: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// The number of bytes written.
    public private(set) var count = 0
    /// The `YYYY-MM-DDT` bytes of recently written local days, 512 slots by the day's low bits
    /// (a finding's start, end and the days its message names are a few days of one employee:
    /// a single last-day cache missed on every other call; with 64 slots, each employee's
    /// findings across a year missed again on the days the previous employee's had left in the
    /// slots: 16,516 misses at 1,000 staff, with 512 under 400; measured with callgrind).
    /// Allocated on first use.
    private var dateSlots: UnsafeMutablePointer<DateSlot>?
    private struct DateSlot {
        var day: Int
        var text: (UInt64, UInt32)
    }
    private static let dateSlotCount = 512
    /// The Copenhagen day table, fetched once (see `Copenhagen.DayTable`).
    let days = Copenhagen.days

    public init(capacity: Int = 0) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    deinit {
        base.deallocate()
        dateSlots?.deallocate()
    }

    /// A copy of the bytes written.
    public var bytes: [UInt8] { withBytes { Array($0) } }

    /// The bytes written, valid during `body`.
    public func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: base, count: count))
    }

    /// Forgets the bytes written and keeps the memory.
    public mutating func removeAll() { count = 0 }

    /// Room for `n` more bytes.
    @inline(__always)
    mutating func reserve(_ n: Int) {
        if count &+ n > capacity { grow(count + n) }
    }

    @inline(never)
    private mutating func grow(_ needed: Int) {
        var c = capacity * 2
        while c < needed { c *= 2 }
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: c)
        bigger.initialize(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity = c
    }

    /// Writes `n` bytes at the end through a pointer (the room is reserved first).
    @inline(__always)
    mutating func write(_ n: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Void) {
        reserve(n)
        body(base + count)
        count += n
    }

    @inline(__always) public mutating func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    @inline(__always)
    public mutating func append(_ buffer: UnsafeBufferPointer<UInt8>) {
        guard let source = buffer.baseAddress, !buffer.isEmpty else { return }
        reserve(buffer.count)
        (base + count).initialize(from: source, count: buffer.count)
        count += buffer.count
    }

    @inline(__always)
    public mutating func append(_ text: StaticString) {
        if text.hasPointerRepresentation {
            append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
        } else {
            text.withUTF8Buffer { append($0) }
        }
    }

    /// A `String`'s bytes. Labelled so that a literal takes the `StaticString` overload: a
    /// literal passed as a `String` cost a retain, a release and a UTF-8 check per piece
    /// (365,000 `swift_bridgeObjectRelease` calls at 1,000 staff, most of them from messages).
    @inline(__always)
    public mutating func append(string text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    public mutating func append(_ other: [UInt8]) { other.withUnsafeBufferPointer { append($0) } }

    /// A non-negative or negative integer in decimal.
    @inline(__always)
    public mutating func append(int value: Int) {
        // Most numbers in a report are below 100 (hours, days, counts).
        if UInt(bitPattern: value) < 100 {
            if value < 10 { append(UInt8(truncatingIfNeeded: 48 + value)) } else { append(twoDigits: value) }
        } else {
            append(longInt: value)
        }
    }

    @inline(never)
    mutating func append(longInt value: Int) {
        if value < 0 { append(0x2D) }
        var v = value.magnitude
        var digits = 1
        var probe = v
        while probe >= 10 { probe /= 10; digits += 1 }
        write(digits) { p in
            var i = digits - 1
            repeat {
                p[i] = UInt8(truncatingIfNeeded: 48 + v % 10)
                v /= 10
                i -= 1
            } while i >= 0
        }
    }

    /// Zero-padded to `width` digits (for dates).
    public mutating func append(padded value: Int, width: Int) {
        if width == 2 && value >= 0 && value < 100 { append(twoDigits: value); return }
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        var v = value
        while divisor > 0 {
            append(UInt8(truncatingIfNeeded: 48 + (v / divisor) % 10))
            v %= divisor
            divisor /= 10
        }
    }

    /// A number rounded to two decimals, trailing zeros dropped (`8`, `8.5`, `50.21`), as
    /// `TimeFormat.number` writes it.
    public mutating func append(number value: Double, danish: Bool = false) {
        guard value.isFinite, abs(value) < 1e15 else {
            append(string: TimeFormat.number(value, danish: danish))
            return
        }
        append(hundredths: Int((value * 100).rounded()), danish: danish)
    }

    /// A number given in hundredths (`850` → `8.5`), written as `append(number:)` writes it.
    public mutating func append(hundredths: Int, danish: Bool = false) {
        // Shaped for speed: the hours and limits of messages (0–99.99) in one store.
        if UInt(bitPattern: hundredths) < 10_000 {
            let whole = hundredths / 100, frac = hundredths - whole * 100
            var word = whole < 10 ? UInt64(truncatingIfNeeded: 48 + whole) : Self.digitPair(whole)
            var length = whole < 10 ? 1 : 2
            if frac != 0 {
                let tens = frac / 10, ones = frac - tens * 10
                word |= (UInt64(danish ? 0x2C : 0x2E) | UInt64(truncatingIfNeeded: 48 + tens) << 8) << (8 * length)
                length += 2
                if ones != 0 {
                    word |= UInt64(truncatingIfNeeded: 48 + ones) << (8 * length)
                    length += 1
                }
            }
            store(word, length)
            return
        }
        if hundredths < 0 { append(0x2D) }
        let m = abs(hundredths)
        append(int: m / 100)
        let frac = m % 100
        if frac != 0 {
            append(danish ? 0x2C : 0x2E)
            append(UInt8(48 + frac / 10))
            if frac % 10 != 0 { append(UInt8(48 + frac % 10)) }
        }
    }

    /// `2026-03-03T07:00:00+01:00` in Copenhagen time.
    ///
    /// Shaped for speed (two per finding in every report): the date from the slots and the
    /// clock and offset as words, stored in four moves (195 instructions a call before, measured
    /// with callgrind).
    public mutating func appendISO(_ instant: Minute) {
        let offset = days.offset(at: instant)
        let local = instant + offset
        let day = floorDiv(local, minutesPerDay)
        let m = local - day * minutesPerDay
        let date = isoDate(day)
        let h = m / 60
        // HH:MM:00 and +0H:00 (bytes in little-endian order).
        let clock = Self.digitPair(h) | 0x3A << 16 | Self.digitPair(m - h * 60) << 24 | 0x3030_3A00_0000_0000
        let zone = 0x3030_3A00_302B | UInt64(truncatingIfNeeded: 48 + offset / 60) << 16
        reserve(32)
        let p = UnsafeMutableRawPointer(base + count)
        p.storeBytes(of: date.0, as: UInt64.self)
        p.storeBytes(of: date.1, toByteOffset: 8, as: UInt32.self)
        p.storeBytes(of: clock, toByteOffset: 11, as: UInt64.self)
        p.storeBytes(of: zone, toByteOffset: 19, as: UInt64.self)
        count += 25
    }

    /// `DD-MM HH:MM` of a local day and minute of the day (the short form in messages), in
    /// two stores.
    mutating func appendShort(day: Day, minute m: Int) {
        let date = isoDate(day)
        let h = m / 60
        // YYYY-MM-DD: the day at bytes 8–9, the month at 5–6.
        let first = UInt64(date.1 & 0xFFFF) | 0x2D_0000 | (date.0 >> 16 & 0xFF_FF00_0000) | 0x20 << 40 | Self.digitPair(h) << 48
        let second = 0x3A | Self.digitPair(m - h * 60) << 8
        reserve(16)
        let p = UnsafeMutableRawPointer(base + count)
        p.storeBytes(of: first, as: UInt64.self)
        p.storeBytes(of: second, toByteOffset: 8, as: UInt64.self)
        count += 11
    }

    /// `DD-MM` of a local day (the date part of the short form in messages).
    mutating func appendDayMonth(_ day: Day) {
        let date = isoDate(day)
        // YYYY-MM-DD: the day at bytes 8–9, the month at 5–6.
        store(UInt64(date.1 & 0xFFFF) | 0x2D_0000 | (date.0 >> 16 & 0xFF_FF00_0000), 5)
    }

    /// The two ASCII digits of 0–99 as a little-endian word (`7` → `"07"`).
    @inline(__always)
    static func digitPair(_ value: Int) -> UInt64 {
        let tens = value / 10
        return 0x3030 | UInt64(truncatingIfNeeded: tens) | UInt64(truncatingIfNeeded: value - tens * 10) << 8
    }

    /// The first `length` (at most 8) bytes of a little-endian word, stored at once.
    @inline(__always)
    mutating func store(_ word: UInt64, _ length: Int) {
        reserve(8)
        UnsafeMutableRawPointer(base + count).storeBytes(of: word, as: UInt64.self)
        count += length
    }

    /// The `YYYY-MM-DDT` bytes of a local day, from the slots or computed into them.
    @inline(__always)
    private mutating func isoDate(_ day: Day) -> (UInt64, UInt32) {
        if let slots = dateSlots {
            let slot = slots + (day & (Self.dateSlotCount - 1))
            if slot.pointee.day == day { return slot.pointee.text }
        }
        return fillDate(day)
    }

    @inline(never)
    private mutating func fillDate(_ day: Day) -> (UInt64, UInt32) {
        if dateSlots == nil {
            let slots = UnsafeMutablePointer<DateSlot>.allocate(capacity: Self.dateSlotCount)
            slots.initialize(repeating: DateSlot(day: Int.min, text: (0, 0)), count: Self.dateSlotCount)
            dateSlots = slots
        }
        let c = CivilDate(dayNumber: day)
        var date: (UInt64, UInt32) = (0, 0)
        withUnsafeMutableBytes(of: &date) { d in
            let y = c.year
            d[0] = UInt8(truncatingIfNeeded: 48 + y / 1000 % 10)
            d[1] = UInt8(truncatingIfNeeded: 48 + y / 100 % 10)
            d[2] = UInt8(truncatingIfNeeded: 48 + y / 10 % 10)
            d[3] = UInt8(truncatingIfNeeded: 48 + y % 10)
            d[4] = 0x2D
            d[5] = UInt8(truncatingIfNeeded: 48 + c.month / 10)
            d[6] = UInt8(truncatingIfNeeded: 48 + c.month % 10)
            d[7] = 0x2D
            d[8] = UInt8(truncatingIfNeeded: 48 + c.day / 10)
            d[9] = UInt8(truncatingIfNeeded: 48 + c.day % 10)
            d[10] = 0x54
        }
        dateSlots.unsafelyUnwrapped[day & (Self.dateSlotCount - 1)] = DateSlot(day: day, text: date)
        return date
    }

    /// 00–99.
    @inline(__always)
    public mutating func append(twoDigits value: Int) {
        write(2) { p in
            p[0] = UInt8(truncatingIfNeeded: 48 + value / 10)
            p[1] = UInt8(truncatingIfNeeded: 48 + value % 10)
        }
    }

    /// A JSON string literal.
    public mutating func append(json text: String) {
        var text = text
        text.withUTF8 { append(jsonEscaping: $0) }
    }

    /// A JSON string literal of UTF-8 bytes. Shaped for speed: eight bytes at a time are tested
    /// for a quote, a backslash or a control character; plain runs are copied whole.
    public mutating func append(jsonEscaping utf8: UnsafeBufferPointer<UInt8>) {
        append(0x22)
        var start = 0
        var i = SWAR.plainJSONPrefix(utf8)
        let n = utf8.count
        while i < n {
            let b = utf8[i]
            guard b == 0x22 || b == 0x5C || b < 0x20 else { i += 1; continue }
            append(UnsafeBufferPointer(rebasing: utf8[start..<i]))
            switch b {
            case 0x22: append("\\\"")
            case 0x5C: append("\\\\")
            case 0x0A: append("\\n")
            case 0x0D: append("\\r")
            case 0x09: append("\\t")
            default:
                append("\\u00")
                append(UInt8(48 + b / 16))
                let low = b % 16
                append(low < 10 ? 48 + low : 87 + low)
            }
            i += 1
            start = i
        }
        append(UnsafeBufferPointer(rebasing: utf8[start..<n]))
        append(0x22)
    }

    /// The bytes `body` writes, as a JSON string literal. Shaped for speed: they are written
    /// in place and escaped afterwards only when they hold a quote, a backslash or a control
    /// character (a finding's message never does), so the usual case costs no second copy.
    public mutating func appendJSONString(_ body: (inout ByteWriter) -> Void) {
        append(0x22)
        let from = count
        body(&self)
        let written = UnsafeBufferPointer(start: base + from, count: count - from)
        if Self.needsJSONEscape(written) {
            let text = Array(written)
            count = from - 1
            text.withUnsafeBufferPointer { append(jsonEscaping: $0) }
        } else {
            append(0x22)
        }
    }

    /// Whether UTF-8 bytes hold a quote, a backslash or a control character.
    static func needsJSONEscape(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        SWAR.plainJSONPrefix(utf8) < utf8.count
    }

    /// The bytes `body` writes, as an RFC 4180 CSV field (in place; quoted afterwards only
    /// when they hold a comma, quote or line break).
    public mutating func appendCSVField(_ body: (inout ByteWriter) -> Void) {
        let from = count
        body(&self)
        let written = UnsafeBufferPointer(start: base + from, count: count - from)
        if written.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) {
            let text = Array(written)
            count = from
            text.withUnsafeBufferPointer { append(csvEscaping: $0) }
        }
    }

    /// An RFC 4180 CSV field: quoted when it holds a comma, quote or line break.
    public mutating func append(csv text: String) {
        var text = text
        text.withUTF8 { append(csvEscaping: $0) }
    }

    /// An RFC 4180 CSV field of UTF-8 bytes.
    public mutating func append(csvEscaping utf8: UnsafeBufferPointer<UInt8>) {
        if !utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) {
            append(utf8)
            return
        }
        append(0x22)
        for b in utf8 {
            if b == 0x22 { append(0x22) }
            append(b)
        }
        append(0x22)
    }
}
