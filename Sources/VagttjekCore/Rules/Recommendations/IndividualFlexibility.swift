/// Anbefaling 12, "Tillad individuel fleksibilitet" (seed 004 lines 2649–2670; DESIGN.md «The 14 recommendations»
/// `rec.12`): how many of an employee's wishes for the plan period the plan grants, from
/// `--wishes FILE`. Active only with the option; without it the recommendation is a matter for
/// the dialogue (it is named among the rules that were off, with the option that turns it on).
///
/// A wish for a day off (`off`, `fri`) is granted when nothing busy for the weekly day off (work,
/// a course, on-call of either kind) touches the calendar day 00:00–24:00 local time; an absence
/// leaves the day free. Decision: the whole day, as "fri" reads: a night shift ending at 07:00
/// on the wished day does not grant it. A wish for a shift code (`D`) is granted when a row with
/// that label starts on that day. One warning per employee whose share is below
/// `minWishesGranted` (0.7): measured and limit in percent, the interval the first wish not
/// granted, the message the count and the first three days not granted.
public struct IndividualFlexibility: Rule {
    public init() {}

    public func isActive(_ plan: PlanContext) -> Bool { plan.wishes != nil }

    static let wishes = "employee,date,wish\nE1,2026-03-04,off\nE1,2026-03-05,D\nE1,2026-03-06,fri\n"

    public let description = RuleDescription(
        id: "rec.12",
        title: LocalizedText(da: "Tillad individuel fleksibilitet", en: "Allow individual flexibility"),
        severity: .warning,
        summary: LocalizedText(
            da: "Anbefaling 12 af de 14 om skiftearbejde. Med --wishes: advarsel, når planen opfylder under 70 % af en medarbejders ønsker (fri en dag, eller en bestemt vagt). Uden --wishes er anbefalingen et emne til dialogen.",
            en: "Recommendation 12 of the 14 on shift work. With --wishes: a warning when the plan grants under 70 % of an employee's wishes (a day off, or a given shift). Without --wishes the recommendation is a matter for the dialogue."),
        sources: [.denGodeArbejdsplads("Arbejdsmiljø og sundhed", "anbefaling 12"), Citation(.decentralFrameworkAgreement, "anbefaling 12")],
        parameters: [.policy(.minWishesGranted)],
        examples: [
            RuleExample(
                "Three wishes, one granted (the 5th's day shift): 33 %", da: "Tre ønsker, ét opfyldt (dagvagten den 5.): 33 %",
                roster: RuleExamples.rows(from: "2026-03-02", days: 7, "07:00", "15:00", label: "D"),
                wishes: wishes,
                expect: ["E1 2026-03-04 00:00–2026-03-05 00:00 33.33/70"]),
            RuleExample(
                "Free on the 4th and 6th, the day shift on the 5th: all granted", da: "Fri den 4. og 6., dagvagten den 5.: alle opfyldt",
                roster: RuleExamples.rows(from: "2026-03-02", days: 2, "07:00", "15:00", label: "D")
                    + "E1,2026-03-05 07:00,2026-03-05 15:00,work,D\nE1,2026-03-07 07:00,2026-03-07 15:00,work,D\n",
                wishes: wishes),
            RuleExample(
                "A night shift ending at 07:00 on the wished day off does not grant it", da: "En nattevagt, der slutter kl. 07:00 på den ønskede fridag, opfylder ikke ønsket",
                roster: "employee,start,end,kind,label\nE1,2026-03-02 07:00,2026-03-02 15:00,work,D\nE1,2026-03-03 23:00,2026-03-04 07:00,work,N\nE1,2026-03-08 07:00,2026-03-08 15:00,work,D\n",
                wishes: "employee,date,wish\nE1,2026-03-04,fri\n",
                expect: ["E1 2026-03-04 00:00–2026-03-05 00:00 0/70"]),
        ])

    public func check(_ t: EmployeeTimeline, _ plan: PlanContext, into findings: inout FindingSink) {
        guard let all = plan.wishes else { return }
        let wishes = all[Int(t.employee)]
        guard !wishes.isEmpty else { return }
        let busy = t.periods.week
        var granted = 0
        var missed: [Day] = []
        for w in wishes {
            let from = Copenhagen.midnight(w.day), to = Copenhagen.midnight(w.day + 1)
            var ok: Bool
            switch w.wish {
            case .off:
                ok = !busy.contains { $0.start < to && $0.end > from }
            case .label(let label):
                ok = plan.roster.shifts[t.shifts].contains { s in
                    s.startMinute >= from && s.startMinute < to && plan.roster.label(of: s) == label
                }
            }
            if ok { granted += 1 } else { missed.append(w.day) }
        }
        let share = Double(granted) / Double(wishes.count)
        let least = plan.policy.minWishesGranted
        guard share < least - 1e-9, let first = missed.first else { return }
        let next = missed.dropFirst().prefix(2).map(\.int32) + [Int32.min, Int32.min]
        findings.add(.warning, employee: t.employee, start: Copenhagen.midnight(first), end: Copenhagen.midnight(first + 1),
                measured: (share * 10_000).rounded() / 100, limit: (least * 10_000).rounded() / 100, unit: .percent,
                message: MessageValues(Wishes(granted: granted.int32, wishes: wishes.count.int32, first: first.int32, second: next[0], third: next[1], more: (missed.count - 3).int32)))
    }

    /// Wishes granted and given, the first three days not granted (`Int32.min`: none), and how
    /// many more were not granted.
    struct Wishes: FindingPayload { var granted, wishes, first, second, third, more: Int32 }

    public func writeMessage(of f: Finding, _ plan: PlanContext, _ l: Language, into w: inout ByteWriter) {
        let da = l == .da, p = f.message.payload(as: Wishes.self)
        let granted = Int(p.granted), total = Int(p.wishes)
        w.append(int: granted); w.append(da ? " af " : " of "); w.append(int: total)
        w.append(da ? (total == 1 ? " ønske" : " ønsker") : (total == 1 ? " wish" : " wishes"))
        w.append(da ? " opfyldt (" : " granted ("); w.append(hundredths: Int((Double(granted) / Double(max(total, 1)) * 100).rounded()) * 100, danish: da)
        w.append(da ? " %); ikke opfyldt: " : " %); not granted: ")
        w.appendDayMonth(Int(p.first))
        for day in [p.second, p.third] where day != Int32.min { w.append(", "); w.appendDayMonth(Int(day)) }
        if p.more > 0 { w.append(da ? " og " : " and "); w.append(int: p.more); w.append(da ? " mere" : " more") }
        w.append(da ? ". Anbefaling 12: tillad individuel fleksibilitet." : ". Recommendation 12: allow individual flexibility.")
    }
}
