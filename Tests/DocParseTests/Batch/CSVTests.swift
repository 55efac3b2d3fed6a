import Foundation
import Testing
@testable import DocParse

@Suite("CSV writing")
struct CSVTests {
    @Test("fields with commas, quotes, CR and LF are quoted and read back unchanged")
    func quotingRoundTrip() throws {
        let fields = [
            "plain", "有逗号,的字段", "他说\"加快建设\"", "第一行\n第二行", "windows\r\nline", "",
            " leading space", "trailing space ", "，全角逗号不需要引号", "\"", ",",
        ]
        let text = CSVWriter.row(fields) + CSVWriter.row(["a", "b"])
        let rows = try CSVTestReader.parse(text)
        #expect(rows.count == 2)
        #expect(rows[0] == fields)
        #expect(rows[1] == ["a", "b"])
    }

    @Test("only fields that need it are quoted")
    func minimalQuoting() {
        #expect(CSVWriter.quote("交通运输局") == "交通运输局")
        #expect(CSVWriter.quote("85%") == "85%")
        #expect(CSVWriter.quote("a,b") == "\"a,b\"")
        #expect(CSVWriter.quote("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVWriter.quote("x\ny") == "\"x\ny\"")
        #expect(CSVWriter.row(["1", "2"]) == "1,2\r\n")
    }

    @Test("the test reader rejects CSV whose writer forgot to quote")
    func readerIsStrict() {
        #expect(throws: CSVTestReader.Malformed.self) { try CSVTestReader.parse("a,b\"c\r\n") }
        #expect(throws: CSVTestReader.Malformed.self) { try CSVTestReader.parse("a,b\nc\r\n") }
        #expect(throws: CSVTestReader.Malformed.self) { try CSVTestReader.parse("\"open,b\r\n") }
    }

    @Test("whole numbers are written without a decimal point")
    func numbers() {
        #expect(CSVExporter.number(85) == "85")
        #expect(CSVExporter.number(1e8) == "100000000")
        #expect(CSVExporter.number(2.5) == "2.5")
        #expect(CSVExporter.number(-3) == "-3")
    }

    @Test("the exporter writes four tables, with the node's lead and responsible units on tasks")
    func exporterTables() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("csv-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let doc = BatchFixtures.transportDocument()
        let failure = BatchFailure(source: .init(path: "bad,\"name\".txt", sha256: nil, bytes: nil),
                                   code: "not-found", message: "no such file")
        let exporter = try CSVExporter(directory: dir, bom: true)
        try exporter.add(.document(doc))
        try exporter.add(.failure(failure))
        try exporter.close()

        func table(_ name: String) throws -> [[String]] {
            let data = try Data(contentsOf: URL(fileURLWithPath: dir).appendingPathComponent(name))
            #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF], "BOM requested")
            return try CSVTestReader.parse(String(decoding: data, as: UTF8.self))
        }
        let documents = try table("documents.csv")
        #expect(documents.count == 3)
        #expect(documents[0] == CSVExporter.documentColumns)
        let docRow = Dictionary(uniqueKeysWithValues: zip(documents[0], documents[1]))
        #expect(docRow["doc_id"] == doc.source.sha256)
        #expect(docRow["title"] == "市交通运输局关于推进\"四好农村路\"建设,的实施方案")
        #expect(docRow["period_start"] == "2024")
        #expect(docRow["tasks"] == "2")
        #expect(docRow["error_code"] == "")
        let errRow = Dictionary(uniqueKeysWithValues: zip(documents[0], documents[2]))
        #expect(errRow["path"] == "bad,\"name\".txt")
        #expect(errRow["error_code"] == "not-found")

        let tasks = try table("tasks.csv")
        #expect(tasks.count == 3)
        let t1 = Dictionary(uniqueKeysWithValues: zip(tasks[0], tasks[1]))
        #expect(t1["task_id"] == "t1")
        #expect(t1["title"] == "加强路网养护,\n提升路况")
        #expect(t1["lead"] == "市交通运输局")
        #expect(t1["responsible"] == "市财政局; 各县(区)政府")
        let t2 = Dictionary(uniqueKeysWithValues: zip(tasks[0], tasks[2]))
        #expect(t2["lead"] == "")

        let targets = try table("targets.csv")
        #expect(targets.count == 3)
        let g1 = Dictionary(uniqueKeysWithValues: zip(targets[0], targets[1]))
        #expect(g1["value"] == "85")
        #expect(g1["value_high"] == "")
        #expect(g1["comparator"] == "gte")
        #expect(g1["text"] == "优良中等路率达到85%以上")
        let g2 = Dictionary(uniqueKeysWithValues: zip(targets[0], targets[2]))
        #expect(g2["value"] == "1.5")
        #expect(g2["value_high"] == "2")
        #expect(g2["scale"] == "100000000")

        let units = try table("units.csv")
        // Two occurrences of the bureau plus one unit never placed in a node.
        #expect(units.count == 4)
        #expect(units[1][2] == "市交通运输局" && units[1][5] == "lead")
        #expect(units[2][5] == "mentioned")
        #expect(units[3][2] == "市财政局" && units[3][5] == "")
    }

    @Test("without --csv-bom the files start with the header")
    func noBOM() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("csv-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let exporter = try CSVExporter(directory: dir, bom: false)
        try exporter.close()
        let data = try Data(contentsOf: URL(fileURLWithPath: dir).appendingPathComponent("units.csv"))
        #expect(String(decoding: data, as: UTF8.self) == CSVWriter.row(CSVExporter.unitColumns))
    }
}
