/// The catalogue of finding messages, Danish and English side by side (one source of truth per
/// sentence). Each message says what is wrong and what the planner can change.
///
/// Shaped for speed: a message is written only when a report is written, only in the language
/// asked for, and straight into the report's bytes (large rosters have hundreds of thousands of
/// findings; building them as `String`s cost more than the whole check, see `Benchmarks/`).
public enum Messages {
    /// The sentence of a finding in one language.
    public static func text(_ f: Finding, _ plan: PlanContext, _ l: Language) -> String {
        var w = ByteWriter(capacity: 256)
        write(f, plan, l, into: &w)
        return String(decoding: w.bytes, as: UTF8.self)
    }

    /// Writes the sentence of a finding.
    public static func write(_ f: Finding, _ plan: PlanContext, _ l: Language, into w: inout ByteWriter) {
        let da = l == .da
        switch f.message {
        case .restPeriodTooLong(let rest32, let required32, let note):
            let rest = Int(rest32), required = Int(required32)
            if da {
                w.append("Arbejdsperioden "); w.short(f.start); w.append("–"); w.short(f.end)
                w.append(" varer "); w.hours(f.end - f.start, da); w.append(" t, så døgnet før dens slut har kun ")
                w.hours(rest, da); w.append(" t hvile; kræver "); w.hours(required, da)
                w.append(" t. Afkort eller del vagten, så den højst varer "); w.hours(minutesPerDay - required, da); w.append(" t. ")
            } else {
                w.append("The work period "); w.short(f.start); w.append("–"); w.short(f.end)
                w.append(" lasts "); w.hours(f.end - f.start, da); w.append(" h, so the 24 h before its end hold only ")
                w.hours(rest, da); w.append(" h of rest; "); w.hours(required, da)
                w.append(" h required. Shorten or split the shift to at most "); w.hours(minutesPerDay - required, da); w.append(" h. ")
            }
            write(note, plan, l, into: &w)
        case .restTooShort(let rest32, let required32, let earliest32, let note):
            let rest = Int(rest32), required = Int(required32), earliest = Int(earliest32)
            if da {
                w.append("Hvilen før vagten "); w.short(f.start); w.append(" er "); w.hours(rest, da)
                w.append(" t i døgnet op til "); w.short(f.end); w.append("; kræver "); w.hours(required, da)
                w.append(" t. Flyt vagten til tidligst "); w.short(earliest); w.append(" eller afkort den forrige. ")
            } else {
                w.append("The rest before the shift "); w.short(f.start); w.append(" is "); w.hours(rest, da)
                w.append(" h in the 24 h up to "); w.short(f.end); w.append("; "); w.hours(required, da)
                w.append(" h required. Move the shift to "); w.short(earliest); w.append(" at the earliest or shorten the previous one. ")
            }
            write(note, plan, l, into: &w)
        case .tooManyReductions(let count32, let allowed32, let a32):
            let count = Int(count32), allowed = Int(allowed32), a = Int(a32)
            if da {
                w.append("Vagten "); w.short(f.start); w.append(" er den "); w.append(int: count)
                w.append(". nedsættelse af hviletiden på 7 døgn; aftalen "); w.append(plan.agreements[a].id)
                w.append(" tillader "); w.append(int: allowed); w.append(". Giv fuld hvile (11 t) før en af vagterne.")
            } else {
                w.append("The shift "); w.short(f.start); w.append(" is reduction no. "); w.append(int: count)
                w.append(" of the rest within 7 days; agreement "); w.append(plan.agreements[a].id)
                w.append(" allows "); w.append(int: allowed); w.append(". Give full rest (11 h) before one of the shifts.")
            }
        case .consecutiveReductions(let previous32, let a32):
            let previous = Int(previous32), a = Int(a32)
            if da {
                w.append("Nedsat hviletid to dage i træk (vagterne "); w.short(previous); w.append(" og "); w.short(f.start)
                w.append("); aftalen "); w.append(plan.agreements[a].id)
                w.append(" tillader ikke nedsættelse på på hinanden følgende dage. Giv fuld hvile (11 t) før en af dem.")
            } else {
                w.append("Reduced rest on two consecutive days (shifts "); w.short(previous); w.append(" and "); w.short(f.start)
                w.append("); agreement "); w.append(plan.agreements[a].id)
                w.append(" does not allow reductions on consecutive days. Give full rest (11 h) before one of them.")
            }
        case .missingCompensation(let reduced32, let given32, let required32):
            let reduced = Int(reduced32), given = Int(given32), required = Int(required32)
            if da {
                w.append("Efter den nedsatte hvile ("); w.hours(reduced, da); w.append(" t) før vagten, der slutter ")
                w.short(f.end); w.append(", skal næste hvile være mindst "); w.hours(required, da)
                w.append(" t for at kompensere; der er "); w.hours(given, da); w.append(" t. Flyt næste vagt til tidligst ")
                w.short(f.end + required); w.append(".")
            } else {
                w.append("After the reduced rest ("); w.hours(reduced, da); w.append(" h) before the shift ending ")
                w.short(f.end); w.append(", the next rest must be at least "); w.hours(required, da)
                w.append(" h to compensate; it is "); w.hours(given, da); w.append(" h. Move the next shift to ")
                w.short(f.end + required); w.append(" at the earliest.")
            }
        case .dayOffGapTooLong(let limit32, let weeklyRest32, let a32):
            let limit = Int(limit32), weeklyRest = Int(weeklyRest32), a = Int(a32)
            w.hours(f.end - f.start, da)
            if da {
                w.append(" t mellem fridøgn ("); w.short(f.start); w.append(" til "); w.short(f.end); w.append("); højst ")
                w.append(int: limit / minutesPerDay); w.append(" døgn")
                if a >= 0 { w.append(" (udskudt efter aftalen "); w.append(plan.agreements[a].id); w.append(")") }
                w.append(". Læg et fridøgn på mindst "); w.hours(weeklyRest, da); w.append(" t sammenhængende fri i perioden.")
            } else {
                w.append(" h between days off ("); w.short(f.start); w.append(" to "); w.short(f.end); w.append("); at most ")
                w.append(int: limit / minutesPerDay); w.append(" days")
                if a >= 0 { w.append(" (postponed under agreement "); w.append(plan.agreements[a].id); w.append(")") }
                w.append(". Place a day off of at least "); w.hours(weeklyRest, da); w.append(" h free in a row in this stretch.")
            }
        case .dayOffCompensation(let required32, let extra32, let a32):
            let required = Int(required32), extra = Int(extra32), a = Int(a32)
            if da {
                w.append("Fridøgnet "); w.short(f.start); w.append("–"); w.short(f.end); w.append(" er ")
                w.hours(f.end - f.start, da); w.append(" t; efter et fridøgn udskudt "); w.append(int: extra)
                w.append(" døgn (aftalen "); w.append(plan.agreements[a].id); w.append(") skal det være mindst ")
                w.hours(required, da); w.append(" t. Forlæng fridøgnet.")
            } else {
                w.append("The day off "); w.short(f.start); w.append("–"); w.short(f.end); w.append(" is ")
                w.hours(f.end - f.start, da); w.append(" h; after a day off postponed by "); w.append(int: extra)
                w.append(" days (agreement "); w.append(plan.agreements[a].id); w.append(") it must be at least ")
                w.hours(required, da); w.append(" h. Extend the day off.")
            }
        case .noSundayOff(let first32, let last32):
            let first = Int(first32), last = Int(last32)
            w.append(da ? "Intet fridøgn falder på en søndag i perioden " : "No day off falls on a Sunday in the period ")
            w.date(first); w.append("–"); w.date(last)
            w.append(da ? ". Læg så vidt muligt et fridøgn, der dækker en hel søndag." : ". As far as possible, place a day off that covers a whole Sunday.")
        case .weeklyAverage(let first32, let last32, let average, let limit, let indicative):
            let first = Int(first32), last = Int(last32)
            w.append(da ? "Gennemsnitlig arbejdstid " : "Average working time "); w.append(hundredths: Int(average), danish: da)
            w.append(da ? " t pr. uge i " : " h per week in "); w.date(first); w.append("–"); w.date(last)
            w.append(da ? "; højst " : "; at most "); w.append(hundredths: Int(limit), danish: da)
            w.append(da ? " t. Skær ned på vagterne eller læg mere fri i perioden." : " h. Cut shifts or add time off in this window.")
            if indicative {
                w.append(da ? " Vejledende: perioden er kortere end referenceperioden." : " Indicative: the period is shorter than the reference period.")
            }
        case .noticeNotChecked:
            w.append(da
                ? "Varslingen er ikke kontrolleret: angiv --published DATO (den dag planen blev udleveret)."
                : "Notice not checked: give --published DATE (the day the plan was handed out).")
        case .noticeTooShort(let published32, let first32, let days32, let required32):
            let published = Int(published32), first = Int(first32), days = Int(days32), required = Int(required32)
            w.append(da ? "Planen blev udleveret " : "The plan was handed out "); w.date(published); w.append(", ")
            w.append(int: days); w.append(da ? " dage før den træder i kraft " : " days before it takes effect "); w.date(first)
            w.append(da ? "; den skal udleveres mindst " : "; it must be handed out at least "); w.append(int: required)
            w.append(da ? " dage før (senest " : " days before (by "); w.date(first - required)
            w.append(da ? "). Udskyd planens start eller varsl igen." : "). Move the start or give notice again.")
        case .planTooShort(let first32, let last32, let days32, let required32):
            let first = Int(first32), last = Int(last32), days = Int(days32), required = Int(required32)
            w.append(da ? "Planen dækker " : "The plan covers "); w.append(int: days); w.append(da ? " dage (" : " days (")
            w.date(first); w.append("–"); w.date(last)
            w.append(da ? "); den skal dække mindst " : "); it must cover at least "); w.append(int: required)
            w.append(da ? " dage. Læg de næste uger ind i planen." : " days. Add the next weeks to the plan.")
        case .doubleBooking(let firstLine32, let secondLine32):
            let firstLine = Int(firstLine32), secondLine = Int(secondLine32)
            w.append(da ? "To arbejdsvagter overlapper " : "Two work shifts overlap "); w.short(f.start); w.append("–")
            w.clock(f.end); w.append(da ? " (linje " : " (lines "); w.append(int: firstLine); w.append(da ? " og " : " and ")
            w.append(int: secondLine); w.append(da ? "). Slet eller ret den ene." : "). Delete or correct one of them.")
        }
    }

    /// Why a short rest was not allowed (the last sentence of a `rest.daily` message).
    static func write(_ note: RestNote, _ plan: PlanContext, _ l: Language, into w: inout ByteWriter) {
        let da = l == .da
        if note.onCallIsWork {
            w.append(da
                ? "Rådighedsvagt på arbejdsstedet (sovevagt) er arbejdstid fra 1. juli 2024 og tæller ikke som hvile. "
                : "On-call at the workplace (sleeping night watch) is working time from 1 July 2024 and does not count as rest. ")
        }
        switch note.reason {
        case .noAgreement:
            w.append(da
                ? "Nedsat hviletid (ned til 8 t) kræver en skriftlig lokalaftale."
                : "Reduced rest (down to 8 h) needs a written local agreement.")
        case .belowMinimum(let a32):
            let a = Int(a32)
            w.append(da ? "Aftalen " : "Agreement "); w.append(plan.agreements[a].id)
            w.append(da ? " tillader nedsættelse til " : " allows a reduction to ")
            w.append(number: plan.agreements[a].minRestHours, danish: da)
            w.append(da ? " t, ikke mindre." : " h, not less.")
        case .outOfValidity(let a32):
            let a = Int(a32)
            w.append(da ? "Aftalen " : "Agreement "); w.append(plan.agreements[a].id)
            w.append(da ? " gælder ikke her: perioden ligger uden for aftalens gyldighed " : " does not apply here: the period lies outside its validity ")
            w.append(plan.agreements[a].validityText); w.append(".")
        case .outOfScope(let a32, let shiftIndex32):
            let a = Int(a32), shiftIndex = Int(shiftIndex32)
            let agreement = plan.agreements[a]
            let shift = plan.roster.shifts[shiftIndex]
            w.append(da ? "Aftalen " : "Agreement "); w.append(agreement.id)
            w.append(da ? " gælder ikke her: vagten " : " does not apply here: the shift "); w.short(shift.startMinute)
            let details = [plan.roster.label(of: shift), plan.unit(of: shift)].compactMap { $0 }
            if !details.isEmpty { w.append(" ("); w.append(details.joined(separator: ", ")); w.append(")") }
            w.append(da ? " er uden for aftalens område (" : " is outside its scope (")
            var parts: [String] = []
            let scope = agreement.scope
            if !scope.units.isEmpty { parts.append((da ? "enheder: " : "units: ") + scope.units.joined(separator: ", ")) }
            if !scope.labels.isEmpty { parts.append((da ? "vagtkoder: " : "labels: ") + scope.labels.joined(separator: ", ")) }
            if !scope.employees.isEmpty { parts.append((da ? "medarbejdere: " : "employees: ") + scope.employees.joined(separator: ", ")) }
            w.append(parts.joined(separator: "; ")); w.append(").")
        }
    }
}

extension ByteWriter {
    /// `03-03 07:00`, the short Danish form used in messages.
    mutating func short(_ instant: Minute) {
        let local = days.local(instant)
        let day = floorDiv(local, minutesPerDay)
        let m = local - day * minutesPerDay
        appendDayMonth(day); append(0x20)
        append(twoDigits: m / 60); append(0x3A); append(twoDigits: m % 60)
    }

    /// `07:00`.
    mutating func clock(_ instant: Minute) {
        let local = days.local(instant)
        let m = local - floorDiv(local, minutesPerDay) * minutesPerDay
        append(padded: m / 60, width: 2); append(0x3A); append(padded: m % 60, width: 2)
    }

    /// `03-03-2026`.
    mutating func date(_ day: Day) {
        let d = CivilDate(dayNumber: day)
        append(padded: d.day, width: 2); append(0x2D); append(padded: d.month, width: 2); append(0x2D)
        append(padded: d.year, width: 4)
    }

    /// Hours from minutes, two decimals at most, decimal comma in Danish.
    mutating func hours(_ minutes: Int, _ danish: Bool) {
        append(number: Double(minutes) / 60, danish: danish)
    }
}
