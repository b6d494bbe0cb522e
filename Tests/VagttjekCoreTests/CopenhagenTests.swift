import Foundation
import XCTest

@testable import VagttjekCore

final class CopenhagenTests: XCTestCase {
    /// Every local hour of every day 1996–2040, against Foundation's tz database.
    func testEveryLocalHourFrom1996To2040MatchesFoundation() throws {
        let zone = try XCTUnwrap(TimeZone(identifier: "Europe/Copenhagen"))
        let epoch = Date(timeIntervalSince1970: 946_684_800)  // 2000-01-01T00:00Z
        func foundationOffset(_ instant: Minute) -> Int {
            zone.secondsFromGMT(for: epoch.addingTimeInterval(Double(instant) * 60)) / 60
        }
        let first = CivilDate(year: 1996, month: 1, day: 1).dayNumber
        let last = CivilDate(year: 2040, month: 12, day: 31).dayNumber
        var nonexistent = 0, ambiguous = 0
        for day in first...last {
            for hour in 0..<24 {
                let local = day * minutesPerDay + hour * 60
                // The two candidate instants and whether Foundation maps them back to `local`.
                let summer = local - 120, winter = local - 60
                let summerFits = foundationOffset(summer) == 120
                let winterFits = foundationOffset(winter) == 60
                switch Copenhagen.resolve(local: local) {
                case .unique(let instant):
                    XCTAssertTrue(summerFits != winterFits, "\(CivilDate(dayNumber: day)) \(hour):00")
                    XCTAssertEqual(instant, summerFits ? summer : winter, "\(CivilDate(dayNumber: day)) \(hour):00")
                case .ambiguous(let a, let b):
                    ambiguous += 1
                    XCTAssertTrue(summerFits && winterFits, "\(CivilDate(dayNumber: day)) \(hour):00")
                    XCTAssertEqual([a, b], [summer, winter])
                case .nonexistent:
                    nonexistent += 1
                    XCTAssertFalse(summerFits || winterFits, "\(CivilDate(dayNumber: day)) \(hour):00")
                }
                XCTAssertEqual(Copenhagen.offset(at: winter), foundationOffset(winter))
            }
        }
        // One hour a year each way, 45 years.
        XCTAssertEqual(nonexistent, 45)
        XCTAssertEqual(ambiguous, 45)
    }

    func testTransitionDaysOf2026() {
        XCTAssertEqual(CivilDate(dayNumber: Copenhagen.summerTimeStart(year: 2026)), CivilDate(year: 2026, month: 3, day: 29))
        XCTAssertEqual(CivilDate(dayNumber: Copenhagen.summerTimeEnd(year: 2026)), CivilDate(year: 2026, month: 10, day: 25))
    }

    func testNightShiftAcrossTheChangesLasts8And10Hours() {
        func instant(_ y: Int, _ m: Int, _ d: Int, _ h: Int) -> Minute {
            guard case .unique(let i) = Copenhagen.resolve(local: CivilDate(year: y, month: m, day: d).dayNumber * 1440 + h * 60) else { return 0 }
            return i
        }
        XCTAssertEqual(instant(2026, 3, 29, 7) - instant(2026, 3, 28, 22), 8 * 60)
        XCTAssertEqual(instant(2026, 10, 25, 7) - instant(2026, 10, 24, 22), 10 * 60)
    }

    func testCivilDateRoundTripsAndWeekdays() {
        for day in -100_000...100_000 where day % 7 == 0 || day < -99_990 {
            XCTAssertEqual(CivilDate(dayNumber: day).dayNumber, day)
        }
        XCTAssertEqual(CivilDate(year: 2000, month: 1, day: 1).dayNumber, 0)
        XCTAssertEqual(isoWeekday(CivilDate(year: 2026, month: 3, day: 2).dayNumber), 1)  // Monday
        XCTAssertEqual(isoWeekday(CivilDate(year: 2026, month: 3, day: 29).dayNumber), 7)  // Sunday
        XCTAssertEqual(isoWeekday(CivilDate(year: 1999, month: 12, day: 31).dayNumber), 5)  // Friday
    }

    func testFormatting() {
        guard case .unique(let i) = Copenhagen.resolve(local: CivilDate(year: 2026, month: 3, day: 3).dayNumber * 1440 + 7 * 60) else {
            return XCTFail("unique")
        }
        XCTAssertEqual(TimeFormat.iso(i), "2026-03-03T07:00:00+01:00")
        XCTAssertEqual(TimeFormat.short(i), "03-03 07:00")
        XCTAssertEqual(TimeFormat.iso(i + 200 * 1440), "2026-09-19T08:00:00+02:00")
        XCTAssertEqual(TimeFormat.number(8.5, danish: true), "8,5")
        XCTAssertEqual(TimeFormat.number(10.25, danish: false), "10.25")
        XCTAssertEqual(TimeFormat.number(11, danish: true), "11")
    }
}

final class DanishHolidaysTests: XCTestCase {
    func testEasterByComputus() {
        XCTAssertEqual(DanishHolidays.easterSunday(year: 2024), CivilDate(year: 2024, month: 3, day: 31))
        XCTAssertEqual(DanishHolidays.easterSunday(year: 2025), CivilDate(year: 2025, month: 4, day: 20))
        XCTAssertEqual(DanishHolidays.easterSunday(year: 2026), CivilDate(year: 2026, month: 4, day: 5))
        XCTAssertEqual(DanishHolidays.easterSunday(year: 2038), CivilDate(year: 2038, month: 4, day: 25))
    }

    func testStoreBededagEndsAfter2023() {
        let names2023 = DanishHolidays.holidays(year: 2023).map(\.name)
        let names2024 = DanishHolidays.holidays(year: 2024).map(\.name)
        XCTAssertTrue(names2023.contains("store bededag"))
        XCTAssertFalse(names2024.contains("store bededag"))
        XCTAssertEqual(names2023.count, 11)
        XCTAssertEqual(names2024.count, 10)
        XCTAssertTrue(DanishHolidays.isHoliday(CivilDate(year: 2023, month: 5, day: 5).dayNumber))
        XCTAssertTrue(DanishHolidays.isHoliday(CivilDate(year: 2026, month: 5, day: 14).dayNumber))  // Kristi himmelfart
        XCTAssertFalse(DanishHolidays.isHoliday(CivilDate(year: 2026, month: 12, day: 24).dayNumber))
    }
}
