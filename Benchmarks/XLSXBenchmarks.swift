import Foundation
import XCTest

#if canImport(Glibc)
import Glibc
#endif

@testable import VagttjekCore

/// The workbook reader (README «Excel workbooks»): DEFLATE alone on the sheet of a workbook, and
/// the whole sheet to text. The workbook is `VAGTTJEK_BENCH_XLSX` (for the target's size, the
/// 1,048,576-row sheet `Benchmarks/xlsx.py` writes from a generated roster; BENCHMARKS.md), else
/// the sample grid. Python's `zlib` on the same stream is the yardstick for inflate (target:
/// within 2×); never asserted.
final class XLSXBenchmarks: BenchmarkCase {
    static let path = ProcessInfo.processInfo.environment["VAGTTJEK_BENCH_XLSX"]
        ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("SampleRosters/ugeplan-hus-vest-marts-2026.xlsx").path

    func seconds(_ body: () throws -> Void) -> Double {
        let clock = ContinuousClock()
        var failure: Error?
        let d = clock.measure {
            do { try body() } catch { failure = error }
        }
        if let failure { XCTFail("\(failure)") }
        return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }

    func testInflateTheSheet() throws {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: Self.path)))
        let zip = try ZipArchive(bytes)
        let entry = try XCTUnwrap(zip.entries.first { $0.name.hasPrefix("xl/worksheets/") })
        measure {
            var total = 0
            let s = seconds { try zip.read(entry, limit: 1 << 31) { total += $0.count } }
            print("inflate: \(entry.size >> 20) MB of sheet XML in \(String(format: "%.4f", s)) s = \(String(format: "%.0f", Double(total) / s / 1e6)) MB/s")
        }
    }

    func testSheetToText() throws {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: Self.path)))
        let book = try XLSXWorkbook(bytes: bytes, file: "bench.xlsx")
        measure {
            var lines = 0
            let s = seconds { lines = try book.sheet(nil).lineStarts.count }
            print("sheet to text: \(lines) rows in \(String(format: "%.4f", s)) s")
        }
    }
}
