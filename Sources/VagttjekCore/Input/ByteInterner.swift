/// A hash table from short byte strings (employee ids, labels, units) to their interned index.
///
/// Shaped for speed: when rows are not grouped by employee (a shuffled export), every row needs a
/// lookup; this table hashes with FNV-1a and compares bytes in place, where a `Dictionary` keyed
/// by `ArraySlice<UInt8>` pays for SipHash and slice retains (see `Benchmarks/compare.sh`,
/// `SHUFFLE=1`). Keys are copied into one arena, so they may come from any buffer.
struct ByteInterner {
    /// A slot of the table: the key's first eight bytes packed little-endian (zero-padded), its
    /// length (-1 = empty) and its value. Shaped for speed: a key of up to eight bytes (the
    /// usual employee id) is found by one 16-byte slot read and two compares; longer keys
    /// compare the rest in the arena (through `slotEntries`) only when the first eight bytes and
    /// the length agree. Separate tables of starts, lengths and values were three more cache
    /// misses per lookup (an export sorted by date looks up an id per row: 45 % of the
    /// parser's samples).
    struct Slot {
        var word: UInt64 = 0
        var length: Int32 = -1
        var value: Int32 = 0
    }

    private var arena: [UInt8] = []
    private var starts: [Int] = []
    /// Power-of-two size, at most half full; a key's first slot is its hash shifted right by
    /// `shift` (64 minus the size's bits).
    private var slots = [Slot](repeating: Slot(), count: 64)
    private var shift: UInt64 = 58
    /// Per slot, the entry (index into `starts`) of the key it holds.
    private var slotEntries = [Int32](repeating: 0, count: 64)
    /// Non-ASCII values by their text, whose equality is canonical equivalence.
    private var canonical: [String: Int32] = [:]

    var count: Int { starts.count }

    /// The first eight bytes of `key`, little-endian, zero-padded: one load of eight bytes, or
    /// of four, two and one as the length's bits ask (never a byte beyond the key; shaped for
    /// speed: byte by byte this was 40 instructions a lookup).
    @inline(__always)
    static func word(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let base = key.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        let n = key.count
        if n >= 8 { return raw.loadUnaligned(as: UInt64.self) }
        var w: UInt64 = 0
        var at = 0
        if n & 4 != 0 {
            w = UInt64(raw.loadUnaligned(as: UInt32.self))
            at = 4
        }
        if n & 2 != 0 {
            w |= UInt64(raw.loadUnaligned(fromByteOffset: at, as: UInt16.self)) << UInt64(at * 8)
            at += 2
        }
        if n & 1 != 0 { w |= UInt64(raw.load(fromByteOffset: at, as: UInt8.self)) << UInt64(at * 8) }
        return w
    }

    /// A hash of the key: its first eight bytes and its length, with FNV-1a over any bytes
    /// beyond eight, multiplied by the golden ratio; a slot is its top bits (Fibonacci hashing).
    /// Shaped for speed: the low bits of a product depend only on the low bits of the key (the
    /// first bytes of an id, "M00" in "M001218"), and a table indexed by them probed 6 slots a
    /// lookup (callgrind, the 1,000-staff anchor by date).
    @inline(__always)
    static func hash(_ word: UInt64, _ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var x = word ^ UInt64(truncatingIfNeeded: key.count) &* 0xFF51_AFD7_ED55_8CCD
        if key.count > 8 {
            var h: UInt64 = 0xCBF2_9CE4_8422_2325
            for b in key[8...] { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
            x ^= h
        }
        return (x ^ x >> 29) &* 0x9E37_79B9_7F4A_7C15
    }

    /// The value stored for `key`, or nil.
    @inline(__always)
    func value(for key: UnsafeBufferPointer<UInt8>) -> Int32? {
        value(for: key, from: Int(truncatingIfNeeded: Self.hash(Self.word(key), key) >> shift))
    }

    /// The value stored for `key`, or nil, probing from `first` (its `firstSlot`).
    @inline(__always)
    func value(for key: UnsafeBufferPointer<UInt8>, from first: Int) -> Int32? {
        let w = Self.word(key)
        let length = Int32(truncatingIfNeeded: key.count)
        return slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var slot = first
            while true {
                let s = slots[slot]
                if s.length < 0 { return nil }
                if s.word == w && s.length == length && (key.count <= 8 || restMatches(Int(slotEntries[slot]), key)) {
                    return s.value
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The slot a lookup of `key` starts at.
    @inline(__always)
    func firstSlot(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        Int(truncatingIfNeeded: Self.hash(Self.word(key), key) >> shift)
    }

    /// Reads the slots `first[0..<count]` (from `firstSlot`) and returns the sum of their
    /// lengths: reads with nothing between them, whose cache misses overlap, ahead of the
    /// lookups themselves (see `RowParser.resolvePending`).
    func touch(_ first: UnsafePointer<Int>, _ count: Int) -> Int32 {
        slots.withUnsafeBufferPointer { slots in
            var sum: Int32 = 0
            for p in 0..<count { sum &+= slots[first[p]].length }
            return sum
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
        if (starts.count + 1) * 2 > slots.count { grow() }
        starts.append(arena.count)
        arena.append(contentsOf: key)
        let w = Self.word(key)
        place(Slot(word: w, length: Int32(truncatingIfNeeded: key.count), value: value), entry: Int32(starts.count - 1), hash: Self.hash(w, key))
    }

    private mutating func place(_ new: Slot, entry: Int32, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash >> shift)
        while slots[slot].length >= 0 { slot = (slot + 1) & mask }
        slots[slot] = new
        slotEntries[slot] = entry
    }

    private mutating func grow() {
        let old = slots, oldEntries = slotEntries
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        slotEntries = [Int32](repeating: 0, count: old.count * 2)
        shift -= 1
        for (k, s) in old.enumerated() where s.length >= 0 {
            let start = starts[Int(oldEntries[k])]
            let h = arena.withUnsafeBufferPointer { a in Self.hash(s.word, UnsafeBufferPointer(rebasing: a[start..<(start + Int(s.length))])) }
            place(s, entry: oldEntries[k], hash: h)
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
    @inline(never)
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
