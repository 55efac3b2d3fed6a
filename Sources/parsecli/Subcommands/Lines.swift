import ArgumentParser
import DocParse
import Foundation

struct Lines: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show each line of a document with the zone the normalizer gave it (content, boilerplate, blank).",
        discussion: """
            Useful to see why a menu, footer or disclaimer line was kept out of the document.
            Example:
              parsecli lines corpus/hanzhong-education-quality-plan-draft-2023-2025.txt | grep boilerplate
            """
    )

    @Argument(help: ArgumentHelp("File to show, or - for standard input.", valueName: "file"))
    var file: String

    @OptionGroup var input: InputOptions

    func run() throws {
        let bytes: [UInt8]
        switch InputReader.read(file) {
        case .failure(let f):
            Stderr.write("parsecli: \(file): \(f.message)")
            throw ExitCode(f.exitCode)
        case .success(let b):
            bytes = b
        }
        let decoded: DecodedText
        do {
            decoded = try TextDecoder.decode(bytes, forcedEncoding: input.encoding, lenient: input.lenient)
        } catch let e as DecodeError {
            Stderr.write("parsecli: \(file): \(e.message)")
            throw ExitCode(Exit.badInput)
        }
        let norm = Normalizer.normalize(SourceText(scalars: decoded.scalars))
        var out = ""
        for (i, line) in norm.lines.enumerated() where line.zone != .blank {
            out += "\(i + 1)\t\(line.zone.rawValue)\t\(norm.original(line.range))\n"
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}
