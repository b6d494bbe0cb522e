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

    /// An entry's bytes in pieces of about `piece` bytes, each handed to `sink` as it is
    /// inflated (the entry is never whole in memory); its size and CRC-32 are checked at the
    /// end, so a caller must not trust what it was given until this returns.
    public func read(_ entry: Entry, limit: Int, piece: Int = 1 << 22, sink: (UnsafeBufferPointer<UInt8>) -> Void) throws(Failure) {
        let start = try dataStart(entry, limit: limit)
        var crc: UInt32 = 0, size = 0
        func take(_ p: UnsafeBufferPointer<UInt8>) {
            crc = CRC32.update(crc, p)
            size += p.count
            sink(p)
        }
        switch entry.method {
        case 0:
            guard entry.compressedSize == entry.size else { throw .corrupt(entry.name) }
            bytes.withUnsafeBufferPointer { all in
                var at = start
                while at < start + entry.size {
                    let n = min(piece, start + entry.size - at)
                    take(UnsafeBufferPointer(rebasing: all[at..<(at + n)]))
                    at += n
                }
            }
        case 8:
            do {
                try bytes.withUnsafeBufferPointer { all throws(Inflate.Failure) in
                    try Inflate.inflate(UnsafeBufferPointer(rebasing: all[start..<(start + entry.compressedSize)]), limit: limit, piece: piece, sink: take)
                }
            } catch {
                throw error == .tooLarge ? .tooLarge(entry.name) : .inflate(entry.name, error)
            }
        default:
            throw .unsupported("compression method \(entry.method)")
        }
        guard size == entry.size, crc == entry.crc else { throw .checksum(entry.name) }
    }

    /// Where an entry's data begins, after its local header; checks what can be checked first.
    func dataStart(_ entry: Entry, limit: Int) throws(Failure) -> Int {
        func u16(_ i: Int) -> Int { Int(bytes[i]) | Int(bytes[i + 1]) << 8 }
        let p = entry.localHeader
        guard p >= 0, p + 30 <= bytes.count, u16(p) | u16(p + 2) << 16 == 0x0403_4B50 else { throw .corrupt(entry.name) }
        if entry.flags & 1 != 0 { throw .unsupported("encryption") }
        let start = p + 30 + u16(p + 26) + u16(p + 28)
        guard start <= bytes.count, entry.compressedSize <= bytes.count - start else { throw .corrupt(entry.name) }
        guard entry.size <= limit else { throw .tooLarge(entry.name) }
        return start
    }

    /// An entry's bytes, inflated and checked against its CRC-32.
    public func read(_ entry: Entry, limit: Int) throws(Failure) -> [UInt8] {
        let start = try dataStart(entry, limit: limit)
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

/// CRC-32 (ISO-HDLC, as ZIP and zlib compute it), eight bytes a step through eight tables of
/// 256 entries ("slicing by 8"): each inflated part of an `.xlsx` is checked once, and a byte at a
/// time cost a tenth of reading a large sheet.
public enum CRC32 {
    static let tables: [UInt32] = {
        var t = [UInt32](repeating: 0, count: 8 * 256)
        for n in 0..<256 {
            var c = UInt32(n)
            for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
            t[n] = c
        }
        for k in 1..<8 { for n in 0..<256 { t[k * 256 + n] = t[(k - 1) * 256 + n] >> 8 ^ t[Int(t[(k - 1) * 256 + n] & 0xFF)] } }
        return t
    }()

    public static func checksum(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { update(0, $0) }
    }

    /// The checksum of bytes that follow bytes whose checksum was `crc` (0 for none).
    public static func update(_ crc: UInt32, _ b: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var c: UInt32 = crc ^ 0xFFFF_FFFF
        tables.withUnsafeBufferPointer { t in
            do {
                var i = 0
                let n = b.count
                while i + 8 <= n {
                    let lo = c ^ (UInt32(b[i]) | UInt32(b[i + 1]) << 8 | UInt32(b[i + 2]) << 16 | UInt32(b[i + 3]) << 24)
                    c = t[7 * 256 + Int(lo & 0xFF)] ^ t[6 * 256 + Int(lo >> 8 & 0xFF)] ^ t[5 * 256 + Int(lo >> 16 & 0xFF)] ^ t[4 * 256 + Int(lo >> 24)]
                        ^ t[3 * 256 + Int(b[i + 4])] ^ t[2 * 256 + Int(b[i + 5])] ^ t[256 + Int(b[i + 6])] ^ t[Int(b[i + 7])]
                    i += 8
                }
                while i < n {
                    c = t[Int((c ^ UInt32(b[i])) & 0xFF)] ^ (c >> 8)
                    i += 1
                }
            }
        }
        return c ^ 0xFFFF_FFFF
    }
}

extension ZipArchive {
    /// A ZIP of stored (uncompressed) entries: the tests and the fuzz targets build workbooks
    /// with it. Not a general writer: no compression, no ZIP64, names in UTF-8.
    public static func stored(_ entries: [(name: String, bytes: [UInt8])]) -> [UInt8] {
        var out: [UInt8] = [], directory: [UInt8] = []
        func u16(_ v: Int, _ to: inout [UInt8]) { to += [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF)] }
        func u32(_ v: Int, _ to: inout [UInt8]) { u16(v & 0xFFFF, &to); u16(v >> 16 & 0xFFFF, &to) }
        for (name, bytes) in entries {
            let offset = out.count, crc = Int(CRC32.checksum(bytes)), nameBytes = Array(name.utf8)
            u32(0x0403_4B50, &out); u16(20, &out); u16(0x0800, &out); u16(0, &out); u32(0, &out)
            u32(crc, &out); u32(bytes.count, &out); u32(bytes.count, &out); u16(nameBytes.count, &out); u16(0, &out)
            out += nameBytes
            out += bytes
            u32(0x0201_4B50, &directory); u16(20, &directory); u16(20, &directory); u16(0x0800, &directory); u16(0, &directory); u32(0, &directory)
            u32(crc, &directory); u32(bytes.count, &directory); u32(bytes.count, &directory); u16(nameBytes.count, &directory)
            u16(0, &directory); u16(0, &directory); u16(0, &directory); u16(0, &directory); u32(0, &directory); u32(offset, &directory)
            directory += nameBytes
        }
        let start = out.count
        out += directory
        u32(0x0605_4B50, &out); u16(0, &out); u16(0, &out); u16(entries.count, &out); u16(entries.count, &out)
        u32(directory.count, &out); u32(start, &out); u16(0, &out)
        return out
    }

    /// A workbook of one sheet (its XML as given), with shared strings and styles when given:
    /// the smallest `.xlsx` the reader accepts, for tests and fuzzing.
    public static func workbook(sheet: [UInt8], strings: [String] = [], styles: String? = nil, date1904: Bool = false, sheetName: String = "Ark1") -> [UInt8] {
        let ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
        let r = "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
        let workbook = "<workbook \(ns) \(r)><workbookPr\(date1904 ? " date1904=\"1\"" : "")/><sheets><sheet name=\"\(sheetName)\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"
        let rels = "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>"
        var entries: [(String, [UInt8])] = [("xl/workbook.xml", Array(workbook.utf8)), ("xl/_rels/workbook.xml.rels", Array(rels.utf8)), ("xl/worksheets/sheet1.xml", sheet)]
        if !strings.isEmpty {
            let items = strings.map { "<si><t>\($0.replacingAll("&", "&amp;").replacingAll("<", "&lt;"))</t></si>" }.joined()
            entries.append(("xl/sharedStrings.xml", Array("<sst \(ns)>\(items)</sst>".utf8)))
        }
        if let styles { entries.append(("xl/styles.xml", Array(styles.utf8))) }
        return stored(entries)
    }
}

extension String {
    /// Every `a` replaced by `b` (no Foundation here).
    fileprivate func replacingAll(_ a: Character, _ b: String) -> String {
        var out = ""
        for c in self { if c == a { out += b } else { out.append(c) } }
        return out
    }
}
