/// The policy: profile, thresholds and switches (README «Inputs»). Every field is optional in the
/// file; the defaults here are the one source of truth for every rule's parameters.
///
/// Unknown keys are an input error (a typo must not silently disable a rule), and so is a
/// policy the law forbids: a night period shorter than 7 h or not covering 00–05, a daily rest
/// below 11 h, a weekly rest below 35 h, an average above 48 h.
public struct Policy: Sendable, Equatable {
    public enum Profile: String, Sendable, CaseIterable {
        /// KL's døgnarbejdstidsaftale (municipal; default).
        case kl
        /// Danske Regioner's agreement.
        case regional
        /// The law only.
        case law

        /// The value, from the English or the Danish word (`kommunal`, `lov`).
        init?(word: String) {
            switch word.lowercased() {
            case "kl", "kommunal", "kommune": self = .kl
            case "regional", "region", "regioner": self = .regional
            case "law", "lov", "loven": self = .law
            default: return nil
            }
        }
    }

    public var profile: Profile = .kl
    public var language: Language?
    /// Rest (h) required within every 24 h (arbejdsmiljøloven § 50): 11.
    public var dailyRestHours: Double = 11
    /// `dailyRestHours` in minutes.
    public var dailyRestMinutes: Int { Hours.minutes(dailyRestHours) }
    /// Length (h) of free time that counts as a weekly day off (24 h + 11 h daily rest): 35.
    public var weeklyRestHours: Double = 35
    /// Most days between two days off without an agreement: 6.
    public var maxDaysBetweenDaysOff: Int = 6
    /// Reference period (days) for the 48-hour average: 122 (4 months).
    public var referenceDays: Int = 122
    /// Average weekly working time limit (h): 48.
    public var maxAverageWeeklyHours: Double = 48
    /// Days of notice before a plan takes effect (KL 64.11): 28.
    public var noticeDays: Int = 28
    /// `vagttjek diff` (`rec.13`): a change announced fewer days than this before the shift is
    /// named (DESIGN.md «The 14 recommendations»).
    public var changeNoticeDays: Int = 4
    /// `rec.12`: the share of an employee's wishes (`--wishes`) the plan should grant.
    public var minWishesGranted: Double = 0.7
    /// Shortest plan period (days) (KL 64.11): 28.
    public var minPlanDays: Int = 28
    /// Treat on-call at the workplace before 2024-07-01 as rest (the 1981 agreement, seed 004
    /// lines 2374–2379). Never applies from 2024-07-01 **(law)**.
    public var legacyOnCallAsRest = false
    /// Treat on-call at home as working time for the daily rest (on-call so tight the employee
    /// cannot dispose of the time).
    public var onCallHomeIsWork = false
    /// Sleeping night watches count as night work (default true from 2024-07-01).
    public var nightWorkIncludesOnCall = true
    /// Night period as minutes after local midnight: 22:00–05:00.
    public var nightFrom = 22 * 60
    public var nightTo = 5 * 60

    /// Natarbejder: the share of working-time shifts with at least 3 night hours from which an
    /// employee is a night worker ("normalt mindst 3 timer af sin daglige arbejdstid i
    /// natperioden"; a share above one half would not be "normalt").
    public var nightWorkerShare: Double = 0.5
    /// Natarbejder: night hours within 12 months from which an employee is a night worker.
    public var nightWorkerHoursPerYear: Int = 300
    /// Fast nat: the share of working-time shifts that are night shifts from which an employee
    /// works fixed night (this tool's reading; the seed gives no number).
    public var fixedNightShare: Double = 0.8
    /// A single shift longer than this (h) is probably a typing error (`data.long-shift`).
    public var longShiftHours: Double = 16
    /// A work or course row of at least this many hours gives a right to a lunch break …
    public var lunchBreakAfterHours: Double = 6
    /// … of at least this many minutes.
    public var lunchBreakMinutes: Int = 30
    /// Where the meal break is paid and taken on duty (`break.lunch` then has nothing to judge).
    public var mealBreakOnDuty: MealBreakOnDuty = .night

    /// Which shifts' meal break is paid and taken on duty: the employee eats with the residents,
    /// stays available and may not leave the workplace, so the break is working time and the
    /// roster's break column is 0. "Ved kortere pauser har medarbejderen ret til løn, forudsat at
    /// medarbejderen står til rådighed og ikke forlader arbejdspladsen" (Den gode Arbejdsplads,
    /// «Hold pauser»). The default is `night`: at night the staff on duty in a døgninstitution
    /// cannot leave, and a night shift's break column is 0 by arrangement, not by omission;
    /// day and evening shifts are judged. `all` where a local agreement makes every meal break
    /// paid on duty; `none` to judge every shift.
    public enum MealBreakOnDuty: String, Sendable, CaseIterable {
        case none, night, all

        /// The value, from the English or the Danish word (`ingen`, `nat`, `alle`).
        init?(word: String) {
            switch word.lowercased() {
            case "none", "ingen": self = .none
            case "night", "nat": self = .night
            case "all", "alle": self = .all
            default: return nil
            }
        }
    }
    /// Seniors from this age are advised a fixed day or evening pattern (`senior.shift-pattern`).
    public var seniorAge: Int = 60
    /// Senior days from the calendar year the employee turns this age (the seed's 58; a later
    /// agreement may raise it).
    public var seniorDaysFromAge: Int = 58
    /// The age from which seniors are offered a senior conversation, as Hoved-MED has set it;
    /// 0 = not set (`senior.conversation` is off).
    public var seniorConversationAge: Int = 0
    /// A night worker's average working time per 24 hours over the reference period (h).
    public var nightAverageHours: Double = 8
    /// Night workers doing heavy work (rows tagged `heavy`): most working time in 24 hours with
    /// night work (h).
    public var heavyNightHours: Double = 8
    /// Employees with reduced capacity: longest work period (h) …
    public var reducedCapacityHours: Double = 8
    /// … and the least regularity of their plan (0–1).
    public var reducedCapacityRegularity: Double = 0.7
    /// Night workers' health check: at intervals shorter than this many years.
    public var healthCheckYears: Int = 3
    /// Pregnant employees: most night shifts in any 7 × 24 h (the regional OK24 rule) …
    public var pregnancyMaxNightsPerWeek: Int = 1
    /// … from this many days after the pregnancy was confirmed.
    public var pregnancyNightGraceDays: Int = 14
    /// Principles Lokal-MED may set for the plans (DESIGN.md «Lokal-MED's principles and fairness»); each rule is active only when
    /// its setting is: 0 (or false) = no principle set.
    public var maxWorkedWeekendsPerMonth: Int = 0
    public var maxEveningShiftsPerMonth: Int = 0
    public var weeklyFreeEvening = false
    public var minWeekendDaysOffShare: Double = 0
    /// rec.02: most night shifts on consecutive days ("to til fire nætter i træk").
    public var maxConsecutiveNights: Int = 4
    /// rec.03: rest between two work periods shorter than this is a quick return (hours).
    public var quickReturnHours: Double = 11
    /// rec.04: the least share of whole weekends free.
    public var minFreeWeekendShare: Double = 0.5
    /// rec.05: a work period longer than this is a long day (hours).
    public var longDayHours: Double = 10
    /// rec.06: a shift tagged heavy or alone longer than this (hours).
    public var demandingShiftHours: Double = 8
    /// rec.07: a night shift longer than this (hours).
    public var nightShiftHours: Double = 8
    /// rec.08: two shifts further apart than this (hours, end to start) are not a rotation.
    public var rotationGapHours: Double = 48
    /// rec.09: a morning shift starting before this local hour starts too early.
    public var earliestMorningStart: Double = 6
    /// rec.11: the least regularity (share of days like the day one cycle earlier).
    public var minRegularity: Double = 0.5

    public init() {}

    /// Every setting a policy file may hold, once: key, type, lawful range, meaning. The
    /// defaults are the fields' initial values above.
    public static let settings: [Setting<Policy>] = [
        Setting(.profile, .special(defaultText: "kl"),
                da: "overenskomst: kl (kommunal), regional eller law (kun loven)", en: "agreement: kl (municipal), regional or law (the law only)"),
        Setting(.language, .special(defaultText: "da"), da: "sproget i rapporten: da eller en", en: "the report's language: da or en"),
        Setting(.dailyRestHours, .hours(\.dailyRestHours, 11...24), da: "påkrævet hvile (timer) inden for hver 24 timer",
                en: "rest required (hours) within every 24 hours", bound: .law),
        Setting(.weeklyRestHours, .hours(\.weeklyRestHours, 35...72), da: "fri i træk (timer), der tæller som fridøgn (24 t + den daglige hvile)",
                en: "free hours in a row that count as a day off (24 h + the daily rest)", bound: .law),
        Setting(.maxDaysBetweenDaysOff, .whole(\.maxDaysBetweenDaysOff, 1...6), da: "højst døgn mellem to fridøgn uden aftale",
                en: "most days between two days off without an agreement", bound: .law),
        Setting(.referenceDays, .whole(\.referenceDays, 7...366), da: "referenceperioden (dage) for gennemsnittet på 48 timer",
                en: "the reference period (days) of the 48-hour average"),
        Setting(.maxAverageWeeklyHours, .hours(\.maxAverageWeeklyHours, 1...48), da: "højeste gennemsnitlige arbejdstid pr. uge (timer)",
                en: "highest average working time per week (hours)", bound: .law),
        Setting(.noticeDays, .whole(\.noticeDays, 0...365), da: "dage mellem udlevering af planen og dens start",
                en: "days between handing out the plan and its start"),
        Setting(.changeNoticeDays, .whole(\.changeNoticeDays, 0...365), da: "dage før vagten, en ændring skal varsles (vagttjek diff)",
                en: "days before the shift a change must be announced (vagttjek diff)"),
        Setting(.minWishesGranted, .share(\.minWishesGranted, 0...1), da: "andel af en medarbejders ønsker (--wishes), planen bør opfylde",
                en: "share of an employee's wishes (--wishes) the plan should grant"),
        Setting(.minPlanDays, .whole(\.minPlanDays, 1...366), da: "planens mindste længde (dage)", en: "the shortest plan (days)"),
        Setting(.legacyOnCallAsRest, .flag(\.legacyOnCallAsRest), da: "rådighed på arbejdsstedet før 1. juli 2024 tæller som hvile (1981-aftalen)",
                en: "on-call at the workplace before 1 July 2024 counts as rest (the 1981 agreement)"),
        Setting(.onCallHomeIsWork, .flag(\.onCallHomeIsWork), da: "rådighed i hjemmet tæller som arbejde for den daglige hvile",
                en: "on-call at home counts as work for the daily rest"),
        Setting(.nightWorkIncludesOnCall, .flag(\.nightWorkIncludesOnCall), da: "sovevagter tæller med i nattimerne",
                en: "sleeping night watches count as night hours"),
        Setting(.nightPeriod, .special(defaultText: "22:00–05:00"), da: "natperioden, mindst 7 timer og med 00:00–05:00",
                en: "the night period, at least 7 hours and including 00:00–05:00"),
        Setting(.nightWorkerShare, .share(\.nightWorkerShare, 0.01...0.5), da: "andel arbejdsdage med mindst 3 nattimer, der gør en medarbejder til natarbejder",
                en: "share of working days with at least 3 night hours that makes an employee a night worker", bound: .law),
        Setting(.nightWorkerHoursPerYear, .whole(\.nightWorkerHoursPerYear, 1...300), da: "nattimer inden for 12 måneder, der gør en medarbejder til natarbejder",
                en: "night hours within 12 months that make an employee a night worker"),
        Setting(.fixedNightShare, .share(\.fixedNightShare, 0.5...1), da: "andel nattevagter blandt vagterne, der er fast nat",
                en: "share of night shifts among the shifts that is fixed night"),
        Setting(.longShiftHours, .hours(\.longShiftHours, 12...48), da: "en enkelt vagt længere end dette (timer) er nok en tastefejl",
                en: "a single shift longer than this (hours) is probably a typing error"),
        Setting(.lunchBreakAfterHours, .hours(\.lunchBreakAfterHours, 1...6), da: "en vagt på mindst så mange timer giver ret til frokostpause",
                en: "a shift of at least this many hours gives a right to a lunch break", bound: LocalizedText(da: "overenskomsten", en: "the agreement")),
        Setting(.lunchBreakMinutes, .whole(\.lunchBreakMinutes, 30...120), da: "frokostpausens mindste længde (minutter)",
                en: "the shortest lunch break (minutes)", bound: LocalizedText(da: "overenskomsten", en: "the agreement")),
        Setting(.mealBreakOnDuty, .special(defaultText: "night"), da: "hvor spisepausen er betalt og holdes på arbejdet (break.lunch dømmer ikke pausen dér): none/ingen, night/nat eller all/alle",
                en: "where the meal break is paid and taken on duty (break.lunch does not judge the break there): none, night or all"),
        Setting(.seniorAge, .whole(\.seniorAge, 50...70), da: "alder, fra hvilken skiftende vagter og natarbejde frarådes (seniorhensyn)",
                en: "the age from which rotating shifts and night work are advised against (seniors)"),
        Setting(.seniorDaysFromAge, .whole(\.seniorDaysFromAge, 50...70), da: "seniordage fra det kalenderår, medarbejderen fylder denne alder",
                en: "senior days from the calendar year the employee turns this age"),
        Setting(.seniorConversationAge, .whole(\.seniorConversationAge, 0...70), da: "alder for tilbud om seniorsamtale, som Hoved-MED har fastlagt (0 = ikke fastlagt)",
                en: "the age for offering a senior conversation, as Hoved-MED set it (0 = not set)"),
        Setting(.nightAverageHours, .hours(\.nightAverageHours, 1...8), da: "natarbejderes højeste gennemsnitlige arbejdstid pr. døgn (timer)",
                en: "night workers' highest average working time per 24 hours (hours)", bound: .law),
        Setting(.heavyNightHours, .hours(\.heavyNightHours, 1...8), da: "højeste arbejdstid inden for 24 timer med natarbejde, når arbejdet er særligt belastende (timer)",
                en: "the most working time in 24 hours with night work when the work is heavy (hours)", bound: .law),
        Setting(.reducedCapacityHours, .hours(\.reducedCapacityHours, 1...16), da: "længste arbejdsperiode for en medarbejder med nedsat arbejdsevne (timer)",
                en: "the longest work period of an employee with reduced capacity (hours)"),
        Setting(.reducedCapacityRegularity, .share(\.reducedCapacityRegularity, 0...1), da: "mindste regelmæssighed i planen for en medarbejder med nedsat arbejdsevne (andel af dagene)",
                en: "the least regularity of the plan of an employee with reduced capacity (share of the days)"),
        Setting(.healthCheckYears, .whole(\.healthCheckYears, 1...3), da: "natarbejderes helbredskontrol med mellemrum på under dette antal år",
                en: "night workers' health check at intervals shorter than this many years", bound: .law),
        Setting(.pregnancyMaxNightsPerWeek, .whole(\.pregnancyMaxNightsPerWeek, 0...7), da: "gravides højeste antal nattevagter inden for 7 × 24 timer",
                en: "the most night shifts of a pregnant employee within 7 × 24 hours"),
        Setting(.pregnancyNightGraceDays, .whole(\.pregnancyNightGraceDays, 0...60), da: "dage efter konstateret graviditet, før grænsen for nattevagter gælder",
                en: "days after the confirmed pregnancy before the night-shift limit applies"),
        Setting(.maxWorkedWeekendsPerMonth, .whole(\.maxWorkedWeekendsPerMonth, 0...5), da: "Lokal-MED's princip: højst så mange arbejdsweekender pr. måned (0 = intet princip)",
                en: "Lokal-MED's principle: at most this many worked weekends a month (0 = no principle)"),
        Setting(.maxEveningShiftsPerMonth, .whole(\.maxEveningShiftsPerMonth, 0...31), da: "Lokal-MED's princip: højst så mange aftenvagter pr. måned (0 = intet princip)",
                en: "Lokal-MED's principle: at most this many evening shifts a month (0 = no principle)"),
        Setting(.weeklyFreeEvening, .flag(\.weeklyFreeEvening), da: "Lokal-MED's princip: en fri aften (17–23) hver uge",
                en: "Lokal-MED's principle: one free evening (17–23) every week"),
        Setting(.minWeekendDaysOffShare, .share(\.minWeekendDaysOffShare, 0...1), da: "Lokal-MED's princip: mindste andel fridøgn, der ligger i en weekend (0 = intet princip)",
                en: "Lokal-MED's principle: the least share of days off that fall on a weekend (0 = no principle)"),
        Setting(.maxConsecutiveNights, .whole(\.maxConsecutiveNights, 1...14), da: "flest nattevagter i træk (anbefaling 2: to til fire)",
                en: "the most night shifts in a row (recommendation 2: two to four)"),
        Setting(.quickReturnHours, .hours(\.quickReturnHours, 8...24), da: "hvile mellem to arbejdsperioder under dette er et kort skift (timer)",
                en: "rest between two work periods under this is a quick return (hours)"),
        Setting(.minFreeWeekendShare, .share(\.minFreeWeekendShare, 0...1), da: "mindste andel hele weekender fri (lørdag 00:00 til mandag 00:00)",
                en: "the least share of whole weekends free (Saturday 00:00 to Monday 00:00)"),
        Setting(.longDayHours, .hours(\.longDayHours, 4...24), da: "en arbejdsperiode over dette er en lang arbejdsdag (timer)",
                en: "a work period over this is a long working day (hours)"),
        Setting(.demandingShiftHours, .hours(\.demandingShiftHours, 1...24), da: "længste vagt med særlig belastning eller alenearbejde (timer)",
                en: "the longest shift with heavy work or working alone (hours)"),
        Setting(.nightShiftHours, .hours(\.nightShiftHours, 1...24), da: "længste nattevagt (timer)", en: "the longest night shift (hours)"),
        Setting(.rotationGapHours, .hours(\.rotationGapHours, 11...168), da: "to vagter med mindre mellemrum end dette er et vagtskifte i rotationen (timer)",
                en: "two shifts less than this apart are a change in the rotation (hours)"),
        Setting(.earliestMorningStart, .hours(\.earliestMorningStart, 4...12), da: "tidligste start på en morgenvagt (klokkeslæt i timer, 6 = 06:00)",
                en: "the earliest start of a morning shift (hour of the day, 6 = 06:00)"),
        Setting(.minRegularity, .share(\.minRegularity, 0...1), da: "mindste regelmæssighed i planen (andel af dagene som dagen en cyklus tidligere)",
                en: "the least regularity of the plan (share of days like the day one cycle earlier)"),
    ]

    /// The keys a policy file may hold.
    public static let keys = settings.map(\.key)

    /// The setting with this key.
    public static func setting(_ key: String) -> Setting<Policy>? { settings.first { $0.key == key } }

    /// Reads a policy file.
    public static func read(path: String) throws(InputFailure) -> Policy {
        try parse(document: try readJSONDocument(path: path), file: path)
    }

    /// Parses policy JSON text (`file` names it in messages).
    public static func parse(bytes: [UInt8], file: String) throws(InputFailure) -> Policy {
        try parse(document: try parseJSONDocument(bytes, file: file), file: file)
    }

    static func parse(document: JSONValue, file path: String) throws(InputFailure) -> Policy {
        do {
            var r = try JSONObjectReader(file: path, path: "", value: document, line: 1, aliases: JSONKeys.policy)
            r.rejectUnknown(keys)
            var p = Policy()
            if let m = r.member("profile") {
                if let s = r.string("profile") {
                    if let profile = Profile(word: s) { p.profile = profile } else {
                        r.fail("profile", line: m.line, da: "«\(shown(s))» er ukendt; forventede kl, regional eller law", en: "«\(shown(s))» is unknown; expected kl, regional or law")
                    }
                }
            }
            if let m = r.member("language"), let s = r.string("language") {
                if let l = Language(rawValue: s.lowercased()) ?? ["dansk": .da, "engelsk": .en, "english": .en][s.lowercased()] { p.language = l } else {
                    r.fail("language", line: m.line, da: "«\(shown(s))» er ukendt; forventede da eller en", en: "«\(shown(s))» is unknown; expected da or en")
                }
            }
            if let m = r.member("mealBreakOnDuty"), let s = r.string("mealBreakOnDuty") {
                if let v = MealBreakOnDuty(word: s) { p.mealBreakOnDuty = v } else {
                    r.fail("mealBreakOnDuty", line: m.line, da: "«\(shown(s))» er ukendt; forventede none, night eller all (ingen, nat, alle)", en: "«\(shown(s))» is unknown; expected none, night or all")
                }
            }
            for setting in settings { setting.read(&r, into: &p) }
            if var night = r.object("nightPeriod", aliases: JSONKeys.nightPeriod) {
                night.rejectUnknown(["from", "to"])
                let from = night.string("from").flatMap(clockMinutes)
                let to = night.string("to").flatMap(clockMinutes)
                if let from, let to {
                    let length = (to - from + minutesPerDay) % minutesPerDay
                    // Contains 00:00–05:00: a wrapping period must end at 05:00 or later; one
                    // that does not wrap must start at midnight.
                    let covers = from > to ? to >= 300 : (from == 0 && to >= 300)
                    if length < 7 * 60 || !covers {
                        night.fail(
                            "from", line: night.line,
                            da: "natperioden \(clockText(from))–\(clockText(to)) er ikke lovlig: den skal vare mindst 7 timer og omfatte 00:00–05:00",
                            en: "the night period \(clockText(from))–\(clockText(to)) is unlawful: it must last at least 7 hours and include 00:00–05:00")
                    } else {
                        p.nightFrom = from
                        p.nightTo = to
                    }
                } else {
                    night.fail("from", line: night.line, da: "forventede {\"from\": \"22:00\", \"to\": \"05:00\"}", en: "expected {\"from\": \"22:00\", \"to\": \"05:00\"}")
                }
                r.absorb(night)
            }
            if !r.errors.isEmpty { throw InputFailure(r.errors) }
            return p
        } catch let error as InputError {
            throw InputFailure([error])
        } catch let failure as InputFailure {
            throw failure
        } catch {
            throw InputFailure([])
        }
    }

    static func clockMinutes(_ text: String) -> Int? {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), (0..<24).contains(h), (0..<60).contains(m)
        else { return nil }
        return h * 60 + m
    }

    static func clockText(_ minutes: Int) -> String { "\(pad(minutes / 60, 2)):\(pad(minutes % 60, 2))" }
}
