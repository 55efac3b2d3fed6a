extension TextDecoder {
    /// Whether `name` is an encoding the decoder can be forced to (an ICU converter name or
    /// alias, e.g. `GBK`, `Big5`, `UTF-16LE`), so that a front end can refuse a misspelt
    /// `--encoding` as a usage error before reading any input.
    ///
    /// - Parameter name: The encoding name as the user gave it.
    /// - Returns: True when ``decode(_:forcedEncoding:lenient:)`` accepts it as forced encoding.
    public static func knows(encoding name: String) -> Bool {
        (try? canonicalName(name)) != nil
    }
}
