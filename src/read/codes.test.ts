/**
 * Every reader code emitted anywhere in src/ has a name (src/read/codes.ts): the codes written
 * out (`'parse/…'`, `'read/…'`), the extractor's `parse/${messageId}` (every message id), and the
 * readers' `read/${failure.code}` (every failure code of ReadFailure).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseMessages } from '../extract/messages.js';
import { findingName } from '../check/names.js';
import { codeName, codeNames } from './codes.js';

const src = fileURLToPath(new URL('../../../src/', import.meta.url));

function* sources(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) yield* sources(join(dir, e.name));
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && !e.name.endsWith('.d.ts')) yield join(dir, e.name);
  }
}

test('every parse/… and read/… code emitted in src/ has a name in zh and en', () => {
  const emitted = new Map<string, string>();
  for (const file of sources(src)) {
    const text = readFileSync(file, 'utf8');
    // Written out: a quote or backtick, then the code, not followed by a path's dot or slash.
    for (const m of text.matchAll(/['"`]((?:parse|read)\/[a-z0-9]+(?:-[a-z0-9]+)*)(?![a-z0-9./-])/g)) emitted.set(m[1]!, file);
    // The failure codes of a reader's answer (read/${code}).
    for (const m of text.matchAll(/\bcode: ((?:'[a-z0-9-]+'\s*\|\s*)+'[a-z0-9-]+');/g)) for (const c of m[1]!.matchAll(/'([a-z0-9-]+)'/g)) emitted.set(`read/${c[1]}`, file);
  }
  for (const id of Object.keys(parseMessages)) emitted.set(`parse/${id}`, 'src/extract/messages.ts');
  assert.ok(emitted.size > 30, `found ${emitted.size} codes`);
  assert.ok(emitted.has('read/zip-bomb') && emitted.has('parse/cells-ambiguous') && emitted.has('read/unreadable'));
  const unnamed = [...emitted].filter(([code]) => !codeName(code)).map(([code, file]) => `${code} (${file.slice(src.length)})`);
  assert.deepEqual(unnamed, [], 'codes without a name in src/read/codes.ts');
  for (const [code, name] of Object.entries(codeNames)) {
    assert.ok(name.zh.trim() && name.en.trim() && /[\u4e00-\u9fff]/.test(name.zh), `${code}: a name in both languages`);
  }
});

test('findingName names reader codes, rules and the store\'s findings', () => {
  assert.deepEqual(findingName('parse/cells-ambiguous'), { zh: '单元格读取有歧义', en: 'cells read ambiguously' });
  assert.match(findingName('table3-balance').zh, /表三/);
  assert.match(findingName('versions-conflict').zh, /版本/);
  assert.deepEqual(findingName('no-such-rule'), { zh: 'no-such-rule', en: 'no-such-rule' });
});
