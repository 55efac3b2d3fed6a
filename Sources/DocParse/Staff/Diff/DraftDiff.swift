/// What changed between two drafts of one plan.
///
/// Staff revising a plan need to know what a new draft did to the tasks, targets and unit
/// assignments, not which lines of text moved; a text diff of two drafts is mostly noise
/// from renumbering. ``DiffEngine`` fills this structure, ``DiffFormatter`` prints it, and it
/// encodes to JSON (`parsecli diff --json`). Each list is empty when nothing of its kind
/// changed. Paths are task paths such as `三/(一)/1`; spans point into each draft's own text.
///
/// ```swift
/// let d = DiffEngine.diff(old: draft1, new: draft2)
/// for t in d.targets where t.change == "changed" {
///     print(t.indicator ?? "?", t.fields)          // 普惠性幼儿园占比 ["value"]
/// }
/// ```
public struct DraftDiff: Codable, Sendable, Equatable {
    /// Metadata fields whose value differs (title, issuer, date, numbers, period, type, draft flag).
    public var metadata: [FieldChange]
    /// Tasks added, removed, moved, renamed or renumbered, by position (in the new draft
    /// where the task is there, else in the old one).
    public var tasks: [TaskChange]
    /// Targets added, removed or changed.
    public var targets: [TargetChange]
    /// Changes to the unit lists of tasks found in both drafts.
    public var units: [UnitChange]

    /// True when the drafts do not differ in metadata, tasks, targets or units.
    public var isEmpty: Bool { metadata.isEmpty && tasks.isEmpty && targets.isEmpty && units.isEmpty }

    /// A metadata field whose value changed (values as JSON-ish text; null when absent).
    public struct FieldChange: Codable, Sendable, Equatable {
        /// The field's JSON name in ``Metadata`` (`title`, `documentNumber`, `period`, `isDraft`…).
        public var field: String
        /// The value in the old draft (a period as `2023–2025`), or null when absent.
        public var old: String?
        /// The value in the new draft, or null when absent.
        public var new: String?

        enum CodingKeys: String, CodingKey { case field, old, new }
        /// Encodes every key, writing `null` for absent values so each change has one shape.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: Whatever the encoder throws.
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(field, forKey: .field)
            try c.encode(old, forKey: .old)
            try c.encode(new, forKey: .new)
        }
    }

    /// A task added, removed, moved to another section or position, renamed or renumbered.
    ///
    /// One aligned pair can give two changes: `moved` or `renumbered`, and `renamed`.
    public struct TaskChange: Codable, Sendable, Equatable {
        /// `added`, `removed`, `moved`, `renamed`, `renumbered`.
        public var change: String
        /// The task's path in the old draft; null for `added`.
        public var oldPath: String?
        /// The task's path in the new draft; null for `removed`.
        public var newPath: String?
        /// The task's title in the old draft; null for `added`.
        public var oldTitle: String?
        /// The task's title in the new draft; null for `removed`.
        public var newTitle: String?
        /// Alignment score of the pair (0…1, two decimals): title similarity weighted with
        /// the similarity of the task's text and its relative position. Null for added/removed.
        public var similarity: Double?
        /// The section (top-level heading) the change is reported under.
        public var section: String
        /// Span of the task's node in the old draft's text; null for `added`.
        public var oldSpan: Span?
        /// Span of the task's node in the new draft's text; null for `removed`.
        public var newSpan: Span?

        enum CodingKeys: String, CodingKey { case change, oldPath, newPath, oldTitle, newTitle, similarity, section, oldSpan, newSpan }
        /// Encodes every key, writing `null` for absent values so each change has one shape.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: Whatever the encoder throws.
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(change, forKey: .change)
            try c.encode(oldPath, forKey: .oldPath)
            try c.encode(newPath, forKey: .newPath)
            try c.encode(oldTitle, forKey: .oldTitle)
            try c.encode(newTitle, forKey: .newTitle)
            try c.encode(similarity, forKey: .similarity)
            try c.encode(section, forKey: .section)
            try c.encode(oldSpan, forKey: .oldSpan)
            try c.encode(newSpan, forKey: .newSpan)
        }
    }

    /// A target added, removed, or changed in value, unit, comparator or year.
    public struct TargetChange: Codable, Sendable, Equatable {
        /// `added`, `removed`, `changed`.
        public var change: String
        /// What the target measures (the new draft's indicator, else the old one's).
        public var indicator: String?
        /// The target in the old draft; null for `added`.
        public var old: TargetState?
        /// The target in the new draft; null for `removed`.
        public var new: TargetState?
        /// Which of value, unit, comparator, year changed.
        public var fields: [String]
        /// Path of the task holding the target (in the new draft, or the old one for
        /// `removed`); null when the target is outside any task.
        public var path: String?

        enum CodingKeys: String, CodingKey { case change, indicator, old, new, fields, path }
        /// Encodes every key, writing `null` for absent values so each change has one shape.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: Whatever the encoder throws.
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(change, forKey: .change)
            try c.encode(indicator, forKey: .indicator)
            try c.encode(old, forKey: .old)
            try c.encode(new, forKey: .new)
            try c.encode(fields, forKey: .fields)
            try c.encode(path, forKey: .path)
        }
    }

    /// The compared facts of one target.
    public struct TargetState: Codable, Sendable, Equatable {
        /// The number or range, as written before the unit.
        public var value: TargetValue
        /// The unit as written (`%`, `万元`), or null.
        public var unit: String?
        /// `eq`, `gt`, `gte`, `lt`, `lte`, `approx` or `range`, as in ``Target/comparator``.
        public var comparator: String
        /// The deadline year, or null.
        public var year: Int?
        /// The clause stating the target, as written.
        public var text: String
        /// Span of the quantity in that draft's text.
        public var span: Span

        enum CodingKeys: String, CodingKey { case value, unit, comparator, year, text, span }
        /// Encodes every key, writing `null` for absent values so each change has one shape.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: Whatever the encoder throws.
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(value, forKey: .value)
            try c.encode(unit, forKey: .unit)
            try c.encode(comparator, forKey: .comparator)
            try c.encode(year, forKey: .year)
            try c.encode(text, forKey: .text)
            try c.encode(span, forKey: .span)
        }
    }

    /// Units added to or removed from one task's list for a role.
    public struct UnitChange: Codable, Sendable, Equatable {
        /// The task's path in the new draft.
        public var path: String
        /// The task's title in the new draft.
        public var title: String
        /// `lead`, `responsible` or `supporting`.
        public var role: String
        /// Units in the new draft's list for this role but not in the old one's.
        public var added: [String]
        /// Units in the old draft's list for this role but not in the new one's.
        public var removed: [String]
    }
}
