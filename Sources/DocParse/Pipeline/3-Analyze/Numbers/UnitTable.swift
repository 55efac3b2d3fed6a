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

    /// `byFirst` for BMP scalars as one slot per scalar: 0 for none, else 1 + the index of the
    /// scalar's units in `buckets`. The recognizer asks for a unit after every number it
    /// reads; the `Dictionary` lookup (a SipHash of the scalar) made `UnitTable.match` 0.8 % of
    /// all samples of `parsecli batch` over the corpus (`perf record`, 2026-12-05). Same
    /// candidates, in the same order; scalars above the BMP still use `byFirst`.
    static let slots: (index: [UInt16], buckets: [[Unit]]) = {
        var index = [UInt16](repeating: 0, count: 0x10000)
        var buckets: [[Unit]] = []
        for (k, units) in byFirst where k.value < 0x10000 {
            buckets.append(units)
            index[Int(k.value)] = UInt16(buckets.count)
        }
        return (index, buckets)
    }()

    /// The units whose first scalar is `c`, longest first.
    @inline(__always)
    static func candidates(_ c: Unicode.Scalar) -> [Unit]? {
        guard c.value < 0x10000 else { return byFirst[c] }
        let s = slots
        let k = Int(s.index[Int(c.value)])
        return k == 0 ? nil : s.buckets[k - 1]
    }

    /// The longest unit starting at `i`, if any.
    static func match(_ t: [Unicode.Scalar], at i: Int, end: Int) -> Unit? {
        guard i < end, let cands = candidates(t[i]) else { return nil }
        for u in cands where i + u.scalars.count <= end {
            var ok = true
            for (k, s) in u.scalars.enumerated() where t[i + k] != s { ok = false; break }
            if ok { return u }
        }
        return nil
    }
}
