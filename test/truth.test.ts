/**
 * Regression: real reports and fixtures parse to exactly the numbers they print
 * (the same measure as shared/tools/score.py).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from '../src/index.js';
import { pairs, root, real, wrongCells } from './helpers.js';

function suite(title: string, rawDir: string, truthDir: string, options: { skip?: boolean; only?: RegExp; organ?: boolean } = {}) {
  describe(title, { skip: options.skip }, () => {
    const list = pairs(rawDir, truthDir).filter((p) => !options.only || options.only.test(p.raw));
    it('has files to read', () => assert.ok(list.length > 0, `no files in ${rawDir}`));
    for (const p of list) {
      it(`${p.name}: every cell right`, () => {
        const report = parse(readFileSync(p.raw), { name: p.name });
        assert.deepEqual(wrongCells(report, p.truth), []);
        assert.equal(report.year, p.truth.year);
        assert.equal(report.format, p.truth.format);
        // The organ as the title prints it: the truth may name it in full (乐清市仙溪镇 / …人民政府).
        if (options.organ) assert.ok(report.organ && (p.truth.body.includes(report.organ) || report.organ.includes(p.truth.body)), `organ ${report.organ}`);
      });
    }
  });
}

suite('the five seed reports', join(real, 'seeds'), join(real, 'seeds-truth'), { organ: true });
suite('the text reports of the development corpus', join(real, 'corpus/raw'), join(real, 'corpus/truth'), { only: /\.(txt|md)$/,
});
suite('hand-made fixtures in every text layout', join(root, 'fixtures/text'), join(root, 'fixtures/text-truth'), { organ: true });
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

describe('metadata as printed', () => {
  it('seed 002: signed 2024-01-17, statistics period 2023, six sections in order', () => {
    const r = parse(readFileSync(join(real, 'seeds/002_87b09e6297b9ff4d.txt')));
    assert.equal(r.signedDate, '2024-01-17');
    assert.deepEqual(r.period, { from: '2023-01-01', to: '2023-12-31' });
    assert.deepEqual(r.sections.map((x) => x.number), [1, 2, 3, 4, 5, 6]);
    assert.equal(r.sections[3]!.title, '四、政府信息公开行政复议、行政诉讼情况');
  });
  it('seed 004: the signature names the organ in full where the title shortens it', () => {
    const r = parse(readFileSync(join(real, 'seeds/004_c6867b7eba30610a.txt')));
    assert.equal(r.organ, '丰城市曲江镇人民政府');
    assert.equal(r.signedDate, '2021-01-20');
  });
  it('the 2021 表二 with a one-row （六） in 表三 keeps both formats (洪泽区 layout)', () => {
    const r = parse(readFileSync(join(root, 'fixtures/text/2023-city-mixed-csv-attachment.txt')));
    assert.deepEqual(r.tableFormats, { table2: '2021', table3: '2019', table4: '2021' });
    assert.equal(r.table3!.otherHandling.naturalPerson.value, 9);
  });
});

describe('what the reader assumed, with positions', () => {
  const diag = (file: string, id: string) => parse(readFileSync(file)).diagnostics.filter((d) => d.ruleId === id);
  it('seed 000: row 四 prints 6 of 7 cells, the gap taken in 自然人 from the columns of the rows above', () => {
    const [d] = diag(join(real, 'seeds/000_f42b2add2afd0cc6.txt'), 'parse/cells-missing');
    assert.equal(d?.path, 'table3.carriedForward.naturalPerson');
    assert.equal(d?.position?.line, 73);
    const r = parse(readFileSync(join(real, 'seeds/000_f42b2add2afd0cc6.txt')));
    assert.equal(r.table3!.carriedForward.naturalPerson.missing, true);
    assert.equal(r.table3!.carriedForward.naturalPerson.value, null);
  });
  it('seed 001: the five blank 行政复议 cells are printed blanks, not gaps', () => {
    const r = parse(readFileSync(join(real, 'seeds/001_015773bddcd054c9.txt')));
    for (const c of Object.values(r.table4!.review!)) {
      assert.equal(c.kind, 'blank');
      assert.equal(c.missing, undefined);
    }
    assert.equal(r.table4!.litigationAfterReview!.total!.value, 0);
  });
  it('seed 004: the 收费 and 采购 rows print a third value, which is named and not read', () => {
    const ds = diag(join(real, 'seeds/004_c6867b7eba30610a.txt'), 'parse/cells-extra');
    assert.deepEqual(ds.map((d) => d.path), ['table2.fees', 'table2.procurement']);
  });
  it('labels are kept as printed (信访举报类申请 for 信访举报投诉类申请), typos matched approximately', () => {
    const file = join(root, 'fixtures/text/2023-bureau-browser-copy-bom-label-variants.txt');
    const r = parse(readFileSync(file));
    assert.match(r.labels['table3.notProcessed.petition']!.text, /信访举报类申请/);
    assert.equal(r.labels['table3.notProcessed.petition']!.position.line, 58);
    const ds = diag(file, 'parse/label-approximate');
    assert.ok(ds.some((d) => d.path === 'table3.notProcessed.confirmation'));
  });
  it('GBK input is said to be GBK', () => {
    assert.equal(diag(join(root, 'fixtures/text/2024-township-tsv-gbk.txt'), 'parse/encoding-gb18030').length, 1);
  });
});
