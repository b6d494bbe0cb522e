/// A local agreement (lokalaftale) on rest and days off, or a decentral working-time agreement
/// (DESIGN.md «Local agreements»; seed 004 lines 2273–2300, 2775–2787).
///
/// Decisions where the spec is silent:
/// * Parameters left out take the most protective lawful value: `minRestHours` 8 (the floor of
///   the 1981 agreement on rest and days off), `maxReductionsPer7Days` 1,
///   `allowConsecutiveDays` false, `maxDaysBetweenDaysOff` 12 (the legal ceiling; state it).
/// * Unknown keys are an input error, as in the policy: a misspelt parameter must not silently
///   fall back to a default.
/// * When several agreements apply to the same work period, the first one given on the command
///   line is used.
/// * Two clauses the law has settled since 1 July 2024 are parameters, so a TR can write down
///   what a draft says and `vagttjek agreement` can fail it: `onCallAtWorkplaceIsRest` (rådig-
///   hedstjeneste på arbejdsstedet regnes som hvile; void from 2024-07-01) and
///   `compensatingRestImmediately` (false = the draft defers the compensating rest; the law
///   wants it "i umiddelbar forlængelse"). `check` rejects both unlawful values like
///   `minRestHours` 7 (DESIGN.md «Local agreements»); an on-call clause in an agreement that ended before
///   2024-07-01 is lawful.
/// * `evaluation.heldOn` (a date) records that the agreed evaluation took place; without it an
///   evaluation date in the past is "due" in the checklist.
public struct Agreement: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case restReduction = "rest-reduction"
        case dayOffPostponement = "dayoff-postponement"
        case decentralWorkingTime = "decentral-working-time"
    }

    public struct Scope: Sendable, Equatable {
        public var units: [String] = []
        public var employees: [String] = []
        public var labels: [String] = []
    }

    public var file: String
    public var id: String
    public var kinds: [Kind]
    public var title: String?
    public var written: Bool?
    public var signedOn: Day?
    /// Inclusive local dates; nil = unbounded.
    public var validFrom: Day?
    public var validUntil: Day?
    public var terminationNotice: String?
    public var evaluationDate: Day?
    public var evaluationCriteria: [String] = []
    /// When the agreed evaluation was held, if it was.
    public var evaluationHeldOn: Day?
    public var approvedByUnion: Bool?
    public var reason: String?
    public var scope = Scope()
    /// Rest (h) that a reduction may not go below; ≥ 8.
    public var minRestHours: Double = 8
    /// `minRestHours` in minutes.
    public var minRestMinutes: Int { Hours.minutes(minRestHours) }
    public var maxReductionsPer7Days: Int = 1
    public var allowConsecutiveDays = false
    /// Most days between two days off; ≤ 12.
    public var maxDaysBetweenDaysOff: Int = 12
    /// The clause "on-call at the workplace counts as rest" (void from 2024-07-01).
    public var onCallAtWorkplaceIsRest = false
    /// False when the agreement defers the compensating rest after a reduction (unlawful from
    /// 2024-07-01: it must follow the reduced rest immediately).
    public var compensatingRestImmediately = true

    /// The day on-call at the workplace stopped being something an agreement can count as rest.
    public static let onCallRestVoidFrom = CivilDate(year: 2024, month: 7, day: 1).dayNumber

    /// Whether the agreement's validity reaches 1 July 2024 or later (or is unbounded).
    public var reachesOnCallReform: Bool { validUntil.map { $0 >= Self.onCallRestVoidFrom } ?? true }

    public init(file: String, id: String, kinds: [Kind]) {
        self.file = file
        self.id = id
        self.kinds = kinds
    }

    public func has(_ kind: Kind) -> Bool { kinds.contains(kind) }

    /// The instant validity starts (local midnight of `validFrom`), or nil.
    public var validFromInstant: Minute? { validFrom.map(Copenhagen.midnight) }
    /// The instant validity ends (local midnight after `validUntil`), or nil.
    public var validUntilInstant: Minute? { validUntil.map { Copenhagen.midnight($0 + 1) } }

    /// Whether `[start, end)` lies wholly inside the validity (DESIGN.md «Local agreements»).
    public func covers(start: Minute, end: Minute) -> Bool {
        if let from = validFromInstant, start < from { return false }
        if let until = validUntilInstant, end > until { return false }
        return true
    }

    /// Whether a shift is in scope; an empty list matches everything, the lists combine with AND.
    public func inScope(employee: String, unit: String?, label: String?) -> Bool {
        (scope.employees.isEmpty || scope.employees.contains(employee))
            && (scope.units.isEmpty || unit.map(scope.units.contains) == true)
            && (scope.labels.isEmpty || label.map(scope.labels.contains) == true)
    }

    /// "2026-02-01–2027-01-31", for messages.
    public var validityText: String {
        "\(validFrom.map { CivilDate(dayNumber: $0).description } ?? "…")–\(validUntil.map { CivilDate(dayNumber: $0).description } ?? "…")"
    }

    /// An agreement with every parameter at its default (the most protective lawful value).
    public static var defaults: Agreement { Agreement(file: "", id: "", kinds: []) }

    /// The parameters an agreement's `parameters` object may hold, once: key, type, lawful
    /// range, meaning. The defaults are the fields' initial values above.
    public static let parameters: [Setting<Agreement>] = [
        Setting(.minRestHours, .hours(\.minRestHours, 8...11), da: "den nedsatte hviles nedre grænse (timer)",
                en: "the floor of a reduced rest (hours)",
                bound: LocalizedText(da: "hviletiden må højst nedsættes til 8 timer", en: "rest may be reduced to 8 hours at the least")),
        Setting(.maxReductionsPer7Days, .whole(\.maxReductionsPer7Days, 0...7), da: "nedsættelser af hviletiden pr. 7 × 24 timer",
                en: "reductions of the rest per 7 × 24 hours"),
        Setting(.allowConsecutiveDays, .flag(\.allowConsecutiveDays), da: "nedsættelse to dage i træk er tilladt",
                en: "reductions on two consecutive days are allowed"),
        Setting(.maxDaysBetweenDaysOff, .whole(\.maxDaysBetweenDaysOff, 6...12), da: "højst døgn mellem to fridøgn, når fridøgnet udskydes",
                en: "most days between two days off when the day off is postponed",
                bound: LocalizedText(da: "fridøgnet kan højst udskydes til 12 døgn", en: "the day off can be postponed to 12 days at the most")),
        Setting(.onCallAtWorkplaceIsRest, .flag(\.onCallAtWorkplaceIsRest), da: "rådighedstjeneste på arbejdsstedet regnes som hvile (ugyldigt fra 1. juli 2024)",
                en: "on-call at the workplace counts as rest (void from 1 July 2024)"),
        Setting(.compensatingRestImmediately, .flag(\.compensatingRestImmediately), da: "den kompenserende hvile gives i umiddelbar forlængelse af den nedsatte hvile",
                en: "the compensating rest follows the reduced rest immediately"),
    ]

    static let keys = [
        "id", "kind", "title", "written", "signedOn", "validFrom", "validUntil", "terminationNotice", "evaluation",
        "approvedByUnion", "reason", "scope", "parameters",
    ]

    /// Reads an agreement file. For `check` (`lawful`) an agreement outside the law's bounds is
    /// an input error (DESIGN.md «Local agreements»); `vagttjek agreement` reads it with `lawful` false and reports
    /// the unlawful values item by item (README «The agreement checklist»).
    public static func read(path: String, lawful: Bool = true) throws(InputFailure) -> Agreement {
        try parse(document: try readJSONDocument(path: path), file: path, lawful: lawful)
    }

    /// Parses agreement JSON text (`file` names it in messages).
    public static func parse(bytes: [UInt8], file: String, lawful: Bool = true) throws(InputFailure) -> Agreement {
        try parse(document: try parseJSONDocument(bytes, file: file), file: file, lawful: lawful)
    }

    static func parse(document: JSONValue, file path: String, lawful: Bool) throws(InputFailure) -> Agreement {
        var r: JSONObjectReader
        do { r = try JSONObjectReader(file: path, path: "", value: document, line: 1, aliases: JSONKeys.agreement) } catch { throw InputFailure([error]) }
        r.rejectUnknown(keys)
        let id = r.string("id") ?? ""
        if r.member("id") == nil {
            r.errors.append(InputError(file: path, line: 1, da: "aftalen mangler \"id\"", en: "the agreement has no \"id\""))
        }
        var kinds: [Kind] = []
        if let m = r.member("kind") {
            var names: [String] = []
            switch m.value {
            case .string(let s): names = [s]
            case .array: names = r.strings("kind") ?? []
            default: r.fail("kind", line: m.line, da: "skal være en tekst eller en liste", en: "must be a string or a list")
            }
            for name in names {
                if let k = Kind(rawValue: name) ?? JSONKeys.kindNames[JSONKeys.fold(name)] { kinds.append(k) } else {
                    let known = Kind.allCases.map(\.rawValue).joined(separator: ", ")
                    let danish = Kind.allCases.map(JSONKeys.danishName).joined(separator: ", ")
                    r.fail("kind", line: m.line, da: "«\(shown(name))» er ukendt; forventede \(danish) (eller \(known))", en: "«\(shown(name))» is unknown; expected \(known)")
                }
            }
        } else {
            r.errors.append(InputError(file: path, line: 1, da: "aftalen mangler \"kind\"", en: "the agreement has no \"kind\""))
        }
        var a = Agreement(file: path, id: id, kinds: kinds)
        a.title = r.string("title")
        a.written = r.bool("written")
        a.signedOn = r.date("signedOn")
        a.validFrom = r.date("validFrom")
        a.validUntil = r.date("validUntil")
        a.terminationNotice = r.string("terminationNotice")
        a.approvedByUnion = r.bool("approvedByUnion")
        a.reason = r.string("reason")
        if let from = a.validFrom, let until = a.validUntil, until < from, let m = r.member("validUntil") {
            r.fail("validUntil", line: m.line, da: "ligger før validFrom", en: "is before validFrom")
        }
        if var e = r.object("evaluation", aliases: JSONKeys.evaluation) {
            e.rejectUnknown(["date", "criteria", "heldOn"])
            a.evaluationDate = e.date("date")
            a.evaluationCriteria = e.strings("criteria") ?? []
            a.evaluationHeldOn = e.date("heldOn")
            r.absorb(e)
        }
        if var s = r.object("scope", aliases: JSONKeys.scope) {
            s.rejectUnknown(["units", "employees", "labels"])
            a.scope.units = s.strings("units") ?? []
            a.scope.employees = (s.strings("employees") ?? []).map(EmployeeID.fold)  // DESIGN.md, «One id, one person»
            a.scope.labels = s.strings("labels") ?? []
            r.absorb(s)
        }
        if var p = r.object("parameters", aliases: JSONKeys.parameters) {
            p.rejectUnknown(parameters.map(\.key))
            for setting in parameters { setting.read(&p, into: &a, lawful: lawful) }
            if lawful, a.onCallAtWorkplaceIsRest, a.reachesOnCallReform, let m = p.member("onCallAtWorkplaceIsRest") {
                p.fail(
                    "onCallAtWorkplaceIsRest", line: m.line,
                    da: "true er ikke tilladt: rådighedstjeneste på arbejdsstedet er arbejdstid fra 1. juli 2024 og kan ikke aftales som hvile (loven); 'vagttjek agreement' gennemgår aftalen punkt for punkt",
                    en: "true is not allowed: on-call at the workplace is working time from 1 July 2024 and cannot be agreed to count as rest (the law); 'vagttjek agreement' reviews the agreement item by item")
            }
            if lawful, !a.compensatingRestImmediately, let m = p.member("compensatingRestImmediately") {
                p.fail(
                    "compensatingRestImmediately", line: m.line,
                    da: "false er ikke tilladt: den kompenserende hvile skal gives i umiddelbar forlængelse af den nedsatte hvile (loven, fra 1. juli 2024); 'vagttjek agreement' gennemgår aftalen punkt for punkt",
                    en: "false is not allowed: the compensating rest must follow the reduced rest immediately (the law, from 1 July 2024); 'vagttjek agreement' reviews the agreement item by item")
            }
            r.absorb(p)
        }
        if !r.errors.isEmpty { throw InputFailure(r.errors) }
        return a
    }
}
