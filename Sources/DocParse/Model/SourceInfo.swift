/// Where a document came from and how its bytes were read.
///
/// Policy pages arrive as UTF-8, GB18030 or Big5 without saying which; recording the
/// encoding used, whether it was guessed, and the hash of the exact input bytes lets a
/// consumer reproduce the parse, detect a changed file, and convert spans (which count
/// Unicode scalars of the decoded text, see `scalars`) back to the input.
///
/// ```swift
/// let s = doc.source
/// print(s.path ?? "<memory>", s.encoding, s.bytes, s.scalars)
/// // corpus/hanzhong-education-quality-plan-draft-2023-2025.txt UTF-8 34034 12195
/// ```
public struct SourceInfo: Codable, Sendable, Equatable {
    /// JSON `path`: the path as given on the command line or to the parser (`-` for
    /// standard input), e.g. `corpus/hanzhong-education-quality-plan-draft-2023-2025.txt`;
    /// null when the caller recorded none (text passed in memory).
    public var path: String?
    /// JSON `sha256`: SHA-256 of the input bytes (before decoding; of the UTF-8 bytes for
    /// text passed in memory), 64 lowercase hex digits,
    /// e.g. `463eb35e6c6180579e011d49755e773e0853c1d08d317288b9994b772c67e52a`.
    public var sha256: String
    /// JSON `encoding`: the encoding used (`UTF-8`, `GB18030`, `Big5`, `UTF-16LE`,
    /// `UTF-16BE`), e.g. `UTF-8`.
    public var encoding: String
    /// JSON `encodingDetected`: true when the encoding was detected, false when a BOM or
    /// `--encoding` gave it (and for text passed in memory, which is `UTF-8`).
    public var encodingDetected: Bool
    /// JSON `bytes`: size of the input in bytes, e.g. `34034`.
    public var bytes: Int
    /// JSON `scalars`: length of the decoded text in Unicode scalars (the unit of every
    /// span, so every span's `end` is at most this), e.g. `12195`.
    public var scalars: Int
    /// JSON `format`: how the bytes were read (`text`, `html`, `docx`, `xlsx`, `pdf`); for every
    /// format but `text`, spans index the plain text the extraction stage produced. Added in 1.2.0.
    public var format: InputFormat
    /// JSON `pages`: for a PDF, each page's `{number, start, end}` stretch of the text; null
    /// for other formats. Added in 1.2.0.
    public var pages: [PageRange]?
    /// JSON `text`: the text every span indexes (the decoded text, or the text extracted from
    /// HTML, DOCX, XLSX or PDF), when asked for (`parse --include-text`); null otherwise.
    /// Added in 1.2.0.
    public var text: String?

    /// Creates a source description.
    ///
    /// - Parameters:
    ///   - path: the path as given, `-` for standard input, or nil for in-memory text.
    ///   - sha256: SHA-256 of the input bytes, lowercase hex.
    ///   - encoding: the name of the encoding used.
    ///   - encodingDetected: whether the encoding was detected rather than given.
    ///   - bytes: size of the input in bytes.
    ///   - scalars: length of the decoded text in Unicode scalars.
    ///   - format: how the bytes were read.
    ///   - pages: a PDF's page stretches.
    ///   - text: the text spans index, when it is to be written.
    public init(path: String?, sha256: String, encoding: String, encodingDetected: Bool, bytes: Int, scalars: Int,
                format: InputFormat = .text, pages: [PageRange]? = nil, text: String? = nil) {
        self.format = format
        self.pages = pages
        self.text = text
        self.path = path
        self.sha256 = sha256
        self.encoding = encoding
        self.encodingDetected = encodingDetected
        self.bytes = bytes
        self.scalars = scalars
    }

    enum CodingKeys: String, CodingKey { case bytes, encoding, encodingDetected, format, pages, path, scalars, sha256, text }

    /// Reads a source written by any 1.x version (`format`, `pages` and `text` arrived in 1.2.0).
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        path = try c.decodeIfPresent(String.self, forKey: .path)
        sha256 = try c.decode(String.self, forKey: .sha256)
        encoding = try c.decode(String.self, forKey: .encoding)
        encodingDetected = try c.decode(Bool.self, forKey: .encodingDetected)
        bytes = try c.decode(Int.self, forKey: .bytes)
        scalars = try c.decode(Int.self, forKey: .scalars)
        format = try c.decodeIfPresent(InputFormat.self, forKey: .format) ?? .text
        pages = try c.decodeIfPresent([PageRange].self, forKey: .pages)
        text = try c.decodeIfPresent(String.self, forKey: .text)
    }

    /// Writes the members in sorted key order, which lets ``JSONOutput`` stream the object.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(bytes, forKey: .bytes)
        try c.encode(encoding, forKey: .encoding)
        try c.encode(encodingDetected, forKey: .encodingDetected)
        try c.encode(format, forKey: .format)
        try c.encode(pages, forKey: .pages)
        try c.encode(path, forKey: .path)
        try c.encode(scalars, forKey: .scalars)
        try c.encode(sha256, forKey: .sha256)
        try c.encode(text, forKey: .text)
    }
}
