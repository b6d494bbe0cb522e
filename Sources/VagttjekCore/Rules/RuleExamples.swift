/// Texts shared by several rules' examples.
enum RuleExamples {
    /// A rest-reduction agreement for Hus Nord, February 2026 – January 2027.
    static let agreementHusNord = """
        {"id": "LA-1", "kind": "rest-reduction", "validFrom": "2026-02-01", "validUntil": "2027-01-31",
         "scope": {"units": ["Hus Nord"]}, "parameters": {"minRestHours": 8, "maxReductionsPer7Days": 1}}
        """
    /// A postponement agreement: days off may be postponed to 12 days.
    static let postponement12 = """
        {"id": "LA-2", "kind": "dayoff-postponement", "validFrom": "2026-01-01", "validUntil": "2026-12-31",
         "parameters": {"maxDaysBetweenDaysOff": 12}}
        """
}

extension RuleExamples {
    /// CSV rows for employee E1, one shift a day for `days` days from a date, `from`–`to` local
    /// (an end before the start runs into the next day), with the header unless `header` is false.
    static func rows(from date: String, days: Int, _ from: String, _ to: String, header: Bool = true, label: String? = nil) -> String {
        guard let first = TimestampParser.parseDate(date) else { return "" }
        var csv = header ? (label == nil ? "employee,start,end,kind\n" : "employee,start,end,kind,label\n") : ""
        let overnight = to < from
        for d in first..<(first + days) {
            let endDay = overnight ? d + 1 : d
            csv += "E1,\(CivilDate(dayNumber: d)) \(from),\(CivilDate(dayNumber: endDay)) \(to),work" + (label.map { "," + $0 } ?? "") + "\n"
        }
        return csv
    }
}
