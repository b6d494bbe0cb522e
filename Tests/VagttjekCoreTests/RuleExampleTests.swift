import XCTest

@testable import VagttjekCore

/// One generic test walks every rule's examples: a rule cannot exist without them, and its
/// documentation cannot drift from its behaviour.
final class RuleExampleTests: XCTestCase {
    func testEveryRuleHasTriggeringAndNonTriggeringExamples() {
        for rule in RuleRegistry.all {
            let d = rule.description
            XCTAssertTrue(d.examples.contains { $0.triggers }, "\(d.id) has no triggering example")
            XCTAssertTrue(d.examples.contains { !$0.triggers }, "\(d.id) has no non-triggering example")
            XCTAssertFalse(d.source.isEmpty, "\(d.id) has no source")
        }
    }

    func testEveryExampleProducesExactlyItsFindings() throws {
        var count = 0
        for rule in RuleRegistry.all {
            for example in rule.description.examples {
                do {
                    let got = try example.findings(of: rule.description.id)
                    XCTAssertEqual(got, example.expected, "\(rule.description.id): \(example.title)")
                } catch {
                    XCTFail("\(rule.description.id): \(example.title): \(error.rendered(.en))")
                }
                count += 1
            }
        }
        XCTAssertGreaterThanOrEqual(count, 30)
    }

    func testRuleIDsAreUniqueAndSorted() {
        let ids = RuleRegistry.all.map(\.description.id)
        XCTAssertEqual(ids, ids.sorted())
        XCTAssertEqual(Set(ids).count, ids.count)
        XCTAssertEqual(RuleRegistry.ids, ids)
        XCTAssertLessThanOrEqual(ids.count, 256, "a finding stores its rule in one byte")
        XCTAssertEqual(ids, [
            "data.double-booking", "dayoff.compensation", "dayoff.sunday", "dayoff.weekly", "hours.weekly48",
            "plan.notice", "rest.compensation", "rest.daily", "rest.reduced",
        ])
    }
}
