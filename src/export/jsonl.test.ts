import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getCell } from '../model/cells.js';
import type { Report } from '../model/report.js';
import { writeJsonl } from './jsonl.js';
import { collector, probe, threeItems } from './sample-items.js';

describe('writeJsonl', () => {
  it('writes one object per line per report that parses back to the same report', async () => {
    const out = collector();
    const items = threeItems();
    const result = await writeJsonl(items, out);
    const text = out.bytes().toString('utf8');
    assert.ok(text.endsWith('\n'));
    const lines = text.slice(0, -1).split('\n');
    assert.equal(lines.length, 3);
    assert.equal(result.reports, 3);
    const objs = lines.map((l) => JSON.parse(l) as { report: Report; diagnostics: unknown[]; organ: unknown; file: unknown });
    for (const o of objs) assert.deepEqual(Object.keys(o), ['report', 'diagnostics', 'organ', 'file']);
    // A cell round-trips with its kind and text, so a dash stays a dash.
    assert.deepEqual(getCell(objs[1]!.report, probe), getCell(items[1]!.report, probe));
    assert.equal(getCell(objs[1]!.report, probe)!.raw, '—');
    assert.equal(getCell(objs[0]!.report, probe)!.kind, 'blank');
    assert.equal(getCell(objs[2]!.report, 'table3.newReceived.commercial')!.value, 2);
    assert.deepEqual(objs[2]!.report, JSON.parse(JSON.stringify(items[2]!.report)));
    assert.equal(objs[2]!.diagnostics.length, 3);
    assert.deepEqual(objs[0]!.organ, items[0]!.organ);
    assert.equal(objs[2]!.organ, null);
    assert.equal(objs[2]!.file, null);
    assert.equal(objs[1]!.file, 'b/乙县2023.txt');
  });

  it('ends the stream by default, and leaves it open with end: false', async () => {
    const ended = collector();
    await writeJsonl(threeItems(), ended);
    assert.equal(ended.writableFinished, true);
    const open = collector();
    await writeJsonl(threeItems(), open, { end: false });
    assert.equal(open.writableEnded, false);
    open.write('more\n');
    assert.ok(open.bytes().toString('utf8').endsWith('}\nmore\n'));
  });

  it('rejects when the stream fails', async () => {
    const { Writable } = await import('node:stream');
    const broken = new Writable({ write: (_c, _e, cb) => cb(new Error('disk full')) });
    await assert.rejects(writeJsonl(threeItems(), broken), /disk full/);
  });
});
