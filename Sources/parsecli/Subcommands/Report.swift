import ArgumentParser
import DocParse
import Foundation

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a self-contained HTML report of a document: outline, tasks, targets, units, findings, highlighted text.",
        discussion: """
            The page has no scripts and loads nothing from the network; open it in any browser or print it. \
            Labels and findings are in Chinese (English in small type) unless --lang en.

            Examples:
              parsecli report plan.txt -o plan.html
              parsecli report --lang en plan.txt -o plan-en.html
            """
    )

    @Argument(help: ArgumentHelp("The document.", valueName: "file"))
    var file: String

    @OptionGroup var input: InputOptions

    @OptionGroup var language: LanguageOption

    @Option(name: [.short, .long], help: ArgumentHelp("Where to write the HTML (default: standard output).", valueName: "path"))
    var output: String?

    func run() throws {
        if let output {
            do { try OutputFile.checkFolder(of: output) } catch {
                Stderr.write("parsecli: \(output): \(error.message)")
                throw ExitCode(Exit.output)
            }
        }
        let parsed: ParsedDocument
        do {
            parsed = try DocumentLoader.load(file, input)
        } catch {
            throw ExitCode(error.code)
        }
        let html = ReportRenderer.html(parsed, findings: DraftChecker.check(parsed), lang: language.resolved)
        if let output {
            do { try OutputFile.write(Data(html.utf8), to: output) } catch {
                Stderr.write("parsecli: \(output): \(error.message)")
                throw ExitCode(Exit.output)
            }
        } else {
            FileHandle.standardOutput.write(Data(html.utf8))
        }
    }
}
