import VagttjekCore

/// Options that match nothing in the input are named, never passed over: a `--kinds` value no
/// row has would leave its rows read as whatever they say, and a `--period` that holds no shift
/// would give an all-clear for an empty plan.
extension CheckCommand {
    /// A notice naming the `--kinds` values that no row's kind cell holds (in any of the files).
    static func unmatchedKindsNotice(_ mapping: [String: ShiftKind], matched: Set<String>, files: [String], _ language: Language) -> String {
        let unmatched = mapping.keys.filter { !matched.contains($0) }.sorted()
        guard !unmatched.isEmpty else { return "" }
        let names = unmatched.map { "«\(shown($0))»" }.joined(separator: ", ")
        let one = unmatched.count == 1
        let where_ = files.count == 1 ? files[0] : files.joined(separator: ", ")
        let da = language == .da
        return terminalSafe(
            da
                ? "vagttjek: bemærk: --kinds \(names) passer ikke på nogen rækkes type i \(where_); står værdien i en anden kolonne (fx vagtkoden), så oversættes den ikke"
                : "vagttjek: note: --kinds \(names) \(one ? "matches" : "match") no row's kind in \(where_); a value in another column (the shift code, say) is not mapped") + "\n"
    }

    /// A `--period` that holds none of the roster's rows is a usage error naming the roster's
    /// own first and last day.
    static func checkPeriodHoldsShifts(_ period: ClosedRange<Day>?, _ roster: Roster) throws {
        guard let period, !roster.shifts.isEmpty else { return }
        let from = Copenhagen.midnight(period.lowerBound), to = Copenhagen.midnight(period.upperBound + 1)
        var first = Int.max, last = Int.min
        for s in roster.shifts {
            if s.endMinute > from && s.startMinute < to { return }
            first = min(first, s.startMinute)
            last = max(last, s.endMinute)
        }
        let a = CivilDate(dayNumber: Copenhagen.day(of: first)), b = CivilDate(dayNumber: Copenhagen.day(of: max(first, last - 1)))
        let p0 = CivilDate(dayNumber: period.lowerBound), p1 = CivilDate(dayNumber: period.upperBound)
        throw UsageError(
            da: "--period \(p0)..\(p1) rummer ingen af vagtplanens vagter (de ligger \(a)–\(b)); ret perioden eller vælg den rigtige fil.",
            en: "--period \(p0)..\(p1) holds none of the roster's shifts (they lie \(a)–\(b)); correct the period or choose the right file.")
    }
}

extension CheckCommand {
    /// A notice naming the ids that only look alike (Latin `A1` and Cyrillic `А1`): two people
    /// to vagttjek, perhaps one to the planner (DESIGN.md, «One id, one person»).
    static func lookalikeIDsNotice(_ ids: [String], file: String, _ language: Language) -> String {
        var out = ""
        for group in EmployeeID.lookalikes(ids) {
            let list = group.map { "«\(shown(EmployeeID.spelled($0)))»" }.joined(separator: ", ")
            out += InputError(
                file: file,
                da: "bemærk: \(list) ligner hinanden, men er skrevet med forskellige tegn (fx latinsk og kyrillisk) og læses som \(group.count) medarbejdere; er det én, så ret id'et",
                en: "note: \(list) look alike but are written with different characters (Latin and Cyrillic, say) and are read as \(group.count) employees; if they are one, correct the id")
                .rendered(language) + "\n"
        }
        return out
    }
}
