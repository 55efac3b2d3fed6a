import DocParse

/// Reads and parses one input for the staff commands, turning failures into the documented
/// exit codes with a message naming the file.
enum DocumentLoader {
    struct Failure: Error { var code: Int32 }

    static func load(_ path: String, _ input: InputOptions) throws(Failure) -> ParsedDocument {
        switch InputReader.read(path) {
        case .failure(let f):
            Stderr.write("parsecli: \(path): \(f.message)")
            throw Failure(code: f.exitCode)
        case .success(let bytes):
            do {
                return try DocumentParser.parseWithSource(bytes: bytes, options: input.parseOptions(path: path))
            } catch {
                Stderr.write("parsecli: \(path): \(error.message)")
                throw Failure(code: Exit.badInput)
            }
        }
    }
}
