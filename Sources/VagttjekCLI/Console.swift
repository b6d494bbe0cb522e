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
    /// Where a long run's progress goes: the executable sets it when stderr is a terminal
    /// (README «Commands»); nil in tests and pipes.
    public var progress: ((String) -> Void)?
    /// Rosters from this many bytes show their progress (when `progress` is set).
    public var progressBytes = 100 << 20
    /// How the roster files are read (size limits, strategy thresholds; tests lower them).
    public var readLimits = ReadLimits.standard

    public init() {}

    /// Whether colours may be used on stdout (a terminal, NO_COLOR not set, and not TERM=dumb,
    /// the terminal that shows escape codes as text).
    var colorsAllowed: Bool { stdoutIsTerminal && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb" }
}

/// Wall-clock time per phase, printed to stderr at the end of a run; and, for a large roster on
/// a terminal, the phase being done on one line of stderr, cleared when it is done.
struct PhaseTimer {
    let enabled: Bool
    private(set) var report = ""
    /// Where the progress line goes (nil: none), and whether this run is large enough to show it.
    var progress: ((String) -> Void)?
    var showsProgress = false
    var language: Language = .da

    static let phaseWords: [String: (da: String, en: String)] = [
        "read+parse": ("læser vagtplanen", "reading the roster"), "check": ("tjekker reglerne", "checking the rules"),
        "report": ("skriver rapporten", "writing the report"),
    ]

    init(enabled: Bool) { self.enabled = enabled }

    /// A line of its own in the timing report (how the roster was read).
    mutating func note(_ text: @autoclosure () -> String) {
        if enabled { report += "timing: \(text())\n" }
    }

    mutating func phase<T, E: Error>(_ name: String, _ body: () throws(E) -> T) throws(E) -> T {
        if showsProgress, let progress, let words = Self.phaseWords[name] {
            progress("\rvagttjek: \(language == .da ? words.da : words.en) …")
        }
        defer { if showsProgress, let progress { progress("\r\u{1B}[K") } }
        guard enabled else { return try body() }
        let clock = ContinuousClock()
        let start = clock.now, faults = Self.pageFaults()
        let value = try body()
        let d = clock.now - start
        let ms = Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
        report += "timing: \(name) \(Int(ms.rounded())) ms, \(Self.pageFaults() - faults) page faults\n"
        return value
    }

    /// The process's minor page faults so far: each fresh page costs one, about 2 µs on the
    /// benchmark machine (80 MB written fresh: 41 ms, 20,480 faults), so they are a phase's
    /// cost of touching new memory.
    static func pageFaults() -> Int {
        var usage = rusage()
        guard getrusage(RUSAGE_SELF.rawValue, &usage) == 0 else { return 0 }
        return usage.ru_minflt
    }
}

/// A file written whole or not at all: the bytes go to a temporary file next to the target,
/// which is renamed over it only when every write succeeded. An interrupted or failed run
/// leaves the previous file (or none), never half of one. A target that exists and is not a
/// regular file (`/dev/null`, a pipe) is written directly: renaming over it would replace it.
struct OutputFile {
    let path: String
    /// The temporary file, or nil when writing the target directly.
    let temporary: String?
    let file: UnsafeMutablePointer<FILE>
    private(set) var failed = false

    /// Opens the temporary file; nil when the folder cannot be written.
    init?(path: String) {
        var info = stat()
        if stat(path, &info) == 0 && (info.st_mode & S_IFMT) != S_IFREG {
            guard let file = fopen(path, "wb") else { return nil }
            self.path = path
            self.temporary = nil
            self.file = file
            return
        }
        var folder = ".", name = path
        if let slash = path.lastIndex(of: "/") {
            folder = slash == path.startIndex ? "/" : String(path[..<slash])
            name = String(path[path.index(after: slash)...])
        }
        let temporary = "\(folder)/.\(name).vagttjek-\(getpid()).tmp"
        guard !name.isEmpty else { return nil }
        Self.removeAbandoned(folder: folder, name: name)
        // The handler first: a signal between creating the file and installing the handler left
        // the file behind (ProcessReliabilityTests caught it). Unlinking a file not yet made is
        // harmless.
        Self.removeOnInterrupt(temporary)
        guard let file = fopen(temporary, "wb") else { return nil }
        self.path = path
        self.temporary = temporary
        self.file = file
    }

    /// Removes the temporary files an earlier run left beside this target when it was killed
    /// (SIGKILL cannot be caught): `.NAME.vagttjek-PID.tmp` whose process no longer runs.
    static func removeAbandoned(folder: String, name: String) {
        guard let dir = opendir(folder) else { return }
        defer { closedir(dir) }
        let prefix = ".\(name).vagttjek-", suffix = ".tmp"
        while let entry = readdir(dir) {
            let file = withUnsafePointer(to: entry.pointee.d_name) { $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) } }
            guard file.hasPrefix(prefix), file.hasSuffix(suffix) else { continue }
            guard let pid = Int32(file.dropFirst(prefix.count).dropLast(suffix.count)), pid > 0, pid != getpid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { unlink("\(folder)/\(file)") }
        }
    }

    /// The temporary file being written, as a C string for the signal handler.
    nonisolated(unsafe) private static var pending: UnsafeMutablePointer<CChar>?

    /// Ctrl-C or a kill while a report is written removes its temporary file (`unlink` is safe
    /// in a handler), then ends the process as the signal would have.
    private static func removeOnInterrupt(_ temporary: String) {
        // The new name is in place before the old one is freed: a signal sees one or the other.
        let old = pending
        pending = strdup(temporary)
        free(old)
        for sig in [SIGINT, SIGTERM, SIGHUP] {
            signal(sig) { number in
                if let p = OutputFile.pending { unlink(p) }
                signal(number, SIG_DFL)
                raise(number)
            }
        }
    }

    mutating func write(_ piece: UnsafeBufferPointer<UInt8>) {
        if !piece.isEmpty && fwrite(piece.baseAddress, 1, piece.count, file) != piece.count { failed = true }
    }

    /// Closes the temporary file and renames it over the target; false (and the temporary file
    /// removed) when a write, the close or the rename failed.
    consuming func commit() -> Bool {
        let closed = fclose(file) == 0
        guard let temporary else { return closed && !failed }
        defer {
            // Cleared before it is freed, so a late signal never reads freed memory.
            let name = OutputFile.pending
            OutputFile.pending = nil
            free(name)
        }
        if failed || !closed || rename(temporary, path) != 0 {
            unlink(temporary)
            return false
        }
        return true
    }

    static func write(bytes: [UInt8], to path: String) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in write(to: path) { sink in sink(buffer) } }
    }

    /// Writes the pieces `body` hands to its sink, in order, whole or not at all; false when the
    /// file cannot be written.
    static func write(to path: String, _ body: ((UnsafeBufferPointer<UInt8>) -> Void) -> Void) -> Bool {
        guard var output = OutputFile(path: path) else { return false }
        body { piece in output.write(piece) }
        return output.commit()
    }

    /// The device and inode of an existing file, to tell whether two paths are the same file;
    /// for `-`, standard input's file when it is one (`< roster.csv`).
    static func identity(_ path: String) -> (UInt64, UInt64)? {
        var info = stat()
        if path == "-" {
            guard fstat(0, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        } else {
            guard stat(path, &info) == 0 else { return nil }
        }
        return (UInt64(info.st_dev), UInt64(info.st_ino))
    }
}

/// A report or file that could not be written (a full disk, a closed pipe): exit 74, as
/// sysexits' EX_IOERR, with a sentence that says where.
struct OutputError: Error {
    let message: LocalizedText
    init(da: String, en: String) { message = LocalizedText(da: da, en: en) }
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
