# Put another real report's 表三/表四 values into the Word-pasted tables of a real web page
# (fixtures/corpus/raw/2023-jiangsu-shuyang-fgj.html, whose own 表三 is mostly blank): a real
# layout with dense values, from which ../shared/tools/make-forms.sh makes the forms people hold.
# usage: python3 scripts/transplant-values.py NAME DONOR   (DONOR: a 2021-format report of
# fixtures/corpus/truth; writes /tmp/NAME.html and /tmp/NAME.json, the truth)
# fixtures/real-forms/layout/fgjx-jiangsu-huaian.txt was made this way (DONOR 2024-jiangsu-huaian).
import json, re, sys
src = open('fixtures/corpus/raw/2023-jiangsu-shuyang-fgj.html', encoding='utf-8').read()
base = json.load(open('fixtures/corpus/truth/2023-jiangsu-shuyang-fgj.json'))
TD = re.compile(r'<td\b[^>]*>.*?</td>', re.S)
def text(td): return re.sub(r'<[^>]+>', '', td).replace('&nbsp;', ' ').strip()
def cell(v):
    t = '' if v is None else (str(int(v)) if float(v).is_integer() else str(v))
    return f'<p style="text-align: center; line-height: 2;" align="center"><span style="font-family: 微软雅黑;">{t if t else "<o:p> </o:p>"}</span></p>'
def table_span(s, marker):
    i = s.find('<table', s.find(marker)); j = s.find('</table>', i) + 8; return i, j
def fill(tbl, rows, labelled=True):  # rows: list of value lists, for the data rows in order
    trs = list(re.finditer(r'<tr\b.*?</tr>', tbl, re.S)); out = []; last = 0; ri = 0
    for m in trs:
        tr = m.group(0); tds = list(TD.finditer(tr)); n = len(rows[ri]) if ri < len(rows) else 0
        if ri < len(rows) and len(tds) >= n and all(re.fullmatch(r'[\d.\s]*', text(t.group(0))) for t in tds[-n:]) and (not labelled or any(re.search('[\u4e00-\u9fff]', text(t.group(0))) for t in tds[:-n])):
            new = tr; 
            for t, v in reversed(list(zip(tds[-n:], rows[ri]))):
                td = t.group(0); open_ = td[:td.index('>')+1]
                new = new[:t.start()] + open_ + cell(v) + '</td>' + new[t.end():]
            ri += 1; out.append(tbl[last:m.start()]); out.append(new); last = m.end()
    out.append(tbl[last:]); assert ri == len(rows), (ri, len(rows)); return ''.join(out)
name, donor = sys.argv[1], sys.argv[2]
d = json.load(open(f'fixtures/corpus/truth/{donor}.json'))
keys = list(base['table3']['rows'].keys()); assert list(d['table3']['rows'].keys()) == keys, 'row keys differ'
s = src
i, j = table_span(s, '三、收到和处理'); s = s[:i] + fill(s[i:j], [d['table3']['rows'][k] for k in keys]) + s[j:]
i, j = table_span(s, '行政复议、行政诉讼情况'); s = s[:i] + fill(s[i:j], [d['table4']], False) + s[j:]
open(f'/tmp/{name}.html', 'w', encoding='utf-8').write(s)
t = dict(base); t['table3'] = d['table3']; t['table4'] = d['table4']
json.dump(t, open(f'/tmp/{name}.json', 'w'), ensure_ascii=False)
print('ok', name)
