import VagttjekCore

#if canImport(Glibc)
import Glibc
#endif

/// What a command may use of its surroundings: the output streams, whether stdout is a
/// terminal, the environment, the language of what users read, and the phase timer. Tests run
/// commands in-process and read `stdout` and `stderr` afterwards.
public struct Console {
    /// What the run printed.
    public var stdout = ""
    public var stderr = ""
    /// Whether stdout is a terminal (colours, and the text format by default).
    public var stdoutIsTerminal = false
    /// Environment lookups (NO_COLOR, VAGTTJEK_TIMING).
    public var environment: [String: String] = [:]
    /// Where reports go when there is no `--output`: written there directly when set (the
    /// executable sets it to stdout), else collected in `stdout` (tests).
    public var stdoutFile: UnsafeMutablePointer<FILE>?
    /// The language of messages; `--lang` or the policy's `language` sets it.
    public var language: Language = .da
    /// Phase timings on stderr when VAGTTJEK_TIMING is set (for BENCHMARKS.md; not for users).
    var timing = PhaseTimer(enabled: false)

    public init() {}

    /// Whether colours may be used on stdout (a terminal, and NO_COLOR not set).
    var colorsAllowed: Bool { stdoutIsTerminal && environment["NO_COLOR"] == nil }
}

/// Wall-clock time per phase, printed to stderr at the end of a run.
struct PhaseTimer {
    let enabled: Bool
    private(set) var report = ""

    init(enabled: Bool) { self.enabled = enabled }

    /// A line of its own in the timing report (how the roster was read).
    mutating func note(_ text: @autoclosure () -> String) {
        if enabled { report += "timing: \(text())\n" }
    }

    mutating func phase<T, E: Error>(_ name: String, _ body: () throws(E) -> T) throws(E) -> T {
        guard enabled else { return try body() }
        let clock = ContinuousClock()
        let start = clock.now
        let value = try body()
        let d = clock.now - start
        let ms = Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
        report += "timing: \(name) \(Int(ms.rounded())) ms\n"
        return value
    }
}

/// Writing output files.
enum OutputFile {
    static func write(bytes: [UInt8], to path: String) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in write(to: path) { sink in sink(buffer) } }
    }

    /// Writes the pieces `body` hands to its sink, in order; false when the file cannot be
    /// written.
    static func write(to path: String, _ body: ((UnsafeBufferPointer<UInt8>) -> Void) -> Void) -> Bool {
        guard let file = fopen(path, "wb") else { return false }
        var written = true
        body { piece in
            if !piece.isEmpty && fwrite(piece.baseAddress, 1, piece.count, file) != piece.count { written = false }
        }
        return fclose(file) == 0 && written
    }
}

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }

    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return String(s)
    }

    /// Splits at every occurrence of a separator string.
    func components(separatedByString separator: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var i = startIndex
        while i < endIndex {
            if self[i...].hasPrefix(separator) {
                parts.append(current)
                current = ""
                i = index(i, offsetBy: separator.count)
            } else {
                current.append(self[i])
                i = index(after: i)
            }
        }
        parts.append(current)
        return parts
    }
}

extension Substring {
    var trimmingSpaces: String { String(self).trimmingSpaces }
}
