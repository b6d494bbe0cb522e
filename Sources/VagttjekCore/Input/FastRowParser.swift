/// The fast path of the roster reader, a type of its own: rows split by prediction and cells
/// decoded from bytes. Shaped for speed (most rows of a real export repeat the previous row's
/// shape). Its interface to the general parser is narrow: it appends shifts to a `RowParser`
/// and interns ids, labels and units through it, and for a row it cannot read exactly it
/// returns false (or reads no row) and changes nothing, and the general parser reads the row
/// and writes any error (the fast path never writes one). Measured by `compare.sh` and
/// `Benchmarks/`, parse; pinned against the general path by
/// `EngineTests.testFastAndGeneralPathsGiveTheSameRoster`.
struct FastRowReader {
    // Column positions (-1 when absent), as the parser's.
    let employeeColumn: Int, startColumn: Int, endColumn: Int, kindColumn: Int
    let labelColumn: Int, unitColumn: Int, breakColumn: Int, tagsColumn: Int, nameColumn: Int
    /// A date column makes start and end clock times (read by the general path only).
    let hasDateColumn: Bool
    /// Plain timestamps and the month cache.
    var clock = FastTimestamps()
    /// The kinds met, by their bytes.
    var kindWords = KindWords()

    init(
        employee: Int, start: Int, end: Int, kind: Int, label: Int, unit: Int, break breakColumn: Int, tags: Int, name: Int, hasDateColumn: Bool
    ) {
        (employeeColumn, startColumn, endColumn, kindColumn) = (employee, start, end, kind)
        (labelColumn, unitColumn, self.breakColumn, tagsColumn, nameColumn) = (label, unit, breakColumn, tags, name)
        self.hasDateColumn = hasDateColumn
    }

    /// A reader with no columns (a placeholder while the parser's own is in use).
    static let none = FastRowReader(employee: -1, start: -1, end: -1, kind: -1, label: -1, unit: -1, break: -1, tags: -1, name: -1, hasDateColumn: true)

    /// Splits the row at `lineStart` by prediction: timestamp cells 16 bytes wide (and free of
    /// delimiters, quotes and line ends), every other cell the same bytes as in the previous row.
    /// Returns the start of the next line, or -1 when the prediction does not hold (the row is
    /// then split by scanning). The boundaries are the ones scanning would find. `readable`:
    /// the bytes at `raw` that may be loaded (past the rows to split).
    @inline(__always)
    static func predictFields(
        _ raw: UnsafeRawPointer, _ readable: Int, _ lineStart: Int, _ n: Int, _ fieldCount: Int, _ delimiter: UInt8, _ delimiters: UInt64,
        _ timestamps: UnsafeMutablePointer<Bool>, _ starts: UnsafeMutablePointer<Int>, _ ends: UnsafeMutablePointer<Int>,
        _ previousStarts: UnsafeMutablePointer<Int>, _ previousEnds: UnsafeMutablePointer<Int>
    ) -> Int {
        @inline(__always) func special(_ x: UInt64) -> Bool {
            SWAR.zeroBytes(x ^ delimiters) | SWAR.zeroBytes(x ^ 0x0A0A_0A0A_0A0A_0A0A) | SWAR.zeroBytes(x ^ 0x2222_2222_2222_2222) != 0
        }
        var p = lineStart
        var f = 0
        while true {
            let e: Int
            if timestamps[f] {
                e = p + 16
                guard e <= n, !special(raw.loadUnaligned(fromByteOffset: p, as: UInt64.self)),
                    !special(raw.loadUnaligned(fromByteOffset: p + 8, as: UInt64.self))
                else { return -1 }
            } else {
                let ps = previousStarts[f]
                let length = previousEnds[f] - ps
                e = p + length
                guard e <= n else { return -1 }
                if length < 8 && p + 8 <= readable {
                    // A short cell (an id, a kind): one masked 8-byte compare.
                    let mask = (UInt64(1) << UInt64(length * 8)) &- 1
                    let x = raw.loadUnaligned(fromByteOffset: p, as: UInt64.self)
                    let y = raw.loadUnaligned(fromByteOffset: ps, as: UInt64.self)
                    guard (x ^ y) & mask == 0 else { return -1 }
                } else {
                    guard sameBytes(raw, p, ps, length) else { return -1 }
                }
            }
            starts[f] = p
            ends[f] = e
            f += 1
            if f < fieldCount {
                guard e < n, raw.load(fromByteOffset: e, as: UInt8.self) == delimiter else { return -1 }
                p = e + 1
                continue
            }
            if e == n { return e > p && raw.load(fromByteOffset: e - 1, as: UInt8.self) == 0x0D ? -1 : n }
            let b = raw.load(fromByteOffset: e, as: UInt8.self)
            if b == 0x0A { return e + 1 }
            if b == 0x0D {
                if e + 1 == n { return n }
                if raw.load(fromByteOffset: e + 1, as: UInt8.self) == 0x0A { return e + 2 }
            }
            return -1
        }
    }

    /// How `repeatRun` reads one cell of a row: a timestamp, or the bytes of the cell before
    /// (`reference`, `length`; a cell under 8 bytes as one masked word).
    struct RunCell {
        enum Kind: UInt8 { case start, end, short, long }
        var kind: Kind = .long
        var reference = 0, length = 0
        var mask: UInt64 = 0, word: UInt64 = 0

        /// A repeated cell: the bytes of `[reference, reference + length)` of `raw`.
        static func repeated(_ raw: UnsafeRawPointer, _ readable: Int, _ reference: Int, _ length: Int) -> RunCell {
            var c = RunCell(kind: .long, reference: reference, length: length)
            if length < 8 && reference + 8 <= readable {
                c.kind = .short
                c.mask = (UInt64(1) << UInt64(length * 8)) &- 1
                c.word = raw.loadUnaligned(fromByteOffset: reference, as: UInt64.self) & c.mask
            }
            return c
        }
    }

    /// Reads, from `lineStart` on, the rows that repeat the previous row but for their start and
    /// end, and perhaps their kind or employee (one employee's shifts, row after row: the usual
    /// export; or rows in any order), exactly as `predictFields` with `repeatRow` or `fastRow`
    /// read them one at a time. A changed kind is taken only when its cell is plain printable
    /// ASCII of a kind met before; a changed employee when its cell is plain printable ASCII and
    /// the roster has no name column (interned once the row is read: a row in error interns
    /// nothing).
    /// Returns where the rows read end and how many were read; 0 rows when the row at
    /// `lineStart` is not such a row (it then goes the way of `predictFields`, and nothing is
    /// changed). The previous row was read by the fast path, so its shift is the last one;
    /// `previousStarts`/`previousEnds` are its cells (a changed kind cell moves the kind's).
    ///
    /// Shaped for speed (callgrind, 1,000-staff anchor roster, whole check: 471 M instructions
    /// row by row, 416 M with runs taking changed kinds, 389 M with the cell plans and the
    /// timestamps read in place): how each cell is
    /// read is worked out once per run (`cells`: a repeated cell under 8 bytes is one masked
    /// word compare); a timestamp is read in place as `plainInstant` reads it, sixteen digits
    /// and separators, so it is not scanned for delimiters, quotes or line ends again; the
    /// shifts are gathered in `block` (`blockSize` rows) and appended a block at a time.
    @inline(never)
    mutating func repeatRun(
        _ raw: UnsafeRawPointer, _ buf: UnsafeBufferPointer<UInt8>, _ lineStart: Int, _ n: Int, _ firstLine: Int,
        _ fieldCount: Int, _ delimiter: UInt8, _ timestamps: UnsafeMutablePointer<Bool>,
        _ previousStarts: UnsafeMutablePointer<Int>, _ previousEnds: UnsafeMutablePointer<Int>,
        _ cells: UnsafeMutablePointer<RunCell>, _ block: UnsafeMutablePointer<Shift>, _ blockSize: Int,
        _ pending: RowParser.PendingIDs, into parser: inout RowParser
    ) -> (next: Int, rows: Int) {
        guard var template = parser.shifts.last, startColumn >= 0, endColumn >= 0 else { return (lineStart, 0) }
        // A changed employee cell that follows another (rows by date) waits in `pending` and is
        // looked up with the block's others when the block is full (`resolvePending`); its rows
        // hold `~p` for the `p`th waiting cell meanwhile, from the block's first waiting row
        // on. A change after a row of the same employee (rows by employee) is looked up at once,
        // as before (the waiting ones first, so ids are numbered in the order first met). Every
        // waiting cell can be interned: interning fails only past `Int32.max` employees, and each
        // cell adds at most one (the room, measured after each lookup).
        // `state`: the waiting cells, the block's first waiting row, the run's row whose employee
        // changed last, the room. Kept in memory, not in the row loop's registers: as local
        // variables they cost rows sorted by employee, which never use them, 15 instructions a row
        // (callgrind, the 1,000-staff anchor: 383.4 M instead of 380.0 M).
        let state = pending.state
        state[0] = 0
        state[1] = 0
        state[2] = -2
        state[3] = min(blockSize, Int(Int32.max) - 1 - parser.seededEmployees - parser.employeeIDs.count)
        let readable = buf.count
        for f in 0..<fieldCount {
            if timestamps[f] {
                cells[f] = RunCell(kind: f == startColumn ? .start : .end)
            } else {
                cells[f] = .repeated(raw, readable, previousStarts[f], previousEnds[f] - previousStarts[f])
            }
        }
        var month = clock.cachedMonth
        let days = clock.days
        let delimiters = SWAR.broadcast(delimiter)
        /// `plainInstant` on the 16 bytes at `p`, with the month cache in registers.
        @inline(__always) func instant(_ p: Int) -> Int? {
            let bytes = raw.loadUnaligned(fromByteOffset: p, as: UInt64.self)
            if bytes != month.bytes {
                guard clock.lookUpMonth(bytes, buf, p) else { return nil }
                month = clock.cachedMonth
            }
            let x = raw.loadUnaligned(fromByteOffset: p + 8, as: UInt64.self)
            return FastTimestamps.instant(dayAndTime: x, month, days)
        }
        var i = lineStart
        var rows = 0, inBlock = 0
        var line = firstLine
        rowLoop: while i < n {
            var p = i
            var f = 0
            var start = 0, end = 0
            var next = -1
            // A changed kind cell: its kind and place, taken when the row is read; a changed
            // employee cell's place.
            var newKind: (kind: ShiftKind, start: Int, end: Int)?
            var newEmployee: (start: Int, end: Int)?
            while true {
                let cell = cells[f]
                var e: Int
                switch cell.kind {
                case .start, .end:
                    e = p + 16
                    guard e <= n, let t = instant(p) else { break rowLoop }
                    if cell.kind == .start { start = t } else { end = t }
                case .short:
                    e = p + cell.length
                    if e > n || p + 8 > readable
                        || raw.loadUnaligned(fromByteOffset: p, as: UInt64.self) & cell.mask != cell.word
                    {
                        e = -1
                    }
                case .long:
                    e = p + cell.length
                    if e > n || !Self.sameBytes(raw, p, cell.reference, cell.length) { e = -1 }
                }
                if e < 0 {
                    // Another kind met before (the shifts of a month alternate between a few), or
                    // another employee (rows not grouped by employee; without a name column, whose
                    // cell would change too): the cell up to the next delimiter or line end, plain
                    // printable ASCII (so the row is as clean as the one before), a kind known to
                    // `kindWords`; the employee is interned once the whole row has been read.
                    let isKind = f == kindColumn
                    guard isKind || (f == employeeColumn && nameColumn < 0) else { break rowLoop }
                    let most = isKind ? 32 : 64
                    // Up to the first delimiter or line end (at most `most + 1` bytes, at most to
                    // `n`), eight bytes a step where eight can be read (shaped for speed: byte by
                    // byte this was 150 instructions a row of an export sorted by date). The first
                    // lane flagged decides: a stop ends the cell, any other byte that is not plain
                    // printable ASCII (a control byte, DEL, a quote, a byte of 0x80 or more) ends
                    // the run. Only the first flag is exact: a borrow of the below-0x20 test
                    // flags lanes after a byte below 0x20 only.
                    var k = p
                    let limit = min(n, p + most + 1)
                    cellScan: while k < limit {
                        if k + 8 <= readable {
                            let x = raw.loadUnaligned(fromByteOffset: k, as: UInt64.self)
                            let stops = SWAR.zeroBytes(x ^ delimiters) | SWAR.zeroBytes(x ^ 0x0A0A_0A0A_0A0A_0A0A)
                                | SWAR.zeroBytes(x ^ 0x0D0D_0D0D_0D0D_0D0D)
                            let bad = (x &- 0x2020_2020_2020_2020) & ~x & 0x8080_8080_8080_8080 | x & 0x8080_8080_8080_8080
                                | SWAR.zeroBytes(x ^ 0x7F7F_7F7F_7F7F_7F7F) | SWAR.zeroBytes(x ^ 0x2222_2222_2222_2222)
                            let flags = stops | bad
                            let lane = flags == 0 ? 8 : flags.trailingZeroBitCount >> 3
                            if lane >= limit - k {
                                k = limit
                                break cellScan
                            }
                            if lane < 8 {
                                guard (stops >> UInt64(lane * 8 + 7)) & 1 != 0 else { break rowLoop }
                                k += lane
                                break cellScan
                            }
                            k += 8
                        } else {
                            let b = raw.load(fromByteOffset: k, as: UInt8.self)
                            if b == delimiter || b == 0x0A || b == 0x0D { break cellScan }
                            guard b >= 0x20 && b < 0x7F && b != 0x22 else { break rowLoop }
                            k += 1
                        }
                    }
                    guard k > p, k - p <= most, !Self.isPadding(raw.load(fromByteOffset: p, as: UInt8.self)),
                        !Self.isPadding(raw.load(fromByteOffset: k - 1, as: UInt8.self))
                    else { break rowLoop }
                    if isKind {
                        guard let kind = kindWords.kind(for: UnsafeBufferPointer(rebasing: buf[p..<k])) else { break rowLoop }
                        newKind = (kind, p, k)
                    } else {
                        newEmployee = (p, k)
                    }
                    e = k
                }
                f += 1
                if f < fieldCount {
                    guard e < n, raw.load(fromByteOffset: e, as: UInt8.self) == delimiter else { break rowLoop }
                    p = e + 1
                    continue
                }
                if e == n {
                    guard !(e > p && raw.load(fromByteOffset: e - 1, as: UInt8.self) == 0x0D) else { break rowLoop }
                    next = n
                } else {
                    let b = raw.load(fromByteOffset: e, as: UInt8.self)
                    if b == 0x0A {
                        next = e + 1
                    } else if b == 0x0D && e + 1 == n {
                        next = n
                    } else if b == 0x0D && raw.load(fromByteOffset: e + 1, as: UInt8.self) == 0x0A {
                        next = e + 2
                    } else {
                        break rowLoop
                    }
                }
                break
            }
            guard end > start else { break }
            if let (from, to) = newEmployee {
                let waiting = state[0]
                if state[2] == rows - 1 && waiting < state[3] {
                    if waiting == 0 { state[1] = inBlock }
                    pending.keys[2 * waiting] = from
                    pending.keys[2 * waiting + 1] = to
                    template.employee = ~Int32(truncatingIfNeeded: waiting)
                    state[0] = waiting + 1
                } else {
                    if waiting > 0 {
                        parser.resolvePending(buf, pending, waiting, block, state[1], inBlock, &template)
                        state[0] = 0
                    }
                    guard let index = parser.internEmployee(UnsafeBufferPointer(rebasing: buf[from..<to])) else { break }
                    template.employee = index
                    state[3] = min(blockSize, Int(Int32.max) - 1 - parser.seededEmployees - parser.employeeIDs.count)
                }
                state[2] = rows
                previousStarts[employeeColumn] = from
                previousEnds[employeeColumn] = to
                cells[employeeColumn] = .repeated(raw, readable, from, to - from)
            }
            if let newKind {
                template.kind = newKind.kind
                // Later rows are compared with this row's kind cell.
                previousStarts[kindColumn] = newKind.start
                previousEnds[kindColumn] = newKind.end
                cells[kindColumn] = .repeated(raw, readable, newKind.start, newKind.end - newKind.start)
            }
            template.start = Int32(start)
            template.end = Int32(end)
            template.line = Int32(line)
            block[inBlock] = template
            inBlock += 1
            if inBlock == blockSize {
                if state[0] > 0 {
                    parser.resolvePending(buf, pending, state[0], block, state[1], inBlock, &template)
                    state[0] = 0
                    state[3] = min(blockSize, Int(Int32.max) - 1 - parser.seededEmployees - parser.employeeIDs.count)
                }
                parser.shifts.append(contentsOf: UnsafeBufferPointer(start: block, count: inBlock))
                inBlock = 0
            }
            rows += 1
            line += 1
            i = next
        }
        if state[0] > 0 { parser.resolvePending(buf, pending, state[0], block, state[1], inBlock, &template) }
        if inBlock > 0 { parser.shifts.append(contentsOf: UnsafeBufferPointer(start: block, count: inBlock)) }
        return (i, rows)
    }

    /// Whether `length` bytes at `a` and at `b` are the same. Eight bytes per step.
    @inline(__always)
    static func sameBytes(_ raw: UnsafeRawPointer, _ a: Int, _ b: Int, _ length: Int) -> Bool {
        var k = 0
        while k + 8 <= length {
            if raw.loadUnaligned(fromByteOffset: a + k, as: UInt64.self) != raw.loadUnaligned(fromByteOffset: b + k, as: UInt64.self) {
                return false
            }
            k += 8
        }
        while k < length {
            if raw.load(fromByteOffset: a + k, as: UInt8.self) != raw.load(fromByteOffset: b + k, as: UInt8.self) { return false }
            k += 1
        }
        return true
    }

    /// The position of the next delimiter, line feed or quote at or after `i`, or `n`.
    /// Shaped for speed: eight bytes per step, with an exact zero-byte test on each pattern.
    @inline(__always)
    static func nextSpecial(_ raw: UnsafeRawPointer, _ i: Int, _ n: Int, _ delimiters: UInt64) -> Int {
        let delimiter = UInt8(truncatingIfNeeded: delimiters)
        var k = i
        while k + 8 <= n {
            let x = raw.loadUnaligned(fromByteOffset: k, as: UInt64.self)
            let m = SWAR.zeroBytes(x ^ delimiters) | SWAR.zeroBytes(x ^ 0x0A0A_0A0A_0A0A_0A0A) | SWAR.zeroBytes(x ^ 0x2222_2222_2222_2222)
            if m != 0 { return k + (UInt64(littleEndian: m).trailingZeroBitCount >> 3) }
            k += 8
        }
        while k < n {
            let b = raw.load(fromByteOffset: k, as: UInt8.self)
            if b == delimiter || b == 0x0A || b == 0x22 { return k }
            k += 1
        }
        return n
    }

    /// Reads a row whose cells other than start and end hold the same bytes as the previous
    /// row's, which `fastRow` (or this) read: the previous shift with new times. False when the
    /// times are not plain (nothing is changed then).
    @inline(__always)
    mutating func repeatRow(
        _ buf: UnsafeBufferPointer<UInt8>, _ starts: UnsafeMutablePointer<Int>, _ ends: UnsafeMutablePointer<Int>, _ line: Int,
        into parser: inout RowParser
    ) -> Bool {
        guard let previous = parser.shifts.last, let start = clock.plainInstant(buf, starts[startColumn], ends[startColumn]),
            let end = clock.plainInstant(buf, starts[endColumn], ends[endColumn]), end > start
        else { return false }
        var shift = previous
        shift.start = Int32(start)
        shift.end = Int32(end)
        shift.line = Int32(line)
        parser.shifts.append(shift)
        return true
    }

    /// A byte the general path trims from a cell (`trimmed`): a cell that starts or ends with one
    /// goes to the general path, so both read the same value.
    @inline(__always) static func isPadding(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }

    /// Reads one plain row; false to leave it to the general path (nothing is changed then).
    @inline(__always)
    mutating func fastRow(
        _ buf: UnsafeBufferPointer<UInt8>, _ starts: UnsafeMutablePointer<Int>, _ ends: UnsafeMutablePointer<Int>, _ line: Int, _ last: inout FastCache,
        into parser: inout RowParser
    ) -> Bool {
        if tagsColumn >= 0 && ends[tagsColumn] > starts[tagsColumn] { return false }
        // A date column is checked (and makes clock times) by the general path only.
        if hasDateColumn { return false }
        guard let start = clock.plainInstant(buf, starts[startColumn], ends[startColumn]),
            let end = clock.plainInstant(buf, starts[endColumn], ends[endColumn]), end > start
        else { return false }
        var breakMinutes: UInt16 = 0
        if breakColumn >= 0 {
            var value = 0
            var k = starts[breakColumn]
            let e = ends[breakColumn]
            if e - k > 4 { return false }
            while k < e {
                let d = Int(buf[k]) &- 48
                if d < 0 || d > 9 { return false }
                value = value * 10 + d
                k += 1
            }
            // Longer than 1440 or than the shift: the general path says why.
            if value > 1440 || value > end - start { return false }
            breakMinutes = UInt16(value)
        }
        // Kind.
        var kind = ShiftKind.work
        if kindColumn >= 0 {
            let s = starts[kindColumn], e = ends[kindColumn]
            if Self.same(buf, s, e, last.kind.start, last.kind.end) {
                kind = last.kind.kind
            } else {
                if e > s && (Self.isPadding(buf[s]) || Self.isPadding(buf[e - 1])) { return false }
                let key = UnsafeBufferPointer(rebasing: buf[s..<e])
                if let k = kindWords.kind(for: key) {
                    kind = k
                } else {
                    guard let k = parser.kind(String(decoding: key, as: UTF8.self)) else { return false }
                    kindWords.insert(key, k)
                    kind = k
                }
                last.kind = (s, e, kind)
            }
        }
        // Employee.
        var employee: Int32
        let es = starts[employeeColumn], ee = ends[employeeColumn]
        if Self.same(buf, es, ee, last.employee.start, last.employee.end) {
            employee = last.employee.index
        } else {
            if ee == es || Self.isPadding(buf[es]) || Self.isPadding(buf[ee - 1]) { return false }
            let key = UnsafeBufferPointer(rebasing: buf[es..<ee])
            guard let e = parser.internEmployee(key) else { return false }
            employee = e
            last.employee = (es, ee, employee)
        }
        if nameColumn >= 0 && (Int(employee) >= parser.names.count || parser.names[Int(employee)] == nil) {
            parser.noteName(employee, UnsafeBufferPointer(rebasing: buf[starts[nameColumn]..<ends[nameColumn]]))
        }
        let label = Self.fastIntern(buf, labelColumn, starts, ends, &last.label, &parser.labelIndex, &parser.labels)
        let unit = Self.fastIntern(buf, unitColumn, starts, ends, &last.unit, &parser.unitIndex, &parser.units)
        guard label != -2 && unit != -2 else { return false }
        parser.shifts.append(
            Shift(
                employee: employee, start: Int32(start), end: Int32(end), kind: kind, label: label, unit: unit,
                line: Int32(line), breakMinutes: breakMinutes))
        return true
    }
}
