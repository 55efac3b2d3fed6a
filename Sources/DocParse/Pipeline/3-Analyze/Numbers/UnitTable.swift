/// Longest-match lookup of units and measure words (from `MeasureWords` and `UnitScales`)
/// at a position of normalized text.
enum UnitTable {
    struct Unit {
        let scalars: [Unicode.Scalar]
        let text: String
        let base: String
        let scale: Double
        let unitClass: UnitClass
    }

    /// Units by first scalar, longest first.
    static let byFirst: [Unicode.Scalar: [Unit]] = {
        var all: [Unit] = []
        for e in UnitScales.entries {
            all.append(Unit(scalars: Array(e.unit.unicodeScalars), text: e.unit, base: e.base, scale: e.scale, unitClass: e.unitClass))
        }
        for w in MeasureWords.counts { all.append(Unit(scalars: Array(w.unicodeScalars), text: w, base: w, scale: 1, unitClass: .count)) }
        for w in MeasureWords.durations { all.append(Unit(scalars: Array(w.unicodeScalars), text: w, base: w, scale: 1, unitClass: .duration)) }
        for w in MeasureWords.ages { all.append(Unit(scalars: Array(w.unicodeScalars), text: w, base: w, scale: 1, unitClass: .age)) }
        var d: [Unicode.Scalar: [Unit]] = [:]
        for u in all { d[u.scalars[0], default: []].append(u) }
        for k in d.keys { d[k]?.sort { $0.scalars.count > $1.scalars.count } }
        return d
    }()

    /// The first scalars of `byFirst`: the recognizer asks for a unit after every number it
    /// reads, and most scalars there open none; the bit test spares them the hash lookup
    /// (`UnitTable.match` with its `Dictionary` lookups was 0.8 % of all samples of `parsecli
    /// batch` over the corpus, `perf record`, 2026-12-05).
    static let firstScalars = ScalarBits(byFirst.keys)

    /// The longest unit starting at `i`, if any.
    static func match(_ t: [Unicode.Scalar], at i: Int, end: Int) -> Unit? {
        guard i < end, firstScalars.contains(t[i]), let cands = byFirst[t[i]] else { return nil }
        for u in cands where i + u.scalars.count <= end {
            var ok = true
            for (k, s) in u.scalars.enumerated() where t[i + k] != s { ok = false; break }
            if ok { return u }
        }
        return nil
    }
}
