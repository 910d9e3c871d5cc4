import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../engine.js';
import { reportFrom, reportText, type ReportSpec } from '../testing.js';
import { repeatedText } from './repeated-text.js';

const run = (spec: ReportSpec) => check(reportFrom(spec), { reader: 'none' }, [repeatedText]);

function where(spec: ReportSpec, needle: string, offset = 0): [number, number] {
  const lines = reportText(spec).split('\n');
  const i = lines.findIndex((l) => l.includes(needle));
  assert.ok(i >= 0, needle);
  return [i + 1, lines[i]!.indexOf(needle) + 1 + offset];
}

describe('repeated-text', () => {
  it('valid: the report as written, and words that are reduplicated on purpose', () => {
    assert.deepEqual(run({}), []);
    const overview = '我们一个一个地研究研究问题，在政务公开公开栏张贴，答复申请申请人，天天更新，“一是……”。';
    assert.deepEqual(run({ overview }), []);
  });

  it('valid: table header words side by side (a flattened 表四 header)', () => {
    assert.deepEqual(run({ overview: '行政复议行政诉讼\n结果结果其他尚未\n总计总计' }), []);
  });

  it('invalid: a word typed twice (seed 000)', () => {
    const overview = '多次组织召开召开政务公开标准化规范化工作部署会、推进会。';
    const ds = run({ overview });
    assert.equal(ds.length, 1);
    const d = ds[0]!;
    assert.equal(d.ruleId, 'repeated-text');
    assert.equal(d.severity, 'info');
    assert.equal(d.messageId, 'word');
    assert.deepEqual(d.data, { word: '召开', text: '召开召开' });
    // At the second 召开.
    assert.deepEqual([d.position!.line, d.position!.column], where({ overview }, '召开召开', 2));
  });

  it('invalid: 。。 (seed 003)', () => {
    const overview = '结转至下年度继续办理数 5 件，无超期情况。。';
    const ds = run({ overview });
    assert.deepEqual(ds.map((d) => [d.messageId, d.data]), [['punctuation', { text: '。。' }]]);
    assert.deepEqual([ds[0]!.position!.line, ds[0]!.position!.column], where({ overview }, '。。', 1));
  });
});
