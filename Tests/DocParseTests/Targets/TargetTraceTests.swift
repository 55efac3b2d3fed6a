import Testing
@testable import DocParse

/// With `--trace` each target also names the form its figure was read in and where its year
/// comes from; the names are the registered ones (`QuantityForm`, `DeadlineForm`).
@Suite("Quantity and deadline forms in --trace")
struct TargetTraceTests {
    static let text = """
        2027年城乡建设工作要点
        一、总体目标
        到2028年,新建污水管网40公里,改造供水管网1至3处。
        二、主要工作
        (一)十五五期间累计植树造林百分之十五以上。
        (二)今年新增停车泊位2000个。
        (三)年底前翻一番。
        """

    static func targets(trace: Bool) throws -> [Target] {
        try DocumentParser.parse(bytes: Array(text.utf8), options: ParseOptions(path: "t.txt", trace: trace)).targets
    }

    @Test("Each traced target names its quantity form and, when it has a year, the year's form")
    func named() throws {
        let ts = try Self.targets(trace: true)
        let quantityForms = Set(QuantityForm.allCases.map(\.rawValue))
        let deadlineForms = Set(DeadlineForm.allCases.map(\.rawValue))
        #expect(ts.count == 5)
        #expect(ts.allSatisfy { $0.quantityRule.map(quantityForms.contains) ?? false })
        #expect(ts.allSatisfy { ($0.year == nil) == ($0.yearRule == nil) })
        #expect(ts.allSatisfy { $0.yearRule.map(deadlineForms.contains) ?? true })
        #expect(ts.map(\.quantityRule) == ["quantity-form.measured", "quantity-form.range", "quantity-form.percent-word", "quantity-form.measured", "quantity-form.doubling"])
        #expect(ts.map(\.yearRule) == ["deadline.before-year", "deadline.before-year", "deadline.plan-span", "deadline.current-year", "deadline.current-year"])
    }

    @Test("Without --trace neither name is written")
    func untraced() throws {
        let ts = try Self.targets(trace: false)
        #expect(ts.allSatisfy { $0.quantityRule == nil && $0.yearRule == nil })
        #expect(!(try JSONOutput.string(DocumentParser.parse(bytes: Array(Self.text.utf8), options: ParseOptions(path: "t.txt")))).contains("yearRule"))
    }

    @Test("--trace writes both names into the JSON bytes (the direct writer, not only the model)")
    func written() throws {
        let doc = try DocumentParser.parse(bytes: Array(Self.text.utf8), options: ParseOptions(path: "t.txt", trace: true))
        let json = try JSONOutput.string(doc)
        #expect(json.contains("\"quantityRule\":\"quantity-form.measured\""))
        #expect(json.contains("\"yearRule\":\"deadline.before-year\""))
    }

    @Test("The form names are unique")
    func unique() {
        #expect(Set(QuantityForm.allCases.map(\.rawValue)).count == QuantityForm.allCases.count)
        #expect(Set(DeadlineForm.allCases.map(\.rawValue)).count == DeadlineForm.allCases.count)
    }
}
