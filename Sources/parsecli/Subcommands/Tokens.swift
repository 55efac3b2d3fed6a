import ArgumentParser
import DocParse
import Foundation

struct Tokens: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show how the tokenizer reads a text (one token per line: kind, span, text).",
        discussion: """
            Examples:
              parsecli tokens --text '(一)到2025年,普惠性幼儿园覆盖率达到93%。'
              parsecli tokens corpus/rizhao-basic-education-plan-2023-2025.txt | head
            """
    )

    @Option(name: .long, help: "Tokenize this text instead of files.")
    var text: String?

    @Argument(help: ArgumentHelp("Files to tokenize.", valueName: "file"))
    var files: [String] = []

    @OptionGroup var input: InputOptions

    func validate() throws {
        if text == nil && files.isEmpty { throw ValidationError("give --text or at least one file") }
    }

    func run() throws {
        var code = Exit.ok
        if let text {
            printTokens(SourceText(text))
        }
        for path in files {
            switch InputReader.read(path) {
            case .failure(let f):
                Stderr.write("parsecli: \(path): \(f.message)")
                code = Exit.worst(code, f.exitCode)
            case .success(let bytes):
                do {
                    let decoded = try TextDecoder.decode(bytes, forcedEncoding: input.encoding, lenient: input.lenient)
                    printTokens(SourceText(scalars: decoded.scalars))
                } catch let e as DecodeError {
                    Stderr.write("parsecli: \(path): \(e.message)")
                    code = Exit.worst(code, Exit.badInput)
                }
            }
        }
        if code != Exit.ok { throw ExitCode(code) }
    }

    func printTokens(_ source: SourceText) {
        let norm = Normalizer.normalize(source)
        var out = ""
        for tok in Lexer.tokenize(norm) where tok.kind != .space && tok.kind != .newline {
            let sp = norm.span(tok.range)
            out += "\(tok.kind.rawValue)\t\(sp.line):\(sp.column)\t[\(sp.start),\(sp.end))\t\(norm.original(tok.range))\n"
            if out.utf8.count > 1 << 16 {
                FileHandle.standardOutput.write(Data(out.utf8))
                out = ""
            }
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}
