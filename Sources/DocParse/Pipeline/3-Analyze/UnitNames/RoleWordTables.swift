/// The role labels (`牵头单位`) and role verbs (`牵头`, `配合`) as lookup tables.
///
/// A unit list is read the same way in a bracket, a label line, a task-table cell or a cited
/// document's issuer, so the tables that tell a role word from a unit name are shared here;
/// the words themselves are in `Resources/zhHans/RoleWords.swift`.
enum RoleWordTables {
    static let labels = WordTable<AttributionRole>(RoleWords.labels.map { ($0.word, $0.role) })
    static let verbs = WordTable<AttributionRole>(RoleWords.verbs.map { ($0.word, $0.role) })
    /// The labels read in running text (brackets, label lines): the labels and the bare verbs.
    static let textLabels = WordTable<AttributionRole>((RoleWords.labels + RoleWords.textLabels).map { ($0.word, $0.role) })
    static let verbModifiers = WordTable<Void>(words: RoleWords.verbModifiers)

    /// Rule `modified role verb`: the role verb that ends `[start, end)` with the modifiers
    /// written before it (`按职责分工` + `落实`, `积极` + `配合`): its whole length and the verb's
    /// role. The verb alone decides the role; the longest verb entry is taken first
    /// (`牵头落实` is one verb, not `牵头` + `落实`). Modifiers are taken off only while text is
    /// left before them, so a clause is never all verb.
    static func verbPhrase(_ t: [Unicode.Scalar], endingAt end: Int, start: Int)
        -> (length: Int, verbLength: Int, value: AttributionRole)? {
        guard let v = verbs.suffix(t, endingAt: end, start: start) else { return nil }
        var length = v.length
        // A clause holds a few modifiers at most (`按职责` `积极` `配合`).
        var taken = 0
        while taken < maxModifiers, let m = verbModifiers.suffix(t, endingAt: end - length, start: start),
              end - length - m.length > start {
            length += m.length
            taken += 1
        }
        return (length, v.length, v.value)
    }

    static let maxModifiers = 3
}
