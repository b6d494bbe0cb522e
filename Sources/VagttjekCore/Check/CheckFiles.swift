/// The files of one check and how to read them, as values: what `vagttjek check` is given on
/// its command line. Reading gathers every input error of every file at once (a planner fixes
/// them in one go), checks what the files say together (several roster files are one plan; an
/// employee in two of them is one employee), and returns the input the engine checks.
///
/// A complete use, from files to a report:
///
///     var files = CheckFiles(rosters: ["plan.csv"])
///     files.employees = "medarbejdere.csv"
///     let read = try files.read()                  // throws InputFailure: every error at once
///     let result = Checker().check(read.input)
///     var text: [UInt8] = []
///     ReportWriter.text(result, ReportOptions()) { text.append(contentsOf: $0) }
///     // result.errors > 0: the plan breaks a rule
///
/// `read.notices` are the things worth telling the user that are not errors (a column not
/// read, two ids that only look alike); the CLI prints them to stderr after "bemærk:".
public struct CheckFiles: Sendable {
    /// The roster files, checked as one plan.
    public var rosters: [String]
    /// `--employees`: birth dates, groups, units, pregnancy, health checks.
    public var employees: String?
    /// `--agreement`: local agreements (JSON).
    public var agreements: [String] = []
    /// `--policy`: thresholds and profile (JSON).
    public var policy: String?
    /// `--previous`: the previous period's roster (rest and averages across the edge).
    public var previous: String?
    /// `--wishes`: the staff's wishes (CSV).
    public var wishes: String?
    /// `--accept`: findings accepted with a reason (CSV; `CheckResult.accepting`).
    public var accept: String?
    /// `--codes`: the legend of shift codes (`ShiftCodes`), for rows that give a code, not times.
    public var codes: String?
    /// `--sheet`: the sheet of an `.xlsx` roster to read (else the first).
    public var sheet: String?
    /// The roster's columns by the file's own header names (`--columns`).
    public var columns: [RosterReader.Column: String] = [:]
    /// The employees file's columns by its own header names (`--employee-columns`).
    public var employeeColumns: [EmployeeDirectory.Column: String] = [:]
    /// The export's own kind words, lower case (`--kinds`): `rådighed` → `.onCallHome`.
    public var kinds: [String: ShiftKind] = [:]
    /// The day the plan was handed out (`--published`).
    public var published: Day?
    /// The plan period (`--period`); else the roster's own first and last day.
    public var period: ClosedRange<Day>?
    /// Names left out of everything read and written (`--redact`).
    public var redactsPersonalData = false
    /// Rows in error are left out and returned in `skipped` instead of failing the read.
    public var skipsInvalidRows = false
    /// Threads for reading and checking (0: every core).
    public var jobs = 0
    /// How the roster files are read: size limits and strategy thresholds (`ReadLimits`).
    public var limits = ReadLimits.standard

    public init(rosters: [String]) {
        self.rosters = rosters
    }

    /// Every file named, for a caller that must not write over an input.
    public var allPaths: [String] { rosters + [employees, policy, previous, wishes, accept, codes].compactMap { $0 } + agreements }

    /// What reading gave: the input to check and what to tell the user.
    public struct Read: Sendable {
        public var input: CheckInput
        /// The rows in error left out (`skipsInvalidRows`; empty otherwise).
        public var skipped: [InputError] = []
        /// Rows in error counted but not kept, per file (a file of millions of bad lines).
        public var omitted: [String: OmittedRows] = [:]
        /// Shifts read per file (the roster files and `previous`).
        public var shiftsRead: [String: Int] = [:]
        /// Notices, in the order they are best read: the legend's, the roster's, the previous roster's, the
        /// employees file's, ids that only look alike, `kinds` no row has. A notice about the
        /// options rather than a file has an empty `file`.
        public var notices: [InputError] = []
        /// How each roster file was read (for timing reports).
        public var strategies: [ReadStrategy] = []
        /// The accepted findings (`accept`), to apply to the result: `result.accepting(read.acceptances)`.
        public var acceptances: Acceptances?
    }

    /// Rows in error past the errors a reader keeps, and the lines they cover.
    public struct OmittedRows: Sendable, Equatable {
        public var rows: Int, lines: Int
        public init(rows: Int, lines: Int) { (self.rows, self.lines) = (rows, lines) }
    }

    /// Reads every file. Throws `InputFailure` with every error of every file (its `language`
    /// is the policy's, when the policy file was read and names one), or with `isUsage` when a
    /// column mapping does not fit a file's header.
    public func read() throws(InputFailure) -> Read {
        var errors: [InputError] = []
        var reader = RosterReader(mapping: columns, jobs: jobs)
        reader.limits = limits
        reader.kinds = kinds
        reader.period = period
        reader.sheet = sheet
        var legend: ShiftCodes?
        if let path = codes {
            // The legend first: every roster row with a code needs it.
            do { legend = try ShiftCodes.read(path: path) } catch { errors += error.errors }
            if let legend { reader.codes = legend } else { throw InputFailure(errors) }
        }
        var omitted: [String: OmittedRows] = [:], shiftsRead: [String: Int] = [:], strategies: [ReadStrategy] = []
        var rostersRead: [Roster] = []
        var skipped: [InputError] = []
        var kindsMatched = Set<String>()
        func took(_ result: RosterReader.Result, _ path: String) {
            skipped += result.errors
            if result.omittedErrorRows > 0 { omitted[path] = OmittedRows(rows: result.omittedErrorRows, lines: result.omittedErrorLines) }
            kindsMatched.formUnion(result.kindsMatched)
            if shiftsRead[path] == nil { shiftsRead[path] = result.roster.shifts.count }  // a file read twice counts once
        }
        for path in rosters {
            do {
                let result = try reader.read(path: path)
                rostersRead.append(result.roster)
                took(result, path)
                strategies.append(result.strategy)
            } catch {
                if error.isUsage { throw error }
                errors += error.errors
            }
        }
        if rostersRead.count > 1 && !Roster.linesFit(rostersRead) {
            errors.append(InputError(
                file: rostersRead[0].file, da: "filerne har tilsammen flere end 2.147.483.647 linjer", en: "the files hold more than 2,147,483,647 lines between them"))
        }
        let roster: Roster? = rostersRead.count == rosters.count && !rosters.isEmpty ? Roster.combining(rostersRead) : nil
        if let roster, roster.labels.count > Shift.maxCodes || roster.units.count > Shift.maxCodes {
            errors.append(InputError(
                file: roster.file, da: "filerne har tilsammen flere end \(Shift.maxCodes) forskellige vagtkoder eller afdelinger",
                en: "the files hold more than \(Shift.maxCodes) distinct labels or units between them"))
        }
        var directory: EmployeeDirectory?
        if let path = employees {
            do { directory = try EmployeeDirectory.read(path: path, mapping: employeeColumns, redact: redactsPersonalData) } catch {
                if error.isUsage { throw error }
                errors += error.errors
            }
        }
        var agreementsRead: [Agreement] = []
        for path in agreements {
            do { agreementsRead.append(try Agreement.read(path: path)) } catch { errors += error.errors }
        }
        var policyRead = Policy()
        if let path = policy {
            do { policyRead = try Policy.read(path: path) } catch { errors += error.errors }
        }
        var wishesRead: Wishes?
        if let path = wishes {
            do { wishesRead = try Wishes.read(path: path) } catch { errors += error.errors }
        }
        var acceptancesRead: Acceptances?
        if let path = accept {
            do { acceptancesRead = try Acceptances.read(path: path, rules: RuleRegistry.ids) } catch { errors += error.errors }
        }
        var previousRead: Roster?
        if let path = previous {
            do {
                let result = try reader.read(path: path)
                previousRead = result.roster
                took(result, path)
            } catch {
                if error.isUsage { throw error }
                errors += error.errors
            }
        }
        // A roster that knows its staff by name only finds them in `--employees` by name.
        if let roster, roster.namesAreIDs, let d = directory, let path = employees {
            do { directory = try Self.byName(d, file: path) } catch { errors += error.errors }
        }
        if !skipsInvalidRows { errors += skipped }
        guard errors.isEmpty, let roster else {
            var failure = InputFailure(errors)
            failure.omitted = skipsInvalidRows ? 0 : omitted.values.reduce(0) { $0 + $1.rows }
            failure.language = policyRead.language
            throw failure
        }
        var input = CheckInput(
            roster: roster, employees: directory, agreements: agreementsRead, policy: policyRead, published: published,
            period: period, previous: previousRead, wishes: wishesRead)
        input.redactsPersonalData = redactsPersonalData
        var out = Read(input: input, omitted: omitted, shiftsRead: shiftsRead, strategies: strategies)
        if skipsInvalidRows { out.skipped = skipped }
        out.acceptances = acceptancesRead
        out.notices = (legend?.notices ?? []) + roster.notices + (previousRead?.notices ?? []) + (directory?.notices ?? [])
        out.notices += Self.lookalikeNotices(roster.employeeIDs, file: roster.file)
        out.notices += Self.unmatchedKindsNotices(kinds, matched: kindsMatched, files: rosters + (previous.map { [$0] } ?? []))
        return out
    }

    /// A notice per group of ids that only look alike (Latin `A1` and Cyrillic `А1`): two people
    /// to vagttjek, perhaps one to the planner (DESIGN.md, «One id, one person»).
    static func lookalikeNotices(_ ids: [String], file: String) -> [InputError] {
        EmployeeID.lookalikes(ids).map { group in
            let list = group.map { "«\(shown(EmployeeID.spelled($0)))»" }.joined(separator: ", ")
            return InputError(
                file: file,
                da: "\(list) ligner hinanden, men er skrevet med forskellige tegn (fx latinsk og kyrillisk) og læses som \(group.count) medarbejdere; er det én, så ret id'et",
                en: "\(list) look alike but are written with different characters (Latin and Cyrillic, say) and are read as \(group.count) employees; if they are one, correct the id")
        }
    }

    /// The `kinds` values that no row's kind cell holds (in any of the files): their rows would
    /// be read as whatever they say, unsaid.
    static func unmatchedKindsNotices(_ mapping: [String: ShiftKind], matched: Set<String>, files: [String]) -> [InputError] {
        let unmatched = mapping.keys.filter { !matched.contains($0) }.sorted()
        guard !unmatched.isEmpty else { return [] }
        let names = unmatched.map { "«\(shown($0))»" }.joined(separator: ", ")
        let one = unmatched.count == 1
        let where_ = files.count == 1 ? files[0] : files.joined(separator: ", ")
        return [InputError(
            file: "",
            da: "--kinds \(names) passer ikke på nogen rækkes type i \(where_); står værdien i en anden kolonne (fx vagtkoden), så oversættes den ikke",
            en: "--kinds \(names) \(one ? "matches" : "match") no row's kind in \(where_); a value in another column (the shift code, say) is not mapped")]
    }

    /// The employees keyed by their names (those without a name keep their id); two people of
    /// one name are an error, since a roster of names cannot tell them apart.
    static func byName(_ directory: EmployeeDirectory, file: String) throws(InputFailure) -> EmployeeDirectory {
        var seen = Set<String>(), twice: [String] = []
        var renamed = directory.employees
        for k in renamed.indices {
            guard let name = renamed[k].name.map(EmployeeID.fold), !name.isEmpty else { continue }
            if !seen.insert(name).inserted && !twice.contains(name) { twice.append(name) }
            renamed[k].id = name
        }
        guard twice.isEmpty else {
            throw InputFailure(twice.map { name in
                InputError(
                    file: file,
                    da: "to medarbejdere hedder «\(shown(name))», og vagtplanen kender medarbejderne kun ved navn, så de kan ikke skelnes; giv vagtplanen en kolonne med medarbejdernummer",
                    en: "two employees are called «\(shown(name))», and the roster knows the employees by name only, so they cannot be told apart; give the roster an employee number column")
            })
        }
        var out = EmployeeDirectory(renamed)
        out.recordsHealthChecks = directory.recordsHealthChecks
        out.notices = directory.notices
        return out
    }
}
