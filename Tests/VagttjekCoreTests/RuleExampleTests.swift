import Foundation
import XCTest

@testable import VagttjekCore

/// One generic test walks every rule's examples: a rule cannot exist without them, and its
/// documentation cannot drift from its behaviour.
final class RuleExampleTests: XCTestCase {
    func testEveryRuleHasTriggeringAndNonTriggeringExamples() {
        for rule in RuleRegistry.all {
            let d = rule.description
            // A recommendation check cannot judge (rec.10, rec.13, rec.14) never triggers.
            if rule.dialogue == nil {
                XCTAssertTrue(d.examples.contains { $0.triggers }, "\(d.id) has no triggering example")
            } else {
                XCTAssertFalse(d.examples.contains { $0.triggers }, "\(d.id) makes no finding")
            }
            XCTAssertTrue(d.examples.contains { !$0.triggers }, "\(d.id) has no non-triggering example")
            XCTAssertFalse(d.sources.isEmpty, "\(d.id) has no source")
            // Users read the sources: the law or the publication by its own name, never a file
            // of this repository or the specification's sections.
            XCTAssertFalse(d.source.contains(".txt") || d.source.contains("SPEC") || d.source.contains("seed"), d.source)
            for e in d.examples { XCTAssertFalse(e.title.contains("SPEC"), e.title) }
        }
    }

    /// A registry that cannot forget: every type in `Rules/` that conforms to `Rule` is in
    /// `RuleRegistry.all` (a rule left out compiles and silently never runs).
    func testEveryRuleTypeIsRegistered() throws {
        let rules = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/VagttjekCore/Rules")
        var declared: [String] = []
        let files = FileManager.default.enumerator(at: rules, includingPropertiesForKeys: nil)
        while let url = files?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            let text = try String(contentsOf: url, encoding: .utf8)
            for line in text.split(separator: "\n") {
                // `public struct DailyRest: Rule {`, `struct X: Rule, Sendable {`
                guard let m = line.firstMatch(of: /^(?:public )?struct ([A-Za-z0-9]+): (?:[A-Za-z, ]*, )?Rule\b/) else { continue }
                declared.append(String(m.1))
            }
        }
        let registered = Set(RuleRegistry.all.map { String(describing: type(of: $0)) })
        XCTAssertEqual(declared.count, 39, declared.sorted().joined(separator: ", "))
        XCTAssertEqual(declared.filter { !registered.contains($0) }, [])
        XCTAssertEqual(registered.count, RuleRegistry.all.count)
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
    }

    func testEveryRuleParameterIsASettingWithADefault() {
        for rule in RuleRegistry.all {
            for p in rule.description.parameters {
                XCTAssertTrue(p.isKnown, "\(rule.id): \(p.name) is not in the \(p.origin.rawValue) table")
                XCTAssertNotEqual(p.defaultValue, "?", "\(rule.id): \(p.name)")
            }
        }
    }

    /// The typed keys a rule names its parameters with are the tables' keys, one for one and in
    /// the same order: a key added to one and not the other fails here.
    func testTheTypedKeysAreTheTablesOfSettings() {
        XCTAssertEqual(PolicyKey.allCases.map(\.rawValue), Policy.settings.map(\.key))
        XCTAssertEqual(AgreementKey.allCases.map(\.rawValue), Agreement.parameters.map(\.key))
        XCTAssertEqual(Policy.keys.count, 45)
        XCTAssertEqual(RuleParameter.policy(.dailyRestHours).name, "dailyRestHours")
        XCTAssertEqual(RuleParameter.agreement(.minRestHours).origin, .agreement)
    }

    func testParametersTakeTheirDefaultsFromTheTableOfSettings() throws {
        let daily = try XCTUnwrap(RuleRegistry.rule("rest.daily")).description.parameters
        XCTAssertEqual(daily.map { "\($0.name)=\($0.defaultValue)" }, ["dailyRestHours=11", "minRestHours=8"])
        XCTAssertEqual(daily[0].meaning.da, "påkrævet hvile (timer) inden for hver 24 timer (politik)")
        let weekly = try XCTUnwrap(RuleRegistry.rule("dayoff.weekly")).description.parameters
        XCTAssertEqual(
            weekly.map { "\($0.name)=\($0.defaultValue) \($0.origin.rawValue)" },
            ["weeklyRestHours=35 policy", "maxDaysBetweenDaysOff=6 policy", "maxDaysBetweenDaysOff=12 agreement"])
    }

    func testSourcesOfOneDocumentRunTogether() throws {
        let notice = try XCTUnwrap(RuleRegistry.rule("plan.notice")).description
        XCTAssertEqual(
            notice.source,
            "KL's døgnarbejdstidsaftale (64.11), udlevering af arbejdsplanen; Socialpædagogerne: Den gode Arbejdsplads, 4. udg., afsnit «Arbejdsplanlægning og tilrettelæggelse af arbejdstid» og afsnit «Arbejdsmiljø og sundhed», anbefaling 14")
        XCTAssertEqual(Citation(.arbejdsmiljoloven, "§ 51").text, "Arbejdsmiljøloven § 51")
        XCTAssertEqual(Citation(.hvileBekendtgorelsen, "§ 3").text, "BEK nr. 324 af 23/05/2002 om hvileperiode og fridøgn m.v., § 3")
    }
}
