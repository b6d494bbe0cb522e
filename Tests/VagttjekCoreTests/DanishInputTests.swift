import XCTest

@testable import VagttjekCore

/// A TR writes the agreement and the policy in Danish: keys, yes/no and kinds.
final class DanishInputTests: XCTestCase {
    func testAnAgreementInDanishReadsAsTheEnglishOne() throws {
        let danish = """
            {
              "aftalenr": "LA-1", "type": "nedsat hviletid", "skriftlig": "ja", "Gyldig fra": "01-02-2026",
              "gyldig_til": "2027-01-31", "godkendt af organisationen": "nej", "begrundelse": "kontinuitet",
              "evaluering": {"dato": "2026-08-01", "kriterier": ["arbejdsmiljø"], "afholdt": "2026-08-12"},
              "omfang": {"afdelinger": ["Hus Nord"], "vagtkoder": ["A"]},
              "parametre": {"mindste hvile timer": 9, "to dage i træk": "ja", "_hjælp": "en kommentar"}
            }
            """
        let english = """
            {
              "id": "LA-1", "kind": "rest-reduction", "written": true, "validFrom": "2026-02-01",
              "validUntil": "2027-01-31", "approvedByUnion": false, "reason": "kontinuitet",
              "evaluation": {"date": "2026-08-01", "criteria": ["arbejdsmiljø"], "heldOn": "2026-08-12"},
              "scope": {"units": ["Hus Nord"], "labels": ["A"]},
              "parameters": {"minRestHours": 9, "allowConsecutiveDays": true}
            }
            """
        var a = try Agreement.parse(bytes: Array(danish.utf8), file: "da.json")
        let b = try Agreement.parse(bytes: Array(english.utf8), file: "da.json")
        XCTAssertEqual(a, b)
        a.file = ""
        XCTAssertEqual(a.minRestHours, 9)
        XCTAssertEqual(a.allowConsecutiveDays, true)
        XCTAssertEqual(a.written, true)
    }

    func testMessagesNameTheKeyAsTheFileWroteIt() {
        let text = "{\"aftalenr\": \"LA-1\", \"type\": \"nedsat hviletid\", \"gyldig til\": \"snart\", \"parametre\": {\"mindste hvile timer\": 7}, \"omfang\": {\"afdeling\": []}}"
        XCTAssertThrowsError(try Agreement.parse(bytes: Array(text.utf8), file: "a.json")) { error in
            XCTAssertEqual((error as? InputFailure)?.rendered(.da), [
                "a.json:1: gyldig til: \"snart\" er ikke en dato; forventede \"ÅÅÅÅ-MM-DD\"",
                "a.json:1: ukendt nøgle «omfang.afdeling»; kendte nøgler: units, employees, labels",
                "a.json:1: parametre.mindste hvile timer: 7 er uden for det tilladte 8–11 (hviletiden må højst nedsættes til 8 timer)",
            ])
        }
        let kind = "{\"id\": \"X\", \"kind\": \"kortere hvile\"}"
        XCTAssertThrowsError(try Agreement.parse(bytes: Array(kind.utf8), file: "k.json")) { error in
            XCTAssertEqual((error as? InputFailure)?.rendered(.da), [
                "k.json:1: kind: «kortere hvile» er ukendt; forventede nedsat-hviletid, udskudt-fridøgn, decentral-arbejdstid (eller rest-reduction, dayoff-postponement, decentral-working-time)"
            ])
        }
    }

    /// A key written twice under two names is an error, not a silent choice of one.
    func testAKeyUnderTwoNamesIsAnError() {
        let text = "{\"id\": \"X\", \"kind\": \"rest-reduction\", \"written\": true,\n \"skriftlig\": \"nej\", \"parameters\": {\"minRestHours\": 9, \"mindste hvile timer\": 8}}"
        XCTAssertThrowsError(try Agreement.parse(bytes: Array(text.utf8), file: "a.json")) { error in
            XCTAssertEqual((error as? InputFailure)?.rendered(.da), [
                "a.json:2: «skriftlig» og «written» er samme nøgle; skriv den én gang",
                "a.json:2: «parameters.mindste hvile timer» og «parameters.minRestHours» er samme nøgle; skriv den én gang",
            ])
        }
        XCTAssertThrowsError(try Policy.parse(bytes: Array("{\"dailyRestHours\": 12, \"daglig hvile timer\": 11}".utf8), file: "p.json")) { error in
            XCTAssertEqual((error as? InputFailure)?.rendered(.en), ["p.json:1: «daglig hvile timer» and «dailyRestHours» are the same key; write it once"])
        }
    }

    func testAPolicyInDanish() throws {
        let p = try Policy.parse(
            bytes: Array("{\"overenskomst\": \"regioner\", \"daglig hvile timer\": 12, \"betalt spisepause\": \"ingen\", \"natperiode\": {\"fra\": \"23:00\", \"til\": \"06:00\"}}".utf8),
            file: "p.json")
        XCTAssertEqual(p.profile, .regional)
        XCTAssertEqual(p.dailyRestHours, 12)
        XCTAssertEqual(p.mealBreakOnDuty, .none)
        XCTAssertEqual([p.nightFrom, p.nightTo], [23 * 60, 6 * 60])
    }

    /// Every policy setting has a Danish name, in the table's order.
    func testEverySettingHasADanishKey() {
        XCTAssertEqual(JSONKeys.policyNames.map(\.0), Policy.settings.map(\.key))
        XCTAssertEqual(JSONKeys.parameterNames.map(\.0), Agreement.parameters.map(\.key))
        XCTAssertEqual(JSONKeys.agreementNames.map(\.0), Agreement.keys)
        // No Danish name is taken twice in one table.
        for names in [JSONKeys.policyNames, JSONKeys.agreementNames, JSONKeys.parameterNames] {
            let folded = names.flatMap { [$0.0] + $0.1 }.map(JSONKeys.fold)
            XCTAssertEqual(Set(folded).count, folded.count)
        }
    }

    /// The template is a lawful agreement as it stands, the same in Danish and English.
    func testTheTemplateReadsAsItStands() throws {
        let da = try Agreement.parse(bytes: Array(Agreement.template(.da).utf8), file: "t.json")
        let en = try Agreement.parse(bytes: Array(Agreement.template(.en).utf8), file: "t.json")
        XCTAssertEqual(da.id, "LA-2027-01")
        XCTAssertEqual(da.kinds, [.restReduction])
        XCTAssertEqual(da.written, true)
        XCTAssertEqual(da.validUntil, CivilDate(year: 2028, month: 1, day: 31).dayNumber)
        XCTAssertEqual(da.scope.labels, ["A", "D"])
        XCTAssertEqual([da.minRestHours, Double(da.maxReductionsPer7Days), Double(da.maxDaysBetweenDaysOff)], [8, 1, 12])
        XCTAssertEqual(da.compensatingRestImmediately, true)
        XCTAssertEqual(da.evaluationCriteria, ["arbejdsmiljø", "familieliv"])
        XCTAssertEqual(en.evaluationCriteria, ["working environment", "family life"])
        var (d, e) = (da, en)
        (d.evaluationCriteria, e.evaluationCriteria, d.title, e.title, d.terminationNotice, e.terminationNotice, d.reason, e.reason) = ([], [], nil, nil, nil, nil, nil, nil)
        XCTAssertEqual(d, e)
        XCTAssertTrue(Agreement.template(.da).hasPrefix("{\n  \"_hjælp\": \"Skabelon til en lokalaftale, som vagttjek læser"))
        XCTAssertTrue(Agreement.template(.da).contains("\n    \"_mindste hvile timer\": \"den nedsatte hviles nedre grænse (timer), 8–11 (hviletiden må højst nedsættes til 8 timer); standard 8\",\n    \"mindste hvile timer\": 8,\n"))
    }
}
