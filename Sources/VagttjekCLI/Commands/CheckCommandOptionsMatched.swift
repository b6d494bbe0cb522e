import VagttjekCore

/// Options that match nothing in the input are named, never passed over: a `--period` that
/// holds no shift would give an all-clear for an empty plan (a `--kinds` value no row has is a
/// notice of `CheckFiles.read`).
extension CheckCommand {
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
    /// A name as the filters compare it: without spaces at the ends, in lower case (people type
    /// `--unit "hus nord"` for «Hus Nord»).
    static func loose(_ s: String) -> String {
        var t = Substring(s)
        while t.first == " " || t.first == "\t" { t.removeFirst() }
        while t.last == " " || t.last == "\t" { t.removeLast() }
        return t.lowercased()
    }

    /// The filter with each unit and employee as the roster writes them, found without regard to
    /// case or spaces at the ends. A unit or employee the roster does not have would filter
    /// everything away and read as an all-clear: a usage error naming what there is and the
    /// nearest match.
    func resolvedFilter(_ result: CheckResult) throws -> FindingFilter {
        var resolved = filter
        if !filter.units.isEmpty {
            let known = Array(Set(FindingFilter.employeeUnits(result.plan).compactMap { $0 })).sorted()
            resolved.units = try filter.units.map { u in
                if known.contains(u) { return u }
                if let match = known.first(where: { Self.loose($0) == Self.loose(u) }) { return match }
                let list = known.joined(separator: ", ")
                let near = ArgumentParser.closest(Self.loose(u), among: known.map(Self.loose)).flatMap { n in known.first { Self.loose($0) == n } }
                let hint = near.map { (" Mente du '\(shown($0))'?", " Did you mean '\(shown($0))'?") } ?? ("", "")
                throw UsageError(
                    da: "--unit: ingen medarbejder i vagtplanen hører til '\(shown(u))' (afdelinger: \(list.isEmpty ? "ingen angivet" : list)).\(hint.0)",
                    en: "--unit: no employee in the roster belongs to '\(shown(u))' (units: \(list.isEmpty ? "none given" : list)).\(hint.1)")
            }
        }
        let ids = result.plan.roster.employeeIDs
        let exact = Set(ids)
        resolved.employees = try filter.employees.map { e in
            if exact.contains(e) { return e }
            let matches = ids.filter { Self.loose($0) == Self.loose(e) }
            if matches.count == 1 { return matches[0] }
            let near = ArgumentParser.closest(e, among: ids)
            let hint = near.map { (" Mente du '\(shown($0))'?", " Did you mean '\(shown($0))'?") } ?? ("", "")
            throw UsageError(
                da: "--employee: '\(shown(e))' har ingen vagter i vagtplanen.\(hint.0)", en: "--employee: '\(shown(e))' has no shifts in the roster.\(hint.1)")
        }
        return resolved
    }
}
