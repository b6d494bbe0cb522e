
#if canImport(Glibc)
import Glibc
#endif

extension RosterReader {
    /// Reads a large regular file block by block, one block per core at a time, and keeps only
    /// the parsed rows: shaped for memory (DESIGN.md «Performance»: the whole Danish sector's rosters in ≤ 1.7 GiB)
    /// and speed (blocks mapped with `mmap`, checked and parsed on all cores, rows written
    /// straight to their place; see BENCHMARKS.md). Each block starts after a line end and runs
    /// to the first line end after its nominal end. Hands the file to the whole-file path, with the
    /// reason, on a header it cannot take as plain text, a quote (a quoted cell may hold a line
    /// break), bytes that are not UTF-8 (Windows-1252), classic Mac line ends, a line longer
    /// than the margin, a block that cannot be mapped, or too many labels or units.
    func readStreaming(fd: Int32, size: Int, file: String) throws(InputFailure) -> FastRead<Result> {
        let threads = max(1, jobs > 0 ? jobs : System.activeProcessorCount)
        // Blocks of `streamBlockBytes`, smaller for a file of a few blocks so every core gets work.
        let streamBlock = limits.streamBlockBytes
        let block = max(min(streamBlock, size / (2 * threads)), min(streamBlock, 1 << 20)), margin = 1 << 16
        // The header, from the file's first `margin` bytes, or from its first block when no line
        // ends in them (reading the whole first block for every file cost 3–5 ms of the
        // 10,000-staff anchor's read, measured with timestamps per piece).
        guard var head = TextFile.pread(fd: fd, from: 0, count: min(size, margin)) else { return .fallBack(.unreadableBlock) }
        if !head.contains(0x0A) && size > margin {
            guard let first = TextFile.pread(fd: fd, from: 0, count: min(size, block)) else { return .fallBack(.unreadableBlock) }
            head = first
        }
        let bom = head.count >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF ? 3 : 0
        guard let newline = head[bom...].firstIndex(of: 0x0A) else { return .fallBack(.longLine) }
        let headerBytes = Array(head[bom...newline])
        guard TextEncoding.isValidUTF8(headerBytes), !headerBytes.contains(0x22), !headerBytes.contains(0) else { return .fallBack(.headerNotPlain) }
        // A first line that is not the header (a title row, Excel's sep=;) is the whole-file
        // path's to find and say.
        guard let h = try? header(bytes: headerBytes, file: file) else { return .fallBack(.headerNotPlain) }
        let bodyStart = newline + 1
        // As many pieces as blocks, rounded up to a whole number of rounds, and as long as each
        // other: a last round of one piece would leave the other cores idle for a whole piece
        // (15 blocks of the 10,000-staff anchor on 2 cores: 8 rounds, the last one half idle).
        let body = size - bodyStart
        let pieces = max(1, ((body + block - 1) / block + threads - 1) / threads * threads)
        let pieceSize = max(1, (body + pieces - 1) / pieces)
        var merger = PieceMerger(scanner: h.scanner, file: file, columns: h.columns, headerCount: h.count, firstLine: h.scanner.line)
        var scan = TextEncoding.Scan()
        var fallBack: ReadFallback?
        // Every row read holds at least 35 bytes (two 16-byte timestamps, an id, two
        // delimiters), so this many rows always fit. Shaped for speed: the rows of each round
        // are written straight into their places by all cores, so the fresh pages are faulted
        // in on all cores too; untouched capacity costs address space only, no memory.
        let capacity = (size - bodyStart) / 35 + 2
        let shifts = [Shift](unsafeUninitializedCapacity: capacity) { buffer, initialized in
            initialized = 0
            guard let out = buffer.baseAddress else { fallBack = .unreadableBlock; return }
            var round = 0
            // Each core's rows of its piece, kept from round to round. Shaped for speed: a fresh
            // array per piece was a fresh mapping per piece, its pages faulted in anew each
            // round (page faults measured with /usr/bin/time).
            var scratch = [[Shift]](repeating: [], count: threads)
            while round * threads < pieces {
                let first = round * threads, count = min(threads, pieces - first)
                var results = [(parser: RowParser, scan: TextEncoding.Scan, valid: Bool)?](repeating: nil, count: count)
                // Each piece starts from the ids merged so far, so an id met in an earlier round
                // (every id, in an export sorted by date) is neither interned again by the piece
                // nor renumbered by the merger (which spent 9.5 ms on one core per 2.4 M rows).
                let seedIndex = merger.employeeIndex, seeded = merger.merged.employeeIDs.count
                var failures = [ReadFallback?](repeating: nil, count: count)
                results.withUnsafeMutableBufferPointer { out in
                  failures.withUnsafeMutableBufferPointer { failed in
                   scratch.withUnsafeMutableBufferPointer { kept in
                    let base = out.baseAddress!, failedBase = failed.baseAddress!, keptBase = kept.baseAddress!
                    let work = { (k: Int) in
                        let p = first + k
                        let nominalStart = bodyStart + p * pieceSize, nominalEnd = bodyStart + (p + 1) * pieceSize
                        let windowStart = p == 0 ? bodyStart : nominalStart - 1
                        let windowEnd = min(size, nominalEnd + margin)
                        guard let mapping = TextFile.map(fd: fd, from: windowStart, count: windowEnd - windowStart) else {
                            failedBase[k] = .unreadableBlock
                            return
                        }
                        defer { mapping.unmap() }
                        let window = mapping.bytes
                        // This piece: from the first line start at or after its nominal start to the
                        // first line start at or after its nominal end.
                        var from = 0
                        if p > 0 {
                            guard let nl = window.firstIndex(of: 0x0A) else { failedBase[k] = .longLine; return }
                            from = nl + 1
                        }
                        var to = window.count
                        if nominalEnd < size {
                            let search = nominalEnd - 1 - windowStart
                            guard search < window.count, let nl = window[max(from, search)...].firstIndex(of: 0x0A) else {
                                failedBase[k] = .longLine
                                return
                            }
                            to = nl + 1
                        }
                        var parser = RowParser(
                            scanner: CSVScanner(bytes: [], delimiter: h.scanner.delimiter), file: file, columns: h.columns,
                            headerCount: h.count, capacity: 0, kinds: kinds, codes: codes, monthFirst: monthFirst)
                        if seeded > 0 {
                            parser.seedIndex = seedIndex
                            parser.seededEmployees = seeded
                        }
                        swap(&parser.shifts, &keptBase[k])
                        parser.shifts.removeAll(keepingCapacity: true)
                        parser.shifts.reserveCapacity((to - from) / 40)
                        // The text is checked row by row as the rows are read (`RowParser.textScan`);
                        // rows read past bytes that are not UTF-8 are thrown away below.
                        parser.errorBudget = RowParser.pieceErrorBudget
                        parser.parseRows(in: window, from: from, to: to, line: 1, own: false)
                        let pieceScan = parser.textScan
                        let valid = pieceScan.ascii || TextEncoding.isValidUTF8(Array(window[from..<to]))
                        base[k] = (parser, pieceScan, valid)
                    }
                    Parallel.forEach(count, work)
                   }
                  }
                }
                var parsers: [RowParser] = []
                for (k, r) in results.enumerated() {
                    // Quotes, bytes that are not UTF-8 and classic Mac line ends are the whole-file path's.
                    guard let r else { fallBack = failures[k] ?? .unreadableBlock; return }
                    if let reason = FastRead<Result>.reason(r.parser, r.scan, valid: r.valid) { fallBack = reason; return }
                    scan.controls += r.scan.controls
                    scan.sawNUL = scan.sawNUL || r.scan.sawNUL
                    parsers.append(r.parser)
                }
                if scan.sawNUL { return }
                guard let maps = merger.renumbering(parsers) else { fallBack = .tooManyCodes; return }
                guard merger.count <= capacity else { fallBack = .unreadableBlock; return }
                PieceMerger.copy(parsers, maps, into: out, parallel: count > 1)
                for k in parsers.indices { swap(&scratch[k], &parsers[k].shifts) }
                initialized = merger.count
                round += 1
            }
        }
        if let fallBack { return .fallBack(fallBack) }
        do { try scan.checkIsText(size: size, file: file) } catch { throw InputFailure([error]) }
        var rows = merger.merged
        rows.shifts = shifts
        var result = try finish(&rows, header: h, file: file)
        result.strategy = .blocks
        return .read(result)
    }
}
