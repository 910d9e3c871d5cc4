import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from './engine.js';
import { inPrevious, isPreviousYear, previousFor } from './cross-year.js';
import { crossYearRules, rules } from './rules/index.js';
import { reportFrom, reportText } from './testing.js';
import { parse } from '../parse.js';
import type { Rule } from './types.js';

/** A cross-year rule that points at this year's 二、上年结转 总计 and last year's 四、结转下年度 总计. */
const probe: Rule = {
  meta: { id: 'probe', category: 'cross-year', severity: 'info', docs: { zh: '探针', en: 'probe' }, messages: { seen: { zh: '看到了', en: 'seen' } } },
  check(_report, ctx) {
    ctx.emit({ messageId: 'seen', path: 'table3.carriedOver.total', related: [inPrevious(ctx.previous!, 'table3.carriedForward.total'), { path: 'table3.carriedForward.total', file: 'elsewhere.txt' }] });
  },
};

describe('cross-year engine', () => {
  it('crossYearRules: the five rules of category cross-year, all in the registry', () => {
    assert.deepEqual(crossYearRules.map((r) => r.meta.id), ['carryover-continuity', 'table2-in-force-continuity', 'table2-total-decreasing', 'report-copied', 'year-jump']);
    assert.ok(crossYearRules.every((r) => rules.includes(r) && r.meta.category === 'cross-year'));
  });
  it('runs a cross-year rule only with the previous year’s report, both years known', () => {
    const now = reportFrom({ year: 2023 }, 'a.txt');
    assert.equal(check(now, {}, [probe]).length, 0);
    assert.equal(check(now, { previous: { report: reportFrom({ year: 2022 }, 'b.txt') } }, [probe]).length, 1);
    for (const year of [2021, 2023, 2024]) assert.equal(check(now, { previous: { report: reportFrom({ year }, 'b.txt') } }, [probe]).length, 0, String(year));
    // A year not known, in either report: nothing to compare.
    const noYear = { ...reportFrom({ year: 2022 }, 'b.txt'), year: null };
    assert.equal(check(now, { previous: { report: noYear } }, [probe]).length, 0);
    assert.equal(check({ ...now, year: null }, { previous: { report: reportFrom({ year: 2022 }, 'b.txt') } }, [probe]).length, 0);
    assert.equal(isPreviousYear(now, reportFrom({ year: 2022 })), true);
  });
  it('a related place in another file keeps its own position; its path is not looked up in this report', () => {
    const last = parse('\n\n' + reportText({ year: 2022 }), { name: 'b.txt' });
    const now = reportFrom({ year: 2023 }, 'a.txt');
    const [d] = check(now, { previous: { report: last } }, [probe]);
    const [prev, other] = d!.related!;
    assert.deepEqual(prev, { path: 'table3.carriedForward.total', file: 'b.txt', position: last.table3!.carriedForward.total.position });
    assert.equal(prev!.position!.line, now.table3!.carriedForward.total.position.line + 2);
    assert.deepEqual(other, { path: 'table3.carriedForward.total', file: 'elsewhere.txt', position: null });
  });
  it('the file name given wins over the name the previous report was parsed under', () => {
    const p = previousFor(reportFrom({ year: 2023 }), { report: reportFrom({ year: 2022 }, 'parsed.txt'), file: 'given.txt' });
    assert.equal(p!.file, 'given.txt');
    assert.ok(p!.source, 'the text parse() kept');
    assert.equal(previousFor(reportFrom({ year: 2023 }), { report: reportFrom({ year: 2022 }, 'parsed.txt') })!.file, 'parsed.txt');
  });
});
