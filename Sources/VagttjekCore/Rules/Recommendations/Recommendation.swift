/// What the 14 recommendations for shift work share (DESIGN.md «The 14 recommendations»; seed 004 lines 2649–2670:
/// Den gode Arbejdsplads, afsnit «Arbejdsmiljø og sundhed», quoting the annex to the framework
/// agreement on decentral working-time agreements).
///
/// Decision (issue 16, measured on the 10,000-staff anchor roster): a recommendation gives one
/// warning per employee, not one per instance. `measured` is the number of instances in the
/// plan period (or the share, for the recommendations that are a share), the finding's interval
/// is the first instance, and the message names the first four and counts the rest. The
/// recommendations are advice for the dialogue, a score of the plan per person; one warning per
/// long day or quick return would add about 225,000 findings to the anchor's 173,000 and bury the
/// legal errors (and the report would cost the speed floor against DuckDB).
enum Recommendation {
    /// Its place in the seed's list and in the annex.
    static func sources(_ n: Int) -> [Citation] {
        [.denGodeArbejdsplads("Arbejdsmiljø og sundhed", "anbefaling \(n)"), Citation(.decentralFrameworkAgreement, "anbefaling \(n)")]
    }

    /// Whether an instance starting at `start` belongs to the plan period (not to `--previous`).
    @inline(__always)
    static func inPeriod(_ start: Minute, _ plan: PlanContext) -> Bool {
        start >= plan.periodStart && start < plan.periodEnd
    }
}


extension ByteWriter {
    /// "3 nattevagter over 8 t: 13-04 22:00, 14-04 22:00 og 15-04 22:00; længst 9 t. Anbefaling
    /// 7: …": the sentence of the recommendations that count what lasts too long
    /// (`RecommendationInstances.Payload`: `extreme` is the longest, `extra` the limit, in
    /// minutes). `noun` is (Danish one, Danish many, English one, English many); `advice`
    /// (Danish, English) ends it.
    mutating func longerThanLimit(_ f: Finding, _ da: Bool, noun: (String, String, String, String), advice: (String, String)) {
        let p = f.message.payload(as: RecommendationInstances.Payload.self)
        let one = p.count == 1
        append(int: p.count)
        append(" "); append(string: da ? (one ? noun.0 : noun.1) : (one ? noun.2 : noun.3))
        append(" over "); hours(p.extra, da); append(da ? " t: " : " h: "); instances(f, da)
        append(da ? "; længst " : "; longest "); hours(p.extreme, da)
        append(da ? " t. " : " h. "); append(string: da ? advice.0 : advice.1)
    }

    /// "03-03 07:00, 07-03 15:00, 09-03 15:00, 12-03 07:00 og 2 mere": the instances of an
    /// aggregated recommendation (the first is the finding's start).
    mutating func instances(_ f: Finding, _ da: Bool) {
        let p = f.message.payload(as: RecommendationInstances.Payload.self)
        let count = Int(p.count)
        let listed = min(count, 4)
        short(f.start)
        if listed > 1 {
            for k in 1..<listed {
                append(k == listed - 1 && count == listed ? (da ? " og " : " and ") : ", ")
                short(p.start(k))
            }
        }
        if count > listed {
            append(da ? " og " : " and "); append(int: count - listed); append(da ? " mere" : " more")
        }
    }
}
