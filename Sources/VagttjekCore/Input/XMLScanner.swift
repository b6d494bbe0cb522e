#if canImport(Glibc)
import Glibc
#endif

/// Just enough XML for the parts of an `.xlsx`: start and end tags with their attributes, and
/// the text between them, with the five named entities and character references decoded.
/// Comments, processing instructions and a DOCTYPE are passed over; entities a DOCTYPE would
/// define are never expanded (so a "billion laughs" file is text, not memory). Element and
/// attribute names are compared without their namespace prefix (`x:row` is `row`).
///
/// Works on the bytes in place: a tag is its offsets, a text is decoded only when asked for.
struct XMLScanner {
    enum Token {
        /// `<name attributes>`; `empty` for `<name/>`. `attributes` is the byte range after the name.
        case start(name: Range<Int>, attributes: Range<Int>, empty: Bool)
        case end(name: Range<Int>)
        /// Character data (not yet decoded).
        case text(Range<Int>)
    }

    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The next token; nil at the end (or at a tag that never closes).
    mutating func next() -> Token? {
        let n = bytes.count
        guard position < n else { return nil }
        guard let base = bytes.baseAddress else { return nil }
        if bytes[position] != 0x3C {  // text up to the next `<`
            let start = position
            position = memchr(base + start, 0x3C, n - start).map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base } ?? n
            return .text(start..<position)
        }
        // `<!-- … -->`, `<![CDATA[ … ]]>`, `<!DOCTYPE …>`, `<? … ?>`.
        if position + 1 < n && (bytes[position + 1] == 0x21 || bytes[position + 1] == 0x3F) {
            if matches("<![CDATA[", at: position) {
                let start = position + 9
                guard let close = find("]]>", from: start) else { position = n; return nil }
                position = close + 3
                return .text(start..<close)  // CDATA: its bytes as they are (decoded as text, no entity is in it)
            }
            let closer: StaticString = matches("<!--", at: position) ? "-->" : ">"
            guard let close = find(closer, from: position + 2) else { position = n; return nil }
            position = close + closer.utf8CodeUnitCount
            return next()
        }
        var i = position + 1
        let closing = i < n && bytes[i] == 0x2F
        if closing { i += 1 }
        let nameStart = i
        while i < n, !Self.isSpace(bytes[i]), bytes[i] != 0x3E, bytes[i] != 0x2F { i += 1 }
        let name = nameStart..<i
        // The tag ends at the first `>` outside a quoted attribute value (a value is skipped
        // to its closing quote at once).
        let attributesStart = i
        while i < n {
            let b = bytes[i]
            if b == 0x3E { break }
            if b == 0x22 || b == 0x27 {
                guard let close = memchr(base + i + 1, Int32(b), n - i - 1) else { i = n; break }
                i = UnsafePointer(close.assumingMemoryBound(to: UInt8.self)) - base
            }
            i += 1
        }
        guard i < n else { position = n; return nil }
        position = i + 1
        if closing { return .end(name: name) }
        let empty = i > attributesStart && bytes[i - 1] == 0x2F
        return .start(name: name, attributes: attributesStart..<(empty ? i - 1 : i), empty: empty)
    }

    /// Whether a name (without its prefix) is `local`.
    func named(_ name: Range<Int>, _ local: StaticString) -> Bool {
        var start = name.lowerBound
        for k in name where bytes[k] == 0x3A { start = k + 1 }
        let count = local.utf8CodeUnitCount
        guard name.upperBound - start == count else { return false }
        let p = local.utf8Start
        for k in 0..<count where bytes[start + k] != p[k] { return false }
        return true
    }

    /// An attribute's value, decoded; nil when the tag does not have it.
    func attribute(_ local: StaticString, in range: Range<Int>) -> String? {
        var found: Range<Int>?
        eachAttribute(in: range) { name, value in
            if found == nil && named(name, local) { found = value }
        }
        return found.map(decode)
    }

    /// Text with `&lt;` `&gt;` `&amp;` `&quot;` `&apos;` and `&#…;` decoded (an unknown entity is
    /// kept as written).
    func decode(_ range: Range<Int>) -> String {
        String(decoding: Self.decode(UnsafeBufferPointer(rebasing: bytes[range])), as: UTF8.self)
    }

    /// The bytes of a text with its entities decoded.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        guard bytes.contains(0x26) else { return Array(bytes) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            guard b == 0x26, let semi = (i + 1..<min(bytes.count, i + 12)).first(where: { bytes[$0] == 0x3B }) else {
                out.append(b)
                i += 1
                continue
            }
            let entity = String(decoding: UnsafeBufferPointer(rebasing: bytes[(i + 1)..<semi]), as: UTF8.self)
            var scalar: Unicode.Scalar?
            switch entity {
            case "lt": scalar = "<"
            case "gt": scalar = ">"
            case "amp": scalar = "&"
            case "quot": scalar = "\""
            case "apos": scalar = "'"
            default:
                if entity.hasPrefix("#x") || entity.hasPrefix("#X") {
                    scalar = UInt32(entity.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
                } else if entity.hasPrefix("#") {
                    scalar = UInt32(entity.dropFirst()).flatMap(Unicode.Scalar.init)
                }
            }
            if let scalar {
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
                i = semi + 1
            } else {
                out.append(b)
                i += 1
            }
        }
        return out
    }

    /// Each attribute's name and value as byte ranges (the value without its quotes, not decoded).
    func eachAttribute(in range: Range<Int>, _ body: (Range<Int>, Range<Int>) -> Void) {
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            while i < end && Self.isSpace(bytes[i]) { i += 1 }
            let nameStart = i
            while i < end && bytes[i] != 0x3D && !Self.isSpace(bytes[i]) { i += 1 }
            let name = nameStart..<i
            while i < end && (Self.isSpace(bytes[i]) || bytes[i] == 0x3D) { i += 1 }
            guard i < end, bytes[i] == 0x22 || bytes[i] == 0x27 else { return }
            let quote = bytes[i]
            i += 1
            let valueStart = i
            while i < end && bytes[i] != quote { i += 1 }
            if !name.isEmpty { body(name, valueStart..<min(i, end)) }
            i += 1
        }
    }

    /// A non-negative decimal integer of at most 9 digits in the bytes; nil otherwise.
    static func integer(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        guard !range.isEmpty, range.count <= 9 else { return nil }
        var v = 0
        for b in bytes[range] {
            guard b >= 0x30 && b <= 0x39 else { return nil }
            v = v * 10 + Int(b - 0x30)
        }
        return v
    }

    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    func matches(_ s: StaticString, at i: Int) -> Bool {
        let count = s.utf8CodeUnitCount
        guard i + count <= bytes.count else { return false }
        let p = s.utf8Start
        for k in 0..<count where bytes[i + k] != p[k] { return false }
        return true
    }

    func find(_ s: StaticString, from: Int) -> Int? {
        var i = from
        while i + s.utf8CodeUnitCount <= bytes.count {
            if matches(s, at: i) { return i }
            i += 1
        }
        return nil
    }
}
