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
        if i < r.upperBound, Brackets.isOpen(t[i].value) {
            var k = i + 1
            while k < r.upperBound, levels.prefix(t, at: k, end: r.upperBound) != nil || t[k].value == 0x3001 { k += 1 }
            if k < r.upperBound, k > i + 1, Brackets.isClose(t[k].value) { i = k + 1 }
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
            // Pieces after the first carry no opener of their own (`各市、州、县`); `各市、各县` are
            // separate places (see `sharedOrgans`).
            while m < pieces.count, isBareLevel(t, pieces[m]), m == k || openers.prefix(t, at: pieces[m].lowerBound, end: pieces[m].upperBound) == nil,
                  m + 1 < pieces.count, joinedByComma(t, pieces[m], pieces[m + 1]) { m += 1 }
            if m > k, m < pieces.count, isLevelAndOrgan(t, pieces[m]),
               openers.prefix(t, at: pieces[m].lowerBound, end: pieces[m].upperBound) == nil {
                out.append(pieces[k].lowerBound..<pieces[m].upperBound)
                k = m + 1
            } else {
                // Every start inside the run stops at the same `m` and fails alike: skip them all
                // (linear, never rescanning a run).
                let next = max(k + 1, m)
                out.append(contentsOf: pieces[k..<next])
                k = next
            }
        }
        return out
    }
}

/// Rule `shared organ`: places listed before the organ that ends the list share it:
/// `各市(州)、各县(市、区)人民政府` = 各市(州)人民政府 + 各县(市、区)人民政府, `甲市、乙市人民政府` =
/// 甲市人民政府 + 乙市人民政府, `示范区、高新区党工委和管委会` = four units. Only where each place
/// stands alone with a level at its end (`市`, `区`, `县(区)`), so `市教育局、市人社局` is untouched.
/// A place written without its level before a named place with one shares the level too
/// (`甲乙、丙丁市政府` = 甲乙市政府 + 丙丁市政府; see `isBareName`).
extension CollectiveNames {
    static let organEnds = WordTable<Void>(words: UnitNameEndings.bareOrgans)
    static let placeLevels = WordTable<Void>(words: UnitPrefixes.placeEnds)
    static let nameCharacterLevels = WordTable<Void>(words: UnitPrefixes.nameCharacterLevels)
    static let levelsSharedWithBareNames = WordTable<Void>(words: UnitPrefixes.levelsSharedWithBareNames)
    /// The longest a place before a shared organ may be (`城乡一体化示范区`).
    static let maxPlace = 10
    /// How long a place name written without its level may be (`广州`, `乌鲁木齐`), and how
    /// long at least the name before the level of the place it borrows the level from.
    static let bareNameLengths = 2...4

    /// The level at the end of `r.lowerBound..<e`, or nil: a level of `nameCharacterLevels`
    /// after exactly one character (after an opener: `各州` keeps it) is part of the name.
    static func levelLength(_ t: [Unicode.Scalar], _ r: Range<Int>, endingAt e: Int) -> Int? {
        guard let l = placeLevels.suffix(t, endingAt: e, start: r.lowerBound) else { return nil }
        var nameStart = r.lowerBound
        if let o = openers.prefix(t, at: nameStart, end: e) { nameStart += o.length }
        if e - l.length - nameStart == 1, nameCharacterLevels.suffix(t, endingAt: e, start: e - l.length) != nil { return nil }
        return l.length
    }

    /// `广州`, `江苏`: a short run of Han characters with no level, no unit ending and no organ,
    /// that can only be a place when a list shares a named place's level and organ with it.
    static func isBareName(_ t: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        guard bareNameLengths.contains(r.count), (r.lowerBound..<r.upperBound).allSatisfy({ CharClass.isHan(t[$0].value) }),
              levelLength(t, r, endingAt: r.upperBound) == nil, openers.prefix(t, at: r.lowerBound, end: r.upperBound) == nil,
              !UnitListSplitter.hasEnding(t, r), UnitListSplitter.standalone.exact(t, r) == nil,
              organEnds.suffix(t, endingAt: r.upperBound, start: r.lowerBound) == nil else { return false }
        return true
    }

    /// `opener? Han* level (bracket)?` covering all of `r`.
    static func isPlace(_ t: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        guard r.count >= 1, r.count <= maxPlace else { return false }
        var e = r.upperBound
        if Brackets.isClose(t[e - 1].value) {
            var k = e - 2
            while k > r.lowerBound, !Brackets.isOpen(t[k].value) { k -= 1 }
            guard k > r.lowerBound, Brackets.isOpen(t[k].value) else { return false }
            e = k
        }
        guard e > r.lowerBound, levelLength(t, r, endingAt: e) != nil else { return false }
        for q in r.lowerBound..<e where !CharClass.isHan(t[q].value) { return false }
        return true
    }

    /// For each piece that is a place before a shared organ, the organs and the last piece they
    /// cover. One pass: every run of places is scanned once, and all its places share the answer
    /// (a long list of places with no organ after it costs linear time, not quadratic).
    static func sharedOrganRuns(_ t: [Unicode.Scalar], _ pieces: [Range<Int>]) -> [Int: (organs: [String], through: Int)] {
        var out: [Int: (organs: [String], through: Int)] = [:]
        var k = 0
        while k < pieces.count {
            guard isPlace(t, pieces[k]) || isBareName(t, pieces[k]) else { k += 1; continue }
            var m = k + 1
            while m < pieces.count, joinedByComma(t, pieces[m - 1], pieces[m]), isPlace(t, pieces[m]) || isBareName(t, pieces[m]) { m += 1 }
            if let r = sharedOrgans(t, pieces, k, lastPlace: m) {
                // A bare name takes the level of the named place before the organ, when that
                // place has a name of its own before its level (`深圳市`, not `市` or `新区`).
                let level = sharedLevel(t, pieces[m], organs: r.organs)
                for q in k..<m {
                    if isPlace(t, pieces[q]) {
                        out[q] = r
                    } else if let l = level {
                        out[q] = (r.organs.map { l + $0 }, r.through)
                    }
                }
            }
            k = m
        }
        return out
    }

    /// The level of the place in `piece` (a place, then its organ), when a bare name may
    /// share it: the place is plain Han, its name before the level as long as a bare name.
    static func sharedLevel(_ t: [Unicode.Scalar], _ piece: Range<Int>, organs: [String]) -> String? {
        guard let first = organs.first else { return nil }
        let e = piece.upperBound - first.unicodeScalars.count
        guard e > piece.lowerBound, let l = levelLength(t, piece.lowerBound..<e, endingAt: e),
              bareNameLengths.contains(e - l - piece.lowerBound),
              levelsSharedWithBareNames.exact(t, (e - l)..<e) != nil,
              (piece.lowerBound..<e).allSatisfy({ CharClass.isHan(t[$0].value) }),
              openers.prefix(t, at: piece.lowerBound, end: e) == nil else { return nil }
        return UnitListSplitter.nameOf(t, (e - l)..<e)
    }

    /// The organs that the places `k..<lastPlace` share with the piece after them, or nil.
    static func sharedOrgans(_ t: [Unicode.Scalar], _ pieces: [Range<Int>], _ k: Int, lastPlace: Int) -> (organs: [String], through: Int)? {
        let m = lastPlace
        guard m < pieces.count, joinedByComma(t, pieces[m - 1], pieces[m]),
              let o = organEnds.suffix(t, endingAt: pieces[m].upperBound, start: pieces[m].lowerBound),
              isPlace(t, pieces[m].lowerBound..<(pieces[m].upperBound - o.length)) else { return nil }
        var organs = [UnitListSplitter.nameOf(t, (pieces[m].upperBound - o.length)..<pieces[m].upperBound)]
        var through = m
        // `党工委和管委会`: further organs cut off after the last place.
        while through + 1 < pieces.count, organEnds.exact(t, pieces[through + 1]) != nil {
            through += 1
            organs.append(UnitListSplitter.nameOf(t, pieces[through]))
        }
        return (organs, through)
    }
}
