/// Seniorer og skiftende arbejdstider: "problemerne med at arbejde på skiftende arbejdstider øges
/// med alderen. Det kan derfor være relevant at undersøge muligheden for, at seniormedarbejdere
/// enten arbejder fast om dagen eller om aftenen" (Den gode Arbejdsplads, afsnit «Særlige
/// hensyn», Seniormedarbejdere; seed 004 lines 2713–2720).
///
/// A warning for an employee at least `seniorAge` (60) years old when the period starts (birth
/// date from `--employees`) who works nights (`NightWork.nightWorker`) or rotates: working-time
/// shifts of two or more categories (morning, evening, night; DESIGN.md «The 14 recommendations»). Decisions: the age at
/// the period's first day; categories are found here for seniors only (cheap), not by the
/// engine for everyone; without a birth date there is nothing to judge.
public struct SeniorShiftPattern: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "senior.shift-pattern",
        title: LocalizedText(da: "Seniorer: fast dag eller aften", en: "Seniors: a fixed day or evening pattern"),
        severity: .warning,
        summary: LocalizedText(
            da: "Medarbejdere på 60 år og derover, som arbejder om natten eller på skiftende tider, bør tilbydes fast dag- eller aftenarbejde.",
            en: "Employees aged 60 or more who work nights or rotating shifts should be offered a fixed day or evening pattern."),
        sources: [.denGodeArbejdsplads("Særlige hensyn", "Seniormedarbejdere")],
        parameters: [.policy(.seniorAge)],
        examples: [
            RuleExample(
                "A 61-year-old on days and evenings", da: "En 61-årig på dag- og aftenvagter",
                roster: RuleExamples.rows(from: "2026-03-02", days: 3, "07:00", "15:00") + RuleExamples.rows(from: "2026-03-09", days: 3, "15:00", "23:00", header: false),
                employees: "employee,birth_date\nE1,1964-06-01\n",
                expect: ["E1 2026-03-02 00:00–2026-03-12 00:00 61/60"]),
            RuleExample(
                "A 61-year-old on fixed days", da: "En 61-årig på faste dagvagter",
                roster: RuleExamples.rows(from: "2026-03-02", days: 10, "07:00", "15:00"),
                employees: "employee,birth_date\nE1,1964-06-01\n"),
            RuleExample(
                "A 59-year-old on days and evenings", da: "En 59-årig på dag- og aftenvagter",
                roster: RuleExamples.rows(from: "2026-03-02", days: 3, "07:00", "15:00") + RuleExamples.rows(from: "2026-03-09", days: 3, "15:00", "23:00", header: false),
                employees: "employee,birth_date\nE1,1966-06-01\n"),
        ])

    public func check(_ t: EmployeeTimeline, _ plan: PlanContext, into findings: inout FindingSink) {
        guard let born = plan.employeeFacts[Int(t.employee)]?.birthDate else { return }
        let age = Self.age(born, on: plan.firstDay)
        guard age >= plan.policy.seniorAge else { return }
        var seen = Set<UInt8>()
        for i in t.shifts {
            let s = plan.roster.shifts[i]
            let category = NightAnalysis.category(s, nightMinutes: s.kind.isWorkingTime ? plan.nightMinutes(s) : 0)
            if category != .none { seen.insert(category.rawValue) }
        }
        let nightWorker = t.nightWork.nightWorker
        guard nightWorker || seen.count >= 2 else { return }
        // --redact: no age (it follows from the birth date), only that the employee is a senior.
        findings.add(.warning, employee: t.employee, start: plan.periodStart, end: plan.periodEnd, measured: plan.redactsPersonalData ? nil : Double(age),
                limit: Double(plan.policy.seniorAge), unit: .years,
                message: MessageValues(Pattern(age: age.int32, nightWorker: nightWorker ? 1 : 0, categories: Int32(seen.count))))
    }

    /// Whole years from `born` to `day`.
    static func age(_ born: Day, on day: Day) -> Int {
        let b = CivilDate(dayNumber: born), d = CivilDate(dayNumber: day)
        return d.year - b.year - ((d.month, d.day) < (b.month, b.day) ? 1 : 0)
    }

    /// The age, 1 for night work, and the number of shift categories worked.
    struct Pattern: FindingPayload { var age, nightWorker, categories: Int32 }

    public func writeMessage(of f: Finding, _ plan: PlanContext, _ l: Language, into w: inout ByteWriter) {
        let da = l == .da, p = f.message.payload(as: Pattern.self)
        if plan.redactsPersonalData {
            w.append(da ? "Medarbejderen er mindst " : "The employee is at least "); w.append(int: plan.policy.seniorAge)
        } else {
            w.append(da ? "Medarbejderen er " : "The employee is "); w.append(int: p.age)
        }
        w.append(da ? " år og arbejder " : " and works ")
        if p.nightWorker != 0 {
            w.append(da ? "om natten" : "nights")
        } else {
            w.append(da ? "på skiftende tider (" : "rotating shifts (")
            w.append(int: p.categories); w.append(da ? " slags vagter)" : " kinds of shift)")
        }
        w.append(da ? ". Undersøg, om fast dag- eller aftenarbejde er muligt." : ". See whether a fixed day or evening pattern is possible.")
    }
}
