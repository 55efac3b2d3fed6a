/// The role labels (`牵头单位`) and role verbs (`牵头`, `配合`) as lookup tables.
///
/// A unit list is read the same way in a bracket, a label line, a task-table cell or a cited
/// document's issuer, so the tables that tell a role word from a unit name are shared here;
/// the words themselves are in `Resources/zhHans/RoleWords.swift`.
enum RoleWordTables {
    static let labels = WordTable<AttributionRole>(RoleWords.labels.map { ($0.word, $0.role) })
    static let verbs = WordTable<AttributionRole>(RoleWords.verbs.map { ($0.word, $0.role) })
}
