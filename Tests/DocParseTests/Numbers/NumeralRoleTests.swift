import Foundation
import Testing
@testable import DocParse

/// `parsecli quantities --scope numerals` (`QuantityRecognizer.Mode.numerals`) shows every
/// number, the ones that are not quantities marked by their role; the other scopes and the
/// target stage keep leaving them out.
@Suite("Numeral roles")
struct NumeralRoleTests {
    static let sentence = "咨询电话：87654321，自2026年3月8日起第2批共发放补贴六百份，详见5号文件"

    static func roles(_ s: String, _ mode: QuantityRecognizer.Mode = .numerals) -> [String] {
        QuantityRecognizer.quantities(in: s, mode: mode).map { "\($0.text):\($0.role.rawValue)" }
    }

    @Test("Every number is shown with its role: code, year, date, ordinal, quantity, label")
    func everyRole() {
        #expect(Self.roles(Self.sentence) == [
            "87654321:code", "2026年:year", "3:date", "8:date", "2批:ordinal", "六百份:quantity", "5:label",
        ])
    }

    @Test("The default and document scopes show only the quantities, with role quantity")
    func otherScopesUnchanged() {
        #expect(Self.roles(Self.sentence, .lenient) == ["六百份:quantity"])
        #expect(Self.roles(Self.sentence, .document) == ["六百份:quantity"])
        let doc = "投资8亿元，编号2026-0001，2027年完成第3期"
        #expect(QuantityRecognizer.quantities(in: doc, mode: .document).allSatisfy { $0.role == .quantity })
        #expect(QuantityRecognizer.quantities(in: doc, mode: .numerals).filter { $0.role == .quantity }.map(\.text)
            == QuantityRecognizer.quantities(in: doc, mode: .lenient).map(\.text))
    }

    @Test("A date or clock time written as one token gives its parts as year and date parts")
    func datedTokens() {
        #expect(Self.roles("会议定于2027/10/05召开") == ["2027:year", "10:date", "05:date"])
        #expect(Self.roles("签发于2028-01-09") == ["2028:year", "01:date", "09:date"])
        #expect(Self.roles("印发于2029.11.30") == ["2029:year", "11:date", "30:date"])
        #expect(Self.roles("规划期2026-2030年") == ["2026:year", "2030:year"])
        #expect(Self.roles("08:15:30开始") == ["08:date", "15:date", "30:date"])
        #expect(Self.roles("21:40:05散会") == ["21:date", "40:date", "05:date"])
        #expect(Self.roles("07:45到场") == ["07:date", "45:date"])
        // The parts of a clock time are no quantities in any other scope.
        for mode in [QuantityRecognizer.Mode.lenient, .document] {
            #expect(Self.roles("07:45到场，21:40:05散会", mode).isEmpty)
        }
        // A ratio has no leading zero and two parts.
        #expect(Self.roles("按3:2配比").map { $0.hasSuffix(":quantity") } == [true])
        // Three one-digit parts joined by `:` are no clock time: not date parts.
        #expect(!Self.roles("按4:3:3比例分担").contains { $0.hasSuffix(":date") })
        #expect(Self.roles("比例123:45:67") == ["123:code", "45:code", "67:code"])
    }

    @Test("Identifier digits are codes, one number per digit run")
    func codes() {
        let qs = QuantityRecognizer.quantities(in: "文号AB12-0034", mode: .numerals)
        #expect(qs.map(\.role) == [.code, .code])
        #expect(qs.map(\.value) == [.number(12), .number(34)])
        #expect(qs.map(\.text) == ["12", "0034"])
        #expect(Self.roles("服务器10.20.30.40") == ["10:code", "20:code", "30:code", "40:code"])
    }

    @Test("A count opening a quoted name is a name; fixed names, words and plan names are no numbers")
    func names() {
        #expect(Self.roles("开展“六个提升”行动") == ["六个:name"])
        #expect(Self.roles("开展“六个提升”行动", .lenient).isEmpty)
        #expect(Self.roles("落实四个一工程和一县一策，一把手负责，“十五五”开局").isEmpty)
    }

    @Test("An ordinal after 第 keeps its value")
    func ordinal() {
        let qs = QuantityRecognizer.quantities(in: "位列第零十", mode: .numerals)
        #expect(qs.map(\.role) == [.ordinal])
        #expect(qs.first?.value == .number(10))
    }

    @Test("The JSON carries the role in every scope; the table shows it with --scope numerals")
    func cli() throws {
        let all = try CLIRunner.run(["quantities", "--text=第4组有九人"])
        #expect(all.status == 0)
        #expect(all.stdout.split(separator: "\n").count == 1)
        #expect(all.stdout.contains("\"role\":\"quantity\""))
        let every = try CLIRunner.run(["quantities", "--scope", "numerals", "--format", "table", "--text=第4组有九人"])
        #expect(every.stdout.contains("1:2\t4\t4\t-\t1\tnumber\tordinal"))
        #expect(every.stdout.contains("九人\t9\t人\t1\tnumber\tquantity"))
    }

    @Test("schema/quantities.schema.json names every key the CLI writes and every role")
    func schemaDocumentsTheLines() throws {
        let url = TestPaths.root.appendingPathComponent("schema/quantities.schema.json")
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let props = try #require(schema["properties"] as? [String: Any])
        let required = Set(try #require(schema["required"] as? [String]))
        let roleEnum = try #require((props["role"] as? [String: Any])?["enum"] as? [String])
        #expect(Set(roleEnum) == Set(Quantity.Role.allCases.map(\.rawValue)))
        let r = try CLIRunner.run(["quantities", "--scope", "numerals", "--text=" + Self.sentence])
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 7)
        for line in lines {
            let obj = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(Set(obj.keys) == required)
            #expect(roleEnum.contains(obj["role"] as? String ?? ""))
        }
    }

    @Test("A decoded line without role (older output) reads as a quantity")
    func decodesOldLines() throws {
        let line = #"{"approximate":false,"kind":"number","scale":1,"span":{"column":1,"end":2,"line":1,"start":0},"text":"7","unit":null,"value":7}"#
        let q = try JSONDecoder().decode(Quantity.self, from: Data(line.utf8))
        #expect(q.role == .quantity)
    }
}

/// Readings that `quantities` shows. Discounts are read outside documents only; a range
/// whose ends are in different scripts and a shared place read the same in documents too (the
/// target stage's outputs on the corpus and devset did not change with them).
@Suite("Bare numeral readings")
struct BareNumeralReadingTests {
    static func read(_ s: String, _ mode: QuantityRecognizer.Mode = .lenient) -> [String] {
        QuantityRecognizer.quantities(in: s, mode: mode).map { q in
            switch q.value {
            case .number(let v): return "\(q.text)=\(v)×\(q.scale)"
            case .range(let a, let b): return "\(q.text)=\(a)-\(b)×\(q.scale)"
            }
        }
    }

    @Test("One digit before 折 is a discount in tenths of the price; 折 words are not")
    func discount() {
        let qs = QuantityRecognizer.quantities(in: "会员享受七折，团购六点五折", mode: .lenient)
        #expect(qs.map(\.kind) == [.percent, .percent])
        #expect(Self.read("会员享受七折，团购六点五折") == ["七折=7.0×10.0", "六点五折=6.5×10.0"])
        #expect(Self.read("设备按5年折旧") == ["5年=5.0×1.0"])
        #expect(Self.read("会员享受七折", .document).isEmpty)
    }

    @Test("The ends of a range may be written in different scripts")
    func mixedScripts() {
        #expect(Self.read("补贴标准为三~8百元") == ["三~8百元=300.0-800.0×1.0"])
        #expect(Self.read("招募2到四百人") == ["2到四百人=200.0-400.0×1.0"])
        #expect(Self.read("每场6~9百人") == ["6~9百人=600.0-900.0×1.0"])
        // The target stage reads the same ranges.
        #expect(Self.read("招募2到四百人", .document) == ["2到四百人=200.0-400.0×1.0"])
        #expect(Self.read("每场6~9百人", .document) == ["6~9百人=600.0-900.0×1.0"])
    }

    @Test("A numeral before 对 and another number is a term of the relation")
    func relation() {
        #expect(Self.read("兑换比例为一对五千") == ["一=1.0×1.0", "五千=5000.0×1.0"])
    }

    @Test("A denominator before 分之 is read when the numerator is missing")
    func danglingFraction() {
        #expect(Self.read("只剩下三分之") == ["三=3.0×1.0"])
    }

    @Test("A financial form written only as a numeral stands alone at the end of a clause")
    func numeralOnlyFinancialForm() {
        #expect(Self.read("七的大写是柒") == ["七=7.0×1.0", "柒=7.0×1.0"])
        #expect(Self.read("加强干部队伍").isEmpty)
        #expect(Self.read("把房间重新收拾").isEmpty)
        #expect(Self.read("作好壹切准备").isEmpty)
    }
}
