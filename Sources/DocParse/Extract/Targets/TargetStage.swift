/// Fills `targets` (see issue: quantities and targets).
enum TargetStage {
    static func run(_ text: NormalizedText, _ doc: inout Document, _ diagnostics: inout [Diagnostic]) {
    }
}
