import ArgumentParser
import DocParse
import Foundation

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a self-contained HTML report of a document: outline, tasks, targets, units, findings, highlighted text.",
        discussion: """
            The page has no scripts and loads nothing from the network; open it in any browser or print it.

            Examples:
              parsecli report corpus/xingqing-basic-education-quality-plan-2021.txt -o xingqing.html
            """
    )

    @Argument(help: ArgumentHelp("The document.", valueName: "file"))
    var file: String

    @OptionGroup var input: InputOptions

    @Option(name: [.short, .long], help: ArgumentHelp("Where to write the HTML (default: standard output).", valueName: "path"))
    var output: String?

    func run() throws {
        let parsed: ParsedDocument
        do {
            parsed = try DocumentLoader.load(file, input)
        } catch {
            throw ExitCode(error.code)
        }
        let html = ReportRenderer.html(parsed, findings: DraftChecker.check(parsed))
        if let output {
            do {
                try Data(html.utf8).write(to: URL(fileURLWithPath: output))
            } catch {
                Stderr.write("parsecli: \(output): cannot write: \(error.localizedDescription)")
                throw ExitCode(Exit.output)
            }
        } else {
            FileHandle.standardOutput.write(Data(html.utf8))
        }
    }
}
