/// One sheet of an `.xlsx` as the text the roster reader reads (`XLSXWorkbook`): `;` between
/// cells, row r on line r, every row padded to the sheet's last used column; a cell's line
/// breaks become spaces (a line is a row). Where each cell went is kept, so an error's line and
/// column name the cell again (`cell(line:column:)`).
public struct XLSXSheet {
    public let name: String
    public internal(set) var text: [UInt8] = []
    /// The byte offset of each line's start (line 1 first).
    var lineStarts: [Int] = []

    /// The cell of a line and a character column of `text`: `Marts!C7`, or `Marts!7` without a column.
    public func cell(line: Int, column: Int?) -> String {
        guard let column, line >= 1, line <= lineStarts.count else { return "\(name)!\(line)" }
        // Count the fields before the character column (UTF-8 continuation bytes are not characters).
        var i = lineStarts[line - 1], characters = 1, field = 0, quoted = false
        while i < text.count && text[i] != 0x0A && characters < column {
            let b = text[i]
            if b == 0x22 { quoted.toggle() } else if b == 0x3B && !quoted { field += 1 }
            if b & 0xC0 != 0x80 { characters += 1 }
            i += 1
        }
        return "\(name)!\(Self.columnName(field))\(line)"
    }

    /// `A`, `B`, … `Z`, `AA`, … for a 0-based column.
    static func columnName(_ index: Int) -> String {
        var n = index + 1, s = ""
        while n > 0 {
            let r = (n - 1) % 26
            s = String(UnicodeScalar(UInt8(65 + r))) + s
            n = (n - 1) / 26
        }
        return s
    }

    /// The 0-based column of a reference's letters (`C7` → 2), and its row; nil when malformed.
    static func reference(_ text: String) -> (column: Int, row: Int)? {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { reference(UnsafeBufferPointer($0), 0..<$0.count) }
    }

    /// The 0-based column of a reference's letters (`C7` → 2); -1 when malformed. The row is
    /// the `<row>`'s (a cell of another row is out of order, which the caller catches).
    @inline(__always)
    static func column(_ buf: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var column = 0, i = range.lowerBound
        while i < range.upperBound && i - range.lowerBound < 3, buf[i] >= 0x41, buf[i] <= 0x5A {
            column = column * 26 + Int(buf[i] - 0x40)
            i += 1
        }
        guard i > range.lowerBound, i < range.upperBound, buf[i] >= 0x30, buf[i] <= 0x39 else { return -1 }
        return column - 1
    }

    static func reference(_ buf: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (column: Int, row: Int)? {
        var column = 0, row = 0, letters = 0, digits = 0
        for b in buf[range] {
            if b >= 0x41 && b <= 0x5A && digits == 0 {
                column = column * 26 + Int(b - 0x40)
                letters += 1
            } else if b >= 0x30 && b <= 0x39 {
                row = row * 10 + Int(b - 0x30)
                digits += 1
            } else {
                return nil
            }
            if letters > 3 || digits > 7 { return nil }
        }
        guard letters > 0, digits > 0, column <= 16_384, row >= 1 else { return nil }
        return (column - 1, row)
    }
}

extension XLSXWorkbook {
    /// The sheet named `name` (without regard to case), or the first; an error naming the
    /// sheets when there is no such sheet.
    public func sheet(_ name: String?, jobs: Int = 0) throws(InputFailure) -> XLSXSheet {
        guard !sheets.isEmpty else {
            throw InputFailure([InputError(file: file, da: "arbejdsbogen har ingen ark", en: "the workbook has no sheets")])
        }
        var chosen = sheets[0]
        if let name {
            guard let s = sheets.first(where: { $0.name == name }) ?? sheets.first(where: { $0.name.lowercased() == name.lowercased() }) else {
                let list = sheets.map { "«\(shown($0.name))»" }.joined(separator: ", ")
                throw InputFailure(
                    [InputError(file: file, da: "arbejdsbogen har intet ark «\(shown(name))»; den har \(list)", en: "the workbook has no sheet «\(shown(name))»; it has \(list)")],
                    isUsage: true)
            }
            chosen = s
        }
        guard let entry = zip.entry(chosen.part) else {
            throw InputFailure([InputError(
                file: file, da: "arbejdsbogen mangler delen \(chosen.part); er filen gemt af Excel som .xlsx?",
                en: "the workbook lacks the part \(chosen.part); was the file saved by Excel as .xlsx?")])
        }
        // The sheet's XML is converted as it is inflated, a few megabytes at a time: a sheet at
        // Excel's row limit (183 MB of XML) is never whole in memory.
        // Inflating and converting run on two cores, one piece apart (`Parallel.pipeline`).
        let box = StreamBox(SheetStream(book: self, name: chosen.name))
        box.stream.w.out.reserveCapacity(entry.size / 3)  // the text is about a quarter of the XML
        let zip = self.zip, limit = partLimit
        do {
            try Parallel.pipeline(serial: jobs == 1 || System.activeProcessorCount == 1) { (emit) throws(ZipArchive.Failure) in
                try zip.read(entry, limit: limit, sink: emit)
            } consume: { piece in
                piece.withUnsafeBufferPointer { box.stream.feed($0) }
            }
        } catch {
            throw InputFailure([Self.error(error, file, partLimit: partLimit)])
        }
        box.stream.finish()
        if let failure = box.stream.failure { throw InputFailure([failure]) }
        var sheet = XLSXSheet(name: chosen.name)
        sheet.text = box.stream.w.out
        sheet.lineStarts = box.stream.w.starts
        return sheet
    }
}

/// The stream the converting thread feeds (`Parallel.pipeline` touches it from one thread at a
/// time, and this one reads it only after the pipeline returned).
final class StreamBox: @unchecked Sendable {
    var stream: SheetStream
    init(_ stream: SheetStream) { self.stream = stream }
}

/// A sheet's XML converted piece by piece as it is inflated (`XLSXWorkbook.sheet`): each piece is
/// read up to its last complete row; the rest waits for the next piece.
///
/// Shaped for speed (`Benchmarks/XLSXBenchmarks.swift`; a sheet at Excel's row limit): the XML is
/// walked as bytes, a cell's attributes read in one pass without strings, and numbers, shared
/// strings and dates written straight into the text (a `String` per cell cost 29,000
/// instructions a row). Cells come in column order within a row, so the delimiters before a cell
/// are written when it is.
struct SheetStream {
    let book: XLSXWorkbook
    let name: String
    var w: CellWriter
    var row = 0
    var failure: InputError?
    /// What arrived after the last complete row.
    var pending: [UInt8] = []

    init(book: XLSXWorkbook, name: String) {
        self.book = book
        self.name = name
        w = CellWriter(book: book)
    }

    mutating func feed(_ piece: UnsafeBufferPointer<UInt8>) {
        guard failure == nil else { return }
        var p = pending
        pending = []
        p.append(contentsOf: piece)
        guard let end = Self.lastRowEnd(p) else {
            pending = p
            return
        }
        p.withUnsafeBufferPointer { process(UnsafeBufferPointer(rebasing: $0[..<end])) }
        pending = Array(p[end...])
    }

    mutating func finish() {
        let p = pending
        pending = []
        if failure == nil { p.withUnsafeBufferPointer { process($0) } }
        w.pad()
    }

    /// Just after the last `</row>` (or `</x:row>`), or nil.
    static func lastRowEnd(_ p: [UInt8]) -> Int? {
        var i = p.count - 4
        while i >= 2 {
            if p[i] == 0x72 && p[i + 1] == 0x6F && p[i + 2] == 0x77 && p[i + 3] == 0x3E && (p[i - 1] == 0x2F && p[i - 2] == 0x3C || p[i - 1] == 0x3A) {
                return i + 4
            }
            i -= 1
        }
        return nil
    }

    /// The tokens of whole rows (and what surrounds the sheet data).
    mutating func process(_ buf: UnsafeBufferPointer<UInt8>) {
        var x = XMLScanner(buf)
        var column = -1
        var style = 0, type = CellType.number
        var value: Range<Int>?, extraValue: [UInt8]?
        var inValue = false, inInline = false, inlineText: [UInt8] = []
        while let t = x.next() {
            switch t {
            case .start(let tag, let attributes, let empty):
                let n = tag.upperBound - tag.lowerBound
                if n == 1 && buf[tag.lowerBound] == 0x63 || x.named(tag, "c") {  // <c>
                    var at = column + 1
                    style = 0
                    type = .number
                    x.eachAttribute(in: attributes) { key, v in
                        guard key.count == 1 else { return }
                        switch buf[key.lowerBound] {
                        case 0x72: at = XLSXSheet.column(buf, v)  // r
                        case 0x73: style = XMLScanner.integer(buf, v) ?? 0  // s
                        case 0x74: type = CellType(buf, v)  // t
                        default: break
                        }
                    }
                    column = at
                    guard column >= 0, column < 16_384, column >= w.lastField else {
                        failure = book.cellError(name, "celle \(XLSXSheet.columnName(column))\(row)", "cell \(XLSXSheet.columnName(column))\(row)")
                        return
                    }
                    if Int64(row) * Int64(column + 1) > Int64(XLSXWorkbook.cellLimit) {
                        failure = InputError(
                            file: book.file, da: "arket «\(shown(name))» spænder over for mange celler (til \(XLSXSheet.columnName(column))\(row)); kopiér vagtplanen til et nyt ark og gem det",
                            en: "the sheet «\(shown(name))» spans too many cells (to \(XLSXSheet.columnName(column))\(row)); copy the roster to a new sheet and save it")
                        return
                    }
                    value = nil
                    extraValue = nil
                    inlineText.removeAll(keepingCapacity: true)
                } else if n == 1 && buf[tag.lowerBound] == 0x76 || x.named(tag, "v") {  // <v>
                    inValue = !empty
                } else if x.named(tag, "row") {
                    var r = row + 1
                    x.eachAttribute(in: attributes) { key, v in
                        if key.count == 1 && buf[key.lowerBound] == 0x72 { r = XMLScanner.integer(buf, v) ?? r }
                    }
                    guard r > row, r <= 1_048_576 else {
                        failure = book.cellError(name, "række \(r)", "row \(r)")
                        return
                    }
                    row = r
                    column = -1
                    w.beginRow(r)
                    if empty { w.endRow() }
                } else if x.named(tag, "is") {
                    inInline = !empty
                }
            case .end(let tag):
                let n = tag.upperBound - tag.lowerBound
                if n == 1 && buf[tag.lowerBound] == 0x76 || x.named(tag, "v") {
                    inValue = false
                } else if n == 1 && buf[tag.lowerBound] == 0x63 || x.named(tag, "c") {
                    if let extra = extraValue {
                        extra.withUnsafeBufferPointer { w.cell(column, type: type, style: style, value: $0, inline: inlineText) }
                    } else {
                        w.cell(column, type: type, style: style, value: value.map { UnsafeBufferPointer(rebasing: buf[$0]) } ?? UnsafeBufferPointer(start: nil, count: 0), inline: inlineText)
                    }
                } else if x.named(tag, "row") {
                    w.endRow()
                } else if x.named(tag, "is") {
                    inInline = false
                }
            case .text(let range):
                if inValue {
                    // A value in two pieces (a comment between them) is joined.
                    if let v = value { extraValue = (extraValue ?? Array(buf[v])) + Array(buf[range]) } else { value = range }
                } else if inInline {
                    inlineText += XMLScanner.decode(UnsafeBufferPointer(rebasing: buf[range]))
                }
            }
        }
    }
}

extension XLSXWorkbook {
    func cellError(_ sheet: String, _ da: String, _ en: String) -> InputError {
        InputError(file: file, da: "arket «\(shown(sheet))» er beskadiget ved \(da) (rækker og celler i forkert orden)", en: "the sheet «\(shown(sheet))» is damaged at \(en) (rows and cells out of order)")
    }
}
