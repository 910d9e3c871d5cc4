#!/usr/bin/env python3
"""Four more report pages in real-world layouts (l4, l5, l6, l7), each filled with real reports'
values, with their exact truth: layout features that scripts/measure/layouts.py and layouts2.py do
not have. Shared helpers come from scripts/measure/layouts.py.

usage: python3 scripts/measure/layouts4.py OUT   (run from the repository root, ../shared beside it)
then: bash ../shared/tools/make-forms.sh OUT/forms OUT/src/*.html   (and copy OUT/src to OUT/forms/published)
writes OUT/src/<name>.html and OUT/truth/<name>.json.

  l4-2019-excel  2019 format, the three tables copied from an Excel sheet saved as a web page: the
      sheet's xl-class styles with mso-number-format ("0_ ", "0.00_ ", "\\@", and "0;-0;;@" that
      hides zeros), <col> widths with span= and mso-width-alt, x:num / x:str cells, a trailing
      space in "_ "-formatted numbers (249887966.42 ), labels indented with mso-spacerun &nbsp;,
      表四's numbers stored as text after typed spaces (&nbsp; 2); 表二 as ONE Excel table whose
      第二十条（五）/（六） blocks put 上一年项目数量 / 本年增/减 / 处理决定数量 under a merged header
      项目情况 (信息内容 rowspanning both header rows), and the 1-/2-column blocks leaving the fourth
      column as an empty bordered cell; 表三's zeros hidden by the number format (x:num="0", no text:
      truth null). Donors: 表二 and 表四 from seed 003 (晋江市, 2020), 表三 from
      2024-jiangsu-huaian-hongze (one （六）其他处理 row).
  l5-2021-trs  2021 format in a TRS CMS article (<div class="TRS_Editor"> with its own <style>,
      a Custom_UnionStyle div, inline styles on every table and cell, every cell's text in a
      <p><span>); number cells with a <br> after the number, zero-width spaces (&#8203;) before or
      after numbers, thin (U+2009) and hair (U+200A) spaces beside numbers; empty paragraphs
      (<p><br></p>, <p>&nbsp;</p>) between the tables and an empty bordered row at the end of 表二;
      表二 as ONE table of four columns (信息内容 / 本年制发件数 / 本年废止件数 / 现行有效件数 once at
      the top), each 第二十条 item a full-width sub-header row, the one-value blocks' column named in
      their sub-header (第二十条第（五）项（本年处理决定数量）) and their value spanning three columns;
      表四 as four rows: 行政复议 (colspan 5) beside 行政诉讼 (colspan 10), then 行政复议's five
      result words each rowspanning two rows beside 未经复议直接起诉 / 复议后起诉, then the ten
      行政诉讼 words, then the fifteen values. Donor: 2024-jiangsu-huaian (all three tables).
  l6-2021-renumbered  2021 format, 表三's results renumbered as many organs type them: groups
      1、予以公开 … 7、总计 (for （一）…（七）) and items (1)属于国家秘密 … in half-width brackets; a 小计
      row at the end of each of the 不予公开 / 无法提供 / 不予处理 / 其他处理 groups (inside the group
      label's rowspan, printing the sum of the group's items); the applicant header in two rows with
      no 申请人情况 row: 自然人, 其他 and 总计 rowspanning both rows and 法人或其他组织 spanning only the
      four named types (商业企业 科研机构 社会公益组织 法律服务机构) in the second row; 表四 with a
      单位：件 line. Donor: 2025-jiangsu-shuyang.
  l7-2019-frontpage  2019 format in hand-written old HTML (FrontPage era): upper-case tags and
      unquoted attributes, no </TD> or </TR> (implied end tags), every cell's text in
      <DIV align=center><FONT face=宋体 size=2>, blanks as &nbsp;; 表二 with the 第二十条 item in a
      rowspan column on the left and its header row inside it; 表三 with the official label
      columns; 表四 as two tables side by side in a borderless layout table (行政复议 on the left,
      行政诉讼 with its two groups on the right). Donors: 表二 seed 001 (乐清市仙溪镇, 采购 22 /
      567086), 表三 2023-jiangsu-huaian-hongze (one （六）其他处理 row), 表四 2024-jiangsu-huaian-hongze.
"""
import json, os, sys, copy, re

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from layouts import intro as layouts_intro, truth, num, printed, COLS, FIVE, T3_NOTE, T2_2021, T2_2019, t3_rows, TAIL, donor, write_pages, t3_rowspan_body  # noqa: E402

def intro(body, year, t3):
    return layouts_intro(body, year, t3, None)

def mixed(body, year, t2src, t3src, t4src):
    """A 2019-format page's tables taken from three donors (表二 from a 2019 report, 表三 from one that
    prints one （六）其他处理 row, 表四 from a third)."""
    T = {'year': year, 'body': body, 'format': '2019', 'table2': copy.deepcopy(truth(t2src)['table2']),
         'table3': copy.deepcopy(truth(t3src)['table3']), 'table4': copy.deepcopy(truth(t4src)['table4'])}
    T['donors'] = {'table2': t2src, 'table3': t3src, 'table4': t4src}
    return T, T['table2'], T['table3']['rows']

def cms_page(title, body, year, content, site_id):
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>' + title + '</title>'
            '<style>body{font-family:"Microsoft YaHei",sans-serif;font-size:14px}.title{text-align:center;font-size:22px;font-weight:bold}'
            '.info{text-align:center;color:#666}</style></head><body>'
            '<div class="position">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政府信息公开年报</a></div>'
            f'<div class="title">{title}</div><div class="info">发布日期：{year + 1}-01-25　来源：{body}　【打印】【关闭】</div>'
            f'<div class="content">{content}</div>'
            f'<div class="footer">主办单位：{body} 网站标识码 {site_id}</div></body></html>')

# ================================================================ l4: Excel sheet saved as a web page
XL_STYLE = r"""<style>
.xl65{mso-style-parent:style0;font-size:10.0pt;font-family:宋体;mso-font-charset:134;text-align:center;vertical-align:middle;border:.5pt solid windowtext;white-space:normal;mso-number-format:"\@";}
.xl66{mso-style-parent:style0;font-size:10.0pt;font-family:宋体;mso-font-charset:134;text-align:left;vertical-align:middle;border:.5pt solid windowtext;white-space:normal;mso-number-format:"\@";}
.xl67{mso-style-parent:style0;font-size:10.0pt;font-family:"Times New Roman";mso-font-charset:0;mso-number-format:"0_ ";text-align:center;vertical-align:middle;border:.5pt solid windowtext;}
.xl68{mso-style-parent:style0;font-size:10.0pt;font-family:"Times New Roman";mso-font-charset:0;mso-number-format:"0\.00_ ";text-align:right;vertical-align:middle;border:.5pt solid windowtext;}
.xl69{mso-style-parent:style0;font-size:10.0pt;font-family:"Times New Roman";mso-font-charset:0;mso-number-format:"0\;\-0\;\;\@";text-align:center;vertical-align:middle;border:.5pt solid windowtext;}
.xl70{mso-style-parent:style0;font-size:10.0pt;font-family:宋体;mso-font-charset:134;mso-number-format:"\@";text-align:center;vertical-align:middle;border:.5pt solid windowtext;}
</style>"""

def xl_table(widths):
    """An Excel table opening with its <col> widths (runs of one width as span=)."""
    runs = []
    for w in widths:
        if runs and runs[-1][0] == w: runs[-1][1] += 1
        else: runs.append([w, 1])
    cols = ''.join(f"<col width={w}{f' span={n}' if n > 1 else ''} style='mso-width-source:userset;mso-width-alt:{int(w * 36.57)};width:{w * .75:.0f}pt'>" for w, n in runs)
    return f"<table border=0 cellpadding=0 cellspacing=0 width={sum(widths)} style='border-collapse:collapse;table-layout:fixed;width:{sum(widths) * .75:.0f}pt'>{cols}"

def xtr(ht=27):
    return f"<tr height={ht} style='mso-height-source:userset;height:{ht * .75:.2f}pt'>"

def xl(t, cls='xl65', attrs=''):
    """An Excel text cell (x:str); text broken with <br> where the cell had Alt+Enter."""
    return f"<td class={cls} {attrs} x:str>{t.replace(chr(10), '<br>')}</td>" if t else f"<td class={cls} {attrs}>&nbsp;</td>"

def indent(t, n=2):
    return f"<span style='mso-spacerun:yes'>{'&nbsp;' * n}</span>{t}"

def xnum(x, cls='xl67', attrs=''):
    """An Excel number cell: 'x:num' alone when the text is the value, x:num="v" when the format changes it."""
    if x is None: return f'<td class={cls} {attrs}></td>'
    t = num(x)
    if cls == 'xl68': return f'<td class={cls} {attrs} x:num="{t}">{float(x):.2f} </td>'
    if cls == 'xl69' and x == 0: return f'<td class={cls} {attrs} x:num="0"></td>'
    return f'<td class={cls} {attrs} x:num>{t} </td>' if cls == 'xl67' else f'<td class={cls} {attrs} x:num>{t}</td>'

def page_l4():
    name = 'l4-2019-excel'; body = '晋江市人民政府'
    T, t2, rows = mixed(body, truth('003_0ec7f487509b9c4f')['year'], '003_0ec7f487509b9c4f', '2024-jiangsu-huaian-hongze', '003_0ec7f487509b9c4f'); year = T['year']
    h = [intro(body, year, T['table3']), '<h3>二、主动公开政府信息情况</h3>']
    # 表二: one Excel table of four columns; （五）/（六）'s three columns under a merged 项目情况 header
    tb = [xl_table([150, 110, 110, 110])]
    for item, cols, rs in T2_2019:
        tb.append(xtr() + xl(item, 'xl65', 'colspan=4 height=27') + '</tr>')
        if cols[1] == '上一年项目数量' and len(cols) == 4:
            tb.append(xtr() + xl('信息内容', 'xl65', "rowspan=2 style='border-top:none'") + xl('项目情况', 'xl65', "colspan=3 style='border-left:none'") + '</tr>')
            tb.append(xtr(40) + ''.join(xl(c, 'xl65', "style='border-top:none;border-left:none'") for c in cols[1:]) + '</tr>')
        else:
            tb.append(xtr() + ''.join(xl(c, 'xl65', "style='border-top:none'") for c in cols) + ('<td class=xl65>&nbsp;</td>' if len(cols) < 4 else '') + '</tr>')
        for r in rs:
            cells = [xnum(x, 'xl68' if r == '政府集中采购' and i == 1 else 'xl67', "style='border-top:none;border-left:none'") for i, x in enumerate(t2[r])]
            tb.append(xtr() + xl(r, 'xl66', "style='border-top:none'") + ''.join(cells) + ('<td class=xl65 style=\'border-top:none\'>&nbsp;</td>' if len(cells) < 3 else '') + '</tr>')
    h += tb + ['</table>', '<h3>三、收到和处理政府信息公开申请情况</h3>']
    # 表三: official header; labels indented with spacerun &nbsp;; zeros hidden by "0;-0;;@"
    tb = [xl_table([36, 64, 200] + [56] * 7),
          xtr(36) + xl(T3_NOTE, 'xl65', 'colspan=3 rowspan=3 height=108') + xl('申请人情况', 'xl65', 'colspan=7') + '</tr>',
          xtr(36) + xl('自然人', 'xl65', 'rowspan=2') + xl('法人或其他组织', 'xl65', 'colspan=5') + xl('总计', 'xl65', 'rowspan=2') + '</tr>',
          xtr(36) + ''.join(xl(c, 'xl65') for c in ['商业\n企业', '科研\n机构', '社会公\n益组织', '法律服\n务机构', '其他']) + '</tr>']
    seq = t3_rows(rows); nres = sum(1 for k in seq if k[0] != 'top'); first = True; seen = set()
    for kind, g, lab, key in seq:
        vals = ''.join(xnum(x, 'xl69') for x in rows[key])
        if kind == 'top': tb.append(xtr() + xl(lab, 'xl66', 'colspan=3') + vals + '</tr>'); continue
        lead = xl('三、本年度办理结果', 'xl65', f'rowspan={nres}') if first else ''; first = False
        if kind == 'res': tb.append(xtr() + lead + xl(indent(lab, 1), 'xl66', 'colspan=2') + vals + '</tr>')
        else:
            gl = xl(g, 'xl65', f'rowspan={sum(1 for q in seq if q[1] == g)}') if g not in seen else ''; seen.add(g)
            tb.append(xtr(36 if len(lab) > 14 else 27) + lead + gl + xl(indent(lab, 3), 'xl66') + vals + '</tr>')
    T['table3']['rows'] = {k: [printed(x, 'blank') for x in v] for k, v in rows.items()}
    h += tb + ['</table>', '<h3>四、政府信息公开行政复议、行政诉讼情况</h3>']
    # 表四: official three header rows; numbers stored as text after typed spaces
    t4 = T['table4']
    h += [xl_table([48] * 15),
          xtr() + xl('行政复议', 'xl65', 'colspan=5 rowspan=2') + xl('行政诉讼', 'xl65', 'colspan=10') + '</tr>',
          xtr() + xl('未经复议直接起诉', 'xl65', 'colspan=5') + xl('复议后起诉', 'xl65', 'colspan=5') + '</tr>',
          xtr(40) + ''.join(xl(c[:2] + '\n' + c[2:] if len(c) == 4 else c, 'xl65') for c in FIVE * 3) + '</tr>',
          xtr() + ''.join(f"<td class=xl70 x:str=\"  {num(x)}\"><span style='mso-spacerun:yes'>&nbsp; </span>{num(x)}</td>" for x in t4) + '</tr>',
          '</table>', TAIL]
    title = f'{body}{year}年政府信息公开工作年度报告'
    page = cms_page(title, body, year, ''.join(h), '3505820001').replace(
        '<html>', '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">', 1).replace('</title>', '</title>' + XL_STYLE, 1)
    return name, page, T

# ================================================================ l5: TRS CMS
TRS_STYLE = ('<style type="text/css">.TRS_Editor P{margin-top:5px;margin-bottom:5px;line-height:1.8;font-family:宋体;font-size:12pt;}'
             '.TRS_Editor DIV,.TRS_Editor TD,.TRS_Editor TH,.TRS_Editor SPAN,.TRS_Editor FONT,.TRS_Editor UL,.TRS_Editor LI,.TRS_Editor A'
             '{margin-top:5px;margin-bottom:5px;line-height:1.8;font-family:宋体;font-size:12pt;}</style>')
TRS_TD = 'border:1px solid #000000;padding:0px 5px;word-break:break-all'
TRS_P = 'text-align:center;line-height:20px;margin:0px;text-indent:0em'
# how a number is surrounded, cycled through the number cells: editor residue seen on real pages
WRAPS = [lambda t: t + '<br>', lambda t: '&#8203;' + t, lambda t: t, lambda t: t + '&#8203;', lambda t: '\u2009' + t + '\u2009',
         lambda t: t + '\u200a', lambda t: t + '<br/>', lambda t: '\u200a' + t]

class Trs:
    def __init__(self): self.k = 0
    def c(self, t, attrs='', w=None):
        wd = f' width="{w}"' if w else ''
        inner = t.replace('\n', '<br>') if t else '&nbsp;'
        return (f'<td{wd} valign="middle" {attrs} style="{TRS_TD}"><p style="{TRS_P}">'
                f'<span style="font-family:仿宋_GB2312;font-size:10.5pt">{inner}</span></p></td>')
    def v(self, x, attrs=''):
        t = num(x)
        if t: t = WRAPS[self.k % len(WRAPS)](t); self.k += 1
        return (f'<td valign="middle" {attrs} style="{TRS_TD}"><p style="{TRS_P}">'
                f'<span style="font-family:\'Times New Roman\';font-size:10.5pt">{t or "&nbsp;"}</span></p></td>')

def page_l5():
    name = 'l5-2021-trs'; body = '淮安市人民政府'; d, T, t2, rows = donor('2024-jiangsu-huaian', body); year = d['year']
    p = Trs(); tab = '<table cellspacing="0" cellpadding="0" align="center" style="border-collapse:collapse;width:100%;border:none">'
    para = lambda t: f'<p style="text-indent:2em;text-align:justify"><span style="font-family:仿宋_GB2312;font-size:16pt">{t}</span></p>'
    text = lambda html_src: ''.join(para(('<strong>' + t + '</strong>') if tag == 'h3' else t) for tag, t in re.findall(r'<(h3|p)>(.*?)</\1>', html_src))
    gap = '<p><br></p><p style="text-indent:2em">&nbsp;</p>'
    h = [text(intro(body, year, T['table3'])), para('<strong>二、主动公开政府信息情况</strong>'), gap]
    # 表二: one four-column table, column heads once, each item a full-width sub-header row
    tb = [tab, '<tbody>', '<tr>' + p.c('信息内容', '', '31%') + ''.join(p.c(c, '', '23%') for c in T2_2021[0][1][1:]) + '</tr>']
    for item, cols, rs in T2_2021:
        sub = item if len(cols) == 4 else f'{item}（{cols[1]}）'.replace('（单位：万元））', '，单位：万元）')
        tb.append('<tr>' + p.c(sub, 'colspan="4"') + '</tr>')
        for r in rs: tb.append('<tr>' + p.c(r) + ''.join(p.v(x, '' if len(cols) == 4 else 'colspan="3"') for x in t2[r]) + '</tr>')
    tb.append('<tr>' + ''.join(p.c('') for _ in range(4)) + '</tr>')
    h += tb + ['</tbody></table>', gap, para('<strong>三、收到和处理政府信息公开申请情况</strong>'), gap]
    # 表三: official header and label columns
    tb = [tab, '<tbody>', '<tr>' + p.c(T3_NOTE, 'rowspan="3" colspan="3"') + p.c('申请人情况', 'colspan="7"') + '</tr>',
          '<tr>' + p.c('自然人', 'rowspan="2"') + p.c('法人或其他组织', 'colspan="5"') + p.c('总计', 'rowspan="2"') + '</tr>',
          '<tr>' + ''.join(p.c(c) for c in COLS[1:6]) + '</tr>']
    tb += t3_rowspan_body(p, rows, q='"')
    h += tb + ['</tbody></table>', gap, para('<strong>四、政府信息公开行政复议、行政诉讼情况</strong>'), gap]
    # 表四: four rows; 行政复议's words rowspanning the two lower header rows
    t4 = T['table4']
    h += [tab, '<tbody>', '<tr>' + p.c('行政复议', 'colspan="5"') + p.c('行政诉讼', 'colspan="10"') + '</tr>',
          '<tr>' + ''.join(p.c(c, 'rowspan="2"') for c in FIVE) + p.c('未经复议直接起诉', 'colspan="5"') + p.c('复议后起诉', 'colspan="5"') + '</tr>',
          '<tr>' + ''.join(p.c(c) for c in FIVE * 2) + '</tr>',
          '<tr>' + ''.join(p.v(x) for x in t4) + '</tr>', '</tbody></table>', gap, text(TAIL),
          f'<p style="text-align:right"><span style="font-family:仿宋_GB2312;font-size:16pt">{body}<br>{year + 1}年1月24日</span></p>']
    title = f'{body}{year}年政府信息公开工作年度报告'
    content = '<div class="TRS_Editor">' + TRS_STYLE + '<div class="Custom_UnionStyle">' + ''.join(h) + '</div></div>'
    return name, cms_page(title, body, year, content, '3208000001'), T

# ================================================================ l6: renumbered results, 小计 rows
def renumber(kind, lab):
    """（一）予以公开 → 1、予以公开; 1.属于国家秘密 → (1)属于国家秘密."""
    m = re.match(r'^（([一二三四五六七])）(.*)$', lab)
    if m: return f'{"一二三四五六七".index(m.group(1)) + 1}、{m.group(2)}'
    m = re.match(r'^(\d)\.(.*)$', lab)
    return f'({m.group(1)}){m.group(2)}' if m else lab

def page_l6():
    name = 'l6-2021-renumbered'; body = '沭阳县人民政府'; d, T, t2, rows = donor('2025-jiangsu-shuyang', body); year = d['year']
    c = lambda t, attrs='': f'<td {attrs}>{t.replace(chr(10), "<br>") if t else "&nbsp;"}</td>'
    v = lambda x, attrs='': f'<td align="center" {attrs}>{num(x)}</td>'
    tab = '<table border="1" cellspacing="0" cellpadding="3" width="100%" style="border-collapse:collapse;font-size:13px">'
    h = [intro(body, year, T['table3']), '<h3>二、主动公开政府信息情况</h3>', tab]
    for item, cols, rs in T2_2021:
        span = '' if len(cols) == 4 else 'colspan="3"'
        h += ['<tr>' + c(item, 'colspan="4"') + '</tr>', '<tr>' + c(cols[0]) + ''.join(c(x, span) for x in cols[1:]) + '</tr>']
        h += ['<tr>' + c(r) + ''.join(v(x, span) for x in t2[r]) + '</tr>' for r in rs]
    h += ['</table>', '<h3>三、收到和处理政府信息公开申请情况</h3>', tab,
          '<tr>' + c(T3_NOTE, 'rowspan="2" colspan="3"') + c('自然人', 'rowspan="2"') + c('法人或其他组织', 'colspan="4"') + c('其他', 'rowspan="2"') + c('总计', 'rowspan="2"') + '</tr>',
          '<tr>' + ''.join(c(x) for x in COLS[1:5]) + '</tr>']
    seq = t3_rows(rows); groups = [g for g in dict.fromkeys(q[1] for q in seq) if g]
    nres = sum(1 for k in seq if k[0] != 'top') + len(groups); first = True; seen = set()
    for i, (kind, g, lab, key) in enumerate(seq):
        vals = ''.join(v(x) for x in rows[key])
        if kind == 'top': h.append('<tr>' + c(lab, 'colspan="3"') + vals + '</tr>'); continue
        lead = c('三、本年度办理结果', f'rowspan="{nres}"') if first else ''; first = False
        if kind == 'res': h.append('<tr>' + lead + c(renumber(kind, lab), 'colspan="2"') + vals + '</tr>'); continue
        gl = c(renumber(kind, g), f'rowspan="{sum(1 for q in seq if q[1] == g) + 1}"') if g not in seen else ''; seen.add(g)
        h.append('<tr>' + lead + gl + c(renumber(kind, lab)) + vals + '</tr>')
        if i + 1 == len(seq) or seq[i + 1][1] != g:       # the group's 小计 row: the sum of its items
            keys = [q[3] for q in seq if q[1] == g]
            h.append('<tr>' + c('小计') + ''.join(v(sum(rows[k][j] or 0 for k in keys)) for j in range(7)) + '</tr>')
    h += ['</table>', '<h3>四、政府信息公开行政复议、行政诉讼情况</h3>', '<p style="text-align:right">单位：件</p>', tab,
          '<tr>' + c('行政复议', 'colspan="5" rowspan="2"') + c('行政诉讼', 'colspan="10"') + '</tr>',
          '<tr>' + c('未经复议直接起诉', 'colspan="5"') + c('复议后起诉', 'colspan="5"') + '</tr>',
          '<tr>' + ''.join(c(x) for x in FIVE * 3) + '</tr>', '<tr>' + ''.join(v(x) for x in T['table4']) + '</tr>', '</table>', TAIL]
    title = f'{body}{year}年政府信息公开工作年度报告'
    return name, cms_page(title, body, year, ''.join(h), '3213220000'), T

# ================================================================ l7: hand-written old HTML
def F(t):
    return f'<DIV align=center><FONT face=宋体 size=2>{t.replace(chr(10), "<BR>") if t != "" else "&nbsp;"}</FONT></DIV>'

def page_l7():
    name = 'l7-2019-frontpage'; body = '乐清市仙溪镇人民政府'
    T, t2, rows = mixed(body, truth('001_015773bddcd054c9')['year'], '001_015773bddcd054c9', '2023-jiangsu-huaian-hongze', '2024-jiangsu-huaian-hongze'); year = T['year']
    c = lambda t, attrs='': f'<TD {attrs}>{F(t)}'.replace('<TD >', '<TD>')
    v = lambda x, attrs='': c(num(x), attrs)
    tab = '<TABLE border=1 cellSpacing=0 cellPadding=2 width="100%" borderColor=#000000>'
    up = lambda s: s.replace('<h3>', '<P><B>').replace('</h3>', '</B></P>').replace('<p>', '<P>').replace('</p>', '</P>')
    h = [up(intro(body, year, T['table3'])), '<P><B>二、主动公开政府信息情况</B></P>', tab]
    for item, cols, rs in T2_2019:
        h.append('<TR>' + c(item, f'rowSpan={len(rs) + 1} width="18%"') + ''.join(c(x) for x in cols) + (c('') if len(cols) < 4 else ''))
        h += ['<TR>' + c(r) + ''.join(v(x) for x in t2[r]) + (c('') if len(t2[r]) < 3 else '') for r in rs]
    h += ['</TABLE>', '<P><B>三、收到和处理政府信息公开申请情况</B></P>', tab,
          '<TR>' + c(T3_NOTE, 'rowSpan=3 colSpan=3') + c('申请人情况', 'colSpan=7'),
          '<TR>' + c('自然人', 'rowSpan=2') + c('法人或其他组织', 'colSpan=5') + c('总计', 'rowSpan=2'),
          '<TR>' + ''.join(c(x) for x in COLS[1:6])]
    seq = t3_rows(rows); nres = sum(1 for k in seq if k[0] != 'top'); first = True; seen = set()
    for kind, g, lab, key in seq:
        vals = ''.join(v(x) for x in rows[key])
        if kind == 'top': h.append('<TR>' + c(lab, 'colSpan=3') + vals); continue
        lead = c('三、本年度办理结果', f'rowSpan={nres}') if first else ''; first = False
        if kind == 'res': h.append('<TR>' + lead + c(lab, 'colSpan=2') + vals)
        else:
            gl = c(g, f'rowSpan={sum(1 for q in seq if q[1] == g)}') if g not in seen else ''; seen.add(g)
            h.append('<TR>' + lead + gl + c(lab) + vals)
    t4 = T['table4']
    h += ['</TABLE>', '<P><B>四、政府信息公开行政复议、行政诉讼情况</B></P>',
          '<TABLE border=0 cellSpacing=0 cellPadding=0 width="100%"><TR><TD vAlign=top width="34%">', tab,
          '<TR>' + c('行政复议', 'colSpan=5'), '<TR>' + ''.join(c(x[:2] + '\n' + x[2:] if len(x) == 4 else x) for x in FIVE),
          '<TR>' + ''.join(v(x) for x in t4[:5]), '</TABLE>', '<TD vAlign=top width="66%">', tab,
          '<TR>' + c('行政诉讼', 'colSpan=10'), '<TR>' + c('未经复议直接起诉', 'colSpan=5') + c('复议后起诉', 'colSpan=5'),
          '<TR>' + ''.join(c(x[:2] + '\n' + x[2:] if len(x) == 4 else x) for x in FIVE * 2),
          '<TR>' + ''.join(v(x) for x in t4[5:]), '</TABLE></TD></TR></TABLE>', up(TAIL),
          f'<P align=right>{body}<BR>{year + 1}年1月20日</P>']
    title = f'{body}{year}年政府信息公开工作年度报告'
    page = ('<HTML><HEAD><META http-equiv=Content-Type content="text/html; charset=utf-8"><META content="Microsoft FrontPage 4.0" name=GENERATOR>'
            f'<TITLE>{title}</TITLE></HEAD><BODY bgColor=#ffffff>'
            '<TABLE cellSpacing=0 cellPadding=0 width=760 align=center border=0><TR><TD>'
            f'<P align=center><FONT size=4><B>{title}</B></FONT></P><P align=center><FONT size=2 color=#666666>发布日期：{year + 1}-01-21</FONT></P>'
            + ''.join(h) + '</TD></TR></TABLE>'
            f'<P align=center><FONT size=2>版权所有：{body} 网站标识码 3303820000</FONT></P></BODY></HTML>')
    return name, page, T

if __name__ == '__main__':
    write_pages(sys.argv[1] if len(sys.argv) > 1 else '/tmp/layouts4', (page_l4, page_l5, page_l6, page_l7), 'layouts4.py')
