import Foundation
@testable import DocParse

/// Documents and files built by hand for the batch tests (fields other than education).
enum BatchFixtures {
    static func span(_ s: Int, _ e: Int, line: Int = 1) -> Span { Span(start: s, end: e, line: line, column: 1) }

    /// A transport plan with two tasks, two targets and two units, filled in directly so the
    /// CSV tests do not depend on what the extraction stages find.
    static func transportDocument() -> Document {
        let info = SourceInfo(path: "plans/transport.txt", sha256: String(repeating: "ab", count: 32), encoding: "UTF-8",
                              encodingDetected: true, bytes: 300, scalars: 100)
        var meta = Metadata()
        meta.title = "市交通运输局关于推进\"四好农村路\"建设,的实施方案"
        meta.period = .init(start: 2024, end: 2026)
        meta.docType = .implementationPlan
        var doc = Document(source: info, metadata: meta)
        var n1 = OutlineNode(id: "n1", depth: 1, marker: "一、", ordinal: 1, style: .cnComma, title: "主要任务",
                             text: "一、主要任务", span: span(0, 40))
        var n2 = OutlineNode(id: "n2", depth: 2, marker: "(一)", ordinal: 1, style: .cnParen, title: "加强路网养护",
                             text: "(一)加强路网养护", span: span(6, 30, line: 2))
        n2.lead = ["市交通运输局"]
        n2.responsible = ["市财政局", "各县(区)政府"]
        let n3 = OutlineNode(id: "n3", depth: 2, marker: "(二)", ordinal: 2, style: .cnParen, title: "推进客运一体化",
                             text: "(二)推进客运一体化", span: span(30, 40, line: 3))
        n1.children = [n2, n3]
        doc.outline = [n1]
        doc.tasks = [
            TaskEntry(id: "t1", nodeId: "n2", path: "一/(一)", title: "加强路网养护,\n提升路况", span: span(6, 30, line: 2)),
            TaskEntry(id: "t2", nodeId: "n3", path: "一/(二)", title: "推进客运一体化", span: span(30, 40, line: 3)),
        ]
        doc.targets = [
            Target(id: "g1", nodeId: "n2", kind: .target, value: .number(85), unit: "%", scale: 1, comparator: .gte,
                   year: 2026, yearEnd: nil, rate: false, indicator: "优良中等路率", text: "优良中等路率达到85%以上",
                   span: span(12, 15, line: 2), textSpan: span(8, 20, line: 2)),
            Target(id: "g2", nodeId: nil, kind: .target, value: .range(1.5, 2), unit: "亿元", scale: 1e8, comparator: .range,
                   year: nil, yearEnd: nil, rate: true, indicator: "每年养护投入", text: "每年投入1.5—2亿元",
                   span: span(33, 38, line: 3), textSpan: nil),
        ]
        doc.units = [
            UnitEntry(id: "u1", name: "市交通运输局", aliases: ["交通局"], kind: .bureau, occurrences: [
                .init(nodeId: "n2", role: .lead, text: "市交通运输局", span: span(20, 26, line: 2)),
                .init(nodeId: nil, role: .mentioned, text: "交通局", span: span(90, 93, line: 5)),
            ]),
            UnitEntry(id: "u2", name: "市财政局", aliases: [], kind: .bureau, occurrences: []),
        ]
        return doc
    }

    /// "交通运输局关于推进农村公路养护工作的实施方案 / 一、总体要求 / 到2025年,…85%以上…" in GB18030
    /// (bytes from `iconv -t GB18030`), so the test does not depend on iconv being installed.
    static let gb18030Plan: [UInt8] = [
        0xbd, 0xbb, 0xcd, 0xa8, 0xd4, 0xcb, 0xca, 0xe4, 0xbe, 0xd6, 0xb9, 0xd8, 0xd3, 0xda, 0xcd, 0xc6, 0xbd, 0xf8, 0xc5, 0xa9,
        0xb4, 0xe5, 0xb9, 0xab, 0xc2, 0xb7, 0xd1, 0xf8, 0xbb, 0xa4, 0xb9, 0xa4, 0xd7, 0xf7, 0xb5, 0xc4, 0xca, 0xb5, 0xca, 0xa9,
        0xb7, 0xbd, 0xb0, 0xb8, 0x0a, 0xd2, 0xbb, 0xa1, 0xa2, 0xd7, 0xdc, 0xcc, 0xe5, 0xd2, 0xaa, 0xc7, 0xf3, 0x0a, 0xb5, 0xbd,
        0x32, 0x30, 0x32, 0x35, 0xc4, 0xea, 0xa3, 0xac, 0xc8, 0xab, 0xcf, 0xd8, 0xc5, 0xa9, 0xb4, 0xe5, 0xb9, 0xab, 0xc2, 0xb7,
        0xd3, 0xc5, 0xc1, 0xbc, 0xd6, 0xd0, 0xb5, 0xc8, 0xc2, 0xb7, 0xc2, 0xca, 0xb4, 0xef, 0xb5, 0xbd, 0x38, 0x35, 0x25, 0xd2,
        0xd4, 0xc9, 0xcf, 0xa3, 0xac, 0xd1, 0xf8, 0xbb, 0xa4, 0xd7, 0xca, 0xbd, 0xf0, 0xd7, 0xe3, 0xb6, 0xee, 0xb1, 0xa3, 0xd5,
        0xcf, 0xa1, 0xa3, 0x0a,
    ]
    static let gb18030PlanTitle = "交通运输局关于推进农村公路养护工作的实施方案"

    static let healthPlan = """
        市卫生健康委员会关于印发基层医疗卫生服务能力提升行动计划的通知
        一、工作目标
        到2025年，社区卫生服务中心标准化建设达标率达到100%。
        二、重点任务
        （一）完善基层医疗卫生机构设施设备。

        """
    static let environmentPlan = """
        区生态环境局2024年大气污染防治工作要点
        一、总体目标
        全年PM2.5平均浓度控制在35微克/立方米以内。

        """

    /// A fresh temporary directory.
    static func tempDir(_ tag: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(tag)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
