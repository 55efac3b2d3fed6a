import ArgumentParser
import DocParse
import Foundation

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Lint drafts: numbering, units, targets, text damage and metadata, like a compiler lints code.",
        discussion: """
            Each finding is printed as FILE:LINE:COLUMN: SEVERITY: MESSAGE [CODE] with the source \
            line and a caret under the place, then a summary. Messages are in Chinese unless \
            --lang en (or an English locale) asks for English; codes are always the same. Every \
            code is documented in docs/checks.md.

            Exit codes: 0 no errors (warnings and notes do not fail unless --strict); 1 errors found; \
            64 usage; 65 bad input; 66 unreadable input.

            Examples:
              parsecli check draft.txt
              parsecli check --strict --lang en draft-v2.txt
              parsecli check --format json draft.txt > findings.json
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: ArgumentHelp("Drafts to check.", valueName: "file"))
    var files: [String]

    @OptionGroup var input: InputOptions

    @OptionGroup var language: LanguageOption

    @Option(name: .long, help: "Output format: text (for people) or json (for tools; messages in the --lang language, codes and args as they are).")
    var format: Format = .text

    @Flag(name: .long, help: "Treat warnings as errors for the exit code.")
    var strict = false

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one file to check") }
    }

    struct FileFindings: Encodable {
        var file: String
        var findings: [Finding]
    }

    func run() throws {
        let lang = language.resolved
        var code = Exit.ok
        var all: [Finding] = []
        var json: [FileFindings] = []
        var text = ""
        var checked = 0
        for path in files {
            let parsed: ParsedDocument
            do {
                parsed = try DocumentLoader.load(path, input)
            } catch {
                code = Exit.worst(code, error.code)
                continue
            }
            checked += 1
            let findings = DraftChecker.check(parsed)
            all += findings
            switch format {
            case .text: text += FindingFormatter.text(findings, file: path, source: parsed.source, lang: lang, extracted: parsed.extracted)
            case .json: json.append(FileFindings(file: path, findings: findings.map { $0.localized(lang) }))
            }
        }
        switch format {
        case .text:
            text += FindingFormatter.summary(all, files: checked, lang: lang) + "\n"
            FileHandle.standardOutput.write(Data(text.utf8))
        case .json:
            FileHandle.standardOutput.write(try JSONOutput.encode(json, pretty: true) + Data("\n".utf8))
        }
        if code != Exit.ok { throw ExitCode(code) }
        let failing = all.contains { $0.severity == .error || (strict && $0.severity == .warning) }
        if failing { throw ExitCode(1) }
    }
}
