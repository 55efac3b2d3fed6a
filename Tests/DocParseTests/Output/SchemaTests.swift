import Foundation
import Testing
@testable import DocParse

@Suite("The published JSON Schema")
struct SchemaTests {
    /// Documents in other shapes and fields, so the schema is checked beyond the corpus.
    static let generated: [String] = [
        "某省卫生健康委员会关于印发基层医疗卫生服务能力提升行动方案的通知\n第一条 为提升基层服务能力,制定本方案。\n第二条 到2025年,乡镇卫生院服务能力达标率达到90%以上。(牵头单位:省卫生健康委;配合单位:省财政厅)\n",
        "某市交通运输局2024年工作要点\n一、优化路网\n1.新增农村公路500公里。\n(1)完成危桥改造30座。\n①实施安全生命防护工程。\n",
        "",
        "#\n登录 退出\n",
        "ＡＢＣ１２３（一）總體要求：到２０２５年，覆蓋率達到９５％。",
    ]

    @Test("parsecli schema prints exactly schema/docparse.schema.json")
    func embeddedMatchesFile() throws {
        let file = try String(contentsOf: TestPaths.root.appendingPathComponent("schema/docparse.schema.json"), encoding: .utf8)
        #expect(JSONSchema.text + "\n" == file, "run scripts/gen-schema-swift after editing the schema")
    }

    @Test("Every corpus output and every generated document validates against the schema (Python jsonschema)")
    func outputsValidate() throws {
        let dir = try CLIRunner.tempDir()
        var files: [String] = []
        for name in TestPaths.corpusNames {
            let doc = try DocumentParser.parse(bytes: TestPaths.corpusBytes(name), options: ParseOptions(path: name))
            let f = dir.appendingPathComponent(name + ".json")
            try JSONOutput.encode(doc).write(to: f)
            files.append(f.path)
        }
        for (k, text) in Self.generated.enumerated() {
            let f = dir.appendingPathComponent("generated-\(k).json")
            try JSONOutput.encode(DocumentParser.parse(text: text)).write(to: f)
            files.append(f.path)
        }
        let script = """
        import json, sys
        import jsonschema
        schema = json.load(open(sys.argv[1]))
        jsonschema.Draft202012Validator.check_schema(schema)
        v = jsonschema.Draft202012Validator(schema)
        bad = 0
        for path in sys.argv[2:]:
            for e in v.iter_errors(json.load(open(path))):
                bad += 1
                print(path, "/".join(map(str, e.absolute_path)), e.message[:200])
        print("validated", len(sys.argv) - 2, "documents,", bad, "errors")
        sys.exit(1 if bad else 0)
        """
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script, TestPaths.root.appendingPathComponent("schema/docparse.schema.json").path] + files
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        #expect(p.terminationStatus == 0, "schema validation failed (python3 with jsonschema is installed by scripts/ensure-deps):\n\(text)")
        #expect(text.contains("validated \(files.count) documents, 0 errors"))
    }

    @Test("JSON survives an encode and decode unchanged")
    func codableRoundTrip() throws {
        for name in TestPaths.corpusNames {
            let doc = try DocumentParser.parse(bytes: TestPaths.corpusBytes(name))
            let again = try JSONDecoder().decode(Document.self, from: JSONOutput.encode(doc))
            #expect(again == doc, "\(name)")
        }
    }
}

@Suite("The library API")
struct LibraryAPITests {
    @Test("Parsing the corpus concurrently from many tasks gives the same documents as sequentially")
    func concurrentParsing() async throws {
        let inputs = try TestPaths.corpusNames.map { ($0, try TestPaths.corpusBytes($0)) }
        let sequential = try inputs.map { try DocumentParser.parse(bytes: $0.1, options: ParseOptions(path: $0.0)) }
        let concurrent = try await withThrowingTaskGroup(of: (Int, Document).self) { group in
            for _ in 0..<4 {
                for (k, input) in inputs.enumerated() {
                    group.addTask { (k, try DocumentParser.parse(bytes: input.1, options: ParseOptions(path: input.0))) }
                }
            }
            var out: [(Int, Document)] = []
            for try await r in group { out.append(r) }
            return out
        }
        #expect(concurrent.count == inputs.count * 4)
        for (k, doc) in concurrent { #expect(doc == sequential[k]) }
    }
}
