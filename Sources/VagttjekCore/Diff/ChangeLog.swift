#if canImport(Glibc)
import Glibc
#endif

/// When the changes in an actual roster were announced: the `changed_on` (`ændret`) column of
/// the file `vagttjek diff` compares with the plan (README «Plan versus reality»), by the line of each row.
///
/// Read apart from the shifts (a second, plain pass over the file: `diff` is not on the batch
/// path), so the roster reader and its fast paths stay as they are. A cell may be empty (the
/// row was not changed, or nobody wrote down when); any other value must be a date and time
/// (`2026-03-06 14:00`) or a date (`2026-03-06`, taken as the start of that day, which gives the
/// change the most notice its date allows). Every unreadable value is an error naming the file,
/// line, column, value and the forms expected; none is dropped.
public struct ChangeLog: Sendable {
    /// The instant each row's change was announced, by the row's line.
    public private(set) var announced: [Int: Minute] = [:]
    /// Whether the file has the column at all.
    public private(set) var hasColumn = false

    public init() {}

    /// Reads the column from `path`; a file without it gives an empty log.
    public static func read(path: String, mapping: [RosterReader.Column: String] = [:]) throws(InputFailure) -> ChangeLog {
        // Shaped for speed: the header is looked for in the file's first megabyte, and the whole
        // file is read again only when it has the column (a 10,000-staff year is 116 MB).
        if path != "-" {
            let fd = open(path, O_RDONLY)
            if fd >= 0 {
                defer { close(fd) }
                // Whole lines only: a character cut in two would make the text look like Windows-1252.
                if let head = TextFile.pread(fd: fd, from: 0, count: 1 << 20),
                    let lines = head.count < 1 << 20 ? head[...] : head.lastIndex(of: 0x0A).map({ head[...$0] }),
                    let bytes = try? TextEncoding.normalise(Array(lines), file: path).bytes,
                    let header = try? RosterReader(mapping: mapping).header(bytes: bytes, file: path),
                    header.columns[.changedOn] == nil
                {
                    return ChangeLog()
                }
            }
        }
        let raw: [UInt8]
        do { raw = try TextFile.read(path: path) } catch { throw InputFailure([error]) }
        let bytes: [UInt8]
        do { bytes = try TextEncoding.normalise(raw, file: path).bytes } catch { throw InputFailure([error]) }
        return try parse(bytes: bytes, file: path, mapping: mapping)
    }

    /// The same for bytes already read.
    public static func parse(bytes: [UInt8], file: String, mapping: [RosterReader.Column: String] = [:]) throws(InputFailure) -> ChangeLog {
        var log = ChangeLog()
        let reader = RosterReader(mapping: mapping)
        let header = try reader.header(bytes: bytes, file: file)
        guard let column = header.columns[.changedOn] else { return log }
        log.hasColumn = true
        var scanner = header.scanner
        var record = CSVScanner.Record()
        var errors: [InputError] = []
        while scanner.next(into: &record) {
            guard column < record.count else { continue }  // the roster reader names short rows
            let cell = scanner.field(record, column)
            var from = cell.startIndex, to = cell.endIndex
            while from < to && (cell[from] == 0x20 || cell[from] == 0x09) { from += 1 }
            while to > from && (cell[to - 1] == 0x20 || cell[to - 1] == 0x09) { to -= 1 }
            if from == to { continue }
            let value = cell[from..<to]
            let text = String(decoding: value, as: UTF8.self)
            if let day = TimestampParser.parseDate(text) {
                log.announced[record.line] = Copenhagen.midnight(day)
                continue
            }
            switch TimestampParser.parse(value) {
            case .success(let reading):
                let instant: Minute?
                if let offset = reading.offset {
                    instant = reading.local - offset
                } else if case .unique(let i) = Copenhagen.resolve(local: reading.local) {
                    instant = i
                } else if case .ambiguous(let first, _) = Copenhagen.resolve(local: reading.local) {
                    instant = first  // the earlier of the two: the more notice, never less
                } else {
                    instant = nil
                }
                if let instant {
                    log.announced[record.line] = instant
                } else {
                    errors.append(InputError(
                        file: file, line: record.line, column: scanner.characterColumn(record, column),
                        da: "ændret «\(shown(text))» findes ikke i dansk tid (sommertiden springer den time over)",
                        en: "changed_on «\(shown(text))» does not exist in Danish time (summer time skips that hour)"))
                }
            case .failure(let failure):
                let why = TimestampParser.explain(failure, value: text)
                errors.append(InputError(
                    file: file, line: record.line, column: scanner.characterColumn(record, column),
                    da: "ændret: \(why.da)", en: "changed_on: \(why.en)"))
            }
        }
        if !errors.isEmpty { throw InputFailure(errors) }
        return log
    }
}
