import Testing
@testable import DocParse
import DocParseFuzzSupport

/// Inputs the fuzzers found crashing, kept as regressions (scripts/fuzz; BENCHMARKS.md).
@Suite("Fuzz findings stay fixed")
struct FuzzRegressionTests {
    static let findings: [(String, [UInt8])] = [
        // A figure running past its clause (the clause was cut at the thousands comma):
        // an inverted range trapped in the target extractor.
        ("percent with a thousands comma", Array("百分之1,669".utf8)),
        ("thousands comma after a target verb", Array("到2025年,覆盖率达到百分之1,669以上,新增学位1,200个。".utf8)),
        // A scale past what a Double holds over a ratio of a 310-digit number: the value was
        // NaN (the quantities fuzzer's finding of the 2026-12-06 CI run, shortened by hand).
        // A signed eight-scalar number before 年 read as two years: the sign's scalar minus
        // `0` trapped (the quantities fuzzer, twice in 16 minutes; the likeliest cause of the
        // CI smoke's finding of 2026-12-06).
        ("a sign before seven digits and 年", Array("��-2551994年�phrs".utf8)),
        ("a rate over an overflowing scale", Array(("/10万" + String(repeating: "亿", count: 40) + ":"
                                                    + String(repeating: "9", count: 310) + "每").utf8)),
    ]

    @Test("Eight scalars before 年 that are not eight digits are no pair of years (a sign trapped the reading)")
    func signedEightBeforeYear() {
        for text in ["-2551994年", "—2551994年", "2,551,99年", "20232025年"] {
            for mode in [QuantityRecognizer.Mode.document, .lenient, .numerals] {
                var d: [Diagnostic] = []
                _ = QuantityRecognizer.quantities(in: Normalizer.normalize(SourceText(text)), mode: mode, diagnostics: &d)
            }
        }
        #expect(QuantityExclusionRules.isYearPair(Array("20232025".unicodeScalars), 0))
        #expect(!QuantityExclusionRules.isYearPair(Array("-2551994".unicodeScalars), 0))
        #expect(!QuantityExclusionRules.isYearPair(Array("2023202".unicodeScalars), 0))
    }

    @Test("A figure past what a Double holds is no quantity in any mode, and is reported")
    func overflowingFigures() throws {
        let nines = String(repeating: "9", count: 400)
        let texts = ["新增学位\(nines)个", "覆盖率达到1\(String(repeating: "0", count: 330))%",
                     "10万" + String(repeating: "亿", count: 40) + "元",
                     "/10万" + String(repeating: "亿", count: 40) + ":" + String(repeating: "9", count: 310) + "每"]
        // A bare ratio is read in `.numerals` only; in the other modes it gives nothing at all.
        var d: [Diagnostic] = []
        let ratio = QuantityRecognizer.quantities(in: Normalizer.normalize(SourceText("比例为\(nines):\(nines)")), mode: .numerals,
                                                  diagnostics: &d)
        #expect(ratio.allSatisfy { if case .number(let v) = $0.value { return v.isFinite } else { return false } })
        for text in texts {
            for mode in [QuantityRecognizer.Mode.document, .lenient, .numerals] {
                var d: [Diagnostic] = []
                let qs = QuantityRecognizer.quantities(in: Normalizer.normalize(SourceText(text)), mode: mode, diagnostics: &d)
                for q in qs {
                    switch q.value {
                    case .number(let v): #expect(v.isFinite, "\(text)")
                    case .range(let a, let b): #expect(a.isFinite && b.isFinite, "\(text)")
                    }
                }
                #expect(d.contains { $0.code == "quantity.out-of-range" }, "\(text) \(mode)")
            }
        }
        // Through the parse, the JSON holds no `Infinity`.
        let doc = DocumentParser.parse(text: "一、重点任务\n1.新增学位\(nines)个。\n")
        #expect(doc.targets.isEmpty)
        let json = String(decoding: try JSONOutput.encode(doc), as: UTF8.self)
        #expect(!json.contains("Infinity"))
    }

    @Test("Each finding parses, strict and lenient, and its output keeps every invariant")
    func findings() throws {
        for (name, bytes) in Self.findings {
            for lenient in [false, true] {
                let doc = try DocumentParser.parse(bytes: bytes, options: ParseOptions(lenient: lenient))
                FuzzChecks.check(doc)
                #expect(doc.source.bytes == bytes.count, "\(name)")
            }
        }
    }
}

/// Inputs found by code review that crashed or were quadratic; kept as regressions.
@Suite("Review regressions")
struct ReviewRegressionTests {
    @Test("A task-table row whose number cell is 30 digits long parses (it overflowed)")
    func longRowNumber() throws {
        let digits = String(repeating: "9", count: 30)
        for sep in [" | ", "\t", "  "] {
            let text = ["序号", "重点任务", "责任单位", "完成时限"].joined(separator: sep) + "\n"
                + [digits, "新建公园12个", "市住建局", "2024年底"].joined(separator: sep) + "\n"
            let doc = DocumentParser.parse(text: text)
            #expect(doc.source.scalars == text.unicodeScalars.count)
        }
    }

    @Test("A rate over a long denominator is not a rate (its scale was 0)")
    func longDenominator() {
        var d: [Diagnostic] = []
        let qs = QuantityRecognizer.quantities(in: Normalizer.normalize(SourceText("死亡率8/1234567890123万")), diagnostics: &d)
        #expect(!qs.contains { $0.scale == 0 || !$0.scale.isFinite })
    }

    @Test("A heading year is read from short titles only; a paragraph-long title gives none")
    func headingYearShortOnly() {
        #expect(OutlineLookup.headingYear("2024年工作要点") == 2024)
        #expect(OutlineLookup.headingYear(String(repeating: "新增学校5所", count: 1000) + "2024年") == nil)
    }
}
