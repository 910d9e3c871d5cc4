import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from '../../parse.js';
import { check } from '../engine.js';
import { reportFrom, reportText } from '../testing.js';
import { formatMixed } from './format-mixed.js';

/** A 2021 表二 with the 2019 表三's single （六）其他处理 row (the 淮安市洪泽区 reports). */
const mixedText = () =>
  reportText().replace(/（六）其他处理\t1\.[^\n]*\n\t2\.[^\n]*\n\t3\.其他[^\n]*\n/, '\t（六）其他处理\t0\t0\t0\t0\t0\t0\t0\n');

const runText = (text: string) => check(parse(text, { name: 'test.txt' }), { reader: 'none' }, [formatMixed]);
const lineOf = (text: string, p: { line: number; column: number } | null) => text.split('\n')[p!.line - 1]!.slice(p!.column - 1);

describe('format-mixed', () => {
  it('valid: tables in one format, either', () => {
    for (const spec of [{}, { format: '2019' as const, year: 2020 }, { format: '2019' as const, year: 2023 }]) {
      assert.deepEqual(check(reportFrom(spec), { reader: 'none' }, [formatMixed]), []);
    }
  });
  it('invalid: a 2021 表二 with a single （六）其他处理 row in 表三 (洪泽区)', () => {
    const text = mixedText();
    const ds = runText(text);
    assert.equal(ds.length, 1);
    const d = ds[0]!;
    assert.equal(d.ruleId, 'format-mixed');
    assert.equal(d.messageId, 'mixed');
    assert.equal(d.severity, 'info');
    assert.equal(d.path, 'table3.otherHandling');
    assert.deepEqual(d.data, { table2Format: '2021', table3Format: '2019', table3Notice: '国办公开办函〔2019〕60号' });
    assert.deepEqual([d.expected, d.actual], ['2021', '2019']);
    assert.equal(d.message.zh, '表二按 2021 年格式印制，表三却按 2019 年格式（国办公开办函〔2019〕60号）印制');
    // The position is the printed （六）其他处理 label; 表二's first block heading is related.
    assert.match(lineOf(text, d.position), /^（六）其他处理\t0/);
    assert.deepEqual(d.related!.map((r) => lineOf(text, r.position)), ['第二十条第（一）项\t\t\t']);
  });
  it('invalid: a 2019 表二 with the 2021 （六）1–3 rows', () => {
    const text = reportText({ format: '2019', year: 2020 }).replace(/\t（六）其他处理[^\n]*\n/, [
      '（六）其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0',
      '\t2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0',
      '\t3.其他\t0\t0\t0\t0\t0\t0\t0\n',
    ].join('\n'));
    const ds = runText(text);
    assert.deepEqual(ds.map((d) => [d.path, d.data.table2Format, d.data.table3Format]), [['table3.otherHandling.overdueCorrection', '2019', '2021']]);
    assert.match(lineOf(text, ds[0]!.position), /^（六）其他处理\t1\./);
  });
});
