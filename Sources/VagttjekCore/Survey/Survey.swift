/// The three-question survey on working-time planning (README «The survey»; Den gode Arbejdsplads, the
/// survey in the chapter on working time, seed 004 lines 2851–2866): every employee answers how
/// the current planning works (1) for the residents, (2) for their influence on their working
/// time, (3) for their leisure time, from 1 (meget godt) to 4 (meget dårligt); "summen af alle
/// point" says how much change is wanted.
///
/// Decisions (said in the report too):
/// * Per question, every answer given counts (count, mean, distribution); a blank is
///   "unanswered" and counted per question.
/// * The total, its minimum and maximum (3n, 12n) and the need-for-change index
///   `(total − 3n) / 9n × 100` are computed on the complete answers (all three questions), so
///   the index always means the same thing.
/// * Fewer than `minGroup` answers in all: only their count is shown (anonymity, as for a unit).
/// * A unit under `minGroup` respondents is not shown (anonymity); when exactly one unit is
///   hidden, its figures follow from the total minus the units shown, which the report says, and
///   `strictAnonymity` then hides the smallest shown unit too.
/// * The words for bands of the index are this tool's own aid, labelled as such.
public struct Survey: Sendable {
    /// One respondent: the file line, the unit (when the file has a unit column), the three
    /// answers 1–4 (nil: unanswered).
    public struct Answer: Sendable, Equatable {
        public var line: Int
        public var unit: String?
        public var values: [Int?]
    }

    public let file: String
    public let answers: [Answer]
    public let hasUnits: Bool
    /// What the reader chose without an error: the columns it does not read, and where the
    /// unit came from when a question's text named it.
    public var notices: [InputError] = []

    /// The columns a survey file has, for `--columns ROLE=Header`.
    public enum Column: String, CaseIterable, Sendable { case q1, q2, q3, unit }

    /// The questions' short names, as the headers may give them.
    public static let questions: [(key: String, da: String, en: String)] = [
        ("borgerne", "for borgerne", "for the residents"),
        ("indflydelse", "for din indflydelse på din arbejdstid", "for your influence on your working time"),
        ("fritidsliv", "for dit fritidsliv", "for your leisure time"),
    ]

    /// Answer words a form tool writes, and their points.
    static let words: [String: Int] = [
        "meget godt": 1, "godt": 2, "dårligt": 3, "meget dårligt": 4,
        "very good": 1, "good": 2, "bad": 3, "very bad": 4, "poor": 3, "very poor": 4,
    ]

    public static func read(path: String, mapping: [Column: String] = [:]) throws(InputFailure) -> Survey {
        let bytes: [UInt8]
        do { bytes = try TextEncoding.normalise(try TextFile.read(path: path), file: path).bytes } catch { throw InputFailure([error]) }
        return try parse(bytes: bytes, file: path, mapping: mapping)
    }

    /// Reads `q1,q2,q3` (or `borgerne`, `indflydelse`, `fritidsliv`, or the question texts), an
    /// optional `unit` (`afdeling`, `enhed`) and `respondent`; answers 1–4 or the Danish words.
    ///
    /// The unit may also come from a form tool's question column whose text names it ("Hvilken
    /// afdeling arbejder du i?"), said in a notice; `mapping` (`--columns unit=…`) names any
    /// column. Every column not read is named in a notice.
    public static func parse(bytes: [UInt8], file: String, mapping: [Column: String] = [:]) throws(InputFailure) -> Survey {
        var scanner = CSVScanner(bytes: bytes, delimiter: CSVScanner.detectDelimiter(bytes))
        var record = CSVScanner.Record()
        guard scanner.next(into: &record) else {
            throw InputFailure([InputError(file: file, line: 1, da: "filen er tom; forventede en overskrift med q1, q2, q3", en: "the file is empty; expected a header with q1, q2, q3")])
        }
        let names = (0..<record.count).map { HeaderName.visible(scanner.string(record, $0)) }
        let headers = names.map { $0.lowercased() }, keys = names.map(HeaderName.key)
        var usage: [InputError] = []
        func column(_ role: Column, _ known: [String], containing parts: [String] = []) -> Int? {
            if let wanted = mapping[role] {
                if let i = keys.firstIndex(of: HeaderName.key(wanted)) { return i }
                usage.append(InputError(
                    file: file, line: record.line,
                    da: "--columns \(role.rawValue)=\(wanted): overskriften har ingen kolonne «\(shown(wanted))»; den har: \(shownList(names))",
                    en: "--columns \(role.rawValue)=\(wanted): the header has no column «\(shown(wanted))»; it has: \(shownList(names))"))
                return nil
            }
            let wanted = known.map(HeaderName.key)
            return keys.firstIndex(where: wanted.contains) ?? headers.firstIndex { h in parts.contains { h.contains($0) } }
        }
        let q = [
            column(.q1, ["q1", "1", "borgerne"], containing: ["borger"]),
            column(.q2, ["q2", "2", "indflydelse"], containing: ["indflydelse"]),
            column(.q3, ["q3", "3", "fritidsliv", "fritid"], containing: ["fritid"]),
        ]
        var unitColumn = column(.unit, ["unit", "afdeling", "enhed", "department"])
        var notices: [InputError] = []
        if unitColumn == nil && mapping[.unit] == nil {
            // A form tool's question for the unit ("Hvilken afdeling arbejder du i?").
            let parts = ["afdeling", "enhed", "department", "unit"]
            if let i = headers.indices.first(where: { i in !q.contains(i) && parts.contains { headers[i].contains($0) } }) {
                unitColumn = i
                notices.append(InputError(
                    file: file, line: record.line,
                    da: "afdelingen læses fra kolonnen «\(shown(names[i]))» (brug --columns unit=Overskrift for en anden)",
                    en: "the unit is read from the column «\(shown(names[i]))» (use --columns unit=Header for another)"))
            }
        }
        if !usage.isEmpty { throw InputFailure(usage, isUsage: true) }
        guard q.allSatisfy({ $0 != nil }) else {
            let missing = zip(["q1 / borgerne", "q2 / indflydelse", "q3 / fritidsliv"], q).filter { $0.1 == nil }.map(\.0).joined(separator: ", ")
            throw InputFailure([InputError(
                file: file, line: record.line,
                da: "mangler kolonnen \(missing); overskriften er: \(shownList(headers))",
                en: "missing the column \(missing); the header is: \(shownList(headers))")])
        }
        let columns = q.compactMap { $0 }
        let read = Set(columns + (unitColumn.map { [$0] } ?? []))
        let unread = names.indices.filter { !read.contains($0) && !names[$0].isEmpty && !["respondent", "respondentid", "id"].contains(keys[$0]) }
        if !unread.isEmpty {
            let list = unread.map { "«\(shown(names[$0]))»" }.joined(separator: ", ")
            let one = unread.count == 1
            notices.append(InputError(
                file: file, line: record.line,
                da: "\(one ? "kolonnen" : "kolonnerne") \(list) læses ikke; vagttjek læser de tre spørgsmål og afdelingen (brug --columns q1=…,q2=…,q3=…,unit=…, hvis en af dem er en af disse)",
                en: "the \(one ? "column" : "columns") \(list) \(one ? "is" : "are") not read; vagttjek reads the three questions and the unit (use --columns q1=…,q2=…,q3=…,unit=… if one of them is one of these)"))
        }
        var answers: [Answer] = []
        var errors: [InputError] = []
        while scanner.next(into: &record) {
            // A wholly empty row (Excel's ;;;) is no respondent.
            if (0..<record.count).allSatisfy({ scanner.string(record, $0).trimmedOfSpaces.isEmpty }) { continue }
            guard record.count == headers.count else {
                errors.append(InputError(
                    file: file, line: record.line, da: "rækken har \(record.count) felter; overskriften har \(headers.count)",
                    en: "the row has \(record.count) fields; the header has \(headers.count)"))
                continue
            }
            var values: [Int?] = []
            for (k, c) in columns.enumerated() {
                let text = scanner.string(record, c).trimmedOfSpaces
                if text.isEmpty {
                    values.append(nil)
                } else if let v = Int(text), (1...4).contains(v) {
                    values.append(v)
                } else if let v = words[text.lowercased()] {
                    values.append(v)
                } else {
                    values.append(nil)
                    errors.append(InputError(
                        file: file, line: record.line, column: scanner.characterColumn(record, c),
                        da: "spørgsmål \(k + 1): svaret «\(shown(text))» skal være 1–4 (1 meget godt, 2 godt, 3 dårligt, 4 meget dårligt) eller tomt",
                        en: "question \(k + 1): the answer «\(shown(text))» must be 1–4 (1 very good, 2 good, 3 bad, 4 very bad) or blank"))
                }
            }
            let unit = unitColumn.map { scanner.string(record, $0).trimmedOfSpaces }.flatMap { $0.isEmpty ? nil : $0 }
            answers.append(Answer(line: record.line, unit: unit, values: values))
        }
        if !errors.isEmpty { throw InputFailure(errors) }
        guard !answers.isEmpty else {
            throw InputFailure([InputError(file: file, da: "ingen besvarelser efter overskriften", en: "no answers after the header")])
        }
        var survey = Survey(file: file, answers: answers, hasUnits: unitColumn != nil)
        survey.notices = notices
        return survey
    }

    /// The figures of a group of answers.
    public struct Figures: Sendable, Equatable {
        public struct Question: Sendable, Equatable {
            public var answered = 0, unanswered = 0
            /// Answers 1, 2, 3, 4.
            public var distribution = [0, 0, 0, 0]
            public var mean: Double? { answered == 0 ? nil : Double(zip(1...4, distribution).map { $0 * $1 }.reduce(0, +)) / Double(answered) }
        }
        public var respondents = 0
        /// Respondents who answered all three.
        public var complete = 0
        public var questions = [Question(), Question(), Question()]
        /// Points of the complete answers, and the least and most they could be (3n, 12n).
        public var total = 0
        public var minPossible: Int { 3 * complete }
        public var maxPossible: Int { 12 * complete }
        /// `(total − 3n) / 9n × 100`: 0 when every complete answer is "meget godt", 100 when every
        /// one is "meget dårligt"; nil without complete answers.
        public var index: Double? { complete == 0 ? nil : Double(total - 3 * complete) / Double(9 * complete) * 100 }

        public init() {}

        init(_ answers: some Sequence<Answer>) {
            for a in answers {
                respondents += 1
                var points = 0, full = true
                for (k, v) in a.values.enumerated() {
                    if let v {
                        questions[k].answered += 1
                        questions[k].distribution[v - 1] += 1
                        points += v
                    } else {
                        questions[k].unanswered += 1
                        full = false
                    }
                }
                if full {
                    complete += 1
                    total += points
                }
            }
        }
    }

    /// One unit's line: its figures, or nil when hidden for anonymity.
    public struct UnitFigures: Sendable, Equatable {
        public var unit: String
        public var respondents: Int
        public var figures: Figures?
        /// Hidden only because of `strictAnonymity` (one other unit was under the minimum).
        public var hiddenToProtectAnother = false
    }

    /// Everything the report shows.
    public struct Result: Sendable {
        public var survey: Survey
        public var overall: Figures
        public var units: [UnitFigures]
        public var minGroup: Int
        /// Exactly one unit is hidden and the others are shown: its figures can be worked out.
        public var oneHiddenUnitCanBeDerived: Bool
        /// Fewer answers in all than `minGroup`: nothing but the count is shown, for the whole
        /// as for a unit (three answers from one hidden unit are that unit's answers).
        public var overallHidden = false
    }

    public func result(minGroup: Int = 5, strictAnonymity: Bool = false) -> Result {
        var byUnit: [String: [Answer]] = [:]
        if hasUnits { for a in answers { byUnit[a.unit ?? "", default: []].append(a) } }
        var units = byUnit.keys.sorted(by: naturalPrecedes).map { u -> UnitFigures in
            let list = byUnit[u] ?? []
            return UnitFigures(unit: u, respondents: list.count, figures: list.count >= minGroup ? Figures(list) : nil)
        }
        let hidden = units.filter { $0.figures == nil }.count
        let derivable = hidden == 1 && units.count > 1
        if derivable && strictAnonymity {
            // Hide the smallest shown unit too, so no hidden unit follows by subtraction.
            if let k = units.indices.filter({ units[$0].figures != nil }).min(by: { units[$0].respondents < units[$1].respondents }) {
                units[k].figures = nil
                units[k].hiddenToProtectAnother = true
            }
        }
        var result = Result(survey: self, overall: Figures(answers), units: units, minGroup: minGroup, oneHiddenUnitCanBeDerived: derivable && !strictAnonymity)
        result.overallHidden = answers.count < minGroup
        return result
    }

    /// This tool's own words for bands of the index (not from the source): under 25 little,
    /// under 50 some, under 75 a large, else a very large need for change.
    public static func band(_ index: Double) -> LocalizedText {
        switch index {
        case ..<25: return LocalizedText(da: "lille behov for forandring", en: "little need for change")
        case ..<50: return LocalizedText(da: "noget behov for forandring", en: "some need for change")
        case ..<75: return LocalizedText(da: "stort behov for forandring", en: "a large need for change")
        default: return LocalizedText(da: "meget stort behov for forandring", en: "a very large need for change")
        }
    }
}

extension String {
    /// Without spaces and tabs at either end (a form tool's " 3 ").
    fileprivate var trimmedOfSpaces: String {
        var s = Substring(self)
        while s.first == " " || s.first == "\t" { s.removeFirst() }
        while s.last == " " || s.last == "\t" { s.removeLast() }
        return String(s)
    }
}
