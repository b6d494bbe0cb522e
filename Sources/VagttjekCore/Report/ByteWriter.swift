/// An output buffer of UTF-8 bytes with the appends the reports need.
///
/// Shaped for speed: JSON and CSV reports of large rosters hold hundreds of thousands of
/// findings; appending bytes (and caching the date part of timestamps) is many times faster
/// than growing a `String` (see `Benchmarks/CheckBenchmarks.swift`, end to end).
public struct ByteWriter {
    public var bytes: [UInt8] = []
    /// The last local day formatted by `appendISO`, and its `YYYY-MM-DDT` bytes.
    private var cachedDay = Int.min
    private var cachedDate: [UInt8] = []
    /// The Copenhagen day table, fetched once (see `Copenhagen.DayTable`).
    let days = Copenhagen.days

    public init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    @inline(__always) public mutating func append(_ byte: UInt8) { bytes.append(byte) }

    public mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    public mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    public mutating func append(_ other: [UInt8]) { bytes.append(contentsOf: other) }

    /// A non-negative or negative integer in decimal.
    public mutating func append(int value: Int) {
        if value < 0 { bytes.append(0x2D) }
        var v = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[n] = UInt8(48 + v % 10)
                v /= 10
                n += 1
            } while v > 0
            for i in stride(from: n - 1, through: 0, by: -1) { bytes.append(buffer[i]) }
        }
    }

    /// Zero-padded to `width` digits (for dates).
    public mutating func append(padded value: Int, width: Int) {
        if width == 2 && value >= 0 && value < 100 { append(twoDigits: value); return }
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        var v = value
        while divisor > 0 {
            bytes.append(UInt8(48 + (v / divisor) % 10))
            v %= divisor
            divisor /= 10
        }
    }

    /// A number rounded to two decimals, trailing zeros dropped (`8`, `8.5`, `50.21`), as
    /// `TimeFormat.number` writes it.
    public mutating func append(number value: Double, danish: Bool = false) {
        let hundredths = Int((value * 100).rounded())
        if hundredths < 0 { bytes.append(0x2D) }
        let m = abs(hundredths)
        append(int: m / 100)
        let frac = m % 100
        if frac != 0 {
            bytes.append(danish ? 0x2C : 0x2E)
            bytes.append(UInt8(48 + frac / 10))
            if frac % 10 != 0 { bytes.append(UInt8(48 + frac % 10)) }
        }
    }

    /// `2026-03-03T07:00:00+01:00` in Copenhagen time.
    public mutating func appendISO(_ instant: Minute) {
        let offset = days.offset(at: instant)
        let local = instant + offset
        let day = floorDiv(local, minutesPerDay)
        if day != cachedDay {
            cachedDay = day
            let c = CivilDate(dayNumber: day)
            var date = ByteWriter(capacity: 11)
            date.append(padded: c.year, width: 4); date.append(0x2D)
            date.append(padded: c.month, width: 2); date.append(0x2D)
            date.append(padded: c.day, width: 2); date.append(0x54)
            cachedDate = date.bytes
        }
        bytes.append(contentsOf: cachedDate)
        let m = local - day * minutesPerDay
        append(twoDigits: m / 60)
        bytes.append(0x3A)
        append(twoDigits: m % 60)
        append(":00+0")
        bytes.append(UInt8(48 + offset / 60))
        append(":00")
    }

    /// 00–99.
    @inline(__always)
    public mutating func append(twoDigits value: Int) {
        bytes.append(UInt8(48 + value / 10))
        bytes.append(UInt8(48 + value % 10))
    }

    /// A JSON string literal.
    public mutating func append(json text: String) {
        var text = text
        text.withUTF8 { append(jsonEscaping: $0) }
    }

    /// A JSON string literal of UTF-8 bytes. Shaped for speed: eight bytes at a time are tested
    /// for a quote, a backslash or a control character; plain runs are copied whole.
    public mutating func append(jsonEscaping utf8: UnsafeBufferPointer<UInt8>) {
        bytes.append(0x22)
        var start = 0
        var i = 0
        let n = utf8.count
        if let base = utf8.baseAddress {
            let raw = UnsafeRawPointer(base)
            @inline(__always) func zeroBytes(_ v: UInt64) -> UInt64 {
                ~(((v & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | v | 0x7F7F_7F7F_7F7F_7F7F)
            }
            while i + 8 <= n {
                let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let below32 = (x &- 0x2020_2020_2020_2020) & ~x & 0x8080_8080_8080_8080
                if below32 | zeroBytes(x ^ 0x2222_2222_2222_2222) | zeroBytes(x ^ 0x5C5C_5C5C_5C5C_5C5C) != 0 { break }
                i += 8
            }
        }
        while i < n {
            let b = utf8[i]
            guard b == 0x22 || b == 0x5C || b < 0x20 else { i += 1; continue }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<i]))
            switch b {
            case 0x22: append("\\\"")
            case 0x5C: append("\\\\")
            case 0x0A: append("\\n")
            case 0x0D: append("\\r")
            case 0x09: append("\\t")
            default:
                append("\\u00")
                bytes.append(UInt8(48 + b / 16))
                let low = b % 16
                bytes.append(low < 10 ? 48 + low : 87 + low)
            }
            i += 1
            start = i
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<n]))
        bytes.append(0x22)
    }

    /// An RFC 4180 CSV field: quoted when it holds a comma, quote or line break.
    public mutating func append(csv text: String) {
        var text = text
        text.withUTF8 { append(csvEscaping: $0) }
    }

    /// An RFC 4180 CSV field of UTF-8 bytes.
    public mutating func append(csvEscaping utf8: UnsafeBufferPointer<UInt8>) {
        if !utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) {
            bytes.append(contentsOf: utf8)
            return
        }
        bytes.append(0x22)
        for b in utf8 {
            if b == 0x22 { bytes.append(0x22) }
            bytes.append(b)
        }
        bytes.append(0x22)
    }
}
