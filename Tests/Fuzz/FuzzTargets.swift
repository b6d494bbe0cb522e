// libFuzzer entry points for every parser of vagttjek, compiled together with the sources of
// VagttjekCore into one binary by `Tests/Fuzz/run.sh` (not part of the Swift package build).
// The target is chosen with VAGTTJEK_FUZZ_TARGET; each one must never crash, hang or leak on
// any bytes, and the roster target also compares the fast and the general row parser.

#if canImport(Glibc)
import Glibc
#endif

let target: String = {
    guard let raw = getenv("VAGTTJEK_FUZZ_TARGET") else { return "roster" }
    return String(cString: raw)
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func vagttjekFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    switch target {
    case "roster": fuzzRoster(bytes)
    case "employees": _ = try? EmployeeDirectory.parse(bytes: bytes, file: "e.csv", redact: size % 2 == 0)
    case "agreement": fuzzAgreement(bytes)
    case "policy": _ = try? Policy.parse(bytes: bytes, file: "p.json")
    case "timestamp": fuzzTimestamp(bytes)
    case "columns": fuzzColumns(bytes)
    case "text": _ = try? TextEncoding.normalise(bytes, file: "t.csv")
    case "survey": fuzzSurvey(bytes, size)
    case "diff": fuzzDiff(bytes)
    case "inflate": _ = bytes.withUnsafeBufferPointer { try? Inflate.inflate($0, expected: size * 4, limit: 1 << 20) }
    case "zip": fuzzZip(bytes)
    case "sheet": fuzzSheet(bytes)
    default: fatalError("unknown VAGTTJEK_FUZZ_TARGET \(target)")  // the harness's own misuse, not user input
    }
    return 0
}

/// An agreement: read for `check` and leniently for `vagttjek agreement`, whose checklist and
/// reports must handle whatever the lenient reader accepts; a lawful reading is also lenient.
func fuzzAgreement(_ bytes: [UInt8]) {
    let lawful = try? Agreement.parse(bytes: bytes, file: "a.json")
    guard let lenient = try? Agreement.parse(bytes: bytes, file: "a.json", lawful: false) else {
        if lawful != nil { fatalError("a lawful agreement was rejected by the lenient reader") }
        return
    }
    let today = CivilDate(year: 2026, month: 11, day: 29).dayNumber
    let reviews = [AgreementChecklist.review(lenient, on: today), AgreementChecklist.review(lenient, on: today + 400)]
    _ = AgreementReport.text(reviews, overlaps: AgreementChecklist.overlaps([lenient, lenient]), usage: nil, .da)
    _ = AgreementReport.json(reviews, overlaps: [], usage: nil, .en)
}

/// The roster: both row parsers must read the same roster from the same bytes, and the engine
/// must check whatever they read.
func fuzzRoster(_ raw: [UInt8]) {
    guard let text = try? TextEncoding.normalise(raw, file: "r.csv") else { return }
    let fast = try? RosterReader(jobs: 1).parse(bytes: text.bytes, file: "r.csv")
    var generalReader = RosterReader(jobs: 1)
    generalReader.generalOnly = true
    let general = try? generalReader.parse(bytes: text.bytes, file: "r.csv")
    if let fast, let general {
        if fast.roster.shifts != general.roster.shifts || fast.roster.employeeIDs != general.roster.employeeIDs
            || fast.errors != general.errors
        {
            fatalError("the fast and the general row parser disagree")  // a finding for the fuzzer
        }
        if fast.roster.shifts.count <= 200, let span = fast.roster.span, span.end - span.start < 400 * 1440 {
            let result = Checker().check(CheckInput(roster: fast.roster), jobs: 1)
            _ = ReportWriter.json(result, ReportOptions())
            _ = ReportWriter.text(result, ReportOptions())
            var html: [UInt8] = []
            ReportWriter.html(result, ReportOptions()) { html.append(contentsOf: $0) }
            // The page never refers outside itself, whatever the input.
            if html.withUnsafeBufferPointer({ b in (0..<max(0, b.count - 1)).contains { b[$0] == 0x2F && b[$0 + 1] == 0x2F } }) {
                fatalError("the HTML page holds \"//\"")
            }
            _ = AgreementUsage.measure(CheckInput(roster: fast.roster))
        }
    } else if (fast == nil) != (general == nil) {
        fatalError("one row parser refused the file and the other did not")
    }
}

/// A timestamp cell, and a date.
func fuzzTimestamp(_ raw: [UInt8]) {
    let s = String(decoding: raw, as: UTF8.self)
    _ = TimestampParser.parseDate(s)
    var csv = Array("employee,start,end\nE1,".utf8)
    csv += raw.filter { $0 != 0x0A && $0 != 0x0D && $0 != 0x2C && $0 != 0x22 }
    csv += Array(",2026-03-02 15:00\n".utf8)
    _ = try? RosterReader(jobs: 1).parse(bytes: csv, file: "t.csv")
}

/// A `--columns` mapping against a header: the first line of the input is the header, the
/// second the mapping `role=Header,…`.
func fuzzColumns(_ raw: [UInt8]) {
    let lines = raw.split(separator: 0x0A, maxSplits: 1, omittingEmptySubsequences: false)
    guard lines.count == 2 else { return }
    var mapping: [RosterReader.Column: String] = [:]
    for pair in String(decoding: lines[1], as: UTF8.self).split(separator: ",") {
        let kv = pair.split(separator: "=", maxSplits: 1).map(String.init)
        if kv.count == 2, let c = RosterReader.Column(rawValue: kv[0].lowercased()), !kv[1].isEmpty { mapping[c] = kv[1] }
    }
    let csv = Array(lines[0]) + Array("\nE1,2026-03-02 07:00,2026-03-02 15:00\n".utf8)
    _ = try? RosterReader(mapping: mapping, jobs: 1).parse(bytes: csv, file: "c.csv")
}

/// The survey reader, then its figures and both reports (any parsed survey must render).
func fuzzSurvey(_ bytes: [UInt8], _ size: Int) {
    guard let survey = try? Survey.parse(bytes: bytes, file: "s.csv") else { return }
    let r = survey.result(minGroup: 1 + size % 6, strictAnonymity: size % 2 == 0)
    _ = SurveyReport.text(r, before: r, .da)
    _ = SurveyReport.json(r, before: r)
}

/// `vagttjek diff` and `--wishes`: the input read as a wishes file; then as two rosters (its
/// lines before and after the middle one, each under the first line as header), the change log
/// of the second, the diff, the findings it created and its three reports, and the wishes
/// judged against the first roster.
func fuzzDiff(_ raw: [UInt8]) {
    let wishes = try? Wishes.parse(bytes: raw, file: "w.csv")
    guard let text = try? TextEncoding.normalise(raw, file: "d.csv") else { return }
    let lines = text.bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
    guard lines.count >= 3 else { return }
    let header = Array(lines[0]) + [0x0A]
    let middle = 1 + (lines.count - 1) / 2
    func join(_ part: ArraySlice<ArraySlice<UInt8>>) -> [UInt8] { header + part.flatMap { Array($0) + [0x0A] } }
    let plannedBytes = join(lines[1..<middle]), actualBytes = join(lines[middle...])
    guard let planned = try? RosterReader(jobs: 1).parse(bytes: plannedBytes, file: "p.csv"),
        let actual = try? RosterReader(jobs: 1).parse(bytes: actualBytes, file: "a.csv")
    else { return }
    let log = (try? ChangeLog.parse(bytes: actualBytes, file: "a.csv")) ?? ChangeLog()
    let diff = RosterDiff(planned: planned.roster, actual: actual.roster, log: log, changeNoticeDays: raw.count % 7)
    func small(_ r: Roster) -> Bool { r.shifts.count <= 200 && (r.span.map { $0.end - $0.start < 400 * 1440 } ?? true) }
    guard small(planned.roster), small(actual.roster) else { return }
    let p = Checker().check(CheckInput(roster: planned.roster, wishes: wishes), jobs: 1)
    let a = Checker().check(CheckInput(roster: actual.roster), jobs: 1)
    let (created, resolved) = RosterDiff.newFindings(planned: p, actual: a)
    let input = DiffReport.Input(diff: diff, planned: p, actual: a, created: created, resolved: resolved)
    _ = DiffReport.text(input, .da)
    _ = DiffReport.json(input, .en)
    _ = DiffReport.csv(input)
    if diff.total.tally(.unchanged).count + diff.items.filter({ $0.planned != nil }).count != planned.roster.shifts.count {
        fatalError("the diff lost or invented a planned row")  // a finding for the fuzzer
    }
}

/// A ZIP archive: its directory read, every entry read within a bound.
func fuzzZip(_ bytes: [UInt8]) {
    guard let zip = try? ZipArchive(bytes) else { return }
    for entry in zip.entries.prefix(16) { _ = try? zip.read(entry, limit: 1 << 20) }
}

/// A sheet's XML in a workbook with date and time styles, read as a roster (a grid or long).
func fuzzSheet(_ sheet: [UInt8]) {
    let styles = "<styleSheet><numFmts><numFmt numFmtId=\"164\" formatCode=\"dd-mm-yyyy hh:mm\"/></numFmts><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/><xf numFmtId=\"20\"/></cellXfs></styleSheet>"
    let workbook = ZipArchive.workbook(sheet: sheet, strings: ["medarbejder", "start", "slut", "D", "E1"], styles: styles, date1904: sheet.count % 2 == 0)
    guard let book = try? XLSXWorkbook(bytes: workbook, file: "f.xlsx"), let s = try? book.sheet(nil) else { return }
    _ = try? RosterReader().parse(bytes: s.text, file: "f.xlsx")
}
