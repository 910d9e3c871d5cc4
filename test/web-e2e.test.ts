/**
 * The pages end to end in a real headless Chromium (Debian's, driven by playwright-core) on a
 * real server and store, as a reviewer uses them: a batch made, a folder of the seeds and a
 * corpus PDF uploaded, seed 003's 表三 商业企业 cell marked and its source line shown, a PDF cell
 * highlighted on its page, a cell corrected, a finding dismissed, the report returned, the
 * 审核意见 downloaded; the corpus filtered by year; the dashboard's charts drawn; an organ named
 * `<script>…` shown as text. Screenshots go to test-artifacts/web/ to be looked at.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { reportText, requestCells } from '../src/check/testing.js';
import { sqliteTarget } from '../src/store/testing.js';
import { real, root } from './helpers.js';
import { startServer, townReport, type TestServer } from './server-helpers.js';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const built = existsSync(join(root, 'dist/web/main.js'));
const skip = !existsSync(chromium) ? `no Chromium at ${chromium} (.ci/run installs Debian's chromium)` : !built ? 'the pages are not built (npm run build)' : false;
const artifacts = join(root, 'test-artifacts/web');
const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

describe('the web pages in Chromium', { skip }, () => {
  const target = sqliteTarget();
  let s: TestServer;
  let browser: import('playwright-core').Browser;
  let page: import('playwright-core').Page;
  const dialogs: string[] = [];
  const errors: string[] = [];
  const ids = new Map<string, number>();
  let batchId = 0;

  before(async () => {
    mkdirSync(artifacts, { recursive: true });
    s = await startServer(target.url, { pages: true });
    const pw = (await import('playwright-core')).chromium;
    browser = await pw.launch({ executablePath: chromium, args: flags });
    const context = await browser.newContext({ viewport: { width: 1500, height: 1000 }, acceptDownloads: true, locale: 'zh-CN' });
    page = await context.newPage();
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    page.on('pageerror', (e) => errors.push(String(e)));
  });
  after(async () => {
    await browser?.close();
    await s?.close();
    await target.drop();
  });
  const shot = (name: string) => page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: false });

  it('makes a review batch', async () => {
    await page.goto(`${s.url}/review`);
    await page.fill('#batch-name', '2020 年度 各乡镇年报审核');
    await page.click('#batch-create');
    await page.waitForURL(/\/review\/\d+$/);
    batchId = Number(/\/review\/(\d+)$/.exec(page.url())![1]);
    assert.equal(await page.textContent('h1'), '2020 年度 各乡镇年报审核');
  });

  it('uploads a folder of the seeds, a corpus PDF and a report whose organ is <script>, each with its result', async () => {
    await page.goto(`${s.url}/upload`);
    await page.selectOption('#batch', String(batchId));
    await page.setInputFiles('#folder', join(real, 'seeds'));
    await page.setInputFiles('#files', ['2024-jiangsu-huaian.pdf', '2023-jiangsu-huaian-hongze.pdf', '2024-jiangsu-huaian-hongze.pdf'].map((f) => join(real, 'corpus/raw', f)));
    await page.setInputFiles('#files', [{ name: 'script.txt', mimeType: 'text/plain', buffer: Buffer.from(reportText({ organ: '<script>alert(1)</script><img src=x onerror=alert(2)>人民政府', year: 2023, cells: requestCells(4, 1) })) }]);
    await page.waitForFunction(() => document.querySelectorAll('#uploads tr.done').length === 9, undefined, { timeout: 60_000 });
    await shot('upload');
    for (const row of await page.$$('#uploads tbody tr')) {
      const name = (await row.getAttribute('data-name'))!;
      const href = await row.$eval('td.result a', (a) => a.getAttribute('href'));
      ids.set(name.split('/').pop()!, Number(/\/reports\/(\d+)/.exec(href!)![1]));
    }
    assert.equal(ids.size, 9);
    assert.ok(ids.has('003_0ec7f487509b9c4f.txt') && ids.has('2024-jiangsu-huaian.pdf'));
    assert.ok(!(await page.textContent('#uploads'))!.includes('未能读取'));
  });

  it('shows an organ named <script> as text, and runs nothing of it', async () => {
    await page.goto(`${s.url}/reports/${ids.get('script.txt')}`);
    await page.waitForSelector('#organ');
    assert.match((await page.textContent('#organ'))!, /^<script>alert\(1\)<\/script><img ?src=x ?onerror=alert\(2\)>人民政府/);
    assert.equal(await page.$$eval('#main script, #main img', (e) => e.length), 0);
    await shot('script-organ');
    assert.deepEqual(dialogs, []);
  });

  it('marks the 商业企业 column of seed 003’s 表三 and shows the source line of the cell clicked', async () => {
    await page.goto(`${s.url}/reports/${ids.get('003_0ec7f487509b9c4f.txt')}`);
    await page.waitForSelector('table.official.table3');
    const marked = await page.$$eval('table.table3 td[data-cell$=".commercial"]', (tds) =>
      tds.filter((t) => /sev-(error|warning)|doubt/.test(t.className)).map((t) => t.getAttribute('data-cell')));
    assert.ok(marked.length >= 1, 'a 商业企业 cell is marked');
    const cell = `table.table3 td[data-cell="${marked[0]}"]`;
    assert.ok(await page.getAttribute(cell, 'title'), 'the finding shows on hover');
    await page.click(cell);
    await page.waitForSelector('#source .src-line.hit');
    const raw = (await page.textContent(cell))!.trim();
    assert.ok((await page.textContent('#source .src-line.hit .tx'))!.includes(raw), 'the line holds the cell’s text');
    await shot('report-003-source-line');
  });

  it('draws the PDF page with the clicked cell’s box', async () => {
    await page.goto(`${s.url}/reports/${ids.get('2024-jiangsu-huaian.pdf')}`);
    await page.waitForSelector('table.official.table3');
    await page.click('table.table3 td[data-cell="table3.total.total"]');
    await page.waitForSelector('#source canvas.pdf-page', { timeout: 30_000 });
    await page.waitForSelector('#source .pdf-box');
    await page.waitForTimeout(300);
    const ink = await page.$eval('#source canvas.pdf-page', (c) => {
      const canvas = c as HTMLCanvasElement;
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! < 128) dark++;
      return dark / (data.length / 4);
    });
    assert.ok(ink > 0.005, `the page is drawn (${ink})`);
    const box = await page.$eval('#source .pdf-box', (b) => b.getBoundingClientRect().toJSON());
    assert.ok(box.width > 5 && box.height > 5);
    await page.$eval('#source .pdf-box', (b) => b.scrollIntoView({ block: 'center' }));
    await shot('report-pdf-box');
  });

  it('a reviewer corrects a cell, dismisses a finding and returns the report', async () => {
    const id = ids.get('003_0ec7f487509b9c4f.txt')!;
    await page.goto(`${s.url}/reports/${id}`);
    await page.waitForSelector('#review-status');
    await page.fill('#reviewer', '张三');
    await page.dispatchEvent('#reviewer', 'change');
    await page.click('table.table3 td[data-cell="table3.newReceived.commercial"]');
    await page.waitForSelector('#fix-value');
    await page.fill('#fix-value', '2');
    await page.fill('#fix-why', '原件第 3 页为 2，读错');
    await page.click('#fix-save');
    // The correction is a new version: the page goes to it, the printed value beside the corrected one, the versions listed.
    await page.waitForSelector('table.table3 td[data-cell="table3.newReceived.commercial"].corrected');
    assert.notEqual(Number(/\/reports\/(\d+)/.exec(page.url())![1]), id);
    assert.equal((await page.textContent('table.table3 td[data-cell="table3.newReceived.commercial"]'))!.trim(), '2');
    assert.ok(await page.getAttribute('table.table3 td[data-cell="table3.newReceived.commercial"]', 'data-printed'), 'the printed value is shown');
    await page.waitForSelector('#versions .corrected-badge');
    await page.$eval('table.table3 td[data-cell="table3.newReceived.commercial"]', (t) => t.scrollIntoView({ block: 'center' }));
    await shot('report-corrected-cell');
    const first = page.locator('#findings li:has(button.dismiss)').first();
    const rule = await first.getAttribute('data-rule');
    await first.locator('input.decision-comment').fill('原件如此，不必修改');
    await first.locator('button.dismiss').click();
    await page.waitForSelector(`#findings li.is-dismissed[data-rule="${rule}"]`);
    await page.fill('#status-comment', '请按审核意见修改后重报');
    await page.click('#return');
    await page.waitForFunction(() => document.querySelector('#review-status')?.textContent === '已退回');
    await shot('report-reviewed');
  });

  it('downloads the 审核意见 (Word) and shows it as a page to print', async () => {
    await page.goto(`${s.url}/review/${batchId}`);
    await page.waitForSelector('#batch-reports');
    assert.match((await page.textContent('#batch-reports'))!, /已退回/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#opinion-docx')]);
    const file = join(artifacts, 'opinion.docx');
    await download.saveAs(file);
    assert.equal(readFileSync(file).subarray(0, 2).toString('latin1'), 'PK');
    await shot('batch');
    await page.goto(`${s.url}/api/batches/${batchId}/opinion?to=html`);
    const text = (await page.textContent('body'))!;
    assert.match(text, /审核意见/);
    assert.match(text, /晋江市人民政府/);
    assert.match(text, /原件第 3 页为 2，读错/);
    assert.match(text, /&lt;|<script>alert/, 'the <script> organ is printed as text');
    assert.equal(await page.$$eval('body script', (e) => e.length), 0);
    await shot('opinion');
  });

  it('filters the corpus by year', async () => {
    await page.goto(`${s.url}/corpus`);
    await page.waitForSelector('#reports');
    await page.selectOption('#f-year', '2024');
    await page.click('#filters button[type=submit]');
    await page.waitForURL(/year=2024/);
    await page.waitForSelector('#reports');
    const years = await page.$$eval('#reports tbody tr td:nth-child(3)', (tds) => tds.map((t) => t.textContent));
    assert.ok(years.length >= 1 && years.every((y) => y === '2024'), years.join());
    await shot('corpus-2024');
  });

  it('draws the dashboard’s charts, each downloadable', async () => {
    await page.goto(`${s.url}/dashboard`);
    await page.waitForFunction(() => document.querySelectorAll('.chart[data-drawn] canvas').length === 5, undefined, { timeout: 30_000 });
    await page.waitForTimeout(300);
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#chart-applications + p button.png')]);
    const file = join(artifacts, 'chart-applications.png');
    await png.saveAs(file);
    assert.equal(readFileSync(file).subarray(1, 4).toString('latin1'), 'PNG');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#chart-applications + p button.csv')]);
    await csv.saveAs(join(artifacts, 'chart-applications.csv'));
    assert.match(readFileSync(join(artifacts, 'chart-applications.csv'), 'utf8'), /一、本年新收政府信息公开申请数量/);
    await page.screenshot({ path: join(artifacts, 'dashboard.png'), fullPage: true });
  });

  it('compares two years of one organ, the differences marked', async () => {
    await page.goto(`${s.url}/compare`);
    await page.fill('#c-organ', '洪泽');
    await page.fill('#c-years', '2023,2024');
    await page.click('main form button[type=submit]');
    await page.waitForSelector('#compare');
    assert.equal(await page.$$eval('#compare thead th', (t) => t.length), 3);
    assert.ok((await page.$$('#compare tr.differs')).length > 5);
    assert.match((await page.textContent('#compare'))!, /一、本年新收政府信息公开申请数量/);
    await page.screenshot({ path: join(artifacts, 'compare.png'), fullPage: false });
  });

  it('compares a corrected re-upload with the version before: the changed cell, the fixed finding', async () => {
    const uploadOne = async (name: string, bytes: Buffer) => {
      await page.goto(`${s.url}/upload`);
      await page.setInputFiles('#files', [{ name, mimeType: 'text/plain', buffer: bytes }]);
      await page.waitForSelector('#uploads tr.done td.result a');
      return Number(/\/reports\/(\d+)/.exec((await page.getAttribute('#uploads tr.done td.result a', 'href'))!)![1]);
    };
    const first = await uploadOne('某某镇-2024.txt', townReport('某某镇人民政府', false));
    const second = await uploadOne('某某镇-2024-更正.txt', townReport('某某镇人民政府', true));
    assert.notEqual(first, second);
    await page.goto(`${s.url}/reports/${second}`);
    await page.waitForSelector('#versions');
    assert.equal(await page.$$eval('#versions tbody tr', (r) => r.length), 2);
    await page.$eval('#versions', (t) => t.scrollIntoView({ block: 'center' }));
    await shot('report-versions');
    await page.click(`#versions tr[data-id="${second}"] a[href$="/changes"]`);
    await page.waitForSelector('#changed-cells tr[data-cell="table3.granted.naturalPerson"]');
    const row = await page.$$eval('#changed-cells tbody tr', (rs) => rs.map((r) => [...r.querySelectorAll('td')].map((t) => t.textContent)));
    assert.equal(row.length, 1);
    assert.deepEqual(row[0]!.slice(1, 3), ['2', '1']);
    assert.match(row[0]![0]!, /予以公开/);
    assert.ok((await page.$$('#fixed li')).length >= 1, 'the finding the town fixed');
    assert.equal((await page.$$('#new li')).length, 0);
    await shot('version-changes');
  });

  it('puts a report of the corpus into a review batch, found by organ and year', async () => {
    await page.goto(`${s.url}/review/${batchId}`);
    await page.waitForSelector('#add-form');
    await page.fill('#add-organ', '某某镇');
    await page.fill('#add-year', '2024');
    await page.click('#add-search');
    await page.waitForSelector('#add-results tr[data-id] button.add');
    assert.equal(await page.$$eval('#add-results tr[data-id]', (r) => r.length), 1, 'each report once: the version counted');
    const id = await page.getAttribute('#add-results tr[data-id]', 'data-id');
    await page.click('#add-results button.add');
    await page.waitForSelector(`#batch-reports tr[data-id="${id}"]`);
    await page.fill('#add-organ', '某某镇');
    await page.click('#add-search');
    await page.waitForSelector('#add-results button.add[disabled]');
    await shot('batch-add-from-corpus');
  });

  it('names the rules of the most frequent findings, the id on hover and in the data', async () => {
    await page.goto(`${s.url}/dashboard`);
    await page.waitForFunction(() => document.querySelectorAll('.chart[data-drawn] canvas').length === 5, undefined, { timeout: 30_000 });
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#chart-findings + p button.csv')]);
    const file = join(artifacts, 'chart-findings.csv');
    await csv.saveAs(file);
    const lines = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter(Boolean);
    assert.match(lines[0]!, /规则编号/);
    assert.ok(lines.slice(1).some((l) => /^"?[\u4e00-\u9fff]/.test(l)), `a rule by its Chinese name: ${lines[1]}`);
    await page.$eval('#chart-findings', (c) => c.scrollIntoView({ block: 'center' }));
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(artifacts, 'dashboard-findings.png'), fullPage: false });
  });

  it('switches to English and back', async () => {
    await page.goto(`${s.url}/corpus`);
    await page.click('#lang');
    await page.waitForFunction(() => document.querySelector('nav a.active')?.textContent === 'Corpus');
    await shot('corpus-en');
    await page.click('#lang');
    await page.waitForFunction(() => document.querySelector('nav a.active')?.textContent === '报告库');
    assert.deepEqual(errors, []);
  });
});
