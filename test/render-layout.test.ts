/** The rendered tables' labels are the format data's, cell for cell; sections have their official titles. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formats, headerWords, sections, table3Groups } from '../src/model/formats/index.js';
import { renderDoc, renderHtml, renderMarkdown, tableGrid, type TableGrid } from '../src/render/index.js';
import { newDraft, draftSource } from '../src/draft/index.js';

const headerTexts = (g: TableGrid) => g.rows.flatMap((r) => r.filter((c) => c.header && !c.covered && c.value !== null).map((c) => String(c.value)));

describe('rendered table labels equal the format data', () => {
  for (const f of ['2019', '2021'] as const) {
    for (const t of ['table2', 'table3', 'table4'] as const) {
      it(`${f} ${t}`, () => {
        const def = formats[f][t];
        const g = tableGrid(t, {}, f);
        const texts = headerTexts(g);
        // Every row and column label of the format is printed, exactly as the format prints it …
        for (const row of def.rows) {
          assert.ok(texts.includes(row.label), `row label ${row.label}`);
          if (row.group) assert.ok(texts.includes(row.group), `group ${row.group}`);
          for (const c of row.columns) assert.ok(texts.includes(c.label), `column ${c.label}`);
        }
        // … and nothing else is.
        const known = new Set<string>([...Object.values(headerWords), ...Object.values(table3Groups)]);
        for (const row of def.rows) for (const w of [row.label, row.group, ...row.columns.map((c) => c.label)]) if (w) known.add(w);
        assert.deepEqual(texts.filter((x) => !known.has(x)), []);
        // Every cell of the format has exactly one value place.
        const ids = g.rows.flatMap((r) => r.filter((c) => c.id).map((c) => c.id!));
        assert.deepEqual(ids.sort(), def.rows.flatMap((r) => r.columns.map((c) => `${t}.${r.id}.${c.id}`)).sort());
      });
    }
  }

  it('表三 2021: the header merges as the format prints them', () => {
    const g = tableGrid('table3', {}, '2021');
    const at = (text: string) => g.rows.flatMap((r) => r.filter((c) => c.value === text && !c.covered))[0]!;
    assert.deepEqual([at(headerWords.table3Corner).rowSpan, at(headerWords.table3Corner).colSpan], [3, 3]);
    assert.deepEqual([at(headerWords.table3Applicants).rowSpan, at(headerWords.table3Applicants).colSpan], [1, 7]);
    assert.deepEqual([at('自然人').rowSpan, at('总计').rowSpan], [2, 2]);
    assert.equal(at(headerWords.table3Organisations).colSpan, 5);
    assert.equal(at(table3Groups.outcome).rowSpan, formats['2021'].table3.rows.filter((r) => r.group).length);
    assert.equal(at(table3Groups.withheld).rowSpan, 8);
    assert.equal(at(table3Groups.otherHandling).rowSpan, 3);
  });

  it('表四: 行政诉讼 over ten columns, 行政复议 over five', () => {
    const g = tableGrid('table4', {}, '2021');
    const at = (text: string) => g.rows[0]!.find((c) => c.value === text)!;
    assert.equal(at('行政复议').colSpan, 5);
    assert.equal(at('行政诉讼').colSpan, 10);
  });

  it('HTML and Markdown carry the six official section titles in order, and the merges as spans', () => {
    const doc = renderDoc(draftSource(newDraft('某某县人民政府', 2025)));
    const html = renderHtml(doc);
    const md = renderMarkdown(doc);
    let at = 0;
    for (const s of sections) {
      const i = html.indexOf(`<h2>${s.title}</h2>`, at);
      assert.ok(i > at, s.title);
      at = i;
      assert.ok(md.includes(`## ${s.title}`));
    }
    assert.match(html, /<th rowspan="3" colspan="3">（本列数据的勾稽关系为/);
    assert.match(html, /<th colspan="10">行政诉讼<\/th>/);
    assert.match(html, /tr \{ break-inside: avoid; page-break-inside: avoid; \}/);
    assert.match(html, /@page \{ size: A4;/);
  });
});
