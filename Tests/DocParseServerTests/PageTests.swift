import DocParse
@testable import DocParseServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

private typealias S = ServerTestSupport

@Suite("Web service pages")
struct PageTests {
    static let hostile = """
        关于推进交通运输安全<script>alert(1)</script>工作的实施方案
        一、总体要求
        （一）目标。到2025年，道路运输事故率下降10%"><img src=x onerror=alert(2)>。
        二、重点任务
        1.加强<b>桥梁</b>隐患排查。牵头单位：市交通局'"><svg onload=alert(3)>
        """

    static func assertNoInjectedMarkup(_ html: String) {
        #expect(!html.contains("<script"), "a <script> from the draft reached the page")
        #expect(!html.contains("<img"), "an <img> from the draft reached the page")
        #expect(!html.contains("<svg"))
        #expect(!html.contains("<b>桥梁"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the script text is shown as text")
    }

    @Test("the start page has both forms, Chinese labels, and nothing external or scripted")
    func index() async throws {
        try await S.app().test(.live) { client in
            let r = try await client.execute(uri: "/", method: .get)
            #expect(r.status == .ok)
            #expect(r.headers[.contentType]?.hasPrefix("text/html") == true)
            #expect(r.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
            let html = S.string(r.body)
            #expect(html.contains("action=\"/report\""))
            #expect(html.contains("action=\"/diff\""))
            #expect(html.components(separatedBy: "enctype=\"multipart/form-data\"").count == 3)
            #expect(html.contains("检查一份草稿"))
            #expect(!html.contains("<script"))
            #expect(!html.contains("src=\"http"))
            #expect(!html.contains("href=\"http"))
            #expect(!html.contains("@import"))
        }
    }

    @Test("the report form with pasted text answers the report page, with hostile text escaped")
    func reportEscapes() async throws {
        try await S.app().test(.live) { client in
            let body = S.multipart(boundary: "----b0und", [("text", nil, Array(Self.hostile.utf8)), ("file", "", []), ("encoding", nil, [])])
            let posted = try await client.execute(uri: "/report", method: .post, headers: S.headers("multipart/form-data; boundary=----b0und"), body: ByteBuffer(bytes: body))
            #expect(posted.status == .seeOther)
            let r = try await client.execute(uri: try #require(posted.headers[.location]), method: .get)
            #expect(r.status == .ok)
            let html = S.string(r.body)
            // It is the library's report for the same text.
            let parsed = DocumentParser.parseWithSource(text: Self.hostile)
            #expect(html.contains("加强"))
            #expect(!parsed.document.outline.isEmpty)
            Self.assertNoInjectedMarkup(html)
            #expect(html.contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;") || html.contains("&#34;&gt;&lt;img src=x onerror=alert(2)&gt;") || html.contains("\"&gt;&lt;img src=x onerror=alert(2)&gt;"))
        }
    }

    @Test("the report form with an uploaded GB18030 file gives the same report as the library")
    func reportUpload() async throws {
        try await S.app().test(.live) { client in
            let text = String(decoding: try S.corpusBytes("zichuan-balanced-development-report-2022"), as: UTF8.self)
            let gb = try #require(TextEncoder.encode(text, charset: "GB18030"))
            let body = S.multipart(boundary: "qq", [("text", nil, []), ("file", "C:\\Users\\me\\淄川.txt", gb), ("encoding", nil, [])])
            let posted = try await client.execute(uri: "/report", method: .post, headers: S.headers("multipart/form-data; boundary=qq"), body: ByteBuffer(bytes: body))
            let r = try await client.execute(uri: try #require(posted.headers[.location]), method: .get)
            #expect(r.status == .ok)
            let parsed = try DocumentParser.parseWithSource(bytes: gb, options: ParseOptions(path: "淄川.txt"))
            let got = S.string(r.body).split(separator: "\n", omittingEmptySubsequences: false)
            let want = ReportRenderer.html(parsed, findings: DraftChecker.check(parsed), links: Routes.reportLinks).split(separator: "\n", omittingEmptySubsequences: false)
            let firstDiff = (0..<min(got.count, want.count)).first { got[$0] != want[$0] }
            #expect(got.count == want.count)
            #expect(firstDiff == nil, "first differing line: \(firstDiff.map { "\(got[$0].prefix(200)) | \(want[$0].prefix(200))" } ?? "")")
        }
    }

    @Test("the diff form shows the 修改对照表 escaped, with both downloads; form errors are pages")
    func diffPage() async throws {
        try await S.app().test(.live) { client in
            let old = "关于加强医疗卫生工作的方案\n一、重点任务\n1.完善<script>基层</script>医疗体系。牵头单位：市卫健委\n"
            let new = "关于加强医疗卫生工作的方案\n一、重点任务\n1.完善<script>基层</script>医疗体系。牵头单位：市卫健委\n2.建设\"><img onerror=x>急救网络。牵头单位：市卫健委\n"
            let body = S.multipart(boundary: "dd", [("old", nil, Array(old.utf8)), ("old_file", "", []), ("new", nil, Array(new.utf8)), ("new_file", "", [])])
            let posted = try await client.execute(uri: "/diff", method: .post, headers: S.headers("multipart/form-data; boundary=dd"), body: ByteBuffer(bytes: body))
            #expect(posted.status == .seeOther)
            let location = try #require(posted.headers[.location])
            let r = try await client.execute(uri: location, method: .get)
            #expect(r.status == .ok)
            let html = S.string(r.body)
            #expect(html.contains("修改对照表"))
            #expect(html.contains("href=\"/\""))
            #expect(html.contains("href=\"\(location)/compare.docx\"") && html.contains("href=\"\(location)/compare.html\""))
            let docx = try await client.execute(uri: location + "/compare.docx", method: .get)
            #expect(docx.status == .ok)
            #expect(docx.headers[.contentDisposition]?.hasPrefix("attachment") == true)
            #expect(S.bytes(docx.body).starts(with: [0x50, 0x4B, 0x03, 0x04]))
            let file = try await client.execute(uri: location + "/compare.html", method: .get)
            #expect(S.string(file.body).contains("急救网络"))
            #expect(html.contains("急救网络"))
            #expect(!html.contains("<img"))
            #expect(!html.contains("<script"))

            let empty = S.multipart(boundary: "dd", [("old", nil, []), ("new", nil, Array(new.utf8))])
            let e = try await client.execute(uri: "/diff", method: .post, headers: S.headers("multipart/form-data; boundary=dd"), body: ByteBuffer(bytes: empty))
            #expect(e.status == .badRequest)
            #expect(e.headers[.contentType]?.hasPrefix("text/html") == true)
            #expect(S.string(e.body).contains("无法处理"))
        }
    }
}

extension PageTests {
    @Test("a result has its own URL: reloading shows it again; an unknown or expired one is a clear page, not a bare 404")
    func resultURLs() async throws {
        try await S.app().test(.live) { client in
            let body = S.multipart(boundary: "rr", [("text", nil, Array("一、总体要求\n（一）加强领导。\n".utf8))])
            let posted = try await client.execute(uri: "/report", method: .post, headers: S.headers("multipart/form-data; boundary=rr"), body: ByteBuffer(bytes: body))
            let location = try #require(posted.headers[.location])
            #expect(location.hasPrefix("/r/") && location.count == 3 + 32)
            let first = try await client.execute(uri: location, method: .get)
            let again = try await client.execute(uri: location, method: .get)
            #expect(first.status == .ok && S.string(first.body) == S.string(again.body))
            #expect(S.string(first.body).contains("返回表单"))
            let gone = try await client.execute(uri: "/r/" + String(repeating: "0", count: 32), method: .get)
            #expect(gone.status == .notFound)
            #expect(gone.headers[.contentType]?.hasPrefix("text/html") == true)
            #expect(S.string(gone.body).contains("已过期") && S.string(gone.body).contains("30 分钟"))
            let reload = try await client.execute(uri: "/report", method: .get)
            #expect(reload.status == .seeOther && reload.headers[.location] == "/")
        }
    }

    @Test("error cards speak of the form's controls, not of command-line options")
    func errorCards() async throws {
        try await S.app().test(.live) { client in
            // Bytes that are not UTF-8, declared as UTF-8 through the form's menu.
            let bad: [UInt8] = Array("一、总体要求\n".utf8) + [0xB8, 0xC5, 0xD2, 0xAA] + Array("。\n".utf8)
            let body = S.multipart(boundary: "ee", [("text", nil, []), ("file", "plan.txt", bad), ("encoding", nil, Array("UTF-8".utf8))])
            let r = try await client.execute(uri: "/report", method: .post, headers: S.headers("multipart/form-data; boundary=ee"), body: ByteBuffer(bytes: body))
            #expect(r.status == .unprocessableContent)
            let html = S.string(r.body)
            #expect(html.contains("“编码”菜单") && html.contains("容错读取"), "\(html)")
            #expect(!html.contains("--lenient") && !html.contains("--encoding"))
            #expect(html.contains("返回表单"))
            let empty = S.multipart(boundary: "ee", [("text", nil, [])])
            let e = try await client.execute(uri: "/report", method: .post, headers: S.headers("multipart/form-data; boundary=ee"), body: ByteBuffer(bytes: empty))
            #expect(S.string(e.body).contains("上传文件"))
        }
    }
}

@Suite("Multipart reader")
struct MultipartTests {
    @Test("reads text and file parts, keeping file bytes as they are")
    func parts() throws {
        let bin: [UInt8] = [0xB9, 0xD8, 0xD3, 0xDA, 0x0D, 0x0A, 0x2D, 0x2D, 0x00]  // GBK 关于, CRLF, "--", NUL
        let body = ServerTestSupport.multipart(boundary: "AaB03x", [("text", nil, Array("第一行\r\n第二行".utf8)), ("file", "a.txt", bin)])
        let parts = try #require(Multipart.parse(body, boundary: "AaB03x"))
        #expect(parts.count == 2)
        #expect(parts[0].name == "text")
        #expect(parts[0].filename == nil)
        #expect(parts[0].body == Array("第一行\r\n第二行".utf8))
        #expect(parts[1].filename == "a.txt")
        #expect(parts[1].contentType == "text/plain")
        #expect(parts[1].body == bin)
    }

    @Test("reads LF-only line ends and quoted parameters")
    func lfOnly() throws {
        let body = Array("--b\nContent-Disposition: form-data; name=\"old\"; filename=\"x; y.txt\"\n\nabc\n--b\nContent-Disposition: form-data; name=new\n\n\n--b--\n".utf8)
        let parts = try #require(Multipart.parse(body, boundary: "b"))
        #expect(parts.map(\.name) == ["old", "new"])
        #expect(parts[0].filename == "x; y.txt")
        #expect(parts[0].body == Array("abc".utf8))
        #expect(parts[1].body.isEmpty)
    }

    @Test("a Windows path in filename keeps its backslashes (browsers do not escape them)")
    func windowsFilename() throws {
        let body = Array("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"C:\\docs\\plan.txt\"\r\n\r\nx\r\n--b--\r\n".utf8)
        let parts = try #require(Multipart.parse(body, boundary: "b"))
        #expect(parts.first?.filename == "C:\\docs\\plan.txt")
        #expect(Form.baseName(parts.first?.filename ?? "") == "plan.txt")
    }

    @Test("refuses bodies that are not multipart with that boundary")
    func malformed() {
        #expect(Multipart.parse(Array("hello".utf8), boundary: "b") == nil)
        // No closing delimiter.
        #expect(Multipart.parse(Array("--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n--b\r\n".utf8), boundary: "b") == nil)
        // A part without a name.
        #expect(Multipart.parse(Array("--b\r\nContent-Type: text/plain\r\n\r\nx\r\n--b--\r\n".utf8), boundary: "b") == nil)
        // A part without the blank line after its headers.
        #expect(Multipart.parse(Array("--b\r\nContent-Disposition: form-data; name=\"a\"\r\n--b--\r\n".utf8), boundary: "b") == nil)
    }

    @Test("reads the boundary from the content type, quoted or not")
    func boundary() {
        #expect(Multipart.boundary(fromContentType: "multipart/form-data; boundary=----WebKitFormBoundaryx7") == "----WebKitFormBoundaryx7")
        #expect(Multipart.boundary(fromContentType: "Multipart/Form-Data; charset=utf-8; boundary=\"a b\"") == "a b")
        #expect(Multipart.boundary(fromContentType: "multipart/form-data") == nil)
        #expect(Multipart.boundary(fromContentType: "text/plain; boundary=x") == nil)
    }

    @Test("a file's client path is cut to its name, so nothing names a server path")
    func baseName() {
        #expect(Form.baseName("C:\\Users\\me\\draft.txt") == "draft.txt")
        #expect(Form.baseName("../../etc/passwd") == "passwd")
        #expect(Form.baseName("plan.txt") == "plan.txt")
    }
}
