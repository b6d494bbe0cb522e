/// The catalogue of finding messages, Danish and English side by side (one source of truth per
/// sentence). Each message says what is wrong and what the planner can change.
///
/// Shaped for speed: a message is built only when a report is written, and only in the
/// language asked for (large rosters have hundreds of thousands of findings).
public enum Messages {
    /// The sentence of a finding in one language.
    public static func text(_ f: Finding, _ plan: PlanContext, _ l: Language) -> String {
        let da = l == .da
        switch f.message {
        case .restPeriodTooLong(let rest, let required, let note):
            let len = hours(f.end - f.start, da), r = hours(rest, da), q = hours(required, da)
            let most = hours(minutesPerDay - required, da)
            let s = TimeFormat.short(f.start), e = TimeFormat.short(f.end), x = text(note, plan, l)
            return da
                ? "Arbejdsperioden \(s)–\(e) varer \(len) t, så døgnet før dens slut har kun \(r) t hvile; kræver \(q) t. Afkort eller del vagten, så den højst varer \(most) t. \(x)"
                : "The work period \(s)–\(e) lasts \(len) h, so the 24 h before its end hold only \(r) h of rest; \(q) h required. Shorten or split the shift to at most \(most) h. \(x)"
        case .restTooShort(let rest, let required, let earliest, let note):
            let r = hours(rest, da), q = hours(required, da)
            let s = TimeFormat.short(f.start), e = TimeFormat.short(f.end), x = TimeFormat.short(earliest)
            let n = text(note, plan, l)
            return da
                ? "Hvilen før vagten \(s) er \(r) t i døgnet op til \(e); kræver \(q) t. Flyt vagten til tidligst \(x) eller afkort den forrige. \(n)"
                : "The rest before the shift \(s) is \(r) h in the 24 h up to \(e); \(q) h required. Move the shift to \(x) at the earliest or shorten the previous one. \(n)"
        case .tooManyReductions(let count, let allowed, let a):
            let s = TimeFormat.short(f.start), id = plan.agreements[a].id
            return da
                ? "Vagten \(s) er den \(count). nedsættelse af hviletiden på 7 døgn; aftalen \(id) tillader \(allowed). Giv fuld hvile (11 t) før en af vagterne."
                : "The shift \(s) is reduction no. \(count) of the rest within 7 days; agreement \(id) allows \(allowed). Give full rest (11 h) before one of the shifts."
        case .consecutiveReductions(let previous, let a):
            let s = TimeFormat.short(f.start), p = TimeFormat.short(previous), id = plan.agreements[a].id
            return da
                ? "Nedsat hviletid to dage i træk (vagterne \(p) og \(s)); aftalen \(id) tillader ikke nedsættelse på på hinanden følgende dage. Giv fuld hvile (11 t) før en af dem."
                : "Reduced rest on two consecutive days (shifts \(p) and \(s)); agreement \(id) does not allow reductions on consecutive days. Give full rest (11 h) before one of them."
        case .missingCompensation(let reduced, let given, let required):
            let e = TimeFormat.short(f.end), g = hours(given, da), q = hours(required, da), r = hours(reduced, da)
            let x = TimeFormat.short(f.end + required)
            return da
                ? "Efter den nedsatte hvile (\(r) t) før vagten, der slutter \(e), skal næste hvile være mindst \(q) t for at kompensere; der er \(g) t. Flyt næste vagt til tidligst \(x)."
                : "After the reduced rest (\(r) h) before the shift ending \(e), the next rest must be at least \(q) h to compensate; it is \(g) h. Move the next shift to \(x) at the earliest."
        case .dayOffGapTooLong(let limit, let weeklyRest, let a):
            let s = TimeFormat.short(f.start), e = TimeFormat.short(f.end), len = hours(f.end - f.start, da)
            let days = limit / minutesPerDay, w = hours(weeklyRest, da)
            let via = a < 0 ? "" : da ? " (udskudt efter aftalen \(plan.agreements[a].id))" : " (postponed under agreement \(plan.agreements[a].id))"
            return da
                ? "\(len) t mellem fridøgn (\(s) til \(e)); højst \(days) døgn\(via). Læg et fridøgn på mindst \(w) t sammenhængende fri i perioden."
                : "\(len) h between days off (\(s) to \(e)); at most \(days) days\(via). Place a day off of at least \(w) h free in a row in this stretch."
        case .dayOffCompensation(let required, let extra, let a):
            let s = TimeFormat.short(f.start), e = TimeFormat.short(f.end), len = hours(f.end - f.start, da)
            let q = hours(required, da), id = plan.agreements[a].id
            return da
                ? "Fridøgnet \(s)–\(e) er \(len) t; efter et fridøgn udskudt \(extra) døgn (aftalen \(id)) skal det være mindst \(q) t. Forlæng fridøgnet."
                : "The day off \(s)–\(e) is \(len) h; after a day off postponed by \(extra) days (agreement \(id)) it must be at least \(q) h. Extend the day off."
        case .noSundayOff(let first, let last):
            let a = TimeFormat.danishDate(first), b = TimeFormat.danishDate(last)
            return da
                ? "Intet fridøgn falder på en søndag i perioden \(a)–\(b). Læg så vidt muligt et fridøgn, der dækker en hel søndag."
                : "No day off falls on a Sunday in the period \(a)–\(b). As far as possible, place a day off that covers a whole Sunday."
        case .weeklyAverage(let first, let last, let average, let limit, let indicative):
            let a = TimeFormat.danishDate(first), b = TimeFormat.danishDate(last)
            let v = TimeFormat.number(average, danish: da), m = TimeFormat.number(limit, danish: da)
            if da {
                return "Gennemsnitlig arbejdstid \(v) t pr. uge i \(a)–\(b); højst \(m) t. Skær ned på vagterne eller læg mere fri i perioden."
                    + (indicative ? " Vejledende: perioden er kortere end referenceperioden." : "")
            }
            return "Average working time \(v) h per week in \(a)–\(b); at most \(m) h. Cut shifts or add time off in this window."
                + (indicative ? " Indicative: the period is shorter than the reference period." : "")
        case .noticeNotChecked:
            return da
                ? "Varslingen er ikke kontrolleret: angiv --published DATO (den dag planen blev udleveret)."
                : "Notice not checked: give --published DATE (the day the plan was handed out)."
        case .noticeTooShort(let published, let first, let days, let required):
            let p = TimeFormat.danishDate(published), s = TimeFormat.danishDate(first)
            let latest = TimeFormat.danishDate(first - required)
            return da
                ? "Planen blev udleveret \(p), \(days) dage før den træder i kraft \(s); den skal udleveres mindst \(required) dage før (senest \(latest)). Udskyd planens start eller varsl igen."
                : "The plan was handed out \(p), \(days) days before it takes effect \(s); it must be handed out at least \(required) days before (by \(latest)). Move the start or give notice again."
        case .planTooShort(let first, let last, let days, let required):
            let a = TimeFormat.danishDate(first), b = TimeFormat.danishDate(last)
            return da
                ? "Planen dækker \(days) dage (\(a)–\(b)); den skal dække mindst \(required) dage. Læg de næste uger ind i planen."
                : "The plan covers \(days) days (\(a)–\(b)); it must cover at least \(required) days. Add the next weeks to the plan."
        case .doubleBooking(let firstLine, let secondLine):
            let s = TimeFormat.short(f.start), e = TimeFormat.clock(f.end)
            return da
                ? "To arbejdsvagter overlapper \(s)–\(e) (linje \(firstLine) og \(secondLine)). Slet eller ret den ene."
                : "Two work shifts overlap \(s)–\(e) (lines \(firstLine) and \(secondLine)). Delete or correct one of them."
        }
    }

    /// Why a short rest was not allowed (the last sentence of a `rest.daily` message).
    static func text(_ note: RestNote, _ plan: PlanContext, _ l: Language) -> String {
        let da = l == .da
        var text: String
        switch note.reason {
        case .noAgreement:
            text = da
                ? "Nedsat hviletid (ned til 8 t) kræver en skriftlig lokalaftale."
                : "Reduced rest (down to 8 h) needs a written local agreement."
        case .belowMinimum(let a):
            let m = TimeFormat.number(plan.agreements[a].minRestHours, danish: da), id = plan.agreements[a].id
            text = da ? "Aftalen \(id) tillader nedsættelse til \(m) t, ikke mindre." : "Agreement \(id) allows a reduction to \(m) h, not less."
        case .outOfValidity(let a):
            let agreement = plan.agreements[a]
            text = da
                ? "Aftalen \(agreement.id) gælder ikke her: perioden ligger uden for aftalens gyldighed \(agreement.validityText)."
                : "Agreement \(agreement.id) does not apply here: the period lies outside its validity \(agreement.validityText)."
        case .outOfScope(let a, let shiftIndex):
            let agreement = plan.agreements[a]
            let shift = plan.roster.shifts[shiftIndex]
            var what = TimeFormat.short(shift.startMinute)
            let details = [plan.roster.label(of: shift), plan.unit(of: shift)].compactMap { $0 }
            if !details.isEmpty { what += " (\(details.joined(separator: ", ")))" }
            var parts: [String] = []
            let scope = agreement.scope
            if !scope.units.isEmpty { parts.append((da ? "enheder: " : "units: ") + scope.units.joined(separator: ", ")) }
            if !scope.labels.isEmpty { parts.append((da ? "vagtkoder: " : "labels: ") + scope.labels.joined(separator: ", ")) }
            if !scope.employees.isEmpty { parts.append((da ? "medarbejdere: " : "employees: ") + scope.employees.joined(separator: ", ")) }
            let list = parts.joined(separator: "; ")
            text = da
                ? "Aftalen \(agreement.id) gælder ikke her: vagten \(what) er uden for aftalens område (\(list))."
                : "Agreement \(agreement.id) does not apply here: the shift \(what) is outside its scope (\(list))."
        }
        if note.onCallIsWork {
            text = (da
                ? "Rådighedsvagt på arbejdsstedet (sovevagt) er arbejdstid fra 1. juli 2024 og tæller ikke som hvile. "
                : "On-call at the workplace (sleeping night watch) is working time from 1 July 2024 and does not count as rest. ") + text
        }
        return text
    }

    @inline(__always)
    static func hours(_ minutes: Int, _ danish: Bool) -> String { TimeFormat.hours(minutes, danish: danish) }
}
