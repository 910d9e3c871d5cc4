/**
 * Every form a report is published in reads to the same numbers: the seeds and fixtures made
 * into HTML, GBK HTML, DOCX and PDF by LibreOffice (scripts/make-fixtures.mjs), and the real
 * published files of the development corpus.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseAsync } from '../src/index.js';
import { pairs, root, real, wrongCells } from './helpers.js';

const truth = join(root, 'fixtures/extracted/truth');

for (const form of ['html', 'html-gbk', 'docx', 'pdf']) {
  describe(`fixtures as ${form}`, () => {
    const list = pairs(join(root, 'fixtures/forms', form), truth);
    it('has files', () => assert.ok(list.length >= 18));
    for (const p of list) {
      it(`${p.name}: every cell right`, async () => {
        const report = await parseAsync(readFileSync(p.raw), { name: p.name });
        assert.equal(report.source.form, form === 'html-gbk' ? 'html' : form);
        assert.deepEqual(wrongCells(report, p.truth), []);
        assert.equal(report.year, p.truth.year);
      });
    }
  });
}

describe('the development corpus, every form (real published PDFs, a crawler page, text)', () => {
  const list = pairs(join(real, 'corpus/raw'), join(real, 'corpus/truth'));
  it('has the PDF and HTML reports', () => assert.ok(list.some((p) => p.raw.endsWith('.pdf')) && list.some((p) => p.raw.endsWith('.html'))));
  for (const p of list) {
    it(`${p.name}: every cell right`, async () => {
      const report = await parseAsync(readFileSync(p.raw), { name: p.name });
      assert.deepEqual(wrongCells(report, p.truth), []);
      assert.equal(report.format, p.truth.format);
    });
  }
});

describe('positions map back to the original form', () => {
  it('a PDF cell knows its page and box; an HTML cell its element', async () => {
    const pdf = await parseAsync(readFileSync(join(root, 'fixtures/forms/pdf/003_0ec7f487509b9c4f.pdf')));
    const o = pdf.table3!.newReceived.total.position.origin;
    assert.equal(o?.form, 'pdf');
    assert.ok(o && o.form === 'pdf' && o.page >= 1 && o.box.length === 4);
    const html = await parseAsync(readFileSync(join(root, 'fixtures/forms/html/003_0ec7f487509b9c4f.html')));
    const h = html.table3!.newReceived.total.position.origin;
    assert.ok(h && h.form === 'html' && /td/.test(h.path));
  });
});
