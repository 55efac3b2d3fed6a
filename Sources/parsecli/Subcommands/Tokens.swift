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
            do {
                printTokens(try DocumentLoader.source(path, input))
            } catch {
                code = Exit.worst(code, error.code)
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
