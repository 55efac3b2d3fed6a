/// Where a document came from and how its bytes were read.
public struct SourceInfo: Codable, Sendable, Equatable {
    /// The path as given (`-` for standard input), or null for text passed in memory.
    public var path: String?
    /// SHA-256 of the input bytes, lowercase hex.
    public var sha256: String
    /// The encoding used (`UTF-8`, `GB18030`, `Big5`, `UTF-16LE`, `UTF-16BE`).
    public var encoding: String
    /// True when the encoding was detected, false when a BOM or `--encoding` gave it.
    public var encodingDetected: Bool
    /// Size of the input in bytes.
    public var bytes: Int
    /// Length of the decoded text in Unicode scalars (the unit of every span).
    public var scalars: Int

    public init(path: String?, sha256: String, encoding: String, encodingDetected: Bool, bytes: Int, scalars: Int) {
        self.path = path
        self.sha256 = sha256
        self.encoding = encoding
        self.encodingDetected = encodingDetected
        self.bytes = bytes
        self.scalars = scalars
    }

    enum CodingKeys: String, CodingKey { case bytes, encoding, encodingDetected, path, scalars, sha256 }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(bytes, forKey: .bytes)
        try c.encode(encoding, forKey: .encoding)
        try c.encode(encodingDetected, forKey: .encodingDetected)
        try c.encode(path, forKey: .path)
        try c.encode(scalars, forKey: .scalars)
        try c.encode(sha256, forKey: .sha256)
    }
}
