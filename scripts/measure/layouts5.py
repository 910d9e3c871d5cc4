#!/usr/bin/env python3
"""Four more report pages in real-world layouts (m1–m4), each filled with real reports' values, with
their exact truth: blind hold-outs written by a helper session that did not read or run the reader.
Shared helpers come from scripts/measure/layouts.py.

usage: python3 scripts/measure/layouts5.py OUT   (run from the repository root, ../shared beside it)
then: bash ../shared/tools/make-forms.sh OUT/forms OUT/src/*.html   (and copy OUT/src to OUT/forms/published)
writes OUT/src/<name>.html and OUT/truth/<name>.json.

The numbers are never invented: 表二/表三/表四 come from one real report's truth per page (the donor
named in each page's function and in the truth's "donors"), and the numbers in the prose follow
from the same tables.

  m1-2024-word-lists  2021 format as Word 2013 saves a whole document as a web page (xmlns:w, the
      <w:WordDocument> xml block, @font-face/@list definitions, a named @page WordSection1 with
      90pt side margins, <o:p> in every paragraph, 16pt 仿宋 body, digits in lang=EN-US Times New
      Roman spans, cells with border-top:none / border-left:none and mso-border-alt). The section
      headings and 表三's item labels are Word automatic lists: the number is not typed but written
      inside <![if !supportLists]>…<![endif]> with a mso-list:Ignore span and a 7pt spacer, the
      headings counted 一、二、… and 表三's items numbered with circled digits (①属于国家秘密 …
      ⑧属于行政查询事项, ①–③ under （六）其他处理), each group's list restarting. 表四 transposed:
      the five result words as rows (结果维持 … 总计) under three value columns (行政复议 | 行政诉讼
      over 未经复议直接起诉 / 复议后起诉, 行政复议 and the corner 项目 cell rowspanning both header
      rows). Donor: 2024-jiangsu-huaian (all three tables).
  m2-2020-total-apart  2019 format on a CMS article page. 表三 with one label cell per result row:
      each group's name typed into its first item's cell with a full-width space
      (（三）不予公开　1.属于国家秘密), the group's later items indented with full-width spaces to line up
      (　　　　　　　　2.其他法律行政法规禁止公开), 三、本年度办理结果 a rowspan column on the left;
      the （七）总计 row bold with a double rule above it; 四、结转下年度继续办理 printed as a separate
      one-row table right after 表三 (same column widths, no header; its 总计 cell blank as the donor
      prints it). Values right-aligned. Donor: seed 003 (晋江市, 2020; all three tables).
  m3-2025-wps-sliver  2021 format as WPS Office saves a document as a web page (Generator meta
      "WPS Office", KSOProductBuildVer in the document properties, div.Section0, @page Section0,
      0.0000pt-style sizes, mso-spacerun:'yes' spans, CJK runs in <font face>). 表二 with the unit
      typed into its column headers (本年制发件数（件）, 本年处理决定数量（件）) and a 备注 column, empty
      in every row. 表三 with a sliver column between the labels and the values (a 3-pixel empty cell
      in every body row, left by misaligned cell edges; the header's note cell spans it, colspan 4).
      Donor: 2025-jiangsu-shuyang (all three tables).
  m4-2024-right-nav  2021 format on an older CMS page: the article in a layout table with a
      right-hand column (栏目导航 links, a long list of other organs' 年报 with their dates
      2025-01-2x, 浏览次数：1836), so that in the printed page those numbers sit on the same lines as
      表二's and 表三's rows; an 信息公开 metadata table above the title (索引号, 发布机构, 成文日期,
      文号 — digits in a bordered table before the report's tables); every table in <thead>/<tbody>
      with long enough prose before 表三 that it breaks across a printed page, where the browser
      repeats its three header rows (the repeat is the print's, not the markup's). The donor prints
      one （六）其他处理 row under a 2021-format 表二. Donor: 2024-jiangsu-huaian-hongze.
"""
import os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from layouts import ascii_runs, truth, num, printed, W, U, N, O, COLS, FIVE, T3_NOTE, T2_2021, T2_2019, t3_rows, TAIL, donor, write_pages  # noqa: E402,F401

# ---------------------------------------------------------------- shared
class Grid:
    """A table's cell grid, so that each cell knows its first column and its width (Word writes both)."""
    def __init__(self, widths): self.w = widths; self.occ = set(); self.r = 0
    def place(self, spans):
        out = []; c = 0
        for cs, rs in spans:
            while (self.r, c) in self.occ: c += 1
            for i in range(rs):
                for j in range(cs): self.occ.add((self.r + i, c + j))
            out.append((c, sum(self.w[c:c + cs]))); c += cs
        self.r += 1
        return out

def t3_seq(rows):
    """t3_rows with each sub-item's number and bare text split off: (kind, group, label, key, n, text)."""
    out = []
    for kind, g, lab, key in t3_rows(rows):
        m = re.match(r'^(\d)\.(.*)$', lab)
        out.append((kind, g, lab, key, int(m.group(1)) if m else None, m.group(2) if m else lab))
    return out

def g7(rows, key, i=6):
    v = rows[key][i]; return 0 if v is None else v

# ================================================================ m1: Word 2013 document, list numbering, 表四 transposed
CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩'
CN = '一二三四五六七八九十'

WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<title>{title}</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>zwgk</o:Author>
  <o:LastAuthor>Administrator</o:LastAuthor>
  <o:Revision>7</o:Revision>
  <o:TotalTime>42</o:TotalTime>
  <o:Created>{created}</o:Created>
  <o:LastSaved>{created}</o:LastSaved>
  <o:Pages>9</o:Pages>
  <o:Company>Microsoft</o:Company>
  <o:Version>16.00</o:Version>
 </o:DocumentProperties>
</xml><![endif]-->
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:SpellingState>Clean</w:SpellingState>
  <w:GrammarState>Clean</w:GrammarState>
  <w:TrackMoves>false</w:TrackMoves>
  <w:TrackFormatting/>
  <w:PunctuationKerning/>
  <w:DrawingGridVerticalSpacing>7.8 磅</w:DrawingGridVerticalSpacing>
  <w:DisplayHorizontalDrawingGridEvery>0</w:DisplayHorizontalDrawingGridEvery>
  <w:DisplayVerticalDrawingGridEvery>2</w:DisplayVerticalDrawingGridEvery>
  <w:ValidateAgainstSchemas/>
  <w:SaveIfXMLInvalid>false</w:SaveIfXMLInvalid>
  <w:IgnoreMixedContent>false</w:IgnoreMixedContent>
  <w:AlwaysShowPlaceholderText>false</w:AlwaysShowPlaceholderText>
  <w:Compatibility>
   <w:SpaceForUL/>
   <w:BalanceSingleByteDoubleByteWidth/>
   <w:DoNotLeaveBackslashAlone/>
   <w:ULTrailSpace/>
   <w:DoNotExpandShiftReturn/>
   <w:AdjustLineHeightInTable/>
   <w:BreakWrappedTables/>
   <w:SnapToGridInCell/>
   <w:WrapTextWithPunct/>
   <w:UseAsianBreakRules/>
   <w:DontGrowAutofit/>
   <w:UseFELayout/>
  </w:Compatibility>
  <w:BrowserLevel>MicrosoftInternetExplorer4</w:BrowserLevel>
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{{font-family:宋体;
	panose-1:2 1 6 0 3 1 1 1 1 1;
	mso-font-alt:SimSun;
	mso-font-charset:134;
	mso-generic-font-family:auto;
	mso-font-pitch:variable;
	mso-font-signature:3 680460288 22 0 262145 0;}}
@font-face
	{{font-family:黑体;
	panose-1:2 1 6 9 6 1 1 1 1 1;
	mso-font-alt:SimHei;
	mso-font-charset:134;
	mso-generic-font-family:modern;
	mso-font-pitch:fixed;
	mso-font-signature:-2147482945 953122042 22 0 262145 0;}}
@font-face
	{{font-family:仿宋_GB2312;
	mso-font-alt:仿宋;
	mso-font-charset:134;
	mso-generic-font-family:modern;
	mso-font-pitch:fixed;
	mso-font-signature:1 135135232 16 0 262144 0;}}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-parent:"";
	margin:0cm;
	margin-bottom:.0001pt;
	text-align:justify;
	text-justify:inter-ideograph;
	mso-pagination:none;
	font-size:10.5pt;
	mso-bidi-font-size:11.0pt;
	font-family:等线;
	mso-ascii-font-family:等线;
	mso-fareast-font-family:等线;
	mso-hansi-font-family:等线;
	mso-bidi-font-family:"Times New Roman";
	mso-font-kerning:1.0pt;}}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
	{{mso-style-priority:34;
	mso-style-unhide:no;
	mso-style-qformat:yes;
	margin:0cm;
	margin-bottom:.0001pt;
	text-align:justify;
	text-justify:inter-ideograph;
	text-indent:21.0pt;
	mso-char-indent-count:2.0;
	mso-pagination:none;
	font-size:10.5pt;
	font-family:等线;
	mso-font-kerning:1.0pt;}}
.MsoChpDefault
	{{mso-style-type:export-only;
	mso-default-props:yes;
	font-family:等线;}}
 /* Page Definitions */
 @page
	{{mso-page-border-surround-header:no;
	mso-page-border-surround-footer:no;}}
@page WordSection1
	{{size:595.3pt 841.9pt;
	margin:72.0pt 90.0pt 72.0pt 90.0pt;
	mso-header-margin:42.55pt;
	mso-footer-margin:49.6pt;
	mso-paper-source:0;
	layout-grid:15.6pt;}}
div.WordSection1
	{{page:WordSection1;}}
 /* List Definitions */
{lists}
ol
	{{margin-bottom:0cm;}}
ul
	{{margin-bottom:0cm;}}
-->
</style>
</head>

<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>

<div class=WordSection1 style='layout-grid:15.6pt'>
"""

def word_lists():
    """@list definitions: l0 the section headings (一、), l1–l4 表三's items (circled digits)."""
    out = ['@list l0\n\t{mso-list-id:1126433412;\n\tmso-list-type:hybrid;\n\tmso-list-template-ids:-1283416842 1225432866 67698713 67698715 67698703 67698713 67698715 67698703 67698713 67698715;}',
           '@list l0:level1\n\t{mso-level-number-format:chinese-counting;\n\tmso-level-text:%1、;\n\tmso-level-tab-stop:none;\n\tmso-level-number-position:left;\n\tmargin-left:64.0pt;\n\ttext-indent:-32.0pt;\n\tmso-ansi-font-family:黑体;}']
    for i in range(1, 5):
        out += [f'@list l{i}\n\t{{mso-list-id:{173025120 + 7919 * i};\n\tmso-list-type:hybrid;\n\tmso-list-template-ids:{-94018330 + i} 67698713 67698715 67698703 67698713 67698715 67698703 67698713 67698715 67698703;}}',
                f'@list l{i}:level1\n\t{{mso-level-number-format:decimal-enclosed-circle;\n\tmso-level-text:%1;\n\tmso-level-tab-stop:none;\n\tmso-level-number-position:left;\n\tmargin-left:18.0pt;\n\ttext-indent:-18.0pt;}}']
    return '\n'.join(out)

def w_runs(text, size='10.5pt', font='宋体'):
    """Text as Word saves it: CJK runs in the East Asian font, ASCII runs (digits) in lang=EN-US
    Times New Roman spans; a newline a <br>."""
    out = []
    for line_no, line in enumerate(text.split('\n')):
        if line_no: out.append(f"<span lang=EN-US style='font-size:{size}'><br></span>")
        for is_ascii, part in ascii_runs(line):
            if is_ascii:
                out.append(f"<span lang=EN-US style='font-size:{size};font-family:\"Times New Roman\",serif;mso-fareast-font-family:{font};mso-font-kerning:0pt'>{part}</span>")
            else:
                out.append(f"<span style='font-size:{size};font-family:{font};mso-ascii-font-family:\"Times New Roman\";mso-hansi-font-family:\"Times New Roman\";mso-bidi-font-family:宋体;mso-font-kerning:0pt'>{part}</span>")
    return ''.join(out)

def w_cellp(t, align='center'):
    if not t:
        return f"<p class=MsoNormal align={align} style='text-align:{align};mso-pagination:widow-orphan'><span lang=EN-US style='font-size:10.5pt;font-family:\"Times New Roman\",serif;mso-font-kerning:0pt'><o:p>&nbsp;</o:p></span></p>"
    return (f"<p class=MsoNormal align={align} style='text-align:{align};mso-pagination:widow-orphan'>" + w_runs(t)
            + "<span lang=EN-US style='font-size:10.5pt;font-family:\"Times New Roman\",serif;mso-font-kerning:0pt'><o:p></o:p></span></p>")

def w_listp(lid, n, text):
    """A cell paragraph numbered by a Word list: the circled digit only inside <![if !supportLists]>."""
    return (f"<p class=MsoListParagraph align=left style='margin-left:18.0pt;text-align:left;text-indent:-18.0pt;mso-char-indent-count:0;mso-pagination:widow-orphan;mso-list:l{lid} level1 lfo{lid + 1}'>"
            "<![if !supportLists]><span lang=EN-US style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;mso-font-kerning:0pt'>"
            f"<span style='mso-list:Ignore'>{CIRCLED[n - 1]}<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp; </span></span></span><![endif]>"
            + w_runs(text) + "<span lang=EN-US style='font-size:10.5pt;mso-font-kerning:0pt'><o:p></o:p></span></p>")

def w_body(t):
    return ("<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;mso-line-height-rule:exactly'>"
            + w_runs(t, '16.0pt', '仿宋_GB2312') + "<span lang=EN-US style='font-size:16.0pt;font-family:仿宋_GB2312'><o:p></o:p></span></p>")

def w_head(n, t):
    """A section heading numbered by Word's list l0 (一、 … written only inside supportLists)."""
    return ("<p class=MsoListParagraph style='margin-left:0cm;text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;mso-line-height-rule:exactly;mso-list:l0 level1 lfo1'>"
            "<![if !supportLists]><span style='font-size:16.0pt;font-family:黑体;mso-bidi-font-family:黑体'><span style='mso-list:Ignore'>"
            f"{CN[n - 1]}、</span></span><![endif]>" + w_runs(t, '16.0pt', '黑体') + "<span lang=EN-US style='font-size:16.0pt;font-family:黑体'><o:p></o:p></span></p>")

class WordTable:
    """A Word table: MsoNormalTable/MsoTableGrid markup, mso-yfti row flags, each cell's width from
    the grid and Word's border-top:none / border-left:none on the inner cells."""
    def __init__(self, widths, cls='MsoTableGrid'):
        self.g = Grid(widths); self.width = sum(widths); self.rows = []; self.cls = cls
    def tr(self, cells, ht=22):
        """cells: (paragraph html, colspan, rowspan[, extra style])."""
        r = len(self.rows); pos = self.g.place([(c[1], c[2]) for c in cells]); tds = []
        for k, (cell, (col, w)) in enumerate(zip(cells, pos)):
            inner, cs, rs = cell[:3]; extra = cell[3] if len(cell) > 3 else ''
            b = 'border:solid windowtext 1.0pt;'
            if r: b += 'border-top:none;mso-border-top-alt:solid windowtext .5pt;'
            if k: b += 'border-left:none;mso-border-left-alt:solid windowtext .5pt;'
            span = (f' colspan={cs}' if cs > 1 else '') + (f' rowspan={rs}' if rs > 1 else '')
            tds.append(f"  <td width={w}{span} valign=center style='width:{w * .75:.1f}pt;{b}mso-border-alt:solid windowtext .5pt;{extra}padding:0cm 5.4pt 0cm 5.4pt'>\n  {inner}\n  </td>")
        self.rows.append((tds, ht))
    def html(self):
        out = [f"<table class={self.cls} border=1 cellspacing=0 cellpadding=0 width={self.width} style='width:{self.width * .75:.1f}pt;border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>"]
        for i, (tds, ht) in enumerate(self.rows):
            flags = f'mso-yfti-irow:{i};' + ('mso-yfti-firstrow:yes;' if i == 0 else '') + ('mso-yfti-lastrow:yes;' if i == len(self.rows) - 1 else '')
            out.append(f" <tr style='{flags}height:{ht * .75:.2f}pt'>\n" + '\n'.join(tds) + '\n </tr>')
        return '\n'.join(out) + '\n</table>\n' + w_cellp('', 'left')

def page_m1():
    name = 'm1-2024-word-lists'; body = '淮安市人民政府'; d, T, t2, rows = donor('2024-jiangsu-huaian', body); year = d['year']; t4 = T['table4']
    T['donors'] = {'table2': '2024-jiangsu-huaian', 'table3': '2024-jiangsu-huaian', 'table4': '2024-jiangsu-huaian'}
    title = f'{body}{year}年政府信息公开工作年度报告'
    c = lambda t, cs=1, rs=1, align='center': (w_cellp(t, align), cs, rs)
    v = lambda x, cs=1: (w_cellp(num(x)), cs, 1)
    new, old, done, fwd = g7(rows, '一、本年新收政府信息公开申请数量'), g7(rows, '二、上年结转政府信息公开申请数量'), g7(rows, '（七）总计'), g7(rows, '四、结转下年度继续办理')
    h = [f"<p class=MsoNormal align=center style='text-align:center;line-height:36.0pt;mso-line-height-rule:exactly'>{w_runs(title, '22.0pt', '方正小标宋简体')}<span lang=EN-US style='font-size:22.0pt'><o:p></o:p></span></p>",
         w_cellp(''),
         w_body(f'根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》要求，{body}办公室编制了{body}{year}年政府信息公开工作年度报告。'
                f'本报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。'),
         w_head(1, '总体情况'),
         w_body(f'{year}年，{body}坚持以人民为中心的发展思想，认真贯彻落实党中央、国务院和省委、省政府关于全面推进政务公开的决策部署，以公开促落实、强监管、优服务，政府信息公开工作质效持续提升。'),
         w_body(f'（一）主动公开。全年制发市政府规章{num(t2["规章"][0])}件，现行有效规章{num(t2["规章"][2])}件；制发行政规范性文件{num(t2["行政规范性文件"][0])}件、'
                f'废止{num(t2["行政规范性文件"][1])}件，现行有效行政规范性文件{num(t2["行政规范性文件"][2])}件。围绕优化营商环境、民生保障等重点领域，及时发布政策文件及解读材料。'),
         w_body(f'（二）依申请公开。全年新收政府信息公开申请{new}件，上年结转{old}件，办结{done}件，其中予以公开{g7(rows, "（一）予以公开")}件、'
                f'部分公开{g7(rows, "（二）部分公开")}件；结转下年度继续办理{fwd}件。'),
         w_body(f'（三）政府信息管理。严格执行公开前保密审查和合法性审查制度，动态更新政府信息公开指南和主动公开基本目录。'),
         w_body('（四）平台建设。持续优化政府门户网站政府信息公开专栏，推进政务新媒体规范化建设，完善政策文件库检索功能。'),
         w_body(f'（五）监督保障。将政务公开工作纳入年度综合考核，组织全市政务公开业务培训，全年因政府信息公开被申请行政复议{num(t4[4])}件、被提起行政诉讼{num((t4[9] or 0) + (t4[14] or 0))}件。'),
         w_head(2, '主动公开政府信息情况')]
    # 表二: the 2021 blocks in one Word table, one-value blocks spanning three columns
    t = WordTable([160, 130, 130, 130])
    for item, cols, rs in T2_2021:
        span = 1 if len(cols) == 4 else 3
        t.tr([c(item, 4)]); t.tr([c(cols[0])] + [c(x, span) for x in cols[1:]], 30 if span == 3 else 22)
        for r in rs: t.tr([c(r)] + [v(x, span) for x in t2[r]])
    h += [t.html(), w_head(3, '收到和处理政府信息公开申请情况')]
    # 表三: official header; item labels numbered ① … by Word lists, each group its own list
    t = WordTable([36, 52, 170] + [42] * 7)
    t.tr([c(T3_NOTE, 3, 3), c('申请人情况', 7)], 26)
    t.tr([c('自然人', 1, 2), c('法人或其他组织', 5), c('总计', 1, 2)], 26)
    t.tr([c(x.replace('社会公益组织', '社会公\n益组织').replace('法律服务机构', '法律服\n务机构').replace('商业企业', '商业\n企业').replace('科研机构', '科研\n机构')) for x in COLS[1:6]], 40)
    seq = t3_seq(rows); nres = sum(1 for q in seq if q[0] != 'top'); first = True; seen = set()
    lists = {'（三）不予公开': 1, '（四）无法提供': 2, '（五）不予处理': 3, '（六）其他处理': 4}
    for kind, g, lab, key, n, text in seq:
        vals = [v(x) for x in rows[key]]
        if kind == 'top': t.tr([c(lab, 3, 1, 'left')] + vals, 30); continue
        lead = [c('三、本年度办理结果', 1, nres)] if first else []; first = False
        if kind == 'res': t.tr(lead + [c(lab, 2, 1, 'left')] + vals, 30 if len(lab) > 10 else 22); continue
        gl = [c(g, 1, sum(1 for q in seq if q[1] == g))] if g not in seen else []; seen.add(g)
        t.tr(lead + gl + [(w_listp(lists[g], n, text), 1, 1)] + vals, 22 if len(text) < 12 else 44)
    h += [t.html(), w_head(4, '政府信息公开行政复议、行政诉讼情况')]
    # 表四 transposed: the result words as rows, 行政复议 / 行政诉讼 (two groups) as columns
    t = WordTable([110, 140, 150, 150])
    t.tr([c('项目', 1, 2), c('行政复议', 1, 2), c('行政诉讼', 2)], 26)
    t.tr([c('未经复议直接起诉'), c('复议后起诉')], 26)
    for i, word in enumerate(FIVE): t.tr([c(word)] + [v(t4[gi * 5 + i]) for gi in range(3)], 24)
    h += [t.html(), w_head(5, '存在的主要问题及改进情况'),
          w_body('一是政策解读的针对性和可读性有待增强；二是部分基层单位依申请公开答复的规范性还需提升。下一步，我们将丰富图表、视频等解读形式，加强答复文书审核和业务培训。'),
          w_head(6, '其他需要报告的事项'),
          w_body('本年度依据《政府信息公开信息处理费管理办法》收取信息处理费3940元。无其他需要报告的事项。'),
          w_cellp(''),
          f"<p class=MsoNormal align=right style='text-align:right;line-height:28.0pt;mso-line-height-rule:exactly'>{w_runs(body + '办公室', '16.0pt', '仿宋_GB2312')}<span lang=EN-US style='font-size:16.0pt'><o:p></o:p></span></p>",
          f"<p class=MsoNormal align=right style='text-align:right;line-height:28.0pt;mso-line-height-rule:exactly'>{w_runs(f'{year + 1}年1月22日', '16.0pt', '仿宋_GB2312')}<span lang=EN-US style='font-size:16.0pt'><o:p></o:p></span></p>"]
    page = WORD_HEAD.format(title=title, created=f'{year + 1}-01-21T02:13:00Z', lists=word_lists()) + '\n\n'.join(h) + '\n\n</div>\n\n</body>\n\n</html>\n'
    return name, page, T

# ================================================================ m2: CMS page, 表三's total apart
def page_m2():
    name = 'm2-2020-total-apart'; body = '晋江市人民政府'; d, T, t2, rows = donor('003_0ec7f487509b9c4f', body); year = d['year']; t4 = T['table4']
    T['donors'] = {'table2': '003_0ec7f487509b9c4f', 'table3': '003_0ec7f487509b9c4f', 'table4': '003_0ec7f487509b9c4f'}
    td = lambda t, attrs='', st='': f'<td {attrs} style="{st}">{t.replace(chr(10), "<br>") if t else "&nbsp;"}</td>'.replace('<td  style=""', '<td')
    vd = lambda x, st='': f'<td class="n" style="{st}">{num(x) if x is not None else "&nbsp;"}</td>'.replace(' style=""', '')
    cols3 = '<colgroup><col style="width:9%"><col style="width:35%">' + '<col style="width:8%">' * 7 + '</colgroup>'
    tab = '<table class="gk" cellspacing="0" cellpadding="0">'
    new, done = g7(rows, '一、本年新收政府信息公开申请数量'), g7(rows, '（七）总计')
    h = [f'<p>根据《中华人民共和国政府信息公开条例》（以下简称《条例》）第五十条规定，{body}办公室编制了{body}{year}年政府信息公开工作年度报告。'
         f'报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。</p>',
         '<h3>一、总体情况</h3>',
         f'<p>{year}年，{body}深入贯彻落实新修订的《条例》，围绕疫情防控、复工复产、“六稳”“六保”等重点工作，持续加大政府信息公开力度。</p>',
         f'<p>（一）主动公开情况。全年新制作并公开规范性文件{num(t2["规范性文件"][1])}件，对外公开规范性文件总数{num(t2["规范性文件"][2])}件；'
         f'作出行政许可决定{num(t2["行政许可"][2])}件、行政处罚决定{num(t2["行政处罚"][2])}件；实施政府集中采购项目{num(t2["政府集中采购"][0])}个。</p>',
         f'<p>（二）依申请公开情况。全年新收政府信息公开申请{new}件，办结{done}件，其中予以公开{g7(rows, "（一）予以公开")}件、部分公开{g7(rows, "（二）部分公开")}件。</p>',
         '<p>（三）政府信息管理情况。建立健全公文公开属性源头认定机制，做好政府信息公开前的保密审查。</p>',
         '<p>（四）平台建设情况。整合政务新媒体，规范政府信息公开专栏，及时更新政府信息公开指南。</p>',
         '<p>（五）监督保障情况。将政务公开纳入年度绩效考评，组织开展政务公开专题培训2期。</p>',
         '<h3>二、主动公开政府信息情况</h3>', tab]
    # 表二: the 2019 template's five blocks in one four-column table
    for item, cols, rs in T2_2019:
        h += ['<tr>' + td(item, 'colspan="4"', 'text-align:left;font-weight:bold') + '</tr>',
              '<tr>' + ''.join(td(x) for x in cols) + (td('') if len(cols) == 3 else '') + '</tr>']
        h += ['<tr>' + td(r, '', 'text-align:left') + ''.join(vd(x) for x in t2[r]) + (td('') if len(t2[r]) == 2 else '') + '</tr>' for r in rs]
    h += ['</table>', '<h3>三、收到和处理政府信息公开申请情况</h3>', tab + cols3,
          '<tr>' + td(T3_NOTE, 'rowspan="3" colspan="2"') + td('申请人情况', 'colspan="7"') + '</tr>',
          '<tr>' + td('自然人', 'rowspan="2"') + td('法人或其他组织', 'colspan="5"') + td('总计', 'rowspan="2"') + '</tr>',
          '<tr>' + ''.join(td(x) for x in COLS[1:6]) + '</tr>']
    # 表三: group names typed into the first item's cell; （七）总计 bold under a double rule; 四 apart
    seq = [q for q in t3_seq(rows) if q[3] != '四、结转下年度继续办理']
    nres = sum(1 for q in seq if q[0] != 'top'); first = True; seen = set()
    for kind, g, lab, key, n, text in seq:
        if key == '（七）总计':
            st = 'border-top:3px double #000;font-weight:bold'
            h.append('<tr>' + td(lab, '', 'text-align:left;' + st) + ''.join(vd(x, st) for x in rows[key]) + '</tr>'); continue
        vals = ''.join(vd(x) for x in rows[key])
        if kind == 'top': h.append('<tr>' + td(lab, 'colspan="2"', 'text-align:left') + vals + '</tr>'); continue
        lead = td('三、本年度办理结果', f'rowspan="{nres}"') if first else ''; first = False
        if kind == 'sub':
            lab = (g + '　' + lab) if g not in seen else '　' * (len(g) + 1) + lab; seen.add(g)
        h.append('<tr>' + lead + td(lab, '', 'text-align:left') + vals + '</tr>')
    h += ['</table>', tab + cols3,
          '<tr>' + td('四、结转下年度继续办理', 'colspan="2"', 'text-align:left') + ''.join(vd(x) for x in rows['四、结转下年度继续办理']) + '</tr>', '</table>']
    # 表四: the official three header rows and one row of fifteen
    h += ['<h3>四、政府信息公开行政复议、行政诉讼情况</h3>', tab,
          '<tr>' + td('行政复议', 'colspan="5" rowspan="2"') + td('行政诉讼', 'colspan="10"') + '</tr>',
          '<tr>' + td('未经复议直接起诉', 'colspan="5"') + td('复议后起诉', 'colspan="5"') + '</tr>',
          '<tr>' + ''.join(td(x[:2] + '\n' + x[2:]) for x in FIVE * 3) + '</tr>',
          '<tr>' + ''.join(vd(x) for x in t4) + '</tr>', '</table>',
          '<h3>五、存在的主要问题及改进情况</h3>',
          '<p>一是部分单位对新修订《条例》的理解还不够深入；二是政策解读形式较为单一。下一步，将加强业务培训，推动图解、视频等多元化解读。</p>',
          '<h3>六、其他需要报告的事项</h3><p>本年度未收取信息处理费。无其他需要报告的事项。</p>',
          f'<p style="text-align:right">{body}办公室</p><p style="text-align:right">{year + 1}年1月28日</p>']
    title = f'{body}{year}年政府信息公开工作年度报告'
    css = ('body{font-family:"Microsoft YaHei",SimSun,sans-serif;font-size:14px;color:#333}.wrap{width:900px;margin:0 auto;padding:0 12px}'
           '.crumb{font-size:12px;color:#666;border-bottom:2px solid #c00;padding:6px 0}h1{font-size:22px;text-align:center;color:#c00}'
           '.attr{text-align:center;color:#888;font-size:12px}.content p{text-indent:2em;line-height:1.9;margin:6px 0}.content h3{font-size:16px;margin:12px 0 6px}'
           'table.gk{border-collapse:collapse;width:100%;margin:0 auto;font-size:13px}table.gk td{border:1px solid #000;padding:3px 5px;text-align:center}'
           'table.gk td.n{text-align:right;padding-right:8px}')
    page = ('<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">'
            f'<title>{title}_晋江市人民政府</title><style>{css}</style></head><body><div class="wrap">'
            '<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政府信息公开年报</a></div>'
            f'<h1>{title}</h1><div class="attr">来源：{body}办公室　发布时间：{year + 1}-01-28 16:40　【字体：大 中 小】</div>'
            f'<div class="content">{"".join(h)}</div>'
            f'<div class="foot">主办单位：{body}办公室　网站标识码：3505820001　闽ICP备05012345号</div></div></body></html>')
    return name, page, T

# ================================================================ m3: WPS Office document, 备注 column, sliver column
WPS_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type  content="text/html; charset=utf-8" ><meta name=ProgId content=Word.Document ><meta name=Generator content="WPS Office" ><meta name=Originator content="WPS Office" ><title>{title}</title><!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>Administrator</o:Author><o:LastAuthor>WPS_1690171236</o:LastAuthor><o:Revision>1</o:Revision><o:Created>{created}</o:Created><o:LastSaved>{created}</o:LastSaved><o:Pages>8</o:Pages></o:DocumentProperties><o:CustomDocumentProperties><o:KSOProductBuildVer dt:dt="string" >2052-12.1.0.16729</o:KSOProductBuildVer><o:ICV dt:dt="string" >6E0B2F4F8C4B4D5A9E3F0C2B1D7A8E65_13</o:ICV></o:CustomDocumentProperties></xml><![endif]--><!--[if gte mso 9]><xml><w:WordDocument><w:BrowserLevel>MicrosoftInternetExplorer4</w:BrowserLevel><w:DisplayHorizontalDrawingGridEvery>0</w:DisplayHorizontalDrawingGridEvery><w:DisplayVerticalDrawingGridEvery>2</w:DisplayVerticalDrawingGridEvery><w:DocumentKind>DocumentNotSpecified</w:DocumentKind><w:DrawingGridVerticalSpacing>7.8 磅</w:DrawingGridVerticalSpacing><w:PunctuationKerning></w:PunctuationKerning><w:View>Web</w:View><w:Compatibility><w:DontGrowAutofit/><w:BalanceSingleByteDoubleByteWidth/><w:DoNotExpandShiftReturn/><w:UseFELayout/></w:Compatibility><w:Zoom>0</w:Zoom></w:WordDocument></xml><![endif]--><!--[if gte mso 9]><xml><w:LatentStyles DefLockedState="false"  DefUnhideWhenUsed="true"  DefSemiHidden="true"  DefQFormat="false"  DefPriority="99"  LatentStyleCount="260" >
<w:LsdException Locked="false"  Priority="0"  SemiHidden="false"  UnhideWhenUsed="false"  QFormat="true"  Name="Normal" ></w:LsdException>
<w:LsdException Locked="false"  Priority="59"  SemiHidden="false"  UnhideWhenUsed="false"  Name="Table Grid" ></w:LsdException>
</w:LatentStyles></xml><![endif]--><style>
@font-face{{font-family:"Times New Roman";}}

@font-face{{font-family:"宋体";}}

@font-face{{font-family:"Calibri";}}

@font-face{{font-family:"仿宋_GB2312";}}

@font-face{{font-family:"黑体";}}

@font-face{{font-family:"方正小标宋简体";}}

p.MsoNormal{{mso-style-name:正文;mso-style-parent:"";margin:0pt;margin-bottom:.0001pt;mso-pagination:none;text-align:justify;text-justify:inter-ideograph;font-family:Calibri;mso-fareast-font-family:宋体;mso-bidi-font-family:'Times New Roman';font-size:10.5000pt;mso-font-kerning:1.0000pt;}}

span.10{{font-family:'Times New Roman';}}

table.MsoNormalTable{{mso-style-name:普通表格;mso-style-parent:"";mso-style-noshow:yes;mso-tstyle-rowband-size:0;mso-tstyle-colband-size:0;mso-padding-alt:0.0000pt 5.4000pt 0.0000pt 5.4000pt;mso-para-margin:0pt;mso-para-margin-bottom:.0001pt;mso-pagination:widow-orphan;font-family:'Times New Roman';font-size:10.0000pt;mso-ansi-language:#0400;mso-fareast-language:#0400;mso-bidi-language:#0400;}}
@page{{mso-page-border-surround-header:no;mso-page-border-surround-footer:no;}}@page Section0{{margin-top:72.0000pt;margin-bottom:72.0000pt;margin-left:79.3500pt;margin-right:73.7000pt;size:595.3000pt 841.9000pt;layout-grid:15.6000pt;}}
div.Section0{{page:Section0;}}</style></head><body style="tab-interval:21.0000pt;text-justify-trim:punctuation;" ><!--StartFragment--><div class="Section0"  style="layout-grid:15.6000pt;" >"""

def k_runs(text, size='16.0000pt', font='仿宋_GB2312', bold=False):
    """Text as WPS saves it: a span per run, CJK runs in <font face>, ASCII runs in Times New Roman."""
    out = []; b = 'font-weight:bold;' if bold else ''
    for li, line in enumerate(text.split('\n')):
        if li: out.append(f'<span style="font-family:{font};font-size:{size};" ><br></span>')
        for is_ascii, part in ascii_runs(line):
            if is_ascii:
                out.append(f"<span style=\"mso-spacerun:'yes';font-family:'Times New Roman';mso-fareast-font-family:{font};{b}font-size:{size};mso-font-kerning:1.0000pt;\" >{part}</span>")
            else:
                out.append(f"<span style=\"mso-spacerun:'yes';font-family:{font};mso-hansi-font-family:'Times New Roman';{b}font-size:{size};mso-font-kerning:1.0000pt;\" ><font face=\"{font}\" >{part}</font></span>")
    return ''.join(out)

def k_para(text, head=False, align=None):
    font = '黑体' if head else '仿宋_GB2312'
    st = (f'text-align:{align};' if align else 'text-indent:32.0000pt;mso-char-indent-count:2.0000;') + 'line-height:28.0000pt;mso-line-height-rule:exactly;'
    a = f' align={align}' if align else ''
    return (f'<p class=MsoNormal{a} style="{st}" >' + k_runs(text, font=font)
            + f'<span style="mso-spacerun:\'yes\';font-family:{font};mso-hansi-font-family:\'Times New Roman\';font-size:16.0000pt;mso-font-kerning:1.0000pt;" ><o:p></o:p></span></p>')

K_TD = ("border-left:1.0000pt solid windowtext;mso-border-left-alt:0.5000pt solid windowtext;border-right:1.0000pt solid windowtext;"
        "mso-border-right-alt:0.5000pt solid windowtext;border-top:1.0000pt solid windowtext;mso-border-top-alt:0.5000pt solid windowtext;"
        "border-bottom:1.0000pt solid windowtext;mso-border-bottom-alt:0.5000pt solid windowtext;")

class WpsTable:
    def __init__(self, widths):
        self.g = Grid(widths); self.width = sum(widths); self.rows = []
    def tr(self, cells, ht=22):
        """cells: (text, colspan, rowspan[, align]); '' prints an empty paragraph."""
        pos = self.g.place([(c[1], c[2]) for c in cells]); tds = []
        for cell, (col, w) in zip(cells, pos):
            t, cs, rs = cell[:3]; align = cell[3] if len(cell) > 3 else 'center'
            span = (f' colspan={cs}' if cs > 1 else '') + (f' rowspan={rs}' if rs > 1 else '')
            inner = (k_runs(t, '10.5000pt', '宋体') if t else '') + "<span style=\"font-family:宋体;font-size:10.5000pt;mso-font-kerning:0.0000pt;\" ><o:p>" + ('' if t else '&nbsp;') + "</o:p></span>"
            tds.append(f'<td width={w} valign=center{span} style="width:{w * .75:.4f}pt;padding:0.0000pt 5.4000pt 0.0000pt 5.4000pt ;{K_TD}" >'
                       f'<p class=MsoNormal align={align} style="text-align:{align};mso-pagination:widow-orphan;" >{inner}</p></td>')
        self.rows.append(f'<tr style="height:{ht * .75:.4f}pt;" >' + ''.join(tds) + '</tr>')
    def html(self):
        return ('<table class=MsoNormalTable border=1 cellspacing=0 style="border-collapse:collapse;width:%.4fpt;mso-table-layout-alt:fixed;border:none;'
                'mso-border-left-alt:0.5000pt solid windowtext;mso-border-top-alt:0.5000pt solid windowtext;mso-border-right-alt:0.5000pt solid windowtext;'
                'mso-border-bottom-alt:0.5000pt solid windowtext;mso-border-insideh:0.5000pt solid windowtext;mso-border-insidev:0.5000pt solid windowtext;'
                'mso-padding-alt:0.0000pt 5.4000pt 0.0000pt 5.4000pt ;" >' % (self.width * .75) + ''.join(self.rows) + '</table>'
                + '<p class=MsoNormal ><span style="font-family:仿宋_GB2312;font-size:16.0000pt;" ><o:p>&nbsp;</o:p></span></p>')

def page_m3():
    name = 'm3-2025-wps-sliver'; body = '沭阳县人民政府'; d, T, t2, rows = donor('2025-jiangsu-shuyang', body); year = d['year']; t4 = T['table4']
    T['donors'] = {'table2': '2025-jiangsu-shuyang', 'table3': '2025-jiangsu-shuyang', 'table4': '2025-jiangsu-shuyang'}
    title = f'{body}{year}年政府信息公开工作年度报告'
    new, old, done, fwd = g7(rows, '一、本年新收政府信息公开申请数量'), g7(rows, '二、上年结转政府信息公开申请数量'), g7(rows, '（七）总计'), g7(rows, '四、结转下年度继续办理')
    h = [f'<p class=MsoNormal align=center style="text-align:center;line-height:36.0000pt;mso-line-height-rule:exactly;" >{k_runs(title, "22.0000pt", "方正小标宋简体")}'
         '<span style="font-family:方正小标宋简体;font-size:22.0000pt;" ><o:p></o:p></span></p>',
         k_para(f'本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求编制。'
                f'报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。'),
         k_para('一、总体情况', True),
         k_para(f'{year}年，{body}坚持以公开为常态、不公开为例外，聚焦群众关切，推进决策、执行、管理、服务、结果公开，政务公开标准化规范化水平进一步提升。'),
         k_para(f'（一）主动公开。全年制发行政规范性文件{num(t2["行政规范性文件"][0])}件，废止{num(t2["行政规范性文件"][1])}件，现行有效{num(t2["行政规范性文件"][2])}件；'
                f'公开行政许可决定{num(t2["行政许可"][0])}件、行政处罚决定{num(t2["行政处罚"][0])}件、行政强制决定{num(t2["行政强制"][0])}件。'),
         k_para(f'（二）依申请公开。全年新收政府信息公开申请{new}件，上年结转{old}件，共办结{done}件，结转下年度继续办理{fwd}件。'),
         k_para('（三）政府信息管理。落实公开前保密审查，开展政策文件清理，及时调整主动公开基本目录。'),
         k_para('（四）平台建设。优化政府门户网站政府信息公开专栏，规范政务新媒体运维管理。'),
         k_para('（五）监督保障。将政务公开纳入乡镇和部门年度综合考核，全年组织业务培训3次。'),
         k_para('二、主动公开政府信息情况', True)]
    # 表二: units typed into the column headers, and an empty 备注 column
    unitc = lambda c: c + '（件）' if c.endswith('件数') or c.endswith('数量') else c
    t = WpsTable([142, 100, 100, 100, 70])
    for item, cols, rs in T2_2021:
        span = 1 if len(cols) == 4 else 3
        t.tr([(item, 5, 1)]); t.tr([(cols[0], 1, 1)] + [(unitc(x), span, 1) for x in cols[1:]] + [('备注', 1, 1)], 22 if span == 1 else 30)
        for r in rs: t.tr([(r, 1, 1)] + [(num(x), span, 1) for x in t2[r]] + [('', 1, 1)])
    h += [t.html(), k_para('三、收到和处理政府信息公开申请情况', True)]
    # 表三: a 3-pixel sliver column between the labels and the values
    t = WpsTable([34, 48, 168, 3] + [42] * 7); sl = ('', 1, 1)
    t.tr([(T3_NOTE, 4, 3), ('申请人情况', 7, 1)], 24)
    t.tr([('自然人', 1, 2), ('法人或其他组织', 5, 1), ('总计', 1, 2)], 24)
    t.tr([(x, 1, 1) for x in ['商业\n企业', '科研\n机构', '社会公\n益组织', '法律服\n务机构', '其他']], 40)
    seq = t3_seq(rows); nres = sum(1 for q in seq if q[0] != 'top'); first = True; seen = set()
    for kind, g, lab, key, n, text in seq:
        vals = [(num(x), 1, 1) for x in rows[key]]; ht = 36 if len(lab) > 14 else 22
        if kind == 'top': t.tr([(lab, 3, 1, 'left'), sl] + vals, ht); continue
        lead = [('三、本年度办理结果', 1, nres)] if first else []; first = False
        if kind == 'res': t.tr(lead + [(lab, 2, 1, 'left'), sl] + vals, ht); continue
        gl = [(g, 1, sum(1 for q in seq if q[1] == g))] if g not in seen else []; seen.add(g)
        t.tr(lead + gl + [(lab, 1, 1, 'left'), sl] + vals, ht)
    h += [t.html(), k_para('四、政府信息公开行政复议、行政诉讼情况', True)]
    t = WpsTable([37] * 15)
    t.tr([('行政复议', 5, 2), ('行政诉讼', 10, 1)], 24)
    t.tr([('未经复议直接起诉', 5, 1), ('复议后起诉', 5, 1)], 24)
    t.tr([(x[:2] + '\n' + x[2:] if len(x) == 4 else x, 1, 1) for x in FIVE * 3], 40)
    t.tr([(num(x), 1, 1) for x in t4], 24)
    h += [t.html(), k_para('五、存在的主要问题及改进情况', True),
          k_para('一是基层政务公开工作人员变动较频繁，业务能力有待提升；二是政策解读的质量和实效还需加强。下一步，我们将加强业务培训和督查指导，提高政策解读的针对性。'),
          k_para('六、其他需要报告的事项', True),
          k_para('本年度未收取信息处理费。无其他需要报告的事项。'),
          k_para(f'{body}办公室', align='right'), k_para(f'{year + 1}年1月20日', align='right')]
    page = WPS_HEAD.format(title=title, created=f'{year + 1}-01-19T08:41:00Z') + ''.join(h) + '</div><!--EndFragment--></body></html>'
    return name, page, T

# ================================================================ m4: right-hand column, metadata table, thead repeated by the print
def page_m4():
    name = 'm4-2024-right-nav'; body = '淮安市洪泽区人民政府'; d, T, t2, rows = donor('2024-jiangsu-huaian-hongze', body); year = d['year']; t4 = T['table4']
    T['donors'] = {'table2': '2024-jiangsu-huaian-hongze', 'table3': '2024-jiangsu-huaian-hongze', 'table4': '2024-jiangsu-huaian-hongze'}
    title = f'{body}{year}年政府信息公开工作年度报告'
    th = lambda t, attrs='': f'<th {attrs}>{t.replace(chr(10), "<br>")}</th>'.replace('<th >', '<th>')
    td = lambda t, attrs='': f'<td {attrs}>{t.replace(chr(10), "<br>") if t else "&nbsp;"}</td>'.replace('<td >', '<td>')
    vd = lambda x, attrs='': td(num(x), attrs)
    tab = '<table class="bg" border="1" cellspacing="0" cellpadding="0" width="100%">'
    new, done = g7(rows, '一、本年新收政府信息公开申请数量'), g7(rows, '（七）总计')
    towns = ['高良涧街道', '朱坝街道', '黄集街道', '岔河镇', '西顺河镇', '老子山镇', '三河镇', '蒋坝镇', '共和镇']
    prose = ''.join(f'<p>{t}</p>' for t in [
        f'（一）主动公开。{year}年，{body}围绕重大决策、政策文件、财政预决算、重点项目、民生实事等内容加大主动公开力度，制发行政规范性文件{num(t2["行政规范性文件"][0])}件，'
        f'现行有效行政规范性文件{num(t2["行政规范性文件"][2])}件；公开行政许可决定{num(t2["行政许可"][0])}件、行政处罚决定{num(t2["行政处罚"][0])}件、行政强制决定{num(t2["行政强制"][0])}件。',
        f'（二）依申请公开。全年新收政府信息公开申请{new}件，办结{done}件，其中予以公开{g7(rows, "（一）予以公开")}件、部分公开{g7(rows, "（二）部分公开")}件。'
        '严格执行登记、审核、办理、答复、归档等工作流程，推行依申请公开答复前法律审核，答复规范性明显提升。',
        '（三）政府信息管理。严格落实公开前保密审查制度，对现行有效的行政规范性文件进行集中清理并动态更新。',
        '（四）平台建设。优化区政府门户网站政府信息公开专栏，规范政务新媒体管理，推进政务公开专区建设。',
        '（五）监督保障。将政务公开工作纳入全区高质量发展综合考核，组织全区政务公开业务培训。'])
    h = [f'<p>根据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息与政务公开办公室关于年度报告格式的要求，现公布{body}{year}年政府信息公开工作年度报告。'
         f'本报告所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。</p>', '<h3>一、总体情况</h3>', prose,
         '<h3>二、主动公开政府信息情况</h3>', tab]
    # 表二: one table, the first block's item and header rows in its <thead>
    h += ['<thead><tr>' + th('第二十条第（一）项', 'colspan="4"') + '</tr>',
          '<tr>' + ''.join(th(x) for x in T2_2021[0][1]) + '</tr></thead><tbody>']
    h += ['<tr>' + td(r) + ''.join(vd(x) for x in t2[r]) + '</tr>' for r in T2_2021[0][2]]
    for item, cols, rs in T2_2021[1:]:
        h += ['<tr>' + th(item, 'colspan="4"') + '</tr>', '<tr>' + th(cols[0]) + th(cols[1], 'colspan="3"') + '</tr>']
        h += ['<tr>' + td(r) + vd(t2[r][0], 'colspan="3"') + '</tr>' for r in rs]
    h += ['</tbody></table>', '<h3>三、收到和处理政府信息公开申请情况</h3>', tab, '<thead>',
          '<tr>' + th(T3_NOTE, 'rowspan="3" colspan="3"') + th('申请人情况', 'colspan="7"') + '</tr>',
          '<tr>' + th('自然人', 'rowspan="2"') + th('法人或其他组织', 'colspan="5"') + th('总计', 'rowspan="2"') + '</tr>',
          '<tr>' + ''.join(th(x) for x in COLS[1:6]) + '</tr>', '</thead><tbody>']
    seq = t3_seq(rows); nres = sum(1 for q in seq if q[0] != 'top'); first = True; seen = set()
    for kind, g, lab, key, n, text in seq:
        vals = ''.join(vd(x) for x in rows[key])
        if kind == 'top': h.append('<tr>' + td(lab, 'colspan="3" class="l"') + vals + '</tr>'); continue
        lead = td('三、本年度办理结果', f'rowspan="{nres}"') if first else ''; first = False
        if kind == 'res': h.append('<tr>' + lead + td(lab, 'colspan="2" class="l"') + vals + '</tr>'); continue
        gl = td(g, f'rowspan="{sum(1 for q in seq if q[1] == g)}"') if g not in seen else ''; seen.add(g)
        h.append('<tr>' + lead + gl + td(lab, 'class="l"') + vals + '</tr>')
    h += ['</tbody></table>', '<h3>四、政府信息公开行政复议、行政诉讼情况</h3>', tab, '<thead>',
          '<tr>' + th('行政复议', 'colspan="5" rowspan="2"') + th('行政诉讼', 'colspan="10"') + '</tr>',
          '<tr>' + th('未经复议直接起诉', 'colspan="5"') + th('复议后起诉', 'colspan="5"') + '</tr>',
          '<tr>' + ''.join(th(x) for x in FIVE * 3) + '</tr>', '</thead><tbody>',
          '<tr>' + ''.join(vd(x) for x in t4) + '</tr>', '</tbody></table>',
          '<h3>五、存在的主要问题及改进情况</h3>',
          '<p>一是政策解读的形式和深度有待加强；二是镇（街道）政务公开专区建设还不够均衡。下一步，我们将丰富解读形式，加强对镇（街道）的业务指导和督查。</p>',
          '<h3>六、其他需要报告的事项</h3><p>本年度未收取信息处理费。无其他需要报告的事项。</p>',
          f'<p class="sign">{body}办公室<br>{year + 1}年1月20日</p>']
    meta = ('<table class="meta" cellspacing="0" cellpadding="0" width="100%">'
            f'<tr><td class="k">索 引 号：</td><td>11320829014124867X/{year + 1}-00017</td><td class="k">主题分类：</td><td>综合政务、政务公开</td></tr>'
            f'<tr><td class="k">发布机构：</td><td>{body}办公室</td><td class="k">成文日期：</td><td>{year + 1}-01-20</td></tr>'
            f'<tr><td class="k">文　　号：</td><td>洪政办发〔{year + 1}〕3号</td><td class="k">发布日期：</td><td>{year + 1}-01-21</td></tr>'
            f'<tr><td class="k">名　　称：</td><td colspan="3">{title}</td></tr></table>')
    organs = ['区发展和改革委员会', '区教育体育局', '区科学技术局', '区工业和信息化局', '区公安局', '区民政局', '区司法局', '区财政局',
              '区人力资源和社会保障局', '区自然资源和规划局', '区生态环境局', '区住房和城乡建设局', '区交通运输局', '区水利局', '区农业农村局',
              '区商务局', '区文化广电和旅游局', '区卫生健康委员会', '区退役军人事务局', '区应急管理局', '区审计局', '区市场监督管理局',
              '区统计局', '区医疗保障局', '区城市管理局', '区行政审批局'] + towns
    side = ''.join(f'<li><a href="#">{o}{year}年政府信息公开工作年度报告</a><span class="d">{year + 1}-01-{15 + i % 13:02d}</span></li>' for i, o in enumerate(organs))
    nav = ''.join(f'<li><a href="#">{x}</a></li>' for x in ['政府信息公开指南', '政府信息公开制度', '法定主动公开内容', '政府信息公开年报', '依申请公开'])
    page = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'
            '<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
            f'<title>{title}</title><style type="text/css">'
            'body{margin:0;font:12px/1.6 "宋体",SimSun,sans-serif;color:#333}a{color:#333;text-decoration:none}'
            '.top{width:980px;margin:0 auto;height:60px;background:#1a5aa6;color:#fff;font-size:24px;line-height:60px;text-indent:20px}'
            '.pos{width:980px;margin:0 auto;padding:6px 0;border-bottom:1px solid #ccc}'
            'table.meta{border:1px solid #b5c9e0;background:#f5f9fd;margin:8px 0}table.meta td{border:1px solid #b5c9e0;padding:3px 6px;font-size:12px}table.meta td.k{width:70px;text-align:right;color:#666}'
            '.art h1{font-size:20px;text-align:center;color:#1a5aa6;margin:14px 0}.art .xx{text-align:center;color:#999;border-bottom:1px dashed #ccc;padding-bottom:4px}'
            '.art p{font-size:14px;text-indent:2em;line-height:1.9;margin:4px 0}.art h3{font-size:15px;margin:10px 0 4px}.art p.sign{text-align:right}'
            'table.bg{border-collapse:collapse;font-size:12px;margin:4px 0}table.bg th,table.bg td{border:1px solid #000;padding:2px 3px;text-align:center;font-weight:normal}table.bg td.l{text-align:left}'
            '.side h4{margin:0;background:#1a5aa6;color:#fff;padding:4px 8px;font-size:13px}.side ul{margin:0;padding:4px 6px;list-style:none}.side li{border-bottom:1px dotted #ccc;padding:3px 0;font-size:12px}'
            '.side .d{display:block;color:#999}.foot{text-align:center;border-top:2px solid #1a5aa6;margin-top:10px;padding:8px}</style></head><body>'
            f'<div class="top">{body}</div><div class="pos">您现在的位置：首页 &gt; 政府信息公开 &gt; 政府信息公开年报</div>'
            '<table width="980" border="0" cellspacing="0" cellpadding="0" align="center"><tr>'
            f'<td width="690" valign="top" class="art">{meta}<h1>{title}</h1>'
            f'<div class="xx">发布日期：{year + 1}-01-21　来源：{body}办公室　浏览次数：1836　【<a href="#">打印</a>】【<a href="#">关闭</a>】</div>{"".join(h)}</td>'
            '<td width="20">&nbsp;</td>'
            f'<td width="270" valign="top" class="side"><h4>栏目导航</h4><ul>{nav}</ul><h4>部门及镇（街道）年报</h4><ul>{side}</ul>'
            '<h4>网站统计</h4><ul><li>今日访问：2613</li><li>累计访问：10482397</li></ul></td></tr></table>'
            f'<div class="foot">主办：{body}办公室　网站标识码：3208130001　苏ICP备05084921号-1　苏公网安备 32082902000107号</div></body></html>')
    return name, page, T

if __name__ == '__main__':
    write_pages(sys.argv[1] if len(sys.argv) > 1 else '/tmp/layouts5', (page_m1, page_m2, page_m3, page_m4), 'layouts5.py')
