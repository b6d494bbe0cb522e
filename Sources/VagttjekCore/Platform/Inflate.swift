#if canImport(Glibc)
import Glibc
#endif

/// DEFLATE (RFC 1951), the compression inside `.xlsx` files, decoded without a library (the
/// product links nothing beyond the toolchain). Stored, fixed and dynamic Huffman blocks.
///
/// Bounded: the output may not pass `limit` bytes (a ZIP bomb of a few kilobytes that would
/// inflate to gigabytes stops there, with `.tooLarge`), and every malformed stream ends in an
/// error, never a trap: lengths, distances and code tables are checked before use.
///
/// Shaped for speed (`Benchmarks/XLSXBenchmarks.swift` against Python's zlib): a 64-bit bit
/// buffer refilled a byte at a time, Huffman codes of up to `fastBits` bits decoded by one table
/// lookup (the few longer ones bit by bit, canonically), and the output in one growing buffer.
public enum Inflate {
    public enum Failure: Error, Equatable, Sendable {
        /// The stream ends before its last block does.
        case truncated
        /// Block type 3, or a stored block whose length and its complement disagree.
        case invalidBlock
        /// A code length table that is not a valid prefix code, or repeats past its end.
        case invalidCodeLengths
        /// A symbol the block's codes do not allow (a length code 286–287, distance 30–31).
        case invalidSymbol
        /// A distance back past the start of the output.
        case distanceTooFar
        /// The output would pass the limit.
        case tooLarge
    }

    /// Inflates a raw DEFLATE stream. `expected` sizes the first allocation (the ZIP's declared
    /// size); `limit` caps the output.
    public static func inflate(_ input: UnsafeBufferPointer<UInt8>, expected: Int, limit: Int) throws(Failure) -> [UInt8] {
        var state = State(input: input, capacity: max(64, min(expected, limit)), limit: limit)
        defer { state.out.deallocate() }
        try state.blocks()
        return Array(UnsafeBufferPointer(start: state.out, count: state.count))
    }

    /// Inflates a stream in pieces of about `piece` bytes, each handed to `sink` as soon as it
    /// is decoded, holding only the piece and the 32 KB window back-references reach: a sheet
    /// of 183 MB is read without ever being whole in memory.
    public static func inflate(
        _ input: UnsafeBufferPointer<UInt8>, limit: Int, piece: Int = 1 << 22, sink: (UnsafeBufferPointer<UInt8>) -> Void
    ) throws(Failure) {
        try withoutActuallyEscaping(sink) { (sink) throws(Failure) in
            var state = State(input: input, capacity: piece + State.window + 512, limit: limit)
            defer { state.out.deallocate() }
            state.sink = sink
            try state.blocks()
            sink(UnsafeBufferPointer(start: state.out + state.flushed, count: state.count - state.flushed))
        }
    }

    /// The base length and extra bits of length codes 257–285, and of distance codes 0–29.
    static let lengthBase: [Int] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    static let lengthExtra: [Int] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    static let distanceBase: [Int] = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
    ]
    static let distanceExtra: [Int] = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]
    /// The order the code length code lengths come in.
    static let codeLengthOrder: [Int] = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    enum Tables {
        static let fixedLiterals: Huffman = {
            var lengths = [UInt8](repeating: 8, count: 288)
            for i in 144..<256 { lengths[i] = 9 }
            for i in 256..<280 { lengths[i] = 7 }
            // The fixed codes are complete; `try?` cannot fail here.
            return (try? Huffman(lengths)) ?? Huffman.empty
        }()
        static let fixedDistances: Huffman = (try? Huffman([UInt8](repeating: 5, count: 30))) ?? Huffman.empty
    }
}

/// A canonical Huffman code: a table for the codes of up to `fastBits` bits (indexed by the
/// next bits of the stream, which come least significant first), and the counts and symbols for
/// the longer ones.
struct Huffman: Sendable {
    static let fastBits = 10
    /// `symbol << 4 | length`; 0 where the code is longer than `fastBits` (or absent).
    var fast: [UInt32]
    var counts: [Int]
    var symbols: [Int]

    static let empty = Huffman(fast: [UInt32](repeating: 0, count: 1 << fastBits), counts: [Int](repeating: 0, count: 16), symbols: [])

    private init(fast: [UInt32], counts: [Int], symbols: [Int]) {
        self.fast = fast
        self.counts = counts
        self.symbols = symbols
    }

    /// The code for these lengths (0: the symbol is unused). An over-subscribed set of lengths
    /// is an error; an incomplete one is allowed (a block with a single distance code is legal).
    init(_ lengths: [UInt8]) throws(Inflate.Failure) {
        var counts = [Int](repeating: 0, count: 16)
        for l in lengths { counts[Int(l)] += 1 }
        counts[0] = 0
        var left = 1
        for len in 1...15 {
            left <<= 1
            left -= counts[len]
            if left < 0 { throw .invalidCodeLengths }
        }
        var offsets = [Int](repeating: 0, count: 16)
        for len in 1..<15 { offsets[len + 1] = offsets[len] + counts[len] }
        var symbols = [Int](repeating: 0, count: lengths.count)
        for (symbol, l) in lengths.enumerated() where l != 0 {
            symbols[offsets[Int(l)]] = symbol
            offsets[Int(l)] += 1
        }
        var fast = [UInt32](repeating: 0, count: 1 << Self.fastBits)
        var code = 0, index = 0
        for len in 1...15 {
            for _ in 0..<counts[len] {
                if len <= Self.fastBits {
                    var reversed = 0
                    for b in 0..<len where code & (1 << b) != 0 { reversed |= 1 << (len - 1 - b) }
                    let entry = UInt32(symbols[index]) << 4 | UInt32(len)
                    var fill = reversed
                    while fill < 1 << Self.fastBits {
                        fast[fill] = entry
                        fill += 1 << len
                    }
                }
                code += 1
                index += 1
            }
            code <<= 1
        }
        self.init(fast: fast, counts: counts, symbols: symbols)
    }
}

extension Inflate {
    struct State {
        let input: UnsafeBufferPointer<UInt8>
        var position = 0
        var buffer: UInt64 = 0
        var available = 0
        var out: UnsafeMutablePointer<UInt8>
        var count = 0
        var capacity: Int
        let limit: Int

        /// Streaming: where the pieces go, the output before `flushed` already went there, and
        /// how many bytes were dropped from the front of `out` (only the window is kept).
        var sink: ((UnsafeBufferPointer<UInt8>) -> Void)?
        var flushed = 0, dropped = 0
        /// The farthest a back-reference reaches.
        static let window = 32_768

        init(input: UnsafeBufferPointer<UInt8>, capacity: Int, limit: Int) {
            self.input = input
            self.capacity = capacity
            self.limit = limit
            out = .allocate(capacity: capacity)
        }

        /// Every block to the last.
        mutating func blocks() throws(Failure) {
            var last = false
            repeat {
                last = try bits(1) == 1
                switch try bits(2) {
                case 0: try stored()
                case 1: try codes(Tables.fixedLiterals, Tables.fixedDistances)
                case 2:
                    let (lit, dist) = try dynamicTables()
                    try codes(lit, dist)
                default: throw .invalidBlock
                }
            } while !last
        }

        /// At least `n` (≤ 56) bits in the buffer, or as many as the input has left.
        @inline(__always) mutating func fill(_ n: Int) {
            while available < n && position < input.count {
                buffer |= UInt64(input[position]) << UInt64(available)
                position += 1
                available += 8
            }
        }

        @inline(__always) mutating func bits(_ n: Int) throws(Failure) -> Int {
            if n == 0 { return 0 }
            fill(n)
            guard available >= n else { throw .truncated }
            let v = Int(buffer & ((1 << UInt64(n)) - 1))
            buffer >>= UInt64(n)
            available -= n
            return v
        }

        /// Room for `n` more bytes of output, within the limit.
        @inline(__always) mutating func reserve(_ n: Int) throws(Failure) {
            guard count + n > capacity else { return }
            try makeRoom(n)
        }

        @inline(never) mutating func makeRoom(_ n: Int) throws(Failure) {
            guard dropped + count + n <= limit else { throw .tooLarge }
            if let sink {
                // Hand on what is new, keep the window, and go on in the same buffer.
                sink(UnsafeBufferPointer(start: out + flushed, count: count - flushed))
                let keep = min(count, Self.window)
                memmove(out, out + count - keep, keep)
                dropped += count - keep
                count = keep
                flushed = keep
                if count + n <= capacity { return }
            }
            let grown = min(limit, max(capacity * 2, count + n))
            let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
            bigger.update(from: out, count: count)
            out.deallocate()
            out = bigger
            capacity = grown
        }

        /// A stored block: whole bytes after the header's bits.
        mutating func stored() throws(Failure) {
            // Drop to a byte boundary; what the buffer holds beyond it are the next bytes.
            let drop = available % 8
            buffer >>= UInt64(drop)
            available -= drop
            let length = try bits(16), complement = try bits(16)
            guard length == ~complement & 0xFFFF else { throw .invalidBlock }
            try reserve(length)
            var n = length
            while n > 0 && available >= 8 {
                out[count] = UInt8(truncatingIfNeeded: buffer)
                count += 1
                buffer >>= 8
                available -= 8
                n -= 1
            }
            guard input.count - position >= n else { throw .truncated }
            if n > 0, let base = input.baseAddress { (out + count).update(from: base + position, count: n) }
            count += n
            position += n
        }

        /// The next symbol of a code.
        @inline(__always) mutating func decode(_ h: Huffman) throws(Failure) -> Int {
            fill(Huffman.fastBits)
            let entry = h.fast[Int(buffer & UInt64((1 << Huffman.fastBits) - 1))]
            let length = Int(entry & 15)
            if length != 0 && length <= available {
                buffer >>= UInt64(length)
                available -= length
                return Int(entry >> 4)
            }
            // A code longer than the table's bits (or the stream's last bits): canonically.
            fill(15)
            var code = 0, first = 0, index = 0
            for len in 1...15 {
                guard available >= len else { throw .truncated }
                code |= Int((buffer >> UInt64(len - 1)) & 1)
                let c = h.counts[len]
                if code - first < c {
                    buffer >>= UInt64(len)
                    available -= len
                    return h.symbols[index + code - first]
                }
                index += c
                first += c
                first <<= 1
                code <<= 1
            }
            throw .invalidSymbol
        }

        /// A block's literals and matches, to its end-of-block symbol.
        mutating func codes(_ literals: Huffman, _ distances: Huffman) throws(Failure) {
            while true {
                let symbol = try decode(literals)
                if symbol < 256 {
                    try reserve(1)
                    out[count] = UInt8(symbol)
                    count += 1
                    continue
                }
                if symbol == 256 { return }
                let l = symbol - 257
                guard l < 29 else { throw .invalidSymbol }
                let length = Inflate.lengthBase[l] + (try bits(Inflate.lengthExtra[l]))
                let d = try decode(distances)
                guard d < 30 else { throw .invalidSymbol }
                let distance = Inflate.distanceBase[d] + (try bits(Inflate.distanceExtra[d]))
                guard distance <= count else { throw .distanceTooFar }
                try reserve(length)
                let from = out + count - distance, to = out + count
                if distance >= length {
                    to.update(from: from, count: length)
                } else {
                    for k in 0..<length { to[k] = from[k] }  // overlapping: a run repeats itself
                }
                count += length
            }
        }

        /// A dynamic block's two codes, read from its header.
        mutating func dynamicTables() throws(Failure) -> (Huffman, Huffman) {
            let literalCount = try bits(5) + 257, distanceCount = try bits(5) + 1, lengthCount = try bits(4) + 4
            guard literalCount <= 286, distanceCount <= 30 else { throw .invalidCodeLengths }
            var codeLengths = [UInt8](repeating: 0, count: 19)
            for i in 0..<lengthCount { codeLengths[Inflate.codeLengthOrder[i]] = UInt8(try bits(3)) }
            let lengthCode = try Huffman(codeLengths)
            var lengths = [UInt8]()
            lengths.reserveCapacity(literalCount + distanceCount)
            while lengths.count < literalCount + distanceCount {
                let symbol = try decode(lengthCode)
                switch symbol {
                case 0...15:
                    lengths.append(UInt8(symbol))
                case 16:
                    guard let previous = lengths.last else { throw .invalidCodeLengths }
                    lengths += [UInt8](repeating: previous, count: 3 + (try bits(2)))
                case 17:
                    lengths += [UInt8](repeating: 0, count: 3 + (try bits(3)))
                case 18:
                    lengths += [UInt8](repeating: 0, count: 11 + (try bits(7)))
                default:
                    throw .invalidCodeLengths
                }
            }
            guard lengths.count == literalCount + distanceCount, lengths[256] != 0 else { throw .invalidCodeLengths }
            return (try Huffman(Array(lengths[..<literalCount])), try Huffman(Array(lengths[literalCount...])))
        }
    }
}
