/**
 * Round trip: every real report in the repository (seeds, corpus reports, form fixtures,
 * examples) rendered to HTML, Word, Markdown and Excel and read back by nianbao's own readers
 * gives the same numbers in the same cells as the original.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { cellValues, parseAsync, sourceOf, type CellValues } from '../src/index.js';
import { renderDoc, renderForms, renderTo, sourceOfReport } from '../src/render/index.js';
import { root } from './helpers.js';

const dirs = ['fixtures/seeds', 'fixtures/corpus/raw', 'fixtures/text', 'examples', 'fixtures/forms/html', 'fixtures/forms/html-gbk', 'fixtures/forms/docx', 'fixtures/forms/pdf'];
const files = dirs.flatMap((d) =>
  readdirSync(join(root, d)).filter((f) => !/^README|\.py$/.test(f)).map((f) => join(d, f)));

/** The cells where two sets of values hold different numbers (a blank, dash or absent cell is no number). */
export function numberDiff(a: CellValues, b: CellValues): string[] {
  const num = (v: number | null | undefined) => (typeof v === 'number' ? v : null);
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => num(a[k]) !== num(b[k])).map((k) => `${k}: ${a[k]} → ${b[k]}`);
}

describe('rendered reports read back cell for cell', () => {
  it('has the real reports', () => assert.ok(files.length >= 100, `${files.length} files`));
  for (const file of files) {
    it(file, async () => {
      const report = await parseAsync(readFileSync(join(root, file)), { name: file });
      assert.notEqual(report.status, 'failed');
      const original = cellValues(report);
      assert.ok(Object.values(original).some((v) => typeof v === 'number'), 'the original has numbers');
      const doc = renderDoc(sourceOfReport(report, sourceOf(report)?.text));
      for (const to of renderForms) {
        const back = await parseAsync(await renderTo(doc, to), { name: `rendered.${to}` });
        assert.equal(back.source.form, to === 'md' ? 'text' : to, `${to}: read as its own form`);
        assert.deepEqual(numberDiff(original, cellValues(back)), [], `${to}: cells differ`);
        for (const t of ['table2', 'table3', 'table4'] as const) {
          if (report[t]) assert.equal(back.tableFormats[t], report.tableFormats[t], `${to}: ${t} format`);
        }
      }
    });
  }
});
