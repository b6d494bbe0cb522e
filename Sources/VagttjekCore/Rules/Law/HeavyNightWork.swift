/// Særligt belastende natarbejde: a night worker whose work involves special risks or heavy
/// physical or mental strain may work at most 8 hours in any period of 24 hours in which they do
/// night work (DESIGN.md «Night work», last sentence; arbejdstidsloven, implementing the Working Time
/// Directive's article 8(b)).
///
/// Which work is heavy the roster says: rows tagged `heavy` (`tung`). For night workers
/// (`NightWork`) only, every heavy working-time row with night minutes is judged: over every
/// 24-hour window that holds some of its night minutes, the employee's working time (every
/// working-time row, each minute once) must be at most `heavyNightHours` (8). One finding per
/// heavy row, for its worst window (the one starting with the heavy row when that is among the
/// worst, else the earliest); a heavy row whose worst window is the previous finding's is not
/// reported twice.
///
/// Decisions: the row that is heavy must itself hold night work (heavy day work next to an
/// ordinary night is not this rule's; the law ties the limit to the heavy work done at night).
/// The windows slide by the minute, so the worst is found exactly: it starts at a row's start,
/// ends at a row's end, or touches the edge of the heavy row's night part.
public struct HeavyNightWork: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "night.heavy8h",
        title: LocalizedText(da: "Særligt belastende natarbejde: højst 8 timer i døgnet", en: "Heavy night work: at most 8 hours in 24"),
        severity: .error,
        summary: LocalizedText(
            da: "En natarbejder, hvis arbejde indebærer særlig risiko eller betydelig fysisk eller psykisk belastning (vagter mærket tung), må højst arbejde 8 timer inden for et døgn (24 timer), hvor der udføres natarbejde.",
            en: "A night worker whose work involves special risks or heavy physical or mental strain (shifts tagged heavy) may work at most 8 hours in any 24 hours in which night work is done."),
        sources: [Citation(.arbejdstidsloven), .denGodeArbejdsplads("Natarbejde")],
        parameters: [.policy(.heavyNightHours)],
        examples: [
            RuleExample(
                "Heavy 10-hour nights of a night worker: every night is over the limit", da: "En natarbejders tunge nætter på 10 timer: hver nat er over grænsen",
                roster: Self.nights(2, "21:00", "07:00", tags: "heavy"),
                expect: ["E1 2026-03-02 21:00–2026-03-03 21:00 10/8", "E1 2026-03-03 21:00–2026-03-04 21:00 10/8"]),
            RuleExample(
                "A heavy 8-hour night and 3 hours of course the next afternoon: 11 hours in 24", da: "En tung nat på 8 timer og 3 timers kursus næste eftermiddag: 11 timer på 24",
                roster: Self.nights(1, "22:00", "06:00", tags: "tung")
                    + "E1,2026-03-03 13:00,2026-03-03 16:00,course,\n" + Self.nights(14, "22:00", "06:00", from: "2026-03-05", header: false),
                expect: ["E1 2026-03-02 22:00–2026-03-03 22:00 11/8"]),
            RuleExample(
                "Heavy 8-hour nights every night: never more than 8 hours in 24", da: "Tunge nætter på 8 timer hver nat: aldrig mere end 8 timer på 24",
                roster: Self.nights(14, "22:00", "06:00", tags: "heavy")),
            RuleExample(
                "Ordinary 10-hour nights are the average's concern, not this rule's", da: "Almindelige nætter på 10 timer hører under gennemsnittet, ikke denne regel",
                roster: Self.nights(2, "21:00", "07:00")),
            RuleExample(
                "A heavy 12-hour day shift holds no night work", da: "En tung dagvagt på 12 timer har intet natarbejde",
                roster: "employee,start,end,kind,tags\nE1,2026-03-02 07:00,2026-03-02 19:00,work,heavy\n"
                    + Self.nights(14, "22:00", "06:00", from: "2026-03-04", header: false)),
            RuleExample(
                "A policy cannot raise the limit above the law's 8 hours, only lower it", da: "En politik kan ikke hæve grænsen over lovens 8 timer, kun sænke den",
                roster: Self.nights(2, "22:00", "06:00", tags: "heavy"),
                policy: "{\"heavyNightHours\": 7}",
                expect: ["E1 2026-03-02 22:00–2026-03-03 22:00 8/7", "E1 2026-03-03 22:00–2026-03-04 22:00 8/7"]),
        ])

    /// Rows of E1, one night a day, with tags.
    static func nights(_ days: Int, _ from: String, _ to: String, from date: String = "2026-03-02", tags: String = "", header: Bool = true) -> String {
        var csv = header ? "employee,start,end,kind,tags\n" : ""
        for line in RuleExamples.rows(from: date, days: days, from, to, header: false).split(separator: "\n") {
            csv += "\(line),\(tags)\n"
        }
        return csv
    }

    public func check(_ t: EmployeeTimeline, _ plan: PlanContext, into findings: inout FindingSink) {
        // Shaped for speed: without a tags column nothing is heavy.
        guard plan.roster.hasTagsColumn, t.nightWork.nightWorker else { return }
        let all = plan.roster.shifts
        guard t.shifts.contains(where: { all[$0].tags.contains(.heavy) && all[$0].kind.isWorkingTime }) else { return }
        // The employee's working time, merged (each minute once).
        var work: [(start: Minute, end: Minute)] = []
        for i in t.shifts where all[i].kind.isWorkingTime {
            let s = all[i]
            if let last = work.last, s.startMinute <= last.end {
                work[work.count - 1].end = max(last.end, s.endMinute)
            } else {
                work.append((s.startMinute, s.endMinute))
            }
        }
        func worked(_ from: Minute) -> Int {
            let to = from + minutesPerDay
            var total = 0
            for w in work where w.end > from && w.start < to { total += min(w.end, to) - max(w.start, from) }
            return total
        }
        let limit = Hours.minutes(plan.policy.heavyNightHours)
        var reported = Int.min
        for i in t.shifts {
            let h = all[i]
            guard h.tags.contains(.heavy), h.kind.isWorkingTime else { continue }
            var best = -1, bestStart = 0
            for (n0, n1) in Self.nightParts(h, plan.policy) {
                // Windows [s, s + 24 h) holding a minute of [n0, n1): s in [n0 − 24 h + 1, n1 − 1].
                let lo = n0 - minutesPerDay + 1, hi = n1 - 1
                var candidates = [lo, hi]
                for w in work {
                    if w.start >= lo && w.start <= hi { candidates.append(w.start) }
                    if w.end - minutesPerDay >= lo && w.end - minutesPerDay <= hi { candidates.append(w.end - minutesPerDay) }
                }
                candidates.sort()
                // The window starting with the heavy row first, so it is the one named when it is among the worst.
                candidates.insert(min(max(h.startMinute, lo), hi), at: 0)
                for s in candidates {
                    let m = worked(s)
                    if m > best { (best, bestStart) = (m, s) }
                }
            }
            guard best > limit, bestStart != reported else { continue }
            reported = bestStart
            findings.add(
                .error, employee: t.employee, start: bestStart, end: bestStart + minutesPerDay,
                measured: Finding.hours(best), limit: Finding.hours(limit), unit: .h,
                message: MessageValues(HeavyDay(line: h.line, worked: best.int32, limit: limit.int32)))
        }
    }

    /// The parts of a row inside night periods, in order.
    static func nightParts(_ s: Shift, _ policy: Policy) -> [(Minute, Minute)] {
        let wraps = policy.nightFrom > policy.nightTo
        var parts: [(Minute, Minute)] = []
        var day = Copenhagen.day(of: s.startMinute) - 1
        let lastDay = Copenhagen.day(of: s.endMinute)
        while day <= lastDay {
            let ns = NightPeriod.instant(day, policy.nightFrom)
            let ne = NightPeriod.instant(wraps ? day + 1 : day, policy.nightTo)
            let from = max(ns, s.startMinute), to = min(ne, s.endMinute)
            if to > from { parts.append((from, to)) }
            day += 1
        }
        return parts
    }

    /// What a 24 hours with too much heavy night work measured.
    struct HeavyDay: FindingPayload {
        /// The heavy row's line.
        var line: Int32
        /// The working time in the 24 hours and the limit (minutes).
        var worked, limit: Int32
    }

    public func writeMessage(of f: Finding, _ plan: PlanContext, _ l: Language, into w: inout ByteWriter) {
        let da = l == .da
        let p = f.message.payload(as: HeavyDay.self)
        w.append(da ? "Den tunge nattevagt (linje " : "The heavy night shift (line "); w.append(int: p.line)
        w.append(da ? ") giver " : ") makes "); w.hours(p.worked, da)
        w.append(da ? " t arbejde i døgnet " : " h of work in the 24 hours "); w.short(f.start); w.append("–"); w.short(f.end)
        w.append(da ? "; en natarbejder med særligt belastende arbejde må højst arbejde " : "; a night worker doing heavy work may work at most ")
        w.hours(p.limit, da)
        w.append(da ? " t i et døgn med natarbejde. Kort vagten af, eller del den mellem to medarbejdere."
                    : " h in 24 hours with night work. Shorten the shift or share it between two employees.")
    }
}
