/** Every rule has its test, its docs page, its registry entry, and messages in both languages. */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { rules } from './rules/index.js';
import { rulesIndex } from './rules-index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const ruleDir = join(root, 'src/check/rules');
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!.replace(/En$/, '')).sort();

describe('rule registry', () => {
  it('docs/rules/README.md lists every rule (npm run docs)', () => {
    assert.equal(readFileSync(join(root, 'docs/rules/README.md'), 'utf8'), rulesIndex());
  });
  const files = readdirSync(ruleDir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts');
  it('registers every rule file, once, under its file name', () => {
    assert.deepEqual(rules.map((r) => `${r.meta.id}.ts`).sort(), files.sort());
    assert.equal(new Set(rules.map((r) => r.meta.id)).size, rules.length);
  });
  for (const rule of rules) {
    const id = rule.meta.id;
    it(`${id}: test beside it, docs page, summary and messages in zh and en`, () => {
      assert.ok(existsSync(join(ruleDir, `${id}.test.ts`)), `src/check/rules/${id}.test.ts`);
      const doc = join(root, 'docs/rules', `${id}.md`);
      assert.ok(existsSync(doc), `docs/rules/${id}.md`);
      const text = readFileSync(doc, 'utf8');
      assert.ok(text.startsWith(`# ${id}\n`), `docs/rules/${id}.md starts with its title`);
      assert.match(text, /依据|Official basis/);
      assert.match(text, /错误示例|Wrong/);
      assert.match(text, /正确示例|Right/);
      assert.match(text, /如何修改|How to fix/);
      assert.ok(rule.meta.docs.zh && rule.meta.docs.en);
      assert.ok(/[\u4e00-\u9fff]/.test(rule.meta.docs.zh));
      assert.ok(Object.keys(rule.meta.messages).length > 0);
      for (const [mid, m] of Object.entries(rule.meta.messages)) {
        assert.ok(/[\u4e00-\u9fff]/.test(m.zh), `${id}/${mid}: zh`);
        assert.ok(m.en && !/[\u4e00-\u9fff]{2}/.test(m.en.replace(/\{\w+\}/g, '')), `${id}/${mid}: en is English`);
        assert.deepEqual([...new Set(placeholders(m.zh))], [...new Set(placeholders(m.en))], `${id}/${mid}: the same placeholders`);
      }
    });
    it(`${id}: its test runs through RuleTester, with an invalid case for every message`, () => {
      const test = readFileSync(join(ruleDir, `${id}.test.ts`), 'utf8');
      // The rule's exported name, as imported from its own file, is the one RuleTester runs.
      const run = /RuleTester\.run\((\w+),/.exec(test);
      assert.ok(run, `src/check/rules/${id}.test.ts calls RuleTester.run`);
      assert.match(test, new RegExp(`import \\{[^}]*\\b${run[1]}\\b[^}]*\\} from '\\./${id}\\.js'`), `${id}.test.ts runs the rule of ${id}.ts`);
      for (const mid of Object.keys(rule.meta.messages)) {
        assert.ok(test.includes(`messageId: '${mid}'`), `${id}.test.ts expects a finding with message id ${mid}`);
      }
    });
  }
});
