/**
 * The HTTP API of `nianbao serve` on a real server and a real SQLite store (one test on
 * PostgreSQL): every endpoint, bad uploads (empty, over the size limit, not a report, a zip
 * bomb), the token, and every JSON answer validated against the OpenAPI document it serves.
 */
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { zipSync } from 'fflate';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ExcelJS from 'exceljs';
import { reportText, requestCells } from '../src/check/testing.js';
import { postgresSkip, postgresTarget, sqliteTarget } from '../src/store/testing.js';
import { real } from './helpers.js';
import { formOf, seedFiles, startServer, type TestServer } from './server-helpers.js';

/** Answers to check against the OpenAPI document: [method, path template, status, body]. */
const seen: Array<[string, string, number, unknown]> = [];

async function call(s: TestServer, method: string, path: string, template: string, init: { body?: FormData | string; token?: string; json?: unknown } = {}): Promise<{ status: number; body: any; headers: Headers; bytes: Buffer }> {
  const headers: Record<string, string> = {};
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  let body = init.body;
  if (init.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(init.json);
  }
  const res = await fetch(s.url + path, { method, headers, ...(body !== undefined ? { body } : {}) });
  const bytes = Buffer.from(await res.arrayBuffer());
  const json = /^application\/json(;|$)/.test(res.headers.get('content-type') ?? '') && bytes.length ? JSON.parse(bytes.toString('utf8')) : undefined;
  if (json !== undefined) seen.push([method.toLowerCase(), template, res.status, json]);
  return { status: res.status, body: json, headers: res.headers, bytes };
}

describe('HTTP API on SQLite', () => {
  const target = sqliteTarget();
  let s: TestServer;
  let seedIds: number[] = [];
  before(async () => {
    s = await startServer(target.url, { maxFileBytes: 8 * 1024 * 1024, maxFiles: 20 });
  });
  after(async () => {
    await s.close();
    await target.drop();
  });

  it('stores a dropped folder of the seeds once, and again is nothing doubled', async () => {
    const r = await call(s, 'POST', '/api/reports', '/api/reports', { body: formOf(seedFiles()) });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.equal(r.body.stored, 5);
    assert.deepEqual(r.body.reports.map((x: any) => x.name), seedFiles().map((f) => f.name));
    assert.ok(r.body.reports.every((x: any) => x.status === 'ok' && x.stored && Number.isInteger(x.id)));
    seedIds = r.body.reports.map((x: any) => x.id);
    const again = await call(s, 'POST', '/api/reports', '/api/reports', { body: formOf(seedFiles()) });
    assert.equal(again.status, 201);
    assert.equal(again.body.stored, 0);
    assert.deepEqual(again.body.reports.map((x: any) => x.id), seedIds);
    assert.ok(again.body.reports.every((x: any) => !x.stored));
    const list = await call(s, 'GET', '/api/reports', '/api/reports');
    assert.equal(list.body.total, 5);
  });

  it('stores a corpus PDF and a report sent as text', async () => {
    const pdf = readFileSync(join(real, 'corpus/raw/2024-jiangsu-huaian.pdf'));
    const r = await call(s, 'POST', '/api/reports', '/api/reports', { body: formOf([{ name: '2024-jiangsu-huaian.pdf', bytes: pdf }]) });
    assert.equal(r.status, 201);
    assert.equal(r.body.reports[0].status, 'ok');
    assert.equal(r.body.reports[0].year, 2024);
    const form = new FormData();
    form.append('text', reportText({ organ: '=HYPERLINK("http://x")县人民政府', year: 2023, cells: requestCells(4, 1) }));
    form.append('name', 'formula.txt');
    const t = await call(s, 'POST', '/api/reports', '/api/reports', { body: form });
    assert.equal(t.status, 201);
    assert.equal(t.body.reports[0].name, 'formula.txt');
    assert.match(t.body.reports[0].organ, /^=HYPERLINK/);
  });

  it('answers bad uploads with a coded error or a failed report, and keeps serving', async () => {
    const empty = await call(s, 'POST', '/api/reports', '/api/reports', { body: formOf([{ name: 'empty.txt', bytes: new Uint8Array(0) }]) });
    assert.equal(empty.status, 400);
    assert.equal(empty.body.error.code, 'upload.empty');
    assert.match(empty.body.error.message.zh, /没有上传文件/);
    const none = await call(s, 'POST', '/api/reports', '/api/reports', { body: 'x' });
    assert.equal(none.status, 400);
    assert.equal(none.body.error.code, 'upload.not-multipart');

    const notReport = await call(s, 'POST', '/api/reports', '/api/reports', { body: formOf([{ name: 'recipe.txt', bytes: Buffer.from('红烧肉的做法：五花肉切块，焯水，炒糖色。\n'.repeat(50)) }]) });
    assert.equal(notReport.status, 201);
    assert.equal(notReport.body.reports[0].status, 'failed');
    assert.ok(notReport.body.reports[0].error.zh);

    // A zip of 64 MB of zeros: refused by the archive limits, stored as failed with why.
    const bomb = zipSync({ 'a.txt': new Uint8Array(64 << 20) }, { level: 9 });
    const zb = await call(s, 'POST', '/api/reports', '/api/reports', { body: formOf([{ name: 'bomb.zip', bytes: bomb }]) });
    assert.equal(zb.status, 201);
    assert.equal(zb.body.reports[0].status, 'failed');
    assert.match(zb.body.reports[0].error.zh, /压缩|解压|zip|比/i);

    // A zip of two seeds: each entry is a report.
    const zip = zipSync({ 'a/001.txt': seedFiles()[1]!.bytes, 'b.txt': Buffer.from(reportText({ organ: '某某镇人民政府', year: 2022 })) });
    const z = await call(s, 'POST', '/api/reports', '/api/reports', { body: formOf([{ name: 'two.zip', bytes: zip }]) });
    assert.deepEqual(z.body.reports.map((x: any) => x.name), ['two.zip!/a/001.txt', 'two.zip!/b.txt']);
    assert.equal(z.body.reports[0].id, seedIds[1]);

    const many = await call(s, 'POST', '/api/reports', '/api/reports', { body: formOf(Array.from({ length: 21 }, (_, i) => ({ name: `${i}.txt`, bytes: Buffer.from(String(i)) }))) });
    assert.equal(many.status, 413);
    assert.equal(many.body.error.code, 'upload.too-many');
  });

  it('refuses 200 MB sent as a stream (never held, never written) with 413', async () => {
    const u = new URL(s.url);
    const boundary = 'nianbao-test-boundary';
    const head = Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="big.pdf"\r\ncontent-type: application/pdf\r\n\r\n`);
    const status = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request({ host: u.hostname, port: u.port, path: '/api/reports', method: 'POST', headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode!, body }));
      });
      req.on('error', reject);
      const chunk = Buffer.alloc(1 << 20, 0x41);
      let sent = 0;
      req.write(head);
      const pump = () => {
        while (sent < 200) {
          sent++;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        req.end(`\r\n--${boundary}--\r\n`);
      };
      req.on('response', () => { sent = 200; });
      pump();
    });
    assert.equal(status.status, 413);
    assert.equal(JSON.parse(status.body).error.code, 'upload.too-large');
    const list = await call(s, 'GET', '/api/reports?status=failed', '/api/reports');
    assert.ok(!list.body.reports.some((r: any) => r.fileName === 'big.pdf'));
  });

  it('lists with the CLI filters, paged and sorted by the database', async () => {
    const all = await call(s, 'GET', '/api/reports?size=3&page=1&sort=year&desc=true', '/api/reports');
    assert.equal(all.status, 200);
    assert.equal(all.body.reports.length, 3);
    assert.ok(all.body.total >= 9);
    const years = all.body.reports.map((r: any) => r.year);
    assert.deepEqual(years, [...years].sort((a: number, b: number) => b - a));
    const p2 = await call(s, 'GET', '/api/reports?size=3&page=2&sort=year&desc=true', '/api/reports');
    assert.ok(!p2.body.reports.some((r: any) => all.body.reports.some((x: any) => x.id === r.id)));
    const y2024 = await call(s, 'GET', '/api/reports?year=2024', '/api/reports');
    assert.ok(y2024.body.reports.length >= 1 && y2024.body.reports.every((r: any) => r.year === 2024));
    const organ = await call(s, 'GET', `/api/reports?organ=${encodeURIComponent('内坑镇')}`, '/api/reports');
    assert.ok(organ.body.reports.every((r: any) => /内坑镇/.test(r.organ)));
    const rule = await call(s, 'GET', '/api/reports?rule=table3-balance', '/api/reports');
    assert.ok(rule.body.total >= 1);
    const bad = await call(s, 'GET', '/api/reports?year=20x3', '/api/reports');
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.code, 'usage.request');
    const badSort = await call(s, 'GET', '/api/reports?sort=password', '/api/reports');
    assert.equal(badSort.status, 400);
  });

  it('shows one report with its cells, official tables and findings; its source and its text lines', async () => {
    const id = seedIds[3]!;
    const d = await call(s, 'GET', `/api/reports/${id}`, '/api/reports/{id}');
    assert.equal(d.status, 200);
    assert.equal(d.body.row.id, id);
    assert.deepEqual(d.body.tables.map((t: any) => t.table), ['table2', 'table3', 'table4']);
    const cell = d.body.cells['table3.total.commercial'];
    assert.ok(cell && cell.position.line > 0);
    assert.ok(d.body.diagnostics.some((x: any) => x.path?.startsWith('table3.') && x.path.endsWith('.commercial')));
    const src = await call(s, 'GET', `/api/reports/${id}/source`, '/api/reports/{id}/source');
    assert.equal(src.status, 200);
    assert.deepEqual(src.bytes, seedFiles()[3]!.bytes);
    assert.match(src.headers.get('content-disposition')!, /attachment/);
    const text = await call(s, 'GET', `/api/reports/${id}/text`, '/api/reports/{id}/text');
    assert.equal(text.status, 200);
    assert.match(text.body.lines[cell.position.line - 1], new RegExp(cell.raw));
    const pdf = (await call(s, 'GET', '/api/reports?year=2024', '/api/reports')).body.reports.find((r: any) => r.fileName.endsWith('.pdf'));
    const notText = await call(s, 'GET', `/api/reports/${pdf.id}/text`, '/api/reports/{id}/text');
    assert.equal(notText.status, 400);
    assert.equal(notText.body.error.code, 'source.not-text');
    const pd = await call(s, 'GET', `/api/reports/${pdf.id}`, '/api/reports/{id}');
    assert.equal(pd.body.cells['table3.total.total'].position.origin.form, 'pdf');
    for (const p of ['/api/reports/9999', '/api/reports/9999/source']) {
      const nf = await call(s, 'GET', p, p.replace('9999', '{id}'));
      assert.equal(nf.status, 404);
      assert.equal(nf.body.error.code, 'corpus.no-report');
    }
    const notId = await call(s, 'GET', '/api/reports/abc', '/api/reports/{id}');
    assert.equal(notId.status, 400);
    const noPath = await call(s, 'GET', '/api/../../etc/passwd', '');
    assert.equal(noPath.status, 404);
  });

  it('sums, ranks, compares and exports (formula cells neutralised)', async () => {
    const st = await call(s, 'GET', '/api/stats?by=year&rank=grantedShare', '/api/stats');
    assert.equal(st.status, 200);
    assert.ok(st.body.groups.length >= 2);
    const badMetric = await call(s, 'GET', '/api/stats?rank=nonsense', '/api/stats');
    assert.equal(badMetric.status, 400);
    assert.equal(badMetric.body.error.code, 'usage.metric');
    const cmp = await call(s, 'GET', `/api/compare?organ=${encodeURIComponent('洪泽')}&years=2023,2024`, '/api/compare');
    assert.equal(cmp.status, 404, JSON.stringify(cmp.body));
    const cmp2 = await call(s, 'GET', `/api/compare?organ=${encodeURIComponent('内坑镇')}&years=2020`, '/api/compare');
    assert.equal(cmp2.status, 200, JSON.stringify(cmp2.body));
    assert.deepEqual(cmp2.body.years, [2020]);
    const csv = await call(s, 'GET', '/api/export?to=csv&year=2023', '/api/export');
    assert.equal(csv.status, 200);
    const text = csv.bytes.toString('utf8');
    assert.ok(text.includes(`'=HYPERLINK`), 'the formula is neutralised');
    assert.ok(!/(^|,)"?=HYPERLINK/m.test(text));
    const jsonl = await call(s, 'GET', '/api/export?to=jsonl', '/api/export');
    assert.ok(jsonl.bytes.toString('utf8').trim().split('\n').length >= 9);
    const xlsx = await call(s, 'GET', '/api/export?to=xlsx&year=2023', '/api/export');
    assert.equal(xlsx.bytes.subarray(0, 2).toString('latin1'), 'PK');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    let formulas = 0;
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => { if (c.type === ExcelJS.ValueType.Formula) formulas++; })));
    assert.equal(formulas, 0);
    const badTo = await call(s, 'GET', '/api/export?to=exe', '/api/export');
    assert.equal(badTo.status, 400);
    const meta = await call(s, 'GET', '/api/meta', '/api/meta');
    assert.ok(meta.body.rules.length > 10 && meta.body.years.includes(2024));
  });

  it('review: a batch, a status, a finding confirmed and dismissed, a cell corrected, the 审核意见', async () => {
    const b = await call(s, 'POST', '/api/batches', '/api/batches', { json: { name: '2020 年度 各乡镇年报审核', by: '张三', reports: seedIds.slice(0, 4) } });
    assert.equal(b.status, 201);
    const batch = b.body.id;
    await call(s, 'POST', `/api/batches/${batch}/reports`, '/api/batches/{id}/reports', { json: { reports: [seedIds[4]] } });
    const shown = await call(s, 'GET', `/api/batches/${batch}`, '/api/batches/{id}');
    assert.equal(shown.body.reports.length, 5);
    assert.ok(shown.body.reports.every((r: any) => r.review.status === 'pending'));
    const id = seedIds[3]!;
    const d = (await call(s, 'GET', `/api/reports/${id}`, '/api/reports/{id}')).body;
    const finding = d.diagnostics.find((x: any) => x.severity === 'error' || x.severity === 'warning');
    const key = `${finding.ruleId}|${finding.path ?? ''}|${finding.messageId}`;
    const dis = await call(s, 'PUT', `/api/reports/${id}/findings`, '/api/reports/{id}/findings', { json: { key, decision: 'dismissed', comment: '经核实，原件如此', by: '张三' } });
    assert.equal(dis.status, 204);
    const bogus = await call(s, 'PUT', `/api/reports/${id}/findings`, '/api/reports/{id}/findings', { json: { key: 'x|y|z', decision: 'dismissed' } });
    assert.equal(bogus.status, 404);
    const before = d.cells['table3.total.commercial'];
    const fix = await call(s, 'PUT', `/api/reports/${id}/cells`, '/api/reports/{id}/cells', { json: { cell: 'table3.total.commercial', value: 1, why: '原件为 1，读错', by: '张三' } });
    assert.equal(fix.status, 200, JSON.stringify(fix.body));
    assert.equal(fix.body.printedRaw, before.raw);
    // The correction is a new version of the report; the batch now holds it.
    const fixedId = fix.body.reportId;
    assert.notEqual(fixedId, id);
    const after = (await call(s, 'GET', `/api/reports/${fixedId}`, '/api/reports/{id}')).body;
    assert.equal(after.cells['table3.total.commercial'].value, 1);
    assert.equal(after.review.corrections[0].printedRaw, before.raw);
    assert.equal(after.review.decisions[0].decision, 'dismissed');
    const noCell = await call(s, 'PUT', `/api/reports/${id}/cells`, '/api/reports/{id}/cells', { json: { cell: 'table9.x', value: 1, why: 'x' } });
    assert.equal(noCell.status, 404);
    const changes = await call(s, 'GET', `/api/reports/${fixedId}/changes`, '/api/reports/{id}/changes');
    assert.deepEqual(changes.body.cells.map((c: any) => c.cell), ['table3.total.commercial']);
    await call(s, 'GET', `/api/reports/${fixedId}/versions`, '/api/reports/{id}/versions');
    const ret = await call(s, 'PUT', `/api/batches/${batch}/reports/${fixedId}`, '/api/batches/{id}/reports/{report}', { json: { status: 'returned', comment: '请修改后重报' } });
    assert.equal(ret.status, 204);
    const badStatus = await call(s, 'PUT', `/api/batches/${batch}/reports/${id}`, '/api/batches/{id}/reports/{report}', { json: { status: 'lost' } });
    assert.equal(badStatus.status, 400);
    const list = await call(s, 'GET', '/api/batches', '/api/batches');
    assert.deepEqual(list.body[0].counts, { pending: 4, returned: 1, approved: 0 });
    const html = await call(s, 'GET', `/api/batches/${batch}/opinion`, '/api/batches/{id}/opinion');
    const page = html.bytes.toString('utf8');
    assert.match(page, /审核意见/);
    assert.match(page, /晋江市人民政府/);
    assert.match(page, /已退回/);
    assert.ok(!page.includes(finding.message.zh.replace(/&/g, '&amp;').replace(/</g, '&lt;')) || finding.severity === 'info', 'the dismissed finding is left out');
    assert.match(page, /原件为 1，读错/);
    // Each item by its finding's name, then its message, with its place (page and cell, or line).
    assert.match(page, /<td>第 \d+ 行[^<]*<\/td><td><b>[^<]+<\/b>：/);
    const docx = await call(s, 'GET', `/api/batches/${batch}/opinion?to=docx`, '/api/batches/{id}/opinion');
    assert.equal(docx.bytes.subarray(0, 2).toString('latin1'), 'PK');
    assert.match(docx.headers.get('content-disposition')!, /filename\*=UTF-8''/);
    const nb = await call(s, 'GET', '/api/batches/999', '/api/batches/{id}');
    assert.equal(nb.status, 404);
  });

  it('a dismissal is remembered when the same organ reports again', async () => {
    // Seed 002, then the same report again as the organ sends it corrected in other places.
    const seed = seedFiles()[2]!.bytes.toString('utf8');
    const first = await call(s, 'POST', '/api/reports', '/api/reports', { body: formOf([{ name: 'x2022.txt', bytes: Buffer.from(seed.replace(/政府/, '政府 ')) }]) });
    const id = first.body.reports[0].id;
    const d = (await call(s, 'GET', `/api/reports/${id}`, '/api/reports/{id}')).body;
    const f = d.diagnostics.find((x: any) => x.severity !== 'info');
    assert.ok(f, 'the report has a finding');
    const key = `${f.ruleId}|${f.path ?? ''}|${f.messageId}`;
    await call(s, 'PUT', `/api/reports/${id}/findings`, '/api/reports/{id}/findings', { json: { key, decision: 'dismissed', comment: '已核实' } });
    const again = await call(s, 'POST', '/api/reports', '/api/reports', { body: formOf([{ name: 'x2022-v2.txt', bytes: Buffer.from(seed + '\n\n') }]) });
    assert.equal(again.status, 201, JSON.stringify(again.body));
    const id2 = again.body.reports[0].id;
    assert.notEqual(id2, id);
    const d2 = (await call(s, 'GET', `/api/reports/${id2}`, '/api/reports/{id}')).body;
    const carried = d2.review.decisions.find((x: any) => x.key === key);
    assert.equal(carried?.decision, 'dismissed');
    assert.equal(carried?.carriedFrom, id);
    assert.equal(carried?.comment, '已核实');
  });

  it('every JSON answer matches the OpenAPI 3.1 document', async () => {
    const doc = (await call(s, 'GET', '/api/openapi.json', '')).body;
    assert.equal(doc.openapi, '3.1.0');
    for (const p of ['/api/reports', '/api/reports/{id}', '/api/reports/{id}/source', '/api/stats', '/api/compare', '/api/export', '/api/batches', '/api/batches/{id}/opinion']) assert.ok(doc.paths[p], p);
    assert.ok(doc.paths['/api/reports'].post.requestBody.content['multipart/form-data']);
    const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
    ajv.addSchema(doc, 'openapi');
    const esc = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');
    let checked = 0;
    for (const [method, path, status, body] of seen) {
      if (!path) continue;
      const responses = doc.paths[path]?.[method]?.responses;
      assert.ok(responses, `${method} ${path} is in the document`);
      const r = responses[String(status)];
      assert.ok(r, `${method} ${path} ${status} is in the document`);
      const type = Object.keys(r.content ?? {}).find((t) => /json/.test(t));
      if (!type) continue;
      const validate = ajv.getSchema(`openapi#/paths/${esc(path)}/${method}/responses/${status}/content/${esc(type)}/schema`)!;
      assert.ok(validate(body), `${method} ${path} ${status}: ${ajv.errorsText(validate.errors)}`);
      checked++;
    }
    assert.ok(checked > 40, `${checked} answers checked`);
  });
});

describe('the token', () => {
  const target = sqliteTarget();
  let s: TestServer;
  before(async () => {
    s = await startServer(target.url, { token: 'sesame-0123456789' });
  });
  after(async () => {
    await s.close();
    await target.drop();
  });

  it('writes need it; reads do not', async () => {
    const form = () => formOf([seedFiles()[0]!]);
    const none = await call(s, 'POST', '/api/reports', '/api/reports', { body: form() });
    assert.equal(none.status, 401);
    assert.equal(none.body.error.code, 'auth.token');
    const wrong = await call(s, 'POST', '/api/reports', '/api/reports', { body: form(), token: 'sesame-0123456788' });
    assert.equal(wrong.status, 401);
    const batch = await call(s, 'POST', '/api/batches', '/api/batches', { json: { name: 'x' } });
    assert.equal(batch.status, 401);
    const ok = await call(s, 'POST', '/api/reports', '/api/reports', { body: form(), token: 'sesame-0123456789' });
    assert.equal(ok.status, 201);
    const read = await call(s, 'GET', '/api/reports', '/api/reports');
    assert.equal(read.status, 200);
    assert.equal(read.body.total, 1);
  });
});

describe('HTTP API on PostgreSQL', { skip: postgresSkip }, () => {
  const target = postgresTarget();
  let s: TestServer;
  before(async () => {
    s = await startServer(target.url);
  });
  after(async () => {
    await s.close();
    await target.drop();
  });

  it('stores the seeds, lists, shows and reviews them', async () => {
    const r = await call(s, 'POST', '/api/reports', '/api/reports', { body: formOf(seedFiles()) });
    assert.equal(r.status, 201);
    assert.equal(r.body.stored, 5);
    const list = await call(s, 'GET', '/api/reports?sort=year&size=2', '/api/reports');
    assert.equal(list.body.total, 5);
    assert.equal(list.body.reports.length, 2);
    const id = r.body.reports[3].id;
    const d = await call(s, 'GET', `/api/reports/${id}`, '/api/reports/{id}');
    assert.equal(d.body.tables.length, 3);
    const b = await call(s, 'POST', '/api/batches', '/api/batches', { json: { name: '审核', reports: [id] } });
    const fix = await call(s, 'PUT', `/api/reports/${id}/cells`, '/api/reports/{id}/cells', { json: { cell: 'table3.total.commercial', value: 1, why: '读错' } });
    assert.equal(fix.status, 200);
    const ret = await call(s, 'PUT', `/api/batches/${b.body.id}/reports/${fix.body.reportId}`, '/api/batches/{id}/reports/{report}', { json: { status: 'approved' } });
    assert.equal(ret.status, 204);
    const st = await call(s, 'GET', '/api/stats?by=year', '/api/stats');
    assert.equal(st.status, 200);
  });
});
