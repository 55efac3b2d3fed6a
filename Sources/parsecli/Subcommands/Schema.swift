import ArgumentParser
import DocParse
import Foundation

struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the JSON Schema (draft 2020-12) that every parse output conforms to.",
        discussion: """
            Example:
              parsecli schema > docparse.schema.json
            """
    )

    func run() throws {
        FileHandle.standardOutput.write(Data((JSONSchema.text + "\n").utf8))
    }
}
