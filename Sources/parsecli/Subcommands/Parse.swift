import ArgumentParser
import DocParse
import Foundation

/// Options shared by the commands that read documents.
struct InputOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Force the input encoding instead of detecting it (e.g. GBK, GB18030, Big5, UTF-16LE).",
        valueName: "name"))
    var encoding: String?

    @Flag(name: .long, help: "Replace invalid byte sequences with U+FFFD and record a diagnostic instead of failing.")
    var lenient = false

    @Option(name: .long, help: ArgumentHelp("Refuse inputs larger than this many bytes.", valueName: "bytes"))
    var maxBytes: Int?

    @Option(name: .customLong("input-format"), help: ArgumentHelp(
        "Read the input as this format instead of detecting it by content: text, html, docx, xlsx, pdf.",
        valueName: "format"))
    var inputFormat: InputFormat?

    /// A forced encoding ICU does not know is a usage error (64), found before any input is read.
    func validate() throws {
        if let encoding, !TextDecoder.knows(encoding: encoding) {
            throw ValidationError("unknown encoding '\(encoding)' for --encoding; use an ICU converter name such as UTF-8, GBK, GB18030, Big5, UTF-16LE")
        }
        if let maxBytes, maxBytes < 0 { throw ValidationError("--max-bytes must be 0 or more") }
    }

    func parseOptions(path: String, includeText: Bool = false) -> ParseOptions {
        ParseOptions(encoding: encoding, lenient: lenient, path: path, maxBytes: maxBytes, format: inputFormat,
                     includeText: includeText)
    }
}

struct Parse: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Parse documents and write one JSON document per input.",
        discussion: """
            Examples:
              parsecli parse --pretty plan.txt
              parsecli parse --encoding GBK old-plan.txt -o old-plan.json
              cat plan.txt | parsecli parse -
              parsecli parse corpus/*.txt -o out/

            With several inputs (or -o ending in /), -o is a folder that gets one NAME.json per
            input; it is created when missing.

            Without --pretty, each document is one line (JSON Lines when there are several).
            A bad input is reported on stderr as 'parsecli: FILE: message' and does not stop \
            the others; the exit code is then 65 (bad input) or 66 (unreadable).
            """
    )

    @Argument(help: ArgumentHelp("Files to parse, or - for standard input.", valueName: "file"))
    var files: [String]

    @OptionGroup var input: InputOptions

    @Flag(name: .long, help: "Indent the JSON for reading.")
    var pretty = false

    @Option(name: .long, help: ArgumentHelp(
        "Read the inputs as this format instead of detecting it by content (text, html, docx, xlsx, pdf); same as --input-format.",
        valueName: "format"))
    var format: InputFormat?

    @Flag(name: .long, help: "Write the text the spans index as source.text (for HTML, DOCX, XLSX and PDF: the extracted plain text).")
    var includeText = false

    @Flag(name: .long, help: "Add to each outline node, target and unit occurrence the name of the rule that produced it (field rule).")
    var trace = false

    @Option(name: [.short, .long], help: ArgumentHelp(
        "Write to this file (one input), or into this folder as NAME.json (several inputs, a path ending in /, or an existing folder; created when missing).",
        valueName: "path"))
    var output: String?

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one file, or - for standard input") }
        if files.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read only once") }
        // `parsecli prase plan.txt` reaches here as `parse` (the default command) with files
        // [prase, plan.txt]: a first word that is no file and no path is a mistyped command.
        let args = CommandLine.arguments.dropFirst()
        if let first = args.first, first == files.first, UnknownCommand.looksLikeCommand(first) {
            throw ValidationError(UnknownCommand.message(first))
        }
    }

    func run() throws {
        var code = Exit.ok
        var sink: OutputSink
        do {
            sink = try OutputSink(output: output, inputs: files)
        } catch let f as OutputFile.Failure {
            Stderr.write("parsecli: \(output ?? "-"): \(f.message)")
            throw ExitCode(Exit.output)
        } catch {
            Stderr.write("parsecli: \(output ?? "-"): cannot create the folder: \(error.localizedDescription)")
            throw ExitCode(Exit.output)
        }
        for path in files {
            switch InputReader.read(path, maxBytes: input.maxBytes) {
            case .failure(let f):
                Stderr.write("parsecli: \(path): \(f.message)")
                code = Exit.worst(code, f.exitCode)
            case .success(let bytes):
                do {
                    var options = input.parseOptions(path: path, includeText: includeText)
                    if let format { options.format = format }
                    options.trace = trace
                    let doc = try DocumentParser.parse(bytes: bytes, options: options)
                    try sink.write(doc, pretty: pretty, for: path)
                } catch let e as DocParseError {
                    Stderr.write("parsecli: \(path): \(e.message)")
                    code = Exit.worst(code, Exit.badInput)
                } catch {
                    Stderr.write("parsecli: \(path): cannot write output: \(error)")
                    code = Exit.worst(code, Exit.output)
                }
            }
        }
        if code != Exit.ok { throw ExitCode(code) }
    }
}

/// Where JSON goes: stdout, one file, or one file per input in a directory.
struct OutputSink {
    enum Target { case stdout, file(FileHandle), directory(URL) }
    var target: Target

    init(output: String?, inputs: [String]) throws {
        guard let output else { target = .stdout; return }
        var isDir: ObjCBool = false
        let existingFolder = FileManager.default.fileExists(atPath: output, isDirectory: &isDir) && isDir.boolValue
        if inputs.count > 1 || output.hasSuffix("/") || existingFolder {
            let url = URL(fileURLWithPath: output, isDirectory: true)
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            target = .directory(url)
        } else {
            try OutputFile.checkFolder(of: output)
            guard FileManager.default.createFile(atPath: output, contents: nil), let h = FileHandle(forWritingAtPath: output) else {
                throw OutputFile.Failure(message: "cannot write: no permission to create the file")
            }
            target = .file(h)
        }
    }

    /// Streams the document's JSON and a newline, so that memory for the output stays one
    /// chunk whatever the document's size. In a directory the file is written under a
    /// temporary name and renamed when complete, so a reader never sees half a document.
    mutating func write(_ doc: Document, pretty: Bool, for input: String) throws {
        switch target {
        case .stdout:
            try Self.stream(doc, pretty: pretty, to: FileHandle.standardOutput)
        case .file(let h):
            try Self.stream(doc, pretty: pretty, to: h)
        case .directory(let dir):
            let base = input == "-" ? "stdin" : URL(fileURLWithPath: input).deletingPathExtension().lastPathComponent
            let final = dir.appendingPathComponent(base + ".json")
            let partial = dir.appendingPathComponent("." + base + ".json.partial")
            guard FileManager.default.createFile(atPath: partial.path, contents: nil),
                  let h = FileHandle(forWritingAtPath: partial.path) else {
                throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: partial.path])
            }
            do {
                try Self.stream(doc, pretty: pretty, to: h)
                try h.close()
                _ = try? FileManager.default.removeItem(at: final)
                try FileManager.default.moveItem(at: partial, to: final)
            } catch {
                try? h.close()
                try? FileManager.default.removeItem(at: partial)
                throw error
            }
        }
    }

    private static func stream(_ doc: Document, pretty: Bool, to handle: FileHandle) throws {
        try JSONOutput.write(doc, pretty: pretty) { chunk in try handle.write(contentsOf: chunk) }
        try handle.write(contentsOf: [0x0A])
    }
}

extension InputFormat: ExpressibleByArgument {}
