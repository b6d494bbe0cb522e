import Dispatch

/// The one parallel loop of vagttjek: `count` pieces of work spread over all cores. Every
/// pass that runs on all cores (reading blocks, parsing pieces, sorting, checking employees,
/// rendering reports) goes through it, so "serially for one piece" and the result order are
/// decided in one place.
enum Parallel {
    /// Runs `body` for every piece in `0..<count`: on all cores, or in order on this thread
    /// when `serial` or there is one piece.
    @inline(__always)
    static func forEach(_ count: Int, serial: Bool = false, _ body: (Int) -> Void) {
        if serial || count <= 1 {
            for i in 0..<count { body(i) }
        } else {
            // Each piece touches its own part of the data (the callers' design, checked by the
            // thread sanitizer in CI), which Swift's `Sendable` checking cannot see through the
            // raw pointers the passes use: the closure is handed to Dispatch as `@Sendable`.
            withoutActuallyEscaping(body) { body in
                DispatchQueue.concurrentPerform(iterations: count, execute: unsafeBitCast(body, to: (@Sendable (Int) -> Void).self))
            }
        }
    }

    /// The value of `body` for every piece in `0..<count`, computed as `forEach` does, in
    /// piece order.
    static func map<T>(_ count: Int, serial: Bool = false, _ body: (Int) -> T) -> [T] {
        [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            if let base = buffer.baseAddress {
                forEach(count, serial: serial) { (base + $0).initialize(to: body($0)) }
            }
            initialized = count
        }
    }
}

extension Parallel {
    /// Two stages on two cores: `produce` hands pieces of bytes to its argument on this thread,
    /// and `consume` takes copies of them in order on another, at most `depth` waiting (so the
    /// memory stays a few pieces). Serially on this thread when `serial`. Returns when every
    /// piece has been consumed, also when `produce` throws.
    static func pipeline<E: Error>(
        serial: Bool, depth: Int = 2, produce: ((UnsafeBufferPointer<UInt8>) -> Void) throws(E) -> Void,
        consume: @escaping @Sendable ([UInt8]) -> Void
    ) throws(E) {
        if serial {
            try produce { consume(Array($0)) }
            return
        }
        let queue = DispatchQueue(label: "vagttjek.pipeline")
        let slots = DispatchSemaphore(value: depth)
        defer { queue.sync {} }
        try produce { piece in
            let copy = Array(piece)
            slots.wait()
            queue.async {
                consume(copy)
                slots.signal()
            }
        }
    }
}
