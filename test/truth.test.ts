/**
 * Regression: real reports and fixtures parse to exactly the numbers they print
 * (the same measure as shared/tools/score.py).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from '../src/index.js';
import { hasShared, pairs, root, shared, wrongCells } from './helpers.js';

function suite(title: string, rawDir: string, truthDir: string, options: { skip?: boolean; only?: RegExp } = {}) {
  describe(title, { skip: options.skip }, () => {
    const list = pairs(rawDir, truthDir).filter((p) => !options.only || options.only.test(p.raw));
    it('has files to read', () => assert.ok(list.length > 0, `no files in ${rawDir}`));
    for (const p of list) {
      it(`${p.name}: every cell right`, () => {
        const report = parse(readFileSync(p.raw), { name: p.name });
        assert.deepEqual(wrongCells(report, p.truth), []);
        assert.equal(report.year, p.truth.year);
        assert.equal(report.format, p.truth.format);
      });
    }
  });
}

suite('the five seed reports', join(shared, 'seeds'), join(shared, 'seeds-truth'), { skip: !hasShared });
suite('the text reports of the development corpus', join(shared, 'corpus/raw'), join(shared, 'corpus/truth'), {
  skip: !hasShared, only: /\.(txt|md)$/,
});
suite('hand-made fixtures in every text layout', join(root, 'fixtures/text'), join(root, 'fixtures/text-truth'));
suite('fixtures through LibreOffice and pdftotext -layout', join(root, 'fixtures/extracted/pdftotext-layout'), join(root, 'fixtures/extracted/truth'));

/**
 * Text from pdftotext without -layout loses blank cells without a trace; where the sums
 * cannot place them the reader says so (cells-ambiguous). Those files are measured here
 * against a floor, the rest must be exact.
 */
describe('fixtures through pdftotext raw and default modes', () => {
  for (const mode of ['pdftotext', 'pdftotext-raw']) {
    it(`${mode}: at least 99% of cells right, every miss flagged`, () => {
      let right = 0;
      let total = 0;
      for (const p of pairs(join(root, 'fixtures/extracted', mode), join(root, 'fixtures/extracted/truth'))) {
        const report = parse(readFileSync(p.raw), { name: p.name });
        const bad = wrongCells(report, p.truth);
        const cells = bad.length + 0;
        total += Object.values(p.truth.table3.rows).flat().length + Object.values(p.truth.table2).flat().length + p.truth.table4.length;
        right -= cells;
        if (bad.length) {
          const flagged = report.diagnostics.some((d) => d.ruleId === 'parse/cells-ambiguous' || d.ruleId === 'parse/cells-missing');
          assert.ok(flagged, `${mode}/${p.name}: ${bad.length} wrong cells and no diagnostic`);
        }
      }
      right += total;
      assert.ok(right / total >= 0.99, `${mode}: ${right}/${total}`);
    });
  }
});
