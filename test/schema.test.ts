/** The published JSON Schema is the one the format data gives, and every output validates. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { buildSchema } from '../src/model/schema.js';
import { existsSync } from 'node:fs';
import { delimiter } from 'node:path';
import { parse, parseAsync } from '../src/index.js';
import { hasTesseract } from '../src/read/image.js';
import { pairs, root, real } from './helpers.js';

const hasSoffice = (process.env.PATH ?? '').split(delimiter).some((d) => d && existsSync(join(d, 'soffice')));
const ajv2020Errors = (errors: unknown) => JSON.stringify(errors).slice(0, 500);
const committed = JSON.parse(readFileSync(join(root, 'schema/report.schema.json'), 'utf8'));

describe('schema/report.schema.json', () => {
  it('is up to date with the format data (npm run schema)', () => {
    assert.deepEqual(committed, buildSchema());
  });
  it('validates the model of every seed and fixture, and of failed reads', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    const validate = ajv.compile(committed);
    const files = [
      ...pairs(join(real, 'seeds'), join(real, 'seeds-truth')),
      ...pairs(join(root, 'fixtures/text'), join(root, 'fixtures/text-truth')),
      ...pairs(join(root, 'fixtures/extracted/pdftotext'), join(root, 'fixtures/extracted/truth')),
    ].map((p) => p.raw);
    assert.ok(files.length > 10);
    for (const f of files) {
      // Through JSON, as the CLI prints it.
      const model = JSON.parse(JSON.stringify(parse(readFileSync(f), { name: f })));
      assert.ok(validate(model), `${f}: ${ajv.errorsText(validate.errors)}`);
    }
    for (const bad of ['', '%PDF-1.4', 'not a report at all']) {
      const model = JSON.parse(JSON.stringify(parse(Buffer.from(bad))));
      assert.ok(validate(model), ajv.errorsText(validate.errors));
    }
  });
  it('validates a report of every form: HTML, Word, PDF, Word 97, an OCR\'d scan', async (t) => {
    const validate = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(committed);
    const forms = join(root, 'fixtures/forms');
    const cases: Array<[string, string, string | false]> = [
      ['html', join(forms, 'html/000_f42b2add2afd0cc6.html'), false],
      ['docx', join(forms, 'docx/000_f42b2add2afd0cc6.docx'), false],
      ['pdf', join(forms, 'pdf/000_f42b2add2afd0cc6.pdf'), false],
      // A row broken across pages: origins that go on on the next page.
      ['pdf', join(root, 'fixtures/real-forms/pdf-libreoffice/fgjx-2024-jiangsu-huaian.pdf'), false],
      ['doc', join(forms, 'doc/000_f42b2add2afd0cc6.doc'), hasSoffice ? false : 'LibreOffice (soffice) is not installed: no Word 97 report to validate'],
      ['image', join(forms, 'scan/001_015773bddcd054c9-2.png'), (await hasTesseract()) ? false : 'tesseract-ocr with chi_sim is not installed: no OCR report to validate'],
    ];
    for (const [form, file, skip] of cases) {
      await t.test(form, { skip }, async () => {
        const model = JSON.parse(JSON.stringify(await parseAsync(readFileSync(file), { name: file })));
        assert.equal(model.source.form, form);
        assert.ok(validate(model), `${file}: ${ajv2020Errors(validate.errors)}`);
        if (file.includes('fgjx')) assert.ok(JSON.stringify(model).includes('"continued":'), 'origins across pages');
        if (form === 'image') assert.ok(JSON.stringify(model).includes('"confidence":'), 'OCR origins carry a confidence');
      });
    }
  });
  it('rejects a model with an unknown cell id', () => {
    const validate = new Ajv2020({ strict: true, allowUnionTypes: true }).compile(committed);
    const model = JSON.parse(JSON.stringify(parse(readFileSync(join(root, 'fixtures/text/2022-county-tsv-blank-cells.txt')))));
    model.table3.newReceived.robots = model.table3.newReceived.total;
    assert.equal(validate(model), false);
  });
});
