/// Byte tests on eight bytes at once (SIMD within a register), shared by the CSV reader, the
/// text check and the report writer.
enum SWAR {
    /// The high bit of each byte of `v` that is zero, exactly (no carry crosses a byte).
    @inline(__always)
    static func zeroBytes(_ v: UInt64) -> UInt64 {
        ~(((v & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | v | 0x7F7F_7F7F_7F7F_7F7F)
    }

    /// A byte in all eight lanes.
    @inline(__always)
    static func broadcast(_ byte: UInt8) -> UInt64 { UInt64(byte) &* 0x0101_0101_0101_0101 }

    /// The length of the prefix of `utf8` that a JSON string may hold as it is: up to the
    /// first quote, backslash or control character (`utf8.count` when there is none). Shaped
    /// for speed: sixteen bytes per step (SSE2 compares; a message of 200 bytes is 13 steps),
    /// then eight.
    @inline(__always)
    static func plainJSONPrefix(_ utf8: UnsafeBufferPointer<UInt8>) -> Int {
        var i = 0
        let n = utf8.count
        if let base = utf8.baseAddress {
            let raw = UnsafeRawPointer(base)
            let high = SIMD16<UInt8>(repeating: 0xE0), quote = SIMD16<UInt8>(repeating: 0x22), backslash = SIMD16<UInt8>(repeating: 0x5C)
            while i + 16 <= n {
                let v = raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
                // A byte below 0x20 has none of its three high bits set.
                let special = (v .== quote) .| (v .== backslash) .| ((v & high) .== .zero)
                // As two words (the library's `any` is a generic loop over the lanes).
                let lanes = unsafeBitCast(SIMD16<UInt8>.zero.replacing(with: 0xFF, where: special), to: SIMD2<UInt64>.self)
                if lanes[0] | lanes[1] != 0 { break }
                i += 16
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
            if b == 0x22 || b == 0x5C || b < 0x20 { return i }
            i += 1
        }
        return n
    }
}
