/// Rule `collective name`: a name of many governments written with `、` inside its own
/// structure stays one unit: `各市、州、县人民政府`, `各县、区人民政府`, `各有关市、县(区)政府`.
///
/// Pieces cut at `、` are joined again when every piece but the last is a bare level (an
/// optional plural opener, one level character, an optional bracket of levels: `各市`, `州`,
/// `县(区)`) and the last begins with a level and goes on with an organ (`县人民政府`,
/// `区政府`): the organ belongs to all of the levels, so none of the pieces names a unit alone.
enum CollectiveNames {
    static let openers = WordTable<Void>(words: UnitPrefixes.collectiveOpeners)
    static let levels = WordTable<Void>(words: UnitPrefixes.placeEnds)
    static let organs = WordTable<Void>(words: UnitNameEndings.bareOrgans)

    /// The end of `opener? level (levels)?` read from `r.lowerBound`, or nil.
    static func levelEnd(_ t: [Unicode.Scalar], _ r: Range<Int>) -> Int? {
        var i = r.lowerBound
        if let o = openers.prefix(t, at: i, end: r.upperBound) { i += o.length }
        guard i < r.upperBound, let l = levels.prefix(t, at: i, end: r.upperBound) else { return nil }
        i += l.length
        if i < r.upperBound, AttributionFinder.isOpen(t[i].value) {
            var k = i + 1
            while k < r.upperBound, levels.prefix(t, at: k, end: r.upperBound) != nil || t[k].value == 0x3001 { k += 1 }
            if k < r.upperBound, k > i + 1, AttributionFinder.isClose(t[k].value) { i = k + 1 }
        }
        return i
    }

    static func isBareLevel(_ t: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        levelEnd(t, r) == r.upperBound
    }

    /// `县人民政府`, `区政府(管委会)`: a level, then an organ.
    static func isLevelAndOrgan(_ t: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        guard let e = levelEnd(t, r), e < r.upperBound else { return false }
        return organs.prefix(t, at: e, end: r.upperBound) != nil
    }

    /// True when only one `、` (and blanks) lies between two pieces.
    static func joinedByComma(_ t: [Unicode.Scalar], _ a: Range<Int>, _ b: Range<Int>) -> Bool {
        var commas = 0
        for q in a.upperBound..<b.lowerBound {
            if t[q].value == 0x3001 { commas += 1 } else if t[q].value != 0x20 { return false }
        }
        return commas == 1
    }

    /// The pieces with each collective name joined into one range.
    static func merge(_ t: [Unicode.Scalar], _ pieces: [Range<Int>]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var k = 0
        while k < pieces.count {
            var m = k
            while m < pieces.count, isBareLevel(t, pieces[m]),
                  m + 1 < pieces.count, joinedByComma(t, pieces[m], pieces[m + 1]) { m += 1 }
            if m > k, m < pieces.count, isLevelAndOrgan(t, pieces[m]) {
                out.append(pieces[k].lowerBound..<pieces[m].upperBound)
                k = m + 1
            } else {
                out.append(pieces[k])
                k += 1
            }
        }
        return out
    }
}
