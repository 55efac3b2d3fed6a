/// Whether a figure is what shall be or what was done. The raw value is ``Target/kind`` in the JSON.
public enum TargetKind: String, Codable, Sendable, CaseIterable {
    /// What shall be reached, kept, built, spent or limited.
    case target
    /// What was done: every figure of a report, and a figure in the past tense with no deadline.
    case achievement
}
