/// A hash table from short byte strings (employee ids, labels, units) to their interned index.
///
/// Shaped for speed: when rows are not grouped by employee (a shuffled export), every row needs a
/// lookup; this table hashes with FNV-1a and compares bytes in place, where a `Dictionary` keyed
/// by `ArraySlice<UInt8>` pays for SipHash and slice retains (see `Benchmarks/compare.sh`,
/// `SHUFFLE=1`). Keys are copied into one arena, so they may come from any buffer.
struct ByteInterner {
    /// A slot of the table: the key's first eight bytes packed little-endian (zero-padded), its
    /// length, and its entry + 1 (0 = empty). Shaped for speed: a key of up to eight bytes (the
    /// usual employee id) is found by one 16-byte slot read and two compares; longer keys
    /// compare the rest in the arena only when the first eight bytes and the length agree. The
    /// separate tables of starts, lengths and values were three more cache misses per lookup
    /// (an export sorted by date looks up an id per row: 45 % of the parser's samples).
    struct Slot {
        var word: UInt64 = 0
        var length: Int32 = 0
        var entry: Int32 = 0
    }

    private var arena: [UInt8] = []
    private var starts: [Int] = []
    private var values: [Int32] = []
    /// Power-of-two size, at most half full.
    private var slots = [Slot](repeating: Slot(), count: 64)
    /// Non-ASCII values by their text, whose equality is canonical equivalence.
    private var canonical: [String: Int32] = [:]

    var count: Int { values.count }

    /// The first eight bytes of `key`, little-endian, zero-padded.
    @inline(__always)
    static func word(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var w: UInt64 = 0
        var k = min(key.count, 8)
        while k > 0 {
            k -= 1
            w = w << 8 | UInt64(key[k])
        }
        return w
    }

    /// A multiplicative hash of the first eight bytes and the length, plus FNV-1a over any
    /// bytes beyond eight.
    @inline(__always)
    static func hash(_ word: UInt64, _ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = (word ^ UInt64(truncatingIfNeeded: key.count) << 56 ^ UInt64(truncatingIfNeeded: key.count)) &* 0x9E37_79B9_7F4A_7C15
        if key.count > 8 {
            for b in key[8...] { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
            h = h &* 0x9E37_79B9_7F4A_7C15
        }
        return h ^ (h >> 32)
    }

    /// The value stored for `key`, or nil.
    @inline(__always)
    func value(for key: UnsafeBufferPointer<UInt8>) -> Int32? {
        let w = Self.word(key)
        let length = Int32(truncatingIfNeeded: key.count)
        return slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: Self.hash(w, key)) & mask
            while true {
                let s = slots[slot]
                if s.entry == 0 { return nil }
                if s.word == w && s.length == length && (key.count <= 8 || restMatches(Int(s.entry) - 1, key)) {
                    return values[Int(s.entry) - 1]
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Whether the bytes of an entry beyond the first eight are those of `key` (same length).
    private func restMatches(_ entry: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        arena.withUnsafeBufferPointer { a in
            let s = starts[entry]
            var k = 8
            while k < key.count && a[s + k] == key[k] { k += 1 }
            return k == key.count
        }
    }

    /// Stores a value for a key that is not in the table yet.
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, value: Int32) {
        if (values.count + 1) * 2 > slots.count { grow() }
        starts.append(arena.count)
        arena.append(contentsOf: key)
        values.append(value)
        let w = Self.word(key)
        place(Slot(word: w, length: Int32(truncatingIfNeeded: key.count), entry: Int32(values.count)), hash: Self.hash(w, key))
    }

    private mutating func place(_ new: Slot, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot].entry != 0 { slot = (slot + 1) & mask }
        slots[slot] = new
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: slots.count * 2)
        for s in old where s.entry != 0 {
            let start = starts[Int(s.entry) - 1]
            let h = arena.withUnsafeBufferPointer { a in Self.hash(s.word, UnsafeBufferPointer(rebasing: a[start..<(start + Int(s.length))])) }
            place(s, hash: h)
        }
    }
}

extension ByteInterner {
    /// The same for an array slice.
    func value(for key: ArraySlice<UInt8>) -> Int32? {
        key.withUnsafeBufferPointer { value(for: $0) }
    }

    mutating func insert(_ key: ArraySlice<UInt8>, value: Int32) {
        key.withUnsafeBufferPointer { insert($0, value: value) }
    }

    /// The index of `key`, interned with its string in `strings` when it is new; nil when it is
    /// new and `strings` already holds `limit` values. The one place a value gets its index
    /// (the general and the fast row parser both use it).
    ///
    /// Values with non-ASCII bytes that are new by their bytes are also looked up by their
    /// canonical equivalence (`String` equality: "Ö" typed precomposed or as O + diaeresis is one
    /// employee, one unit); the spelling met first is kept.
    @inline(__always)
    mutating func intern(_ key: UnsafeBufferPointer<UInt8>, strings: inout [String], limit: Int) -> Int32? {
        if let i = value(for: key) { return i }
        return internNew(key, strings: &strings, limit: limit)
    }

    @inline(never)
    private mutating func internNew(_ key: UnsafeBufferPointer<UInt8>, strings: inout [String], limit: Int) -> Int32? {
        let text = String(decoding: key, as: UTF8.self)
        let ascii = !key.contains(where: { $0 >= 0x80 })
        if !ascii, let i = canonical[text] {
            insert(key, value: i)
            return i
        }
        if strings.count >= limit { return nil }
        let i = Int32(strings.count)
        insert(key, value: i)
        if !ascii { canonical[text] = i }
        strings.append(text)
        return i
    }
}
