import ArgumentParser

@main
struct ParseCLI: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parsecli",
        abstract: "Turn Chinese policy and plan documents into normalized, versioned JSON.",
        discussion: """
            Reads the raw text of 行动计划, 实施方案, 工作要点, 规划 and similar documents (UTF-8, \
            UTF-16 with BOM, GB18030/GBK, Big5) and writes their metadata, outline, tasks, targets \
            and units as JSON, every fact with its span in the original text.

            Exit codes:
              0   success
              64  usage error (unknown option, missing argument)
              65  bad input: empty, binary, undecodable, or over --max-bytes
              66  unreadable input: missing file, a directory, no permission
              74  output could not be written
            With several inputs, every input is processed and the exit code is the worst one.

            Examples:
              parsecli parse --pretty plan.txt
              parsecli check draft.txt
              parsecli diff --format html -o compare.html draft-v1.txt draft-v2.txt
              parsecli report plan.txt -o plan.html
              parsecli batch corpus/ -o out.jsonl --csv tables/
            Run 'parsecli help COMMAND' (or COMMAND --help) for a command's options and examples.
            """,
        version: "0.1.0",
        subcommands: [Parse.self, Batch.self, Check.self, Diff.self, Report.self, Quantities.self, Schema.self, Tokens.self, Lines.self],
        defaultSubcommand: Parse.self
    )
}
