import { createHash } from 'node:crypto';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check } from '../check/engine.js';
import { reportText } from '../check/testing.js';
import { parse } from '../parse.js';
import { toPayload } from './payload.js';
import { Store } from './store.js';
import { skipFor, targets } from './testing.js';

const enc = new TextEncoder();

function put(store: Store, name: string, organ: string, year: number) {
  const bytes = enc.encode(reportText({ organ, year, cells: {} }));
  const report = parse(bytes, { name });
  return store.put({ sha256: createHash('sha256').update(bytes).digest('hex'), name, size: bytes.byteLength, bytes }, toPayload(report, check(report)));
}

for (const make of targets) {
  const kind = make().dialect;
  test(`${kind}: an organ name printed with CJK radicals (⼈ U+2F08, ⺠ U+2EA0) is the same organ`, { skip: skipFor(kind) }, async () => {
    const target = make();
    const store = await Store.open(target.url);
    try {
      await put(store, 'a.txt', '沭阳县人民政府', 2022);
      await put(store, 'b.txt', '沭阳县\u2f08\u2ea0政府', 2023);
      await put(store, 'c.txt', '沭阳县 人民政府', 2021);
      const rows = await store.list();
      assert.equal(rows.length, 3);
      assert.equal(new Set(rows.map((r) => r.organId)).size, 1, 'one organ');
      assert.deepEqual([...new Set(rows.map((r) => r.organ))], ['沭阳县人民政府']);
      // A second store on the same database reads the names back and agrees.
      const again = await Store.open(target.url);
      try {
        await put(again, 'd.txt', '沭阳县\u2f08\u2ea0政府', 2020);
        const all = await again.list();
        assert.equal(new Set(all.map((r) => r.organId)).size, 1);
      } finally {
        await again.close();
      }
    } finally {
      await store.close();
      await target.drop();
    }
  });
}
