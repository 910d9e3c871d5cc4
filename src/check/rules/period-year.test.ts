import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from '../../parse.js';
import { check } from '../engine.js';
import { reportFrom, reportText } from '../testing.js';
import { periodYear } from './period-year.js';

const runText = (text: string) => check(parse(text, { name: 'test.txt' }), { reader: 'none' }, [periodYear]);

describe('period-year', () => {
  it('valid: 1 January to 31 December of the report year', () => {
    assert.deepEqual(check(reportFrom({}), { reader: 'none' }, [periodYear]), []);
    assert.deepEqual(check(reportFrom({ year: 2020, format: '2019' }), { reader: 'none' }, [periodYear]), []);
  });

  it('valid: no period printed, nothing to check', () => {
    assert.deepEqual(runText(reportText({}).replace(/本报告所列数据的统计期限.*\n/, '')), []);
  });

  it('invalid: last year’s period left in (copied from the previous report)', () => {
    const text = reportText({}).replace('自2023年1月1日至2023年12月31日', '自2022年1月1日至2022年12月31日');
    const ds = runText(text);
    assert.equal(ds.length, 1);
    const d = ds[0]!;
    assert.equal(d.ruleId, 'period-year');
    assert.equal(d.severity, 'warning');
    assert.equal(d.messageId, 'mismatch');
    assert.deepEqual(d.data, { from: '2022-01-01', to: '2022-12-31', year: 2023 });
    assert.deepEqual([d.expected, d.actual], ['2023-01-01/2023-12-31', '2022-01-01/2022-12-31']);
    const lines = text.split('\n');
    const li = lines.findIndex((l) => l.includes('统计期限'));
    assert.deepEqual([d.position!.line, d.position!.column], [li + 1, lines[li]!.indexOf('2022年1月1日') + 1]);
  });

  it('invalid: part of the year', () => {
    const ds = runText(reportText({}).replace('至2023年12月31日', '至2023年6月30日'));
    assert.deepEqual(ds.map((d) => [d.messageId, d.data.from, d.data.to]), [['mismatch', '2023-01-01', '2023-06-30']]);
  });
});
