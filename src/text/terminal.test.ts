import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { main } from '../cli/main.js';
import { hostileFiles, terminalPayload } from '../../scripts/make-hostile.js';
import { terminalSafe } from './terminal.js';

/** Any control character a terminal acts on (tab and line feed are text). */
const raw = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/;

describe('terminalSafe', () => {
  it('escapes C0 and C1 controls, DEL and bidi overrides; keeps tab, line feed and Chinese', () => {
    assert.equal(terminalSafe(`机关${terminalPayload}\t表\n`), '机关\\u001b[2J\\u001b]0;owned\\u0007\\u009b31m\\u0007\t表\n');
    assert.equal(terminalSafe('a\rb\u0000c\u007f\u202ed'), 'a\\u000db\\u0000c\\u007f\\u202ed');
  });
  it('keeps JSON valid', () => {
    const json = terminalSafe(JSON.stringify({ organ: `x${terminalPayload}` }));
    assert.equal(JSON.parse(json).organ, `x${terminalPayload}`);
    assert.doesNotMatch(json, raw);
  });
});

describe('the CLI prints no control character read from a file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-term-'));
  const files = hostileFiles({ small: true }).filter((f) => /escapes|name|zip-names|zip-damaged/.test(f.name));
  for (const f of files) writeFileSync(join(dir, f.name), f.bytes);
  const run = async (args: string[]) => {
    const out: string[] = [];
    const code = await main(args, { out: (s) => out.push(s), err: (s) => out.push(s) });
    return { code, text: out.join('\n') };
  };
  it('parse, check (every format) and the file names', async () => {
    try {
      for (const args of [['parse', ...files.map((f) => join(dir, f.name))], ['parse', '--json', join(dir, 'escapes.txt')], ['check', dir], ['check', '--format', 'json', dir], ['check', '--format', 'sarif', dir]]) {
        const { code, text } = await run(args);
        assert.ok(code <= 2);
        assert.doesNotMatch(text, raw, `${args.join(' ')}: ${JSON.stringify(text.match(raw))}`);
        if (args[0] === 'check' && args.length === 2) assert.match(text, /\\u001b\[2J/, 'the payload is shown, escaped');
        if (args[1] === '--json' || args[2] === 'json' || args[2] === 'sarif') JSON.parse(text.split('\n')[0]!.startsWith('{') || text.startsWith('[') ? text : text.slice(text.indexOf('{')));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
