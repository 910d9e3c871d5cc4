/** The published JSON Schema is the one the format data gives, and every output validates. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { buildSchema } from '../src/model/schema.js';
import { parse } from '../src/index.js';
import { pairs, root, real } from './helpers.js';

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
  it('rejects a model with an unknown cell id', () => {
    const validate = new Ajv2020({ strict: true, allowUnionTypes: true }).compile(committed);
    const model = JSON.parse(JSON.stringify(parse(readFileSync(join(root, 'fixtures/text/2022-county-tsv-blank-cells.txt')))));
    model.table3.newReceived.robots = model.table3.newReceived.total;
    assert.equal(validate(model), false);
  });
});
