#!/usr/bin/env python3
"""Three more report pages in real-world layouts (l1, l2, l3), each filled with real reports' values,
with their exact truth: blind hold-outs written by a helper session, which the reader's developer
does not look at until they have been scored once. Shared helpers come from
scripts/measure/layouts.py.

usage: python3 scripts/measure/layouts3.py OUT   (run from the repository root, ../shared beside it)
then: bash ../shared/tools/make-forms.sh OUT/forms OUT/src/*.html   (and copy OUT/src to OUT/forms/published)
writes OUT/src/<name>.html and OUT/truth/<name>.json.

The numbers are never invented: 表二/表三/表四 come from real reports' truths (donors named in each
page's function), and the numbers in the prose follow from the same tables.

  l1-2020-jinjiang  2019 format in a UEditor CMS article (<table data-sort="sortDisabled">, the first
      row <tr class="firstRow">, cells with width/valign and word-break:break-all, no <p> in cells).
      表二 (donor seed 003) as the template's five blocks in one table, 本年增/减 printed with an
      explicit sign where non-zero (+422, +3). 表三 (donor 2024 洪泽区; （六）其他处理 one row) with
      the applicant header nested differently: 申请人情况 spans only the six applicant columns and
      总计 stands outside it, one cell over all three header rows at the right; group labels with a
      trailing full-width colon (（三）不予公开：) and item labels numbered 1、 2、 …; zeros printed 0
      in 自然人 and 总计 but blank in the five 法人或其他组织 columns. 表四 (donor seed 003) with two
      header rows (行政复议 | 行政诉讼（未经复议直接起诉） | 行政诉讼（复议后起诉）, each over five,
      then the result words) and the values in the third row, zeros printed —, a 注： line after it.
      The introduction states the applications, outcomes and 复议/诉讼 counts in prose.
  l2-2024-huaian  2021 format, all three tables pasted from an Excel workbook saved as a web page
      (donor 2024 淮安市人民政府): the xl-class <style> block kept in the article, <col> widths,
      an empty unruled column A in front of every row, a title row and a 单位：件 row inside the
      table, x:num / x:str / x:fmla="=SUM(…)" attributes on the cells, numbers right-aligned,
      收费 stored x:num="96171.600000000006" and displayed 96171.60 (mso-number-format 0.00),
      Alt+Enter line breaks in labels as <br style='mso-data-placement:same-cell'/>, and the
      trailing supportMisalignedColumns row. 表三's applicant header with 自然人 and 总计 in the
      bottom header row (empty cells above them in the 法人或其他组织 row), and its 法人或其他组织
      zero cells printed blank by a zero-hiding number format (0;-0;;@, x:num="0").
  l2h-2023-hongze  l2's layout and markup filled with 2023 洪泽区's values (a development donor, added
      after the blind round to try the mechanisms l2 led to on other numbers).
  l3-2025-shuyang  2021 format on a responsive CMS template (donor 2025 沭阳县人民政府): the
      introduction with numbers in prose, some in full-width digits (７１３件); 表二 as one
      four-column table with its header row (信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数)
      printed once at the top, the later blocks' item label and their own header on one row
      (第二十条第（五）项 | 本年处理决定数量 over three columns), and a Word footnote reference
      after 行政事业性收费 (<sup>[1]</sup>) with its note at the end of the article; 表三 in <th>
      cells with group labels ending in a colon and items numbered （1）（2）…, zeros printed 0
      but every cell of an all-zero row printed —; 表四 not a <table> at all but a CSS grid of <div>s
      (grid-column spans for 行政复议 / 行政诉讼 / its two groups, the fifteen values in the last row).
"""
import json, os, sys, copy, re

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from layouts import SHARED, truth, num, printed, W, U, N, O, COLS, FIVE, T3_NOTE, T2_2021, T2_2019, t3_rows, TAIL, write_pages  # noqa: E402

def donor(src, body):
    d = truth(src); T = copy.deepcopy({k: d[k] for k in ('year', 'format', 'table2', 'table3', 'table4')}); T['body'] = body
    return d, T, T['table2'], T['table3']['rows']

def prose_intro(body, year, t3, t4, extra=''):
    """一、总体情况 with the applications, outcomes and 复议/诉讼 counts stated in prose (all from the tables)."""
    r = t3['rows']; g = lambda k: r[k][6] if r.get(k) and r[k][6] is not None else 0
    new, old, done, fwd = g('一、本年新收政府信息公开申请数量'), g('二、上年结转政府信息公开申请数量'), g('（七）总计'), g('四、结转下年度继续办理')
    grant, part = g('（一）予以公开'), g('（二）部分公开')
    nat = r['一、本年新收政府信息公开申请数量'][0] or 0
    rv = t4[4] or 0; lit = (t4[9] or 0) + (t4[14] or 0)
    return (f'<p>根据《中华人民共和国政府信息公开条例》（以下简称《条例》）第五十条规定，{body}编制了{year}年度政府信息公开工作年度报告。'
            f'本报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。</p>'
            '<h3>一、总体情况</h3>'
            f'<p>{year}年，{body}坚持以公开为常态、不公开为例外，认真落实《条例》各项规定。{extra}</p>'
            f'<p>依申请公开方面，全年新收政府信息公开申请{new}件（其中自然人申请{nat}件），上年结转{old}件，'
            f'共办结{done}件，其中予以公开{grant}件、部分公开{part}件，结转下年度继续办理{fwd}件。'
            f'全年因政府信息公开被申请行政复议{rv}件，被提起行政诉讼{lit}件。</p>'
            '<p>政府信息管理方面，严格落实公开前保密审查，动态更新主动公开基本目录；平台建设方面，持续优化政府信息公开专栏；'
            '监督保障方面，将政务公开工作纳入年度绩效考核，全年开展业务培训3次。</p>')

def article(title, body, year, date, inner, head_css='', footer=''):
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>' + title + '</title>'
            '<style>body{font-family:"Microsoft YaHei",SimSun,sans-serif;font-size:14px}.crumb{font-size:12px;color:#666}'
            '.meta{text-align:center;color:#888;font-size:13px;border-bottom:1px solid #ddd;padding-bottom:6px}'
            '.content p{text-indent:2em;line-height:1.9}' + head_css + '</style></head><body>'
            '<div class="crumb">当前位置：首页 &gt; 政府信息公开 &gt; 法定主动公开内容 &gt; 政府信息公开年报</div>'
            f'<div class="main"><h1 style="text-align:center;font-size:22px">{title}</h1>'
            f'<div class="meta">发布日期：{date}　来源：{body}　【字号：大 中 小】【打印】</div>'
            f'<div class="content">{inner}</div></div>'
            f'<div class="footer">{footer or "主办单位：" + body}</div></body></html>')

# ================================================================ l1: 2019 format in a UEditor article
def ue(t, attrs='', w=None):
    """A UEditor cell: width/valign attributes, the text straight in the cell (no <p>)."""
    wa = f' width="{w}"' if w else ''
    inner = t.replace('\n', '<br/>') if t else '<br/>'
    return f'<td{wa} valign="middle" align="center" {attrs} style="word-break: break-all; border: 1px solid #000000;">{inner}</td>'

def page_l1():
    name = 'l1-2020-jinjiang'; body = '晋江市市场监督管理局'; year = 2020
    t2s = truth('003_0ec7f487509b9c4f'); t3s = truth('2024-jiangsu-huaian-hongze')
    T = copy.deepcopy({'year': year, 'body': body, 'format': '2019', 'table2': t2s['table2'], 'table3': t3s['table3'], 'table4': t2s['table4']})
    t2 = T['table2']; rows = T['table3']['rows']; t4 = T['table4']
    tab = '<table data-sort="sortDisabled" width="100%" style="border-collapse:collapse;"><tbody>'
    first = lambda r: r.replace('<tr>', '<tr class="firstRow">', 1)
    extra = (f'全年新制作规范性文件{t2["规范性文件"][0]}件，办理行政许可{t2["行政许可"][2]}件，'
             f'作出行政处罚决定{t2["行政处罚"][2]}件，实施政府集中采购项目{t2["政府集中采购"][0]}个。')
    h = [prose_intro(body, year, T['table3'], t4, extra), '<h3>二、主动公开政府信息情况</h3>']
    # 表二: the five 2019 blocks in one table; 本年增/减 with an explicit sign where non-zero
    sign = lambda x: (f'+{num(x)}' if x > 0 else num(x)) if x is not None else ''
    tb = [tab]
    for bi, (item, cols, rs) in enumerate(T2_2019):
        r = '<tr>' + ue(item, 'colspan="4"') + '</tr>'
        tb.append(first(r) if bi == 0 else r)
        tb.append('<tr>' + ''.join(ue(c, '', '25%') for c in cols) + (ue('') if len(cols) == 3 else '') + '</tr>')
        for lab in rs:
            vals = t2[lab]; cells = []
            for i, x in enumerate(vals):
                is_change = cols[i + 1] == '本年增/减'
                cells.append(ue(sign(x) if is_change else num(x)))
            tb.append('<tr>' + ue(lab) + ''.join(cells) + (ue('') if len(vals) == 2 else '') + '</tr>')
    h += tb + ['</tbody></table>', '<h3>三、收到和处理政府信息公开申请情况</h3>']
    # 表三: 总计 outside 申请人情况; group labels with a colon, items numbered 1、; 法人 zeros blank
    tb = [tab, first('<tr>' + ue(T3_NOTE, 'rowspan="3" colspan="3"', '34%') + ue('申请人情况', 'colspan="6"') + ue('总计', 'rowspan="3"') + '</tr>'),
          '<tr>' + ue('自然人', 'rowspan="2"') + ue('法人或其他组织', 'colspan="5"') + '</tr>',
          '<tr>' + ''.join(ue(c) for c in COLS[1:6]) + '</tr>']
    def v3(i, x):
        if x == 0 and 1 <= i <= 5: return ue('')
        return ue(num(x))
    lab = lambda t: re.sub(r'^(\d)\.', r'\1、', t)
    seq = t3_rows(rows); nres = sum(1 for q in seq if q[0] != 'top'); firstres = True; seen = set()
    for kind, g, L, key in seq:
        vals = ''.join(v3(i, x) for i, x in enumerate(rows[key]))
        if kind == 'top': tb.append('<tr>' + ue(L, 'colspan="3"') + vals + '</tr>'); continue
        lead = ue('三、本年度办理结果', f'rowspan="{nres}"') if firstres else ''; firstres = False
        if kind == 'res': tb.append('<tr>' + lead + ue(L, 'colspan="2"') + vals + '</tr>')
        else:
            gl = ue(g + '：', f'rowspan="{sum(1 for q in seq if q[1] == g)}"') if g not in seen else ''; seen.add(g)
            tb.append('<tr>' + lead + gl + ue(lab(L)) + vals + '</tr>')
    h += tb + ['</tbody></table>']
    T['table3']['rows'] = {k: [None if (x == 0 and 1 <= i <= 5) else x for i, x in enumerate(v)] for k, v in rows.items()}
    # 表四: two header rows, the values in the third; zeros printed —
    h += ['<h3>四、政府信息公开行政复议、行政诉讼情况</h3>', tab,
          first('<tr>' + ue('行政复议', 'colspan="5"') + ue('行政诉讼（未经复议直接起诉）', 'colspan="5"') + ue('行政诉讼（复议后起诉）', 'colspan="5"') + '</tr>'),
          '<tr>' + ''.join(ue(c) for c in FIVE * 3) + '</tr>',
          '<tr>' + ''.join(ue('—' if x == 0 else num(x)) for x in t4) + '</tr>', '</tbody></table>',
          '<p>注：表中“—”表示本年度无此类情况。</p>', TAIL,
          f'<p style="text-align:right">{body}</p><p style="text-align:right">{year + 1}年1月29日</p>']
    T['table4'] = [printed(x, '—') for x in t4]
    title = f'{body}{year}年度政府信息公开工作年度报告'
    return name, article(title, body, year, f'{year + 1}-01-29 16:02', ''.join(h),
                         footer=f'主办单位：{body} 网站标识码 3505820012 闽ICP备05012345号'), T

# ================================================================ l2: tables from an Excel workbook saved as a web page
XL_STYLE = """<style>
<!--table
	{mso-displayed-decimal-separator:"\\.";
	mso-displayed-thousand-separator:"\\,";}
.xl65
	{mso-style-parent:style0;font-size:11.0pt;font-family:宋体;mso-font-charset:134;white-space:nowrap;}
.xl66
	{mso-style-parent:style0;font-size:14.0pt;font-weight:700;font-family:黑体;mso-font-charset:134;text-align:center;vertical-align:middle;}
.xl67
	{mso-style-parent:style0;font-size:10.0pt;font-family:宋体;mso-font-charset:134;text-align:right;vertical-align:middle;}
.xl68
	{mso-style-parent:style0;font-size:10.0pt;font-family:宋体;mso-font-charset:134;text-align:center;vertical-align:middle;border:.5pt solid windowtext;white-space:normal;}
.xl69
	{mso-style-parent:style0;font-size:10.0pt;font-family:宋体;mso-font-charset:134;text-align:left;vertical-align:middle;border:.5pt solid windowtext;white-space:normal;}
.xl70
	{mso-style-parent:style0;font-size:10.0pt;font-family:"Times New Roman", serif;mso-font-charset:0;mso-number-format:0;text-align:right;vertical-align:middle;border:.5pt solid windowtext;}
.xl71
	{mso-style-parent:style0;font-size:10.0pt;font-family:"Times New Roman", serif;mso-font-charset:0;mso-number-format:"0\\;\\-0\\;\\;\\@";text-align:right;vertical-align:middle;border:.5pt solid windowtext;}
.xl72
	{mso-style-parent:style0;font-size:10.0pt;font-family:"Times New Roman", serif;mso-font-charset:0;mso-number-format:"0\\.00";text-align:right;vertical-align:middle;border:.5pt solid windowtext;}
-->
</style>"""

def xl_col(i):
    return 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[i]

class XL:
    """One Excel sheet range saved as HTML: a leading empty column A, cells with x:str / x:num."""
    def __init__(self, widths):
        self.widths = [18] + widths; self.rows = []; self.n = 0
    def open(self):
        w = sum(self.widths)
        return ([f"<table border=0 cellpadding=0 cellspacing=0 width={w} style='border-collapse:collapse;table-layout:fixed;width:{w * 0.75:.0f}pt'>"]
                + [f"<col width={c} style='mso-width-source:userset;mso-width-alt:{int(c * 36.57)};width:{c * 0.75:.0f}pt'>" for c in self.widths])
    def tr(self, cells, ht=19):
        self.n += 1
        return f" <tr height={ht} style='mso-height-source:userset;height:{ht * 0.75:.2f}pt'>\n  <td height={ht} class=xl65 style='height:{ht * 0.75:.2f}pt'></td>" + ''.join(cells) + '\n </tr>'
    def close(self):
        return ("<![if supportMisalignedColumns]>\n <tr height=0 style='display:none'>" + ''.join(f'<td width={c} style="width:{c * 0.75:.0f}pt"></td>' for c in self.widths) + '</tr>\n <![endif]>\n</table>')

def xs(t, attrs='', cls='xl68'):
    t = t.replace('\n', "<br style='mso-data-placement:same-cell' />")
    return f"\n  <td {attrs} class={cls}>{t}</td>" if t else f"\n  <td {attrs} class={cls}>　</td>"

def xn(x, attrs='', cls='xl70', fmla=None):
    f = f' x:fmla="{fmla}"' if fmla else ''
    if x is None: return f"\n  <td {attrs} class={cls}></td>"
    if cls == 'xl71' and x == 0: return f"\n  <td {attrs} class={cls} x:num=\"0\"{f}></td>"
    if isinstance(x, float) and not x.is_integer():
        return f"\n  <td {attrs} class={cls} align=right x:num=\"{x:.17g}\"{f}>{x:.2f}</td>"
    return f"\n  <td {attrs} class={cls} align=right x:num{f}>{num(x)}</td>"

def page_l2(src='2024-jiangsu-huaian', body='淮安市人民政府', name='l2-2024-huaian'):
    d, T, t2, rows = donor(src, body); year = d['year']; t4 = T['table4']
    extra = (f'全年主动公开政府信息1.2万余条，其中制发行政规范性文件{t2["行政规范性文件"][0]}件、废止{t2["行政规范性文件"][1]}件，'
             f'现行有效行政规范性文件{t2["行政规范性文件"][2]}件。')
    h = [XL_STYLE, prose_intro(body, year, T['table3'], t4, extra), '<h3>二、主动公开政府信息情况</h3>']
    # 表二
    x = XL([150, 110, 110, 110]); tb = x.open()
    tb.append(x.tr([xs('主动公开政府信息情况', 'colspan=4', 'xl66')], 30))
    for item, cols, rs in T2_2021:
        span = '' if len(cols) == 4 else "colspan=3 style='border-right:.5pt solid black;border-left:none'"
        tb.append(x.tr([xs(item, "colspan=4 style='border-right:.5pt solid black;border-left:none'")], 22))
        tb.append(x.tr([xs(cols[0])] + [xs(c.replace('（单位', '\n（单位'), span) for c in cols[1:]], 22 if len(cols) == 4 else 36))
        for r in rs:
            cells = [xn(v, span, 'xl72' if r == '行政事业性收费' else 'xl70') for v in t2[r]]
            tb.append(x.tr([xs(r, '', 'xl69')] + cells, 22))
    h += tb + [x.close(), '<h3>三、收到和处理政府信息公开申请情况</h3>']
    # 表三: 自然人 and 总计 in the bottom header row; 法人或其他组织 zeros hidden by the number format
    x = XL([44, 56, 200] + [52] * 7); tb = x.open()
    tb.append(x.tr([xs('收到和处理政府信息公开申请情况', 'colspan=10', 'xl66')], 30))
    tb.append(x.tr([xs('单位：件', 'colspan=10', 'xl67')], 19))
    tb.append(x.tr([xs('（本列数据的勾稽关系为：第一项加第二项之和，\n等于第三项加第四项之和）', "colspan=3 rowspan=3 style='border-bottom:.5pt solid black'"),
                    xs('申请人情况', "colspan=7 style='border-right:.5pt solid black;border-left:none'")], 22))
    tb.append(x.tr([xs('', "style='border-bottom:none'"), xs('法人或其他组织', "colspan=5 style='border-right:.5pt solid black;border-left:none'"), xs('', "style='border-bottom:none'")], 22))
    tb.append(x.tr([xs('自然人', "style='border-top:none'")] + [xs(c) for c in ['商业\n企业', '科研\n机构', '社会公益\n组织', '法律服务\n机构', '其他']] + [xs('总计', "style='border-top:none'")], 40))
    seq = t3_rows(rows); nres = sum(1 for q in seq if q[0] != 'top'); first = True; seen = set()
    first_data = x.n + 1
    for kind, g, L, key in seq:
        rn = x.n + 1   # the sheet row number of this row (title rows counted)
        vals = [xn(v, '', 'xl71' if 1 <= i <= 5 else 'xl70', f'=SUM(E{rn}:J{rn})' if i == 6 else None) for i, v in enumerate(rows[key])]
        if key == '（七）总计':
            a, b = first_data + 2, rn - 1
            vals = [xn(v, '', 'xl71' if 1 <= i <= 5 else 'xl70', f'=SUM({xl_col(4 + i)}{a}:{xl_col(4 + i)}{b})') for i, v in enumerate(rows[key])]
        Lx = L.replace('（区分处理的', '\n（区分处理的').replace('、行政机关不再', '、\n行政机关不再')
        if kind == 'top': tb.append(x.tr([xs(Lx, "colspan=3 style='border-right:.5pt solid black;border-left:none'", 'xl69')] + vals, 22)); continue
        lead = [xs('三、本年度办理结果', f"rowspan={nres} style='border-bottom:.5pt solid black'")] if first else []; first = False
        ht = 36 if '\n' in Lx else 22
        if kind == 'res': tb.append(x.tr(lead + [xs(Lx, "colspan=2 style='border-right:.5pt solid black;border-left:none'", 'xl69')] + vals, ht))
        else:
            gl = [xs(g, f"rowspan={sum(1 for q in seq if q[1] == g)} style='border-bottom:.5pt solid black'")] if g not in seen else []; seen.add(g)
            tb.append(x.tr(lead + gl + [xs(Lx, '', 'xl69')] + vals, ht))
    h += tb + [x.close()]
    T['table3']['rows'] = {k: [None if (v == 0 and 1 <= i <= 5) else v for i, v in enumerate(vs)] for k, vs in rows.items()}
    # 表四: official three header rows, the group totals as formulas
    h.append('<h3>四、政府信息公开行政复议、行政诉讼情况</h3>')
    x = XL([46] * 15); tb = x.open()
    tb.append(x.tr([xs('政府信息公开行政复议、行政诉讼情况', 'colspan=15', 'xl66')], 30))
    tb.append(x.tr([xs('单位：件', 'colspan=15', 'xl67')], 19))
    tb.append(x.tr([xs('行政复议', "colspan=5 rowspan=2 style='border-bottom:.5pt solid black'"), xs('行政诉讼', "colspan=10 style='border-right:.5pt solid black;border-left:none'")], 22))
    tb.append(x.tr([xs('未经复议直接起诉', "colspan=5 style='border-right:.5pt solid black;border-left:none'"), xs('复议后起诉', "colspan=5 style='border-right:.5pt solid black;border-left:none'")], 22))
    tb.append(x.tr([xs(c[:2] + '\n' + c[2:] if len(c) == 4 else c) for c in FIVE * 3], 40))
    rn = x.n + 1
    tb.append(x.tr([xn(v, '', 'xl70', f'=SUM({xl_col(1 + i - 4)}{rn}:{xl_col(i)}{rn})' if i % 5 == 4 else None) for i, v in enumerate(t4)], 24))
    h += tb + [x.close(), TAIL, f'<p style="text-align:right">{body}办公室</p><p style="text-align:right">{year + 1}年1月24日</p>']
    title = f'{body}{year}年政府信息公开工作年度报告'
    return name, article(title, body, year, f'{year + 1}-01-24 09:30', ''.join(h),
                         footer=f'主办单位：{body}办公室 网站标识码 3208000001 苏ICP备05000001号'), T

def page_l2h():
    """l2's layout filled with 2023 洪泽区's values (its （四） rows print their values stacked under their labels)."""
    return page_l2('2023-jiangsu-huaian-hongze', '淮安市洪泽区人民政府', 'l2h-2023-hongze')

# ================================================================ l3: responsive CMS, 表四 as a CSS grid
FW = lambda t: t.translate({ord(c): ord(c) + 0xFEE0 for c in '0123456789'})

def page_l3():
    name = 'l3-2025-shuyang'; body = '沭阳县人民政府'; d, T, t2, rows = donor('2025-jiangsu-shuyang', body); year = d['year']; t4 = T['table4']
    r = rows
    new, old = r['一、本年新收政府信息公开申请数量'][6], r['二、上年结转政府信息公开申请数量'][6]
    intro = (f'<p>本报告根据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息与政务公开办公室印发的《中华人民共和国政府信息公开工作年度报告格式》编制。'
             f'报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。</p><h3>一、总体情况</h3>'
             f'<p>（一）主动公开。全年累计办理行政许可事项{num(t2["行政许可"][0])}件，作出行政处罚决定{num(t2["行政处罚"][0])}件；'
             f'制发行政规范性文件{t2["行政规范性文件"][0]}件，现行有效{t2["行政规范性文件"][2]}件。</p>'
             f'<p>（二）依申请公开。全年共受理政府信息公开申请{FW(str(new + old))}件，其中本年新收{FW(str(new))}件、上年结转{FW(str(old))}件；'
             f'已办结{FW(str(r["（七）总计"][6]))}件，结转下年度继续办理{FW(str(r["四、结转下年度继续办理"][6]))}件。'
             f'办结的申请中，予以公开{r["（一）予以公开"][6]}件，占{100 * r["（一）予以公开"][6] / r["（七）总计"][6]:.1f}%；部分公开{r["（二）部分公开"][6]}件。</p>'
             f'<p>（三）复议诉讼。全年因政府信息公开被申请行政复议{t4[4]}件，其中维持{t4[0]}件、纠正{t4[1]}件；被提起行政诉讼{t4[9] + t4[14]}件。</p>'
             '<p>（四）平台建设。持续优化县政府门户网站政府信息公开专栏，完善政策文件库，推进政务新媒体规范化建设。</p>')
    css = ('.table-wrap{overflow-x:auto;margin:10px 0}.table-wrap table{border-collapse:collapse;width:100%}'
           '.table-wrap th,.table-wrap td{border:1px solid #444;padding:4px 6px;font-size:13px;text-align:center;font-weight:normal}'
           '.grid15{display:grid;grid-template-columns:repeat(15,1fr);gap:1px;background:#444;border:1px solid #444;margin:10px 0}'
           '.grid15>div{background:#fff;padding:4px 2px;font-size:13px;text-align:center;display:flex;align-items:center;justify-content:center}')
    h = [intro, '<h3>二、主动公开政府信息情况</h3>']
    # 表二: one four-column table, its header row once at the top; later blocks' header on the item's row
    tb = ['<div class="table-wrap"><table>', '<thead><tr><th>信息内容</th><th>本年制发件数</th><th>本年废止件数</th><th>现行有效件数</th></tr></thead><tbody>',
          '<tr><td colspan="4">第二十条第（一）项</td></tr>']
    for lab in ('规章', '行政规范性文件'):
        tb.append(f'<tr><td>{lab}</td>' + ''.join(f'<td>{num(v)}</td>' for v in t2[lab]) + '</tr>')
    for item, cols, rs in T2_2021[1:]:
        tb.append(f'<tr><td>{item}</td><td colspan="3">{cols[1]}</td></tr>')
        for lab in rs:
            mark = '<sup><a href="#fn1" id="fnref1">[1]</a></sup>' if lab == '行政事业性收费' else ''
            tb.append(f'<tr><td>{lab}{mark}</td><td colspan="3">{num(t2[lab][0])}</td></tr>')
    h += tb + ['</tbody></table></div>', '<h3>三、收到和处理政府信息公开申请情况</h3>']
    # 表三: <th> header, group labels with a colon, items （1）（2）…; all-zero rows printed —
    th = lambda t, a='': f'<th {a}>{t}</th>'
    tb = ['<div class="table-wrap"><table>', '<thead>',
          '<tr>' + th(T3_NOTE, 'rowspan="3" colspan="3"') + th('申请人情况', 'colspan="7"') + '</tr>',
          '<tr>' + th('自然人', 'rowspan="2"') + th('法人或其他组织', 'colspan="5"') + th('总计', 'rowspan="2"') + '</tr>',
          '<tr>' + ''.join(th(c) for c in COLS[1:6]) + '</tr>', '</thead><tbody>']
    item = lambda t: re.sub(r'^(\d)\.', r'（\1）', t)
    seq = t3_rows(rows); nres = sum(1 for q in seq if q[0] != 'top'); first = True; seen = set(); dashed = set()
    for kind, g, L, key in seq:
        vs = rows[key]
        if all(v == 0 for v in vs): vals = '<td>—</td>' * 7; dashed.add(key)
        else: vals = ''.join(f'<td>{num(v)}</td>' for v in vs)
        if kind == 'top': tb.append(f'<tr><td colspan="3">{L}</td>{vals}</tr>'); continue
        lead = f'<td rowspan="{nres}">三、本年度办理结果</td>' if first else ''; first = False
        if kind == 'res': tb.append(f'<tr>{lead}<td colspan="2">{L}</td>{vals}</tr>')
        else:
            gl = f'<td rowspan="{sum(1 for q in seq if q[1] == g)}">{g}：</td>' if g not in seen else ''; seen.add(g)
            tb.append(f'<tr>{lead}{gl}<td style="text-align:left">{item(L)}</td>{vals}</tr>')
    h += tb + ['</tbody></table></div>']
    for k in dashed: rows[k] = [None] * 7
    # 表四: a CSS grid of divs
    h += ['<h3>四、政府信息公开行政复议、行政诉讼情况</h3>', '<div class="grid15">',
          '<div style="grid-column:span 5;grid-row:span 2">行政复议</div>', '<div style="grid-column:span 10">行政诉讼</div>',
          '<div style="grid-column:span 5">未经复议直接起诉</div>', '<div style="grid-column:span 5">复议后起诉</div>']
    h += [f'<div>{c}</div>' for c in FIVE * 3] + [f'<div>{num(v)}</div>' for v in t4] + ['</div>', TAIL,
          f'<p style="text-align:right">{body}办公室</p><p style="text-align:right">{year + 1}年1月20日</p>',
          '<div class="footnotes"><hr style="width:30%;text-align:left;margin-left:0">'
          f'<p id="fn1"><a href="#fnref1">[1]</a> 行政事业性收费金额为全县各收费单位本年收费金额合计，单位为万元。</p></div>']
    title = f'{body}{year}年政府信息公开工作年度报告'
    return name, article(title, body, year, f'{year + 1}-01-20 10:15', ''.join(h), css,
                         footer=f'主办单位：{body}办公室 网站标识码 3213220000 苏ICP备05009040号'), T

if __name__ == '__main__':
    write_pages(sys.argv[1] if len(sys.argv) > 1 else '/tmp/layouts3', (page_l1, page_l2, page_l2h, page_l3), 'layouts3.py')
