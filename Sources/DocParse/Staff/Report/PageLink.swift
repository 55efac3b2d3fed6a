/// A link a staff page offers besides its content: the way back to the form that made it, a
/// download of the same result in another format. The server passes these; the CLI, whose
/// pages are files, passes none.
public struct PageLink: Sendable, Equatable {
    /// Catalogue key of the link's label (`report.back`, `compare.download-docx`).
    public var labelKey: String
    /// Where it points: a relative URL the caller built (it is escaped on the page).
    public var href: String

    /// Creates a link.
    ///
    /// - Parameters:
    ///   - labelKey: Catalogue key of the label.
    ///   - href: The URL.
    public init(labelKey: String, href: String) {
        self.labelKey = labelKey
        self.href = href
    }
}
