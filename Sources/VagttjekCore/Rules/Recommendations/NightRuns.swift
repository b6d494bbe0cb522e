/// Anbefaling 2, "Reducér antallet af nætter i træk: der bør kun arbejdes to til fire nætter i
/// træk" (seed 004 line 2656; DESIGN.md «The 14 recommendations» `rec.02`).
///
/// A run is night shifts (DESIGN.md «The 14 recommendations» categories) starting on consecutive local calendar days; two
/// night rows starting the same day count as one night. One warning per employee when a run is
/// longer than `maxConsecutiveNights` (4): measured = the longest run (nights), its interval the
/// longest run (the first of equals), and the message says how many runs are too long.
/// Decision: the seed's lower bound ("to") is not judged: a single night is no strain of its own.
/// Measured in `ShiftPatterns` (one walk of the shifts for rec.02, 06, 07, 08 and 09).
public struct NightRuns: Rule {
    public init() {}

    public var needs: Analyses { .patterns }

    public let description = RuleDescription(
        id: "rec.02",
        title: LocalizedText(da: "Reducér antallet af nætter i træk: to til fire nætter", en: "Fewer nights in a row: two to four"),
        severity: .warning,
        summary: LocalizedText(
            da: "Anbefaling 2 af de 14 om skiftearbejde: der bør kun arbejdes to til fire nætter i træk. Advarsel, når flere nattevagter følger efter hinanden på hinanden følgende dage.",
            en: "Recommendation 2 of the 14 on shift work: work only two to four nights in a row. A warning when more night shifts follow each other on consecutive days."),
        sources: Recommendation.sources(2),
        parameters: [.policy(.maxConsecutiveNights)],
        examples: [
            RuleExample(
                "Five nights in a row", da: "Fem nætter i træk",
                roster: RuleExamples.rows(from: "2026-03-02", days: 5, "23:00", "07:00"),
                expect: ["E1 2026-03-02 23:00–2026-03-07 07:00 5/4"]),
            RuleExample(
                "Four nights in a row", da: "Fire nætter i træk",
                roster: RuleExamples.rows(from: "2026-03-02", days: 4, "23:00", "07:00")),
            RuleExample(
                "Four nights, a night off, four nights", da: "Fire nætter, en fri nat, fire nætter",
                roster: RuleExamples.rows(from: "2026-03-02", days: 4, "23:00", "07:00")
                    + RuleExamples.rows(from: "2026-03-07", days: 4, "23:00", "07:00", header: false)),
        ])

    public func check(_ t: EmployeeTimeline, _ plan: PlanContext, into findings: inout FindingSink) {
        let p = t.patterns
        guard p.longRuns > 0 else { return }
        findings.add(.warning, employee: t.employee, start: p.longestRunStart, end: p.longestRunEnd, measured: Double(p.longestRun),
                limit: Double(plan.policy.maxConsecutiveNights), unit: .count, message: MessageValues(Runs(tooLong: p.longRuns.int32, longest: p.longestRun.int32)))
    }

    /// The runs of nights that are too long, and the longest (nights).
    struct Runs: FindingPayload { var tooLong, longest: Int32 }

    public func writeMessage(of f: Finding, _ plan: PlanContext, _ l: Language, into w: inout ByteWriter) {
        let p = f.message.payload(as: Runs.self)
        let da = l == .da, runs = p.tooLong
        w.append(int: p.longest); w.append(da ? " nætter i træk fra " : " nights in a row from "); w.short(f.start)
        w.append(da ? " til " : " to "); w.short(f.end)
        if runs > 1 {
            w.append(da ? " (" : " ("); w.append(int: runs); w.append(da ? " forløb med for mange nætter i træk i alt)" : " runs of too many nights in all)")
        }
        w.append(da ? ". Anbefaling 2: højst " : ". Recommendation 2: at most "); w.append(int: plan.policy.maxConsecutiveNights)
        w.append(da ? " nætter i træk." : " nights in a row.")
    }
}
