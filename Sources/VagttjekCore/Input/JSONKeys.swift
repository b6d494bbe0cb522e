/// The Danish names of the agreement's and the policy's keys and values, beside the English
/// ones, so a TR can write `"skriftlig": "ja"` as well as `"written": true`
/// (`vagttjek agreement --template` prints a file in Danish). Keys are matched without regard
/// to case, spaces, `_`, `-` and `.` (`"gyldig fra"`, `"gyldigFra"`, `"GYLDIG_FRA"`).
enum JSONKeys {
    /// A key as it is matched: lower case, without spaces, `_`, `-` and `.`.
    static func fold(_ key: String) -> String {
        String(key.lowercased().unicodeScalars.filter { $0 != " " && $0 != "_" && $0 != "-" && $0 != "." }.map(Character.init))
    }

    /// `"ja"`, `"nej"`, `"yes"`, `"no"`, `"true"`, `"false"` in any case; nil for anything else.
    static func yesNo(_ text: String) -> Bool? {
        switch text.lowercased().trimmingSpaces {
        case "ja", "yes", "true", "sand": return true
        case "nej", "no", "false", "falsk": return false
        default: return nil
        }
    }

    /// The alias table of canonical keys and their other names: each folded name, the
    /// canonical key's own too, to the canonical key.
    static func table(_ names: [(String, [String])]) -> [String: String] {
        var out: [String: String] = [:]
        for (key, others) in names {
            out[fold(key)] = key
            for other in others { out[fold(other)] = key }
        }
        return out
    }

    /// The agreement file's keys, in the order the template writes them.
    static let agreementNames: [(String, [String])] = [
        ("id", ["aftalenr", "nummer"]),
        ("kind", ["type", "art"]),
        ("title", ["titel"]),
        ("written", ["skriftlig"]),
        ("signedOn", ["underskrevet", "underskrevet den"]),
        ("validFrom", ["gyldig fra"]),
        ("validUntil", ["gyldig til"]),
        ("terminationNotice", ["opsigelse", "opsigelsesvarsel"]),
        ("evaluation", ["evaluering"]),
        ("approvedByUnion", ["godkendt af organisationen", "godkendt af fagforeningen"]),
        ("reason", ["begrundelse"]),
        ("scope", ["omfang", "gælder for"]),
        ("parameters", ["parametre", "vilkår"]),
    ]
    static let agreement = table(agreementNames)
    static let evaluationNames: [(String, [String])] = [("date", ["dato"]), ("criteria", ["kriterier"]), ("heldOn", ["afholdt", "holdt den"])]
    static let evaluation = table(evaluationNames)
    static let scopeNames: [(String, [String])] = [("units", ["afdelinger", "enheder"]), ("employees", ["medarbejdere"]), ("labels", ["vagtkoder", "koder"])]
    static let scope = table(scopeNames)
    static let parameterNames: [(String, [String])] = [
        ("minRestHours", ["mindste hvile timer", "hvile mindst timer"]),
        ("maxReductionsPer7Days", ["nedsættelser pr 7 døgn", "højst nedsættelser pr 7 døgn"]),
        ("allowConsecutiveDays", ["to dage i træk", "nedsættelse to dage i træk"]),
        ("maxDaysBetweenDaysOff", ["højst døgn mellem fridøgn"]),
        ("onCallAtWorkplaceIsRest", ["rådighed på arbejdsstedet er hvile"]),
        ("compensatingRestImmediately", ["kompenserende hvile straks"]),
    ]
    static let parameters = table(parameterNames)

    /// The agreement kinds' Danish names.
    static let kindNames: [String: Agreement.Kind] = [
        fold("rest-reduction"): .restReduction, fold("nedsat hviletid"): .restReduction, fold("nedsættelse af hviletid"): .restReduction,
        fold("dayoff-postponement"): .dayOffPostponement, fold("udskudt fridøgn"): .dayOffPostponement, fold("udskydelse af fridøgn"): .dayOffPostponement,
        fold("decentral-working-time"): .decentralWorkingTime, fold("decentral arbejdstid"): .decentralWorkingTime,
        fold("decentral arbejdstidsaftale"): .decentralWorkingTime,
    ]

    /// The Danish name of each kind, as the template and messages write it.
    static func danishName(_ kind: Agreement.Kind) -> String {
        switch kind {
        case .restReduction: return "nedsat-hviletid"
        case .dayOffPostponement: return "udskudt-fridøgn"
        case .decentralWorkingTime: return "decentral-arbejdstid"
        }
    }

    /// The policy file's keys: each setting's Danish name.
    static let policyNames: [(String, [String])] = [
        ("profile", ["overenskomst", "profil"]), ("language", ["sprog"]),
        ("dailyRestHours", ["daglig hvile timer"]), ("weeklyRestHours", ["fridøgn timer"]),
        ("maxDaysBetweenDaysOff", ["højst døgn mellem fridøgn"]), ("referenceDays", ["referenceperiode dage"]),
        ("maxAverageWeeklyHours", ["højst gennemsnit timer pr uge"]), ("noticeDays", ["varsel dage"]),
        ("changeNoticeDays", ["ændringsvarsel dage"]), ("minWishesGranted", ["mindst andel ønsker opfyldt"]),
        ("minPlanDays", ["mindst plan dage"]), ("legacyOnCallAsRest", ["rådighed før 2024 er hvile"]),
        ("onCallHomeIsWork", ["rådighed hjemme er arbejde"]), ("nightWorkIncludesOnCall", ["nattimer med sovevagter"]),
        ("nightPeriod", ["natperiode"]), ("nightWorkerShare", ["natarbejder andel"]),
        ("nightWorkerHoursPerYear", ["natarbejder timer pr år"]), ("fixedNightShare", ["fast nat andel"]),
        ("longShiftHours", ["lang vagt timer"]), ("lunchBreakAfterHours", ["frokostpause efter timer"]),
        ("lunchBreakMinutes", ["frokostpause minutter"]), ("mealBreakOnDuty", ["betalt spisepause"]),
        ("seniorAge", ["senior alder"]), ("seniorDaysFromAge", ["seniordage fra alder"]),
        ("seniorConversationAge", ["seniorsamtale alder"]), ("nightAverageHours", ["nat gennemsnit timer"]),
        ("heavyNightHours", ["tung nat timer"]), ("reducedCapacityHours", ["nedsat arbejdsevne timer"]),
        ("reducedCapacityRegularity", ["nedsat arbejdsevne regelmæssighed"]), ("healthCheckYears", ["helbredskontrol år"]),
        ("pregnancyMaxNightsPerWeek", ["gravid højst nætter pr uge"]), ("pregnancyNightGraceDays", ["gravid nat frist dage"]),
        ("maxWorkedWeekendsPerMonth", ["højst arbejdsweekender pr måned"]), ("maxEveningShiftsPerMonth", ["højst aftenvagter pr måned"]),
        ("weeklyFreeEvening", ["ugentlig fri aften"]), ("minWeekendDaysOffShare", ["mindst andel fridøgn i weekend"]),
        ("maxConsecutiveNights", ["højst nætter i træk"]), ("quickReturnHours", ["kort skift timer"]),
        ("minFreeWeekendShare", ["mindst andel fri weekender"]), ("longDayHours", ["lang arbejdsdag timer"]),
        ("demandingShiftHours", ["belastende vagt timer"]), ("nightShiftHours", ["nattevagt timer"]),
        ("rotationGapHours", ["rotation mellemrum timer"]), ("earliestMorningStart", ["tidligste morgen"]),
        ("minRegularity", ["mindst regelmæssighed"]),
    ]
    static let policy = table(policyNames)
    static let nightPeriod = table([("from", ["fra"]), ("to", ["til"])])
}
