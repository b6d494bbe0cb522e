/// The catalogue of finding messages, Danish and English side by side (one source of truth per
/// sentence). Each message says what is wrong and what the planner can change.
public enum Messages {
    /// The sentence of a finding, in both languages.
    public static func text(_ f: Finding, _ plan: PlanContext) -> LocalizedText {
        let period = WorkPeriod(start: f.start, end: f.end, members: 0..<0)
        switch f.message {
        case .restPeriodTooLong(let rest, let required, let note):
            return restPeriodTooLong(period: period, rest: rest, required: required, note: text(note, plan))
        case .restTooShort(let rest, let required, let earliest, let note):
            return restTooShort(period: period, rest: rest, required: required, earliestStart: earliest, note: text(note, plan))
        case .tooManyReductions(let count, let allowed, let a):
            return tooManyReductions(period: period, count: count, allowed: allowed, agreement: plan.agreements[a])
        case .consecutiveReductions(let previous, let a):
            return consecutiveReductions(period: period, previous: previous, agreement: plan.agreements[a])
        case .missingCompensation(let reduced, let given, let required):
            return missingCompensation(period: period, reduced: reduced, given: given, required: required)
        case .dayOffGapTooLong(let limit, let weeklyRest, let a):
            return dayOffGapTooLong(
                gap: DayOffGap(start: f.start, end: f.end, nextBlock: -1), limit: limit, weeklyRest: weeklyRest,
                postponed: a >= 0 ? plan.agreements[a] : nil)
        case .dayOffCompensation(let required, let extra, let a):
            return dayOffCompensation(
                block: FreeStretch(start: f.start, end: f.end, atStartEdge: false, atEndEdge: false), required: required,
                extraDays: extra, agreement: plan.agreements[a])
        case .noSundayOff(let first, let last):
            return noSundayOff(first: first, last: last)
        case .weeklyAverage(let first, let last, let average, let limit, let indicative):
            return weeklyAverage(first: first, last: last, average: average, limit: limit, indicative: indicative)
        case .noticeNotChecked:
            return noticeNotChecked()
        case .noticeTooShort(let published, let first, let days, let required):
            return noticeTooShort(published: published, first: first, days: days, required: required)
        case .planTooShort(let first, let last, let days, let required):
            return planTooShort(first: first, last: last, days: days, required: required)
        case .doubleBooking(let firstLine, let secondLine):
            return doubleBooking(start: f.start, end: f.end, firstLine: firstLine, secondLine: secondLine)
        }
    }

    static func text(_ note: RestNote, _ plan: PlanContext) -> LocalizedText {
        var text: LocalizedText
        switch note.reason {
        case .noAgreement:
            text = restNoAgreement
        case .belowMinimum(let a):
            text = restBelowAgreementMinimum(plan.agreements[a])
        case .outOfValidity(let a):
            text = restAgreementOutOfValidity(plan.agreements[a])
        case .outOfScope(let a, let shiftIndex):
            let shift = plan.roster.shifts[shiftIndex]
            var what = TimeFormat.short(shift.startMinute)
            let details = [plan.roster.label(of: shift), plan.unit(of: shift)].compactMap { $0 }
            if !details.isEmpty { what += " (\(details.joined(separator: ", ")))" }
            text = restAgreementOutOfScope(plan.agreements[a], shift: what)
        }
        return note.onCallIsWork ? joined(onCallIsWork, text) : text
    }

    static func h(_ minutes: Int) -> (da: String, en: String) {
        (TimeFormat.hours(minutes, danish: true), TimeFormat.hours(minutes, danish: false))
    }

    static func n(_ value: Double) -> (da: String, en: String) {
        (TimeFormat.number(value, danish: true), TimeFormat.number(value, danish: false))
    }

    // MARK: rest.daily

    /// A work period too long to leave the required rest in the 24 h before its end.
    static func restPeriodTooLong(period: WorkPeriod, rest: Int, required: Int, note: LocalizedText?) -> LocalizedText {
        let len = h(period.length), r = h(rest), q = h(required), most = h(minutesPerDay - required)
        let s = TimeFormat.short(period.start), e = TimeFormat.short(period.end)
        return LocalizedText(
            da: "Arbejdsperioden \(s)–\(e) varer \(len.da) t, så døgnet før dens slut har kun \(r.da) t hvile; kræver \(q.da) t. Afkort eller del vagten, så den højst varer \(most.da) t." + (note.map { " " + $0.da } ?? ""),
            en: "The work period \(s)–\(e) lasts \(len.en) h, so the 24 h before its end hold only \(r.en) h of rest; \(q.en) h required. Shorten or split the shift to at most \(most.en) h." + (note.map { " " + $0.en } ?? ""))
    }

    /// Too little rest before a work period.
    static func restTooShort(period: WorkPeriod, rest: Int, required: Int, earliestStart: Minute, note: LocalizedText?) -> LocalizedText {
        let r = h(rest), q = h(required)
        let s = TimeFormat.short(period.start), e = TimeFormat.short(period.end), x = TimeFormat.short(earliestStart)
        return LocalizedText(
            da: "Hvilen før vagten \(s) er \(r.da) t i døgnet op til \(e); kræver \(q.da) t. Flyt vagten til tidligst \(x) eller afkort den forrige." + (note.map { " " + $0.da } ?? ""),
            en: "The rest before the shift \(s) is \(r.en) h in the 24 h up to \(e); \(q.en) h required. Move the shift to \(x) at the earliest or shorten the previous one." + (note.map { " " + $0.en } ?? ""))
    }

    static let onCallIsWork = LocalizedText(
        da: "Rådighedsvagt på arbejdsstedet (sovevagt) er arbejdstid fra 1. juli 2024 og tæller ikke som hvile.",
        en: "On-call at the workplace (sleeping night watch) is working time from 1 July 2024 and does not count as rest.")

    /// Two notes in a row.
    static func joined(_ a: LocalizedText, _ b: LocalizedText) -> LocalizedText {
        LocalizedText(da: a.da + " " + b.da, en: a.en + " " + b.en)
    }

    static let restNoAgreement = LocalizedText(
        da: "Nedsat hviletid (ned til 8 t) kræver en skriftlig lokalaftale.",
        en: "Reduced rest (down to 8 h) needs a written local agreement.")

    static func restAgreementOutOfValidity(_ a: Agreement) -> LocalizedText {
        LocalizedText(
            da: "Aftalen \(a.id) gælder ikke her: perioden ligger uden for aftalens gyldighed \(a.validityText).",
            en: "Agreement \(a.id) does not apply here: the period lies outside its validity \(a.validityText).")
    }

    static func restAgreementOutOfScope(_ a: Agreement, shift: String) -> LocalizedText {
        var parts: [(String, String)] = []
        if !a.scope.units.isEmpty { parts.append(("enheder: " + a.scope.units.joined(separator: ", "), "units: " + a.scope.units.joined(separator: ", "))) }
        if !a.scope.labels.isEmpty { parts.append(("vagtkoder: " + a.scope.labels.joined(separator: ", "), "labels: " + a.scope.labels.joined(separator: ", "))) }
        if !a.scope.employees.isEmpty { parts.append(("medarbejdere: " + a.scope.employees.joined(separator: ", "), "employees: " + a.scope.employees.joined(separator: ", "))) }
        return LocalizedText(
            da: "Aftalen \(a.id) gælder ikke her: vagten \(shift) er uden for aftalens område (\(parts.map(\.0).joined(separator: "; "))).",
            en: "Agreement \(a.id) does not apply here: the shift \(shift) is outside its scope (\(parts.map(\.1).joined(separator: "; "))).")
    }

    static func restBelowAgreementMinimum(_ a: Agreement) -> LocalizedText {
        let m = n(a.minRestHours)
        return LocalizedText(
            da: "Aftalen \(a.id) tillader nedsættelse til \(m.da) t, ikke mindre.",
            en: "Agreement \(a.id) allows a reduction to \(m.en) h, not less.")
    }

    // MARK: rest.reduced

    static func tooManyReductions(period: WorkPeriod, count: Int, allowed: Int, agreement: Agreement) -> LocalizedText {
        let s = TimeFormat.short(period.start)
        return LocalizedText(
            da: "Vagten \(s) er den \(count). nedsættelse af hviletiden på 7 døgn; aftalen \(agreement.id) tillader \(allowed). Giv fuld hvile (11 t) før en af vagterne.",
            en: "The shift \(s) is reduction no. \(count) of the rest within 7 days; agreement \(agreement.id) allows \(allowed). Give full rest (11 h) before one of the shifts.")
    }

    static func consecutiveReductions(period: WorkPeriod, previous: Minute, agreement: Agreement) -> LocalizedText {
        let s = TimeFormat.short(period.start), p = TimeFormat.short(previous)
        return LocalizedText(
            da: "Nedsat hviletid to dage i træk (vagterne \(p) og \(s)); aftalen \(agreement.id) tillader ikke nedsættelse på på hinanden følgende dage. Giv fuld hvile (11 t) før en af dem.",
            en: "Reduced rest on two consecutive days (shifts \(p) and \(s)); agreement \(agreement.id) does not allow reductions on consecutive days. Give full rest (11 h) before one of them.")
    }

    // MARK: rest.compensation

    static func missingCompensation(period: WorkPeriod, reduced: Int, given: Int, required: Int) -> LocalizedText {
        let e = TimeFormat.short(period.end), g = h(given), q = h(required), r = h(reduced)
        let x = TimeFormat.short(period.end + required)
        return LocalizedText(
            da: "Efter den nedsatte hvile (\(r.da) t) før vagten, der slutter \(e), skal næste hvile være mindst \(q.da) t for at kompensere; der er \(g.da) t. Flyt næste vagt til tidligst \(x).",
            en: "After the reduced rest (\(r.en) h) before the shift ending \(e), the next rest must be at least \(q.en) h to compensate; it is \(g.en) h. Move the next shift to \(x) at the earliest.")
    }

    // MARK: dayoff.weekly

    static func dayOffGapTooLong(gap: DayOffGap, limit: Int, weeklyRest: Int, postponed: Agreement?) -> LocalizedText {
        let s = TimeFormat.short(gap.start), e = TimeFormat.short(gap.end), len = h(gap.length), days = limit / minutesPerDay
        let w = h(weeklyRest)
        let via = postponed.map { (" (udskudt efter aftalen \($0.id))", " (postponed under agreement \($0.id))") } ?? ("", "")
        return LocalizedText(
            da: "\(len.da) t mellem fridøgn (\(s) til \(e)); højst \(days) døgn\(via.0). Læg et fridøgn på mindst \(w.da) t sammenhængende fri i perioden.",
            en: "\(len.en) h between days off (\(s) to \(e)); at most \(days) days\(via.1). Place a day off of at least \(w.en) h free in a row in this stretch.")
    }

    // MARK: dayoff.compensation

    static func dayOffCompensation(block: FreeStretch, required: Int, extraDays: Int, agreement: Agreement) -> LocalizedText {
        let s = TimeFormat.short(block.start), e = TimeFormat.short(block.end), len = h(block.length), q = h(required)
        return LocalizedText(
            da: "Fridøgnet \(s)–\(e) er \(len.da) t; efter et fridøgn udskudt \(extraDays) døgn (aftalen \(agreement.id)) skal det være mindst \(q.da) t. Forlæng fridøgnet.",
            en: "The day off \(s)–\(e) is \(len.en) h; after a day off postponed by \(extraDays) days (agreement \(agreement.id)) it must be at least \(q.en) h. Extend the day off.")
    }

    // MARK: dayoff.sunday

    static func noSundayOff(first: Day, last: Day) -> LocalizedText {
        let a = TimeFormat.danishDate(first), b = TimeFormat.danishDate(last)
        return LocalizedText(
            da: "Intet fridøgn falder på en søndag i perioden \(a)–\(b). Læg så vidt muligt et fridøgn, der dækker en hel søndag.",
            en: "No day off falls on a Sunday in the period \(a)–\(b). As far as possible, place a day off that covers a whole Sunday.")
    }

    // MARK: hours.weekly48

    static func weeklyAverage(first: Day, last: Day, average: Double, limit: Double, indicative: Bool) -> LocalizedText {
        let a = TimeFormat.danishDate(first), b = TimeFormat.danishDate(last), v = n(average), l = n(limit)
        let ind = indicative
            ? (" Vejledende: perioden er kortere end referenceperioden.", " Indicative: the period is shorter than the reference period.") : ("", "")
        return LocalizedText(
            da: "Gennemsnitlig arbejdstid \(v.da) t pr. uge i \(a)–\(b); højst \(l.da) t. Skær ned på vagterne eller læg mere fri i perioden.\(ind.0)",
            en: "Average working time \(v.en) h per week in \(a)–\(b); at most \(l.en) h. Cut shifts or add time off in this window.\(ind.1)")
    }

    // MARK: plan.notice

    static func noticeNotChecked() -> LocalizedText {
        LocalizedText(
            da: "Varslingen er ikke kontrolleret: angiv --published DATO (den dag planen blev udleveret).",
            en: "Notice not checked: give --published DATE (the day the plan was handed out).")
    }

    static func noticeTooShort(published: Day, first: Day, days: Int, required: Int) -> LocalizedText {
        let p = TimeFormat.danishDate(published), f = TimeFormat.danishDate(first), latest = TimeFormat.danishDate(first - required)
        return LocalizedText(
            da: "Planen blev udleveret \(p), \(days) dage før den træder i kraft \(f); den skal udleveres mindst \(required) dage før (senest \(latest)). Udskyd planens start eller varsl igen.",
            en: "The plan was handed out \(p), \(days) days before it takes effect \(f); it must be handed out at least \(required) days before (by \(latest)). Move the start or give notice again.")
    }

    static func planTooShort(first: Day, last: Day, days: Int, required: Int) -> LocalizedText {
        let a = TimeFormat.danishDate(first), b = TimeFormat.danishDate(last)
        return LocalizedText(
            da: "Planen dækker \(days) dage (\(a)–\(b)); den skal dække mindst \(required) dage. Læg de næste uger ind i planen.",
            en: "The plan covers \(days) days (\(a)–\(b)); it must cover at least \(required) days. Add the next weeks to the plan.")
    }

    // MARK: data.double-booking

    static func doubleBooking(start: Minute, end: Minute, firstLine: Int, secondLine: Int) -> LocalizedText {
        let s = TimeFormat.short(start), e = TimeFormat.clock(end)
        return LocalizedText(
            da: "To arbejdsvagter overlapper \(s)–\(e) (linje \(firstLine) og \(secondLine)). Slet eller ret den ene.",
            en: "Two work shifts overlap \(s)–\(e) (lines \(firstLine) and \(secondLine)). Delete or correct one of them.")
    }
}
