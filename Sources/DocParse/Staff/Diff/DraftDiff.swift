/// What changed between two drafts of one plan.
public struct DraftDiff: Codable, Sendable, Equatable {
    public var metadata: [FieldChange]
    public var tasks: [TaskChange]
    public var targets: [TargetChange]
    public var units: [UnitChange]

    public var isEmpty: Bool { metadata.isEmpty && tasks.isEmpty && targets.isEmpty && units.isEmpty }

    /// A metadata field whose value changed (values as JSON-ish text; null when absent).
    public struct FieldChange: Codable, Sendable, Equatable {
        public var field: String
        public var old: String?
        public var new: String?

        enum CodingKeys: String, CodingKey { case field, old, new }
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(field, forKey: .field)
            try c.encode(old, forKey: .old)
            try c.encode(new, forKey: .new)
        }
    }

    /// A task added, removed, moved to another section or position, renamed or renumbered.
    public struct TaskChange: Codable, Sendable, Equatable {
        /// `added`, `removed`, `moved`, `renamed`, `renumbered`.
        public var change: String
        public var oldPath: String?
        public var newPath: String?
        public var oldTitle: String?
        public var newTitle: String?
        /// Title similarity of an aligned pair (0…1), null for added/removed.
        public var similarity: Double?
        /// The section (top-level heading) the change is reported under.
        public var section: String
        public var oldSpan: Span?
        public var newSpan: Span?

        enum CodingKeys: String, CodingKey { case change, oldPath, newPath, oldTitle, newTitle, similarity, section, oldSpan, newSpan }
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
        public var indicator: String?
        public var old: TargetState?
        public var new: TargetState?
        /// Which of value, unit, comparator, year changed.
        public var fields: [String]
        public var path: String?

        enum CodingKeys: String, CodingKey { case change, indicator, old, new, fields, path }
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
        public var value: TargetValue
        public var unit: String?
        public var comparator: String
        public var year: Int?
        public var text: String
        public var span: Span

        enum CodingKeys: String, CodingKey { case value, unit, comparator, year, text, span }
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
        public var path: String
        public var title: String
        /// `lead`, `responsible` or `supporting`.
        public var role: String
        public var added: [String]
        public var removed: [String]
    }
}
