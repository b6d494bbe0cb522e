/// The documents rules cite, each with its full citation written once, as a planner or TR
/// would look it up (the law by its name and number, the publication by its title and section).
/// Rules cite a document by key plus the exact place (`Citation`); what users read never names a
/// file of this repository. Engineers find the seed file and lines in each rule's doc comment.
public enum SourceDocument: String, Sendable, CaseIterable {
    /// Lov om arbejdsmiljø: § 50 (hvileperiode), § 51 (fridøgn).
    case arbejdsmiljoloven
    /// The executive order on rest and days off (§ 3 daily rest, § 4 weekly day off).
    case hvileBekendtgorelsen
    /// The same, as amended with effect from 1 July 2024 (on-call at the workplace is working
    /// time; compensating rest follows immediately).
    case hvileBekendtgorelsen2024
    /// The agreement on rest and days off made under the Working Environment Act (1981), which
    /// lets a local agreement reduce the rest to 8 hours and postpone the day off.
    case aftaleOmHviletidOgFridogn
    /// Lov om gennemførelse af dele af arbejdstidsdirektivet.
    case arbejdstidsloven
    /// KL's agreement on working time at 24-hour institutions.
    case klDognarbejdstidsaftale
    /// Socialpædagogerne: Den gode Arbejdsplads, 4. udgave (seed 004_826b03a8cfdc2d0b.txt).
    case denGodeArbejdsplads
    /// The regional working-time agreement (Danske Regioner), OK24: pregnant employees and
    /// night shifts. Its agreement number was not at hand offline; cited by name and round.
    case regionalAgreement
    /// The framework agreement on decentral working-time agreements, whose annex holds the 14
    /// recommendations for shift work (seed 004 lines 2649–2653).
    case decentralFrameworkAgreement
    /// A check of the data itself, not a rule of law or agreement.
    case dataQuality

    /// The citation as users read it.
    public var citation: String {
        switch self {
        case .arbejdsmiljoloven: return "Arbejdsmiljøloven"
        case .hvileBekendtgorelsen: return "BEK nr. 324 af 23/05/2002 om hvileperiode og fridøgn m.v."
        case .hvileBekendtgorelsen2024:
            return "BEK nr. 324 af 23/05/2002 om hvileperiode og fridøgn m.v., som ændret med virkning fra 1. juli 2024"
        case .aftaleOmHviletidOgFridogn: return "Aftalen om hviletid og fridøgn (1981, indgået i tilknytning til arbejdsmiljøloven)"
        case .arbejdstidsloven: return "Arbejdstidsloven (LBK nr. 896 af 24/08/2004)"
        case .klDognarbejdstidsaftale: return "KL's døgnarbejdstidsaftale (64.11)"
        case .denGodeArbejdsplads: return "Socialpædagogerne: Den gode Arbejdsplads, 4. udg."
        case .regionalAgreement: return "Regionernes arbejdstidsaftale (OK24)"
        case .decentralFrameworkAgreement: return "Rammeaftalen om decentrale arbejdstidsaftaler, bilaget med 14 anbefalinger om skiftearbejde"
        case .dataQuality: return "vagttjeks datakontrol (ingen lovregel)"
        }
    }
}

/// A place in a source document: "Arbejdsmiljøloven § 50", "Socialpædagogerne: Den gode
/// Arbejdsplads, 4. udg., afsnit «Lokalaftaler om arbejdstid»".
public struct Citation: Sendable, Equatable {
    public let document: SourceDocument
    /// The section, paragraph or item; empty for the document as a whole.
    public let place: String

    public init(_ document: SourceDocument, _ place: String = "") {
        self.document = document
        self.place = place
    }

    /// A section of *Den gode Arbejdsplads*, by its heading.
    public static func denGodeArbejdsplads(_ heading: String, _ detail: String = "") -> Citation {
        Citation(.denGodeArbejdsplads, "afsnit «\(heading)»" + (detail.isEmpty ? "" : ", \(detail)"))
    }

    public var text: String {
        if place.isEmpty { return document.citation }
        // A paragraph follows a law's short name directly ("Arbejdsmiljøloven § 50"); after a
        // full title, and before a section of a publication, comes a comma.
        let direct = place.hasPrefix("§") && !document.citation.hasSuffix(".")
        return direct ? "\(document.citation) \(place)" : "\(document.citation), \(place)"
    }
}
