/// The three recommendations for shift work that `check` does not judge from a roster (DESIGN.md
/// «The 14 recommendations»: "Where a roster alone cannot show it, the rule still exists, says what data would show
/// it, and appears in the report's 'for the dialogue' list"). They make no finding; `vagttjek
/// rules` and `explain` list them, the text report's score card names them "til dialogen" with
/// what would show them, and an all-clear names them as not judged by `check` itself.

/// Anbefaling 10, "Gør tidspunkterne for vagtskifte fleksible, hvis det er muligt" (seed 004
/// line 2664). A roster shows when shifts change, not whether the times could move.
public struct FlexibleShiftChanges: Rule {
    public init() {}

    public func isActive(_ plan: PlanContext) -> Bool { false }

    public var dialogue: LocalizedText? {
        LocalizedText(
            da: "en vagtplan viser ikke, om vagtskift kan flyttes; aftal det mellem ledelse og medarbejdere.",
            en: "a roster does not show whether shift changes can move; agree it between management and staff.")
    }

    public let description = RuleDescription(
        id: "rec.10",
        title: LocalizedText(da: "Gør tidspunkterne for vagtskifte fleksible, hvis det er muligt", en: "Make the shift change times flexible where possible"),
        severity: .warning,
        summary: LocalizedText(
            da: "Anbefaling 10 af de 14 om skiftearbejde. En vagtplan viser ikke, om tidspunkterne for vagtskifte kan flyttes; anbefalingen er et emne til dialogen mellem ledelse og medarbejdere og giver aldrig et fund.",
            en: "Recommendation 10 of the 14 on shift work. A roster does not show whether the shift change times can move; the recommendation is a matter for the dialogue between management and staff and never gives a finding."),
        sources: Recommendation.sources(10),
        parameters: [],
        examples: [
            RuleExample("Any roster: nothing to judge", da: "Enhver vagtplan: intet at vurdere", roster: RuleExamples.rows(from: "2026-03-02", days: 5, "07:00", "15:00")),
        ])

    public func writeMessage(of f: Finding, _ plan: PlanContext, _ l: Language, into w: inout ByteWriter) {}
}

/// Anbefaling 13, "Begræns afvigelser fra det planlagte skiftesystem" (seed 004 line 2667).
/// One roster has no deviations: `vagttjek diff PLANNED ACTUAL` counts them per employee and the
/// ones announced less than `changeNoticeDays` before the shift.
public struct PlanDeviations: Rule {
    public init() {}

    public func isActive(_ plan: PlanContext) -> Bool { false }

    public var dialogue: LocalizedText? {
        LocalizedText(
            da: "kør 'vagttjek diff PLANLAGT FAKTISK' for ændringerne pr. medarbejder og dem, der blev varslet for sent.",
            en: "run 'vagttjek diff PLANNED ACTUAL' for the changes per employee and those announced late.")
    }

    public let description = RuleDescription(
        id: "rec.13",
        title: LocalizedText(da: "Begræns afvigelser fra det planlagte skiftesystem", en: "Limit deviations from the planned shift system"),
        severity: .warning,
        summary: LocalizedText(
            da: "Anbefaling 13 af de 14 om skiftearbejde. Én vagtplan har ingen afvigelser: 'vagttjek diff PLANLAGT FAKTISK' tæller ændringerne pr. medarbejder og dem, der blev varslet mindre end 4 dage før vagten.",
            en: "Recommendation 13 of the 14 on shift work. One roster has no deviations: 'vagttjek diff PLANNED ACTUAL' counts the changes per employee and those announced less than 4 days before the shift."),
        sources: Recommendation.sources(13),
        parameters: [.policy(.changeNoticeDays)],
        examples: [
            RuleExample("Any roster: nothing to judge", da: "Enhver vagtplan: intet at vurdere", roster: RuleExamples.rows(from: "2026-03-02", days: 5, "07:00", "15:00")),
        ])

    public func writeMessage(of f: Finding, _ plan: PlanContext, _ l: Language, into w: inout ByteWriter) {}
}

/// Anbefaling 14, "Informer i god tid om skifteplanen og eventuelle afvigelser herfra" (seed
/// 004 line 2668): what `plan.notice` judges (the plan handed out in time, with `--published`);
/// the score card shows `plan.notice`'s result here instead of a second finding.
public struct TimelyInformation: Rule {
    public init() {}

    public func isActive(_ plan: PlanContext) -> Bool { false }

    public var dialogue: LocalizedText? {
        LocalizedText(
            da: "angiv --published DATO (den dag planen blev udleveret), så varslingen kontrolleres (plan.notice).",
            en: "give --published DATE (the day the plan was handed out) to check the notice (plan.notice).")
    }

    public let description = RuleDescription(
        id: "rec.14",
        title: LocalizedText(da: "Informer i god tid om skifteplanen og eventuelle afvigelser herfra", en: "Inform in good time about the shift plan and any deviations from it"),
        severity: .warning,
        summary: LocalizedText(
            da: "Anbefaling 14 af de 14 om skiftearbejde. Det er det, plan.notice vurderer (planen udleveret i god tid, med --published); anbefalingen viser plan.notice's resultat og giver ikke et fund mere.",
            en: "Recommendation 14 of the 14 on shift work. This is what plan.notice judges (the plan handed out in time, with --published); the recommendation shows plan.notice's result and gives no second finding."),
        sources: Recommendation.sources(14),
        parameters: [],
        examples: [
            RuleExample("Any roster: plan.notice judges it", da: "Enhver vagtplan: plan.notice vurderer det", roster: RuleExamples.rows(from: "2026-03-02", days: 5, "07:00", "15:00")),
        ])

    public func writeMessage(of f: Finding, _ plan: PlanContext, _ l: Language, into w: inout ByteWriter) {}
}
