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
