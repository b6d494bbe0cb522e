import Foundation
import XCTest

#if canImport(Glibc)
import Glibc
#endif

/// The reliability cases that need a real process stopped or faulting at a chosen moment (issue
/// 14): a roster that shrinks while it is mapped, and a report interrupted while it is written.
/// Each waits for the moment through what the process shows from outside (its mappings in
/// /proc, its temporary file), not for a guessed number of milliseconds.
final class ProcessReliabilityTests: XCTestCase {
    var scratch: Scratch!

    override func setUpWithError() throws {
        // Under a sanitizer (CI's thread-sanitizer run) the child is instrumented too: a check of
        // 60 MB takes minutes and its short-lived mappings are not seen in time. The plain run
        // covers these; the sanitizer run is about races.
        // (The sanitizer runtimes are linked in statically and export their entry points.)
        let me = dlopen(nil, RTLD_NOW)
        if dlsym(me, "__tsan_init") != nil || dlsym(me, "__asan_init") != nil {
            throw XCTSkip("process tests are left to the build without sanitizers")
        }
        scratch = try Scratch()
    }
    // The rosters are large: removed after each test, not when XCTest lets go of the case.
    override func tearDown() { scratch = nil }

    /// The built executable next to the test bundle.
    func binary() throws -> URL {
        let bundleDir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [bundleDir.appendingPathComponent("vagttjek"), packageRoot.appendingPathComponent(".build/debug/vagttjek")]
        return try XCTUnwrap(candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }, "vagttjek binary not found")
    }

    /// A roster of `employees` employees, each with an evening and a morning shift 8 hours apart
    /// (one rest.daily error each), written in 1 MB pieces.
    func roster(_ name: String, employees: Int) throws -> String {
        let path = scratch.path(name)
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        var chunk = "employee,start,end\n"
        for e in 0..<employees {
            chunk += "E\(e),2026-03-02 15:00,2026-03-02 23:00\nE\(e),2026-03-03 07:00,2026-03-03 15:00\n"
            if chunk.utf8.count > 1 << 20 {
                try handle.write(contentsOf: Data(chunk.utf8))
                chunk = ""
            }
        }
        try handle.write(contentsOf: Data(chunk.utf8))
        return path
    }

    /// Polls every millisecond until `condition` holds or the process ends; true when it held
    /// while the process was still running.
    func wait(for process: Process, timeout: Double = 60, until condition: () -> Bool) -> Bool {
        let end = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < end {
            if condition() { return true }
            usleep(1000)
        }
        return false
    }

    /// Runs the binary; stdout to a file handle of the caller's (nil: discarded).
    func run(_ args: [String], stdout: FileHandle? = nil) throws -> (status: Int32, err: String) {
        let p = Process()
        p.executableURL = try binary()
        p.arguments = args
        let err = Pipe()
        p.standardError = err
        p.standardOutput = stdout ?? FileHandle.nullDevice
        try p.run()
        let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        XCTAssertEqual(p.terminationReason, .exit, text)
        return (p.terminationStatus, text)
    }

    func testGenerateToAFullDiskIsAMessageAndExit74() throws {
        let full = try XCTUnwrap(FileHandle(forWritingAtPath: "/dev/full"))
        let r = try run(["generate", "--employees", "20", "--weeks", "2"], stdout: full)
        XCTAssertEqual(r.status, 74, r.err)
        XCTAssertEqual(r.err, "vagttjek: kan ikke skrive til standard output (disken fuld eller røret lukket)\n")
    }

    func testOneAndAHalfMillionIdenticalRowsAreCountedOnceNotAnOverflow() throws {
        // The issue's reproducer: 1,491,309 copies of one 24-hour shift (× 1,440 minutes is past
        // Int32) overflowed the day's minute count. Each minute counts once: 24 hours of work.
        // Every copy is still a double booking and a long shift; only rest.daily is shown, so the
        // debug build does not spend a minute writing three million findings.
        let path = scratch.path("same.csv")
        let row = "E1,2026-03-02 00:00,2026-03-03 00:00\n"
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data(("employee,start,end\n" + String(repeating: row, count: 1_491_309)).utf8)))
        let json = scratch.path("same.json")
        let r = try run(["check", path, "--rule", "rest.daily", "--format", "json", "--output", json])
        XCTAssertEqual(r.status, 1, r.err)
        let report = try String(contentsOfFile: json, encoding: .utf8)
        // Hidden: 1,491,308 double bookings, 1,491,309 long shifts, the health check, the notice,
        // and three recommendations (fixed night, a long day, a long night shift: each one
        // warning for the employee, however many copies).
        XCTAssertTrue(report.contains("\"filter\": \"--rule rest.daily\", \"hidden\": 2982622, \"hiddenErrors\": 0 },"), report)
        XCTAssertTrue(report.contains("\"employee\": \"E1\", \"workHours\": 24, \"nightHours\": 7,"), report)
    }

    func testA50MBHeaderIsCutInTheMessage() throws {
        // Once echoed three times into a 157 MB message.
        let path = scratch.path("header.csv")
        let header = "employee,start," + String(repeating: "x", count: 50_000_000)
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data((header + "\nE1,2026-03-02 07:00,2026-03-02 15:00\n").utf8)))
        let r = try run(["check", path])
        XCTAssertEqual(r.status, 2)
        XCTAssertEqual(
            r.err,
            "\(path):1: mangler den påkrævede kolonne end / slut / til / sluttid / end time; overskriften er: employee,start,"
                + String(repeating: "x", count: 60) + "…. Hedder den noget andet, så brug --columns end=Overskrift\n")
    }

    func testAPolicyWith200000KeysIsAnErrorListNotAHang() throws {
        // Once quadratic (67 s): the keys are checked with a set.
        var text = "{"
        for k in 0..<200_000 { text += "\(k == 0 ? "" : ", ")\"k\(k)\": 1" }
        let policy = try scratch.file("p.json", text + "}")
        let r = try run(["check", sample("bosted-solsikken-marts-2026.csv"), "--policy", policy])
        XCTAssertEqual(r.status, 2)
        let lines = r.err.split(separator: "\n")
        XCTAssertTrue(lines.first?.hasPrefix("\(policy):1: ukendt nøgle «k0»; kendte nøgler: profile, language,") ?? false, r.err)
        // The known keys are named once (they made every one of 200,000 errors 1.5 KB: 7.6 s, 470 MB).
        XCTAssertEqual(lines[1], "\(policy):1: ukendt nøgle «k1»")
        XCTAssertEqual(lines.last, "… og 199950 fejl mere")
    }

    func testARosterThatShrinksWhileMappedIsASentenceAndExit2() throws {
        // 120 MB: read in mapped 8 MB blocks, so the file is shrunk while one is mapped.
        let path = try roster("big.csv", employees: 1_500_000)
        let p = Process()
        p.executableURL = try binary()
        p.arguments = ["check", path, "--format", "json", "--output", "/dev/null"]
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        let mapped = wait(for: p) {
            ((try? String(contentsOfFile: "/proc/\(p.processIdentifier)/maps", encoding: .utf8)) ?? "").contains(path)
        }
        if mapped { XCTAssertEqual(truncate(path, 1000), 0) }
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        XCTAssertTrue(mapped, "the roster was never seen mapped")
        // Never a crash: the sentence and exit 2, whether the fault came first (SIGBUS) or the
        // size check after the read.
        XCTAssertEqual(p.terminationReason, .exit, stderr)
        XCTAssertEqual(p.terminationStatus, 2, stderr)
        XCTAssertTrue(stderr.contains("filen blev kortere, mens den blev læst") || stderr.contains("filen blev ændret, mens den blev læst"), stderr)
    }

    func testAReportInterruptedWhileWrittenLeavesTheEarlierReportAndNoTemporaryFile() throws {
        let path = try roster("r.csv", employees: 100_000)
        let target = scratch.path("rapport.json")
        try Data("earlier report\n".utf8).write(to: URL(fileURLWithPath: target))
        let p = Process()
        p.executableURL = try binary()
        p.arguments = ["check", path, "--format", "json", "--output", target]
        p.standardError = FileHandle.nullDevice
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        let folder = (target as NSString).deletingLastPathComponent
        func temporaries() -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".tmp") }
        }
        // The temporary file exists from the moment the report starts until it is renamed.
        let writing = wait(for: p) { !temporaries().isEmpty }
        if writing { kill(p.processIdentifier, SIGINT) }
        p.waitUntilExit()
        XCTAssertTrue(writing, "the report's temporary file was never seen")
        XCTAssertEqual(p.terminationReason, .uncaughtSignal)
        XCTAssertEqual(p.terminationStatus, SIGINT)
        XCTAssertEqual(try String(contentsOfFile: target, encoding: .utf8), "earlier report\n")
        XCTAssertEqual(temporaries(), [])
    }
}

/// No input can be an output, and a killed run's temporary file does not stay (issue 32).
final class NoFileReplacedTests: XCTestCase {
    func testARosterOnStandardInputIsNotReplacedByTheReport() throws {
        let scratch = try Scratch()
        let text = "employee,start,end\nE1,2026-03-02 15:00,2026-03-02 23:00\nE1,2026-03-03 07:00,2026-03-03 15:00\n"
        let roster = try scratch.file("r.csv", text)
        let process = Process()
        let bundleDir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [bundleDir.appendingPathComponent("vagttjek"), packageRoot.appendingPathComponent(".build/debug/vagttjek")]
        process.executableURL = try XCTUnwrap(candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }, "vagttjek binary not found")
        process.arguments = ["check", "-", "--output", roster]
        process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: roster))
        let err = Pipe()
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 64)
        XCTAssertEqual(
            String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self),
            "vagttjek: --output \(roster) er den samme fil som inputtet - (standardinput); rapporten ville erstatte den. Vælg en anden fil.\n")
        XCTAssertEqual(try String(contentsOfFile: roster, encoding: .utf8), text)
    }

    func testTwoOutputsOfGenerateAreNeverOneFile() throws {
        let scratch = try Scratch()
        let g = scratch.path("g.csv")
        let r = vagttjek("generate", "--employees", "2", "--weeks", "1", "--output", g, "--employees-output", g)
        XCTAssertEqual(r.code, 64)
        XCTAssertEqual(r.err, "vagttjek: --output og --employees-output er den samme fil (\(g)); medarbejderfilen ville erstatte vagtplanen. Vælg to filer.\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: g))
    }

    func testATemporaryFileLeftByAKilledRunIsRemovedByTheNextWrite() throws {
        let scratch = try Scratch()
        let roster = try scratch.file("r.csv", "employee,start,end\nE1,2026-03-02 07:00,2026-03-02 15:00\n")
        // A process id that is not running (the kernel's limit is below 2^22 by default).
        // And one of a process that runs (init), which may be writing it.
        let stale = scratch.path(".report.txt.vagttjek-4194303.tmp"), live = scratch.path(".report.txt.vagttjek-1.tmp")
        try scratch.file(".report.txt.vagttjek-4194303.tmp", "half a report")
        try scratch.file(".report.txt.vagttjek-1.tmp", "another run's")
        XCTAssertEqual(vagttjek("check", roster, "--output", scratch.path("report.txt")).code, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: stale))
        XCTAssertTrue(FileManager.default.fileExists(atPath: live))
    }
}
