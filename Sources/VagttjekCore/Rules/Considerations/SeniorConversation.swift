/// Seniorsamtale: "I forbindelse med den årlige medarbejderudviklingssamtale har seniorer …
/// ret til at få tilbudt en seniorsamtale. Hoved-MED kan fastlægge, fra hvilken alder tilbuddet
/// skal gives" (Den gode Arbejdsplads, afsnit «Seniorsamtale»; seed 004 lines 4577–4582).
///
/// Off until the policy sets `seniorConversationAge` (the age Hoved-MED has decided; 0 = not
/// set). Then an info for every employee at least that old at the period start (birth date from
/// `--employees`).
public struct SeniorConversation: Rule {
    public init() {}

    public func isActive(_ plan: PlanContext) -> Bool { plan.policy.seniorConversationAge > 0 }

    public let description = RuleDescription(
        id: "senior.conversation",
        title: LocalizedText(da: "Tilbud om seniorsamtale", en: "An offer of a senior conversation"),
        severity: .info,
        summary: LocalizedText(
            da: "Seniorer skal tilbydes en seniorsamtale ved den årlige MUS fra den alder, Hoved-MED har fastlagt (politikken seniorConversationAge).",
            en: "Seniors are to be offered a senior conversation at the annual appraisal from the age Hoved-MED has set (the policy's seniorConversationAge)."),
        sources: [.denGodeArbejdsplads("Seniorsamtale")],
        parameters: [.policy(.seniorConversationAge)],
        examples: [
            RuleExample(
                "Hoved-MED has set 62; a 63-year-old", da: "Hoved-MED har fastsat 62; en 63-årig",
                roster: "employee,start,end\nE1,2026-03-02 07:00,2026-03-02 15:00\n",
                policy: "{\"seniorConversationAge\": 62}",
                employees: "employee,birth_date\nE1,1963-01-10\n",
                expect: ["E1 2026-03-02 00:00–2026-03-03 00:00 63/62"]),
            RuleExample(
                "No age set: off", da: "Ingen alder fastsat: slået fra",
                roster: "employee,start,end\nE1,2026-03-02 07:00,2026-03-02 15:00\n",
                employees: "employee,birth_date\nE1,1953-01-10\n"),
        ])

    public func check(_ t: EmployeeTimeline, _ plan: PlanContext, into findings: inout FindingSink) {
        let from = plan.policy.seniorConversationAge
        guard from > 0, let born = plan.employeeFacts[Int(t.employee)]?.birthDate else { return }
        let age = SeniorShiftPattern.age(born, on: plan.firstDay)
        guard age >= from else { return }
        findings.add(.info, employee: t.employee, start: plan.periodStart, end: plan.periodEnd, measured: plan.redactsPersonalData ? nil : Double(age),
                limit: Double(from), unit: .years, message: MessageValues(Age(age: age.int32, from: from.int32)))
    }

    /// The employee's age, and the age from which the conversation is offered.
    struct Age: FindingPayload { var age, from: Int32 }

    public func writeMessage(of f: Finding, _ plan: PlanContext, _ l: Language, into w: inout ByteWriter) {
        let da = l == .da, p = f.message.payload(as: Age.self)
        if plan.redactsPersonalData {  // --redact: the age follows from the birth date
            w.append(da ? "Medarbejderen er mindst " : "The employee is at least "); w.append(int: p.from)
        } else {
            w.append(da ? "Medarbejderen er " : "The employee is "); w.append(int: p.age)
        }
        w.append(da ? " år; tilbyd en seniorsamtale ved den årlige MUS (fra " : "; offer a senior conversation at the annual appraisal (from ")
        w.append(int: p.from); w.append(da ? " år efter Hoved-MED)." : ", as Hoved-MED set).")
    }
}
