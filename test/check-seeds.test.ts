/**
 * What a reviewer must not miss: the errors each seed was published with, each at its place;
 * and no false alarm on consistent reports in both formats and every layout.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { check, parse, type Diagnostic } from '../src/index.js';
import { reportFrom } from '../src/check/testing.js';
import { pairs, root, real } from './helpers.js';

const seed = (n: string) => check(parse(readFileSync(join(real, 'seeds', n))));
const find = (ds: Diagnostic[], ruleId: string, pred: (d: Diagnostic) => boolean = () => true) => ds.filter((d) => d.ruleId === ruleId && pred(d));

describe('the seeds: every published error found, at its place', () => {
  it('000: （七）总计 0 against （二）部分公开 1 (自然人, 总计); row 四 prints 6 of 7; 召开召开', () => {
    const ds = seed('000_f42b2add2afd0cc6.txt');
    for (const col of ['naturalPerson', 'total']) {
      const [b] = find(ds, 'table3-balance', (d) => d.path === `table3.total.${col}`);
      assert.ok(b, `balance ${col}`);
      assert.equal(b!.position?.line, 72);
      assert.equal(find(ds, 'table3-outcomes', (d) => d.path === `table3.total.${col}`).length, 1);
    }
    const [gap] = find(ds, 'cells-incomplete', (d) => String(d.path).startsWith('table3.carriedForward'));
    assert.equal(gap?.position?.line, 73);
    const [rep] = find(ds, 'repeated-text', (d) => String(d.data.text ?? '').includes('召开'));
    assert.ok(rep, 'repeated 召开');
    assert.equal(rep!.position?.line, 13);
  });
  it('001: the five 行政复议 cells are blank', () => {
    const [d] = find(seed('001_015773bddcd054c9.txt'), 'cells-blank', (x) => String(x.path).startsWith('table4.review'));
    assert.ok(d);
    assert.equal(d!.position?.line, 81);
  });
  it('002: a 2023 report in the 2019 format', () => {
    const [d] = find(seed('002_87b09e6297b9ff4d.txt'), 'format-outdated');
    assert.ok(d);
    assert.equal(d!.severity, 'error');
  });
  it('003: row 一 sums to 222 but says 231; 商业企业 一+二 = 0 but （七） = 9; row 四 6 of 7; text 264 against 231', () => {
    const ds = seed('003_0ec7f487509b9c4f.txt');
    const [row] = find(ds, 'table3-applicants', (d) => d.path === 'table3.newReceived.total');
    assert.deepEqual([row?.expected, row?.actual, row?.position?.line], [222, 231, 95]);
    const [col] = find(ds, 'table3-balance', (d) => d.path === 'table3.total.commercial');
    assert.deepEqual([col?.expected, col?.actual, col?.position?.line], [0, 9, 120]);
    assert.equal(find(ds, 'cells-incomplete', (d) => String(d.path).startsWith('table3.carriedForward')).length, 1);
    const text = find(ds, 'narrative-tables', (d) => String(d.actual) === '264' || d.data.text === 264 || String(d.message.zh).includes('264'));
    assert.ok(text.length >= 1, 'the narrative 264 against the table');
    assert.equal(text[0]!.position?.line, 17);
  });
  it('004: （七）总计 1 with every outcome row 0; 第二十六条 for 第二十条', () => {
    const ds = seed('004_c6867b7eba30610a.txt');
    assert.deepEqual(find(ds, 'table3-outcomes').map((d) => d.position?.line), [342, 348]);
    const [label] = find(ds, 'label-official', (d) => String(d.data.printed ?? '').includes('第二十六条'));
    assert.ok(label);
    assert.equal(label!.position?.line, 48);
  });
});

describe('no false alarm on consistent reports', () => {
  const consistent = pairs(join(root, 'fixtures/text'), join(root, 'fixtures/text-truth'))
    .filter((p) => (p.truth as unknown as { consistent?: boolean }).consistent === true);
  it('has consistent fixtures in both formats', () => {
    assert.ok(consistent.length >= 10);
    assert.ok(consistent.some((p) => p.truth.format === '2019') && consistent.some((p) => p.truth.format === '2021'));
  });
  for (const p of consistent) {
    it(`${p.name}: no error`, () => {
      const errors = check(parse(readFileSync(p.raw), { name: p.name })).filter((d) => d.severity === 'error');
      assert.deepEqual(errors.map((d) => `${d.ruleId} ${d.message.en}`), []);
    });
  }
  for (const format of ['2019', '2021'] as const) {
    it(`a generated consistent report in the ${format} format: nothing at all`, () => {
      const ds = check(reportFrom({ format, year: format === '2019' ? 2020 : 2023 }));
      assert.deepEqual(ds.map((d) => `${d.ruleId} ${d.message.en}`), []);
    });
  }
});
