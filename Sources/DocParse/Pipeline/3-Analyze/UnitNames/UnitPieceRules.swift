/// How one piece of a cut list becomes units: the rules `UnitListSplitter.split` tries in
/// order on every piece (`UnitPieceRule.all`); the first that takes the piece decides. The
/// raw value is the rule's name.
enum UnitPieceRule: String, CaseIterable {
    /// `各县区党委、政府`: a bare organ repeats the place prefix of the unit before it.
    case repeatedPlace = "split.repeated-place"
    /// `各市(州)、各县(市、区)人民政府`: places before the last one share its organ.
    case sharedOrgan = "split.shared-organ"
    /// `县政府有关部门、有关直属单位`: the qualifier repeats, its owner is left out.
    case repeatedQualifier = "split.repeated-qualifier"
    /// `各县区党委政府`: several organs after one prefix, without a separator.
    case organRun = "split.organ-run"
    /// `机构编制、教育部门`: pieces without an ending share the generic ending of the last one.
    case sharedEnding = "split.shared-ending"
    /// A piece that names one unit as written.
    case name = "split.name"

    /// The rules in the order they are tried.
    static let all: [UnitPieceRule] = [.repeatedPlace, .sharedOrgan, .repeatedQualifier, .organRun, .sharedEnding, .name]

    /// What a rule did with piece `k`.
    enum Outcome {
        /// Took pieces up to (not including) `next`.
        case taken(next: Int)
        /// In strict mode: the piece shows the clause is no list of units at all.
        case notAList
    }

    /// The list being split: its pieces and the units named so far.
    struct Split {
        let text: NormalizedText
        let pieces: [Range<Int>]
        /// `CollectiveNames.sharedOrganRuns` of the pieces.
        let sharedRuns: [Int: (organs: [String], through: Int)]
        let strict: Bool
        /// How a blank between two Han characters is read (`UnitListSplitter.isWrap`).
        var blanks: UnitListSplitter.BlankBreaks = .separate
        var units: [FoundUnit] = []
        /// Where the unit that lends its prefix to following bare organs begins.
        var anchor: Int

        var t: [Unicode.Scalar] { text.text }

        mutating func add(_ name: String, _ p: Range<Int>, expandedFrom: String?) {
            units.append(FoundUnit(name: name, text: text.original(p), expandedFrom: expandedFrom, span: text.span(p), range: p))
        }
    }

    /// Applies this rule to piece `k`; nil when it does not take the piece.
    func apply(_ s: inout Split, _ k: Int) -> Outcome? {
        switch self {
        case .repeatedPlace: return Self.repeatedPlace(&s, k)
        case .sharedOrgan: return Self.sharedOrgan(&s, k)
        case .repeatedQualifier: return Self.repeatedQualifier(&s, k)
        case .organRun: return Self.organRun(&s, k)
        case .sharedEnding: return Self.sharedEnding(&s, k)
        case .name: return Self.name(&s, k)
        }
    }

    typealias L = UnitListSplitter

    static func repeatedPlace(_ s: inout Split, _ k: Int) -> Outcome? {
        let p = s.pieces[k]
        guard L.bareOrgans.contains(s.t, p), let prev = s.units.last, let head = L.placeHead(of: prev.name), !head.isEmpty else { return nil }
        s.add(head + L.nameOf(s.t, p), p, expandedFrom: s.text.original(s.anchor..<p.upperBound))
        return .taken(next: k + 1)
    }

    static func sharedOrgan(_ s: inout Split, _ k: Int) -> Outcome? {
        guard let shared = s.sharedRuns[k] else { return nil }
        let p = s.pieces[k]
        let name = L.nameOf(s.t, p)
        let source = s.text.original(p.lowerBound..<s.pieces[shared.through].upperBound)
        for o in shared.organs { s.add(name + o, p, expandedFrom: source) }
        return .taken(next: k + 1)
    }

    static func repeatedQualifier(_ s: inout Split, _ k: Int) -> Outcome? {
        let p = s.pieces[k]
        guard let q = L.qualifiers.prefix(s.t, at: p.lowerBound, end: p.upperBound), p.count > q.length + 1,
              let prev = s.units.last,
              let owner = L.ownerBefore(qualifier: L.nameOf(s.t, p.lowerBound..<(p.lowerBound + q.length)), in: prev.name) else { return nil }
        s.add(owner + L.nameOf(s.t, p), p, expandedFrom: s.text.original(prev.range.lowerBound..<p.upperBound))
        return .taken(next: k + 1)
    }

    static func organRun(_ s: inout Split, _ k: Int) -> Outcome? {
        let p = s.pieces[k]
        guard let organs = L.organRun(s.t, p), organs.count >= 2 else { return nil }
        let head = L.nameOf(s.t, p.lowerBound..<organs[0].lowerBound)
        let source = s.text.original(p)
        for o in organs { s.add(head + L.nameOf(s.t, o), p, expandedFrom: source) }
        return .taken(next: k + 1)
    }

    static func sharedEnding(_ s: inout Split, _ k: Int) -> Outcome? {
        let t = s.t
        let p = s.pieces[k]
        guard !L.hasEnding(t, p), !L.standalone.contains(t, p), !L.hasBracketedOrgan(t, p),
              !L.hasBracketedAlternative(t, p) else { return nil }
        var m = k + 1
        while m < s.pieces.count, !L.hasEnding(t, s.pieces[m]) { m += 1 }
        if m < s.pieces.count, let shared = L.sharedEndings.suffix(t, endingAt: s.pieces[m].upperBound, start: s.pieces[m].lowerBound),
           s.pieces[m].count > shared.length {
            let ending = L.nameOf(t, (s.pieces[m].upperBound - shared.length)..<s.pieces[m].upperBound)
            let source = s.text.original(p.lowerBound..<s.pieces[m].upperBound)
            for q in k..<m { s.add(L.nameOf(t, s.pieces[q]) + ending, s.pieces[q], expandedFrom: source) }
            return .taken(next: m)
        }
        // A piece with no ending and none to share: no list of names in strict mode.
        return s.strict ? .notAList : nil
    }

    static func name(_ s: inout Split, _ k: Int) -> Outcome? {
        let p = s.pieces[k]
        // In `.separate` mode a piece holds a blank only where `isBlankInsideName` kept it.
        if s.strict, !L.looksLikeName(s.t, p, blankWraps: true) { return .notAList }
        // Without strict, prose and pieces with no Han character are passed over.
        if !s.strict, !L.hasHan(s.t, p) || p.count > L.maxNameLength { return .taken(next: k + 1) }
        s.anchor = p.lowerBound
        s.add(L.nameOf(s.t, p), p, expandedFrom: nil)
        return .taken(next: k + 1)
    }
}
