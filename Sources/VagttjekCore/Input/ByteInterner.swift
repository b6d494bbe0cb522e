/// A hash table from short byte strings (employee ids, labels, units) to their interned index.
///
/// Shaped for speed: when rows are not grouped by employee (a shuffled export), every row needs a
/// lookup; this table hashes with FNV-1a and compares bytes in place, where a `Dictionary` keyed
/// by `ArraySlice<UInt8>` pays for SipHash and slice retains (see `Benchmarks/compare.sh`,
/// `SHUFFLE=1`). Keys are copied into one arena, so they may come from any buffer.
struct ByteInterner {
    private var arena: [UInt8] = []
    private var starts: [Int] = []
    private var lengths: [Int] = []
    private var values: [Int32] = []
    /// Entry index + 1 per slot; 0 = empty. Power-of-two size, at most half full.
    private var slots = [Int32](repeating: 0, count: 64)
    /// Non-ASCII values by their text, whose equality is canonical equivalence.
    private var canonical: [String: Int32] = [:]

    var count: Int { values.count }

    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in key { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
        return h ^ (h >> 29)
    }

    /// The value stored for `key`, or nil.
    @inline(__always)
    func value(for key: UnsafeBufferPointer<UInt8>) -> Int32? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: Self.hash(key)) & mask
        while true {
            let entry = Int(slots[slot]) - 1
            if entry < 0 { return nil }
            if lengths[entry] == key.count && arena.withUnsafeBufferPointer({ a in
                var k = 0
                let s = starts[entry]
                while k < key.count && a[s + k] == key[k] { k += 1 }
                return k == key.count
            }) {
                return values[entry]
            }
            slot = (slot + 1) & mask
        }
    }

    /// Stores a value for a key that is not in the table yet.
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, value: Int32) {
        if (values.count + 1) * 2 > slots.count { grow() }
        starts.append(arena.count)
        lengths.append(key.count)
        arena.append(contentsOf: key)
        values.append(value)
        place(values.count - 1, hash: Self.hash(key))
    }

    private mutating func place(_ entry: Int, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(entry + 1)
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        for entry in values.indices {
            let h = arena.withUnsafeBufferPointer { a in
                Self.hash(UnsafeBufferPointer(rebasing: a[starts[entry]..<(starts[entry] + lengths[entry])]))
            }
            place(entry, hash: h)
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
