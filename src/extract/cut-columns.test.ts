import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from '../parse.js';
import { root } from '../../test/helpers.js';

const layout = readFileSync(join(root, 'fixtures/real-forms/layout/003_0ec7f487509b9c4f.txt'), 'utf8');
const totals = (r: ReturnType<typeof parse>) => ['newReceived', 'granted', 'total'].map((id) => (r.table3![id] as Record<string, { value: number | null }>).total!.value);

/** 表三's rows with their total cut to its first digit, as a page edge cuts it (231 → 2). */
function cutTotals(text: string): string {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.includes('三、收到和处理'));
  const end = lines.findIndex((l, i) => i > at && l.includes('四、政府信息公开行政复议'));
  for (let i = at; i < end; i++) lines[i] = lines[i]!.replace(/(\s)(\d)\d+\s*$/, '$1$2');
  return lines.join('\n');
}

describe('cut-columns: the total column a page edge cut, in text made from the page', () => {
  it('a table whose totals hold is read as printed, with no cut', () => {
    const r = parse(layout);
    assert.deepEqual(totals(r), [231, 142, 231]);
    assert.ok(!r.diagnostics.some((d) => d.ruleId.startsWith('parse/columns-cut')));
  });
  it('totals printed as the leading digits of their sums are cut: left unread, each cell named, no error of the report', () => {
    const r = parse(cutTotals(layout));
    assert.deepEqual(totals(r), [null, null, null]);
    const cut = r.diagnostics.filter((d) => d.ruleId.startsWith('parse/columns-cut'));
    assert.equal(cut.length, 1);
    const named = cut[0]!.related!.map((x) => x.path);
    for (const p of ['table3.newReceived.total', 'table3.granted.total', 'table3.total.total']) assert.ok(named.includes(p), p);
    // The other columns are read as printed, and no cut glyph is an extra cell.
    assert.equal((r.table3!.newReceived as Record<string, { value: number | null }>).naturalPerson!.value, 215);
    assert.ok(!r.diagnostics.some((d) => d.ruleId === 'parse/cells-extra' && d.path?.startsWith('table3')));
  });
});
