#!/usr/bin/env python3
"""Write a set of report web pages laid out the way real organs' pages and Word exports are, with
their exact truth, to measure the reader on layouts the development set lacks (dev only).

usage: python3 scripts/measure/layouts.py OUT   (run from the repository root, ../shared beside it)
writes OUT/src/<name>.html and OUT/truth/<name>.json; then
  bash ../shared/tools/make-forms.sh OUT/forms OUT/src/*.html   (and copy OUT/src to OUT/forms/published)

The numbers are never invented: each page takes its 表二/表三/表四 values from real reports' truths
(../shared/seeds-truth, ../shared/corpus/truth), as scripts/transplant-values.py does, so the truth
follows from the donors. What varies is the layout, each a feature seen on real pages:
  la  2019 format, Word-pasted markup (MsoNormal, mso- styles, <o:p>), 表二 as one wide table whose
      第二十条 item sits in a rowspan column, 表三 with the official three label columns and zeros
      printed as &nbsp; blanks, header words broken over lines (自然<br>人).
  lb  2021 format, 表二 as four small tables, 收费 with a decimal, 表三 with ONE label column and
      group rows (三、本年度办理结果, （三）不予公开 …) that print blank cells, split header words
      (商业<br>企业), 表四 as two tables (行政复议; 行政诉讼 with its two groups).
  lc  2021 format with a leading 序号 column in 表二 and 表三, Word markup with a span per
      character in the headers, 表四 as one 15-column row.
  ld  2019 format, zeros printed as —, not-applicable cells as /, 三、本年度办理结果 as a
      full-width row above two label columns, 采购金额 with decimals, 表四 stacked as three
      header+values blocks in a 5-column table.
  le  2021 format, <thead>/<th>, the table title as the table's first row, 单位：件 lines, vertical
      header words in 表四 (结<br>果<br>维<br>持), a long label broken by <br>.
  lf  2021 format, thousands separators (3,119; 3,985,758; 96,171.6), each table's title as a
      <caption>, 表三 broken into two tables by a page break with its three header rows repeated (the
      second part starting at （四）无法提供), 表四's result words vertical by CSS writing-mode.
  lg  2019 format in Word markup, 表二 as the template prints it with a unit in every number cell
      (49件, 490项, 249887966.42元) and ／ in a block's unused third column, a 注： line after 表二
      (with dates) and a 注： row inside 表三 under its last row, 表四's result words vertical as Word
      exports them (layout-flow:vertical-ideographic).
  lh  2021 format, a 单位：件 line before each of the three tables, 表二's zeros printed 无 and its
      one-value blocks kept four columns wide with —— in the unused cells, 表三's values padded with
      &ensp; and spaces and its item labels indented with &emsp;, a 注： line right after 表三, 表四
      with a unit in every cell (1件, 0件).
  li  2021 format, full-width digits and point in every table (５１７６４５, ４０６８．２０８, zeros ０),
      表三's applicant header in two rows (no 申请人情况 row) with the five sub-labels wrapped
      (商业<br>企业, 社会公<br>益组织).
  lj  2021 format inside an old CMS's layout table (the article a cell of a 960-pixel table, a
      sidebar cell of links with dates and visit counts beside it), the year in Chinese numerals in
      the title (二〇二五年度), half-width brackets and 、 in 表三's labels ((一)予以公开, 1、属于国家秘密),
      labels spaced out to justify them (自 然 人, 总  计, 行 政 复 议).
  lk  2021 format with no ruling at all (border="0", no CSS borders: the tables' columns only in the
      text's positions), 表三's zeros printed as blank cells, numbers right-aligned.
  ll  2021 format in narrow fixed-width tables (480 pixels, 表三's value columns about 30 pixels), so
      that large numbers (3985758, 96171.6) and labels wrap inside their cells in the PDF.
  lm  2019 format printed on landscape pages (@page size: A4 landscape), 表三's label columns wide
      and its value columns spaced far apart, 表四 with a 单位：件 caption.
  ln  2021 format whose 表三 starts low on a page after a long 总体情况, so that the page breaks inside
      （三）不予公开's rowspan (the group label on one page, the rest of its rows on the next).
  lo  2019 format with a narrow label column (labels wrapped over two or three lines) and the values
      set at the top of their cells (vertical-align: top), as Word's default cell alignment prints them.
  lq  2021 format whose 表三 header is a table of its own above a body table without one (an editor's
      split), and whose 表四 prints one merged cell 无 across its fifteen values (no case that year).
  lr  2019 format with 合计 for 总计 (the applicant column and 表四's headers) and （七）合计, 表二's
      numbers with their units in the header (（件）), and half-width brackets in 表二's block items.
  ls  2021 format in an old CMS's default table (border=1 cellspacing=2, no border-collapse: every
      cell its own box, each rule drawn twice), header rows shaded grey (bgcolor) and the body rows
      striped, 表四 as three rows of five under a label column (行政复议 / 未经复议直接起诉 / 复议后起诉).
  lt  2019 format as Word saves a page (MsoTableGrid): a trailing zero-height row of width-only
      cells (<![if !supportMisalignedColumns]>), every number's digits in spans of their own
      (2<span>1</span>5), the body in 16pt 仿宋 (三号) and the tables in 9pt.
  lu  2021 format with dotted rules (border:1px dotted), a 9px table font, the 总计 column and row
      bold, values centred, 表二's blocks in one table with blank header cells over the unused columns.
  lv  (hold-out, round 7) 2021 format, 表三's group labels printed vertically in their rowspan cells
      (三<br>、<br>本<br>年… and 不<br>予<br>公<br>开), an empty trailing cell on every row of every table
      (an editor's stray column), each table inside a scrolling <div>, values in centred <p><span>.
  lw  (hold-out, round 7) 2019 format, 表三's five sub-labels and 表四's result words broken over two
      lines (商业<br>企业, 结果<br>维持), the 总计 column's values bold, cell padding 0 at 10.5pt.
  lx  (hold-out, round 7) 2021 format as Word's filtered HTML (one WordSection1 div, headings as bold
      <p>, tables 100% wide, values right-aligned), 表三's top-left header cell blank (no note) and
      its header in two rows, a zero-free 四、结转下年度继续办理 printed blank.
"""
import json, os, sys, copy, re

SHARED = os.environ.get('SHARED', '../shared')

def truth(name):
    for d in ('seeds-truth', 'corpus/truth'):
        p = f'{SHARED}/{d}/{name}.json'
        if os.path.exists(p): return json.load(open(p, encoding='utf-8'))
    raise SystemExit(f'no truth {name}')

def ascii_runs(text):
    """The runs of a line of text, ASCII ones (digits, Latin, . % / -) apart: (is_ascii, run) pairs,
    as Word and WPS save a line in spans of two fonts."""
    for part in re.findall(r'[0-9A-Za-z.%/\-]+|[^0-9A-Za-z.%/\-]+', text):
        yield bool(re.match(r'[0-9A-Za-z.%/\-]', part)), part

def num(v):
    if v is None: return ''
    return str(int(v)) if float(v).is_integer() else str(v)

# ---------------------------------------------------------------- markup styles
def word(t, per_char=False):
    """A Word-pasted cell paragraph (what a CMS keeps of a .doc pasted into its editor)."""
    if per_char and t:
        inner = ''.join(f"<span style='font-size:10.5pt;font-family:仿宋_GB2312;mso-hansi-font-family:宋体'>{c}</span>" if c != '\n' else '<br>' for c in t)
    else:
        inner = "<span style='font-size:10.5pt;font-family:仿宋_GB2312;mso-hansi-font-family:宋体;mso-bidi-font-family:宋体;color:black;mso-font-kerning:0pt'>" + (t.replace('\n', '<br>') if t else '') + "<o:p></o:p></span>"
    if not t: inner = "<span lang=EN-US style='font-size:10.5pt;mso-bidi-font-family:宋体;color:black'><o:p>&nbsp;</o:p></span>"
    return f"<p class=MsoNormal align=center style='text-align:center;mso-pagination:widow-orphan;layout-grid-mode:char'>{inner}</p>"

def plain(t, per_char=False):
    return t.replace('\n', '<br>') if t else '&nbsp;'

TDSTYLE = "style='border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'"

def comma(t):
    """A number with thousands separators, as many pages print large counts (3,985,758)."""
    i, _, f = t.partition('.'); return f'{int(i):,}' + (f'.{f}' if f else '')

def fullwidth(t):
    """Full-width digits and point (１２３．４), as typed with a Chinese input method's full-width mode."""
    return t.translate({ord(c): ord(c) + 0xFEE0 for c in '0123456789.'})

def unit(u):
    return lambda t: t + u

class Page:
    def __init__(self, markup=plain, tag='td', zero='0', per_char_head=False, fmt=None):
        """zero: how a zero prints ('0', 'blank', or the text printed, e.g. '—', '无', '0件');
        fmt: how a printed number's text is written (comma, fullwidth, unit('件'))."""
        self.m, self.tag, self.zero, self.pch, self.fmt = markup, tag, zero, per_char_head, fmt
    def c(self, t, attrs='', head=False, tag=None):
        tag = tag or (self.tag if head else 'td')
        return f"<{tag} {attrs} {TDSTYLE if self.m is word else ''}>{self.m(t, head and self.pch)}</{tag}>"
    def v(self, x, attrs=''):
        """A value cell; zero printed the page's way (the truth gets null where 0 is not printed)."""
        t = num(x)
        if x == 0 and self.zero != '0': t = '' if self.zero == 'blank' else self.zero
        elif t and self.fmt: t = self.fmt(t)
        return self.c(t, attrs)

def printed(x, zero):
    return None if x is None or (x == 0 and zero not in ('0', '0件', '０')) else x

ROWS3_2019 = [('一、本年新收政府信息公开申请数量', '一、本年新收政府信息公开申请数量'), ('二、上年结转政府信息公开申请数量', '二、上年结转政府信息公开申请数量'),
    ('（一）予以公开', '（一）予以公开'), ('（二）部分公开', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）')]
W = ['1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项']
U = ['1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确']
N = ['1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息']
O = ['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '3.其他']
GROUPS = [('（三）不予公开', '（三）', W), ('（四）无法提供', '（四）', U), ('（五）不予处理', '（五）', N)]
COLS = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']

def t3_rowspan_body(p, rows, relabel=lambda label: label, q=''):
    """表三's body rows with the official three label columns (三、本年度办理结果 and each group a
    rowspan cell); `q` quotes the span attributes (`"`, or none)."""
    seq = t3_rows(rows); nres = sum(1 for k in seq if k[0] != 'top'); first = True; seen = set(); out = []
    for kind, g, label, key in seq:
        label = relabel(label)
        vals = ''.join(p.v(x) for x in rows[key])
        if kind == 'top': out.append('<tr>' + p.c(label, f'colspan={q}3{q}') + vals + '</tr>'); continue
        lead = p.c('三、本年度办理结果', f'rowspan={q}{nres}{q}') if first else ''; first = False
        if kind == 'res': out.append('<tr>' + lead + p.c(label, f'colspan={q}2{q}') + vals + '</tr>')
        else:
            gl = p.c(g, f'rowspan={q}{sum(1 for r in seq if r[1] == g)}{q}') if g not in seen else ''; seen.add(g)
            out.append('<tr>' + lead + gl + p.c(label) + vals + '</tr>')
    return out

def t3_rows(rows):
    """The 表三 rows in printed order: (kind, group label or None, item label, truth key)."""
    out = [('top', None, ROWS3_2019[0][1], ROWS3_2019[0][0]), ('top', None, ROWS3_2019[1][1], ROWS3_2019[1][0]),
           ('res', None, ROWS3_2019[2][1], ROWS3_2019[2][0]), ('res', None, ROWS3_2019[3][1], ROWS3_2019[3][0])]
    for g, k, items in GROUPS:
        for i, it in enumerate(items): out.append(('sub', g, it, f'{k}{i+1}'))
    if '（六）1' in rows:
        for i, it in enumerate(O): out.append(('sub', '（六）其他处理', it, f'（六）{i+1}'))
    else: out.append(('res', None, '（六）其他处理', '（六）其他处理'))
    out.append(('res', None, '（七）总计', '（七）总计'))
    out.append(('top', None, '四、结转下年度继续办理', '四、结转下年度继续办理'))
    return out

def intro(body, year, t3, t2fmt):
    r = t3['rows']; new = r['一、本年新收政府信息公开申请数量'][6]; old = r['二、上年结转政府信息公开申请数量'][6]
    done = r['（七）总计'][6]; fwd = r['四、结转下年度继续办理'][6]
    return (f'<p>根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，现公布{body}{year}年度政府信息公开工作年度报告。'
            f'本报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。</p>'
            '<h3>一、总体情况</h3>'
            f'<p>{year}年，{body}认真贯彻落实《条例》和上级关于政务公开工作的部署要求，围绕中心工作，持续深化主动公开，规范依申请公开办理，'
            '加强平台建设和监督保障，政府信息公开工作取得新成效。</p>'
            f'<p>（一）主动公开。全年通过门户网站、政务新媒体等渠道主动公开政府信息，及时发布政策文件和解读材料。</p>'
            f'<p>（二）依申请公开。全年共受理政府信息公开申请{num(new)}件，上年结转{num(old)}件，已办结{num(done)}件，结转下年度继续办理{num(fwd)}件。</p>'
            '<p>（三）政府信息管理。严格落实公开前保密审查，动态调整主动公开基本目录。</p>'
            '<p>（四）平台建设。优化政府信息公开专栏，完善检索和智能问答功能。</p>'
            '<p>（五）监督保障。将政务公开纳入年度绩效考核，开展业务培训。</p>')

TAIL = ('<h3>五、存在的主要问题及改进情况</h3><p>一是政策解读形式还不够丰富；二是基层工作人员业务能力有待提高。下一步，我们将进一步丰富解读形式，加强业务培训。</p>'
        '<h3>六、其他需要报告的事项</h3><p>本年度未收取信息处理费。无其他需要报告的事项。</p>')

def html_page(title, body_html, word_doc=False):
    head = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta charset="utf-8"><meta name=ProgId content=Word.Document>'
            '<style>p.MsoNormal{margin:0cm;text-align:justify;font-size:10.5pt;font-family:"Calibri",sans-serif}</style>'
            if word_doc else '<!DOCTYPE html><html><head><meta charset="utf-8"><style>table{border-collapse:collapse}td,th{border:1px solid #000;padding:2px 4px}</style>')
    return (f'{head}<title>{title}</title></head><body><div class="header">首页 &gt; 政府信息公开 &gt; 政府信息公开年报</div>'
            f'<div class="article"><h1>{title}</h1>{body_html}</div><div class="footer">主办单位：{title[:title.find("20")]} 网站标识码 3201000000</div></body></html>')

# ---------------------------------------------------------------- la
def page_la():
    name = 'la-2019-word'; t2s = truth('003_0ec7f487509b9c4f'); t34 = truth('2023-jiangsu-huaian-hongze')
    body, year = '晋江市人民政府', 2020
    p = Page(word, 'td', zero='0')
    T = copy.deepcopy({'year': year, 'body': body, 'format': '2019', 'table2': t2s['table2'],
                       'table3': t34['table3'], 'table4': t2s['table4']})
    t2 = T['table2']
    h = [intro(body, year, T['table3'], '2019'), '<h3>二、主动公开政府信息情况</h3>']
    # 表二: one wide table, the 第二十条 item in a rowspan column on the left
    tb = ["<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 width=600 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt'>"]
    heads = [('第二十条第（一）项', ['本年新制作数量', '本年新公开数量', '对外公开总数量'], ['规章', '规范性文件']),
             ('第二十条第（五）项', ['上一年项目数量', '本年增/减', '处理决定数量'], ['行政许可', '其他对外管理服务事项']),
             ('第二十条第（六）项', ['上一年项目数量', '本年增/减', '处理决定数量'], ['行政处罚', '行政强制']),
             ('第二十条第（八）项', ['上一年项目数量', '本年增/减'], ['行政事业性收费']),
             ('第二十条第（九）项', ['采购项目数量', '采购总金额'], ['政府集中采购'])]
    for item, cols, rows in heads:
        tb.append('<tr>' + p.c(item, f'rowspan={len(rows)+1}', True) + p.c('信息内容', '', True) +
                  ''.join(p.c(c, 'colspan=2' if len(cols) == 2 and i == 1 else '', True) for i, c in enumerate(cols)) + '</tr>')
        for r in rows:
            vals = t2[r]
            tb.append('<tr>' + p.c(r) + ''.join(p.v(x, 'colspan=2' if len(cols) == 2 and i == 1 else '') for i, x in enumerate(vals)) + '</tr>')
    tb.append('</table>'); h += tb
    # 表三: the official three label columns, zeros printed as &nbsp;
    h.append('<h3>三、收到和处理政府信息公开申请情况</h3>')
    p3 = Page(word, 'td', zero='blank')
    rows = T['table3']['rows']
    tb = ["<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>",
          '<tr>' + p3.c('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 'rowspan=3 colspan=3', True) + p3.c('申请人情况', 'colspan=7', True) + '</tr>',
          '<tr>' + p3.c('自然\n人', 'rowspan=2', True) + p3.c('法人或其他组织', 'colspan=5', True) + p3.c('总计', 'rowspan=2', True) + '</tr>',
          '<tr>' + ''.join(p3.c(c, '', True) for c in ['商业\n企业', '科研\n机构', '社会公益\n组织', '法律服务\n机构', '其他']) + '</tr>']
    seq = t3_rows(rows); nres = sum(1 for k in seq if k[0] != 'top')
    first_res = True; seen = set()
    for kind, g, label, key in seq:
        vals = ''.join(p3.v(x) for x in rows[key])
        if kind == 'top': tb.append('<tr>' + p3.c(label, 'colspan=3') + vals + '</tr>'); continue
        lead = p3.c('三、本年度办理结果', f'rowspan={nres}') if first_res else ''; first_res = False
        if kind == 'res': tb.append('<tr>' + lead + p3.c(label, 'colspan=2') + vals + '</tr>')
        else:
            n = sum(1 for s in seq if s[1] == g)
            gl = p3.c(g, f'rowspan={n}') if g not in seen else ''; seen.add(g)
            tb.append('<tr>' + lead + gl + p3.c(label) + vals + '</tr>')
    tb.append('</table>'); h += tb
    T['table3']['rows'] = {k: [printed(x, 'blank') for x in v] for k, v in rows.items()}
    # 表四: official three header rows and one 15-cell row
    h.append('<h3>四、政府信息公开行政复议、行政诉讼情况</h3>')
    five = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']
    tb = ["<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>",
          '<tr>' + p.c('行政复议', 'colspan=5 rowspan=2', True) + p.c('行政诉讼', 'colspan=10', True) + '</tr>',
          '<tr>' + p.c('未经复议直接起诉', 'colspan=5', True) + p.c('复议后起诉', 'colspan=5', True) + '</tr>',
          '<tr>' + ''.join(p.c(c[:2] + '\n' + c[2:], '', True) for c in five * 3) + '</tr>',
          '<tr>' + ''.join(p.v(x) for x in T['table4']) + '</tr>', '</table>']
    h += tb + [TAIL]
    return name, html_page(f'{body}{year}年政府信息公开工作年度报告', ''.join(h), True), T

# ---------------------------------------------------------------- lb
def page_lb():
    name = 'lb-2021-bureau'; d = truth('2024-jiangsu-huaian'); body, year = '淮安市人民政府', 2024
    p = Page(plain, 'td', zero='0'); T = copy.deepcopy({k: d[k] for k in ('year', 'format', 'table2', 'table3', 'table4')}); T['body'] = body
    t2 = T['table2']; rows = T['table3']['rows']
    h = [intro(body, year, T['table3'], '2021'), '<h3>二、主动公开政府信息情况</h3>']
    small = [('第二十条第（一）项', ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'], ['规章', '行政规范性文件']),
             ('第二十条第（五）项', ['信息内容', '本年处理决定数量'], ['行政许可']),
             ('第二十条第（六）项', ['信息内容', '本年处理决定数量'], ['行政处罚', '行政强制']),
             ('第二十条第（八）项', ['信息内容', '本年收费金额（单位：万元）'], ['行政事业性收费'])]
    for item, cols, rs in small:
        tb = ['<table border="1" cellspacing="0" cellpadding="0" width="100%">', '<tr>' + p.c(item, f'colspan={len(cols)}') + '</tr>',
              '<tr>' + ''.join(p.c(c) for c in cols) + '</tr>']
        for r in rs: tb.append('<tr>' + p.c(r) + ''.join(p.v(x) for x in t2[r]) + '</tr>')
        h += tb + ['</table><p>&nbsp;</p>']
    h.append('<h3>三、收到和处理政府信息公开申请情况</h3>')
    tb = ['<table border="1" cellspacing="0" cellpadding="0" width="100%">',
          '<tr>' + p.c('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 'rowspan=3') + p.c('申请人情况', 'colspan=7') + '</tr>',
          '<tr>' + p.c('自然人', 'rowspan=2') + p.c('法人或其他组织', 'colspan=5') + p.c('总计', 'rowspan=2') + '</tr>',
          '<tr>' + ''.join(p.c(c) for c in ['商业\n企业', '科研\n机构', '社会公益\n组织', '法律服务\n机构', '其他']) + '</tr>']
    blank7 = ''.join(p.c('') for _ in range(7)); cur = None
    for kind, g, label, key in t3_rows(rows):
        if kind != 'top' and cur is None: tb.append('<tr>' + p.c('三、本年度办理结果') + blank7 + '</tr>'); cur = 'res'
        if kind == 'sub' and g != cur: tb.append('<tr>' + p.c(g) + blank7 + '</tr>'); cur = g
        tb.append('<tr>' + p.c(label) + ''.join(p.v(x) for x in rows[key]) + '</tr>')
    h += tb + ['</table>']
    h.append('<h3>四、政府信息公开行政复议、行政诉讼情况</h3>')
    five = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']; t4 = T['table4']
    h += ['<table border="1" cellspacing="0" cellpadding="0" width="100%">', '<tr>' + p.c('行政复议', 'colspan=5') + '</tr>',
          '<tr>' + ''.join(p.c(c) for c in five) + '</tr>', '<tr>' + ''.join(p.v(x) for x in t4[:5]) + '</tr>', '</table><p>&nbsp;</p>',
          '<table border="1" cellspacing="0" cellpadding="0" width="100%">', '<tr>' + p.c('行政诉讼', 'colspan=10') + '</tr>',
          '<tr>' + p.c('未经复议直接起诉', 'colspan=5') + p.c('复议后起诉', 'colspan=5') + '</tr>',
          '<tr>' + ''.join(p.c(c) for c in five * 2) + '</tr>', '<tr>' + ''.join(p.v(x) for x in t4[5:]) + '</tr>', '</table>', TAIL]
    return name, html_page(f'{body}{year}年政府信息公开工作年度报告', ''.join(h)), T

# ---------------------------------------------------------------- lc
def page_lc():
    name = 'lc-2021-seq'; d = truth('2025-jiangsu-shuyang'); body, year = '沭阳县人民政府', 2025
    p = Page(word, 'td', zero='0', per_char_head=True); T = copy.deepcopy({k: d[k] for k in ('year', 'format', 'table2', 'table3', 'table4')}); T['body'] = body
    t2 = T['table2']; rows = T['table3']['rows']
    h = [intro(body, year, T['table3'], '2021'), '<h3>二、主动公开政府信息情况</h3>']
    tb = ["<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 width=620 style='border-collapse:collapse;border:none'>",
          '<tr>' + p.c('序号', '', True) + p.c('项目', '', True) + p.c('信息内容', '', True) + p.c('本年制发件数', '', True) + p.c('本年废止件数', '', True) + p.c('现行有效件数', '', True) + '</tr>']
    i = 1
    tb.append('<tr>' + p.c(str(i)) + p.c('第二十条第（一）项', 'rowspan=2') + p.c('规章') + ''.join(p.v(x) for x in t2['规章']) + '</tr>'); i += 1
    tb.append('<tr>' + p.c(str(i)) + p.c('行政规范性文件') + ''.join(p.v(x) for x in t2['行政规范性文件']) + '</tr>'); i += 1
    for item, head, rs in [('第二十条第（五）项', '本年处理决定数量', ['行政许可']), ('第二十条第（六）项', '本年处理决定数量', ['行政处罚', '行政强制']),
                           ('第二十条第（八）项', '本年收费金额（单位：万元）', ['行政事业性收费'])]:
        tb.append('<tr>' + p.c('', '') + p.c(item, f'rowspan={len(rs)+1}', True) + p.c('信息内容', '', True) + p.c(head, 'colspan=3', True) + '</tr>')
        for r in rs: tb.append('<tr>' + p.c(str(i)) + p.c(r) + p.v(t2[r][0], 'colspan=3') + '</tr>'); i += 1
    h += tb + ['</table>']
    h.append('<h3>三、收到和处理政府信息公开申请情况</h3>')
    tb = ["<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>",
          '<tr>' + p.c('序号', 'rowspan=3', True) + p.c('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 'rowspan=3 colspan=3', True) + p.c('申请人情况', 'colspan=7', True) + '</tr>',
          '<tr>' + p.c('自然人', 'rowspan=2', True) + p.c('法人或其他组织', 'colspan=5', True) + p.c('总计', 'rowspan=2', True) + '</tr>',
          '<tr>' + ''.join(p.c(c, '', True) for c in COLS[1:6]) + '</tr>']
    seq = t3_rows(rows); nres = sum(1 for k in seq if k[0] != 'top'); first = True; seen = set()
    for n, (kind, g, label, key) in enumerate(seq, 1):
        vals = ''.join(p.v(x) for x in rows[key]); s = p.c(str(n))
        if kind == 'top': tb.append('<tr>' + s + p.c(label, 'colspan=3') + vals + '</tr>'); continue
        lead = p.c('三、本年度办理结果', f'rowspan={nres}') if first else ''; first = False
        if kind == 'res': tb.append('<tr>' + s + lead + p.c(label, 'colspan=2') + vals + '</tr>')
        else:
            gl = p.c(g, f'rowspan={sum(1 for q in seq if q[1] == g)}') if g not in seen else ''; seen.add(g)
            tb.append('<tr>' + s + lead + gl + p.c(label) + vals + '</tr>')
    h += tb + ['</table>']
    h.append('<h3>四、政府信息公开行政复议、行政诉讼情况</h3>')
    five = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']
    h += ["<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>",
          '<tr>' + p.c('行政复议', 'colspan=5 rowspan=2', True) + p.c('行政诉讼', 'colspan=10', True) + '</tr>',
          '<tr>' + p.c('未经复议直接起诉', 'colspan=5', True) + p.c('复议后起诉', 'colspan=5', True) + '</tr>',
          '<tr>' + ''.join(p.c(c, '', True) for c in five * 3) + '</tr>', '<tr>' + ''.join(p.v(x) for x in T['table4']) + '</tr>', '</table>', TAIL]
    return name, html_page(f'{body}{year}年政府信息公开工作年度报告', ''.join(h), True), T

# ---------------------------------------------------------------- ld
def page_ld():
    name = 'ld-2019-dash'; t2s = truth('000_f42b2add2afd0cc6'); t34 = truth('2024-jiangsu-huaian-hongze')
    body, year = '晋江市内坑镇人民政府', 2020
    p = Page(plain, 'td', zero='—')
    T = copy.deepcopy({'year': year, 'body': body, 'format': '2019', 'table2': t2s['table2'], 'table3': t34['table3'], 'table4': t34['table4']})
    t2 = T['table2']; rows = T['table3']['rows']
    h = [intro(body, year, T['table3'], '2019'), '<h3>二、主动公开政府信息情况</h3>']
    tb = ['<table border="1" cellspacing="0" width="90%">']
    heads = [('第二十条第（一）项', ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'], ['规章', '规范性文件']),
             ('第二十条第（五）项', ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'], ['行政许可', '其他对外管理服务事项']),
             ('第二十条第（六）项', ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'], ['行政处罚', '行政强制']),
             ('第二十条第（八）项', ['信息内容', '上一年项目数量', '本年增/减', '/'], ['行政事业性收费']),
             ('第二十条第（九）项', ['信息内容', '采购项目数量', '采购总金额', '/'], ['政府集中采购'])]
    for item, cols, rs in heads:
        tb += ['<tr>' + p.c(item, 'colspan=4') + '</tr>', '<tr>' + ''.join(p.c(c) for c in cols) + '</tr>']
        for r in rs:
            vals = list(t2[r]); cells = [p.v(x) for x in vals]
            if r == '政府集中采购': cells[1] = p.c(f'{vals[1]:.2f}')
            if len(cells) == 2: cells.append(p.c('/'))
            tb.append('<tr>' + p.c(r) + ''.join(cells) + '</tr>')
    h += tb + ['</table>']
    T['table2'] = {k: [printed(x, '—') for x in v] for k, v in t2.items()}
    h.append('<h3>三、收到和处理政府信息公开申请情况</h3>')
    tb = ['<table border="1" cellspacing="0" width="100%">',
          '<tr>' + p.c('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 'rowspan=3 colspan=2') + p.c('申请人情况', 'colspan=7') + '</tr>',
          '<tr>' + p.c('自然人', 'rowspan=2') + p.c('法人或其他组织', 'colspan=5') + p.c('总计', 'rowspan=2') + '</tr>',
          '<tr>' + ''.join(p.c(c) for c in COLS[1:6]) + '</tr>']
    seq = t3_rows(rows); seen = set(); first = True
    for kind, g, label, key in seq:
        vals = ''.join(p.v(x) for x in rows[key])
        if kind != 'top' and first: tb.append('<tr>' + p.c('三、本年度办理结果', 'colspan=9') + '</tr>'); first = False
        if kind == 'sub':
            gl = p.c(g, f'rowspan={sum(1 for q in seq if q[1] == g)}') if g not in seen else ''; seen.add(g)
            tb.append('<tr>' + gl + p.c(label) + vals + '</tr>')
        else: tb.append('<tr>' + p.c(label, 'colspan=2') + vals + '</tr>')
    h += tb + ['</table>']
    T['table3']['rows'] = {k: [printed(x, '—') for x in v] for k, v in rows.items()}
    h.append('<h3>四、政府信息公开行政复议、行政诉讼情况</h3>')
    five = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']; t4 = T['table4']
    tb = ['<table border="1" cellspacing="0" width="80%">']
    for gi, g in enumerate(['行政复议', '行政诉讼（未经复议直接起诉）', '行政诉讼（复议后起诉）']):
        tb += ['<tr>' + p.c(g, 'colspan=5') + '</tr>', '<tr>' + ''.join(p.c(c) for c in five) + '</tr>',
               '<tr>' + ''.join(p.v(x) for x in t4[gi*5:gi*5+5]) + '</tr>']
    h += tb + ['</table>', TAIL]
    T['table4'] = [printed(x, '—') for x in t4]
    return name, html_page(f'{body}{year}年政府信息公开工作年度报告', ''.join(h)), T

# ---------------------------------------------------------------- le
def page_le():
    name = 'le-2021-thead'; d = truth('2024-shanghai-stcsm'); body, year = '上海市科学技术委员会', 2024
    p = Page(plain, 'th', zero='0'); T = copy.deepcopy({k: d[k] for k in ('year', 'format', 'table2', 'table3', 'table4')}); T['body'] = body
    t2 = T['table2']; rows = T['table3']['rows']
    h = [intro(body, year, T['table3'], '2021'), '<h3>二、主动公开政府信息情况</h3>']
    tb = ['<table border="1" cellspacing="0" width="100%"><thead>', '<tr>' + p.c('表一 主动公开政府信息情况', 'colspan=4', True) + '</tr></thead><tbody>',
          '<tr>' + p.c('第二十条第（一）项', 'colspan=4', True) + '</tr>',
          '<tr>' + ''.join(p.c(c, '', True) for c in ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数']) + '</tr>']
    for r in ['规章', '行政规范性文件']: tb.append('<tr>' + p.c(r) + ''.join(p.v(x) for x in t2[r]) + '</tr>')
    for item, head, rs in [('第二十条第（五）项', '本年处理决定数量', ['行政许可']), ('第二十条第（六）项', '本年处理决定数量', ['行政处罚', '行政强制']),
                           ('第二十条第（八）项', '本年收费金额（单位：万元）', ['行政事业性收费'])]:
        tb += ['<tr>' + p.c(item, 'colspan=4', True) + '</tr>', '<tr>' + p.c('信息内容', '', True) + p.c(head, 'colspan=3', True) + '</tr>']
        for r in rs: tb.append('<tr>' + p.c(r) + p.v(t2[r][0], 'colspan=3') + '</tr>')
    h += tb + ['</tbody></table>']
    h.append('<h3>三、收到和处理政府信息公开申请情况</h3><p style="text-align:right">单位：件</p>')
    tb = ['<table border="1" cellspacing="0" width="100%"><thead>', '<tr>' + p.c('表二 收到和处理政府信息公开申请情况', 'colspan=10', True) + '</tr>',
          '<tr>' + p.c('（本列数据的勾稽关系为：第一项加第二项之和，\n等于第三项加第四项之和）', 'rowspan=3 colspan=3', True) + p.c('申请人情况', 'colspan=7', True) + '</tr>',
          '<tr>' + p.c('自然人', 'rowspan=2', True) + p.c('法人或其他组织', 'colspan=5', True) + p.c('总计', 'rowspan=2', True) + '</tr>',
          '<tr>' + ''.join(p.c(c, '', True) for c in COLS[1:6]) + '</tr></thead><tbody>']
    tb += t3_rowspan_body(p, rows, lambda label: label.replace('（区分处理的，', '\n（区分处理的，').replace('、行政机关不再', '，\n行政机关不再'))
    h += tb + ['</tbody></table>']
    h.append('<h3>四、政府信息公开行政复议、行政诉讼情况</h3><p style="text-align:right">单位：件</p>')
    five = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']
    h += ['<table border="1" cellspacing="0" width="100%"><thead>', '<tr>' + p.c('表三 政府信息公开行政复议、行政诉讼情况', 'colspan=15', True) + '</tr>',
          '<tr>' + p.c('行政复议', 'colspan=5 rowspan=2', True) + p.c('行政诉讼', 'colspan=10', True) + '</tr>',
          '<tr>' + p.c('未经复议直接起诉', 'colspan=5', True) + p.c('复议后起诉', 'colspan=5', True) + '</tr>',
          '<tr>' + ''.join(p.c('\n'.join(c), '', True) for c in five * 3) + '</tr></thead><tbody>',
          '<tr>' + ''.join(p.v(x) for x in T['table4']) + '</tr>', '</tbody></table>', TAIL]
    return name, html_page(f'{body}{year}年政府信息公开工作年度报告', ''.join(h)), T

# ---------------------------------------------------------------- shared pieces of the later layouts
FIVE = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']
T2_2021 = [('第二十条第（一）项', ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'], ['规章', '行政规范性文件']),
           ('第二十条第（五）项', ['信息内容', '本年处理决定数量'], ['行政许可']),
           ('第二十条第（六）项', ['信息内容', '本年处理决定数量'], ['行政处罚', '行政强制']),
           ('第二十条第（八）项', ['信息内容', '本年收费金额（单位：万元）'], ['行政事业性收费'])]
T3_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'

def t3_head(p, two_rows=False, sub=None):
    """表三's header: the official three rows (申请人情况 / 自然人 法人或其他组织 总计 / five), or two
    rows with no 申请人情况 row; sub: the five sub-labels as printed."""
    sub = sub or COLS[1:6]
    if two_rows:
        return ['<tr>' + p.c(T3_NOTE, 'rowspan=2 colspan=3', True) + p.c('自然人', 'rowspan=2', True) + p.c('法人或其他组织', 'colspan=5', True) + p.c('总计', 'rowspan=2', True) + '</tr>',
                '<tr>' + ''.join(p.c(c, '', True) for c in sub) + '</tr>']
    return ['<tr>' + p.c(T3_NOTE, 'rowspan=3 colspan=3', True) + p.c('申请人情况', 'colspan=7', True) + '</tr>',
            '<tr>' + p.c('自然人', 'rowspan=2', True) + p.c('法人或其他组织', 'colspan=5', True) + p.c('总计', 'rowspan=2', True) + '</tr>',
            '<tr>' + ''.join(p.c(c, '', True) for c in sub) + '</tr>']

def t3_body(p, rows, label=lambda kind, t: t, cell=None):
    """表三's rows under the official three label columns (rowspans), one <tr> string each, with the
    truth key of each row; label(kind, text) may reprint a label, cell(x) a value cell."""
    cell = cell or p.v
    seq = t3_rows(rows); nres = sum(1 for k in seq if k[0] != 'top'); first = True; seen = set(); out = []
    for kind, g, lab, key in seq:
        vals = ''.join(cell(x) for x in rows[key])
        if kind == 'top': out.append(('<tr>' + p.c(label(kind, lab), 'colspan=3') + vals + '</tr>', key)); continue
        lead = p.c('三、本年度办理结果', f'rowspan={nres}') if first else ''; first = False
        if kind == 'res': out.append(('<tr>' + lead + p.c(label(kind, lab), 'colspan=2') + vals + '</tr>', key))
        else:
            gl = p.c(g, f'rowspan={sum(1 for q in seq if q[1] == g)}') if g not in seen else ''; seen.add(g)
            out.append(('<tr>' + lead + gl + p.c(label(kind, lab)) + vals + '</tr>', key))
    return out

def t4_table(p, t4, word_head=None, open_tag='<table border="1" cellspacing="0" width="100%">', caption=''):
    """表四 with the official three header rows (行政诉讼 over ten columns); word_head(text) prints a
    result word's header cell (vertical text)."""
    head = word_head or (lambda c: p.c(c, '', True))
    return [open_tag + caption, '<tr>' + p.c('行政复议', 'colspan=5 rowspan=2', True) + p.c('行政诉讼', 'colspan=10', True) + '</tr>',
            '<tr>' + p.c('未经复议直接起诉', 'colspan=5', True) + p.c('复议后起诉', 'colspan=5', True) + '</tr>',
            '<tr>' + ''.join(head(c) for c in FIVE * 3) + '</tr>', '<tr>' + ''.join(p.v(x) for x in t4) + '</tr>', '</table>']

# ---------------------------------------------------------------- lf
def page_lf():
    name = 'lf-2021-comma'; d = truth('2024-jiangsu-huaian'); body, year = '淮安市人民政府', 2024
    p = Page(plain, 'td', zero='0', fmt=comma); T = copy.deepcopy({k: d[k] for k in ('year', 'format', 'table2', 'table3', 'table4')}); T['body'] = body
    t2 = T['table2']; rows = T['table3']['rows']; tab = '<table border="1" cellspacing="0" cellpadding="2" width="100%">'
    h = [intro(body, year, T['table3'], '2021'), '<h3>二、主动公开政府信息情况</h3>']
    tb = [tab + '<caption>表一　主动公开政府信息情况</caption>']
    for item, cols, rs in T2_2021:
        span = '' if len(cols) == 4 else 'colspan=3'
        tb += ['<tr>' + p.c(item, 'colspan=4') + '</tr>', '<tr>' + p.c(cols[0]) + ''.join(p.c(c, span) for c in cols[1:]) + '</tr>']
        for r in rs: tb.append('<tr>' + p.c(r) + ''.join(p.v(x, span) for x in t2[r]) + '</tr>')
    h += tb + ['</table>']
    # 表三 broken by a page break before （四）无法提供, its header repeated on the new page
    h.append('<h3>三、收到和处理政府信息公开申请情况</h3>')
    body3 = t3_body(p, rows); cut = next(i for i, (_, k) in enumerate(body3) if k == '（四）1')
    nres = sum(1 for q in t3_rows(rows) if q[0] != 'top'); lead = '>三、本年度办理结果<'
    part1 = [r.replace(f'rowspan={nres} {lead}', f'rowspan={cut - 2} {lead}') for r, _ in body3[:cut]]
    tb = [tab + '<caption>表二　收到和处理政府信息公开申请情况</caption>'] + t3_head(p) + part1 + ['</table>',
          '<div style="page-break-after:always"></div>', tab] + t3_head(p)
    # the second part's first row lost its 三、本年度办理结果 parent: print it again there
    rest = [r for r, _ in body3[cut:]]
    rest[0] = rest[0].replace('<tr>', '<tr>' + p.c('三、本年度办理结果', f'rowspan={len(rest) - 1}'), 1)
    h += tb + rest + ['</table>']
    h.append('<h3>四、政府信息公开行政复议、行政诉讼情况</h3>')
    h += t4_table(p, T['table4'], lambda c: f'<td style="writing-mode:vertical-rl;height:5em">{c}</td>', tab,
                  '<caption>表三　政府信息公开行政复议、行政诉讼情况</caption>') + [TAIL]
    return name, html_page(f'{body}{year}年政府信息公开工作年度报告', ''.join(h)), T

# ---------------------------------------------------------------- lg
def page_lg():
    name = 'lg-2019-units'; d = truth('003_0ec7f487509b9c4f'); body, year = '晋江市人民政府办公室', d['year']
    T = copy.deepcopy({k: d[k] for k in ('year', 'format', 'table2', 'table3', 'table4')}); T['body'] = body
    t2 = T['table2']; rows = T['table3']['rows']
    p = Page(word, 'td', zero='0'); tab = "<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 width=620 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt'>"
    h = [intro(body, year, T['table3'], '2019'), '<h3>二、主动公开政府信息情况</h3>']
    # 表二 as the 2019 template prints it, every number with its unit, ／ where a block has no third column
    blocks = [('第二十条第（一）项', ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'], ['规章', '规范性文件'], ['件', '件', '件']),
              ('第二十条第（五）项', ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'], ['行政许可', '其他对外管理服务事项'], ['项', '项', '件']),
              ('第二十条第（六）项', ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'], ['行政处罚', '行政强制'], ['项', '项', '件']),
              ('第二十条第（八）项', ['信息内容', '上一年项目数量', '本年增/减', '／'], ['行政事业性收费'], ['项', '项']),
              ('第二十条第（九）项', ['信息内容', '采购项目数量', '采购总金额', '／'], ['政府集中采购'], ['项', '元'])]
    tb = [tab]
    for item, cols, rs, units in blocks:
        tb += ['<tr>' + p.c(item, 'colspan=4', True) + '</tr>', '<tr>' + ''.join(p.c(c, '', True) for c in cols) + '</tr>']
        for r in rs:
            cells = [Page(word, 'td', fmt=unit(u)).v(x) for x, u in zip(t2[r], units)]
            tb.append('<tr>' + p.c(r) + ''.join(cells) + (p.c('／') if len(cells) == 2 else '') + '</tr>')
    h += tb + ['</table>', word(f'注：本表数据统计时间为{year}年1月1日至{year}年12月31日，采购总金额单位为元。')]
    # 表三: the official label columns, a 注： row inside the table under the last row
    h.append('<h3>三、收到和处理政府信息公开申请情况</h3>')
    h += [tab] + t3_head(p) + [r for r, _ in t3_body(p, rows)] + [
        '<tr>' + p.c('注：“三安全一稳定”是指国家安全、公共安全、经济安全和社会稳定；本表第1项至第3项为申请人类型。', 'colspan=10') + '</tr>', '</table>']
    # 表四: vertical result words as Word exports them (layout-flow), the words not broken
    h.append('<h3>四、政府信息公开行政复议、行政诉讼情况</h3>')
    vert = lambda c: f"<td style='border:solid windowtext 1.0pt;layout-flow:vertical-ideographic;writing-mode:tb-rl;height:60.0pt'>{word(c)}</td>"
    h += t4_table(p, T['table4'], vert, tab) + [TAIL]
    return name, html_page(f'{body}{year}年政府信息公开工作年度报告', ''.join(h), True), T

# ---------------------------------------------------------------- lh
def page_lh():
    name = 'lh-2021-wu'; d = truth('2023-jiangsu-shuyang-fgj'); body, year = '沭阳县发展和改革局', d['year']
    T = copy.deepcopy({k: d[k] for k in ('year', 'format', 'table2', 'table3', 'table4')}); T['body'] = body
    t2 = T['table2']; rows = T['table3']['rows']; tab = '<table border="1" cellspacing="0" cellpadding="0" style="width:100%">'
    unitline = '<p style="text-align:right">单位：件</p>'
    h = [intro(body, year, T['table3'], '2021'), '<h3>二、主动公开政府信息情况</h3>', unitline]
    # 表二: zeros printed 无, the one-value blocks kept four columns wide with —— in the unused ones
    p2 = Page(plain, 'td', zero='无'); tb = [tab]
    for item, cols, rs in T2_2021:
        cols = cols + ['——'] * (4 - len(cols))
        tb += ['<tr>' + p2.c(item, 'colspan=4') + '</tr>', '<tr>' + ''.join(p2.c(c) for c in cols) + '</tr>']
        for r in rs: tb.append('<tr>' + p2.c(r) + ''.join(p2.v(x) for x in t2[r]) + ''.join(p2.c('——') for _ in range(3 - len(t2[r]))) + '</tr>')
    h += tb + ['</table>']
    T['table2'] = {k: [printed(x, '无') for x in v] for k, v in t2.items()}
    # 表三: values padded with &ensp; and spaces, sub-item labels indented with full-width spaces
    h += ['<h3>三、收到和处理政府信息公开申请情况</h3>', unitline]
    p3 = Page(plain, 'td', zero='0')
    pad = lambda x: f'<td>&ensp;{num(x)} </td>' if x is not None else '<td>&ensp;</td>'
    lab = lambda kind, t: ('&emsp;&emsp;' + t) if kind == 'sub' else t
    h += [tab] + t3_head(p3) + [r for r, _ in t3_body(p3, rows, lab, pad)] + ['</table>',
          '<p>注：“三安全一稳定”是指国家安全、公共安全、经济安全和社会稳定。</p>']
    # 表四: every cell with its unit, zeros as 0件
    h += ['<h3>四、政府信息公开行政复议、行政诉讼情况</h3>', unitline]
    h += t4_table(Page(plain, 'td', zero='0件', fmt=unit('件')), T['table4'], None, tab) + [TAIL]
    return name, html_page(f'{body}{year}年政府信息公开工作年度报告', ''.join(h)), T

# ---------------------------------------------------------------- li
def page_li():
    name = 'li-2021-fullwidth'; d = truth('2025-jiangsu-shuyang'); body, year = '沭阳县人民政府办公室', d['year']
    T = copy.deepcopy({k: d[k] for k in ('year', 'format', 'table2', 'table3', 'table4')}); T['body'] = body
    t2 = T['table2']; rows = T['table3']['rows']; tab = '<table border="1" cellspacing="0" cellpadding="0" align="center">'
    p = Page(plain, 'td', zero='0', fmt=fullwidth)
    h = [intro(body, year, T['table3'], '2021'), '<h3>二、主动公开政府信息情况</h3>']
    tb = [tab]
    for item, cols, rs in T2_2021:
        span = '' if len(cols) == 4 else 'colspan=3'
        tb += ['<tr>' + p.c(item, 'colspan=4') + '</tr>', '<tr>' + p.c(cols[0]) + ''.join(p.c(c, span) for c in cols[1:]) + '</tr>']
        for r in rs: tb.append('<tr>' + p.c(r) + ''.join(Page(plain, 'td', zero='０', fmt=fullwidth).v(x, span) for x in t2[r]) + '</tr>')
    h += tb + ['</table>']
    # 表三: the applicant header in two rows, the five sub-labels wrapped; full-width digits, zeros ０
    h.append('<h3>三、收到和处理政府信息公开申请情况</h3>')
    p3 = Page(plain, 'td', zero='０', fmt=fullwidth)
    h += [tab] + t3_head(p3, True, ['商业\n企业', '科研\n机构', '社会公\n益组织', '法律服\n务机构', '其他']) + [r for r, _ in t3_body(p3, rows)] + ['</table>']
    h.append('<h3>四、政府信息公开行政复议、行政诉讼情况</h3>')
    h += t4_table(p3, T['table4'], None, tab) + [TAIL]
    return name, html_page(f'{body}{year}年政府信息公开工作年度报告', ''.join(h)), T

def donor(src, body):
    """The donor report's truth, and a copy of its tables for the page (organ named as the page prints it)."""
    d = truth(src); T = copy.deepcopy({k: d[k] for k in ('year', 'format', 'table2', 'table3', 'table4')}); T['body'] = body
    return d, T, T['table2'], T['table3']['rows']

def t2_2021(p, t2, head0=lambda c: c, cell=None):
    """表二 (2021) as one table's rows: each block's item row, its header, its rows (one-value blocks'
    cells spanning three columns); head0 reprints the 信息内容 header, cell(x, attrs) a value cell."""
    cell = cell or p.v; out = []
    for item, cols, rs in T2_2021:
        span = '' if len(cols) == 4 else 'colspan=3'
        out += ['<tr>' + p.c(item, 'colspan=4') + '</tr>', '<tr>' + p.c(head0(cols[0])) + ''.join(p.c(c, span) for c in cols[1:]) + '</tr>']
        out += ['<tr>' + p.c(r) + ''.join(cell(x, span) for x in t2[r]) + '</tr>' for r in rs]
    return out

# ---------------------------------------------------------------- lj
def halfwidth_label(t):
    """表三's labels as many pages type them: half-width brackets, 、 after an item's digit."""
    return re.sub(r'^(\d)\.', r'\1、', t.replace('（', '(').replace('）', ')'))

def spaced(t):
    """A short header spaced out to fill its cell, as Word users justify it (自 然 人, 总  计)."""
    return '  '.join(t) if len(t) == 2 else ' '.join(t)

def page_lj():
    name = 'lj-2021-cms'; body = '沭阳县人民政府'; d, T, t2, rows = donor('2025-jiangsu-shuyang', body); year = d['year']; tab = '<table border="1" cellspacing="0" cellpadding="3" width="100%">'
    p = Page(plain, 'td', zero='0')
    h = [intro(body, year, T['table3'], '2021'), '<h3>二、主动公开政府信息情况</h3>', tab]
    h += t2_2021(p, t2, spaced)
    h += ['</table>', '<h3>三、收到和处理政府信息公开申请情况</h3>', tab,
          '<tr>' + p.c(T3_NOTE, 'rowspan=3 colspan=3') + p.c(spaced('申请人情况'), 'colspan=7') + '</tr>',
          '<tr>' + p.c(spaced('自然人'), 'rowspan=2') + p.c('法人或其他组织', 'colspan=5') + p.c(spaced('总计'), 'rowspan=2') + '</tr>',
          '<tr>' + ''.join(p.c(c) for c in COLS[1:6]) + '</tr>']
    h += [r for r, _ in t3_body(p, rows, lambda kind, t: halfwidth_label(t))] + ['</table>']
    h += ['<h3>四、政府信息公开行政复议、行政诉讼情况</h3>', tab,
          '<tr>' + p.c(spaced('行政复议'), 'colspan=5 rowspan=2') + p.c(spaced('行政诉讼'), 'colspan=10') + '</tr>',
          '<tr>' + p.c('未经复议直接起诉', 'colspan=5') + p.c('复议后起诉', 'colspan=5') + '</tr>',
          '<tr>' + ''.join(p.c(c) for c in FIVE * 3) + '</tr>', '<tr>' + ''.join(p.v(x) for x in T['table4']) + '</tr>', '</table>', TAIL]
    cn = ''.join('〇一二三四五六七八九'[int(c)] for c in str(year))
    title = f'{body}{cn}年度政府信息公开工作年度报告'
    side = ''.join(f'<li><a href="#">{body}关于印发第{i}批政务公开事项清单的通知</a> <span>{year}-0{i}-1{i}</span></li>' for i in range(1, 6))
    article = f'<h1>{title}</h1><p>发布时间：{year + 1}-01-20 来源：{body} 浏览次数：{3 * year % 1000}</p>' + ''.join(h)
    page = ('<!DOCTYPE html><html><head><meta charset="utf-8"><style>td{font-size:14px}</style>'
            f'<title>{title}</title></head><body><table width="960" align="center" border="0" cellpadding="0" cellspacing="0"><tr>'
            f'<td width="220" valign="top"><h4>相关信息</h4><ul>{side}</ul><p>访问量：{year * 7}</p></td>'
            f'<td width="740" valign="top">{article}</td></tr></table>'
            f'<div class="footer">主办单位：{body} 网站标识码 3213220000 苏ICP备05009040号</div></body></html>')
    return name, page, T

# ---------------------------------------------------------------- lk
def page_lk():
    name = 'lk-2021-unruled'; body = '淮安市洪泽区人民政府'; d, T, t2, rows = donor('2023-jiangsu-huaian-hongze', body); year = d['year']; tab = '<table border="0" cellspacing="0" cellpadding="4" width="100%" style="border:none">'
    p = Page(plain, 'td', zero='0'); pb = Page(plain, 'td', zero='blank')
    right = lambda pg: (lambda x, attrs='': pg.v(x, (attrs + ' align="right"').strip()))
    h = [intro(body, year, T['table3'], '2021'), '<h3>二、主动公开政府信息情况</h3>', tab]
    h += t2_2021(p, t2, cell=right(p))
    h += ['</table>', '<h3>三、收到和处理政府信息公开申请情况</h3>', tab] + t3_head(p)
    h += [r for r, _ in t3_body(pb, rows, cell=right(pb))] + ['</table>']
    T['table3']['rows'] = {k: [printed(x, 'blank') for x in v] for k, v in rows.items()}
    h += ['<h3>四、政府信息公开行政复议、行政诉讼情况</h3>'] + t4_table(p, T['table4'], None, tab) + [TAIL]
    page = html_page(f'{body}{year}年政府信息公开工作年度报告', ''.join(h)).replace('td,th{border:1px solid #000;', 'td,th{border:none;')
    return name, page, T

# ---------------------------------------------------------------- ll
def page_ll():
    name = 'll-2021-narrow'; body = '淮安市人民政府'; d, T, t2, rows = donor('2024-jiangsu-huaian', body); year = d['year']
    tab = '<table border="1" cellspacing="0" cellpadding="1" width="480" style="table-layout:fixed;font-size:13px;word-break:break-all">'
    p = Page(plain, 'td', zero='0')
    h = [intro(body, year, T['table3'], '2021'), '<h3>二、主动公开政府信息情况</h3>', tab.replace('table-layout:fixed;', '')]
    for item, cols, rs in T2_2021:
        span = '' if len(cols) == 4 else 'colspan=3'
        h += ['<tr>' + p.c(item, 'colspan=4') + '</tr>', '<tr>' + p.c(cols[0], 'width="120"') + ''.join(p.c(c, span) for c in cols[1:]) + '</tr>']
        for r in rs: h.append('<tr>' + p.c(r) + ''.join(p.v(x, span) for x in t2[r]) + '</tr>')
    h += ['</table>', '<h3>三、收到和处理政府信息公开申请情况</h3>', tab, '<colgroup><col width="40"><col width="40"><col width="190">' + '<col width="30">' * 7 + '</colgroup>']
    h += t3_head(p) + [r for r, _ in t3_body(p, rows)] + ['</table>']
    h += ['<h3>四、政府信息公开行政复议、行政诉讼情况</h3>'] + t4_table(p, T['table4'], None, tab) + [TAIL]
    return name, html_page(f'{body}{year}年政府信息公开工作年度报告', ''.join(h)), T

# ---------------------------------------------------------------- lm
T2_2019 = [('第二十条第（一）项', ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'], ['规章', '规范性文件']),
           ('第二十条第（五）项', ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'], ['行政许可', '其他对外管理服务事项']),
           ('第二十条第（六）项', ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'], ['行政处罚', '行政强制']),
           ('第二十条第（八）项', ['信息内容', '上一年项目数量', '本年增/减'], ['行政事业性收费']),
           ('第二十条第（九）项', ['信息内容', '采购项目数量', '采购总金额'], ['政府集中采购'])]

def t2_2019(p, t2, tab):
    out = [tab]
    for item, cols, rs in T2_2019:
        span = '' if len(cols) == 4 else 'colspan=1'
        out += ['<tr>' + p.c(item, 'colspan=4') + '</tr>', '<tr>' + ''.join(p.c(c) for c in cols) + ('<td></td>' if len(cols) == 3 else '') + '</tr>']
        for r in rs: out.append('<tr>' + p.c(r) + ''.join(p.v(x) for x in t2[r]) + ('<td></td>' if len(t2[r]) == 2 else '') + '</tr>')
    return out + ['</table>']

def page_lm():
    name = 'lm-2019-landscape'; body = '晋江市安海镇人民政府'; d, T, t2, rows = donor('001_015773bddcd054c9', body); year = d['year']; tab = '<table border="1" cellspacing="0" cellpadding="6" width="100%">'
    p = Page(plain, 'td', zero='0')
    h = [intro(body, year, T['table3'], '2019'), '<h3>二、主动公开政府信息情况</h3>'] + t2_2019(p, t2, tab)
    h += ['<h3>三、收到和处理政府信息公开申请情况</h3>', tab.replace('<table', '<table style="font-size:15px"')] + t3_head(p) + [r for r, _ in t3_body(p, rows)] + ['</table>']
    h += ['<h3>四、政府信息公开行政复议、行政诉讼情况</h3>', '<p style="text-align:right">单位：件</p>'] + t4_table(p, T['table4'], None, tab) + [TAIL]
    page = html_page(f'{body}{year}年政府信息公开工作年度报告', ''.join(h)).replace('<style>', '<style>@page{size:A4 landscape;margin:15mm}', 1)
    return name, page, T

# ---------------------------------------------------------------- ln
def page_ln():
    name = 'ln-2021-pagebreak'; body = '沭阳县人民政府'; d, T, t2, rows = donor('2025-jiangsu-shuyang', body); year = d['year']; tab = '<table border="1" cellspacing="0" cellpadding="3" width="100%">'
    p = Page(plain, 'td', zero='0')
    long = ''.join(f'<p>（{c}）围绕重点领域信息公开，{body}持续加大财政预决算、重大建设项目、公共资源配置、社会公益事业等领域信息公开力度，'
                   f'全年在门户网站发布各类信息{1000 + 37 * i}条，及时回应社会关切，切实保障人民群众的知情权、参与权、表达权和监督权。</p>'
                   for i, c in enumerate('一二三四五六七八九'))
    h = [intro(body, year, T['table3'], '2021'), long, '<h3>二、主动公开政府信息情况</h3>', tab]
    h += t2_2021(p, t2)
    h += ['</table>', long.replace('围绕重点领域', '聚焦政策解读'), '<h3>三、收到和处理政府信息公开申请情况</h3>', tab] + t3_head(p) + [r for r, _ in t3_body(p, rows)] + ['</table>']
    h += ['<h3>四、政府信息公开行政复议、行政诉讼情况</h3>'] + t4_table(p, T['table4'], None, tab) + [TAIL]
    return name, html_page(f'{body}{year}年政府信息公开工作年度报告', ''.join(h)), T

# ---------------------------------------------------------------- lo
def page_lo():
    name = 'lo-2019-top'; body = '晋江市人民政府办公室'; d, T, t2, rows = donor('003_0ec7f487509b9c4f', body); year = d['year']
    tab = '<table border="1" cellspacing="0" cellpadding="2" width="100%" style="font-size:14px">'
    p = Page(plain, 'td', zero='0')
    h = [intro(body, year, T['table3'], '2019'), '<h3>二、主动公开政府信息情况</h3>'] + t2_2019(p, t2, tab)
    h += ['<h3>三、收到和处理政府信息公开申请情况</h3>', tab, '<colgroup><col style="width:30px"><col style="width:60px"><col style="width:110px"></colgroup>']
    h += t3_head(p) + [r for r, _ in t3_body(p, rows)] + ['</table>']
    h += ['<h3>四、政府信息公开行政复议、行政诉讼情况</h3>'] + t4_table(p, T['table4'], None, tab) + [TAIL]
    page = html_page(f'{body}{year}年政府信息公开工作年度报告', ''.join(h)).replace('td,th{', 'td,th{vertical-align:top;', 1)
    return name, page, T

# ---------------------------------------------------------------- lq
def page_lq():
    name = 'lq-2021-split-head'; body = '淮安市人民政府'; d, T, t2, rows = donor('2024-jiangsu-huaian', body); year = d['year']; tab = '<table border="1" cellspacing="0" cellpadding="3" width="100%">'
    p = Page(plain, 'td', zero='0')
    h = [intro(body, year, T['table3'], '2021'), '<h3>二、主动公开政府信息情况</h3>', tab]
    h += t2_2021(p, t2)
    cols = '<colgroup><col width="8%"><col width="8%"><col width="24%">' + '<col width="8.57%">' * 7 + '</colgroup>'
    h += ['</table>', '<h3>三、收到和处理政府信息公开申请情况</h3>', tab + cols] + t3_head(p) + ['</table>', tab + cols] + [r for r, _ in t3_body(p, rows)] + ['</table>']
    h += ['<h3>四、政府信息公开行政复议、行政诉讼情况</h3>', tab,
          '<tr>' + p.c('行政复议', 'colspan=5 rowspan=2') + p.c('行政诉讼', 'colspan=10') + '</tr>',
          '<tr>' + p.c('未经复议直接起诉', 'colspan=5') + p.c('复议后起诉', 'colspan=5') + '</tr>',
          '<tr>' + ''.join(p.c(c) for c in FIVE * 3) + '</tr>', '<tr>' + p.c('无', 'colspan=15') + '</tr>', '</table>', TAIL]
    T['table4'] = [None] * 15
    T['notes_t4'] = '表四 prints one merged cell 无 across its fifteen cells: every cell None (nothing printed in it).'
    return name, html_page(f'{body}{year}年政府信息公开工作年度报告', ''.join(h)), T

# ---------------------------------------------------------------- lr
def page_lr():
    name = 'lr-2019-heji'; body = '晋江市内坑镇人民政府'; d, T, t2, rows = donor('000_f42b2add2afd0cc6', body); year = d['year']; tab = '<table border="1" cellspacing="0" cellpadding="3" width="100%">'
    p = Page(plain, 'td', zero='0')
    out = [tab]
    for item, cols, rs in T2_2019:
        item = item.replace('（', '(').replace('）', ')')
        cols = [cols[0]] + [c + ('（元）' if '金额' in c else '（件）' if '数量' in c else '') for c in cols[1:]]
        out += ['<tr>' + p.c(item, 'colspan=4') + '</tr>', '<tr>' + ''.join(p.c(c) for c in cols) + ('<td></td>' if len(cols) == 3 else '') + '</tr>']
        for r in rs: out.append('<tr>' + p.c(r) + ''.join(p.v(x) for x in t2[r]) + ('<td></td>' if len(t2[r]) == 2 else '') + '</tr>')
    h = [intro(body, year, T['table3'], '2019'), '<h3>二、主动公开政府信息情况</h3>'] + out + ['</table>']
    head = [x.replace('>总计<', '>合计<') for x in t3_head(p)]
    body3 = [r.replace('>（七）总计<', '>（七）合计<') for r, _ in t3_body(p, rows)]
    h += ['<h3>三、收到和处理政府信息公开申请情况</h3>', tab] + head + body3 + ['</table>']
    h += ['<h3>四、政府信息公开行政复议、行政诉讼情况</h3>'] + [x.replace('>总计<', '>合计<') for x in t4_table(p, T['table4'], None, tab)] + [TAIL]
    return name, html_page(f'{body}{year}年政府信息公开工作年度报告', ''.join(h)), T

# ---------------------------------------------------------------- ls
def page_ls():
    name = 'ls-2021-cms-boxes'; body = '上海市科学技术委员会'; d, T, t2, rows = donor('2024-shanghai-stcsm', body); year = d['year']
    tab = '<table border="1" cellspacing="2" cellpadding="4" width="100%" bordercolor="#999999">'
    p = Page(plain, 'td', zero='0'); grey = lambda html: html.replace('<tr>', '<tr bgcolor="#d9d9d9">', 1)
    h = [intro(body, year, T['table3'], '2021'), '<h3>二、主动公开政府信息情况</h3>', tab]
    h += [grey(r) if ('信息内容' in r or '第二十条' in r) else r for r in t2_2021(p, t2)]
    h += ['</table>', '<h3>三、收到和处理政府信息公开申请情况</h3>', tab] + [grey(r) for r in t3_head(p)]
    h += [r.replace('<tr>', '<tr bgcolor="#f2f2f2">', 1) if i % 2 else r for i, (r, _) in enumerate(t3_body(p, rows))] + ['</table>']
    # 表四 as three rows of five, each under its group's label
    h += ['<h3>四、政府信息公开行政复议、行政诉讼情况</h3>', tab, grey('<tr>' + p.c('类别') + ''.join(p.c(c) for c in FIVE) + '</tr>')]
    for gi, g in enumerate(['行政复议', '行政诉讼（未经复议直接起诉）', '行政诉讼（复议后起诉）']):
        h.append('<tr>' + p.c(g) + ''.join(p.v(x) for x in T['table4'][gi * 5:gi * 5 + 5]) + '</tr>')
    h += ['</table>', TAIL]
    page = html_page(f'{body}{year}年政府信息公开工作年度报告', ''.join(h)).replace('<style>table{border-collapse:collapse}td,th{border:1px solid #000;padding:2px 4px}</style>', '')
    return name, page, T

# ---------------------------------------------------------------- lt
def digit_spans(t):
    """A number as Word saves it when its digits were typed or corrected apart: 2<span>1</span>5."""
    return t[0] + ''.join(f"<span lang=EN-US style='font-family:\"Times New Roman\"'>{c}</span>" for c in t[1:]) if len(t) > 1 else t

def page_lt():
    name = 'lt-2019-word-ghost'; body = '晋江市内坑镇人民政府'; d, T, t2, rows = donor('000_f42b2add2afd0cc6', body); year = d['year']
    p = Page(word, 'td', zero='0', fmt=digit_spans)
    tab = "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;font-size:9.0pt'>"
    def ghost(widths):
        return "<![if !supportMisalignedColumns]><tr height=0>" + ''.join(f"<td width={w} style='border:none'></td>" for w in widths) + '</tr><![endif]>'
    h = [intro(body, year, T['table3'], '2019'), '<h3>二、主动公开政府信息情况</h3>'] + t2_2019(p, t2, tab)[:-1] + [ghost([140, 90, 90, 90]), '</table>']
    h += ['<h3>三、收到和处理政府信息公开申请情况</h3>', tab] + t3_head(p) + [r for r, _ in t3_body(p, rows)] + [ghost([30, 40, 160] + [45] * 7), '</table>']
    h += ['<h3>四、政府信息公开行政复议、行政诉讼情况</h3>'] + t4_table(p, T['table4'], None, tab)[:-1] + [ghost([40] * 15), '</table>', TAIL]
    page = html_page(f'{body}{year}年政府信息公开工作年度报告', ''.join(h), True).replace(
        'p.MsoNormal{margin:0cm;', 'body{font-size:16pt;font-family:"仿宋_GB2312",FangSong,serif}p.MsoNormal{margin:0cm;', 1)
    return name, page, T

# ---------------------------------------------------------------- lu
def page_lu():
    name = 'lu-2021-dotted'; body = '淮安市洪泽区人民政府'; d, T, t2, rows = donor('2023-jiangsu-huaian-hongze', body); year = d['year']
    tab = '<table cellspacing="0" cellpadding="1" width="100%" style="border-collapse:collapse;font-size:9px;text-align:center">'
    p = Page(plain, 'td', zero='0')
    h = [intro(body, year, T['table3'], '2021'), '<h3>二、主动公开政府信息情况</h3>', tab]
    for item, cols, rs in T2_2021:
        h += ['<tr>' + p.c(item, 'colspan=4') + '</tr>', '<tr>' + ''.join(p.c(c) for c in cols) + ''.join(p.c('') for _ in range(4 - len(cols))) + '</tr>']
        for r in rs: h.append('<tr>' + p.c(r) + ''.join(p.v(x) for x in t2[r]) + ''.join(p.c('') for _ in range(3 - len(t2[r]))) + '</tr>')
    T['table2'] = {k: v for k, v in t2.items()}
    bold = lambda r: re.sub(r'(<td [^>]*>)([^<]*)(</td></tr>)$', r'\1<b>\2</b>\3', r)
    h += ['</table>', '<h3>三、收到和处理政府信息公开申请情况</h3>', tab] + t3_head(p)
    h += [(f'<tr style="font-weight:bold">' + r[4:]) if k == '（七）总计' else bold(r) for r, k in t3_body(p, rows)] + ['</table>']
    h += ['<h3>四、政府信息公开行政复议、行政诉讼情况</h3>'] + t4_table(p, T['table4'], None, tab) + [TAIL]
    page = html_page(f'{body}{year}年政府信息公开工作年度报告', ''.join(h)).replace('td,th{border:1px solid #000;', 'td,th{border:1px dotted #333;')
    return name, page, T

# ---------------------------------------------------------------- round 7: hold-outs (scored last)
def vertical(t):
    return '<br>'.join(t)

def page_lv():
    name = 'lv-2021-vertical-groups'; body = '淮安市清江浦区人民政府'; d, T, t2, rows = donor('2024-jiangsu-huaian', body); year = d['year']
    mk = lambda t, per_char=False: (f'<p align="center"><span style="font-size:14px">{t.replace(chr(10), "<br>")}</span></p>' if t else '<p>&nbsp;</p>')
    p = Page(mk, 'td', zero='0'); stray = '<td>&nbsp;</td></tr>'
    tab = '<div style="overflow-x:auto"><table border="1" cellspacing="0" cellpadding="3" width="100%">'
    h = [intro(body, year, T['table3'], '2021'), '<h3>二、主动公开政府信息情况</h3>', tab]
    h += [r.replace('</tr>', stray) for r in t2_2021(p, t2)] + ['</table></div>', '<h3>三、收到和处理政府信息公开申请情况</h3>', tab]
    h += [r.replace('</tr>', stray) for r in t3_head(p)]
    for r, _ in t3_body(p, rows):
        for g in ('三、本年度办理结果', '（三）不予公开', '（四）无法提供', '（五）不予处理'):
            r = r.replace(f'>{mk(g)}<', f'>{mk(vertical(g))}<')
        h.append(r.replace('</tr>', stray))
    h += ['</table></div>', '<h3>四、政府信息公开行政复议、行政诉讼情况</h3>'] + [r.replace('</tr>', stray) for r in t4_table(p, T['table4'], None, tab)] + ['</div>', TAIL]
    return name, html_page(f'{body}{year}年政府信息公开工作年度报告', ''.join(h)), T

def page_lw():
    name = 'lw-2019-two-line-heads'; body = '晋江市人民政府办公室'; d, T, t2, rows = donor('003_0ec7f487509b9c4f', body); year = d['year']
    tab = '<table border="1" cellspacing="0" cellpadding="0" width="100%" style="font-size:10.5pt">'
    p = Page(plain, 'td', zero='0')
    two = lambda c: c[:2] + '\n' + c[2:] if len(c) == 4 else c
    h = [intro(body, year, T['table3'], '2019'), '<h3>二、主动公开政府信息情况</h3>'] + t2_2019(p, t2, tab)
    body3 = [re.sub(r'(<td [^>]*>)([^<]*)(</td></tr>)$', r'\1<b>\2</b>\3', r) for r, _ in t3_body(p, rows)]
    h += ['<h3>三、收到和处理政府信息公开申请情况</h3>', tab] + t3_head(p, sub=[two(c) for c in COLS[1:6]]) + body3 + ['</table>']
    h += ['<h3>四、政府信息公开行政复议、行政诉讼情况</h3>'] + t4_table(p, T['table4'], lambda c: p.c(two(c), '', True), tab) + [TAIL]
    page = html_page(f'{body}{year}年政府信息公开工作年度报告', ''.join(h)).replace('padding:2px 4px', 'padding:0')
    return name, page, T

def page_lx():
    name = 'lx-2021-word-filtered'; body = '沭阳县发展和改革局'; d, T, t2, rows = donor('2025-jiangsu-shuyang', body); year = d['year']
    p = Page(word, 'td', zero='0'); tab = "<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 width='100%' style='width:100.0%;border-collapse:collapse'>"
    right = lambda x, attrs='': p.c(num(x), attrs).replace('align=center', 'align=right').replace('text-align:center', 'text-align:right')
    head = [r.replace(f'>{word(T3_NOTE)}<', f'>{word("")}<') for r in t3_head(p, two_rows=True)]
    carry = rows['四、结转下年度继续办理']; blank_carry = all(x == 0 for x in carry)
    body3 = []
    for r, k in t3_body(p, rows, cell=right):
        if k == '四、结转下年度继续办理' and blank_carry:
            r = re.sub(r"<p class=MsoNormal align=right[^>]*>.*?</p>", word(''), r)
        body3.append(r)
    if blank_carry: rows['四、结转下年度继续办理'] = [None] * 7
    hd = lambda t: f"<p class=MsoNormal style='text-indent:32.0pt'><b><span style='font-size:16.0pt;font-family:黑体'>{t}</span></b></p>"
    h = [intro(body, year, T['table3'], '2021').replace('<h3>', '').replace('</h3>', ''), hd('二、主动公开政府信息情况'), tab]
    h += t2_2021(p, t2, cell=lambda x, attrs='': right(x, attrs)) + ['</table>', hd('三、收到和处理政府信息公开申请情况'), tab] + head + body3 + ['</table>']
    h += [hd('四、政府信息公开行政复议、行政诉讼情况')] + t4_table(p, T['table4'], None, tab) + [TAIL.replace('<h3>', '<p><b>').replace('</h3>', '</b></p>')]
    page = html_page(f'{body}{year}年政府信息公开工作年度报告', "<div class=WordSection1>" + ''.join(h) + '</div>', True)
    return name, page, T

def write_pages(out, makes, script):
    """Write each page maker's page to OUT/src/<name>.html and its truth to OUT/truth/<name>.json."""
    os.makedirs(f'{out}/src', exist_ok=True); os.makedirs(f'{out}/truth', exist_ok=True)
    for make in makes:
        name, html, T = make()
        T['notes'] = f'Made by scripts/measure/{script} ({make.__name__}): a real layout feature set filled with real reports\' values; see the script docblock.'
        open(f'{out}/src/{name}.html', 'w', encoding='utf-8').write(html)
        json.dump(T, open(f'{out}/truth/{name}.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
        print('ok', name)

if __name__ == '__main__':
    write_pages(sys.argv[1] if len(sys.argv) > 1 else '/tmp/layouts',
                (page_la, page_lb, page_lc, page_ld, page_le, page_lf, page_lg, page_lh, page_li, page_lj, page_lk, page_ll, page_lm, page_ln, page_lo, page_lq, page_lr, page_ls, page_lt, page_lu) + ((page_lv, page_lw, page_lx) if os.environ.get("HOLDOUT") else ()),
                'layouts.py')
