import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse } from '../parse.js';
import { parseOrganName } from './name.js';
import { OrganIndex } from './registry.js';

const dir = new URL('../../../examples/', import.meta.url);

describe('the reports of examples/: organ and title', () => {
  const reports = readdirSync(dir).map((f) => ({ file: f, report: parse(readFileSync(new URL(f, dir)), { name: f }) }));

  it('every organ read from a report is placed: places found, a level', () => {
    assert.ok(reports.length >= 5);
    for (const { file, report } of reports) {
      const n = parseOrganName(report.organ!);
      assert.ok(n.units.length > 0, file);
      assert.ok(n.level === 'county' || n.level === 'town' || n.level === 'city', `${file}: ${n.level}`);
    }
  });
  it('the organ in the title is the report’s organ, exactly or as a variant (曲江镇 for 丰城市曲江镇)', () => {
    const index = new OrganIndex(reports.map(({ file, report }) => ({ id: file, names: [report.organ!] })));
    let variants = 0;
    for (const { file, report } of reports) {
      if (!report.title || !parseOrganName(report.title).key) continue;
      const m = index.match(report.title);
      assert.ok(m && 'id' in m && m.id === file, `${file}: ${report.title} → ${JSON.stringify(m)}`);
      if (m.how === 'variant') variants++;
    }
    assert.ok(variants >= 1);
  });
});
