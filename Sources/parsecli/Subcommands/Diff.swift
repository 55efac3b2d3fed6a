import ArgumentParser
import DocParse
import Foundation

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what changed between two drafts: tasks, targets, units and metadata.",
        discussion: """
            Tasks are aligned by title similarity and position, so renumbered, moved and reworded \
            tasks are recognized rather than reported as removed and added.

            Exit codes: 0 (whether or not there are differences), 64 usage, 65 bad input, 66 unreadable.

            Examples:
              parsecli diff draft-v1.txt draft-v2.txt
              parsecli diff --format json draft-v1.txt draft-v2.txt > changes.json
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: ArgumentHelp("The earlier draft.", valueName: "old"))
    var old: String

    @Argument(help: ArgumentHelp("The later draft.", valueName: "new"))
    var new: String

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: "Output format: text (for people) or json (for tools).")
    var format: Format = .text

    func run() throws {
        let a: ParsedDocument, b: ParsedDocument
        do {
            a = try DocumentLoader.load(old, input)
            b = try DocumentLoader.load(new, input)
        } catch {
            throw ExitCode(error.code)
        }
        let d = DiffEngine.diff(old: a.document, new: b.document)
        switch format {
        case .text: FileHandle.standardOutput.write(Data(DiffFormatter.text(d, old: old, new: new).utf8))
        case .json: FileHandle.standardOutput.write(try JSONOutput.encode(d, pretty: true) + Data("\n".utf8))
        }
    }
}
