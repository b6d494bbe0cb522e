/// A ZIP archive's entries (the container of an `.xlsx`), read from its central directory.
/// Stored and deflated entries; each entry's CRC-32 is checked. ZIP64, encryption and split
/// archives are refused with a reason (an Excel workbook of a roster uses none of them).
///
/// Bounded: an entry that would inflate past `limit` bytes is `.tooLarge` before the memory is
/// spent (the declared size is checked first, then the inflater stops at the limit).
public struct ZipArchive {
    public enum Failure: Error, Equatable, Sendable {
        /// No end-of-central-directory record: not a ZIP file (or cut short).
        case notZip
        /// The directory or a local header points outside the file, or is malformed.
        case corrupt(String)
        /// ZIP64, encryption, or a compression method other than stored and deflate.
        case unsupported(String)
        /// The entry's bytes do not match its CRC-32.
        case checksum(String)
        /// The entry would inflate past the limit.
        case tooLarge(String)
        /// The deflate stream of an entry is malformed.
        case inflate(String, Inflate.Failure)
    }

    public struct Entry: Sendable {
        public let name: String
        let method: Int
        let flags: Int
        let crc: UInt32
        let compressedSize: Int
        public let size: Int
        let localHeader: Int
    }

    public let bytes: [UInt8]
    public private(set) var entries: [Entry] = []

    /// Reads the central directory.
    public init(_ bytes: [UInt8]) throws(Failure) {
        self.bytes = bytes
        func u16(_ i: Int) -> Int { Int(bytes[i]) | Int(bytes[i + 1]) << 8 }
        func u32(_ i: Int) -> Int { u16(i) | u16(i + 2) << 16 }
        // The end record is in the last 22 + 65,535 bytes (its comment is at most that long).
        guard bytes.count >= 22 else { throw .notZip }
        var end = -1
        var i = bytes.count - 22
        while i >= max(0, bytes.count - 22 - 65_535) {
            if bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 5 && bytes[i + 3] == 6 {
                end = i
                break
            }
            i -= 1
        }
        guard end >= 0 else { throw .notZip }
        let count = u16(end + 10), directorySize = u32(end + 12), directoryStart = u32(end + 16)
        if count == 0xFFFF || directoryStart == 0xFFFF_FFFF { throw .unsupported("ZIP64") }
        guard u16(end + 4) == 0 && u16(end + 6) == 0 else { throw .unsupported("split archive") }
        guard directoryStart + directorySize <= end else { throw .corrupt("central directory") }
        var p = directoryStart
        for _ in 0..<count {
            guard p + 46 <= end, u32(p) == 0x0201_4B50 else { throw .corrupt("central directory") }
            let flags = u16(p + 8), method = u16(p + 10)
            let crc = UInt32(u32(p + 16)), compressed = u32(p + 20), size = u32(p + 24)
            let nameLength = u16(p + 28), extraLength = u16(p + 30), commentLength = u16(p + 32)
            let local = u32(p + 42)
            guard p + 46 + nameLength <= end else { throw .corrupt("central directory") }
            let name = String(decoding: bytes[(p + 46)..<(p + 46 + nameLength)], as: UTF8.self)
            if compressed == 0xFFFF_FFFF || size == 0xFFFF_FFFF || local == 0xFFFF_FFFF { throw .unsupported("ZIP64") }
            entries.append(Entry(name: name, method: method, flags: flags, crc: crc, compressedSize: compressed, size: size, localHeader: local))
            p += 46 + nameLength + extraLength + commentLength
        }
    }

    /// The entry of this name (ZIP names use `/`; compared exactly, then without case).
    public func entry(_ name: String) -> Entry? {
        entries.first { $0.name == name } ?? entries.first { $0.name.lowercased() == name.lowercased() }
    }

    /// An entry's bytes, inflated and checked against its CRC-32.
    public func read(_ entry: Entry, limit: Int) throws(Failure) -> [UInt8] {
        func u16(_ i: Int) -> Int { Int(bytes[i]) | Int(bytes[i + 1]) << 8 }
        let p = entry.localHeader
        guard p >= 0, p + 30 <= bytes.count, u16(p) | u16(p + 2) << 16 == 0x0403_4B50 else { throw .corrupt(entry.name) }
        if entry.flags & 1 != 0 { throw .unsupported("encryption") }
        let start = p + 30 + u16(p + 26) + u16(p + 28)
        guard start <= bytes.count, entry.compressedSize <= bytes.count - start else { throw .corrupt(entry.name) }
        guard entry.size <= limit else { throw .tooLarge(entry.name) }
        let data: [UInt8]
        switch entry.method {
        case 0:
            guard entry.compressedSize == entry.size else { throw .corrupt(entry.name) }
            data = Array(bytes[start..<(start + entry.size)])
        case 8:
            do {
                data = try bytes.withUnsafeBufferPointer { all throws(Inflate.Failure) in
                    try Inflate.inflate(UnsafeBufferPointer(rebasing: all[start..<(start + entry.compressedSize)]), expected: entry.size, limit: limit)
                }
            } catch {
                throw error == .tooLarge ? .tooLarge(entry.name) : .inflate(entry.name, error)
            }
        default:
            throw .unsupported("compression method \(entry.method)")
        }
        guard data.count == entry.size, CRC32.checksum(data) == entry.crc else { throw .checksum(entry.name) }
        return data
    }
}

/// CRC-32 (ISO-HDLC, as ZIP and zlib compute it), a byte at a time through a table of 256
/// entries (slicing by 8 would be faster; each entry of an `.xlsx` is checked once, after
/// inflating, which costs more).
public enum CRC32 {
    static let table: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    public static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        table.withUnsafeBufferPointer { t in
            for b in bytes { c = t[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8) }
        }
        return c ^ 0xFFFF_FFFF
    }
}
