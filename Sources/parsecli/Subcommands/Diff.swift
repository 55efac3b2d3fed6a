import ArgumentParser
import DocParse
import Foundation

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what changed between two drafts: tasks, targets, units and metadata.",
        discussion: """
            Tasks are aligned by title similarity and position, so renumbered, moved and reworded \
            tasks are recognized rather than reported as removed and added.

            --format html and --format docx write the 修改对照表: each changed item side by \
            side (原稿 | 修改稿) with deleted and inserted characters marked, added and removed \
            items, then changed targets, units and metadata. docx needs -o.

            Exit codes: 0 (whether or not there are differences), 64 usage, 65 bad input, 66 unreadable, \
            74 output not written.

            Examples:
              parsecli diff draft-v1.txt draft-v2.txt
              parsecli diff --format html -o compare.html draft-v1.txt draft-v2.txt
              parsecli diff --format docx -o compare.docx draft-v1.txt draft-v2.txt
              parsecli diff --format json draft-v1.txt draft-v2.txt > changes.json
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, html, docx }

    @Argument(help: ArgumentHelp("The earlier draft.", valueName: "old"))
    var old: String

    @Argument(help: ArgumentHelp("The later draft.", valueName: "new"))
    var new: String

    @OptionGroup var input: InputOptions

    @OptionGroup var language: LanguageOption

    @Option(name: .long, help: "Output format: text (for people), json (for tools), html or docx (修改对照表).")
    var format: Format = .text

    @Option(name: [.short, .long], help: ArgumentHelp("Where to write the output (default: standard output; needed for docx).", valueName: "path"))
    var output: String?

    func validate() throws {
        if format == .docx, output == nil { throw ValidationError("--format docx writes a Word file: name it with -o FILE.docx") }
    }

    func run() throws {
        // A missing output folder is reported before the drafts are read and compared.
        if let output {
            do { try OutputFile.checkFolder(of: output) } catch {
                Stderr.write("parsecli: \(output): \(error.message)")
                throw ExitCode(Exit.output)
            }
        }
        let a: ParsedDocument, b: ParsedDocument
        do {
            a = try DocumentLoader.load(old, input)
            b = try DocumentLoader.load(new, input)
        } catch {
            throw ExitCode(error.code)
        }
        let lang = language.resolved
        let data: Data
        switch format {
        case .text:
            data = Data(DiffFormatter.text(DiffEngine.diff(old: a.document, new: b.document), old: old, new: new, lang: lang).utf8)
        case .json:
            data = try JSONOutput.encode(DiffEngine.diff(old: a.document, new: b.document), pretty: true) + Data("\n".utf8)
        case .html:
            let c = DraftComparison(old: a.document, new: b.document)
            data = Data(CompareRenderer.html(c, oldName: Self.name(old), newName: Self.name(new), lang: lang).utf8)
        case .docx:
            let c = DraftComparison(old: a.document, new: b.document)
            data = try CompareDocx.data(c, oldName: Self.name(old), newName: Self.name(new), lang: lang)
        }
        if let output {
            do { try OutputFile.write(data, to: output) } catch {
                Stderr.write("parsecli: \(output): \(error.message)")
                throw ExitCode(Exit.output)
            }
        } else {
            FileHandle.standardOutput.write(data)
        }
    }

    /// A draft's name on the page: its file name (the folder says nothing to the reader).
    static func name(_ path: String) -> String { path == "-" ? "-" : URL(fileURLWithPath: path).lastPathComponent }
}
