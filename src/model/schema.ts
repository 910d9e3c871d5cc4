import { formatIds, formats, sections, table3Columns, table4Columns } from './formats/index.js';

type Json = Record<string, unknown>;

const cellRef = { $ref: '#/$defs/cell' };

function rowOf(columnIds: Iterable<string>): Json {
  const properties: Json = {};
  for (const c of columnIds) properties[c] = cellRef;
  return { type: 'object', properties, additionalProperties: false };
}

/**
 * JSON Schema (2020-12) of the report model, built from the format data so that it names
 * every cell id of both formats and nothing else.
 */
export function buildSchema(): Json {
  // 表二: a row id's columns differ between the formats; the schema allows either's.
  const t2: Record<string, Set<string>> = {};
  for (const f of formatIds) {
    for (const r of formats[f].table2.rows) for (const c of r.columns) (t2[r.id] ??= new Set()).add(c.id);
  }
  const table2: Json = { type: ['object', 'null'], properties: Object.fromEntries(Object.entries(t2).map(([k, v]) => [k, rowOf(v)])), additionalProperties: false };

  // 表三: dotted row ids nest; （六）其他处理 is a row (2019) or holds three sub-rows (2021).
  const row3 = rowOf(table3Columns.map((c) => c.id));
  const nested: Record<string, Record<string, Json>> = {};
  const flat: Record<string, Json> = {};
  for (const f of formatIds) {
    for (const r of formats[f].table3.rows) {
      const [head, sub] = r.id.split('.') as [string, string | undefined];
      if (sub) (nested[head] ??= {})[sub] = row3;
      else flat[head] = row3;
    }
  }
  const t3props: Json = {};
  for (const [k, v] of Object.entries(flat)) t3props[k] = v;
  for (const [k, subs] of Object.entries(nested)) {
    const group = { type: 'object', properties: subs, additionalProperties: false };
    t3props[k] = k in flat ? { anyOf: [flat[k], group] } : group;
  }
  const table3: Json = { type: ['object', 'null'], properties: t3props, additionalProperties: false };

  const table4: Json = {
    type: ['object', 'null'],
    properties: Object.fromEntries(formats['2021'].table4.rows.map((r) => [r.id, rowOf(table4Columns.map((c) => c.id))])),
    additionalProperties: false,
  };

  const position = {
    type: 'object',
    required: ['line', 'column', 'offset', 'byteOffset'],
    properties: {
      line: { type: 'integer', minimum: 1 },
      column: { type: 'integer', minimum: 1 },
      offset: { type: 'integer', minimum: 0 },
      byteOffset: { type: 'integer', minimum: 0 },
      origin: {
        type: 'object',
        required: ['form'],
        properties: {
          form: { enum: ['html', 'docx', 'pdf', 'image', 'text'] },
          line: { type: 'integer', minimum: 1 },
          path: { type: 'string' },
          byteOffset: { type: 'integer', minimum: 0 },
          paragraph: { type: 'integer', minimum: 0 },
          table: { type: 'integer', minimum: 0 },
          row: { type: 'integer', minimum: 0 },
          cell: { type: 'integer', minimum: 0 },
          page: { type: 'integer', minimum: 1 },
          box: { type: 'array', items: { type: 'number' }, minItems: 4, maxItems: 4 },
          // OCR confidence on tesseract's scale, 0–100 (the lowest of the words in the field).
          confidence: { type: 'number', minimum: 0, maximum: 100, description: 'OCR confidence, 0–100 (tesseract\'s scale): the lowest of the words in the field; below 80 is worth a look.' },
          continued: {
            type: 'object',
            required: ['page', 'box'],
            properties: {
              page: { type: 'integer', minimum: 1 },
              box: { type: 'array', items: { type: 'number' }, minItems: 4, maxItems: 4 },
            },
            additionalProperties: false,
            description: 'PDF: the cell goes on at the top of the next page, in the same column (a table row broken across pages), and was read as one: where that part stands.',
          },
        },
        additionalProperties: false,
      },
    },
    additionalProperties: false,
  };
  const format = { enum: [...formatIds, null] };
  const isoDate = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };

  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://nianbao.invalid/schema/report.schema.json',
    title: '政府信息公开工作年度报告 · nianbao report model',
    description: 'One report as printed: metadata, sections and the three tables, every cell with its source position. Cell ids: shared/spec/cell-ids.md.',
    type: 'object',
    required: ['parser', 'source', 'status', 'title', 'organ', 'year', 'format', 'tableFormats', 'signedDate', 'period', 'sections', 'table2', 'table3', 'table4', 'labels', 'blockHeadings', 'diagnostics'],
    additionalProperties: false,
    properties: {
      parser: { type: 'string' },
      source: {
        type: 'object',
        required: ['form', 'encoding', 'bom', 'bytes', 'sha256'],
        properties: {
          name: { type: 'string' },
          form: { type: 'string' },
          encoding: { type: 'string' },
          bom: { type: 'boolean' },
          bytes: { type: 'integer', minimum: 0 },
          sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
        },
        additionalProperties: false,
      },
      status: { enum: ['ok', 'incomplete', 'failed'] },
      title: { type: ['string', 'null'] },
      organ: { type: ['string', 'null'] },
      year: { type: ['integer', 'null'] },
      format,
      tableFormats: {
        type: 'object', required: ['table2', 'table3', 'table4'],
        properties: { table2: format, table3: format, table4: format }, additionalProperties: false,
      },
      signedDate: { anyOf: [isoDate, { type: 'null' }] },
      period: {
        anyOf: [{ type: 'null' }, { type: 'object', required: ['from', 'to'], properties: { from: isoDate, to: isoDate }, additionalProperties: false }],
      },
      sections: {
        type: 'array',
        items: {
          type: 'object',
          required: ['id', 'number', 'title', 'start', 'end'],
          properties: {
            id: { enum: sections.map((s) => s.id) },
            number: { type: 'integer', minimum: 1, maximum: 6 },
            title: { type: 'string' },
            start: { $ref: '#/$defs/position' },
            end: { $ref: '#/$defs/position' },
          },
          additionalProperties: false,
        },
      },
      table2,
      table3,
      table4,
      labels: {
        type: 'object',
        propertyNames: { pattern: '^table[23]\\.[A-Za-z.]+$' },
        additionalProperties: {
          type: 'object', required: ['text', 'position'],
          properties: { text: { type: 'string' }, position: { $ref: '#/$defs/position' } }, additionalProperties: false,
        },
      },
      blockHeadings: {
        type: 'array',
        items: {
          type: 'object', required: ['text', 'position'],
          properties: { text: { type: 'string' }, position: { $ref: '#/$defs/position' } }, additionalProperties: false,
        },
      },
      diagnostics: { type: 'array', items: { $ref: '#/$defs/diagnostic' } },
    },
    $defs: {
      position,
      cell: {
        type: 'object',
        required: ['value', 'kind', 'raw', 'position'],
        properties: {
          value: { type: ['number', 'null'] },
          kind: { enum: ['number', 'blank', 'dash', 'none', 'text'] },
          raw: { type: 'string' },
          unit: { type: 'string' },
          missing: { type: 'boolean' },
          position: { $ref: '#/$defs/position' },
        },
        additionalProperties: false,
      },
      diagnostic: {
        type: 'object',
        required: ['ruleId', 'severity', 'messageId', 'data', 'message', 'position'],
        properties: {
          ruleId: { type: 'string' },
          severity: { enum: ['error', 'warning', 'info'] },
          messageId: { type: 'string' },
          data: { type: 'object', additionalProperties: { type: ['string', 'number'] } },
          message: {
            type: 'object', required: ['zh', 'en'],
            properties: { zh: { type: 'string' }, en: { type: 'string' } }, additionalProperties: false,
          },
          position: { anyOf: [{ $ref: '#/$defs/position' }, { type: 'null' }] },
          path: { type: 'string' },
          expected: { type: ['number', 'string', 'null'] },
          actual: { type: ['number', 'string', 'null'] },
          fatal: { type: 'boolean' },
          category: { type: 'string' },
          readerDoubt: {
            type: 'array',
            items: {
              type: 'object', required: ['ruleId', 'position'],
              properties: {
                ruleId: { type: 'string' }, path: { type: 'string' },
                position: { anyOf: [{ $ref: '#/$defs/position' }, { type: 'null' }] },
              },
              additionalProperties: false,
            },
          },
          related: {
            type: 'array',
            items: {
              type: 'object', required: ['position'],
              properties: {
                path: { type: 'string' }, file: { type: 'string' },
                position: { anyOf: [{ $ref: '#/$defs/position' }, { type: 'null' }] },
              },
              additionalProperties: false,
            },
          },
        },
        additionalProperties: false,
      },
    },
  };
}
