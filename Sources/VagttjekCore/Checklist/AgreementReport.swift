/// The agreement checklist's report in text (Danish by default) and JSON
/// (`vagttjek.agreement/1`): every agreement's items, the overlaps between the files, and with
/// a roster how it uses the agreements.
public enum AgreementReport {
    static func kindName(_ k: Agreement.Kind, _ da: Bool) -> String {
        switch k {
        case .restReduction: return da ? "nedsat hviletid" : "reduced rest"
        case .dayOffPostponement: return da ? "udskudt fridøgn" : "postponed day off"
        case .decentralWorkingTime: return da ? "decentral arbejdstidsaftale" : "decentral working-time agreement"
        }
    }

    static func statusWord(_ item: AgreementChecklist.Item, _ da: Bool) -> String {
        switch item.status {
        case .pass: return "OK"
        case .fail: return da ? "FEJL" : "FAIL"
        case .missing: return item.required ? (da ? "MANGLER" : "MISSING") : (da ? "MANGLER (anbefalet)" : "MISSING (advised)")
        case .notApplicable: return da ? "IKKE RELEVANT" : "N/A"
        }
    }

    static func hours(_ minutes: Int, _ da: Bool) -> String { TimeFormat.number(Double(minutes) / 60, danish: da) }

    /// "2026-03-10 07:00".
    static func local(_ instant: Minute) -> String {
        var w = ByteWriter()
        w.clock(instant)
        return "\(AgreementChecklist.iso(Copenhagen.day(of: instant))) \(String(decoding: w.bytes, as: UTF8.self))"
    }

    static func validity(_ from: Day?, _ until: Day?) -> String {
        "\(from.map(AgreementChecklist.iso) ?? "…")–\(until.map(AgreementChecklist.iso) ?? "…")"
    }

    public static func text(_ reviews: [AgreementChecklist.Review], overlaps: [AgreementChecklist.Overlap], usage: AgreementUsage?, _ language: Language) -> String {
        let da = language == .da
        var out = "vagttjek agreement — " + (da ? "pr. " : "as of ") + AgreementChecklist.iso(reviews.first?.on ?? 0) + "\n"
        for r in reviews {
            let a = r.agreement
            out += "\n" + terminalSafe(a.id) + (a.title.map { " · " + terminalSafe($0) } ?? "") + "\n"
            out += "  " + terminalSafe(a.file) + " · " + a.kinds.map { kindName($0, da) }.joined(separator: ", ")
            out += " · " + (da ? "gyldig " : "valid ") + validity(a.validFrom, a.validUntil) + "\n"
            let width = r.items.map { statusWord($0, da).count }.max() ?? 0
            for item in r.items {
                let word = statusWord(item, da)
                out += "  [\(word)]" + String(repeating: " ", count: width - word.count) + " " + item.title.text(language) + "\n"
                let indent = String(repeating: " ", count: width + 5)
                out += indent + terminalSafe(item.sentence.text(language)) + "\n"
                if item.status != .pass && item.status != .notApplicable {
                    out += indent + (da ? "Kilde: " : "Source: ") + item.sources.map(\.text).joined(separator: "; ") + "\n"
                }
            }
            let count = { (s: AgreementChecklist.Status) in r.items.filter { $0.status == s }.count }
            out += "  " + (da
                ? "\(count(.pass)) bestået, \(count(.fail)) ikke bestået, \(count(.missing)) mangler, \(count(.notApplicable)) ikke \(count(.notApplicable) == 1 ? "relevant" : "relevante"): "
                : "\(count(.pass)) passed, \(count(.fail)) failed, \(count(.missing)) missing, \(count(.notApplicable)) not applicable: ")
            out += r.fails
                ? (da ? "aftalen skal rettes, før den bruges.\n" : "the agreement must be corrected before it is used.\n")
                : (da ? "aftalen holder.\n" : "the agreement holds.\n")
        }
        if !overlaps.isEmpty {
            out += da ? "\nOverlap mellem aftalerne:\n" : "\nOverlaps between the agreements:\n"
            for o in overlaps {
                let a = reviews[o.first].agreement, b = reviews[o.second].agreement
                let kinds = o.kinds.map { kindName($0, da) }.joined(separator: ", ")
                out += da
                    ? "  \(terminalSafe(a.id)) og \(terminalSafe(b.id)) (\(kinds)) kan gælde for de samme vagter i \(validity(o.from, o.until)); 'vagttjek check' bruger den første, der er givet (\(terminalSafe(a.id))). Afgræns dem, så højst én gælder.\n"
                    : "  \(terminalSafe(a.id)) and \(terminalSafe(b.id)) (\(kinds)) can apply to the same shifts in \(validity(o.from, o.until)); 'vagttjek check' uses the first one given (\(terminalSafe(a.id))). Delimit them so that at most one applies.\n"
            }
        }
        if let u = usage {
            out += (da ? "\nBrug i vagtplanen " : "\nUse in the roster ") + terminalSafe(u.roster) + " (\(AgreementChecklist.iso(u.firstDay))–\(AgreementChecklist.iso(u.lastDay))):\n"
            for (k, list) in u.uses.enumerated() {
                let id = terminalSafe(reviews[k].agreement.id)
                out += "  \(id): " + (da ? "\(list.count) \(list.count == 1 ? "medarbejder" : "medarbejdere") i aftalens område" : "\(list.count) \(list.count == 1 ? "employee" : "employees") in its scope")
                let reduced = list.reduce(0) { $0 + $1.reducedRests }, postponed = list.reduce(0) { $0 + $1.postponedDaysOff }
                out += da ? "; \(reduced) \(reduced == 1 ? "nedsættelse" : "nedsættelser") af hviletiden, \(postponed) \(postponed == 1 ? "udskudt fridøgn" : "udskudte fridøgn")\n" : "; \(reduced) reduced rests, \(postponed) postponed days off\n"
                let width = min(20, list.map { terminalSafe($0.employee).count }.max() ?? 0)
                for e in list {
                    let name = terminalSafe(e.employee)
                    out += "    " + name + String(repeating: " ", count: max(0, width - name.count))
                    out += da ? "  nedsat hvile \(e.reducedRests)  udskudt fridøgn \(e.postponedDaysOff)" : "  reduced rest \(e.reducedRests)  postponed day off \(e.postponedDaysOff)"
                    if let s = e.shortestRest { out += (da ? "  korteste hvile " : "  shortest rest ") + hours(s, da) + (da ? " t" : " h") }
                    out += "\n"
                }
            }
            if u.isClear {
                out += da ? "  Ingen nedsat hvile eller udskudt fridøgn uden for aftalerne, og ingen fejl i hvile og fridøgn efter 'vagttjek check'.\n"
                          : "  No reduced rest or postponed day off outside the agreements, and no error on rest and days off by 'vagttjek check'.\n"
            } else if !u.outside.isEmpty {
                out += da ? "  Uden for aftalerne eller deres grænser (\(u.outside.count)):\n" : "  Outside the agreements or their limits (\(u.outside.count)):\n"
                for o in u.outside {
                    out += "    \(terminalSafe(o.employee)) \(local(o.start))–\(local(o.end)): "
                    switch o.kind {
                    case .reducedRest: out += (da ? "hvile " : "rest ") + hours(o.measured, da) + (da ? " t. " : " h. ")
                    case .postponedDayOff: out += (da ? "\(hours(o.measured, da)) t mellem fridøgn. " : "\(hours(o.measured, da)) h between days off. ")
                    }
                    out += terminalSafe(o.reason.text(language)) + "\n"
                }
            }
            if !u.breaches.isEmpty {
                out += da ? "  Fejl i hvile og fridøgn efter 'vagttjek check' (\(u.breaches.count)):\n" : "  Errors on rest and days off by 'vagttjek check' (\(u.breaches.count)):\n"
                for b in u.breaches {
                    out += "    \(terminalSafe(b.employee)) \(b.rule) \(local(b.start))–\(local(b.end)): \(terminalSafe(b.message.text(language)))\n"
                }
            }
        }
        return out
    }

    public static func json(_ reviews: [AgreementChecklist.Review], overlaps: [AgreementChecklist.Overlap], usage: AgreementUsage?, _ language: Language) -> String {
        func str(_ s: String) -> String { ReportWriter.jsonString(s) }
        func day(_ d: Day?) -> String { d.map { str(AgreementChecklist.iso($0)) } ?? "null" }
        func instant(_ m: Minute) -> String {
            var w = ByteWriter()
            w.appendISO(m)
            return str(String(decoding: w.bytes, as: UTF8.self))
        }
        func h(_ minutes: Int) -> String { TimeFormat.number((Double(minutes) / 60 * 100).rounded() / 100, danish: false) }
        var out = "{\n  \"schema\": \"vagttjek.agreement/1\",\n  \"on\": \(day(reviews.first?.on)),\n  \"agreements\": ["
        for (k, r) in reviews.enumerated() {
            let a = r.agreement
            out += (k == 0 ? "\n" : ",\n") + "    { \"file\": \(str(a.file)), \"id\": \(str(a.id)), \"title\": \(a.title.map(str) ?? "null"), "
            out += "\"kinds\": [\(a.kinds.map { str($0.rawValue) }.joined(separator: ", "))], \"validFrom\": \(day(a.validFrom)), \"validUntil\": \(day(a.validUntil)), "
            out += "\"fails\": \(r.fails),\n      \"items\": ["
            for (i, item) in r.items.enumerated() {
                out += (i == 0 ? "\n" : ",\n") + "        { \"item\": \(str(item.id)), \"status\": \(str(item.status.rawValue)), \"required\": \(item.required), "
                out += "\"title\": \(str(item.title.text(language))), \"message\": \(str(item.sentence.text(language))), "
                out += "\"sources\": [\(item.sources.map { str($0.text) }.joined(separator: ", "))] }"
            }
            out += "\n      ] }"
        }
        out += reviews.isEmpty ? "],\n" : "\n  ],\n"
        out += "  \"overlaps\": ["
        for (k, o) in overlaps.enumerated() {
            out += (k == 0 ? "\n" : ",\n") + "    { \"first\": \(str(reviews[o.first].agreement.id)), \"second\": \(str(reviews[o.second].agreement.id)), "
            out += "\"kinds\": [\(o.kinds.map { str($0.rawValue) }.joined(separator: ", "))], \"from\": \(day(o.from)), \"until\": \(day(o.until)) }"
        }
        out += overlaps.isEmpty ? "],\n" : "\n  ],\n"
        out += "  \"usage\": "
        if let u = usage {
            out += "{\n    \"roster\": \(str(u.roster)), \"periodStart\": \(day(u.firstDay)), \"periodEnd\": \(day(u.lastDay)),\n    \"agreements\": ["
            for (k, list) in u.uses.enumerated() {
                out += (k == 0 ? "\n" : ",\n") + "      { \"id\": \(str(reviews[k].agreement.id)), \"employees\": ["
                out += list.map {
                    "{ \"employee\": \(str($0.employee)), \"reducedRests\": \($0.reducedRests), \"postponedDaysOff\": \($0.postponedDaysOff), \"shortestRest\": \($0.shortestRest.map(h) ?? "null") }"
                }.joined(separator: ", ")
                out += "] }"
            }
            out += u.uses.isEmpty ? "],\n" : "\n    ],\n"
            out += "    \"outside\": ["
            for (k, o) in u.outside.enumerated() {
                out += (k == 0 ? "\n" : ",\n") + "      { \"employee\": \(str(o.employee)), \"kind\": \(str(o.kind.rawValue)), \"start\": \(instant(o.start)), \"end\": \(instant(o.end)), "
                out += "\"measured\": \(h(o.measured)), \"unit\": \"h\", \"message\": \(str(o.reason.text(language))) }"
            }
            out += u.outside.isEmpty ? "],\n" : "\n    ],\n"
            out += "    \"breaches\": ["
            func number(_ v: Double?) -> String { v.map { TimeFormat.number($0, danish: false) } ?? "null" }
            for (k, b) in u.breaches.enumerated() {
                out += (k == 0 ? "\n" : ",\n") + "      { \"rule\": \(str(b.rule)), \"employee\": \(str(b.employee)), \"start\": \(instant(b.start)), \"end\": \(instant(b.end)), "
                out += "\"measured\": \(number(b.measured)), \"limit\": \(number(b.limit)), \"unit\": \(str(b.unit)), \"message\": \(str(b.message.text(language))) }"
            }
            out += u.breaches.isEmpty ? "]\n  }\n" : "\n    ]\n  }\n"
        } else {
            out += "null\n"
        }
        return out + "}\n"
    }
}
