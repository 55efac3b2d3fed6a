/// Sentences inside an attribution that are not units and a role, but say something about
/// the roles: rule `first-leads note` (`列第一位者为牵头单位`, with `下同` for every later group of
/// the document) and rule `blanket sentence` (`以下各项工作均需各县区政府落实,不再列出`).
///
/// A note changes how the units of its group (and, with `下同`, of later groups) are read; a
/// blanket sentence is reported with a diagnostic and never copied into the later items it
/// speaks of, because the document does not name them.
struct AttributionNotes {
    /// `列第一位者为牵头单位`: the first unit of a group that names no lead leads.
    var firstLeads = false
    /// `…,下同`: the note holds for every later group of the document.
    var sameBelow = false
    /// Blanket sentences found (normalized ranges), each reported once.
    var blankets: [Range<Int>] = []

    static let leadWords = WordTable<Void>(words: RoleWords.leadWords)
    static let firstWords = WordTable<Void>(words: RoleWords.firstIsLeadWords)
    static let sameBelowWords = WordTable<Void>(words: RoleWords.sameBelowWords)
    static let blanketWords = WordTable<Void>(words: RoleWords.blanketWords)

    static func contains(_ table: WordTable<Void>, _ t: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        for q in r where table.prefix(t, at: q, end: r.upperBound) != nil { return true }
        return false
    }

    /// A clause that says the first-listed unit leads: a lead word and a word of first place.
    static func isFirstLeadsNote(_ t: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        r.count <= 24 && contains(leadWords, t, r) && contains(firstWords, t, r)
    }

    /// A clause that is only `下同` (the rule before it holds below too).
    static func isSameBelow(_ t: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        sameBelowWords.exact(t, r) != nil
    }

    static func mentionsSameBelow(_ t: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        contains(sameBelowWords, t, r)
    }

    /// A sentence that assigns all later work at once.
    static func isBlanket(_ t: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        contains(blanketWords, t, r)
    }

    /// Gives the lead to the first unit of the first clause when no clause names a lead.
    static func applyFirstLeads(_ clauses: [AttributionClause]) -> [AttributionClause] {
        guard !clauses.contains(where: { $0.role == .lead }),
              let k = clauses.firstIndex(where: { $0.role == .responsible }),
              !clauses[k].units.isEmpty else { return clauses }
        var out = clauses
        let first = out[k].units.removeFirst()
        if out[k].units.isEmpty { out.remove(at: k) }
        out.insert(AttributionClause(role: .lead, roleWord: nil, units: [first]), at: k)
        return out
    }

    /// Rule `first-leads below`: after a group that says `列第一位者为牵头单位,下同`, every later
    /// group that names no lead has its first unit lead. `found` is in document order.
    static func carryFirstLeads(_ found: inout [Attribution], _ t: [Unicode.Scalar]) {
        var below = false
        for k in found.indices where found[k].form != .mention {
            if below { found[k].clauses = applyFirstLeads(found[k].clauses) }
            let r = found[k].range
            if found[k].firstLeadsBelow
                || (mentionsSameBelow(t, r) && contains(leadWords, t, r) && contains(firstWords, t, r)) { below = true }
        }
    }

    /// The diagnostic of a blanket sentence.
    static func blanketDiagnostic(_ text: NormalizedText, _ r: Range<Int>) -> Diagnostic {
        Diagnostic(severity: .info, code: "units.blanket-attribution",
                   message: "a blanket attribution for the items below; recorded on this item only, not copied into them",
                   span: text.span(r))
    }
}
