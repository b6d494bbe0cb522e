import VagttjekCore  // not @testable: only what the library offers a caller
import XCTest

#if canImport(Glibc)
import Glibc
#endif

/// The core as another program calls it: files in, a result and a report out, using only the
/// public API that `CheckFiles`' doc comment shows.
final class PublicAPITests: XCTestCase {
    var folder = ""

    override func setUpWithError() throws {
        var template = Array("/tmp/vagttjek-api-XXXXXX".utf8CString)
        let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        folder = String(cString: try XCTUnwrap(made))
    }

    override func tearDown() {
        for name in ["plan.csv", "policy.json", "fejl.csv", "navne.csv", "ansatte.csv"] { unlink("\(folder)/\(name)") }
        rmdir(folder)
    }

    func write(_ name: String, _ text: String) -> String {
        let path = "\(folder)/\(name)"
        let f = fopen(path, "w")
        fputs(text, f)
        fclose(f)
        return path
    }

    /// A late shift followed by an early one: 8 hours of rest where the law asks 11.
    let quickReturn = """
        medarbejder,start,slut,vagt,afdeling
        E1,2026-03-02 15:00,2026-03-02 23:00,A,Hus Nord
        E1,2026-03-03 07:00,2026-03-03 15:00,D,Hus Nord

        """

    func testFilesToFindingsToAReport() throws {
        let files = CheckFiles(rosters: [write("plan.csv", quickReturn)])
        let read = try files.read()
        XCTAssertEqual(read.input.roster.shifts.count, 2)
        XCTAssertEqual(read.notices.map { $0.message.en }, [])
        let result = Checker().check(read.input)
        let errors = result.findings.filter { $0.severity == .error }
        XCTAssertEqual(errors.map { RuleRegistry.ids[Int($0.rule.rawValue)] }, ["rest.daily"])
        XCTAssertEqual(errors.map { $0.compact(employeeIDs: result.plan.roster.employeeIDs) }, ["E1 2026-03-03 07:00–2026-03-03 15:00 8/11"])  // the shift that starts too soon
        XCTAssertEqual(result.errors, 1)
        var json: [UInt8] = []
        ReportWriter.json(result, ReportOptions()) { json.append(contentsOf: $0) }
        let text = String(decoding: json, as: UTF8.self)
        XCTAssertTrue(text.contains("\"rule\": \"rest.daily\""), text)
    }

    func testEveryInputErrorAtOnceInThePolicysLanguage() throws {
        var files = CheckFiles(rosters: [write("fejl.csv", "medarbejder,start,slut\nE1,2026-03-02 07:00,i morgen\nE2,x,2026-03-02 15:00\n")])
        files.policy = write("policy.json", #"{"language": "en"}"#)
        XCTAssertThrowsError(try files.read()) { error in
            guard let failure = error as? InputFailure else { return XCTFail("\(error)") }
            XCTAssertEqual(failure.language, .en)
            XCTAssertFalse(failure.isUsage)
            XCTAssertEqual(failure.errors.map { $0.line }, [2, 3])
            XCTAssertEqual(failure.errors.map { $0.rendered(.en) }, [
                "\(self.folder)/fejl.csv:2:21: invalid time «i morgen»; expected YYYY-MM-DD HH:MM (or DD-MM-YYYY HH:MM, DD.MM.YYYY HH.MM)",
                "\(self.folder)/fejl.csv:3:4: invalid time «x»; expected YYYY-MM-DD HH:MM (or DD-MM-YYYY HH:MM, DD.MM.YYYY HH.MM)",
            ])
        }
    }

    func testAKindNoRowHasIsANoticeAboutTheOptions() throws {
        var files = CheckFiles(rosters: [write("plan.csv", quickReturn)])
        files.kinds = ["rådighed": .oncallHome]
        let read = try files.read()
        XCTAssertEqual(read.notices.map { "\($0.file)|\($0.message.da)" }, [
            "|--kinds «rådighed» passer ikke på nogen rækkes type i \(folder)/plan.csv; står værdien i en anden kolonne (fx vagtkoden), så oversættes den ikke"
        ])
    }

    /// A roster that knows its staff by name only finds them in the employees file by name; two
    /// people of one name there cannot be told apart.
    func testARosterOfNamesFindsTheEmployeesByName() throws {
        var files = CheckFiles(rosters: [write("navne.csv", "navn,dato,fra,til\nAnne Holm,02-03-2026,07:00,15:00\n")])
        files.employees = write("ansatte.csv", "medarbejder,navn,fødselsdato\nN01,Anne Holm,30-09-1975\nN02,Bo Lund,01-01-1960\n")
        let read = try files.read()
        XCTAssertEqual(read.input.employees?["Anne Holm"]?.birthDate, CivilDate(year: 1975, month: 9, day: 30).dayNumber)
        files.employees = write("ansatte.csv", "medarbejder,navn\nN01,Anne Holm\nN07,Anne Holm\n")
        XCTAssertThrowsError(try files.read()) { error in
            XCTAssertEqual((error as? InputFailure)?.errors.map { $0.rendered(.da) }, [
                "\(self.folder)/ansatte.csv: to medarbejdere hedder «Anne Holm», og vagtplanen kender medarbejderne kun ved navn, så de kan ikke skelnes; giv vagtplanen en kolonne med medarbejdernummer"
            ])
        }
    }
}
