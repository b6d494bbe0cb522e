/// The TR's checklist for a local agreement on rest and days off or a decentral working-time
/// agreement (README «The agreement checklist»; seed 004 lines 2273–2300 «Lokalaftaler om arbejdstid», 2764–2806
/// «Lokalaftaler om arbejdstid (decentrale arbejdstidsaftaler)»; BEK 324 as amended 2024).
///
/// Every item is pass / fail / missing / not-applicable, with its source and a sentence the TR
/// can take to the meeting. Decisions where the spec is silent:
/// * An item is *required* or *advised*. Required: written, termination, tied to a task, union
///   approval and the law's items for every agreement; time limit and evaluation only for a
///   decentral working-time agreement (the seed's list for those), advised for the others (the
///   seed only asks to reconsider the agreement when its occasion changes). The reason is
///   advised: the seed says what a reason must not be, not that one must be written.
/// * The checklist fails (exit 1) when an item fails, or when a required item is missing.
/// * `approvedByUnion: true` covers both "the kreds approved it" and "the kreds delegated it to
///   the TR" (README «The agreement checklist»); false fails, absent is missing.
/// * "Tied to a task" is judged by the scope: an agreement whose scope names no unit, label or
///   employee applies to every shift, which is no task at all.
/// * A reason points at lack of resources when it contains one of `resourceWords` (Danish and
///   English stems, case-insensitive); the sentence quotes the word that holds it.
/// * The evaluation of a decentral agreement must cover four areas (seed line 2802): the
///   criteria are matched by word stems (`evaluationAreas`) and the missing areas named.
/// * `agreement.expired` and `agreement.evaluation-due` are relative to `--on` (a day): valid
///   until the day before `--on` is expired; an evaluation date before `--on` without
///   `evaluation.heldOn` is due; on the day itself it is not yet overdue.
public enum AgreementChecklist {
    /// The result of one item.
    public enum Status: String, Sendable {
        case pass, fail, missing
        case notApplicable = "not-applicable"
    }

    /// One item of the checklist as judged for one agreement.
    public struct Item: Sendable, Equatable {
        public let id: String
        public let status: Status
        /// Whether the agreement must satisfy the item (else the seed advises it).
        public let required: Bool
        public let title: LocalizedText
        public let sentence: LocalizedText
        public let sources: [Citation]

        /// Whether the item makes the checklist fail.
        public var fails: Bool { status == .fail || (status == .missing && required) }
    }

    /// The review of one agreement file.
    public struct Review: Sendable {
        public let agreement: Agreement
        public let on: Day
        public let items: [Item]
        public var fails: Bool { items.contains { $0.fails } }
    }

    /// Two agreements of the same kind whose validity and scope meet: `check` then uses the one
    /// given first on the command line.
    public struct Overlap: Sendable, Equatable {
        public let first: Int
        public let second: Int
        public let kinds: [Agreement.Kind]
        public let from: Day?
        public let until: Day?
    }

    static let localAgreements = Citation.denGodeArbejdsplads("Lokalaftaler om arbejdstid")
    static let decentralAgreements = Citation.denGodeArbejdsplads("Lokalaftaler om arbejdstid (decentrale arbejdstidsaftaler)")

    /// Word stems that mark a reason as lack of resources (seed line 2296: "Sådanne problemer
    /// skal løses politisk").
    public static let resourceWords = [
        "ressource", "resource", "besparelse", "spare på", "underbemand", "personalemangel", "mangel på personale",
        "manglende personale", "for få ansatte", "rekrutteringsproblem", "budget", "økonomi", "saving", "understaff",
        "staff shortage", "lack of staff",
    ]

    /// The four areas a decentral agreement's evaluation covers (seed lines 2800–2803), each with
    /// the stems that name it.
    public static let evaluationAreas: [(name: LocalizedText, stems: [String])] = [
        (LocalizedText(da: "arbejdsmiljø", en: "working environment"), ["arbejdsmiljø", "arbejdsmiljo", "work environment", "working environment"]),
        (LocalizedText(da: "sociale og familiemæssige forhold", en: "social and family life"),
         ["famil", "sociale forhold", "social life", "privatliv", "fritidsliv", "work-life", "balance"]),
        (LocalizedText(da: "kompetenceudvikling", en: "competence development"), ["kompetence", "competence", "skills"]),
        (LocalizedText(da: "løn", en: "pay"), ["løn", "pay", "salary", "wage"]),
    ]

    /// Reviews one agreement as of `today`.
    public static func review(_ a: Agreement, on today: Day) -> Review {
        Review(agreement: a, on: today, items: items(a, on: today))
    }

    static func items(_ a: Agreement, on today: Day) -> [Item] {
        let decentral = a.has(.decentralWorkingTime)
        // The requirements on the agreement itself stand in the seed's section on decentral
        // agreements (lines 2764–2806), which covers agreements on rest and days off too.
        let sources = [decentralAgreements]
        var items: [Item] = []
        func add(_ id: String, _ status: Status, required: Bool, _ title: (String, String), _ sentence: (String, String), _ sources: [Citation]) {
            items.append(Item(
                id: "agreement." + id, status: status, required: required, title: LocalizedText(da: title.0, en: title.1),
                sentence: LocalizedText(da: sentence.0, en: sentence.1), sources: sources))
        }

        // Written.
        let writtenTitle = ("Aftalen er skriftlig", "The agreement is in writing")
        switch a.written {
        case true?: add("written", .pass, required: true, writtenTitle, ("Aftalen er skriftlig.", "The agreement is in writing."), sources)
        case false?:
            add("written", .fail, required: true, writtenTitle,
                ("Aftalen er angivet som ikke skriftlig. En lokalaftale om arbejdstid skal være skriftlig: skriv den ned og få den underskrevet, før den bruges.",
                 "The agreement is marked as not written. A local working-time agreement must be in writing: write it down and have it signed before it is used."),
                sources)
        case nil:
            add("written", .missing, required: true, writtenTitle,
                ("Filen siger ikke, om aftalen er skriftlig (\"written\"). En lokalaftale om arbejdstid skal være skriftlig.",
                 "The file does not say whether the agreement is in writing (\"written\"). A local working-time agreement must be in writing."),
                sources)
        }

        // Termination.
        let terminationTitle = ("Aftalen har bestemmelser om opsigelse", "The agreement provides for termination")
        if let notice = a.terminationNotice?.trimmedBlank, !notice.isEmpty {
            add("termination", .pass, required: true, terminationTitle, ("Opsigelse: \(notice).", "Termination: \(notice)."), sources)
        } else {
            add("termination", .missing, required: true, terminationTitle,
                ("Aftalen har ingen bestemmelse om opsigelse. Aftal et varsel, fx \"3 måneder til en måneds udgang\", så begge parter kan komme ud af aftalen.",
                 "The agreement has no termination clause. Agree a notice, e.g. \"3 months to the end of a month\", so either party can leave the agreement."),
                sources)
        }

        // Tied to a task.
        let taskTitle = ("Aftalen knytter sig til en opgave eller arbejdsplan", "The agreement is tied to a task or work plan")
        let scopeParts = scopeText(a.scope)
        if !scopeParts.da.isEmpty {
            add("tied-to-task", .pass, required: true, taskTitle, ("Aftalen gælder for \(scopeParts.da).", "The agreement applies to \(scopeParts.en)."), sources)
        } else {
            add("tied-to-task", .missing, required: true, taskTitle,
                ("Aftalens område (\"scope\") nævner ingen afdeling, vagtkode eller medarbejder, så den gælder alle vagter. En aftale om hviletid og fridøgn skal knytte sig til den opgave eller arbejdsplan, der gør den nødvendig.",
                 "The agreement's scope names no unit, label or employee, so it applies to every shift. An agreement on rest and days off must be tied to the task or work plan that makes it necessary."),
                sources)
        }

        // Time-limited.
        let limitTitle = ("Aftalen er tidsbegrænset med en udløbsdato", "The agreement is time-limited with an expiry date")
        if let until = a.validUntil {
            add("time-limited", .pass, required: decentral, limitTitle, ("Aftalen udløber \(iso(until)).", "The agreement expires on \(iso(until))."), sources)
        } else {
            add("time-limited", .missing, required: decentral, limitTitle,
                ("Aftalen har ingen udløbsdato (\"validUntil\"). Gør den tidsbegrænset, så den tages op igen, når den udløber.",
                 "The agreement has no expiry date (\"validUntil\"). Make it time-limited so it is taken up again when it expires."),
                sources)
        }

        // Evaluation.
        let evaluationTitle = ("Tidspunkt og kriterier for evaluering er aftalt", "A time and criteria for evaluation are agreed")
        let criteria = a.evaluationCriteria.filter { !$0.trimmedBlank.isEmpty }
        if a.evaluationDate == nil && criteria.isEmpty {
            add("evaluation", .missing, required: decentral, evaluationTitle,
                ("Aftalen siger ikke, hvornår og hvordan den evalueres. Aftal en dato og kriterier\(decentral ? " (arbejdsmiljø, sociale og familiemæssige forhold, kompetenceudvikling og løn)" : "").",
                 "The agreement does not say when and how it is evaluated. Agree a date and criteria\(decentral ? " (working environment, social and family life, competence development and pay)" : "")."),
                sources)
        } else {
            var lacksDa: [String] = [], lacksEn: [String] = []
            if a.evaluationDate == nil { lacksDa.append("et tidspunkt"); lacksEn.append("a date") }
            if criteria.isEmpty { lacksDa.append("kriterier"); lacksEn.append("criteria") }
            if decentral && !criteria.isEmpty {
                let lowered = criteria.map { $0.lowercased() }
                let missing = evaluationAreas.filter { area in !lowered.contains { c in area.stems.contains { c.contains($0) } } }
                if !missing.isEmpty {
                    lacksDa.append("kriterier for " + listed(missing.map(\.name.da), and: "og"))
                    lacksEn.append("criteria on " + listed(missing.map(\.name.en), and: "and"))
                }
            }
            if lacksDa.isEmpty {
                let when = a.evaluationDate.map(iso) ?? ""
                add("evaluation", .pass, required: decentral, evaluationTitle,
                    ("Evaluering \(when) ud fra: \(criteria.joined(separator: ", ")).", "Evaluation on \(when) against: \(criteria.joined(separator: ", "))."), sources)
            } else {
                add("evaluation", decentral ? .fail : .missing, required: decentral, evaluationTitle,
                    ("Evalueringen mangler \(listed(lacksDa, and: "og")).", "The evaluation lacks \(listed(lacksEn, and: "and"))."), sources)
            }
        }

        // Union approval.
        let unionTitle = ("Den lokale kreds har godkendt aftalen (eller givet TR kompetencen)", "The local union branch approved it (or delegated it to the TR)")
        let unionSources = [localAgreements, decentralAgreements]
        switch a.approvedByUnion {
        case true?: add("union-approval", .pass, required: true, unionTitle, ("Kredsen har godkendt aftalen.", "The union branch approved the agreement."), unionSources)
        case false?:
            add("union-approval", .fail, required: true, unionTitle,
                ("Kredsen har ikke godkendt aftalen. Kontakt altid kredsen, før en aftale om hviletid og fridøgn indgås; en decentral arbejdstidsaftale skal godkendes af kredsen, medmindre andet er meldt ud lokalt.",
                 "The union branch has not approved the agreement. Always contact the branch before an agreement on rest and days off is made; a decentral working-time agreement must be approved by the branch unless otherwise announced locally."),
                unionSources)
        case nil:
            add("union-approval", .missing, required: true, unionTitle,
                ("Filen siger ikke, om kredsen har godkendt aftalen (\"approvedByUnion\"). Kontakt altid kredsen, før aftalen indgås.",
                 "The file does not say whether the union branch approved the agreement (\"approvedByUnion\"). Always contact the branch before the agreement is made."),
                unionSources)
        }

        // Reason.
        let reasonTitle = ("Begrundelsen er ikke mangel på ressourcer", "The reason is not a lack of resources")
        if let reason = a.reason?.trimmedBlank, !reason.isEmpty {
            let lowered = reason.lowercased()
            if let stem = resourceWords.first(where: { lowered.contains($0) }), let word = wordAround(stem, in: lowered) {
                add("reason", .fail, required: false, reasonTitle,
                    ("Begrundelsen \"\(reason)\" peger på mangel på ressourcer (\"\(word)\"). Aftaler, der fraviger reglerne på grund af ressourcemangel, skal man afholde sig fra: den slags problemer skal løses politisk, ikke ved at omgå reglerne.",
                     "The reason \"\(reason)\" points at a lack of resources (\"\(word)\"). Agreements that depart from the rules because of a lack of resources are to be avoided: such problems are to be solved politically, not by going around the rules."),
                    [localAgreements])
            } else {
                add("reason", .pass, required: false, reasonTitle, ("Begrundelse: \(reason).", "Reason: \(reason)."), [localAgreements])
            }
        } else {
            add("reason", .missing, required: false, reasonTitle,
                ("Aftalen giver ingen begrundelse (\"reason\"). Skriv, hvilket behov aftalen dækker, fx kontinuitet i relationen til beboerne.",
                 "The agreement gives no reason (\"reason\"). Write down the need it meets, e.g. continuity in the relation to the residents."),
                [localAgreements])
        }

        // Legal bounds.
        let boundsTitle = ("Aftalen holder sig inden for lovens rammer", "The agreement stays within the law")
        let boundsSources = [Citation(.aftaleOmHviletidOgFridogn), Citation(.hvileBekendtgorelsen2024)]
        var breachesDa: [String] = [], breachesEn: [String] = []
        let rest = TimeFormat.number(a.minRestHours, danish: true), restEn = TimeFormat.number(a.minRestHours, danish: false)
        if a.minRestHours < 8 {
            breachesDa.append("hviletiden nedsættes til \(rest) timer, men må højst nedsættes til 8 timer (minRestHours)")
            breachesEn.append("the rest is reduced to \(restEn) hours, but may be reduced to 8 hours at the least (minRestHours)")
        }
        if a.maxDaysBetweenDaysOff > 12 {
            breachesDa.append("fridøgnet udskydes til \(a.maxDaysBetweenDaysOff) døgn, men må højst udskydes til 12 døgn (maxDaysBetweenDaysOff)")
            breachesEn.append("the day off is postponed to \(a.maxDaysBetweenDaysOff) days, but may be postponed to 12 days at the most (maxDaysBetweenDaysOff)")
        }
        if !breachesDa.isEmpty {
            add("legal-bounds", .fail, required: true, boundsTitle,
                (capitalized(listed(breachesDa, and: "og")) + ". 'vagttjek check' afviser aftalen, indtil det er rettet.",
                 capitalized(listed(breachesEn, and: "and")) + ". 'vagttjek check' rejects the agreement until this is corrected."),
                boundsSources)
        } else {
            var da = "Hviletiden nedsættes højst til \(rest) timer", en = "The rest is reduced to \(restEn) hours at the least"
            if a.has(.dayOffPostponement) || decentral {
                da += ", og fridøgnet udskydes højst til \(a.maxDaysBetweenDaysOff) døgn"
                en += ", and the day off is postponed to \(a.maxDaysBetweenDaysOff) days at the most"
            }
            da += "."; en += "."
            if (a.has(.dayOffPostponement) || decentral) && a.maxDaysBetweenDaysOff > 7 {
                da += " Bemærk: over 7 døgn mellem to fridøgn er lovligt, men belastende; hvert udskudt døgn forlænger det næste fridøgn med 24 timer."
                en += " Note: more than 7 days between two days off is lawful but taxing; every day of postponement lengthens the next day off by 24 hours."
            }
            add("legal-bounds", .pass, required: true, boundsTitle, (da, en), boundsSources)
        }

        // On-call as rest.
        let onCallTitle = ("Rådighedstjeneste på arbejdsstedet regnes ikke som hvile", "On-call at the workplace is not counted as rest")
        let onCallSources = [Citation(.hvileBekendtgorelsen2024)]
        if !a.onCallAtWorkplaceIsRest {
            add("oncall-as-rest", .pass, required: true, onCallTitle,
                ("Aftalen regner ikke rådighedstjeneste på arbejdsstedet som hvile.", "The agreement does not count on-call at the workplace as rest."), onCallSources)
        } else if a.reachesOnCallReform {
            add("oncall-as-rest", .fail, required: true, onCallTitle,
                ("Aftalen regner rådighedstjeneste på arbejdsstedet (fx sovende nattevagt) som hvile. Det er ugyldigt fra 1. juli 2024: den tid er arbejdstid. Slet bestemmelsen.",
                 "The agreement counts on-call at the workplace (e.g. sleeping night watch) as rest. That is void from 1 July 2024: the time is working time. Delete the clause."),
                onCallSources)
        } else {
            add("oncall-as-rest", .pass, required: true, onCallTitle,
                ("Aftalen regner rådighedstjeneste på arbejdsstedet som hvile, men udløb før 1. juli 2024, hvor det endnu var tilladt.",
                 "The agreement counts on-call at the workplace as rest, but ended before 1 July 2024, while that was still allowed."),
                onCallSources)
        }

        // Compensating rest immediately after the reduction.
        let compensationTitle = ("Kompenserende hvile gives i umiddelbar forlængelse af den nedsatte hvile", "Compensating rest follows the reduced rest immediately")
        if !(a.has(.restReduction) || decentral) {
            add("compensation-immediate", .notApplicable, required: true, compensationTitle,
                ("Aftalen nedsætter ikke hviletiden.", "The agreement does not reduce the rest."), onCallSources)
        } else if a.compensatingRestImmediately {
            add("compensation-immediate", .pass, required: true, compensationTitle,
                ("Efter en nedsat hvile gives den manglende hvile straks bagefter (11 timer plus det, der manglede).",
                 "After a reduced rest the missing rest is given right after (11 hours plus what was missing)."),
                onCallSources)
        } else {
            add("compensation-immediate", .fail, required: true, compensationTitle,
                ("Aftalen udskyder den kompenserende hvile. Fra 1. juli 2024 skal den gives i umiddelbar forlængelse af den nedsatte hvile: 11 timer plus det, der manglede, før næste vagt.",
                 "The agreement defers the compensating rest. From 1 July 2024 it must follow the reduced rest immediately: 11 hours plus what was missing, before the next shift."),
                onCallSources)
        }

        // Expired (relative to today).
        let expiredTitle = ("Aftalen er ikke udløbet", "The agreement has not expired")
        if let until = a.validUntil {
            if until < today {
                add("expired", .fail, required: true, expiredTitle,
                    ("Aftalen udløb \(iso(until)) (i dag er \(iso(today))). Vagtplaner efter den dag kan ikke bruge den; forny den eller lad den falde bort.",
                     "The agreement expired on \(iso(until)) (today is \(iso(today))). Rosters after that day cannot use it; renew it or let it lapse."),
                    sources)
            } else if let from = a.validFrom, from > today {
                add("expired", .pass, required: true, expiredTitle,
                    ("Aftalen gælder først fra \(iso(from)) og til \(iso(until)).", "The agreement applies only from \(iso(from)), until \(iso(until))."), sources)
            } else {
                let left = until - today + 1
                add("expired", .pass, required: true, expiredTitle,
                    ("Aftalen gælder til og med \(iso(until)) (\(left) \(left == 1 ? "dag" : "dage") endnu).",
                     "The agreement applies up to and including \(iso(until)) (\(left) \(left == 1 ? "day" : "days") left)."),
                    sources)
            }
        } else {
            add("expired", .notApplicable, required: true, expiredTitle,
                ("Aftalen har ingen udløbsdato.", "The agreement has no expiry date."), sources)
        }

        // Evaluation due (relative to today).
        let dueTitle = ("Evalueringen er ikke overskredet", "The evaluation is not overdue")
        if let date = a.evaluationDate {
            if let held = a.evaluationHeldOn {
                add("evaluation-due", .pass, required: true, dueTitle,
                    ("Evalueringen er holdt \(iso(held)).", "The evaluation was held on \(iso(held))."), sources)
            } else if date < today {
                add("evaluation-due", .fail, required: true, dueTitle,
                    ("Evalueringen var aftalt til \(iso(date)) og er ikke registreret som holdt (\"evaluation.heldOn\"). Hold den, og vurder, om der fortsat er brug for aftalen.",
                     "The evaluation was agreed for \(iso(date)) and is not recorded as held (\"evaluation.heldOn\"). Hold it, and consider whether the agreement is still needed."),
                    sources)
            } else {
                add("evaluation-due", .pass, required: true, dueTitle,
                    ("Evalueringen er aftalt til \(iso(date)).", "The evaluation is agreed for \(iso(date))."), sources)
            }
        } else {
            add("evaluation-due", .notApplicable, required: true, dueTitle,
                ("Der er ingen evalueringsdato.", "There is no evaluation date."), sources)
        }
        return items
    }

    /// Pairs of agreements that can apply to the same shift or day-off gap: a kind in common,
    /// validity and scope that meet.
    public static func overlaps(_ agreements: [Agreement]) -> [Overlap] {
        // Kinds as `check` applies them: a decentral agreement meets only another decentral one.
        func kinds(_ a: Agreement) -> Set<Agreement.Kind> { Set(a.kinds) }
        func meet(_ x: [String], _ y: [String]) -> Bool { x.isEmpty || y.isEmpty || !Set(x).isDisjoint(with: y) }
        var out: [Overlap] = []
        for i in agreements.indices {
            for j in agreements.indices where j > i {
                let a = agreements[i], b = agreements[j]
                let common = kinds(a).intersection(kinds(b))
                guard !common.isEmpty else { continue }
                let from = [a.validFrom, b.validFrom].compactMap { $0 }.max()
                let until = [a.validUntil, b.validUntil].compactMap { $0 }.min()
                if let from, let until, from > until { continue }
                guard meet(a.scope.units, b.scope.units), meet(a.scope.labels, b.scope.labels), meet(a.scope.employees, b.scope.employees) else { continue }
                out.append(Overlap(first: i, second: j, kinds: Agreement.Kind.allCases.filter(common.contains), from: from, until: until))
            }
        }
        return out
    }

    /// "enhederne Hus Nord; vagtkoderne A, D" (empty when the scope is everything).
    static func scopeText(_ s: Agreement.Scope) -> (da: String, en: String) {
        var da: [String] = [], en: [String] = []
        if !s.units.isEmpty { da.append("afdeling \(s.units.joined(separator: ", "))"); en.append("unit \(s.units.joined(separator: ", "))") }
        if !s.labels.isEmpty { da.append("vagtkode \(s.labels.joined(separator: ", "))"); en.append("label \(s.labels.joined(separator: ", "))") }
        if !s.employees.isEmpty { da.append("medarbejder \(s.employees.joined(separator: ", "))"); en.append("employee \(s.employees.joined(separator: ", "))") }
        return (da.joined(separator: "; "), en.joined(separator: "; "))
    }

    /// The whole word(s) of `text` in which `stem` occurs ("ressourcemangel" for "ressource").
    static func wordAround(_ stem: String, in text: String) -> String? {
        let t = Array(text), w = Array(stem)
        guard !w.isEmpty, t.count >= w.count else { return nil }
        for start in 0...(t.count - w.count) where t[start..<(start + w.count)].elementsEqual(w) {
            var lower = start, upper = start + w.count
            while lower > 0, t[lower - 1].isLetter { lower -= 1 }
            while upper < t.count, t[upper].isLetter { upper += 1 }
            return String(t[lower..<upper])
        }
        return nil
    }

    static func iso(_ day: Day) -> String { CivilDate(dayNumber: day).description }

    /// "a, b og c".
    static func listed(_ parts: [String], and word: String) -> String {
        guard parts.count > 1 else { return parts.first ?? "" }
        return parts.dropLast().joined(separator: ", ") + " \(word) " + parts[parts.count - 1]
    }

    static func capitalized(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }
}

extension String {
    /// The text without leading and trailing spaces, tabs and line breaks.
    var trimmedBlank: String {
        let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !blank($0) }), let last = lastIndex(where: { !blank($0) }) else { return "" }
        return String(self[first...last])
    }
}
