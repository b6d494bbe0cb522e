import Testing

@testable import VagttjekCore

/// The roster formats planning systems export (README «Inputs»), in Swift Testing.
struct InputFormatTests {
    /// 2026-03-03 07:00 Copenhagen (CET) as an instant.
    static let march3At7 = CivilDate(year: 2026, month: 3, day: 3).dayNumber * 1440 + 6 * 60

    @Test(arguments: [
        "2026-03-03 07:00", "2026-03-03T07:00", "2026-03-03 07:00:00", "2026-03-03T07:00:59",
        "03-03-2026 07:00", "03.03.2026 07.00", "03.03.2026 07:00", "2026-03-03T07:00+01:00",
        "2026-03-03T06:00Z", "2026-03-03T08:00:00+02:00", "2026-03-03T07:00+0100", "2026-03-03  07:00",
        // What spreadsheets write: one-digit parts, slashes.
        "3/3/2026 7:00", "03-03-2026 7:00", "2026-3-3 07:00", "3.3.2026 7.00", "03/03/2026 07:00:00",
        "03-03-26 07:00", "3/3/26 7:00", "2026-03-03 07:00:00.000", "03-03-2026 07:00:00.000",
    ])
    func timestampFormats(_ text: String) throws {
        let bytes = Array(text.utf8)
        let reading = try TimestampParser.parse(bytes[...]).get()
        let instant = reading.local - (reading.offset ?? 60)
        #expect(instant == Self.march3At7)
    }

    @Test(arguments: [
        ("2026-03-03", TimestampParser.Failure.format),
        ("03-03-026 07:00", .format),  // a year has two digits or four
        ("2026-03-03 07:00:00.", .format),
        ("2026-02-29 07:00", .day(year: 2026, month: 2, day: 29)),
        ("2026-00-10 07:00", .month(0)),
        ("2026-03-03 25:00", .time(hour: 25, minute: 0)),
        ("2026-03-03 24:01", .time(hour: 24, minute: 1)),
        ("2026-03-03 07:00+1", .offset),
        ("2026-03-03 07:00 CET", .format),
    ])
    func rejectedTimestamps(_ text: String, _ failure: TimestampParser.Failure) {
        let bytes = Array(text.utf8)
        #expect(throws: failure) { try TimestampParser.parse(bytes[...]).get() }
    }

    @Test func twentyFourHundredIsMidnightAtTheEndOfTheDay() throws {
        let reading = try TimestampParser.parse(Array("2026-03-03 24:00".utf8)[...]).get()
        #expect(reading.local == CivilDate(year: 2026, month: 3, day: 4).dayNumber * 1440)
    }

    static func read(_ bytes: [UInt8], mapping: [RosterReader.Column: String] = [:]) throws -> RosterReader.Result {
        let normal = try TextEncoding.normalise(bytes, file: "t.csv").bytes
        return try RosterReader(mapping: mapping).parse(bytes: normal, file: "t.csv")
    }

    @Test(arguments: [",", ";", "\t"])
    func delimitersAreDetected(_ d: String) throws {
        let csv = "medarbejder\(d)start\(d)slut\(d)type\(d)vagt\nE1\(d)2026-03-03 07:00\(d)2026-03-03 15:00\(d)sovevagt\(d)D\n"
        let r = try Self.read(Array(csv.utf8))
        #expect(r.errors.isEmpty)
        #expect(r.roster.shifts.count == 1)
        #expect(r.roster.shifts[0].kind == .oncallWorkplace)
        #expect(r.roster.labels == ["D"])
    }

    @Test func bomCRLFAndQuotes() throws {
        let csv = "\u{FEFF}employee,start,end,unit,label\r\n\"E 1\",2026-03-03 07:00,2026-03-03 15:00,\"Hus \"\"Nord\"\", stuen\",\"D\r\n1\"\r\n\r\nE2,2026-03-03 07:00,2026-03-03 15:00,,\r\n"
        let r = try Self.read(Array(csv.utf8))
        #expect(r.errors.isEmpty)
        #expect(r.roster.employeeIDs == ["E 1", "E2"])
        #expect(r.roster.units == ["Hus \"Nord\", stuen"])
        #expect(r.roster.labels == ["D\r\n1"])
        #expect(r.roster.shifts.map(\.line) == [2, 5])
    }

    @Test func windows1252IsConvertedWhenNotUTF8() throws {
        // "afdeling" column with "Hus Sø" and kind "fridøgn" in Windows-1252 (ø = 0xF8).
        var bytes = Array("employee,start,end,kind,afdeling\nE1,2026-03-03 07:00,2026-03-04 07:00,frid".utf8)
        bytes += [0xF8] + Array("gn,Hus S".utf8) + [0xF8] + Array("\n".utf8)
        let (normal, encoding) = try TextEncoding.normalise(bytes, file: "t.csv")
        #expect(encoding == .windows1252)
        let r = try RosterReader().parse(bytes: normal, file: "t.csv")
        #expect(r.errors.isEmpty)
        #expect(r.roster.shifts[0].kind == .dayoff)
        #expect(r.roster.units == ["Hus Sø"])
    }

    @Test func kindAliasesAreCaseInsensitive() throws {
        let csv = "employee,start,end,kind\n" + ["ARBEJDE", "Rådighed-Hjemme", "Tilkald", "Kursus", "Ferie", "SYG", "afspadsering", "Seniordag", "barsel", "Fri", ""]
            .enumerated().map { "E1,2026-03-\(pad($0.offset + 10, 2)) 07:00,2026-03-\(pad($0.offset + 10, 2)) 15:00,\($0.element)" }
            .joined(separator: "\n")
        let r = try Self.read(Array(csv.utf8))
        #expect(r.errors.isEmpty)
        #expect(r.roster.shifts.map(\.kind) == [.work, .oncallHome, .callout, .course, .vacation, .sick, .timeoff, .seniorday, .leave, .dayoff, .work])
    }

    @Test func columnMappingReadsAnyExport() throws {
        let csv = "Nr;Navn;Fra;Til\n17;Anne;03-03-2026 07:00;03-03-2026 15:00\n"
        let r = try Self.read(Array(csv.utf8), mapping: [.employee: "Nr", .start: "fra", .end: "Til"])
        #expect(r.errors.isEmpty)
        #expect(r.roster.employeeIDs == ["17"])
        #expect(r.roster.shifts[0].startMinute == Self.march3At7)
    }

    @Test func rowsAreSortedByEmployeeAndStartWhateverTheInputOrder() throws {
        let csv = "employee,start,end\nB,2026-03-04 07:00,2026-03-04 15:00\nA,2026-03-05 07:00,2026-03-05 15:00\nB,2026-03-03 07:00,2026-03-03 15:00\nA,2026-03-03 07:00,2026-03-03 15:00\n"
        let r = try Self.read(Array(csv.utf8))
        #expect(r.roster.employeeIDs == ["A", "B"])
        #expect(r.roster.shifts.map(\.line) == [5, 3, 4, 2])
        #expect(r.roster.employeeRanges == [0..<2, 2..<4])
    }
}
