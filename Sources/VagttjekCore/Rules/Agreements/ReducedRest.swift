/// Nedsat hviletid: the cap on reductions under a local agreement (seed 004 lines 2283–2287,
/// 2374–2379, 2775–2787; BEK 324 as amended 2024).
///
/// A *reduction* is a work period P whose 24 h window holds less than 11 h of rest; it is dated
/// by P's start. Every such period counts, whether or not an agreement covered it (DESIGN.md «Reduced rest and its compensation»).
/// This rule judges the reductions an agreement allows (rest ≥ `minRestHours`); a reduction
/// with no agreement, or below the minimum, is already a `rest.daily` error and is not judged
/// again here. At most one finding per work period: the 7-day cap first, else the
/// consecutive-days rule.
public struct ReducedRest: Rule {
    public init() {}

    public var needs: Analyses { .rest }

    public let description = RuleDescription(
        id: "rest.reduced",
        title: LocalizedText(da: "Nedsat hviletid: højst så ofte, som aftalen tillader", en: "Reduced rest: no more often than the agreement allows"),
        severity: .error,
        summary: LocalizedText(
            da: "En lokalaftale kan tillade hviletid ned til 8 timer, men kun så mange gange pr. 7 døgn, som aftalen siger, og ikke to dage i træk, medmindre aftalen tillader det.",
            en: "A local agreement may allow rest down to 8 hours, but only as many times per 7 days as it says, and not on two consecutive days unless it allows that."),
        sources: [Citation(.aftaleOmHviletidOgFridogn), Citation(.hvileBekendtgorelsen2024), .denGodeArbejdsplads("Lokalaftaler om arbejdstid"), .denGodeArbejdsplads("Lokalaftaler om arbejdstid (decentrale arbejdstidsaftaler)")],
        parameters: [
            .agreement(.maxReductionsPer7Days),
            .agreement(.allowConsecutiveDays),
        ],
        examples: [
            RuleExample(
                "Two reductions in 7 days with maxReductionsPer7Days 1", da: "To nedsættelser på 7 døgn med maxReductionsPer7Days 1",
                roster: "employee,start,end,unit\nE1,2026-03-03 15:00,2026-03-03 23:00,Hus Nord\nE1,2026-03-04 07:00,2026-03-04 15:00,Hus Nord\nE1,2026-03-06 15:00,2026-03-06 23:00,Hus Nord\nE1,2026-03-07 07:00,2026-03-07 15:00,Hus Nord\n",
                agreements: [RuleExamples.agreementHusNord],
                expect: ["E1 2026-03-07 07:00–2026-03-07 15:00 2/1"]),
            RuleExample(
                "One reduction a week is within the cap", da: "Én nedsættelse om ugen er inden for loftet",
                roster: "employee,start,end,unit\nE1,2026-03-03 15:00,2026-03-03 23:00,Hus Nord\nE1,2026-03-04 07:00,2026-03-04 15:00,Hus Nord\nE1,2026-03-10 15:00,2026-03-10 23:00,Hus Nord\nE1,2026-03-11 07:00,2026-03-11 15:00,Hus Nord\n",
                agreements: [RuleExamples.agreementHusNord]),
            RuleExample(
                "Reductions on consecutive days when the cap allows two", da: "Nedsættelser to dage i træk, når loftet tillader to",
                roster: "employee,start,end,unit\nE1,2026-03-03 15:00,2026-03-03 23:00,Hus Nord\nE1,2026-03-04 07:00,2026-03-04 17:00,Hus Nord\nE1,2026-03-05 01:00,2026-03-05 07:00,Hus Nord\n",
                agreements: [RuleExamples.agreementHusNord.replacingFirst("\"maxReductionsPer7Days\": 1", with: "\"maxReductionsPer7Days\": 2")],
                expect: ["E1 2026-03-05 01:00–2026-03-05 07:00 2/1"]),
            RuleExample(
                "Reductions on consecutive days allowed by the agreement", da: "Nedsættelser to dage i træk, som aftalen tillader",
                roster: "employee,start,end,unit\nE1,2026-03-03 15:00,2026-03-03 23:00,Hus Nord\nE1,2026-03-04 07:00,2026-03-04 17:00,Hus Nord\nE1,2026-03-05 01:00,2026-03-05 07:00,Hus Nord\n",
                agreements: [RuleExamples.agreementHusNord.replacingFirst("\"maxReductionsPer7Days\": 1", with: "\"maxReductionsPer7Days\": 2, \"allowConsecutiveDays\": true")]),
        ])

    public func check(_ t: EmployeeTimeline, _ plan: PlanContext, into findings: inout FindingSink) {
        // Without a rest-reduction agreement no reduction is allowed (`RestAnalysis`), so there
        // is nothing for this rule to judge (shaped for speed: 6 M instructions at 1,000 staff).
        guard !plan.restAgreements.isEmpty else { return }
        let periods = t.periods.rest, rest = t.rest
        var reductionStarts: [Minute] = []
        for (i, p) in periods.enumerated() where rest.isReduction(i) {
            reductionStarts.append(p.start)
        }
        guard !reductionStarts.isEmpty else { return }
        var r = 0  // index of this period among the reductions
        for (i, p) in periods.enumerated() where rest.isReduction(i) {
            defer { r += 1 }
            // Only reductions an agreement allows; the others are rest.daily's (DESIGN.md «One finding per root cause»).
            guard rest.verdict[i] == .allowedReduction else { continue }
            let a = rest.agreement[i]
            let agreement = plan.agreements[a]
            // Reductions dated in (start(P) − 168 h, start(P)].
            var count = 1
            var k = r - 1
            while k >= 0 && reductionStarts[k] > p.start - 7 * minutesPerDay { count += 1; k -= 1 }
            k = r + 1
            while k < reductionStarts.count && reductionStarts[k] == p.start { count += 1; k += 1 }
            if count > agreement.maxReductionsPer7Days {
                findings.add(.error, employee: t.employee, start: p.start, end: p.end,
                        measured: Double(count), limit: Double(agreement.maxReductionsPer7Days), unit: .count,
                        message: MessageValues(variant: Message.tooMany.rawValue, TooMany(count: count.int32, allowed: agreement.maxReductionsPer7Days.int32, agreement: a.int32)))
                continue
            }
            if !agreement.allowConsecutiveDays && r > 0 {
                let day = Copenhagen.day(of: p.start)
                let previous = reductionStarts[r - 1]
                if Copenhagen.day(of: previous) == day - 1 {
                    findings.add(.error, employee: t.employee, start: p.start, end: p.end,
                            measured: 2, limit: 1, unit: .days,
                            message: MessageValues(variant: Message.consecutive.rawValue, Consecutive(previous: previous.int32, agreement: a.int32)))
                }
            }
        }
    }
}

extension ReducedRest {
    enum Message: UInt8 {
        /// Too many reductions within 7 days (`TooMany`).
        case tooMany
        /// Reductions on two days in a row (`Consecutive`).
        case consecutive
    }

    /// The reductions within 7 days, the number allowed, and the agreement.
    struct TooMany: FindingPayload { var count, allowed, agreement: Int32 }
    /// The start of the previous reduction, and the agreement.
    struct Consecutive: FindingPayload { var previous, agreement: Int32 }

    public func writeMessage(of f: Finding, _ plan: PlanContext, _ l: Language, into w: inout ByteWriter) {
        let da = l == .da
        switch Message(rawValue: f.message.variant) ?? .tooMany {
        case .tooMany:
            let p = f.message.payload(as: TooMany.self), count = p.count, allowed = p.allowed, agreement = plan.agreements[Int(p.agreement)].id
            if da {
                w.append("Vagten "); w.short(f.start); w.append(" er den "); w.append(int: count)
                w.append(". nedsættelse af hviletiden på 7 døgn; aftalen "); w.append(string: agreement)
                w.append(" tillader "); w.append(int: allowed); w.append(". Giv fuld hvile (")
            } else {
                w.append("The shift "); w.short(f.start); w.append(" is reduction no. "); w.append(int: count)
                w.append(" of the rest within 7 days; agreement "); w.append(string: agreement)
                w.append(" allows "); w.append(int: allowed); w.append(". Give full rest (")
            }
            w.hours(plan.policy.dailyRestMinutes, da)
            w.append(da ? " t) før en af vagterne." : " h) before one of the shifts.")
        case .consecutive:
            let p = f.message.payload(as: Consecutive.self), previous = p.previous, agreement = plan.agreements[Int(p.agreement)].id
            if da {
                w.append("Nedsat hviletid to dage i træk (vagterne "); w.short(previous); w.append(" og "); w.short(f.start)
                w.append("); aftalen "); w.append(string: agreement)
                w.append(" tillader ikke nedsættelse to dage i træk. Giv fuld hvile (")
            } else {
                w.append("Reduced rest on two consecutive days (shifts "); w.short(previous); w.append(" and "); w.short(f.start)
                w.append("); agreement "); w.append(string: agreement)
                w.append(" does not allow reductions on consecutive days. Give full rest (")
            }
            w.hours(plan.policy.dailyRestMinutes, da)
            w.append(da ? " t) før en af dem." : " h) before one of them.")
        }
    }
}

extension String {
    /// The string with the first occurrence of `target` replaced (for deriving example texts).
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var i = startIndex
        while i < endIndex {
            if self[i...].hasPrefix(target) {
                return String(self[..<i]) + replacement + String(self[index(i, offsetBy: target.count)...])
            }
            i = index(after: i)
        }
        return self
    }
}
