
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading input files as bytes and normalising their encoding (README «Inputs»).
///
/// Shaped for speed: the whole file is read with one `read` loop into one byte array; the
/// parsers then scan bytes and never build a `String` per field.
public enum TextFile {
    /// Reads a file (or standard input for `-`) into memory.
    public static func read(path: String, limits: ReadLimits = .standard) throws(InputError) -> [UInt8] {
        let maxInputBytes = limits.maxInputBytes
        if path == "-" { return try readAll(fd: 0, file: "-", limit: maxInputBytes) }
        var info = stat()
        if stat(path, &info) != 0 {
            throw InputError(
                file: path, da: "filen findes ikke (eller kan ikke læses)",
                en: "the file does not exist (or cannot be read)")
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            throw InputError(file: path, da: "er en mappe; forventede en fil", en: "is a directory; expected a file")
        }
        let fd = open(path, O_RDONLY)
        if fd < 0 {
            throw InputError(file: path, da: "filen kan ikke åbnes (adgang nægtet?)", en: "cannot open the file (permission denied?)")
        }
        defer { close(fd) }
        let size = Int(info.st_size)
        if size > maxInputBytes { throw tooLarge(path, maxInputBytes) }
        if (info.st_mode & S_IFMT) == S_IFREG && size > limits.parallelReadBytes {
            if let bytes = readInParallel(fd: fd, size: size) { return bytes }
        }
        return try readAll(fd: fd, sizeHint: size, file: path, limit: maxInputBytes)
    }

    static func tooLarge(_ path: String, _ maxInputBytes: Int) -> InputError {
        InputError(
            file: path, da: "er større end \(maxInputBytes >> 20) MiB, det største vagttjek læser; del filen op",
            en: "is larger than \(maxInputBytes >> 20) MiB, the most vagttjek reads; split the file")
    }

    /// An open regular file and its size, or nil (the caller then reports what is wrong).
    static func openRegular(path: String) -> (Int32, Int)? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        let fd = open(path, O_RDONLY)
        return fd < 0 ? nil : (fd, Int(info.st_size))
    }

    /// `count` bytes from `offset`, or nil on a short read.
    static func pread(fd: Int32, from offset: Int, count: Int) -> [UInt8]? {
        if count == 0 { return [] }
        var complete = true
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            guard let base = buffer.baseAddress else { return }
            var at = 0
            while at < count {
                let n = systemPread(fd, base + at, count - at, off_t(offset + at))
                if n <= 0 { complete = false; break }
                at += n
            }
            initialized = complete ? count : 0
        }
        return complete ? bytes : nil
    }

    /// Reads a large regular file with one `pread` per core into disjoint parts of one buffer, so
    /// the copying and the page faults of the fresh buffer are spread over the cores. Shaped for
    /// speed (see `Benchmarks/compare.sh`); nil when a read comes up short (the file changed).
    static func readInParallel(fd: Int32, size: Int) -> [UInt8]? {
        let pieces = max(2, System.activeProcessorCount * 2)
        var complete = true
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            guard let base = buffer.baseAddress else { return }
            let shortReads = UnsafeMutablePointer<Int>.allocate(capacity: pieces)
            shortReads.initialize(repeating: 0, count: pieces)
            defer { shortReads.deallocate() }
            Parallel.forEach(pieces) { p in
                let from = size * p / pieces, to = size * (p + 1) / pieces
                var at = from
                while at < to {
                    let n = systemPread(fd, base + at, to - at, off_t(at))
                    if n <= 0 { shortReads[p] = 1; return }
                    at += n
                }
            }
            complete = (0..<pieces).allSatisfy { shortReads[$0] == 0 }
            initialized = complete ? size : 0
        }
        return complete ? bytes : nil
    }

    /// Reads to the end of a file descriptor. Shaped for speed: one buffer of the file's size,
    /// filled by `read` without being zeroed first.
    /// Reads to the end of a file or stream, in growing chunks. A stream whose first chunk holds a
    /// NUL byte is not text and is read no further (`normalise` then says so); one longer than
    /// `maxInputBytes` (`ReadLimits`) is an error.
    static func readAll(fd: Int32, sizeHint: Int = 0, file: String, limit maxInputBytes: Int) throws(InputError) -> [UInt8] {
        var result: [UInt8] = []
        var capacity = max(sizeHint + 1, 1 << 16)
        while true {
            if result.count + capacity > maxInputBytes + 1 { capacity = maxInputBytes + 1 - result.count }
            if capacity <= 0 { throw tooLarge(file, maxInputBytes) }
            var count = 0
            let chunk = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
                guard let base = buffer.baseAddress else { return }
                while count < capacity {
                    let n = Glibc.read(fd, base + count, capacity - count)
                    if n <= 0 { break }
                    count += n
                }
                initialized = count
            }
            if result.isEmpty { result = chunk } else { result += chunk }
            if count < capacity { return result }
            if result.count > maxInputBytes { throw tooLarge(file, maxInputBytes) }
            if result.count == chunk.count && chunk.contains(0) { return result }  // binary: stop here
            capacity *= 2
        }
    }
}

extension TextFile {
    /// A read-only mapping of part of a file.
    struct Mapping {
        /// The bytes asked for.
        let bytes: UnsafeBufferPointer<UInt8>
        fileprivate let base: UnsafeMutableRawPointer
        fileprivate let length: Int

        /// Ends the mapping; `bytes` is invalid afterwards.
        func unmap() { _ = munmap(base, length) }
    }

    /// Maps `count` bytes of a file from `offset` (read-only, private), or nil.
    ///
    /// Shaped for speed: the roster's pages are read where the page cache holds them, with no
    /// copy into a fresh buffer (copying and faulting in that buffer were a fifth of a whole
    /// check, see BENCHMARKS.md). The file must not be truncated while it is mapped (a
    /// truncated page ends the process with SIGBUS); rosters are not written while checked.
    static func map(fd: Int32, from offset: Int, count: Int) -> Mapping? {
        guard count > 0 else { return nil }
        let page = System.pageSize
        let start = offset / page * page
        let length = offset - start + count
        guard let base = mmap(nil, length, PROT_READ, MAP_PRIVATE, fd, off_t(start)), base != MAP_FAILED else { return nil }
        let bytes = UnsafeBufferPointer(start: (base + (offset - start)).assumingMemoryBound(to: UInt8.self), count: count)
        return Mapping(bytes: bytes, base: base, length: length)
    }
}

/// The C library's `pread` (the name is taken by `TextFile.pread` inside the type).
@inline(__always)
func systemPread(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int, _ offset: off_t) -> Int {
    pread(fd, buffer, count, offset)
}
