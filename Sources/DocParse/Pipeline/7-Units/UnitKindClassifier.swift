/// Gives a unit its kind from its name (`UnitKindWords`, first matching rule wins):
/// `市委组织部` → party, `各县区政府` → government, `县交通运输局` → bureau,
/// `陕西师范大学` → school, `国网陕西省电力有限公司` → enterprise, `市残联` → other.
enum UnitKindClassifier {
    /// The rules with their words as scalars, made once. Compared scalar by scalar because
    /// `String.contains` resolves to Foundation's locale-aware search, which was 4 % of all
    /// parse time for a handful of short names (unit names are normalized text, so scalar
    /// equality is the equality that matters).
    private static let rules: [(word: [Unicode.Scalar], match: UnitKindWords.Match, kind: UnitKind)] =
        UnitKindWords.rules.map { (Array($0.word.unicodeScalars), $0.match, $0.kind) }

    static func kind(of name: String) -> UnitKind {
        let s = Array(name.unicodeScalars)
        for r in rules {
            switch r.match {
            case .contains: if contains(s, r.word) { return r.kind }
            case .suffix: if s.count >= r.word.count, s[(s.count - r.word.count)...].elementsEqual(r.word) { return r.kind }
            case .prefix: if s.count >= r.word.count, s[..<r.word.count].elementsEqual(r.word) { return r.kind }
            }
        }
        return .other
    }

    /// Whether `word` occurs in `s` (both short: a name and a rule word).
    static func contains(_ s: [Unicode.Scalar], _ word: [Unicode.Scalar]) -> Bool {
        guard !word.isEmpty, s.count >= word.count else { return word.isEmpty }
        for i in 0...(s.count - word.count) where s[i] == word[0] {
            if s[i..<(i + word.count)].elementsEqual(word) { return true }
        }
        return false
    }
}
