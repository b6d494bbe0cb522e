/// A rule. Each rule is one type in one file under `Rules/`, named after what it checks, and
/// one line in `RuleRegistry.all`; the file holds its description (ids, titles, source,
/// parameters, examples), its check and its sentences in Danish and English.
///
/// Per-employee rules implement `check(_:_:into:)`, which the engine calls once per employee
/// with that employee's timeline (shifts, merged work periods and the shared rest and day-off
/// analyses); plan-wide rules implement `checkPlan(_:into:)`. Both add findings to the sink;
/// the engine sorts them, so a rule need not care about order. A finding's sentence is written
/// by the rule that made it, from the values it packed (`writeMessage`), only when a report is
/// written and only in the language asked for.
///
/// One rule type may be registered several times with different parameters (each instance
/// with its own id), as the Lokal-MED principles will be.
public protocol Rule: Sendable {
    var description: RuleDescription { get }
    /// The analyses of the timeline the rule reads (the work periods and day totals are always
    /// there); the engine builds only what the rules being run ask for.
    var needs: Analyses { get }
    func check(_ timeline: EmployeeTimeline, _ plan: PlanContext, into findings: inout FindingSink)
    func checkPlan(_ plan: PlanContext, into findings: inout FindingSink)
    /// Writes the sentence of one of this rule's findings, straight into the report's bytes.
    func writeMessage(of finding: Finding, _ plan: PlanContext, _ language: Language, into w: inout ByteWriter)
    /// Whether the rule judges anything in this run: false for a rule a policy setting switches
    /// on (Lokal-MED's principles, the senior conversation) or that needs a column the roster
    /// lacks (the lunch break). An all-clear names the rules that were off.
    func isActive(_ plan: PlanContext) -> Bool
    /// For a recommendation `check` cannot judge itself (`rec.10`, `rec.13`, `rec.14`): what
    /// would show it, for the report's "Til dialogen" list; nil for every rule that judges. Such
    /// a rule makes no finding, is not counted among the rules an all-clear covers, and is named
    /// after it as not judged by `check` itself (DESIGN.md «The 14 recommendations»).
    var dialogue: LocalizedText? { get }
}

extension Rule {
    public var needs: Analyses { [] }
    public func check(_ timeline: EmployeeTimeline, _ plan: PlanContext, into findings: inout FindingSink) {}
    public func checkPlan(_ plan: PlanContext, into findings: inout FindingSink) {}
    public func isActive(_ plan: PlanContext) -> Bool { true }
    public var dialogue: LocalizedText? { nil }
    public var id: String { description.id }
}

extension RuleIndex {
    /// The rule at this place.
    public var rule: any Rule { RuleRegistry.all[Int(rawValue)] }
    /// Its stable id: `rest.daily`.
    public var id: String { RuleRegistry.ids[Int(rawValue)] }
}

extension Finding {
    /// The sentence for the planner, in one language: written by the finding's rule.
    public func text(_ plan: PlanContext, _ language: Language) -> String {
        var w = ByteWriter(capacity: 256)
        rule.rule.writeMessage(of: self, plan, language, into: &w)
        writeWrapNote(plan, language, into: &w)
        return String(decoding: w.bytes, as: UTF8.self)
    }

    /// " (over skiftet fra uge 4 til uge 1)" after the sentence of a finding that exists only
    /// across a rotation's wrap (`PlanContext.acrossWrap`).
    @inline(__always)
    public func writeWrapNote(_ plan: PlanContext, _ language: Language, into w: inout ByteWriter) {
        guard !plan.acrossWrap.isEmpty, let weeks = plan.rotationWeeks, plan.acrossWrap.contains(key) else { return }
        if weeks == 1 {
            w.append(string: language == .da ? " (Over skiftet til næste gentagelse af rulleplanen.)" : " (Across the wrap into the rotation's next repeat.)")
        } else {
            w.append(string: language == .da ? " (Over skiftet fra uge \(weeks) til uge 1 i rulleplanen.)" : " (Across the wrap from week \(weeks) to week 1 of the rotation.)")
        }
    }

    /// The sentence for the planner, in both languages.
    public func text(_ plan: PlanContext) -> LocalizedText {
        LocalizedText(da: text(plan, .da), en: text(plan, .en))
    }
}
