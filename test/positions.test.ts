/** Every cell's position points at the number as printed: line, column and byte offset. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { cellEntries, parse, read } from '../src/index.js';
import { pairs, root, real } from './helpers.js';

const files = [
  ...pairs(join(real, 'seeds'), join(real, 'seeds-truth')).map((p) => p.raw),
  ...pairs(join(root, 'fixtures/text'), join(root, 'fixtures/text-truth')).map((p) => p.raw),
];

describe('cell positions', () => {
  for (const file of files) {
    it(file.replace(root, '.').replace(real, '.'), () => {
      const bytes = readFileSync(file);
      const src = read(bytes).source!;
      const lines = src.text.split(/\r\n|\r|\n/);
      const report = parse(bytes);
      let checked = 0;
      for (const [path, cell] of cellEntries(report)) {
        if (!cell || cell.kind === 'blank' || cell.raw.includes('\n')) continue;
        const { line, column, offset, byteOffset } = cell.position;
        assert.equal(src.text.slice(offset, offset + cell.raw.length), cell.raw, `${path} offset`);
        assert.equal(lines[line - 1]!.slice(column - 1, column - 1 + cell.raw.length), cell.raw, `${path} line:col`);
        const enc = src.encoding === 'gb18030' ? 'gb18030' : 'utf-8';
        const slice = bytes.subarray(byteOffset, byteOffset + Buffer.byteLength(cell.raw, 'utf8') * 2);
        assert.ok(new TextDecoder(enc).decode(slice).startsWith(cell.raw), `${path} byteOffset`);
        checked++;
      }
      assert.ok(checked > 100, `only ${checked} cells checked`);
    });
  }
});
