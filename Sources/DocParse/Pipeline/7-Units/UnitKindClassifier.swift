/// Gives a unit its kind from its name (`UnitKindWords`, first matching rule wins):
/// `市委组织部` → party, `各县区政府` → government, `县交通运输局` → bureau,
/// `陕西师范大学` → school, `国网陕西省电力有限公司` → enterprise, `市残联` → other.
enum UnitKindClassifier {
    static func kind(of name: String) -> UnitKind {
        for r in UnitKindWords.rules {
            switch r.match {
            case .contains: if name.contains(r.word) { return r.kind }
            case .suffix: if name.hasSuffix(r.word) { return r.kind }
            case .prefix: if name.hasPrefix(r.word) { return r.kind }
            }
        }
        return .other
    }
}
