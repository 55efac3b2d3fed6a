import ArgumentParser
import DocParse
import Foundation

struct Lines: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show each line of a document with the zone the normalizer gave it (content, boilerplate, blank).",
        discussion: """
            Useful to see why a menu, footer or disclaimer line was kept out of the document.
            Example:
              parsecli lines plan.txt | grep boilerplate
            """
    )

    @Argument(help: ArgumentHelp("File to show, or - for standard input.", valueName: "file"))
    var file: String

    @OptionGroup var input: InputOptions

    func run() throws {
        let source: SourceText
        do {
            source = try DocumentLoader.source(file, input)
        } catch {
            throw ExitCode(error.code)
        }
        let norm = Normalizer.normalize(source)
        var out = ""
        for (i, line) in norm.lines.enumerated() where line.zone != .blank {
            out += "\(i + 1)\t\(line.zone.rawValue)\t\(norm.original(line.range))\n"
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}
