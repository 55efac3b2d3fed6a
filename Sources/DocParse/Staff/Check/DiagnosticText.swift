extension Diagnostic {
    /// The diagnostic's message for a person in a language.
    ///
    /// English is the message the stage wrote, which names every detail. The Chinese form
    /// comes from the message catalogue under the diagnostic's code; its only placeholder is
    /// `{text}`, the original text at the span, so the stages (whose files other work edits)
    /// need not pass arguments for it.
    ///
    /// - Parameters:
    ///   - lang: The language.
    ///   - source: The text the span points into, to quote; nil quotes nothing.
    /// - Returns: One line.
    public func message(_ lang: Language, source: SourceText?) -> String {
        guard lang != .en, MessageCatalogue.has(code) else { return message }
        var args: [String: String] = [:]
        if let sp = span, let source, sp.start <= sp.end, sp.end <= source.scalars.count {
            args["text"] = source.string(sp.start..<sp.end)
        }
        return MessageCatalogue.render(code, args, lang)
    }
}
