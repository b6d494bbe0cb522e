/// A date as a planner's grid writes it in a header cell: `02-03-2026`, `2026-03-02`, `2/3`,
/// `02.03.`, with a weekday before it (`ma 02-03`, `Mon 02/03`, `tirsdag 3.3`), or with the month's
/// name (`2. mar`, `2 marts 2026`, `02-Mar-26`, `Mar 2`). The day comes before the month, as in
/// Danish; a two-digit year is 20xx. The year may be left out: the grid reader takes it from the
/// title or `--period` (`GridRoster`).
enum GridDate {
    struct Reading: Equatable {
        var day: Int, month: Int
        var year: Int?
        /// 0 Monday … 6 Sunday, when the cell names the weekday.
        var weekday: Int?
    }

    static let weekdays: [String: Int] = {
        var map: [String: Int] = [:]
        let names = [
            ["ma", "man", "mandag", "mon", "monday"], ["ti", "tir", "tirs", "tirsdag", "tue", "tues", "tuesday"],
            ["on", "ons", "onsdag", "wed", "wednesday"], ["to", "tor", "tors", "torsdag", "thu", "thur", "thurs", "thursday"],
            ["fr", "fre", "fredag", "fri", "friday"], ["lø", "lør", "lørdag", "sat", "saturday"], ["sø", "søn", "søndag", "sun", "sunday"],
        ]
        for (i, words) in names.enumerated() { for w in words { map[w] = i } }
        return map
    }()

    static let months: [String: Int] = {
        var map: [String: Int] = [:]
        let names = [
            ["jan", "januar", "january"], ["feb", "februar", "february"], ["mar", "mrt", "marts", "march"], ["apr", "april"],
            ["maj", "may"], ["jun", "juni", "june"], ["jul", "juli", "july"], ["aug", "august"], ["sep", "sept", "september"],
            ["okt", "oct", "oktober", "october"], ["nov", "november"], ["dec", "december"],
        ]
        for (i, words) in names.enumerated() { for w in words { map[w] = i + 1 } }
        return map
    }()

    /// The date in a cell, or nil when the cell is not a date.
    static func parse(_ text: String) -> Reading? {
        // Tokens: runs of digits and runs of letters; `-`, `.`, `/`, `,` and spaces between them.
        var tokens: [(text: String, digits: Bool, afterSpace: Bool)] = []
        var separators: [Character] = []
        var current = "", digits = false, space = false
        func flush() {
            if !current.isEmpty { tokens.append((current, digits, space)) }
            current = ""
            space = false
        }
        for c in text.lowercased() {
            let isDigit = c.isASCII && c.isNumber
            if isDigit || c.isLetter {
                if !current.isEmpty && isDigit != digits { flush() }
                digits = isDigit
                current.append(c)
            } else if c == "-" || c == "." || c == "/" || c == "," || c == " " || c == "\u{A0}" {
                flush()
                if c != " " && c != "\u{A0}" && c != "," { separators.append(c) } else { space = true }
            } else {
                return nil
            }
        }
        flush()
        guard !tokens.isEmpty, tokens.count <= 5 else { return nil }
        var reading = Reading(day: 0, month: 0)
        // A weekday first.
        if !tokens[0].digits {
            if let w = weekdays[tokens[0].text] {
                reading.weekday = w
                tokens.removeFirst()
            }
        }
        guard !tokens.isEmpty else { return nil }
        let numbers = tokens.filter(\.digits).map { (value: Int($0.text) ?? -1, count: $0.text.count) }
        let words = tokens.filter { !$0.digits }.map(\.text)
        if words.isEmpty {
            // Numbers only: d-m, d-m-y, y-m-d, with no space inside (`2026- 3-03` is a typo).
            guard !tokens.dropFirst().contains(where: \.afterSpace) else { return nil }
            switch numbers.count {
            case 2:
                guard numbers.allSatisfy({ $0.count <= 2 }) else { return nil }
                (reading.day, reading.month) = (numbers[0].value, numbers[1].value)
            case 3:
                if numbers[0].count == 4 && numbers[1].count <= 2 && numbers[2].count <= 2 {
                    (reading.year, reading.month, reading.day) = (numbers[0].value, numbers[1].value, numbers[2].value)
                } else if numbers[0].count <= 2 && numbers[1].count <= 2 && (numbers[2].count == 4 || numbers[2].count == 2) {
                    (reading.day, reading.month) = (numbers[0].value, numbers[1].value)
                    reading.year = numbers[2].count == 2 ? 2000 + numbers[2].value : numbers[2].value
                } else {
                    return nil
                }
            default:
                return nil
            }
            // One kind of separator between the numbers (`02-03`, `2.3.`), never a mix (`2-3.26`).
            guard Set(separators).count <= 1 else { return nil }
        } else {
            // A month's name: `2. mar`, `2 marts 2026`, `02-mar-26`, `mar 2`.
            guard words.count == 1, let month = months[words[0]], (1...2).contains(numbers.count) else { return nil }
            reading.month = month
            guard numbers[0].count <= 2 else { return nil }
            reading.day = numbers[0].value
            if numbers.count == 2 {
                guard numbers[1].count == 4 || numbers[1].count == 2 else { return nil }
                reading.year = numbers[1].count == 2 ? 2000 + numbers[1].value : numbers[1].value
            }
        }
        guard (1...12).contains(reading.month), reading.day >= 1 else { return nil }
        guard reading.day <= CivilDate.daysInMonth(year: reading.year ?? 2024, month: reading.month) else { return nil }
        if let y = reading.year, !(1900...2199).contains(y) { return nil }
        return reading
    }

    static let namesDa = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
    static let namesEn = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// The weekday of a day number, 0 Monday … 6 Sunday.
    static func weekday(_ day: Day) -> Int { isoWeekday(day) - 1 }
}
