import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from '../parse.js';
import { root } from '../../test/helpers.js';

const read = (f: string) => parse(readFileSync(join(root, 'fixtures/real-forms', f)));
const below = (r: ReturnType<typeof parse>) => r.diagnostics.filter((d) => d.ruleId === 'parse/values-below-row').map((d) => d.path);

describe('values-below: a row whose values are partly printed below its label', () => {
  it('pdftotext -layout of narrow cells: the number left of the row\'s values, a line below, flags the row', () => {
    const paths = below(read('layout-cut/fgjx-jiangsu-huaian.txt'));
    for (const p of ['table3.carriedOver', 'table3.unavailable.needsCreation', 'table3.carriedForward']) assert.ok(paths.includes(p), `${p} in ${paths.join(' ')}`);
  });
  it('a layout whose rows print their values on their own line flags none', () => {
    assert.deepEqual(below(read('layout/2024-jiangsu-huaian.txt')), []);
  });
  it('plain pdftotext (values one per line at the margin) flags none', () => {
    assert.deepEqual(below(read('plain/2023-jiangsu-shuyang-fgj.txt')), []);
  });
  it('a label wrapped around its values\' line is one row, read and said so (LibreOffice-cut layout of a real report)', () => {
    const r = read('layout-cut/2023-jiangsu-shuyang-fgj.txt');
    const joined = r.diagnostics.filter((d) => d.ruleId === 'parse/values-below-joined').map((d) => d.path);
    for (const p of ['table3.withheld.prohibitedByLaw', 'table3.withheld.securityStability', 'table3.unavailable.stillUnclear']) assert.ok(joined.includes(p), `${p} in ${joined.join(' ')}`);
    const row = (r.table3!.withheld as Record<string, Record<string, { value: number | null }>>).prohibitedByLaw!;
    assert.equal(row.naturalPerson!.value, 0);
  });
  it('plain pdftotext joins none (its values stand at the margin)', () => {
    assert.ok(!read('plain/2023-jiangsu-shuyang-fgj.txt').diagnostics.some((d) => d.ruleId === 'parse/values-below-joined'));
  });
});
