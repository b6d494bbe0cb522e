/// How a roster uses its local agreements (`vagttjek agreement --roster`): per agreement and
/// employee in its scope, the reduced rests and postponed days off the plan takes under it and
/// the shortest rest; every reduction or postponement the roster makes outside an agreement's
/// scope or validity, or beyond its limits or the law's; and `check`'s own errors on rest and
/// days off (the cap on reductions, consecutive days, compensation), so that a TR never reads an
/// all-clear that `check` on the same files contradicts.
///
/// Decisions where the spec is silent:
/// * A reduced rest is a work period with less than the daily rest (11 h) in the 24 h before
///   its end (the same count as `rest.reduced`, DESIGN.md «Reduced rest and its compensation»); a postponed day off is a stretch
///   of more than 6 × 24 h between two days off (as `dayoff.weekly` measures it).
/// * Agreements apply as in `check` (DESIGN.md «Local agreements»): the first one given that covers the period.
/// * An employee is in an agreement's scope when one of their shifts is; employees in scope
///   are listed even when the plan does not use the agreement for them (0 uses).
/// * The shortest rest is the shortest daily rest of any work period of the employee in the
///   period (the number `rest.daily` measures), used or not.
public struct AgreementUsage: Sendable {
    public struct EmployeeUse: Sendable, Equatable {
        public let employee: String
        public let reducedRests: Int
        public let postponedDaysOff: Int
        /// Minutes; nil when the employee has no work period.
        public let shortestRest: Int?
    }

    public struct OutsideUse: Sendable, Equatable {
        public enum Kind: String, Sendable { case reducedRest = "reduced-rest", postponedDayOff = "postponed-day-off" }
        public let employee: String
        public let kind: Kind
        public let start: Minute
        public let end: Minute
        /// The rest (reduced rest) or the stretch between days off (postponed day off), minutes.
        public let measured: Int
        /// Why no agreement covers it, or which limit it passes.
        public let reason: LocalizedText
    }

    /// A finding of `check` on the same files that concerns rest or days off (the rules an
    /// agreement on reduced rest or postponed days off can allow or break), not already named in
    /// `outside`: the agreement command judges the roster by the same engine as `check`.
    public struct Breach: Sendable, Equatable {
        public let rule: String
        public let employee: String
        public let start: Minute
        public let end: Minute
        public let measured: Double?
        public let limit: Double?
        public let unit: String
        public let message: LocalizedText
    }

    /// The rules whose errors are agreement-related: the daily rest and its reduction, the
    /// weekly day off and its postponement, and their compensation.
    public static let judgedRules: Set<String> = ["rest.daily", "rest.reduced", "rest.compensation", "dayoff.weekly", "dayoff.compensation"]

    public let roster: String
    public let firstDay: Day
    public let lastDay: Day
    /// Per agreement (in the order given), the employees in its scope, in roster order.
    public let uses: [[EmployeeUse]]
    public let outside: [OutsideUse]
    /// `check`'s errors of `judgedRules` that `outside` does not name (same employee, start and end).
    public let breaches: [Breach]

    /// Whether the roster uses the agreements as `check` allows: nothing outside them, no error.
    public var isClear: Bool { outside.isEmpty && breaches.isEmpty }

    public static func measure(_ input: CheckInput) -> AgreementUsage {
        let plan = PlanContext(input)
        let standardGap = plan.policy.maxDaysBetweenDaysOff * minutesPerDay
        let lawFloor = 8 * 60, lawGap = 12 * minutesPerDay
        var uses = [[EmployeeUse]](repeating: [], count: plan.agreements.count)
        var outside: [OutsideUse] = []
        var t = EmployeeTimeline()
        let shifts = plan.roster.shifts
        for e in plan.roster.employeeIDs.indices {
            t.build(employee: Int32(e), plan: plan, needs: [.rest, .daysOff])
            let id = plan.roster.employeeIDs[e]
            var reduced = [Int](repeating: 0, count: plan.agreements.count)
            var postponed = reduced
            let rest = t.rest
            for (i, p) in t.periods.rest.enumerated() where rest.isReduction(i) && p.end > plan.periodStart {
                let a = rest.agreement[i], length = rest.longest[i]
                if a < 0 {
                    let why = DailyRest().whyNoAgreement(t, p, plan)
                    outside.append(OutsideUse(
                        employee: id, kind: .reducedRest, start: p.start, end: p.end, measured: length,
                        reason: text { w, l in DailyRest().writeNote(Int(why.0.rawValue), agreement: why.1, shift: why.2, plan, l, into: &w) }))
                    continue
                }
                reduced[a] += 1
                let agreement = plan.agreements[a]
                if length < agreement.minRestMinutes {
                    outside.append(OutsideUse(
                        employee: id, kind: .reducedRest, start: p.start, end: p.end, measured: length,
                        reason: LocalizedText(
                            da: "Under aftalen \(agreement.id)s grænse på \(TimeFormat.number(agreement.minRestHours, danish: true)) timer.",
                            en: "Below agreement \(agreement.id)'s floor of \(TimeFormat.number(agreement.minRestHours, danish: false)) hours.")))
                } else if length < lawFloor {
                    outside.append(OutsideUse(
                        employee: id, kind: .reducedRest, start: p.start, end: p.end, measured: length,
                        reason: LocalizedText(
                            da: "Aftalen \(agreement.id) tillader det, men loven tillader højst nedsættelse til 8 timer.",
                            en: "Agreement \(agreement.id) allows it, but the law allows a reduction to 8 hours at the least.")))
                }
            }
            for gap in t.daysOff.gaps where gap.length > standardGap {
                let a = t.postponementAgreement(for: gap, plan)
                if a < 0 {
                    let why: LocalizedText = plan.postponementAgreements.isEmpty
                        ? LocalizedText(da: "Ingen aftale om udskudt fridøgn.", en: "No agreement on postponed days off.")
                        : LocalizedText(
                            da: "Ingen aftale om udskudt fridøgn dækker perioden (område eller gyldighed).",
                            en: "No agreement on postponed days off covers the stretch (scope or validity).")
                    outside.append(OutsideUse(employee: id, kind: .postponedDayOff, start: gap.start, end: gap.end, measured: gap.length, reason: why))
                    continue
                }
                postponed[a] += 1
                let agreement = plan.agreements[a]
                if gap.length > agreement.maxDaysBetweenDaysOff * minutesPerDay {
                    outside.append(OutsideUse(
                        employee: id, kind: .postponedDayOff, start: gap.start, end: gap.end, measured: gap.length,
                        reason: LocalizedText(
                            da: "Længere end aftalen \(agreement.id)s \(agreement.maxDaysBetweenDaysOff) døgn.",
                            en: "Longer than agreement \(agreement.id)'s \(agreement.maxDaysBetweenDaysOff) days.")))
                } else if gap.length > lawGap {
                    outside.append(OutsideUse(
                        employee: id, kind: .postponedDayOff, start: gap.start, end: gap.end, measured: gap.length,
                        reason: LocalizedText(
                            da: "Aftalen \(agreement.id) tillader det, men loven tillader højst 12 døgn.",
                            en: "Agreement \(agreement.id) allows it, but the law allows 12 days at the most.")))
                }
            }
            let shortest = rest.longest.isEmpty ? nil : rest.longest.min()
            for a in plan.agreements.indices where t.shifts.contains(where: { plan.agreement(a, covers: shifts[$0]) }) {
                uses[a].append(EmployeeUse(employee: id, reducedRests: reduced[a], postponedDaysOff: postponed[a], shortestRest: shortest))
            }
        }
        // The same judgement as `check`: its errors on rest and days off, one engine.
        let result = Checker().check(input, jobs: 1)
        let named = Set(outside.map { "\($0.employee)|\($0.start)|\($0.end)" })
        var breaches: [Breach] = []
        for f in result.findings where f.severity == .error && judgedRules.contains(f.rule.id) && f.employee >= 0 {
            let id = result.plan.roster.employeeIDs[Int(f.employee)]
            if named.contains("\(id)|\(f.start)|\(f.end)") { continue }
            breaches.append(Breach(
                rule: f.rule.id, employee: id, start: f.start, end: f.end, measured: f.measured, limit: f.limit, unit: f.unit.rawValue,
                message: f.text(result.plan)))
        }
        return AgreementUsage(
            roster: input.roster.file, firstDay: plan.firstDay, lastDay: plan.lastDay, uses: uses, outside: outside, breaches: breaches)
    }

    /// A sentence written by a rule's message writer, in both languages.
    static func text(_ body: (inout ByteWriter, Language) -> Void) -> LocalizedText {
        var da = ByteWriter(), en = ByteWriter()
        body(&da, .da)
        body(&en, .en)
        return LocalizedText(da: String(decoding: da.bytes, as: UTF8.self), en: String(decoding: en.bytes, as: UTF8.self))
    }
}
