/// How a target's value bounds its indicator. The raw value is ``Target/comparator`` in the JSON.
///
/// In administrative usage `以上`/`以下`/`以内` include the figure itself, so `93%以上` is
/// `gte`, not `gt`.
///
/// ```swift
/// Comparator(rawValue: "gte")   // .gte
/// ```
public enum Comparator: String, Codable, Sendable, CaseIterable {
    /// Reaches the value (`达到90%`).
    case eq
    /// More than the value (`超过`, `高于`).
    case gt
    /// At least the value (`不低于`, `以上`).
    case gte
    /// Less than the value (`低于`, `不足`).
    case lt
    /// At most the value (`不超过`, `以内`, `控制在`).
    case lte
    /// About the value (`约`, `左右`).
    case approx
    /// The value is a range (`1—2项`).
    case range
}
