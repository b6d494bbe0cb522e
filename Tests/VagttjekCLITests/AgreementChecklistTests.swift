import XCTest

@testable import VagttjekCLI
@testable import VagttjekCore

/// `vagttjek agreement` (README «The agreement checklist», issue 18 item 1): every checklist item passing and
/// failing on a minimal agreement, the flawed sample failing exactly its items, `--on`, the
/// roster's use of the agreement, overlaps, and `check` still rejecting unlawful clauses.
final class AgreementChecklistTests: XCTestCase {
    var scratch: Scratch!
    override func setUpWithError() throws { scratch = try Scratch() }

    /// Passes every item on 2026-11-29.
    static let sound = """
        {"id": "A", "kind": ["decentral-working-time", "rest-reduction"], "written": true,
         "validFrom": "2026-01-01", "validUntil": "2026-12-31", "terminationNotice": "3 måneder",
         "evaluation": {"date": "2026-06-01", "criteria": ["arbejdsmiljø", "familieliv", "kompetenceudvikling", "løn"], "heldOn": "2026-06-10"},
         "approvedByUnion": true, "reason": "kontinuitet", "scope": {"units": ["Hus Nord"]},
         "parameters": {"minRestHours": 8}}
        """
    static let today = CivilDate(year: 2026, month: 11, day: 29).dayNumber

    func items(_ json: String, on day: Day = today) throws -> [String: AgreementChecklist.Item] {
        let a = try Agreement.parse(bytes: Array(json.utf8), file: "a.json", lawful: false)
        let items = AgreementChecklist.review(a, on: day).items
        return Dictionary(uniqueKeysWithValues: items.map { (String($0.id.dropFirst("agreement.".count)), $0) })
    }

    func status(_ json: String, _ item: String, on day: Day = today) throws -> AgreementChecklist.Status? {
        try items(json, on: day)[item]?.status
    }

    func testTheSoundAgreementPassesEveryItemInOrder() throws {
        let a = try Agreement.parse(bytes: Array(Self.sound.utf8), file: "a.json", lawful: false)
        let review = AgreementChecklist.review(a, on: Self.today)
        XCTAssertEqual(review.items.map(\.id), [
            "agreement.written", "agreement.termination", "agreement.tied-to-task", "agreement.time-limited",
            "agreement.evaluation", "agreement.union-approval", "agreement.reason", "agreement.legal-bounds",
            "agreement.oncall-as-rest", "agreement.compensation-immediate", "agreement.expired", "agreement.evaluation-due",
        ])
        XCTAssertEqual(review.items.filter { $0.status != .pass }.map(\.id), [])
        XCTAssertFalse(review.fails)
        XCTAssertTrue(review.items.allSatisfy { !$0.sources.isEmpty })
    }

    func testEachItemFails() throws {
        let s = Self.sound
        let cases: [(String, String, AgreementChecklist.Status)] = [
            ("written", s.replacingFirst("\"written\": true", with: "\"written\": false"), .fail),
            ("written", s.replacingFirst("\"written\": true,", with: ""), .missing),
            ("termination", s.replacingFirst("\"terminationNotice\": \"3 måneder\"", with: "\"terminationNotice\": \"  \""), .missing),
            ("tied-to-task", s.replacingFirst("\"scope\": {\"units\": [\"Hus Nord\"]},", with: ""), .missing),
            ("time-limited", s.replacingFirst("\"validUntil\": \"2026-12-31\",", with: ""), .missing),
            ("evaluation", s.replacingFirst("\"familieliv\", \"kompetenceudvikling\", ", with: ""), .fail),
            ("evaluation", s.replacingFirst("\"date\": \"2026-06-01\", ", with: ""), .fail),
            ("union-approval", s.replacingFirst("\"approvedByUnion\": true", with: "\"approvedByUnion\": false"), .fail),
            ("union-approval", s.replacingFirst("\"approvedByUnion\": true,", with: ""), .missing),
            ("reason", s.replacingFirst("\"kontinuitet\"", with: "\"Besparelser på vikarbudgettet\""), .fail),
            ("reason", s.replacingFirst("\"reason\": \"kontinuitet\",", with: ""), .missing),
            ("legal-bounds", s.replacingFirst("\"minRestHours\": 8", with: "\"minRestHours\": 7.5"), .fail),
            ("legal-bounds", s.replacingFirst("\"minRestHours\": 8", with: "\"maxDaysBetweenDaysOff\": 13"), .fail),
            ("oncall-as-rest", s.replacingFirst("\"minRestHours\": 8", with: "\"onCallAtWorkplaceIsRest\": true"), .fail),
            ("compensation-immediate", s.replacingFirst("\"minRestHours\": 8", with: "\"compensatingRestImmediately\": false"), .fail),
            ("expired", s.replacingFirst("2026-12-31", with: "2026-11-28"), .fail),
            ("evaluation-due", s.replacingFirst(", \"heldOn\": \"2026-06-10\"", with: ""), .fail),
        ]
        for (item, json, expected) in cases {
            XCTAssertNotEqual(json, s, "the case for \(item) did not change the agreement")
            let all = try items(json)
            XCTAssertEqual(all[item]?.status, expected, item)
            // Only the item under test changes (an absent expiry or evaluation date also makes
            // `expired` or `evaluation-due` not applicable).
            let others = all.filter { $0.key != item && $0.value.status != .pass }.map(\.key).sorted()
            let follows = item == "time-limited" ? ["expired"] : !json.contains("\"date\"") ? ["evaluation-due"] : []
            XCTAssertEqual(others, follows, item)
            // A missing reason is advice; everything else here makes the checklist fail.
            XCTAssertEqual(all[item]?.fails, !(item == "reason" && expected == .missing), item)
        }
    }

    func testTheSentencesATRTakesToTheMeeting() throws {
        let s = Self.sound
        var i = try items(s.replacingFirst("\"familieliv\", \"kompetenceudvikling\", ", with: ""))
        XCTAssertEqual(i["evaluation"]?.sentence.da, "Evalueringen mangler kriterier for sociale og familiemæssige forhold og kompetenceudvikling.")
        XCTAssertEqual(i["evaluation"]?.sentence.en, "The evaluation lacks criteria on social and family life and competence development.")
        i = try items(s.replacingFirst("\"kontinuitet\"", with: "\"Besparelser på vikarbudgettet\""))
        XCTAssertEqual(
            i["reason"]?.sentence.da,
            "Begrundelsen \"Besparelser på vikarbudgettet\" peger på mangel på ressourcer (\"besparelser\"). Aftaler, der fraviger reglerne på grund af ressourcemangel, skal man afholde sig fra: den slags problemer skal løses politisk, ikke ved at omgå reglerne.")
        i = try items(s.replacingFirst("\"minRestHours\": 8", with: "\"minRestHours\": 7.5, \"maxDaysBetweenDaysOff\": 14"))
        XCTAssertEqual(
            i["legal-bounds"]?.sentence.da,
            "Hviletiden nedsættes til 7,5 timer, men må højst nedsættes til 8 timer (minRestHours) og fridøgnet udskydes til 14 døgn, men må højst udskydes til 12 døgn (maxDaysBetweenDaysOff). 'vagttjek check' afviser aftalen, indtil det er rettet.")
        i = try items(s.replacingFirst("\"minRestHours\": 8", with: "\"maxDaysBetweenDaysOff\": 10"))
        XCTAssertEqual(
            i["legal-bounds"]?.sentence.en,
            "The rest is reduced to 8 hours at the least, and the day off is postponed to 10 days at the most. Note: more than 7 days between two days off is lawful but taxing; every day of postponement lengthens the next day off by 24 hours.")
    }

    func testValidityAndEvaluationAreJudgedOnTheDayGiven() throws {
        let s = Self.sound
        // Valid until the day before --on: expired. Until --on itself: one day left.
        let dayBefore = try items(s.replacingFirst("2026-12-31", with: "2026-11-28"))["expired"]
        XCTAssertEqual(dayBefore?.status, .fail)
        XCTAssertEqual(dayBefore?.sentence.da, "Aftalen udløb 2026-11-28 (i dag er 2026-11-29). Vagtplaner efter den dag kan ikke bruge den; forny den eller lad den falde bort.")
        let sameDay = try items(s.replacingFirst("2026-12-31", with: "2026-11-29"))["expired"]
        XCTAssertEqual(sameDay?.status, .pass)
        XCTAssertEqual(sameDay?.sentence.da, "Aftalen gælder til og med 2026-11-29 (1 dag endnu).")
        // Not yet in force is not expired.
        XCTAssertEqual(try items(s, on: CivilDate(year: 2025, month: 12, day: 1).dayNumber)["expired"]?.sentence.en,
                       "The agreement applies only from 2026-01-01, until 2026-12-31.")
        // An evaluation due today is not overdue; yesterday without heldOn is.
        let unheld = s.replacingFirst(", \"heldOn\": \"2026-06-10\"", with: "")
        XCTAssertEqual(try status(unheld, "evaluation-due", on: CivilDate(year: 2026, month: 6, day: 1).dayNumber), .pass)
        XCTAssertEqual(try status(unheld, "evaluation-due", on: CivilDate(year: 2026, month: 6, day: 2).dayNumber), .fail)
    }

    func testKindsDecideWhatIsRequiredAndWhatApplies() throws {
        // An agreement only postponing days off: no compensating rest to judge; time limit and
        // evaluation are advice (missing, but the checklist holds).
        let postponement = """
            {"id": "P", "kind": "dayoff-postponement", "written": true, "terminationNotice": "1 måned",
             "approvedByUnion": true, "reason": "lejrtur", "scope": {"units": ["Hus Syd"]},
             "parameters": {"maxDaysBetweenDaysOff": 12}}
            """
        let i = try items(postponement)
        XCTAssertEqual(i["compensation-immediate"]?.status, .notApplicable)
        XCTAssertEqual(i["time-limited"]?.status, .missing)
        XCTAssertEqual(i["time-limited"]?.required, false)
        XCTAssertEqual(i["evaluation"]?.status, .missing)
        XCTAssertEqual(i.values.filter(\.fails).map(\.id), [])
        // An on-call clause in an agreement that ended before 1 July 2024 was lawful then.
        let old = Self.sound.replacingFirst("\"minRestHours\": 8", with: "\"onCallAtWorkplaceIsRest\": true")
            .replacingFirst("2026-01-01", with: "2023-07-01").replacingFirst("2026-12-31", with: "2024-06-30")
        XCTAssertEqual(try status(old, "oncall-as-rest"), .pass)
    }

    func testTheFlawedSampleFailsExactlyItsItems() throws {
        let r = vagttjek("agreement", sample("aftaler/hus-syd-udkast.json"), "--on", "2026-11-29", "--format", "json")
        XCTAssertEqual(r.code, 1, r.err)
        let a = try Agreement.read(path: sample("aftaler/hus-syd-udkast.json"), lawful: false)
        let review = AgreementChecklist.review(a, on: Self.today)
        XCTAssertEqual(review.items.filter(\.fails).map(\.id), [
            "agreement.termination", "agreement.time-limited", "agreement.reason", "agreement.legal-bounds", "agreement.oncall-as-rest",
        ])
        XCTAssertEqual(review.items.filter { $0.status == .notApplicable }.map(\.id), ["agreement.expired"])
        XCTAssertTrue(r.out.contains("{ \"item\": \"agreement.legal-bounds\", \"status\": \"fail\", \"required\": true, "), r.out)
        // The sound sample holds, and says so in both languages.
        let sound = vagttjek("agreement", sample("aftaler/hus-nord-nedsat-hviletid.json"), "--on", "2026-11-29")
        XCTAssertEqual(sound.code, 0, sound.err)
        XCTAssertTrue(sound.out.hasSuffix("  12 bestået, 0 ikke bestået, 0 mangler, 0 ikke relevante: aftalen holder.\n"), sound.out)
        let english = vagttjek("agreement", sample("aftaler/hus-nord-nedsat-hviletid.json"), "--on", "2026-11-29", "--lang", "en")
        XCTAssertTrue(english.out.contains("  [OK] The agreement has not expired\n       The agreement applies up to and including 2027-01-31 (64 days left).\n"), english.out)
    }

    func testHowTheSampleRosterUsesTheAgreement() throws {
        let r = vagttjek(
            "agreement", sample("aftaler/hus-nord-nedsat-hviletid.json"), "--on", "2026-11-29",
            "--roster", sample("bosted-solsikken-marts-2026.csv"), "--employees", sample("employees.csv"))
        // The agreement holds, but the roster reduces rest and postpones days off outside it, and
        // breaks its cap and its compensation where it uses it (as `check` says).
        XCTAssertEqual(r.code, 1, r.err)
        let usage = try XCTUnwrap(r.out.range(of: "\nBrug i vagtplanen ")).lowerBound
        XCTAssertEqual(String(r.out[usage...]), """

            Brug i vagtplanen \(sample("bosted-solsikken-marts-2026.csv")) (2026-03-02–2026-03-30):
              LA-2026-03: 4 medarbejdere i aftalens område; 4 nedsættelser af hviletiden, 0 udskudte fridøgn
                N01  nedsat hvile 0  udskudt fridøgn 0  korteste hvile 15 t
                N02  nedsat hvile 1  udskudt fridøgn 0  korteste hvile 8 t
                N03  nedsat hvile 2  udskudt fridøgn 0  korteste hvile 8 t
                N04  nedsat hvile 1  udskudt fridøgn 0  korteste hvile 8 t
              Uden for aftalerne eller deres grænser (4):
                S03 2026-03-10 07:00–2026-03-10 15:00: hvile 8 t. Aftalen LA-2026-03 gælder ikke her: vagten 10-03 07:00 (D, Hus Syd) er uden for aftalens område (enheder: Hus Nord; vagtkoder: A, D).
                S04 2026-03-06 07:00–2026-03-14 23:00: 208 t mellem fridøgn. Ingen aftale om udskudt fridøgn.
                S05 2026-03-11 07:00–2026-03-18 23:00: 184 t mellem fridøgn. Ingen aftale om udskudt fridøgn.
                S06 2026-03-12 15:00–2026-03-13 07:00: hvile 8 t. Aftalen LA-2026-03 gælder ikke her: vagten 12-03 15:00 (A, Hus Syd) er uden for aftalens område (enheder: Hus Nord; vagtkoder: A, D).
              Fejl i hvile og fridøgn efter 'vagttjek check' (2):
                N03 rest.reduced 2026-03-14 07:00–2026-03-14 15:00: Vagten 14-03 07:00 er den 2. nedsættelse af hviletiden på 7 døgn; aftalen LA-2026-03 tillader 1. Giv fuld hvile (11 t) før en af vagterne.
                N04 rest.compensation 2026-03-25 15:00–2026-03-25 23:00: Efter den nedsatte hvile (8 t) før vagten, der slutter 25-03 23:00, skal næste hvile være mindst 14 t for at kompensere; der er 12 t. Flyt næste vagt til tidligst 26-03 13:00.

            """)
    }

    func testAReductionBelowTheLawUnderALenientAgreementIsNamed() throws {
        let roster = try scratch.file("r.csv", "employee,start,end,unit\nE1,2026-03-03 15:00,2026-03-03 23:00,Hus Syd\nE1,2026-03-04 06:30,2026-03-04 15:00,Hus Syd\n")
        let flawed = try scratch.file("a.json", Self.sound.replacingFirst("\"minRestHours\": 8", with: "\"minRestHours\": 7").replacingFirst("Hus Nord", with: "Hus Syd"))
        let r = vagttjek("agreement", flawed, "--on", "2026-11-29", "--roster", roster, "--format", "json", "--lang", "en")
        XCTAssertEqual(r.code, 1)
        XCTAssertTrue(r.out.contains("""
            "agreements": [
                  { "id": "A", "employees": [{ "employee": "E1", "reducedRests": 1, "postponedDaysOff": 0, "shortestRest": 7.5 }] }
                ],
                "outside": [
                  { "employee": "E1", "kind": "reduced-rest", "start": "2026-03-04T06:30:00+01:00", "end": "2026-03-04T15:00:00+01:00", "measured": 7.5, "unit": "h", "message": "Agreement A allows it, but the law allows a reduction to 8 hours at the least." }
                ]
            """), r.out)
    }

    func testOverlapsBetweenFiles() throws {
        let a = try scratch.file("a.json", Self.sound)
        let b = try scratch.file("b.json", Self.sound.replacingFirst("\"id\": \"A\"", with: "\"id\": \"B\"").replacingFirst("2026-01-01", with: "2026-10-01")
            .replacingFirst("2026-12-31", with: "2027-03-31"))
        let c = try scratch.file("c.json", Self.sound.replacingFirst("\"id\": \"A\"", with: "\"id\": \"C\"").replacingFirst("Hus Nord", with: "Hus Syd"))
        let r = vagttjek("agreement", a, b, c, "--on", "2026-11-29")
        XCTAssertEqual(r.code, 0, r.err)
        XCTAssertTrue(r.out.hasSuffix("""

            Overlap mellem aftalerne:
              A og B (nedsat hviletid, decentral arbejdstidsaftale) kan gælde for de samme vagter i 2026-10-01–2026-12-31; 'vagttjek check' bruger den første, der er givet (A). Afgræns dem, så højst én gælder.

            """), r.out)
    }

    func testUnlawfulClausesAreReadHereButRejectedByCheck() throws {
        let onCall = try scratch.file("o.json", "{\"id\": \"X\", \"kind\": \"rest-reduction\",\n \"parameters\": {\"onCallAtWorkplaceIsRest\": true,\n \"compensatingRestImmediately\": false}}\n")
        let roster = try scratch.file("r.csv", "employee,start,end\nE1,2026-03-03 07:00,2026-03-03 15:00\n")
        let r = vagttjek("check", roster, "--agreement", onCall)
        XCTAssertEqual(r.code, 2)
        XCTAssertEqual(r.err, """
            \(onCall):2: parameters.onCallAtWorkplaceIsRest: true er ikke tilladt: rådighedstjeneste på arbejdsstedet er arbejdstid fra 1. juli 2024 og kan ikke aftales som hvile (loven); 'vagttjek agreement' gennemgår aftalen punkt for punkt
            \(onCall):3: parameters.compensatingRestImmediately: false er ikke tilladt: den kompenserende hvile skal gives i umiddelbar forlængelse af den nedsatte hvile (loven, fra 1. juli 2024); 'vagttjek agreement' gennemgår aftalen punkt for punkt

            """)
        XCTAssertEqual(vagttjek("agreement", onCall, "--on", "2026-11-29").code, 1)
        // A typo is still unreadable here: exit 2, naming file and line.
        let typo = try scratch.file("t.json", "{\"id\": \"X\", \"kind\": \"rest-reduction\",\n \"parameters\": {\"minRestHour\": 7}}\n")
        let t = vagttjek("agreement", typo)
        XCTAssertEqual(t.code, 2)
        XCTAssertTrue(t.err.hasPrefix("\(typo):2: "), t.err)
        XCTAssertEqual(vagttjek("agreement").code, 64)
        XCTAssertEqual(vagttjek("agreement", typo, "--employees", "e.csv").code, 64)
        XCTAssertEqual(vagttjek("agreement", typo, "--on", "2026-13-01").code, 64)
        let format = vagttjek("agreement", typo, "--format", "xml", "--lang", "en")
        XCTAssertEqual(format.code, 64)
        XCTAssertEqual(format.err, "vagttjek: --format must be text or json (got 'xml').\n")
        XCTAssertEqual(vagttjek("survey", typo, "--format", "html").err, "vagttjek: --format skal være text eller json (fik 'html').\n")
    }
}
