import DocParse

/// Reads and parses one input for the staff commands, turning failures into the documented
/// exit codes with a message naming the file.
enum DocumentLoader {
    struct Failure: Error { var code: Int32 }

    static func load(_ path: String, _ input: InputOptions) throws(Failure) -> ParsedDocument {
        let bytes = try read(path, input.maxBytes)
        do {
            return try DocumentParser.parseWithSource(bytes: bytes, options: input.parseOptions(path: path))
        } catch {
            Stderr.write("parsecli: \(path): \(error.message)")
            throw Failure(code: Exit.badInput)
        }
    }

    /// Reads and decodes one input for the commands that look at text rather than a parsed
    /// document (`tokens`, `lines`, `quantities`), with the same checks and messages.
    static func source(_ path: String, _ input: InputOptions) throws(Failure) -> SourceText {
        let bytes = try read(path, input.maxBytes)
        if let limit = input.maxBytes, bytes.count > limit {
            Stderr.write("parsecli: \(path): input of \(bytes.count) bytes is larger than the limit of \(limit) bytes (--max-bytes)")
            throw Failure(code: Exit.badInput)
        }
        do {
            // Web pages, Office files and PDFs: the text their reader extracts, as parse sees it.
            return try Ingest.text(bytes, options: input.parseOptions(path: path))
        } catch {
            Stderr.write("parsecli: \(path): \(error.message)")
            throw Failure(code: Exit.badInput)
        }
    }

    /// The input's bytes, or its read failure reported with the file's name and exit code.
    private static func read(_ path: String, _ maxBytes: Int?) throws(Failure) -> [UInt8] {
        switch InputReader.read(path, maxBytes: maxBytes) {
        case .failure(let f):
            Stderr.write("parsecli: \(path): \(f.message)")
            throw Failure(code: f.exitCode)
        case .success(let bytes):
            return bytes
        }
    }
}
