#!/usr/bin/env python3
"""Four more report pages in real-world layouts (m5–m8), each filled with real reports' values, with
their exact truth: blind hold-outs written by a helper session that did not read or run the reader.
Shared helpers come from scripts/measure/layouts.py and layouts5.py.

usage: python3 scripts/measure/layouts6.py OUT   (run from the repository root, ../shared beside it)
then: bash ../shared/tools/make-forms.sh OUT/forms OUT/src/*.html   (and copy OUT/src to OUT/forms/published)
writes OUT/src/<name>.html and OUT/truth/<name>.json.

The numbers are never invented: 表二/表三/表四 come from one real report's truth per page (the donor
named in each page's function and in the truth's "donors"), and the numbers in the prose follow
from the same tables.

  m5-2025-a11y-vertical  2021 format on a government CMS after its accessibility (无障碍/适老化)
      retrofit: a skip link and an 无障碍浏览/长者模式 toolbar, every table with a summary= and a
      visually hidden <caption> (class sr-only: in the markup, not on the printed page), <th scope=col>
      / <th scope=colgroup> headers with ids, the row labels as <th scope=row>, value cells with
      headers="…". 表二 prints its unit in every value cell (517645件, 0件, 4068.208万元) under the
      official headers. 表三's 三、本年度办理结果 and group cells (（三）不予公开 … （六）其他处理) and
      the five 法人或其他组织 sub-labels are set vertically by CSS (writing-mode: vertical-rl; the
      markup holds them as one horizontal string); long labels are split into two <p> inside their
      cell (（二）部分公开 / （区分处理的，…） in smaller type, （六）1 and 2 broken after 不补正、 and
      缴纳费用、, the 勾稽关系 note in two <p>). Donor: 2025-jiangsu-shuyang (all three tables).
  m6-2020-word-landscape  2019 format as Word 2010 saves a document as a web page, in three sections
      (@page WordSection1/2/3, each div with page:WordSectionN, section breaks as
      <br clear=all style='mso-break-type:section-break'> between them): the text and 表二 on portrait
      pages, 表三 and 表四 in a landscape section (size 841.9pt 595.3pt, mso-page-orientation:landscape,
      so the browser prints them on landscape pages, 表三 running over two of them), 五、六、 portrait
      again (the browser also prints each section break's own line on a blank page of its default
      size, as it does with Word's markup). 表二's large numbers with thousands separators (94,335; 12,204; 15,833;
      249,887,966.42) in the cells and in the prose, its two-value blocks' last cell spanning two
      columns, a 注： with numbered notes after it; 表三's long labels as two Word paragraphs in one
      cell; row 四's 总计 cell blank as the donor prints it. Donor: seed 003 (晋江市, 2020).
  m7-2024-pdf-preview  2021 format as a document-preview service shows an attached PDF (pdf2htmlEX-
      style output): no <table> and no flowing text at all — A4 page boxes (div.pf/div.pc), every
      line of text an absolutely positioned div (classes .x/.y/.h/.ff/.fs give left, bottom, height,
      font, size), the table rules drawn by an SVG background image per page, each table cell's text
      a div of its own (a wrapped label one div per line), the lines in the PDF's content order (row
      by row). Set like an official document (公文: 28 characters a line, 三号 text, 黑体 headings,
      楷体 sub-headings, page numbers — 1 — at the foot, odd pages right, even left); 表二's last row
      and 表三's second half carried to the next page with no repeated header, 表三's
      三、本年度办理结果 cell split by the break (its label on one part only), labels wrapped in narrow
      columns (三、本年度办理结果 one character a line); 四、结转下年度继续办理's 总计 cell blank, as
      the donor's truth has it (null).
      Donor: 2024-shanghai-stcsm (all three tables).
  m8-2024-figures-filled  2021 format on a CMS page that puts a 数说年报 panel above the report (a
      CSS grid of key-figure cards, big numbers with thousands separators — 3,119 件, 3,985,758 件,
      96,171.6 万元 — and a percentage 59.5%, all agreeing with the tables), and whose 表三 was pasted
      from a worksheet where the merged label cells had been unmerged and filled down (Excel's
      取消合并 + 定位空值 fill): every result row repeats 三、本年度办理结果 in the first column and its
      group label (（三）不予公开 …) in the second, no rowspan in the body; 表四 followed by a 注：
      with dates. Donor: 2024-jiangsu-huaian (all three tables).
"""
import base64, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from layouts import truth, num, printed, W, U, N, O, COLS, FIVE, T3_NOTE, T2_2021, T2_2019, t3_rows, TAIL, donor, write_pages  # noqa: E402,F401
from layouts5 import Grid, g7, WordTable  # noqa: E402

def comma(x):
    """A printed number with thousands separators (94,335; 249,887,966.42)."""
    t = num(x); i, _, f = t.partition('.')
    return f'{int(i):,}' + (f'.{f}' if f else '')

def pct(a, b, nd=1):
    return f'{100 * a / b:.{nd}f}%'

# ================================================================ m5: accessibility-retrofitted CMS, vertical group cells
def page_m5():
    name = 'm5-2025-a11y-vertical'; body = '沭阳县人民政府'; d, T, t2, rows = donor('2025-jiangsu-shuyang', body); year = d['year']; t4 = T['table4']
    T['donors'] = {'table2': '2025-jiangsu-shuyang', 'table3': '2025-jiangsu-shuyang', 'table4': '2025-jiangsu-shuyang'}
    title = f'{body}{year}年政府信息公开工作年度报告'
    new, old, done, fwd = g7(rows, '一、本年新收政府信息公开申请数量'), g7(rows, '二、上年结转政府信息公开申请数量'), g7(rows, '（七）总计'), g7(rows, '四、结转下年度继续办理')
    lit = (t4[9] or 0) + (t4[14] or 0)
    P = lambda t: f'<p>{t}</p>'
    h = [P(f'本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》要求编制，由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、'
           f'政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六部分组成。本报告所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。'),
         '<h2>一、总体情况</h2>',
         P(f'{year}年，{body}坚持以人民为中心的发展思想，全面落实《条例》各项要求，以高质量公开助力高质量发展，不断提升政务公开标准化规范化水平。'),
         '<h3>（一）主动公开</h3>',
         P(f'全年制发行政规范性文件{num(t2["行政规范性文件"][0])}件，废止{num(t2["行政规范性文件"][1])}件，现行有效行政规范性文件{num(t2["行政规范性文件"][2])}件，均在政府门户网站政策文件库集中公开并同步发布解读。'
           f'公开行政许可决定{num(t2["行政许可"][0])}件、行政处罚决定{num(t2["行政处罚"][0])}件、行政强制决定{num(t2["行政强制"][0])}件，行政事业性收费{num(t2["行政事业性收费"][0])}万元。'),
         '<h3>（二）依申请公开</h3>',
         P(f'全年新收政府信息公开申请{new}件，上年结转{old}件；办结{done}件，其中予以公开{g7(rows, "（一）予以公开")}件、部分公开{g7(rows, "（二）部分公开")}件；'
           f'结转下年度继续办理{fwd}件。因政府信息公开被申请行政复议{num(t4[4])}件、被提起行政诉讼{lit}件。'),
         '<h3>（三）政府信息管理</h3>',
         P('严格落实公开前保密审查、合法性审查机制，动态调整主动公开基本目录，做好政策文件清理后的标注工作。'),
         '<h3>（四）平台建设</h3>',
         P('完成政府门户网站无障碍和适老化改造，优化政府信息公开专栏栏目设置，规范政务新媒体运维管理。'),
         '<h3>（五）监督保障</h3>',
         P('将政务公开纳入全县高质量发展综合考核，组织政务公开业务培训，开展网站和政务新媒体季度检查。'),
         '<h2>二、主动公开政府信息情况</h2>']
    # 表二: official headers, the unit printed in every value cell
    tab = lambda summary, cap: f'<table class="gk-table" summary="{summary}"><caption class="sr-only">{cap}</caption>'
    h.append(tab('本表列示依据《条例》第二十条第（一）、（五）、（六）、（八）项主动公开政府信息的数量', '主动公开政府信息情况统计表'))
    for bi, (item, cols, rs) in enumerate(T2_2021):
        span = '' if len(cols) == 4 else ' colspan="3"'; u = '万元' if '收费' in cols[1] else '件'
        h.append(f'<tr><th scope="colgroup" colspan="4" class="item">{item}</th></tr>')
        h.append(f'<tr><th scope="col" id="b{bi}c0">{cols[0]}</th>' + ''.join(f'<th scope="col"{span} id="b{bi}c{i}">{c}</th>' for i, c in enumerate(cols[1:], 1)) + '</tr>')
        for ri, r in enumerate(rs):
            h.append(f'<tr><th scope="row" id="b{bi}r{ri}">{r}</th>' + ''.join(f'<td{span} headers="b{bi}c{i} b{bi}r{ri}">{num(x)}{u}</td>' for i, x in enumerate(t2[r], 1)) + '</tr>')
    h += ['</table>', '<h2>三、收到和处理政府信息公开申请情况</h2>',
          tab('本表列示本年度收到和处理政府信息公开申请的数量，按申请人类型分列', '收到和处理政府信息公开申请情况统计表')]
    # 表三: group cells and sub-labels vertical (CSS), long labels in two <p>
    cid = ['zrr', 'syqy', 'kyjg', 'shgy', 'flfw', 'qt', 'zj']
    h += ['<thead>', '<tr><td rowspan="3" colspan="3" class="note"><p>（本列数据的勾稽关系为：</p><p>第一项加第二项之和，等于第三项加第四项之和）</p></td>'
          '<th scope="colgroup" colspan="7" id="sq">申请人情况</th></tr>',
          f'<tr><th scope="col" rowspan="2" id="{cid[0]}">自然人</th><th scope="colgroup" colspan="5" id="fr">法人或其他组织</th><th scope="col" rowspan="2" id="{cid[6]}">总计</th></tr>',
          '<tr>' + ''.join(f'<th scope="col" class="vt" id="{cid[i]}">{c}</th>' for i, c in enumerate(COLS[1:6], 1)) + '</tr>', '</thead>', '<tbody>']
    split = {'（二）部分公开': '<p>（二）部分公开</p><p class="sm">（区分处理的，只计这一情形，不计其他情形）</p>',
             '（六）1': f'<p>{O[0][:O[0].index("、") + 1]}</p><p>{O[0][O[0].index("、") + 1:]}</p>',
             '（六）2': f'<p>{O[1][:O[1].index("、") + 1]}</p><p>{O[1][O[1].index("、") + 1:]}</p>'}
    seq = t3_rows(rows); nres = sum(1 for q in seq if q[0] != 'top'); first = True; seen = set()
    for n, (kind, g, lab, key) in enumerate(seq):
        rid = f'r{n}'; lab = split.get(key, lab)
        vals = ''.join(f'<td headers="{rid} {cid[i]}">{num(x)}</td>' for i, x in enumerate(rows[key]))
        if kind == 'top': h.append(f'<tr><th scope="row" colspan="3" id="{rid}">{lab}</th>{vals}</tr>'); continue
        lead = f'<th scope="rowgroup" rowspan="{nres}" class="vt grp">三、本年度办理结果</th>' if first else ''; first = False
        if kind == 'res': h.append(f'<tr>{lead}<th scope="row" colspan="2" id="{rid}">{lab}</th>{vals}</tr>'); continue
        gl = f'<th scope="rowgroup" rowspan="{sum(1 for q in seq if q[1] == g)}" class="vt grp">{g}</th>' if g not in seen else ''; seen.add(g)
        h.append(f'<tr>{lead}{gl}<th scope="row" id="{rid}">{lab}</th>{vals}</tr>')
    h += ['</tbody></table>', '<h2>四、政府信息公开行政复议、行政诉讼情况</h2>',
          tab('本表列示因政府信息公开工作被申请行政复议、提起行政诉讼的数量及结果', '政府信息公开行政复议、行政诉讼情况统计表'),
          '<thead><tr><th scope="colgroup" colspan="5" rowspan="2" id="fy">行政复议</th><th scope="colgroup" colspan="10" id="ss">行政诉讼</th></tr>',
          '<tr><th scope="colgroup" colspan="5" id="zj">未经复议直接起诉</th><th scope="colgroup" colspan="5" id="fh">复议后起诉</th></tr>',
          '<tr>' + ''.join(f'<th scope="col" id="w{i}">{c}</th>' for i, c in enumerate(FIVE * 3)) + '</tr></thead>',
          '<tbody><tr>' + ''.join(f'<td headers="{["fy", "zj", "fh"][i // 5]} w{i}">{num(x)}</td>' for i, x in enumerate(t4)) + '</tr></tbody></table>',
          '<h2>五、存在的主要问题及改进情况</h2>',
          P('一是政策解读的形式还不够丰富，图解、视频等解读占比不高；二是部分乡镇和部门依申请公开答复文书的规范性有待提升。'
            '下一步，我们将丰富解读形式，加强答复文书的审核把关和业务培训，持续提升政务公开工作质效。'),
          '<h2>六、其他需要报告的事项</h2>',
          P('本年度依据《政府信息公开信息处理费管理办法》收取信息处理费380元。无其他需要报告的事项。'),
          f'<p class="sign">{body}办公室</p><p class="sign">{year + 1}年1月23日</p>']
    css = ('body{margin:0;font-family:"Microsoft YaHei","PingFang SC",sans-serif;color:#222;background:#fff}'
           '.skip{position:absolute;left:-999px;top:0}.skip:focus{left:0}'
           '.wza{background:#f2f2f2;border-bottom:1px solid #ddd;font-size:12px;padding:4px 0}.wza .w{width:1000px;margin:0 auto;text-align:right}.wza a{margin-left:12px;color:#333;text-decoration:none}'
           '.head{width:1000px;margin:0 auto;height:90px;line-height:90px;font-size:30px;color:#0b4f9c;font-weight:bold}'
           'nav.crumb{width:1000px;margin:0 auto;font-size:13px;color:#666;padding:8px 0;border-bottom:2px solid #0b4f9c}'
           'main{width:1000px;margin:0 auto}article h1{text-align:center;font-size:24px;color:#0b4f9c;margin:24px 40px 12px;line-height:1.5}'
           '.meta{text-align:center;font-size:13px;color:#888;padding-bottom:10px;border-bottom:1px dashed #ccc}'
           '.article-body{padding:10px 30px;font-size:16px;line-height:2}.article-body p{text-indent:2em;margin:6px 0}.article-body h2{font-size:17px;margin:14px 0 4px}'
           '.article-body h3{font-size:16px;margin:8px 0 0;text-indent:2em}.article-body p.sign{text-align:right;text-indent:0;margin:0}'
           '.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}'
           '.gk-table{border-collapse:collapse;width:100%;margin:8px 0 16px;font-size:14px;line-height:1.5}'
           '.gk-table th,.gk-table td{border:1px solid #333;padding:4px 5px;text-align:center;font-weight:normal}'
           '.gk-table th.item{background:#eef3fa}.gk-table th[scope=row]{text-align:left}.gk-table p{margin:0;text-indent:0}'
           '.gk-table .sm{font-size:12px;color:#444}.gk-table td.note{font-size:13px}'
           '.gk-table .vt{writing-mode:vertical-rl;letter-spacing:2px;padding:6px 3px;white-space:nowrap}'
           '.gk-table th.grp{width:1.6em}'
           'footer{border-top:3px solid #0b4f9c;margin-top:20px;padding:12px;text-align:center;font-size:12px;color:#666;line-height:1.8}')
    page = ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">'
            f'<meta name="ArticleTitle" content="{title}"><meta name="PubDate" content="{year + 1}-01-23 16:08"><meta name="ContentSource" content="{body}办公室">'
            f'<title>{title}_{body}</title><style>{css}</style></head><body>'
            '<a class="skip" href="#content">跳转到主要内容区域</a>'
            '<div class="wza" role="toolbar" aria-label="无障碍工具条"><div class="w"><a href="#" id="wza-open">无障碍浏览</a><a href="#" id="olds">长者模式</a>'
            '<a href="#">繁體</a><a href="#">English</a></div></div>'
            f'<header class="head" role="banner">{body}</header>'
            '<nav class="crumb" aria-label="当前位置">当前位置：<a href="#">首页</a> &gt; <a href="#">信息公开</a> &gt; <a href="#">政府信息公开年报</a></nav>'
            f'<main id="content" role="main"><article><h1>{title}</h1>'
            f'<div class="meta">发布时间：{year + 1}-01-23　信息来源：{body}办公室　字号：<a href="#" aria-label="大号字">大</a> <a href="#" aria-label="中号字">中</a> <a href="#" aria-label="小号字">小</a></div>'
            f'<div class="article-body">{"".join(h)}</div></article></main>'
            f'<footer role="contentinfo">主办单位：{body}办公室　承办单位：沭阳县大数据管理局<br>网站标识码：3213220001　苏ICP备05009040号-1　苏公网安备 32132202000123号</footer>'
            '</body></html>')
    return name, page, T

# ================================================================ m6: Word 2010 document, landscape section for 表三/表四
W10_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 14">
<meta name=Originator content="Microsoft Word 14">
<link rel=File-List href="{stem}.files/filelist.xml">
<title>{title}</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>jjszfb</o:Author>
  <o:LastAuthor>jjszfb</o:LastAuthor>
  <o:Revision>3</o:Revision>
  <o:TotalTime>16</o:TotalTime>
  <o:Created>{created}</o:Created>
  <o:LastSaved>{created}</o:LastSaved>
  <o:Pages>7</o:Pages>
  <o:Words>1268</o:Words>
  <o:Characters>7231</o:Characters>
  <o:Lines>60</o:Lines>
  <o:Paragraphs>16</o:Paragraphs>
  <o:CharactersWithSpaces>8483</o:CharactersWithSpaces>
  <o:Version>14.00</o:Version>
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
  <w:DoNotPromoteQF/>
  <w:LidThemeOther>EN-US</w:LidThemeOther>
  <w:LidThemeAsian>ZH-CN</w:LidThemeAsian>
  <w:LidThemeComplexScript>X-NONE</w:LidThemeComplexScript>
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
   <w:SplitPgBreakAndParaMark/>
   <w:EnableOpenTypeKerning/>
   <w:DontFlipMirrorIndents/>
   <w:OverrideTableStyleHps/>
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
@font-face
	{{font-family:"\\@宋体";
	panose-1:2 1 6 0 3 1 1 1 1 1;
	mso-font-charset:134;
	mso-generic-font-family:auto;
	mso-font-pitch:variable;
	mso-font-signature:3 680460288 22 0 262145 0;}}
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
	font-family:"Calibri","sans-serif";
	mso-ascii-font-family:Calibri;
	mso-ascii-theme-font:minor-latin;
	mso-fareast-font-family:宋体;
	mso-fareast-theme-font:minor-fareast;
	mso-hansi-font-family:Calibri;
	mso-hansi-theme-font:minor-latin;
	mso-bidi-font-family:"Times New Roman";
	mso-bidi-theme-font:minor-bidi;
	mso-font-kerning:1.0pt;}}
.MsoChpDefault
	{{mso-style-type:export-only;
	mso-default-props:yes;
	mso-bidi-font-family:"Times New Roman";
	mso-bidi-theme-font:minor-bidi;}}
 /* Page Definitions */
 @page
	{{mso-page-border-surround-header:no;
	mso-page-border-surround-footer:no;
	mso-footnote-separator:url("{stem}.files/header.htm") fs;
	mso-footnote-continuation-separator:url("{stem}.files/header.htm") fcs;}}
@page WordSection1
	{{size:595.3pt 841.9pt;
	margin:72.0pt 90.0pt 72.0pt 90.0pt;
	mso-header-margin:42.55pt;
	mso-footer-margin:49.6pt;
	mso-page-numbers:1;
	mso-even-footer:url("{stem}.files/header.htm") ef1;
	mso-footer:url("{stem}.files/header.htm") f1;
	mso-paper-source:0;
	layout-grid:15.6pt;}}
div.WordSection1
	{{page:WordSection1;}}
@page WordSection2
	{{size:841.9pt 595.3pt;
	mso-page-orientation:landscape;
	margin:90.0pt 72.0pt 90.0pt 72.0pt;
	mso-header-margin:42.55pt;
	mso-footer-margin:49.6pt;
	mso-even-footer:url("{stem}.files/header.htm") ef1;
	mso-footer:url("{stem}.files/header.htm") f1;
	mso-paper-source:0;
	layout-grid:15.6pt;}}
div.WordSection2
	{{page:WordSection2;}}
@page WordSection3
	{{size:595.3pt 841.9pt;
	margin:72.0pt 90.0pt 72.0pt 90.0pt;
	mso-header-margin:42.55pt;
	mso-footer-margin:49.6pt;
	mso-even-footer:url("{stem}.files/header.htm") ef1;
	mso-footer:url("{stem}.files/header.htm") f1;
	mso-paper-source:0;
	layout-grid:15.6pt;}}
div.WordSection3
	{{page:WordSection3;}}
-->
</style>
<!--[if gte mso 10]>
<style>
 /* Style Definitions */
 table.MsoNormalTable
	{{mso-style-name:普通表格;
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-style-noshow:yes;
	mso-style-priority:99;
	mso-style-parent:"";
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;
	mso-para-margin:0cm;
	mso-para-margin-bottom:.0001pt;
	mso-pagination:widow-orphan;
	font-size:10.5pt;
	mso-bidi-font-size:11.0pt;
	font-family:"Calibri","sans-serif";
	mso-ascii-font-family:Calibri;
	mso-hansi-font-family:Calibri;
	mso-font-kerning:1.0pt;}}
</style>
<![endif]--><!--[if gte mso 9]><xml>
 <o:shapedefaults v:ext="edit" spidmax="2049"/>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <o:shapelayout v:ext="edit">
  <o:idmap v:ext="edit" data="1"/>
 </o:shapelayout></xml><![endif]-->
</head>

<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>

"""

def w10_runs(text, size='16.0pt', font='仿宋_GB2312', bold=False):
    """Text as Word 2010 saves it: CJK runs in the East Asian font, ASCII runs (digits with their
    separators and point) in lang=EN-US spans; a newline a <br>."""
    b = 'font-weight:bold;' if bold else ''
    out = []
    for li, line in enumerate(text.split('\n')):
        if li: out.append(f"<span lang=EN-US style='font-size:{size}'><br></span>")
        for part in re.findall(r'[0-9A-Za-z.,%/+\-]+|[^0-9A-Za-z.,%/+\-]+', line):
            if re.match(r'[0-9A-Za-z]', part):
                out.append(f"<span lang=EN-US style='font-size:{size};font-family:{font};mso-hansi-font-family:\"Times New Roman\";mso-bidi-font-family:\"Times New Roman\";{b}'>{part}</span>")
            else:
                out.append(f"<span style='font-size:{size};font-family:{font};mso-hansi-font-family:\"Times New Roman\";mso-bidi-font-family:\"Times New Roman\";{b}'>{part}</span>")
    return ''.join(out)

def w10_p(text, size='16.0pt', font='仿宋_GB2312', indent=True, align=None, bold=False):
    st = (f'text-align:{align};' if align else '') + ('text-indent:32.0pt;mso-char-indent-count:2.0;' if indent else '') + 'line-height:28.0pt;mso-line-height-rule:exactly'
    a = f' align={align}' if align else ''
    return (f"<p class=MsoNormal{a} style='{st}'>" + w10_runs(text, size, font, bold)
            + f"<span lang=EN-US style='font-size:{size};font-family:{font}'><o:p></o:p></span></p>")

def w10_cell(text, align='center', size='10.5pt'):
    """A cell's paragraphs: one <p> per '\n\n'-separated part (Word paragraphs in one cell)."""
    if not text:
        return f"<p class=MsoNormal align={align} style='text-align:{align}'><span lang=EN-US style='font-size:{size};font-family:宋体'><o:p>&nbsp;</o:p></span></p>"
    return ''.join(f"<p class=MsoNormal align={align} style='text-align:{align};line-height:14.0pt;mso-line-height-rule:exactly'>" + w10_runs(part, size, '宋体')
                   + f"<span lang=EN-US style='font-size:{size};font-family:宋体'><o:p></o:p></span></p>" for part in text.split('\n\n'))

SECTION_BREAK = ("<span lang=EN-US style='font-size:16.0pt;font-family:仿宋_GB2312;mso-bidi-font-family:\"Times New Roman\";mso-font-kerning:1.0pt;"
                 "mso-ansi-language:EN-US;mso-fareast-language:ZH-CN;mso-bidi-language:AR-SA'><br clear=all style='page-break-before:always;"
                 "mso-break-type:section-break'>\n</span>\n")

def page_m6():
    name = 'm6-2020-word-landscape'; body = '晋江市人民政府'; d, T, t2, rows = donor('003_0ec7f487509b9c4f', body); year = d['year']; t4 = T['table4']
    T['donors'] = {'table2': '003_0ec7f487509b9c4f', 'table3': '003_0ec7f487509b9c4f', 'table4': '003_0ec7f487509b9c4f'}
    title = f'{body}{year}年政府信息公开工作年度报告'
    c = lambda t, cs=1, rs=1, align='center': (w10_cell(t, align), cs, rs)
    v = lambda x, cs=1: (w10_cell(comma(x) if x is not None else ''), cs, 1)
    H = lambda t: w10_p(t, '16.0pt', '黑体')
    new, old, done, fwd = g7(rows, '一、本年新收政府信息公开申请数量'), g7(rows, '二、上年结转政府信息公开申请数量'), g7(rows, '（七）总计'), g7(rows, '四、结转下年度继续办理', 0)
    direct, after = t4[9] or 0, t4[14] or 0
    s1 = [f"<p class=MsoNormal align=center style='text-align:center;line-height:30.0pt;mso-line-height-rule:exactly'>{w10_runs(title, '22.0pt', '方正小标宋简体')}"
          "<span lang=EN-US style='font-size:22.0pt;font-family:方正小标宋简体'><o:p></o:p></span></p>",
          w10_p('', indent=False),
          w10_p(f'本年度报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）第四十九条、第五十条规定，由{body}办公室编制。全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、'
                f'政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。本年度报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。'),
          H('一、总体情况'),
          w10_p(f'{year}年，{body}深入贯彻落实新修订的《条例》，紧扣疫情防控、复工复产和“六稳”“六保”工作，以公开促落实、强监管、优服务，政府信息公开工作取得新成效。'),
          w10_p(f'（一）主动公开。全年新制作并公开规范性文件{comma(t2["规范性文件"][0])}件，对外公开规范性文件总数{comma(t2["规范性文件"][2])}件；'
                f'作出行政许可处理决定{comma(t2["行政许可"][2])}件、其他对外管理服务事项处理决定{comma(t2["其他对外管理服务事项"][2])}件、行政处罚决定{comma(t2["行政处罚"][2])}件、行政强制决定{comma(t2["行政强制"][2])}件；'
                f'政府集中采购项目{comma(t2["政府集中采购"][0])}个，采购总金额{comma(t2["政府集中采购"][1])}元。'),
          w10_p(f'（二）依申请公开。全年新收政府信息公开申请{new}件，上年结转{old}件，办结{done}件，其中予以公开{g7(rows, "（一）予以公开")}件、部分公开{g7(rows, "（二）部分公开")}件，'
                f'无法提供{sum(g7(rows, f"（四）{i}") for i in (1, 2, 3))}件。'),
          w10_p('（三）政府信息管理。建立公文公开属性源头认定机制，落实公开前保密审查，及时更新政府信息公开指南和主动公开目录。'),
          w10_p('（四）平台建设。整合市政府门户网站栏目，规范政务新媒体管理，推进政府信息公开专栏标准化建设。'),
          w10_p(f'（五）监督保障。将政务公开纳入年度绩效考评，组织政务公开专题培训2期。全年因政府信息公开被申请行政复议{num(t4[4])}件，被提起行政诉讼{direct + after}件。'),
          H('二、主动公开政府信息情况')]
    # 表二: the 2019 blocks, thousands separators, a two-value block's last cell spanning two columns
    t = WordTable([145, 136, 136, 136], cls='MsoNormalTable')
    for item, cols, rs in T2_2019:
        t.tr([c(item, 4, 1, 'left')])
        if len(cols) == 4: t.tr([c(x) for x in cols])
        else: t.tr([c(cols[0]), c(cols[1]), c(cols[2], 2)])
        for r in rs:
            vals = t2[r]
            t.tr([c(r, 1, 1, 'left')] + ([v(x) for x in vals] if len(vals) == 3 else [v(vals[0]), v(vals[1], 2)]))
    s1 += [t.html(),
           w10_p(f'注：1.“本年增/减”栏填报本年较上一年增加或减少的项目数量；2.采购总金额单位为元，统计口径为{year}年度已签订合同的政府集中采购项目。', '10.5pt', '宋体', indent=False)]
    # 表三 and 表四 in the landscape section
    s2 = [H('三、收到和处理政府信息公开申请情况')]
    t = WordTable([46, 80, 300] + [72] * 7, cls='MsoNormalTable')
    t.tr([c(T3_NOTE, 3, 3), c('申请人情况', 7)], 24)
    t.tr([c('自然人', 1, 2), c('法人或其他组织', 5), c('总计', 1, 2)], 24)
    t.tr([c(x) for x in COLS[1:6]], 24)
    two = {'（二）部分公开': '（二）部分公开\n\n（区分处理的，只计这一情形，不计其他情形）',
           '一、本年新收政府信息公开申请数量': '一、本年新收政府信息\n\n公开申请数量', '二、上年结转政府信息公开申请数量': '二、上年结转政府信息\n\n公开申请数量',
           '四、结转下年度继续办理': '四、结转下年度\n\n继续办理'}
    seq = t3_rows(rows); nres = sum(1 for q in seq if q[0] != 'top'); first = True; seen = set()
    for kind, g, lab, key in seq:
        vals = [v(x) for x in rows[key]]; lab = two.get(key, lab)
        if kind == 'top': t.tr([c(lab, 3, 1, 'left')] + vals, 36); continue
        lead = [c('三、本年度办理结果', 1, nres)] if first else []; first = False
        if kind == 'res': t.tr(lead + [c(lab, 2, 1, 'left')] + vals, 36 if '\n' in lab else 22); continue
        gl = [c(g, 1, sum(1 for q in seq if q[1] == g))] if g not in seen else []; seen.add(g)
        t.tr(lead + gl + [c(lab, 1, 1, 'left')] + vals, 22)
    s2 += [t.html(), H('四、政府信息公开行政复议、行政诉讼情况')]
    t = WordTable([62] * 15, cls='MsoNormalTable')
    t.tr([c('行政复议', 5, 2), c('行政诉讼', 10)], 26)
    t.tr([c('未经复议直接起诉', 5), c('复议后起诉', 5)], 26)
    t.tr([c(x) for x in FIVE * 3], 36)
    t.tr([v(x) for x in t4], 28)
    s2 += [t.html()]
    s3 = [H('五、存在的主要问题及改进情况'),
          w10_p('一是部分单位对新修订《条例》的理解还不够深入，依申请公开答复的规范性有待提高；二是政策解读形式较为单一，图解、音视频等解读方式运用不多。'
                '下一步，我们将加强业务培训和工作指导，推动政策解读多元化，进一步提升政务公开工作水平。'),
          H('六、其他需要报告的事项'),
          w10_p('本年度未收取信息处理费。无其他需要报告的事项。'),
          w10_p('', indent=False),
          w10_p(f'{body}办公室', align='right', indent=False),
          w10_p(f'{year + 1}年1月29日', align='right', indent=False)]
    stem = f'{year}年政府信息公开工作年度报告'
    page = (W10_HEAD.format(title=title, created=f'{year + 1}-01-29T01:52:00Z', stem=stem)
            + "<div class=WordSection1 style='layout-grid:15.6pt'>\n\n" + '\n\n'.join(s1) + '\n\n</div>\n\n' + SECTION_BREAK
            + "\n<div class=WordSection2 style='layout-grid:15.6pt'>\n\n" + '\n\n'.join(s2) + '\n\n</div>\n\n' + SECTION_BREAK
            + "\n<div class=WordSection3 style='layout-grid:15.6pt'>\n\n" + '\n\n'.join(s3) + '\n\n</div>\n\n</body>\n\n</html>\n')
    return name, page, T

# ================================================================ m7: a PDF shown by a preview service (positioned lines)
PW, PH = 793.7, 1122.5                 # A4 at 96 px/in
ML, MR, MT, MB = 105.8, 98.3, 139.8, 132.3   # 公文 margins: 28 / 26 / 37 / 35 mm
CW = PW - ML - MR
SZ3, SZ5 = 21.33, 14.0                 # 三号 16pt, 五号 10.5pt
FONTS = {'fs': '"仿宋_GB2312","FangSong","STFangsong",serif', 'ht': '"黑体","SimHei",sans-serif', 'kt': '"楷体_GB2312","KaiTi","STKaiti",serif',
         'bs': '"方正小标宋简体","FZXiaoBiaoSong-B05S",serif', 'st': '"宋体","SimSun",serif'}

def est(text, size):
    """A line's width as set: CJK and full-width characters one em, ASCII half an em."""
    return sum(0.5 if ord(ch) < 0x2000 else 1.0 for ch in text) * size

def wrap(text, size, width, first=None):
    """Break a paragraph into lines the way a word processor does for CJK text: at any character,
    numbers kept whole, closing punctuation never starting a line."""
    toks = re.findall(r'[0-9A-Za-z.,%]+|.', text); lines = []; cur = ''; lim = first if first is not None else width
    for tk in toks:
        if cur and est(cur + tk, size) > lim + 0.1 and tk not in '，。、；：）”》':
            lines.append(cur); cur = ''; lim = width
        cur += tk
    if cur: lines.append(cur)
    return lines

class Sheet:
    """A paginated document set line by line: each page a list of text runs and rules."""
    def __init__(self):
        self.pages = []; self.new()
    def new(self):
        self.pages.append({'t': [], 'r': []}); self.y = MT
    def put(self, page, x, top, text, size, font):
        self.pages[page]['t'].append((x, top, text, size, font))
    def para(self, text, size=SZ3, lh=37.33, font='fs', indent=2, align='left'):
        lines = wrap(text, size, CW, CW - indent * size)
        for i, line in enumerate(lines):
            if self.y + lh > PH - MB: self.new()
            x = ML + (CW - est(line, size)) / 2 if align == 'center' else ML + CW - est(line, size) if align == 'right' else ML + (indent * size if i == 0 else 0)
            self.put(len(self.pages) - 1, x, self.y + (lh - size) / 2, line, size, font)
            self.y += lh
    def space(self, h):
        self.y += h
    def keep(self, h):
        """Start a new page unless h more pixels fit on this one (a block kept together)."""
        if self.y + h > PH - MB: self.new()
    def table(self, widths, rows, size=SZ5, lh=18.5, pad=4.0, minh=26.0):
        """rows: lists of (text, colspan, rowspan[, align]); '\n' forces a line break. Rows move whole
        to the next page; a merged cell cut by a page break is ruled on both pages, its text set in
        its taller part."""
        g = Grid(widths); cells = []
        for r, row in enumerate(rows):
            for cell, (col, w) in zip(row, g.place([(cl[1], cl[2]) for cl in row])):
                text, cs, rs = cell[:3]; align = cell[3] if len(cell) > 3 else 'center'
                lines = [ln for part in text.split('\n') for ln in wrap(part, size, w - 2 * pad)] if text else []
                cells.append({'r': r, 'rs': rs, 'x': ML + sum(widths[:col]), 'w': w, 'lines': lines, 'align': align})
        hts = [minh] * len(rows)
        for cl in cells:
            if cl['rs'] == 1: hts[cl['r']] = max(hts[cl['r']], len(cl['lines']) * lh + 2 * pad)
        for cl in cells:
            if cl['rs'] > 1:
                need = len(cl['lines']) * lh + 2 * pad; have = sum(hts[cl['r']:cl['r'] + cl['rs']])
                if need > have: hts[cl['r'] + cl['rs'] - 1] += need - have
        pos = []
        for r, ht in enumerate(hts):
            if self.y + ht > PH - MB: self.new()
            pos.append((len(self.pages) - 1, self.y)); self.y += ht
        for cl in cells:
            parts = {}
            for r in range(cl['r'], cl['r'] + cl['rs']):
                pg, top = pos[r]; p0 = parts.setdefault(pg, [top, 0]); p0[1] += hts[r]
            for pg, (top, ht) in parts.items(): self.pages[pg]['r'].append((cl['x'], top, cl['w'], ht))
            pg, (top, ht) = max(parts.items(), key=lambda kv: kv[1][1])
            tot = len(cl['lines']) * lh; y0 = top + max(pad, (ht - tot) / 2)
            for i, line in enumerate(cl['lines']):
                wl = est(line, size)
                x = cl['x'] + pad if cl['align'] == 'left' else cl['x'] + (cl['w'] - wl) / 2
                self.put(pg, x, y0 + i * lh + (lh - size) / 2, line, size, 'st')

PDF2HTML_CSS = ('#sidebar{position:absolute;top:0;left:0;bottom:0;width:250px;padding:0;margin:0;overflow:auto}#page-container{position:absolute;top:0;left:0;margin:0;padding:0;border:0}'
                '@media screen{#sidebar.opened+#page-container{left:250px}#page-container{bottom:0;right:0;overflow:auto}.loading-indicator{display:none}}'
                '@media print{@page{margin:0}html{margin:0}body{margin:0;-webkit-print-color-adjust:exact}#sidebar{display:none}#page-container{width:auto;height:auto;overflow:visible;background-color:transparent}.d{display:none}}'
                '.pf{position:relative;background-color:white;overflow:hidden;margin:0;border:0}'
                '.pc{position:absolute;border:0;padding:0;margin:0;top:0;left:0;width:100%;height:100%;overflow:hidden;display:block;transform-origin:0 0;-ms-transform-origin:0 0;-webkit-transform-origin:0 0}'
                '.pc.opened{display:block}.bf{position:absolute;border:0;margin:0;top:0;bottom:0;width:100%;height:100%;-ms-user-select:none;-moz-user-select:none;-webkit-user-select:none;user-select:none}'
                '.bi{position:absolute;border:0;margin:0;-ms-user-select:none;-moz-user-select:none;-webkit-user-select:none;user-select:none}'
                '@media print{.pf{margin:0;box-shadow:none;page-break-after:always;page-break-inside:avoid}@-moz-document url-prefix(){.pf{overflow:visible;border:1px solid #fff}.pc{overflow:visible}}}'
                '.c{position:absolute;border:0;padding:0;margin:0;overflow:hidden;display:block}'
                '.t{position:absolute;white-space:pre;font-size:1px;transform-origin:0 100%;-ms-transform-origin:0 100%;-webkit-transform-origin:0 100%;unicode-bidi:bidi-override;-moz-font-feature-settings:"liga" 0}'
                '.t:after{content:\'\'}.t:before{content:\'\';display:inline-block}.t span{position:relative;unicode-bidi:bidi-override}._{display:inline-block;color:transparent;z-index:-1}'
                '::selection{background:rgba(127,255,255,0.4)}::-moz-selection{background:rgba(127,255,255,0.4)}.pi{display:none}'
                '.d{position:absolute;transform-origin:0 100%;-ms-transform-origin:0 100%;-webkit-transform-origin:0 100%}.it{border:0;background-color:rgba(255,255,255,0.0)}.ir:hover{cursor:pointer}')
PDF2HTML_FANCY = ('@keyframes fadein{from{opacity:0}to{opacity:1}}@-webkit-keyframes fadein{from{opacity:0}to{opacity:1}}'
                  '#sidebar{background-color:#2f3236;background-image:url("data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSI0IiBoZWlnaHQ9IjQiPjwvc3ZnPg==")}'
                  '#outline{font-family:Georgia,Times,"Times New Roman",serif;font-size:13px;margin:2em 1em}#outline ul{padding:0}#outline li{list-style-type:none;margin:1em 0}'
                  '@media screen{#page-container{background-color:#9e9e9e;background-image:url("data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSI0IiBoZWlnaHQ9IjQiPjwvc3ZnPg==");-webkit-transition:left 500ms;transition:left 500ms}'
                  '.pf{margin:13px auto;box-shadow:1px 1px 3px 1px #333;border-collapse:separate}.pc.opened{-webkit-animation:fadein 100ms;animation:fadein 100ms}}'
                  '.checked{background:no-repeat url(data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABYAAAAWCAYAAADEtGw7AAAAFklEQVR42mP4//8/AzJgGBUYFRgsAgAXsyv1+Ex5ZQAAAABJRU5ErkJggg==)}')

def render_sheet(sheet, title):
    xs, ys, fss, hs = {}, {}, {}, {}
    # class numbers as pdf2htmlEX gives them: x0/y0 the page origin, h0/h1 the page and its image
    cls = lambda dct, v, pre: f'{pre}{dct.setdefault(round(v, 3), len(dct) + (2 if pre == "h" else 1 if pre in "xy" else 0))}'
    ff = {k: i + 1 for i, k in enumerate(FONTS)}
    pages = []
    for pn, pg in enumerate(sheet.pages, 1):
        # the page number, as 公文 set it: — n — at the foot, odd pages right, even left
        lab = f'— {pn} —'; sz = 18.67
        pg['t'].append((PW - MR - est(lab, sz) - 14 if pn % 2 else ML + 14, PH - 105, lab, sz, 'st'))
        paths = ''.join(f'<path d="M{x:.2f} {y:.2f}h{w:.2f}v{h:.2f}h{-w:.2f}z" fill="none" stroke="#000" stroke-width="0.75"/>' for x, y, w, h in pg['r'])
        svg = (f'<svg xmlns="http://www.w3.org/2000/svg" width="{PW}" height="{PH}" viewBox="0 0 {PW} {PH}"><g>{paths}</g></svg>')
        img = f'<img class="bi x0 y0 w1 h1" alt="" src="data:image/svg+xml;base64,{base64.b64encode(svg.encode()).decode()}"/>' if paths else ''
        divs = []
        for x, top, text, size, font in pg['t']:
            bottom = PH - top - size
            divs.append(f'<div class="t m0 {cls(xs, x, "x")} {cls(hs, size * 1.05, "h")} {cls(ys, bottom, "y")} ff{ff[font]} {cls(fss, size, "fs")} fc0 sc0 ls0 ws0">{text}</div>')
        pages.append(f'<div id="pf{pn:x}" class="pf w0 h0" data-page-no="{pn:x}"><div class="pc pc{pn:x} w0 h0">{img}' + ''.join(divs)
                     + f'</div><div class="pi" data-data=\'{{"ctm":[1.000000,0.000000,0.000000,1.000000,0.000000,0.000000]}}\'></div></div>')
    css = ['.ff0{font-family:sans-serif;visibility:hidden;}']
    css += [f'.ff{ff[k]}{{font-family:{v};line-height:1.000000;font-style:normal;font-weight:normal;visibility:visible;}}' for k, v in FONTS.items()]
    css += ['.m0{transform:matrix(1.000000,0.000000,0.000000,1.000000,0,0);-ms-transform:matrix(1.000000,0.000000,0.000000,1.000000,0,0);-webkit-transform:matrix(1.000000,0.000000,0.000000,1.000000,0,0);}',
            '.v0{vertical-align:0.000000px;}.ls0{letter-spacing:0.000000px;}.sc_{text-shadow:none;}.sc0{text-shadow:-0.015em 0 transparent,0 0.015em transparent,0.015em 0 transparent,0 -0.015em  transparent;}',
            '@media screen and (-webkit-min-device-pixel-ratio:0){.sc_{-webkit-text-stroke:0px transparent;}.sc0{-webkit-text-stroke:0.015em transparent;text-shadow:none;}}',
            '.ws0{word-spacing:0.000000px;}.fc0{color:rgb(0,0,0);}']
    css += [f'.fs{i}{{font-size:{v:.6f}px;}}' for v, i in fss.items()]
    css += [f'.h{i}{{height:{v:.6f}px;}}' for v, i in hs.items()]
    css += [f'.w0{{width:{PW:.6f}px;}}', f'.h0{{height:{PH - 0.5:.6f}px;}}', f'.w1{{width:{PW:.6f}px;}}', f'.h1{{height:{PH:.6f}px;}}', '.x0{left:0.000000px;}', '.y0{bottom:0.000000px;}']
    css += [f'.x{i}{{left:{v:.6f}px;}}' for v, i in xs.items()] + [f'.y{i}{{bottom:{v:.6f}px;}}' for v, i in ys.items()]
    body = ''.join(pages)
    return ('<!DOCTYPE html>\n<!-- Created by pdf2htmlEX (https://github.com/pdf2htmlex/pdf2htmlex) -->\n<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n'
            '<meta charset="utf-8"/>\n<meta name="generator" content="pdf2htmlEX"/>\n<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"/>\n'
            f'<style type="text/css">\n/*! \n * Base CSS for pdf2htmlEX\n * Copyright 2012,2013 Lu Wang <coolwanglu@gmail.com> \n * https://github.com/pdf2htmlEX/pdf2htmlEX/blob/master/share/LICENSE\n */{PDF2HTML_CSS}\n</style>\n'
            f'<style type="text/css">\n/*! \n * Fancy styles for pdf2htmlEX\n * Copyright 2012,2013 Lu Wang <coolwanglu@gmail.com> \n * https://github.com/pdf2htmlEX/pdf2htmlEX/blob/master/share/LICENSE\n */{PDF2HTML_FANCY}\n</style>\n'
            '<style type="text/css">\n' + '\n'.join(x for x in css if x) + '\n@media print{@page{size:210mm 297mm;margin:0}}\n</style>\n'
            f'<title>{title}</title>\n</head>\n<body>\n<div id="sidebar">\n<div id="outline">\n</div>\n</div>\n<div id="page-container">\n'
            + body + '\n</div>\n<div class="loading-indicator">\n</div>\n</body>\n</html>\n')

def page_m7():
    name = 'm7-2024-pdf-preview'; body = '上海市科学技术委员会'; d, T, t2, rows = donor('2024-shanghai-stcsm', body); year = d['year']; t4 = T['table4']
    T['donors'] = {'table2': '2024-shanghai-stcsm', 'table3': '2024-shanghai-stcsm', 'table4': '2024-shanghai-stcsm'}
    title = f'{body}{year}年政府信息公开工作年度报告'
    new, old, done, fwd = g7(rows, '一、本年新收政府信息公开申请数量'), g7(rows, '二、上年结转政府信息公开申请数量'), g7(rows, '（七）总计'), g7(rows, '四、结转下年度继续办理', 0)
    s = Sheet()
    s.space(10)
    for line in (f'{body}{year}年', '政府信息公开工作年度报告'):
        s.para(line, 29.33, 46, 'bs', 0, 'center')
    s.space(20)
    s.para(f'本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求，'
           f'由{body}编制。报告所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。本报告电子版可在“上海市人民政府”门户网站（www.shanghai.gov.cn）查阅。')
    s.para('一、总体情况', font='ht')
    s.para(f'{year}年，{body}坚持以公开为常态、不公开为例外，紧扣科技创新中心建设重点任务，推进科技政策、科技计划项目管理和科技成果等信息公开，不断提升政务公开质效。')
    s.para('（一）主动公开', font='kt')
    s.para(f'全年制发行政规范性文件{num(t2["行政规范性文件"][0])}件，截至年底现行有效行政规范性文件{num(t2["行政规范性文件"][2])}件，均在门户网站“政策文件”栏目公开并同步发布解读。'
           f'公开行政许可决定{num(t2["行政许可"][0])}件。围绕科技计划项目申报、立项、验收等环节，及时发布项目指南和立项公示。')
    s.para('（二）依申请公开', font='kt')
    s.para(f'全年收到政府信息公开申请{new}件，上年结转{old}件，已办结{done}件，结转下年度继续办理{fwd}件。'
           f'其中予以公开{g7(rows, "（一）予以公开")}件，无法提供{sum(g7(rows, f"（四）{i}") for i in (1, 2, 3))}件，其他处理{sum(g7(rows, f"（六）{i}") for i in (1, 2, 3))}件。'
           f'全年因政府信息公开被申请行政复议{num(t4[4])}件，结果维持{num(t4[0])}件；被提起行政诉讼{(t4[9] or 0) + (t4[14] or 0)}件。')
    s.para('（三）政府信息管理', font='kt')
    s.para('严格落实公开前保密审查和公开属性源头认定，动态更新主动公开基本目录，做好规范性文件清理结果公开。')
    s.para('（四）平台建设', font='kt')
    s.para('优化门户网站政府信息公开专栏，完善政策文件库和政策问答库，提升政务新媒体信息发布的时效性。')
    s.para('（五）监督保障', font='kt')
    s.para('将政务公开纳入机关年度绩效考核，组织开展政务公开业务培训，落实社会评议和责任追究机制。')
    s.para('二、主动公开政府信息情况', font='ht')
    rows2 = []
    for item, cols, rs in T2_2021:
        rows2.append([(item, 4, 1)])
        if len(cols) == 4: rows2.append([(x, 1, 1) for x in cols])
        else: rows2.append([(cols[0], 1, 1), (cols[1], 3, 1)])
        for r in rs: rows2.append([(r, 1, 1)] + [(num(x), 1 if len(cols) == 4 else 3, 1) for x in t2[r]])
    s.table([170, 140, 140, CW - 450], rows2)
    s.space(12)
    s.para('三、收到和处理政府信息公开申请情况', font='ht')
    vw = (CW - 30 - 88 - 152) / 7
    rows3 = [[(T3_NOTE, 3, 3), ('申请人情况', 7, 1)], [('自然人', 1, 2), ('法人或其他组织', 5, 1), ('总计', 1, 2)],
             [(x, 1, 1) for x in COLS[1:6]]]
    seq = t3_rows(rows); nres = sum(1 for q in seq if q[0] != 'top'); first = True; seen = set()
    for kind, g, lab, key in seq:
        vals = [(num(x), 1, 1) for x in rows[key]]
        if kind == 'top': rows3.append([(lab, 3, 1, 'left')] + vals); continue
        lead = [('三、本年度办理结果', 1, nres)] if first else []; first = False
        if kind == 'res': rows3.append(lead + [(lab, 2, 1, 'left')] + vals); continue
        gl = [(g, 1, sum(1 for q in seq if q[1] == g))] if g not in seen else []; seen.add(g)
        rows3.append(lead + gl + [(lab, 1, 1, 'left')] + vals)
    s.table([30, 88, 152] + [vw] * 7, rows3)
    s.space(12)
    s.para('四、政府信息公开行政复议、行政诉讼情况', font='ht')
    s.table([CW / 15] * 15, [[('行政复议', 5, 2), ('行政诉讼', 10, 1)], [('未经复议直接起诉', 5, 1), ('复议后起诉', 5, 1)],
                              [(x, 1, 1) for x in FIVE * 3], [(num(x), 1, 1) for x in t4]])
    s.space(12)
    s.para('五、存在的主要问题及改进情况', font='ht')
    s.para('一是政策解读的形式和渠道有待进一步丰富，面向科技企业和科研人员的精准推送还不够；二是依申请公开办理中与申请人的沟通有待加强。'
           '下一步，我们将创新政策解读方式，加强业务培训和答复文书审核，持续提升政府信息公开工作的规范化水平。')
    s.para('六、其他需要报告的事项', font='ht')
    s.para('本年度未收取信息处理费。本机关无其他需要报告的事项。')
    s.space(37); s.keep(2 * 37.33)
    s.para(body, indent=0, align='right')
    s.para(f'{year + 1}年1月20日', indent=0, align='right')
    return name, render_sheet(s, f'{title}.pdf'), T

# ================================================================ m8: key-figure panel, 表三 labels filled down
def page_m8():
    name = 'm8-2024-figures-filled'; body = '淮安市人民政府'; d, T, t2, rows = donor('2024-jiangsu-huaian', body); year = d['year']; t4 = T['table4']
    T['donors'] = {'table2': '2024-jiangsu-huaian', 'table3': '2024-jiangsu-huaian', 'table4': '2024-jiangsu-huaian'}
    title = f'{body}{year}年政府信息公开工作年度报告'
    new, old, done, fwd = g7(rows, '一、本年新收政府信息公开申请数量'), g7(rows, '二、上年结转政府信息公开申请数量'), g7(rows, '（七）总计'), g7(rows, '四、结转下年度继续办理')
    grant, part = g7(rows, '（一）予以公开'), g7(rows, '（二）部分公开')
    review, direct, after = t4[4], t4[9], t4[14]
    cards = [(comma(new), '件', '新收政府信息公开申请'), (comma(done), '件', '办结政府信息公开申请'), (pct(grant + part, done), '', '予以公开和部分公开占比'),
             (comma(fwd), '件', '结转下年度继续办理'), (comma(t2['行政许可'][0]), '件', '公开行政许可决定'), (comma(t2['行政处罚'][0]), '件', '公开行政处罚决定'),
             (comma(t2['行政强制'][0]), '件', '公开行政强制决定'), (comma(t2['行政事业性收费'][0]), '万元', '行政事业性收费'),
             (comma(t2['行政规范性文件'][2]), '件', '现行有效行政规范性文件'), (comma(review), '件', '政府信息公开行政复议'), (comma(direct + after), '件', '政府信息公开行政诉讼')]
    panel = ('<div class="sjnb"><div class="sjnb-t">数说年报</div><div class="sjnb-g">'
             + ''.join(f'<div class="sjnb-i"><div class="n">{n}<span class="u">{u}</span></div><div class="l">{lab}</div></div>' for n, u, lab in cards)
             + '</div></div>')
    P = lambda t: f'<p>{t}</p>'
    h = [panel,
         P(f'本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》要求，由{body}办公室编制。'
           f'报告所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。'),
         '<h3>一、总体情况</h3>',
         P(f'{year}年，{body}认真贯彻落实党中央、国务院关于全面推进政务公开的决策部署，坚持以公开促落实、以公开强监管、以公开优服务，政府信息公开工作质效持续提升。'),
         P(f'（一）主动公开。全年制发市政府规章{num(t2["规章"][0])}件，现行有效规章{num(t2["规章"][2])}件；制发行政规范性文件{num(t2["行政规范性文件"][0])}件、废止{num(t2["行政规范性文件"][1])}件，'
           f'现行有效行政规范性文件{num(t2["行政规范性文件"][2])}件。全市公开行政许可决定{comma(t2["行政许可"][0])}件、行政处罚决定{comma(t2["行政处罚"][0])}件、行政强制决定{comma(t2["行政强制"][0])}件。'),
         P(f'（二）依申请公开。全年新收政府信息公开申请{comma(new)}件，上年结转{old}件，办结{comma(done)}件，其中予以公开{comma(grant)}件、部分公开{part}件，'
           f'予以公开和部分公开占办结总数的{pct(grant + part, done)}；结转下年度继续办理{fwd}件。'),
         P('（三）政府信息管理。严格执行公开前保密审查和合法性审查，动态更新政府信息公开指南和主动公开基本目录。'),
         P('（四）平台建设。持续优化市政府门户网站政府信息公开专栏，完善政策文件库，推进政务新媒体规范化建设。'),
         P(f'（五）监督保障。将政务公开工作纳入年度综合考核，组织全市政务公开业务培训。全年因政府信息公开被申请行政复议{review}件，被提起行政诉讼{direct + after}件。'),
         '<h3>二、主动公开政府信息情况</h3>', '<table class="nb" cellspacing="0" cellpadding="0">']
    for item, cols, rs in T2_2021:
        span = '' if len(cols) == 4 else ' colspan="3"'
        h += [f'<tr class="hd"><td colspan="4">{item}</td></tr>', '<tr class="hd">' + ''.join(f'<td{span if i else ""}>{x}</td>' for i, x in enumerate(cols)) + '</tr>']
        h += [f'<tr><td class="lb">{r}</td>' + ''.join(f'<td{span}>{num(x)}</td>' for x in t2[r]) + '</tr>' for r in rs]
    h += ['</table>', '<h3>三、收到和处理政府信息公开申请情况</h3>', '<table class="nb" cellspacing="0" cellpadding="0">',
          '<colgroup><col width="70"><col width="86"><col width="230"><col width="60" span="7"></colgroup>',
          f'<tr class="hd"><td rowspan="3" colspan="3">{T3_NOTE}</td><td colspan="7">申请人情况</td></tr>',
          '<tr class="hd"><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>',
          '<tr class="hd">' + ''.join(f'<td>{x}</td>' for x in COLS[1:6]) + '</tr>']
    # 表三's body as pasted from the worksheet: merged labels unmerged and filled down
    for kind, g, lab, key in t3_rows(rows):
        vals = ''.join(f'<td>{num(x)}</td>' for x in rows[key])
        if kind == 'top': h.append(f'<tr><td colspan="3" class="lb">{lab}</td>{vals}</tr>')
        elif kind == 'res': h.append(f'<tr><td class="lb">三、本年度办理结果</td><td colspan="2" class="lb">{lab}</td>{vals}</tr>')
        else: h.append(f'<tr><td class="lb">三、本年度办理结果</td><td class="lb">{g}</td><td class="lb">{lab}</td>{vals}</tr>')
    h += ['</table>', '<h3>四、政府信息公开行政复议、行政诉讼情况</h3>', '<table class="nb" cellspacing="0" cellpadding="0">',
          '<tr class="hd"><td colspan="5" rowspan="2">行政复议</td><td colspan="10">行政诉讼</td></tr>',
          '<tr class="hd"><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>',
          '<tr class="hd">' + ''.join(f'<td>{x}</td>' for x in FIVE * 3) + '</tr>',
          '<tr>' + ''.join(f'<td>{num(x)}</td>' for x in t4) + '</tr>', '</table>',
          f'<p class="zhu">注：本表行政复议、行政诉讼案件统计时间为{year}年1月1日至{year}年12月31日，“尚未审结”为截至{year}年12月31日尚未作出决定或判决的案件。</p>',
          '<h3>五、存在的主要问题及改进情况</h3>',
          P('一是政策解读的针对性和可读性有待增强；二是部分县区、部门依申请公开答复的规范性还需提升。下一步，我们将丰富图表、视频等解读形式，加强答复文书审核和业务培训。'),
          '<h3>六、其他需要报告的事项</h3>',
          P('本年度依据《政府信息公开信息处理费管理办法》收取信息处理费3940元。无其他需要报告的事项。'),
          f'<p class="sign">{body}办公室<br>{year + 1}年1月22日</p>']
    css = ('body{margin:0;font:14px/1.7 "Microsoft YaHei","微软雅黑",SimSun,sans-serif;color:#333;background:#f4f6f9}a{color:#333;text-decoration:none}'
           '.top{background:#b5161c;color:#fff;height:80px;line-height:80px;font-size:28px;padding-left:calc(50% - 500px);letter-spacing:2px}'
           '.wrap{width:1000px;margin:0 auto;background:#fff;padding:0 0 30px}.loc{padding:10px 30px;font-size:12px;color:#777;border-bottom:1px solid #e5e5e5}'
           'h1{font-size:24px;text-align:center;margin:26px 40px 10px;color:#222}.info{text-align:center;color:#999;font-size:12px;margin-bottom:16px}'
           '.con{padding:0 40px;font-size:16px;line-height:2}.con p{text-indent:2em;margin:8px 0}.con h3{font-size:16px;margin:14px 0 6px}'
           '.con p.sign{text-align:right;text-indent:0}.con p.zhu{font-size:13px;text-indent:0;color:#555;line-height:1.6}'
           '.sjnb{border:1px solid #f0d5d5;background:#fff8f6;margin:10px 0 20px;padding:12px 16px}.sjnb-t{font-size:18px;font-weight:bold;color:#b5161c;border-left:4px solid #b5161c;padding-left:8px;margin-bottom:10px}'
           '.sjnb-g{display:grid;grid-template-columns:repeat(4,1fr);gap:10px}.sjnb-i{background:#fff;border:1px solid #f3dede;border-radius:4px;text-align:center;padding:8px 4px}'
           '.sjnb-i .n{font-size:24px;font-weight:bold;color:#b5161c;line-height:1.3;font-family:Arial,Helvetica,sans-serif}.sjnb-i .u{font-size:13px;margin-left:2px;font-weight:normal}'
           '.sjnb-i .l{font-size:13px;color:#666;line-height:1.4}'
           'table.nb{border-collapse:collapse;width:100%;margin:6px 0 12px;font-size:13px;line-height:1.5}table.nb td{border:1px solid #666;padding:4px;text-align:center}'
           'table.nb tr.hd td{background:#f7eaea;font-weight:bold}table.nb td.lb{text-align:left}'
           '.foot{width:1000px;margin:0 auto;text-align:center;font-size:12px;color:#888;padding:14px 0;line-height:1.9}')
    page = ('<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">'
            f'<meta name="SiteName" content="淮安市人民政府"><meta name="ColumnName" content="政府信息公开年报"><meta name="ArticleTitle" content="{title}">'
            f'<meta name="PubDate" content="{year + 1}-01-22 10:15"><title>{title}</title><style>{css}</style></head><body>'
            f'<div class="top">{body}</div><div class="wrap"><div class="loc">您当前的位置：首页 &gt; 政府信息公开 &gt; 政府信息公开年报 &gt; 市政府年报</div>'
            f'<h1>{title}</h1><div class="info">发布日期：{year + 1}-01-22　来源：{body}办公室　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>'
            f'<div class="con">{"".join(h)}</div></div>'
            '<div class="foot">主办：淮安市人民政府办公室　承办：淮安市大数据管理局<br>网站标识码：3208000003　苏ICP备05007073号　苏公网安备 32080202000104号</div></body></html>')
    return name, page, T

if __name__ == '__main__':
    write_pages(sys.argv[1] if len(sys.argv) > 1 else '/tmp/layouts6', (page_m5, page_m6, page_m7, page_m8), 'layouts6.py')
