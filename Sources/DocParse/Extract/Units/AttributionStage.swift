/// Fills node `lead`/`responsible`/`supporting`, `units` and `references` (see issue: units).
enum AttributionStage {
    static func run(_ text: NormalizedText, _ doc: inout Document, _ diagnostics: inout [Diagnostic]) {
    }
}
