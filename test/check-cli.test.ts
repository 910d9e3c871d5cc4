/** `nianbao check` and `nianbao rules`: output formats, configuration, exit codes. */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Ajv } from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import { run } from './cli.js';
import { rules } from '../src/index.js';
import { reportText } from '../src/check/testing.js';
import { root, real } from './helpers.js';


const seeds = join(real, 'seeds');
const seed0 = join(seeds, '000_f42b2add2afd0cc6.txt');
// ajv-draft-04 is CommonJS: its class is the default export of the module object.
const Ajv04 = ((AjvDraft04 as unknown as { default?: unknown }).default ?? AjvDraft04) as new (o: object) => InstanceType<typeof Ajv>;

describe('nianbao check', () => {
  it('exits 1 when errors are found, with file:line:col, the printed line and a caret', async () => {
    const r = await run(['check', seed0]);
    assert.equal(r.code, 1);
    assert.match(r.out, /000_f42b2add2afd0cc6\.txt:72:10  错误  表三“自然人”列/);
    const lines = r.out.split('\n');
    const i = lines.findIndex((l) => l.includes(':72:10'));
    assert.match(lines[i + 1]!, /\(七\) 总计/);
    assert.match(lines[i + 2]!, /^\s+\^$/);
    assert.match(r.out, /个错误/);
  });
  it('--lang en prints English only', async () => {
    const r = await run(['check', seed0, '--lang', 'en']);
    assert.match(r.out, /error  table 3, column naturalPerson/);
    assert.doesNotMatch(r.out.split('\n')[0]!, /表三“自然人”/);
  });
  it('exits 0 on a consistent report', async () => {
    const r = await run(['check', join(root, 'fixtures/text/2023-town-one-cell-per-line.txt')]);
    assert.equal(r.code, 0, r.out);
  });
  it('checks a folder, and one unreadable file makes exit 2 without stopping the others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-check-'));
    copyFileSync(seed0, join(dir, 'a.txt'));
    writeFileSync(join(dir, 'b.txt'), '');
    const r = await run(['check', dir, '--format', 'json']);
    assert.equal(r.code, 2);
    const results = JSON.parse(r.out) as Array<{ file: string; failed?: unknown; diagnostics: Array<{ ruleId: string }> }>;
    assert.equal(results.length, 2);
    assert.ok(results[0]!.diagnostics.some((d) => d.ruleId === 'table3-balance'));
    assert.ok(results[1]!.failed);
  });
  it('--format json gives the same diagnostics the library returns', async () => {
    const r = await run(['check', seed0, '--format', 'json']);
    const [res] = JSON.parse(r.out) as Array<{ diagnostics: Array<{ ruleId: string; position: { line: number } }> }>;
    const { parse, check } = await import('../src/index.js');
    const lib = JSON.parse(JSON.stringify(check(parse(readFileSync(seed0), { name: seed0 }))));
    assert.deepEqual(res!.diagnostics, lib);
  });
  it('--format sarif is valid SARIF 2.1.0', async () => {
    const schema = JSON.parse(readFileSync(join(root, 'test/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    const ajv = new Ajv04({ strict: false, validateFormats: false, unicodeRegExp: false });
    const validate = ajv.compile(schema);
    const r = await run(['check', seeds, '--format', 'sarif']);
    const log = JSON.parse(r.out) as { version: string; runs: Array<{ results: Array<{ ruleId: string; level: string; locations: Array<{ physicalLocation: { region: { startLine: number } } }> }> }> };
    assert.ok(validate(log), ajv.errorsText(validate.errors));
    assert.equal(log.version, '2.1.0');
    const result = log.runs[0]!.results.find((x) => x.ruleId === "table3-applicants")!;
    assert.equal(result.level, 'error');
    assert.equal(result.locations[0]!.physicalLocation.region.startLine, 95);
  });
  it('--rule turns a rule off or changes its severity; a config file does the same', async () => {
    const off = await run(['check', seed0, '--format', 'json', '--rule', 'table3-balance:off', '--rule', 'table3-outcomes:warning']);
    const ds = JSON.parse(off.out)[0].diagnostics as Array<{ ruleId: string; severity: string }>;
    assert.ok(!ds.some((d) => d.ruleId === 'table3-balance'));
    assert.ok(ds.filter((d) => d.ruleId === 'table3-outcomes').every((d) => d.severity === 'warning'));
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-config-'));
    const config = join(dir, 'nianbao.config.json');
    writeFileSync(config, JSON.stringify({ rules: { 'table3-outcomes': 'off' } }));
    const viaFile = await run(['check', seed0, '--format', 'json', '--config', config]);
    assert.ok(!JSON.parse(viaFile.out)[0].diagnostics.some((d: { ruleId: string }) => d.ruleId === 'table3-outcomes'));
  });
  it('a wrong --rule or config is a usage error: exit 2, Chinese and English', async () => {
    for (const args of [['--rule', 'no-such-rule:off'], ['--rule', 'table3-balance:loud'], ['--rule', 'nonsense'], ['--config', '/no/such/file.json']]) {
      const r = await run(['check', seed0, ...args]);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.err, /[\u4e00-\u9fff]/);
      assert.match(r.err, /[a-z]{4}/);
    }
  });
});

describe('nianbao check --previous', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-previous-'));
  const thisYear = join(dir, '2023.txt');
  const lastYear = join(dir, '2022.txt');
  const twoBack = join(dir, '2021.txt');
  // This year carried nothing over; last year carried 1 forward (自然人, 总计). Last year's
  // overview runs two lines longer, so its cells stand on other lines than this year's.
  writeFileSync(thisYear, reportText({ year: 2023 }));
  const lastText = reportText({ year: 2022, overview: '2022年，本机关认真贯彻落实条例。\n\n全年主动公开政府信息。' });
  writeFileSync(lastYear, lastText);
  writeFileSync(twoBack, reportText({ year: 2021 }));
  const row4 = lastText.split('\n').findIndex((l) => l.startsWith('\t四、结转下年度继续办理')) + 1;

  it('runs the cross-year rules against last year’s report: both places, last year’s as file:line:col', async () => {
    const r = await run(['check', thisYear, '--previous', lastYear]);
    assert.equal(r.code, 0, r.out + r.err);
    assert.match(r.out, /2023\.txt:\d+:\d+  警告  表三“自然人”列：2023 年“二、上年结转政府信息公开申请数量”为 0，但 2022 年报告“四、结转下年度继续办理”为 1/);
    const related = [...r.out.matchAll(/相关位置: (.+):(\d+):(\d+)$/gm)];
    assert.equal(related.length, 2);
    assert.equal(related[0]![1], lastYear);
    assert.equal(Number(related[0]![2]), row4);
    assert.equal(lastText.split('\n')[row4 - 1]!.slice(Number(related[0]![3]) - 1), '1\t0\t0\t0\t0\t0\t1');
    const json = JSON.parse((await run(['check', thisYear, '--previous', lastYear, '--format', 'json'])).out);
    const ds = json[0].diagnostics.filter((d: { ruleId: string }) => d.ruleId === 'carryover-continuity');
    assert.deepEqual(ds.map((d: { path: string }) => d.path), ['table3.carriedOver.naturalPerson', 'table3.carriedOver.total']);
    assert.equal(ds[1].related[0].file, lastYear);
    assert.equal(ds[1].related[0].position.line, row4);
  });
  it('without --previous, or with a report two years back, no cross-year finding', async () => {
    const alone = await run(['check', thisYear, '--format', 'json']);
    assert.ok(!JSON.parse(alone.out)[0].diagnostics.some((d: { category?: string }) => d.category === 'cross-year'));
    const old = await run(['check', thisYear, '--previous', twoBack, '--format', 'json']);
    assert.equal(old.code, 0);
    assert.ok(!JSON.parse(old.out)[0].diagnostics.some((d: { category?: string }) => d.category === 'cross-year'));
    assert.match(old.err, /（2023 年）与 .*（2021 年）不是相邻两年，未做跨年核对/);
    const en = await run(['check', thisYear, '--previous', twoBack, '--format', 'json'], 'en');
    assert.match(en.err, /\(2023\) and .*\(2021\) are not consecutive years: cross-year rules skipped/);
  });
  it('a --previous that cannot be read is an input failure: exit 2', async () => {
    const r = await run(['check', thisYear, '--previous', join(dir, 'missing.txt')]);
    assert.equal(r.code, 2);
    assert.match(r.err, /--previous .*missing\.txt: 找不到文件/);
  });
});

describe('nianbao rules', () => {
  it('lists every rule with category, severity and summary', async () => {
    const r = await run(['rules']);
    assert.equal(r.code, 0);
    for (const rule of rules) assert.match(r.out, new RegExp(`^${rule.meta.id}\\s+${rule.meta.category}\\s+${rule.meta.severity}\\s+\\S`, 'm'));
  });
});
