/// The survey's report in text (Danish by default) and JSON (`vagttjek.survey/1`); with a
/// second round, the change per question and in the index.
public enum SurveyReport {
    static func number(_ v: Double?, _ da: Bool, decimals: Int = 2) -> String {
        guard let v else { return "–" }
        // Fixed decimals without Foundation: the rounded value in tenths or hundredths.
        let scale = decimals == 1 ? 10 : 100
        let scaled = Int((abs(v) * Double(scale)).rounded())
        let fraction = String(scaled % scale)
        let digits = String(repeating: "0", count: decimals - fraction.count) + fraction
        return "\(v < 0 && scaled > 0 ? "-" : "")\(scaled / scale)\(da ? "," : ".")\(digits)"
    }

    public static func text(_ r: Survey.Result, before: Survey.Result? = nil, _ language: Language) -> String {
        let da = language == .da
        var out = "vagttjek survey — \(terminalSafe(r.survey.file))\n"
        out += da
            ? "Tre spørgsmål om arbejdstidsplanlægningen (Den gode Arbejdsplads): 1 = meget godt … 4 = meget dårligt.\n"
            : "Three questions on working-time planning (Den gode Arbejdsplads): 1 = very good … 4 = very bad.\n"
        if r.overallHidden {
            out += da
                ? "Besvarelser: \(r.overall.respondents) — færre end \(r.minGroup) i alt, så tallene vises ikke (anonymitet).\n"
                : "Answers: \(r.overall.respondents) — fewer than \(r.minGroup) in all, so the figures are not shown (anonymity).\n"
        } else {
            out += figures(r.overall, da)
        }
        if r.survey.hasUnits {
            out += da ? "\nPr. afdeling (vist fra \(r.minGroup) besvarelser):\n" : "\nBy unit (shown from \(r.minGroup) answers):\n"
            let width = min(30, r.units.map { $0.unit.count }.max() ?? 0)
            for u in r.units {
                let name = terminalSafe(u.unit.isEmpty ? (da ? "(ingen afdeling)" : "(no unit)") : u.unit).padding(width)
                if let f = u.figures {
                    out += "  \(name)  " + "n=\(f.respondents)".padding(5) + "  " + (da ? "indeks " : "index ") + number(f.index, da, decimals: 1).leftPadded(5)
                    out += "  " + (da ? "gns. " : "means ") + f.questions.map { number($0.mean, da) }.joined(separator: " / ") + "\n"
                } else if u.hiddenToProtectAnother {
                    out += "  \(name)  " + (da ? "skjult, så en skjult afdeling ikke kan regnes ud (--strict-anonymity)\n" : "hidden so that a hidden unit cannot be worked out (--strict-anonymity)\n")
                } else {
                    out += "  \(name)  " + (da ? "skjult: under \(r.minGroup) besvarelser (anonymitet)\n" : "hidden: under \(r.minGroup) answers (anonymity)\n")
                }
            }
            if r.oneHiddenUnitCanBeDerived {
                out += da
                    ? "Bemærk: én afdeling er skjult, men dens tal kan regnes ud som helheden minus de viste afdelinger. Brug --strict-anonymity for også at skjule den mindste viste.\n"
                    : "Note: one unit is hidden, but its figures follow from the whole minus the units shown. Use --strict-anonymity to hide the smallest shown one too.\n"
            }
        }
        if let b = before {
            out += da ? "\nÆndring fra \(terminalSafe(b.survey.file)):\n" : "\nChange from \(terminalSafe(b.survey.file)):\n"
            for k in 0..<3 {
                let x = b.overallHidden ? nil : b.overall.questions[k].mean, y = r.overallHidden ? nil : r.overall.questions[k].mean
                out += "  \(k + 1) \(da ? Survey.questions[k].da : Survey.questions[k].en): \(number(x, da)) → \(number(y, da))"
                if let x, let y { out += " (\(signed(y - x, da)))" }
                out += "\n"
            }
            let (bi, ri) = (b.overallHidden ? nil : b.overall.index, r.overallHidden ? nil : r.overall.index)
            out += (da ? "  Indeks: " : "  Index: ") + "\(number(bi, da, decimals: 1)) → \(number(ri, da, decimals: 1))"
            if let x = bi, let y = ri { out += " (\(signed(y - x, da, decimals: 1)))" }
            out += da ? "; et lavere indeks er bedre.\n" : "; a lower index is better.\n"
        }
        return out
    }

    static func signed(_ v: Double, _ da: Bool, decimals: Int = 2) -> String {
        let s = number(abs(v), da, decimals: decimals)
        return (v < 0 && s.contains(where: { $0 >= "1" && $0 <= "9" }) ? "−" : "+") + s
    }

    static func figures(_ f: Survey.Figures, _ da: Bool) -> String {
        var out = da
            ? "Besvarelser: \(f.respondents) (\(f.complete) fuldstændige)\n\n"
            : "Answers: \(f.respondents) (\(f.complete) complete)\n\n"
        out += da ? "  spørgsmål                                  svar  ubesv.  gns.    1    2    3    4\n" : "  question                                   answ.  blank  mean    1    2    3    4\n"
        for (k, q) in f.questions.enumerated() {
            let title = "\(k + 1) \(da ? Survey.questions[k].da : Survey.questions[k].en)".padding(40)
            out += "  \(title) \(pad(q.answered, 5)) \(pad(q.unanswered, 7)) \(number(q.mean, da).leftPadded(5))"
            for d in q.distribution { out += " \(pad(d, 4))" }
            out += "\n"
        }
        out += "\n"
        out += da
            ? "Point i alt: \(f.total) (mindst \(f.minPossible), højst \(f.maxPossible)) for de \(f.complete) fuldstændige besvarelser; ubesvarede spørgsmål tæller kun i spørgsmålenes egne tal.\n"
            : "Points in all: \(f.total) (least \(f.minPossible), most \(f.maxPossible)) for the \(f.complete) complete answers; unanswered questions count only in the questions' own figures.\n"
        if let index = f.index {
            out += da
                ? "Behov for forandring: \(number(index, da, decimals: 1)) af 100 (0 = alle meget godt, 100 = alle meget dårligt); vagttjeks egen inddeling: \(Survey.band(index).da).\n"
                : "Need for change: \(number(index, da, decimals: 1)) of 100 (0 = all very good, 100 = all very bad); vagttjek's own banding: \(Survey.band(index).en).\n"
        }
        return out
    }

    static func pad(_ n: Int, _ width: Int) -> String { String(n).leftPadded(width) }

    /// The `vagttjek.survey/1` document.
    public static func json(_ r: Survey.Result, before: Survey.Result? = nil) -> String {
        func num(_ v: Double?) -> String { v.map { TimeFormat.number(($0 * 100).rounded() / 100, danish: false) } ?? "null" }
        func figures(_ f: Survey.Figures) -> String {
            let qs = f.questions.enumerated().map { k, q in
                "{ \"question\": \(k + 1), \"key\": \"\(Survey.questions[k].key)\", \"answered\": \(q.answered), \"unanswered\": \(q.unanswered), "
                    + "\"mean\": \(num(q.mean)), \"distribution\": [\(q.distribution.map(String.init).joined(separator: ", "))] }"
            }
            return "{ \"respondents\": \(f.respondents), \"complete\": \(f.complete), \"total\": \(f.total), \"minPossible\": \(f.minPossible), "
                + "\"maxPossible\": \(f.maxPossible), \"index\": \(num(f.index)), \"questions\": [\(qs.joined(separator: ", "))] }"
        }
        var w = ByteWriter()
        w.append("{\n  \"schema\": \"vagttjek.survey/1\",\n  \"file\": ")
        w.append(json: r.survey.file)
        func overall(_ r: Survey.Result) -> String {
            r.overallHidden ? "{ \"respondents\": \(r.overall.respondents), \"shown\": false }" : figures(r.overall)
        }
        w.append(string: ",\n  \"overall\": \(overall(r)),\n  \"minGroup\": \(r.minGroup),\n  \"units\": [")
        for (i, u) in r.units.enumerated() {
            w.append(i == 0 ? "\n    { \"unit\": " : ",\n    { \"unit\": ")
            w.append(json: u.unit)
            w.append(string: ", \"respondents\": \(u.respondents), \"shown\": \(u.figures != nil), \"figures\": \(u.figures.map(figures) ?? "null") }")
        }
        w.append(r.units.isEmpty ? "],\n" : "\n  ],\n")
        w.append(string: "  \"hiddenUnitCanBeDerived\": \(r.oneHiddenUnitCanBeDerived)")
        if let b = before {
            w.append(",\n  \"before\": { \"file\": ")
            w.append(json: b.survey.file)
            w.append(string: ", \"overall\": \(overall(b)) }")
        }
        w.append("\n}\n")
        return String(decoding: w.bytes, as: UTF8.self)
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
