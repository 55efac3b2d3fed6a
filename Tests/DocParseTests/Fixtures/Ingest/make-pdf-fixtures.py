#!/usr/bin/env python3
"""Writes the PDF fixtures of the Ingest tests (reportlab, its built-in Song CID font):
two-pages.pdf  two A4 pages with a running header, page numbers '— N —' at the foot, headings
               with markers, and a paragraph long enough to wrap at the page edge;
no-text.pdf    one page with drawn shapes and no text layer (as a scan without OCR).
Run it from this folder; the output is committed, so the tests need no Python."""
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas
from reportlab.platypus import SimpleDocTemplate, Paragraph, PageBreak
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
