/**
 * The corpus XLSX opens in LibreOffice Calc: converted headless to PDF (the tables, their check
 * rows and the findings are there to read) and to CSV. Skipped without soffice and Calc.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { describe, it } from 'node:test';
import { exportReports } from '../src/corpus/index.js';
import { ingest } from '../src/ingest/ingest.js';
import { Store } from '../src/store/store.js';

const onPath = (cmd: string) => (process.env.PATH ?? '').split(delimiter).some((d) => d && existsSync(join(d, cmd)));
const calc = ['/usr/lib/libreoffice/program/libsclo.so'].some(existsSync);
const skip = !onPath('soffice') ? 'soffice is not installed' : !calc ? 'LibreOffice Calc is not installed (.ci/run installs libreoffice-calc-nogui)' : !onPath('pdftotext') ? 'pdftotext is not installed' : false;
const seeds = new URL('../../fixtures/seeds/', import.meta.url).pathname;

describe('corpus XLSX through LibreOffice', { skip }, () => {
  it('converts to PDF with every table, its check rows and the findings, and to CSV', { timeout: 180_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-xlsx-lo-'));
    const store = await Store.open(join(dir, 'c.db'));
    try {
      await ingest(store, [seeds], { jobs: 0 });
      const file = join(dir, 'corpus.xlsx');
      await exportReports(store, {}, createWriteStream(file), { to: 'xlsx' });
    } finally {
      await store.close();
    }
    const profile = `-env:UserInstallation=file://${join(dir, 'profile')}`;
    // CSV as UTF-8 (filter options: comma, double quote, character set 76 = UTF-8).
    for (const to of ['pdf', 'csv:Text - txt - csv (StarCalc):44,34,76']) {
      execFileSync('soffice', [profile, '--headless', '--convert-to', to, '--outdir', dir, join(dir, 'corpus.xlsx')], { stdio: 'ignore', timeout: 120_000 });
    }
    const text = execFileSync('pdftotext', [join(dir, 'corpus.pdf'), '-'], { encoding: 'utf8' });
    for (const s of ['二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '核对（应为 0）', '单元格名称']) assert.ok(text.includes(s), s);
    // The CSV is the first sheet (报告): one line per report under the header.
    const csv = readFileSync(join(dir, 'corpus.csv'), 'utf8').trim().split('\n');
    assert.match(csv[0]!, /^机关,/);
    assert.equal(csv.length, 1 + 5);
  });
});
