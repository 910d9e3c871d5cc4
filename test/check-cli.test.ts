/** `nianbao check` and `nianbao rules`: output formats, configuration, exit codes. */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Ajv } from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import { main } from '../src/cli/main.js';
import { rules } from '../src/index.js';
import { hasShared, root, shared } from './helpers.js';

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const seeds = join(shared, 'seeds');
const seed0 = join(seeds, '000_f42b2add2afd0cc6.txt');
// ajv-draft-04 is CommonJS: its class is the default export of the module object.
const Ajv04 = ((AjvDraft04 as unknown as { default?: unknown }).default ?? AjvDraft04) as new (o: object) => InstanceType<typeof Ajv>;

describe('nianbao check', { skip: !hasShared }, () => {
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

describe('nianbao rules', () => {
  it('lists every rule with category, severity and summary', async () => {
    const r = await run(['rules']);
    assert.equal(r.code, 0);
    for (const rule of rules) assert.match(r.out, new RegExp(`^${rule.meta.id}\\s+${rule.meta.category}\\s+${rule.meta.severity}\\s+\\S`, 'm'));
  });
});
