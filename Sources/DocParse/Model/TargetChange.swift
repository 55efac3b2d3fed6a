/// A figure that is an amount of change, not a level (`提高5个百分点`, `下降15%`). The raw
/// value is ``Target/change`` in the JSON (null for a level).
public enum TargetChange: String, Codable, Sendable, CaseIterable {
    /// `提高`, `增长`, `增加` by the figure.
    case increase
    /// `下降`, `减少`, `压减` by the figure.
    case decrease
}
