#!/usr/bin/env python3
"""Writes the PDF fixtures of the Ingest tests (reportlab, its built-in Song CID font):
two-pages.pdf  two A4 pages with a running header, page numbers '— N —' at the foot, headings
               with markers, and a paragraph long enough to wrap at the page edge;
no-text.pdf    one page with drawn shapes and no text layer (as a scan without OCR);
table.pdf      a heading, a task table with grid lines (序号 | 重点任务 | 牵头单位 | 配合单位 |
               完成时限; a task cell wrapped over two lines, two units on two lines of one
               cell) and a paragraph after it.
Run it from this folder; the output is committed, so the tests need no Python."""
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas
from reportlab.platypus import SimpleDocTemplate, Paragraph, PageBreak, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
st = ParagraphStyle("body", fontName="STSong-Light", fontSize=12, leading=18, wordWrap="CJK")
long = ("推进示范学校建设，" * 12) + "形成可推广的经验。"
story = [Paragraph(t, st) for t in [
    "某县学校建设工作方案",
    "一、总体目标",
    "到2026年，新建学校3所，改扩建学校5所。",
    "二、主要任务",
    "（一）完善学校布局。" + long,
    "（二）加强师资配备。",
]] + [PageBreak()] + [Paragraph(t, st) for t in [
    "（三）保障建设资金。",
    "三、保障措施",
    "各乡镇要明确责任分工。",
]]

def furniture(c, d):
    c.setFont("STSong-Light", 10)
    c.drawCentredString(A4[0] / 2, A4[1] - 30, "某县人民政府文件")
    c.drawCentredString(A4[0] / 2, 30, "— %d —" % d.page)

SimpleDocTemplate("two-pages.pdf", pagesize=A4).build(story, onFirstPage=furniture, onLaterPages=furniture)

c = canvas.Canvas("no-text.pdf", pagesize=A4)
c.rect(100, 100, 300, 500, fill=1)
c.showPage()
c.save()

cell = ParagraphStyle("cell", fontName="STSong-Light", fontSize=10, leading=13, wordWrap="CJK")
rows = [["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
        ["1", "新建城区学校3所，新增学位2000个，同步配齐教学设施设备", "县教育局", "县发改局<br/>县财政局", "2025年底"],
        ["2", "改造薄弱学校", "县教育局", "各乡镇", "2026年6月"],
        ["3", "建立教师交流轮岗制度", "县人社局", "县教育局", "长期坚持"]]
data = [[Paragraph(c, cell) for c in r] for r in rows]
table = Table(data, colWidths=[40, 200, 70, 70, 70])
table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
SimpleDocTemplate("table.pdf", pagesize=A4).build([
    Paragraph("某县教育重点任务分解表", st), table, Paragraph("各单位要按时报送进展情况。", st)])
