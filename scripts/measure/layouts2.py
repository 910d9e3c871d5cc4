#!/usr/bin/env python3
"""Three more report pages in real-world layouts (ly, lz, l0), each filled with real reports' values,
with their exact truth: the hold-outs of 2026-12-07, written by a helper session the reader's
developer did not look at until they were scored once (the README gives that first scoring). Shared
helpers come from scripts/measure/layouts.py.

usage: python3 scripts/measure/layouts2.py OUT   (run from the repository root, ../shared beside it)
then: bash ../shared/tools/make-forms.sh OUT/forms OUT/src/*.html   (and copy OUT/src to OUT/forms/published)
writes OUT/src/<name>.html and OUT/truth/<name>.json.

  ly-2021-wps   2021 format as a CMS article pasted from WPS Office: the text and 表二/表四 from WPS
      文字 (p.MsoNormal with 16.0000pt-style sizes, every run split by script — CJK in
      <font face="仿宋_GB2312">, digits in their own Times New Roman <span>, mso-spacerun &nbsp;
      padding around some numbers), 表三 pasted from WPS 表格 (et) with its <col> widths, et-class
      styles, x:num/x:str cells, row heights, sub-labels broken by <br/> (Alt+Enter: 商业<br/>企业)
      and the trailing display:none width row; 收费 4068.208 万元.
  lz-2019-gov-cms  2019 format in a government CMS: every cell's text in <p style="text-align:center">,
      <br> inside many labels (第二十条<br>第（一）项, 本年新<br>制作数量, （二）部分公开<br>（区分处理…）),
      表二 as five small tables (one per 第二十条 item, the item a rowspan cell at the left, each table
      only as wide as its block), 表三 in <thead>/<tbody> with its applicant header unmerged
      (自然人 / 总计 in the second row over empty cells in the third), 表四 as three stacked rows of
      five under two label columns (行政复议; 行政诉讼 rowspan over 未经复议直接起诉 / 复议后起诉);
      zeros printed 0 in 表三 but blank in 表二 and 表四.
  l0-2021-pdf2html  2021 format converted from a paginated source: every table in <thead>/<tbody>
      with <th> headers, 表三's three header rows repeated inside <tbody> after （三）5 (a page break),
      the rowspans of 三、本年度办理结果 and （三）不予公开 cut there and continued by EMPTY merged
      cells below the repeated header, item labels numbered with a full-width point (1．属于国家秘密)
      and group labels with a space (（三） 不予公开), values padded with &nbsp; on both sides,
      表二 with the 第二十条 items in a left rowspan column and 收费 printed 96171.60 (万元),
      表四 as one 15-value row whose zeros print blank while 表二/表三 print 0.
"""
import json, os, sys, copy, re, html as H

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from layouts import intro as layouts_intro, ascii_runs, SHARED, truth, num, printed, ROWS3_2019, W, U, N, O, GROUPS, COLS, FIVE, T3_NOTE, T2_2021, T2_2019, t3_rows, TAIL, write_pages  # noqa: E402

out = sys.argv[1] if len(sys.argv) > 1 else '/tmp/layouts2'
os.makedirs(f'{out}/src', exist_ok=True); os.makedirs(f'{out}/truth', exist_ok=True)

def intro(body, year, t3):
    return layouts_intro(body, year, t3, None)


def donor(src, body):
    d = truth(src); T = copy.deepcopy({k: d[k] for k in ('year', 'format', 'table2', 'table3', 'table4')}); T['body'] = body
    return d, T, T['table2'], T['table3']['rows']

# ================================================================ ly: WPS Office
WPS_CJK = "font-family:仿宋_GB2312;mso-hansi-font-family:'Times New Roman';mso-bidi-font-family:'Times New Roman';"

def wps_runs(text, size='16.0000pt', cjk_font='仿宋_GB2312', bold=False):
    """Text as WPS 文字 saves it: a <span> per run, CJK runs in <font face>, ASCII (digits) runs in
    Times New Roman spans of their own."""
    out = []; b = 'font-weight:bold;' if bold else ''
    for is_ascii, part in ascii_runs(text):
        if is_ascii:
            out.append(f"<span style=\"mso-spacerun:'yes';font-family:'Times New Roman';mso-fareast-font-family:{cjk_font};{b}font-size:{size};mso-font-kerning:0.0000pt;\" >{part}</span>")
        else:
            out.append(f"<span style=\"mso-spacerun:'yes';font-family:{cjk_font};mso-hansi-font-family:'Times New Roman';{b}font-size:{size};mso-font-kerning:0.0000pt;\" ><font face=\"{cjk_font}\">{part}</font></span>")
    return ''.join(out)

def wps_para(text, head=False):
    if head:
        return ("<p class=MsoNormal style=\"text-indent:32.0000pt;mso-char-indent-count:2.0000;line-height:28.0000pt;mso-line-height-rule:exactly;\" >"
                + wps_runs(text, cjk_font='黑体') + "<span style=\"font-family:黑体;font-size:16.0000pt;\" ><o:p></o:p></span></p>")
    return ("<p class=MsoNormal style=\"text-indent:32.0000pt;mso-char-indent-count:2.0000;line-height:28.0000pt;mso-line-height-rule:exactly;\" >"
            + wps_runs(text) + "<span style=\"font-family:仿宋_GB2312;font-size:16.0000pt;\" ><o:p></o:p></span></p>")

def wps_text(html_src):
    """The plain <h3>/<p> text of intro()/TAIL as WPS 文字 paragraphs."""
    return ''.join(wps_para(t, tag == 'h3') for tag, t in re.findall(r'<(h3|p)>(.*?)</\1>', html_src))

WPS_TD = ("padding:0.0000pt 5.4000pt 0.0000pt 5.4000pt ;border-left:1.0000pt solid windowtext;mso-border-left-alt:0.5000pt solid windowtext;"
          "border-right:1.0000pt solid windowtext;mso-border-right-alt:0.5000pt solid windowtext;border-top:1.0000pt solid windowtext;"
          "mso-border-top-alt:0.5000pt solid windowtext;border-bottom:1.0000pt solid windowtext;mso-border-bottom-alt:0.5000pt solid windowtext;")

def wcell(text, attrs='', width=60, pad=''):
    """A WPS 文字 table cell: centred p.MsoNormal, 10.5pt 宋体 runs; pad: 'l', 'r' or 'lr' for
    mso-spacerun &nbsp; around the text (spaces typed in the cell)."""
    sp = "<span style=\"mso-spacerun:'yes';font-family:宋体;font-size:10.5000pt;\" >&nbsp;</span>"
    if text:
        inner = '<br>'.join(wps_runs(t, '10.5000pt', '宋体') for t in text.split('\n'))
        inner = (sp if 'l' in pad else '') + inner + (sp if 'r' in pad else '') + "<span style=\"font-family:宋体;font-size:10.5000pt;\" ><o:p></o:p></span>"
    else:
        inner = "<span style=\"font-family:宋体;font-size:10.5000pt;\" ><o:p>&nbsp;</o:p></span>"
    return (f"<td width={width} valign=center {attrs} style=\"width:{width * 0.75:.4f}pt;{WPS_TD}\" >"
            f"<p class=MsoNormal align=center style=\"text-align:center;mso-pagination:widow-orphan;\" >{inner}</p></td>")

WPS_TABLE = ("<table class=MsoNormalTable border=1 cellspacing=0 style=\"border-collapse:collapse;width:{w}pt;margin-left:-5.4000pt;"
             "mso-table-layout-alt:fixed;border:none;mso-border-left-alt:0.5000pt solid windowtext;mso-border-top-alt:0.5000pt solid windowtext;"
             "mso-border-right-alt:0.5000pt solid windowtext;mso-border-bottom-alt:0.5000pt solid windowtext;mso-border-insideh:0.5000pt solid windowtext;"
             "mso-border-insidev:0.5000pt solid windowtext;mso-padding-alt:0.0000pt 5.4000pt 0.0000pt 5.4000pt ;\" >")

ET_STYLE = """<style>
.et1{text-align:center;vertical-align:middle;white-space:normal;color:#000000;font-size:10.5pt;font-weight:400;font-family:宋体;mso-font-charset:134;mso-number-format:"General";mso-protection:locked visible;}
.et2{text-align:center;vertical-align:middle;white-space:normal;border:.5pt solid #000000;color:#000000;font-size:10.5pt;font-weight:400;font-family:宋体;mso-font-charset:134;mso-number-format:"General";mso-protection:locked visible;}
.et3{text-align:left;vertical-align:middle;white-space:normal;border:.5pt solid #000000;color:#000000;font-size:10.5pt;font-weight:400;font-family:宋体;mso-font-charset:134;mso-number-format:"General";mso-protection:locked visible;}
.et4{text-align:center;vertical-align:middle;border:.5pt solid #000000;color:#000000;font-size:10.5pt;font-weight:400;font-family:'Times New Roman';mso-generic-font-family:auto;mso-font-charset:0;mso-number-format:"General";mso-protection:locked visible;}
</style>"""

def page_ly():
    name = 'ly-2021-wps'; body = '沭阳县人民政府'; d, T, t2, rows = donor('2025-jiangsu-shuyang', body); year = d['year']
    h = [wps_text(intro(body, year, T['table3'])), wps_para('二、主动公开政府信息情况', True)]
    # 表二: WPS 文字 table, one-value blocks spanning three columns; some numbers padded with spacerun &nbsp;
    tb = [WPS_TABLE.format(w='426.0000')]
    for item, cols, rs in T2_2021:
        span = '' if len(cols) == 4 else 'colspan=3'
        tb.append("<tr style=\"height:22.0000pt;\" >" + wcell(item, 'colspan=4', 568) + '</tr>')
        tb.append("<tr style=\"height:22.0000pt;\" >" + wcell(cols[0], '', 142) + ''.join(wcell(c, span, 142 if not span else 426) for c in cols[1:]) + '</tr>')
        for r in rs:
            tb.append("<tr style=\"height:22.0000pt;\" >" + wcell(r, '', 142) +
                      ''.join(wcell(num(x), span, 142 if not span else 426, 'lr' if i == 0 else '') for i, x in enumerate(t2[r])) + '</tr>')
    h += tb + ['</table>', wps_para('三、收到和处理政府信息公开申请情况', True)]
    # 表三: pasted from WPS 表格 (et): <col> widths, et classes, x:num, Alt+Enter <br/> in the sub-labels
    widths = [38, 52, 196] + [46] * 7
    tb = [ET_STYLE, "<table width=\"%d\" border=\"0\" cellpadding=\"0\" cellspacing=\"0\" style='width:%.2fpt;border-collapse:collapse;table-layout:fixed;'>" % (sum(widths), sum(widths) * 0.75)]
    tb += [f"<col width=\"{w}\" style='mso-width-source:userset;mso-width-alt:{int(w * 36.57)};'/>" for w in widths]
    td = lambda t, attrs='', cls='et2': f'<td class="{cls}" {attrs} x:str>{t}</td>'
    tr = lambda ht: f"<tr height=\"{ht}\" style='height:{ht * 0.75:.2f}pt;'>"
    tb += [tr(27) + td(T3_NOTE, 'height="108" colspan="3" rowspan="3" style=\'height:81.00pt;border-right:.5pt solid #000000;border-bottom:.5pt solid #000000;\'') + td('申请人情况', 'colspan="7" style=\'border-right:.5pt solid #000000;\'') + '</tr>',
           tr(27) + td('自然人', 'rowspan="2" style=\'border-bottom:.5pt solid #000000;\'') + td('法人或其他组织', 'colspan="5" style=\'border-right:.5pt solid #000000;\'') + td('总计', 'rowspan="2" style=\'border-bottom:.5pt solid #000000;\'') + '</tr>',
           tr(54) + ''.join(td(c) for c in ['商业<br/>企业', '科研<br/>机构', '社会公<br/>益组织', '法律服<br/>务机构', '其他']) + '</tr>']
    seq = t3_rows(rows); nres = sum(1 for k in seq if k[0] != 'top'); first = True; seen = set()
    for kind, g, lab, key in seq:
        vals = ''.join(f'<td class="et4" x:num>{num(x)}</td>' if x is not None else '<td class="et4"></td>' for x in rows[key])
        ht = 40 if len(lab) > 16 else 22
        if kind == 'top': tb.append(tr(ht) + td(lab, 'height="%d" colspan="3" style=\'height:%.2fpt;border-right:.5pt solid #000000;\'' % (ht, ht * .75), 'et3') + vals + '</tr>'); continue
        lead = td('三、本年度办理结果', f'rowspan="{nres}" style=\'border-bottom:.5pt solid #000000;\'') if first else ''; first = False
        if kind == 'res': tb.append(tr(ht) + lead + td(lab, 'colspan="2" style=\'border-right:.5pt solid #000000;\'', 'et3') + vals + '</tr>')
        else:
            gl = td(g, f'rowspan="{sum(1 for q in seq if q[1] == g)}" style=\'border-bottom:.5pt solid #000000;\'') if g not in seen else ''; seen.add(g)
            tb.append(tr(ht) + lead + gl + td(lab, '', 'et3') + vals + '</tr>')
    tb.append("<![if supportMisalignedColumns]><tr width=\"0\" style='display:none;'>" + ''.join(f"<td width=\"{w}\" style='width:{w * .75:.2f}pt;'></td>" for w in widths) + '</tr><![endif]>')
    h += tb + ['</table>', wps_para('四、政府信息公开行政复议、行政诉讼情况', True)]
    # 表四: WPS 文字 table, official three header rows; values with a spacerun &nbsp; before them
    t4 = T['table4']
    h += [WPS_TABLE.format(w='426.0000'),
          "<tr style=\"height:24.0000pt;\" >" + wcell('行政复议', 'colspan=5 rowspan=2', 190) + wcell('行政诉讼', 'colspan=10', 380) + '</tr>',
          "<tr style=\"height:24.0000pt;\" >" + wcell('未经复议直接起诉', 'colspan=5', 190) + wcell('复议后起诉', 'colspan=5', 190) + '</tr>',
          "<tr style=\"height:48.0000pt;\" >" + ''.join(wcell(c, '', 38) for c in FIVE * 3) + '</tr>',
          "<tr style=\"height:24.0000pt;\" >" + ''.join(wcell(num(x), '', 38, 'l') for x in t4) + '</tr>', '</table>',
          wps_text(TAIL),
          "<p class=MsoNormal align=right style=\"text-align:right;line-height:28.0000pt;mso-line-height-rule:exactly;\" >" + wps_runs(f'{body}') + '</p>',
          "<p class=MsoNormal align=right style=\"text-align:right;line-height:28.0000pt;mso-line-height-rule:exactly;\" >" + wps_runs(f'{year + 1}年1月20日') + '</p>']
    title = f'{body}{year}年政府信息公开工作年度报告'
    page = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>' + title + '</title>'
            '<style>body{font-family:"Microsoft YaHei",sans-serif}.crumb{font-size:12px;color:#666}.info{color:#888;font-size:13px;text-align:center}'
            'p.MsoNormal{margin:0pt;margin-bottom:.0001pt;mso-pagination:none;text-align:justify;text-justify:inter-ideograph;font-family:Calibri;mso-fareast-font-family:宋体;font-size:10.5000pt;mso-font-kerning:1.0000pt;}</style></head><body>'
            f'<div class="crumb">您当前的位置：首页 &gt; 政务公开 &gt; 政府信息公开年报</div><div class="detail"><h1 style="text-align:center">{title}</h1>'
            f'<p class="info">发布日期：{year + 1}-01-21　信息来源：{body}办公室　字号：[大 中 小]</p>'
            '<div class="TRS_Editor"><div class="Section0" style="layout-grid:15.6000pt;" ><!--StartFragment-->' + ''.join(h) + '<!--EndFragment--></div></div></div>'
            f'<div class="footer">主办单位：{body}办公室 网站标识码 3213220001</div></body></html>')
    return name, page, T

# ================================================================ lz: government CMS, 2019
def cc(t, attrs='', width=None):
    """A CMS cell: the text in a centred <p> (with <br> where the label was broken)."""
    w = f' width="{width}"' if width else ''
    inner = t.replace('\n', '<br>') if t else '&nbsp;'
    return (f'<td{w} {attrs} style="border:1px solid #000000;padding:2px 4px;" valign="middle">'
            f'<p style="text-align:center;line-height:1.5em;margin:0;"><span style="font-family:宋体;font-size:14px;">{inner}</span></p></td>')

def page_lz():
    name = 'lz-2019-gov-cms'; body = '晋江市人民政府'; d, T, t2, rows = donor('003_0ec7f487509b9c4f', body); year = d['year']
    tab = lambda w: f'<table border="1" cellspacing="0" cellpadding="0" width="{w}" align="center" style="border-collapse:collapse;">'
    vz = lambda x, attrs='': cc('' if x == 0 or x is None else num(x), attrs)       # zeros blank (表二, 表四)
    v0 = lambda x, attrs='': cc(num(x), attrs)                                     # zeros printed (表三)
    h = [intro(body, year, T['table3']), '<h3>二、主动公开政府信息情况</h3>']
    brk = {'本年新制作数量': '本年新\n制作数量', '本年新公开数量': '本年新\n公开数量', '对外公开总数量': '对外公开\n总数量',
           '上一年项目数量': '上一年\n项目数量', '处理决定数量': '处理决定\n数量', '其他对外管理服务事项': '其他对外管理\n服务事项'}
    for item, cols, rs in T2_2019:
        w = '96%' if len(cols) == 4 else '72%'
        tb = [tab(w), '<tbody>', '<tr>' + cc(item.replace('第（', '\n第（'), f'rowspan="{len(rs) + 1}"', '18%') + ''.join(cc(brk.get(c, c)) for c in cols) + '</tr>']
        tb += ['<tr>' + cc(brk.get(r, r)) + ''.join(vz(x) for x in t2[r]) + '</tr>' for r in rs]
        h += tb + ['</tbody></table>', '<p>&nbsp;</p>']
    T['table2'] = {k: [printed(x, 'blank') for x in v] for k, v in t2.items()}
    # 表三: thead with the applicant header unmerged; zeros printed 0
    h.append('<h3>三、收到和处理政府信息公开申请情况</h3>')
    tb = [tab('100%'), '<thead>',
          '<tr>' + cc('（本列数据的勾稽关系为：第一项加第二项之和，\n等于第三项加第四项之和）', 'rowspan="3" colspan="3"') + cc('申请人情况', 'colspan="7"') + '</tr>',
          '<tr>' + cc('自然人') + cc('法人或其他组织', 'colspan="5"') + cc('总计') + '</tr>',
          '<tr>' + cc('') + ''.join(cc(c) for c in ['商业\n企业', '科研\n机构', '社会公益\n组织', '法律服务\n机构', '其他']) + cc('') + '</tr>',
          '</thead><tbody>']
    lbrk = {'（二）部分公开（区分处理的，只计这一情形，不计其他情形）': '（二）部分公开\n（区分处理的，只计这一情形，不计其他情形）',
            '一、本年新收政府信息公开申请数量': '一、本年新收政府\n信息公开申请数量', '二、上年结转政府信息公开申请数量': '二、上年结转政府\n信息公开申请数量',
            '5.要求行政机关确认或重新出具已获取信息': '5.要求行政机关确认或\n重新出具已获取信息', '三、本年度办理结果': '三、本年度\n办理结果',
            '（三）不予公开': '（三）\n不予\n公开', '（四）无法提供': '（四）\n无法\n提供', '（五）不予处理': '（五）\n不予\n处理'}
    seq = t3_rows(rows); nres = sum(1 for k in seq if k[0] != 'top'); first = True; seen = set()
    for kind, g, lab, key in seq:
        vals = ''.join(v0(x) for x in rows[key]); L = lbrk.get(lab, lab)
        if kind == 'top': tb.append('<tr>' + cc(L, 'colspan="3"') + vals + '</tr>'); continue
        lead = cc(lbrk['三、本年度办理结果'], f'rowspan="{nres}"', '8%') if first else ''; first = False
        if kind == 'res': tb.append('<tr>' + lead + cc(L, 'colspan="2"') + vals + '</tr>')
        else:
            gl = cc(lbrk[g], f'rowspan="{sum(1 for q in seq if q[1] == g)}"', '8%') if g not in seen else ''; seen.add(g)
            tb.append('<tr>' + lead + gl + cc(L) + vals + '</tr>')
    h += tb + ['</tbody></table>']
    # 表四: three stacked rows of five, two label columns; zeros blank
    h.append('<h3>四、政府信息公开行政复议、行政诉讼情况</h3>')
    t4 = T['table4']
    h += [tab('90%'), '<tbody>', '<tr>' + cc('项目', 'colspan="2"') + ''.join(cc(c[:2] + '\n' + c[2:] if len(c) == 4 else c) for c in FIVE) + '</tr>',
          '<tr>' + cc('行政复议', 'colspan="2"') + ''.join(vz(x) for x in t4[0:5]) + '</tr>',
          '<tr>' + cc('行政\n诉讼', 'rowspan="2"') + cc('未经复议直接起诉') + ''.join(vz(x) for x in t4[5:10]) + '</tr>',
          '<tr>' + cc('复议后起诉') + ''.join(vz(x) for x in t4[10:15]) + '</tr>', '</tbody></table>', TAIL]
    T['table4'] = [printed(x, 'blank') for x in t4]
    title = f'{body}{year}年政府信息公开工作年度报告'
    page = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>' + title + '</title>'
            '<style>body{font-family:"宋体";font-size:14px}.bt{text-align:center;font-size:22px;font-weight:bold}.xx{text-align:center;color:#666;border-bottom:1px dashed #ccc}'
            '.nr p{text-indent:2em;line-height:2em}.nr td p{text-indent:0}</style></head><body>'
            '<div class="dqwz">当前位置：<a href="#">首页</a> &gt;&gt; <a href="#">政府信息公开</a> &gt;&gt; <a href="#">政府信息公开年报</a></div>'
            '<table width="1000" align="center" border="0" cellspacing="0" cellpadding="0"><tr><td>'
            f'<div class="bt">{title}</div><div class="xx">发布时间：{year + 1}-03-30 10:12　来源：{body}办公室　浏览次数：1286　【字体：大 中 小】</div>'
            f'<div class="nr">{"".join(h)}</div><div class="gn">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div>'
            '</td></tr></table>'
            f'<div class="footer">版权所有：{body} 网站标识码 3505820001 闽ICP备05012345号</div></body></html>')
    return name, page, T

# ================================================================ l0: converted from a paginated source
def page_l0():
    name = 'l0-2021-pdf2html'; body = '淮安市淮阴区人民政府'
    d, T, t2, rows = donor('2024-jiangsu-huaian', body); year = d['year']
    T['table4'] = copy.deepcopy(truth('2024-jiangsu-huaian-hongze')['table4'])      # 表四 from a report with zeros in it
    pad = lambda t: f'&nbsp;{t}&nbsp;' if t else '&nbsp;'
    th = lambda t, attrs='': f'<th {attrs}>{t.replace(chr(10), "<br>")}</th>'
    td = lambda t, attrs='': f'<td {attrs}>{t.replace(chr(10), "<br>") if t else ""}</td>'
    vd = lambda x, attrs='': f'<td class="num" {attrs}>{pad(num(x))}</td>'
    tab = '<table class="tbl" border="1" cellspacing="0" cellpadding="0" width="100%">'
    h = [intro(body, year, T['table3']), '<h3>二、主动公开政府信息情况</h3>']
    # 表二: the items in a left rowspan column; 收费 with two decimals (万元)
    tb = [tab, '<thead><tr>' + th('项目') + th('信息内容') + th('本年制发件数') + th('本年废止件数') + th('现行有效件数') + '</tr></thead><tbody>']
    tb.append('<tr>' + td('第二十条第（一）项', 'rowspan="2"') + td('规章') + ''.join(vd(x) for x in t2['规章']) + '</tr>')
    tb.append('<tr>' + td('行政规范性文件') + ''.join(vd(x) for x in t2['行政规范性文件']) + '</tr>')
    for item, cols, rs in T2_2021[1:]:
        tb.append('<tr>' + td(item, f'rowspan="{len(rs) + 1}"') + th(cols[0]) + th(cols[1], 'colspan="3"') + '</tr>')
        for r in rs:
            x = t2[r][0]; t = f'{x:.2f}' if r == '行政事业性收费' else num(x)
            tb.append('<tr>' + td(r) + f'<td class="num" colspan="3">{pad(t)}</td>' + '</tr>')
    h += tb + ['</tbody></table>', '<h3>三、收到和处理政府信息公开申请情况</h3>']
    # 表三: header repeated inside tbody after （三）5; cut rowspans continued by empty merged cells
    head = ['<tr>' + th(T3_NOTE, 'rowspan="3" colspan="3"') + th('申请人情况', 'colspan="7"') + '</tr>',
            '<tr>' + th('自然人', 'rowspan="2"') + th('法人或其他组织', 'colspan="5"') + th('总计', 'rowspan="2"') + '</tr>',
            '<tr>' + ''.join(th(c) for c in COLS[1:6]) + '</tr>']
    seq = t3_rows(rows); cut = next(i for i, q in enumerate(seq) if q[3] == '（三）6')
    lab = lambda t: re.sub(r'^(\d)\.', r'\1．', t)
    grp = lambda g: g.replace('）', '） ', 1)
    n_res1 = sum(1 for q in seq[:cut] if q[0] != 'top'); n_res2 = sum(1 for q in seq[cut:] if q[0] != 'top')
    tb = [tab, '<thead>'] + head + ['</thead><tbody>']; seen = set(); first = True
    for i, (kind, g, L, key) in enumerate(seq):
        if i == cut: tb += head
        vals = ''.join(vd(x) for x in rows[key])
        if kind == 'top': tb.append('<tr>' + td(L, 'colspan="3"') + vals + '</tr>'); continue
        lead = ''
        if first: lead = td('三、本年度办理结果', f'rowspan="{n_res1}"'); first = False
        if i == cut: lead = td('', f'rowspan="{n_res2}"')
        if kind == 'res': tb.append('<tr>' + lead + td(L, 'colspan="2"') + vals + '</tr>'); continue
        part = [q for q in (seq[:cut] if i < cut else seq[cut:]) if q[1] == g]
        gl = ''
        if g not in seen: gl = td(grp(g), f'rowspan="{len(part)}"'); seen.add(g)
        elif i == cut: gl = td('', f'rowspan="{len(part)}"')
        tb.append('<tr>' + lead + gl + td(lab(L)) + vals + '</tr>')
    h += tb + ['</tbody></table>', '<h3>四、政府信息公开行政复议、行政诉讼情况</h3>']
    # 表四: one row of 15, zeros printed blank
    t4 = T['table4']
    h += [tab, '<thead>', '<tr>' + th('行政复议', 'colspan="5" rowspan="2"') + th('行政诉讼', 'colspan="10"') + '</tr>',
          '<tr>' + th('未经复议直接起诉', 'colspan="5"') + th('复议后起诉', 'colspan="5"') + '</tr>',
          '<tr>' + ''.join(th(c) for c in FIVE * 3) + '</tr>', '</thead><tbody>',
          '<tr>' + ''.join(vd(x) if x else '<td class="num">&nbsp;</td>' for x in t4) + '</tr>', '</tbody></table>', TAIL]
    T['table4'] = [printed(x, 'blank') for x in t4]
    title = f'{body}{year}年政府信息公开工作年度报告'
    page = ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<title>{title}</title><style>body{{font-family:"PingFang SC","Microsoft YaHei",sans-serif;max-width:1000px;margin:auto}}'
            '.tbl{border-collapse:collapse;font-size:13px;margin:8px 0}.tbl th,.tbl td{border:1px solid #333;padding:3px 5px}'
            '.tbl th{background:#f5f5f5;font-weight:normal}.tbl td.num{text-align:center}</style></head><body>'
            '<nav class="breadcrumb">首页 / 政务公开 / 法定主动公开内容 / 政府信息公开工作年度报告</nav>'
            f'<article><h1>{title}</h1><div class="meta">来源：{body} 发布时间：{year + 1}-01-26</div>{"".join(h)}'
            f'<p style="text-align:right">{body}<br>{year + 1}年1月26日</p></article>'
            f'<footer>主办：{body}办公室 网站标识码 3208040001</footer></body></html>')
    return name, page, T

write_pages(out, (page_ly, page_lz, page_l0), 'layouts2.py')
