import Testing
@testable import DocParse

@Suite("Normalization and its offset map")
struct NormalizationTests {
    func norm(_ s: String) -> NormalizedText { Normalizer.normalize(SourceText(s)) }

    @Test("Full-width ASCII, blanks, dashes and quotes are folded; circled numbers are kept")
    func folding() {
        let t = norm("（一）到２０２５年，达到９３％；“双减”——落实　①")
        #expect(t.string(0..<t.count) == "(一)到2025年,达到93%;\"双减\"——落实 ①")
    }

    @Test("Traditional characters are matched through a simplified shadow; output keeps the original")
    func traditionalShadow() {
        let t = norm("總體要求:發展規劃")
        #expect(t.string(0..<t.count) == "总体要求:发展规划")
        #expect(t.original(0..<4) == "總體要求")
    }

    @Test("CRLF and CR become one line break; spans keep original offsets, lines and columns")
    func lineBreaks() {
        let t = norm("一、总体\r\n二、目标\r三、任务")
        #expect(t.string(0..<t.count) == "一、总体\n二、目标\n三、任务")
        let idx = t.text.firstIndex(of: "三")!
        let sp = t.span(idx..<(idx + 1))
        #expect(sp.line == 3 && sp.column == 1)
        #expect(sp.start == 11) // 一、总体 (4) + CRLF (2) + 二、目标 (4) + CR (1)
        #expect(t.source.string(sp.start..<sp.end) == "三")
    }

    @Test("A stray # on its own line or ending a paragraph is removed; C# and #1 are kept")
    func strayHash() {
        let t = norm("制订本行动计划。 #\n#\n一、思路目标\n学习C#\n第#1号")
        #expect(t.string(0..<t.count) == "制订本行动计划。 \n\n一、思路目标\n学习C#\n第#1号")
        #expect(t.diagnostics.contains { $0.code == "normalize.stray-hash-removed" })
    }

    @Test("Web-page furniture is zoned as boilerplate; policy lines with similar words are not")
    func boilerplate() {
        let text = """
        登录 退出
        您现在的位置: 首页 > 政策文件
        (三)建立退出机制,完善登录管理。
        字号:【大】【中】【小】
        一、总体要求
        各县区要建立健全学校退出机制,确保学生就近入学,全面提升基础教育质量和水平。
        网站地图
        主办单位:某市卫生健康委员会 地址:某市某路1号
        陕ICP备14003207号-2
        某市卫生健康委员会
        """
        let t = norm(text)
        let zones = t.lines.map(\.zone)
        #expect(zones == [.boilerplate, .boilerplate, .content, .boilerplate, .content, .content,
                          .boilerplate, .boilerplate, .boilerplate, .boilerplate])
    }

    @Test("Page-number lines in any dash or page-word shape are boilerplate; text with the same pieces is not")
    func pageNumbers() {
        let pages = ["— 12 —", "- 3 -", "－7－", "——4——", "~ 9 ~", "– 5 –", "第3页", "第 3 页 共 8 页", "第3页/共8页",
                     "共8页 第3页", "　第１１页　"]
        for p in pages {
            let t = norm("一、总体要求\n\(p)\n二、重点任务")
            #expect(t.lines.map(\.zone) == [.content, .boilerplate, .content], "\(p)")
        }
        let content = ["—2个重点项目建设完成", "- 3 -个", "第3页码", "共8页", "第三章 附则", "3", "— 2023年目标 —",
                       "第3页的表格列出任务", "- -", "第页"]
        for c in content {
            let t = norm("一、总体要求\n\(c)\n二、重点任务")
            #expect(t.lines.map(\.zone) == [.content, .content, .content], "\(c)")
        }
    }

    @Test("A page number between two items is not read as a bullet or an item")
    func pageNumberNotBullet() {
        let d = DocumentParser.parse(text: "一、总体要求\n坚持统筹推进。\n— 2 —\n二、重点任务\n- 3 -\n三、保障措施")
        #expect(d.outline.map(\.title) == ["总体要求", "重点任务", "保障措施"])
        #expect(d.outline.allSatisfy { $0.bullets.isEmpty })
        #expect(d.outline[0].text == "一、总体要求\n坚持统筹推进。")
    }

    @Test("Property: for random full-width, traditional and artifact-laden text, every token maps back to its original characters")
    func tokenSpansMapBack() {
        let pieces = ["（一）", "(二)", "１．", "2.", "①", "第三条", "總體要求", "发展规划", "２０２５年", "93%", "９３％",
                      "百分之八十五", "“双减”", "‘五育’", "——", "－", "─", "　", " ", "\t", "\r\n", "\n", "#", " # ", "C#",
                      "教育局", "學校", "达到", "不低于", "1.2亿元", "1,200", "三千五百万", "\u{200B}", "。", ",", "、"]
        var rng = SplitMix64(seed: 7)
        for round in 0..<300 {
            var s = ""
            for _ in 0..<Int.random(in: 1...25, using: &rng) { s += pieces.randomElement(using: &rng)! }
            let t = norm(s)
            #expect(t.toSource.count == t.text.count)
            for tok in Lexer.tokenize(t) {
                let span = t.span(tok.range)
                var expectedNext = span.start
                for k in tok.range {
                    let at = Int(t.toSource[k])
                    // Every original scalar skipped inside the span was one normalization drops.
                    for skipped in expectedNext..<at {
                        let v = t.source.scalars[skipped].value
                        #expect(v == 0x0D || v == 0x23 || CharacterFolding.fold(v) == nil,
                                "round \(round): \(t.source.scalars[skipped]) dropped inside a token in \(s.debugDescription)")
                    }
                    // Each normalized scalar is the fold of the original scalar it maps to.
                    let original = t.source.scalars[at].value
                    let folded = original == 0x0D || original == 0x0A ? 0x0A
                        : TraditionalShadow.table.withUnsafeBufferPointer { TraditionalShadow.simplify(CharacterFolding.fold(original) ?? 0, $0) }
                    #expect(t.text[k].value == folded, "round \(round): \(t.text[k]) does not come from \(t.source.scalars[at])")
                    expectedNext = at + 1
                }
                #expect(expectedNext == span.end || tok.range.isEmpty)
            }
            // Normalizing twice changes nothing more.
            let twice = norm(t.string(0..<t.count))
            #expect(twice.string(0..<twice.count) == t.string(0..<t.count))
        }
    }
}

@Suite("Tokenizer")
struct TokenizerTests {
    func kinds(_ s: String) -> [(Token.Kind, String)] {
        let t = Normalizer.normalize(SourceText(s))
        return Lexer.tokenize(t).filter { $0.kind != .space && $0.kind != .newline }.map { ($0.kind, t.string($0.range)) }
    }

    @Test("List markers are recognized at line starts only")
    func markers() {
        for m in ["一、", "(一)", "1.", "1、", "(1)", "①", "第一条", "第二章", "〔三〕", "1)", "a."] {
            let k = kinds(m + "加强组织领导")
            #expect(k.first?.0 == .listMarker && k.first?.1 == m, "\(m): \(k)")
        }
        // Not markers: a decimal, a number inside a sentence, a year.
        #expect(kinds("1.2亿元").first?.0 == .arabicNumber)
        #expect(!kinds("投资1.2亿元,建成1、2号楼").dropFirst().contains { $0.0 == .listMarker })
        #expect(kinds("2023年工作要点").first?.0 == .year)
    }

    @Test("Numbers, percents, years and Chinese numerals are classified")
    func numbers() {
        let k = kinds("到2025年,覆盖率达到93.5%,百分之八十五,新增三千五百万元,1,200人")
        #expect(k.contains { $0.0 == .year && $0.1 == "2025年" })
        #expect(k.contains { $0.0 == .percent && $0.1 == "93.5%" })
        #expect(k.contains { $0.0 == .percent && $0.1 == "百分之八十五" })
        #expect(k.contains { $0.0 == .chineseNumeral && $0.1 == "三千五百万" })
        #expect(k.contains { $0.0 == .arabicNumber && $0.1 == "1,200" })
    }

    @Test("Han text is segmented into words by ICU; 一 inside a word stays in the word")
    func words() {
        let k = kinds("统一规划教育资源")
        #expect(k.allSatisfy { $0.0 == .cjkWord })
        #expect(k.count >= 3)
        #expect(k.map(\.1).joined() == "统一规划教育资源")
        #expect(!k.contains { $0.1 == "一" })
    }
}
