/// The role a unit (or person) has in a task.
///
/// Plans assign work in a few fixed formulas (`牵头单位:`, `责任单位:`, `…牵头,…配合`),
/// and the role decides which list of an ``OutlineNode`` a unit lands in (`lead`,
/// `responsible`, `supporting`). The raw values are the role names written in the JSON
/// (``UnitEntry/Occurrence/role``).
///
/// ```swift
/// AttributionRole(rawValue: "lead")   // .lead
/// ```
public enum AttributionRole: String, Codable, Sendable, Equatable {
    /// Leads the task (`牵头单位`, `…牵头`).
    case lead
    /// Shares responsibility (`责任单位`, `…落实`).
    case responsible
    /// Supports (`配合单位`, `…配合`).
    case supporting
    /// People in charge (`责任领导`): kept on the node, never in the unit registry.
    case leaders
    /// Named with a duty in a sentence of a 保障 section (`教育部门要发挥统筹协调作用`).
    case mentioned
}

/// The kind of a unit in the registry.
///
/// Decided from the unit's name alone (the first matching word rule wins), so that
/// consumers can tell party organs from government departments or schools without a
/// directory of every unit. The raw value is ``UnitEntry/kind`` in the JSON.
///
/// ```swift
/// UnitKind(rawValue: doc.units[0].kind) == .bureau   // e.g. 县交通运输局
/// ```
public enum UnitKind: String, Codable, Sendable, Equatable {
    /// Party organs and offices (`市委组织部`, `各县区党委`, `市纪委监委`).
    case party
    /// Governments and their local or zone administrations (`各县区政府`, `高新区管委会`, `各乡镇街道`).
    case government
    /// Government departments and their agencies (`县交通运输局`, `市卫生健康委`, `督导室`).
    case bureau
    /// Schools, colleges and universities (`陕西师范大学`, `各中小学`, `幼儿园`).
    case school
    /// Companies, groups and banks (`国网陕西省电力有限公司`, `市交通投资集团`).
    case enterprise
    /// Courts, people's congresses, mass organizations, associations, and names no rule matches.
    case other
}

/// One unit as found in a list, before registry merging.
struct FoundUnit: Codable, Sendable, Equatable {
    /// The full name (normalized; an ellipsis expanded: `各县区政府`).
    var name: String
    /// The text as written in the original (`政府` for the second unit of `各县区党委、政府`).
    var text: String
    /// The written phrase an expanded name was rebuilt from (`各县区党委、政府`), else nil.
    var expandedFrom: String?
    var span: Span
    /// Normalized offsets of `text` (not encoded).
    var range: Range<Int>
    /// A role written next to the unit inside its list (`市卫生健康委(牵头)`), with the mark as written.
    var roleMark: AttributionRole?
    var roleMarkText: String?

    enum CodingKeys: String, CodingKey { case name, text, expandedFrom, span }

    init(name: String, text: String, expandedFrom: String?, span: Span, range: Range<Int>) {
        self.name = name
        self.text = text
        self.expandedFrom = expandedFrom
        self.span = span
        self.range = range
    }

    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        text = try c.decode(String.self, forKey: .text)
        expandedFrom = try c.decodeIfPresent(String.self, forKey: .expandedFrom)
        span = try c.decode(Span.self, forKey: .span)
        range = 0..<0
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(text, forKey: .text)
        try c.encode(expandedFrom, forKey: .expandedFrom)
        try c.encode(span, forKey: .span)
    }
}

/// One role and its units inside an attribution (`责任单位:市财政局、市人社局`).
struct AttributionClause: Codable, Sendable, Equatable {
    var role: AttributionRole
    /// The role word as written (`牵头单位`, `配合`, a table column name), nil for mentions.
    var roleWord: String?
    var units: [FoundUnit]
}

extension AttributionClause {
    /// The clauses of one list: units marked with another role inside the list
    /// (`责任单位:市卫生健康委(牵头)、市财政局`) move to a clause of that role, in order.
    static func grouping(_ role: AttributionRole, _ roleWord: String?, _ units: [FoundUnit]) -> [AttributionClause] {
        var out: [AttributionClause] = []
        // A unit listed plain and again with a mark of another role (`区人社局、区教育局,其中区人社局
        // 牵头`) has the marked role only: the note says which of the listed units leads.
        let marked = Set(units.filter { $0.roleMark != nil && $0.roleMark != role }.map(\.name))
        let plain = units.filter { ($0.roleMark == nil || $0.roleMark == role) && !marked.contains($0.name) }
        for u in units where u.roleMark != nil && u.roleMark != role {
            if let k = out.firstIndex(where: { $0.role == u.roleMark }) { out[k].units.append(u) }
            else { out.append(AttributionClause(role: u.roleMark!, roleWord: u.roleMarkText, units: [u])) }
        }
        if !plain.isEmpty { out.append(AttributionClause(role: role, roleWord: roleWord, units: plain)) }
        return out
    }
}

/// Where an attribution was found and in what shape.
enum AttributionForm: String, Codable, Sendable, Equatable, CaseIterable {
    /// `(牵头单位:…;责任单位:…)` or `【牵头单位】…`.
    case bracketLabels
    /// `(市卫生健康委牵头,市财政局配合)`.
    case bracketVerbs
    /// `(市生态环境局牵头,市公安局、应急管理局、` broken off at the text's end: the clauses with a verb.
    case bracketCutOff
    /// `责任单位:…` without a bracket, one or more lines.
    case labelLines
    /// `…。由市发展改革委负责,市财政局配合。`: the item's last sentence, units then verbs.
    case closingSentence
    /// A row of a task table.
    case tableRow
    /// A duty sentence in a 保障 section.
    case mention

    /// The name of the attribution rule that reads this form (`--trace`); `allCases` is the
    /// units stage's list of attribution rules.
    var ruleName: String {
        switch self {
        case .bracketLabels: return "units.bracket-labels"
        case .bracketVerbs: return "units.bracket-verbs"
        case .bracketCutOff: return "units.bracket-cut-off"
        case .labelLines: return "units.label-lines"
        case .closingSentence: return "units.closing-sentence"
        case .tableRow: return "units.table-row"
        case .mention: return "units.mention"
        }
    }

    /// Every rule name an occurrence can carry: the forms', and a table row's per shape.
    static let ruleNames: [String] = allCases.map(\.ruleName) + TableShape.allCases.map(\.ruleName)
}

/// One group of roles found in the text, with its span: what the finder hands to the stage.
struct Attribution: Codable, Sendable, Equatable {
    var form: AttributionForm
    /// The original text of the whole group.
    var text: String
    var span: Span
    var clauses: [AttributionClause]
    /// The deadline cell of a table row (`2023年底`).
    var deadline: String?
    /// Normalized offsets (not encoded).
    var range: Range<Int>
    /// The group says that in it and in every later group the first-listed unit leads
    /// (`列第一位者为牵头单位,下同`) (not encoded).
    var firstLeadsBelow = false
    /// The shape of the task table whose row this is (not encoded).
    var tableShape: TableShape? = nil

    /// The rule named by `--trace`: the form's, or for a table row its shape's.
    var ruleName: String { tableShape?.ruleName ?? form.ruleName }

    enum CodingKeys: String, CodingKey { case form, text, span, clauses, deadline }

    init(form: AttributionForm, text: String, span: Span, clauses: [AttributionClause], deadline: String? = nil,
         range: Range<Int>) {
        self.form = form
        self.text = text
        self.span = span
        self.clauses = clauses
        self.deadline = deadline
        self.range = range
    }

    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        form = try c.decode(AttributionForm.self, forKey: .form)
        text = try c.decode(String.self, forKey: .text)
        span = try c.decode(Span.self, forKey: .span)
        clauses = try c.decode([AttributionClause].self, forKey: .clauses)
        deadline = try c.decodeIfPresent(String.self, forKey: .deadline)
        range = 0..<0
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(form, forKey: .form)
        try c.encode(text, forKey: .text)
        try c.encode(span, forKey: .span)
        try c.encode(clauses, forKey: .clauses)
        try c.encodeIfPresent(deadline, forKey: .deadline)
    }

    /// Names of one role, in order, without repeats.
    func names(_ role: AttributionRole) -> [String] {
        var out: [String] = []
        for c in clauses where c.role == role {
            for u in c.units where !out.contains(u.name) { out.append(u.name) }
        }
        return out
    }
}
