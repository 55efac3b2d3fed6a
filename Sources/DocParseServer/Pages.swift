import DocParse
import Foundation

/// The server-rendered pages staff use: the start page with its two forms, the diff answer
/// and error pages. No scripts, fonts or anything fetched from elsewhere; the CSP says so.
/// Every piece of user text goes through `escape`.
public enum Pages {
    /// Escapes text for HTML element content and double-quoted attribute values: the
    /// library's escaping, the same the report page uses.
    public static func escape(_ s: String) -> String { HTMLEscape.text(s) }

    static let csp = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'"

    static let style = """
        body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;margin:0;background:#f5f6f8;color:#1d2430;line-height:1.6}
        header{background:#1f3b64;color:#fff;padding:14px 28px}
        header h1{margin:0;font-size:22px}
        header p{margin:2px 0 0;font-size:13px;opacity:.85}
        main{max-width:980px;margin:0 auto;padding:18px 24px 40px}
        section{background:#fff;border:1px solid #d8dde6;border-radius:6px;padding:16px 20px;margin:18px 0}
        h2{font-size:18px;margin:0 0 10px}
        small,.en{color:#5a6474;font-size:12px;font-weight:normal}
        label{display:block;margin:10px 0 4px;font-weight:600}
        textarea{width:100%;box-sizing:border-box;min-height:180px;font-family:inherit;font-size:14px;padding:8px;border:1px solid #b8c0cc;border-radius:4px}
        .pair{display:grid;grid-template-columns:1fr 1fr;gap:16px}
        .pair textarea{min-height:140px}
        .row{display:flex;gap:18px;align-items:center;flex-wrap:wrap;margin-top:8px}
        select,input[type=file]{font-size:14px}
        button{background:#1f6feb;color:#fff;border:0;border-radius:4px;padding:8px 20px;font-size:15px;margin-top:12px;cursor:pointer}
        pre{white-space:pre-wrap;word-break:break-all;background:#fbfbfc;border:1px solid #e1e4ea;padding:12px;border-radius:4px;font-size:14px}
        .err{border-color:#e0a0a0;background:#fff6f6}
        code{background:#eef1f5;padding:1px 4px;border-radius:3px}
        a{color:#1f5fbf}
        """

    static func page(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="zh-Hans">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="\(csp)">
        <title>\(escape(title))</title>
        <style>\(style)</style>
        </head>
        <body>
        <header><h1>DocParse 文稿检查 <small style="color:#dfe6f0">Draft checker</small></h1>
        <p>粘贴或上传政策文件草稿，查看结构、任务、目标、责任单位和检查结果 · Paste or upload a draft to see its outline, tasks, targets, units and findings</p></header>
        <main>
        \(body)
        </main>
        </body>
        </html>

        """
    }

    /// What the upload fields offer in the file picker: the text files the parser reads, in
    /// any of its encodings. (A picker's filter is a hint: any file can still be chosen, and
    /// the parser says clearly when it is not text.)
    static let acceptedUploads = ".txt,.text,.csv,.md,text/plain"

    static let encodingOptions = """
        <select name="encoding" id="%ID%">
        <option value="">自动识别 (auto)</option>
        <option value="UTF-8">UTF-8</option>
        <option value="GB18030">GBK / GB18030</option>
        <option value="Big5">Big5</option>
        <option value="UTF-16">UTF-16</option>
        </select>
        """

    /// GET /: the two forms. Both post multipart/form-data, which carries pasted text and a
    /// file's raw bytes (any encoding) in one plain HTML form.
    public static func index(maxBodyBytes: Int) -> String {
        let mb = maxBodyBytes >= 1024 * 1024 ? "\(maxBodyBytes / (1024 * 1024)) MB" : "\(maxBodyBytes) bytes"
        let body = """
            <section>
            <h2>检查一份草稿 <span class="en">Check a draft</span></h2>
            <form method="post" action="/report" enctype="multipart/form-data">
            <label for="text">粘贴全文 <span class="en">Paste the text</span></label>
            <textarea id="text" name="text" placeholder="在此粘贴文件全文…"></textarea>
            <label for="file">或上传文件 <span class="en">or upload a file</span></label>
            <input type="file" id="file" name="file" accept="\(acceptedUploads)">
            <div><small>文本文件（.txt 等），UTF-8、GBK/GB18030、Big5、UTF-16 均可，最大 \(mb) · text files in any of these encodings</small></div>
            <div class="row">
            <span><label for="enc" style="display:inline">编码 <span class="en">Encoding</span></label> \(encodingOptions.replacingOccurrences(of: "%ID%", with: "enc"))</span>
            <span><input type="checkbox" id="lenient" name="lenient" value="1"> <label for="lenient" style="display:inline;font-weight:normal">容错读取 <span class="en">lenient: replace bad bytes</span></label></span>
            </div>
            <button type="submit">生成检查报告 <span style="font-size:12px">Check</span></button>
            </form>
            </section>

            <section>
            <h2>比较两稿 <span class="en">Compare two drafts</span></h2>
            <p><small>得到修改对照表：每处修改的原稿与修改稿并列，增删的文字已标出，可下载网页或 Word 文档 · a side-by-side comparison, downloadable as HTML or Word</small></p>
            <form method="post" action="/diff" enctype="multipart/form-data">
            <div class="pair">
            <div>
            <label for="old">原稿 <span class="en">Earlier draft (paste)</span></label>
            <textarea id="old" name="old"></textarea>
            <label for="old_file" style="font-weight:normal">或上传 <span class="en">or upload</span></label>
            <input type="file" id="old_file" name="old_file" accept="\(acceptedUploads)">
            </div>
            <div>
            <label for="new">修改稿 <span class="en">Revised draft (paste)</span></label>
            <textarea id="new" name="new"></textarea>
            <label for="new_file" style="font-weight:normal">或上传 <span class="en">or upload</span></label>
            <input type="file" id="new_file" name="new_file" accept="\(acceptedUploads)">
            </div>
            </div>
            <div class="row">
            <span><label for="enc2" style="display:inline">编码 <span class="en">Encoding</span></label> \(encodingOptions.replacingOccurrences(of: "%ID%", with: "enc2"))</span>
            <span><input type="checkbox" id="lenient2" name="lenient" value="1"> <label for="lenient2" style="display:inline;font-weight:normal">容错读取 <span class="en">lenient: replace bad bytes</span></label></span>
            </div>
            <button type="submit">生成修改对照表 <span style="font-size:12px">Compare</span></button>
            </form>
            </section>

            <section>
            <h2>供程序调用 <span class="en">For tools</span></h2>
            <p>JSON 接口 <span class="en">JSON API</span>: <code>POST /v1/parse</code>, <code>POST /v1/check</code>, <code>POST /v1/diff</code>, <code>GET /v1/schema</code>, <code>GET /healthz</code>.</p>
            <pre>curl -s --data-binary @draft.txt -H 'Content-Type: text/plain' http://127.0.0.1:8080/v1/check</pre>
            </section>
            """
        return page(title: "DocParse 文稿检查", body: body)
    }

    /// A catalogue label in Chinese with the English in small type, escaped.
    static func label(_ key: String) -> String {
        escape(MessageCatalogue.label(key, .zh)) + " <span class=\"en\">\(escape(MessageCatalogue.label(key, .en)))</span>"
    }

    /// An error answered to a page form: what went wrong and what to do, in terms of the
    /// form's own controls (the 编码 menu, the 容错读取 box), with the way back to the form.
    /// The API's code stays in small type for whoever reports the problem.
    public static func error(_ e: APIError) -> String {
        let zh = e.page.text(.zh), en = e.page.text(.en)
        let body = """
            <p><a href="/">← \(label("report.back"))</a></p>
            <section class="err">
            <h2>\(label("page.error.title")) <span class="en">(\(e.status))</span></h2>
            <p>\(escape(zh))</p>
            <p class="en">\(escape(en))</p>
            <p class="en">\(escape(e.code))</p>
            </section>
            """
        return page(title: "错误 · DocParse", body: body)
    }

    /// The page of a result URL that is no longer (or never was) kept: says so and how to get
    /// the result again, instead of a bare 404.
    public static func expired(minutes: Int) -> String {
        let m = Message("page.error.expired", ["minutes": String(minutes)])
        let body = """
            <p><a href="/">← \(label("report.back"))</a></p>
            <section class="err">
            <h2>\(label("page.expired.title"))</h2>
            <p>\(escape(m.text(.zh)))</p>
            <p class="en">\(escape(m.text(.en)))</p>
            </section>
            """
        return page(title: MessageCatalogue.label("page.expired.title", .zh) + " · DocParse", body: body)
    }
}
