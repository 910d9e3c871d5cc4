import { rules } from '../../check/index.js';
import { parserVersion } from '../../extract/index.js';
import type { Message } from '../../errors.js';
import type { Position } from '../../model/diagnostic.js';
import { pathLabel, placeText } from '../../model/place.js';
import { cellIdInfo } from '../../model/values.js';
import { text as messages } from '../messages.js';
import type { Terminal } from '../terminal.js';
import type { FileResult } from './stylish.js';

const level = { error: 'error', warning: 'warning', info: 'note' } as const;

/** SARIF 2.1.0, for code-scanning tools and editors. Paths as given on the command line. */
export function sarif(results: readonly FileResult[], t: Terminal): string {
  const text = (m: Message) => t.text(m);
  const ruleIds = new Set<string>();
  for (const r of results) for (const d of r.diagnostics) ruleIds.add(d.ruleId);
  interface DriverRule {
    id: string;
    shortDescription: { text: string };
    help: { text: string };
    defaultConfiguration: { level: string };
    properties: { category: string };
  }
  const driverRules: DriverRule[] = rules.map((r) => ({
    id: r.meta.id,
    shortDescription: { text: text(r.meta.docs) },
    help: { text: `docs/rules/${r.meta.id}.md` },
    defaultConfiguration: { level: level[r.meta.severity] },
    properties: { category: r.meta.category },
  }));
  for (const id of ruleIds) if (!driverRules.some((r) => r.id === id)) driverRules.push({ id, shortDescription: { text: id }, help: { text: "README.md" }, defaultConfiguration: { level: 'warning' }, properties: { category: 'reader' } });
  const uri = (f: string) => encodeURI(f.replace(/\\/g, '/'));
  /**
   * Where in the file as the file is: line and column of a text file; the page (and box) of a
   * PDF or a scan, the element and byte offset of an HTML page, the table, row and cell or the
   * paragraph of a Word file. The line of the text a reader derived from those is in --format json.
   */
  const location = (file: string, p: Position | null, path?: string) => {
    const o = p?.origin;
    const place = p ? placeText({ position: p, ...(path ? { path } : {}) }, t.lang) : undefined;
    const physical = !p ? {}
      : !o ? { region: { startLine: p.line, startColumn: p.column, byteOffset: p.byteOffset } }
      : o.form === 'html' ? { ...(o.byteOffset !== undefined ? { region: { byteOffset: o.byteOffset } } : {}), properties: { element: o.path } }
      : o.form === 'text' ? { region: { startLine: o.line, byteOffset: o.byteOffset } }
      : o.form === 'docx' ? { properties: Object.fromEntries(Object.entries({ table: o.table, row: o.row, cell: o.cell, paragraph: o.paragraph }).filter(([, v]) => v !== undefined).map(([k, v]) => [k, v! + 1])) }
      : { properties: { ...(o.page !== undefined ? { page: o.page } : {}), box: o.box } };
    const ids = path?.split('.') ?? [];
    return {
      physicalLocation: { artifactLocation: { uri: uri(file) }, ...physical },
      ...(place ? { message: { text: place } } : {}),
      ...(path ? {
        logicalLocations: [{
          fullyQualifiedName: path, name: pathLabel(path) ?? path, kind: 'element',
          properties: { table: ids[0], ...(cellIdInfo(path) ? { row: ids.slice(1, -1).join('.'), column: ids.at(-1) } : ids.length > 1 ? { row: ids.slice(1).join('.') } : {}) },
        }],
      } : {}),
    };
  };
  const out = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'nianbao', version: parserVersion, informationUri: 'https://nianbao.invalid/', rules: driverRules } },
      results: results.flatMap((r) => [
        ...(r.failed ? [{ ruleId: 'read', level: 'error', message: { text: text(r.failed) }, locations: [location(r.file, null)] }] : []),
        ...r.diagnostics.map((d) => ({
          ruleId: d.ruleId,
          level: level[d.severity],
          message: { text: text(d.message) },
          locations: [location(r.file, d.position, d.path)],
          ...(d.related?.length ? { relatedLocations: d.related.map((x, i) => ({ id: i + 1, ...location(x.file ?? r.file, x.position, x.path) })) } : {}),
          ...(d.path ? { properties: { path: d.path, expected: d.expected ?? null, actual: d.actual ?? null } } : {}),
        })),
      ]),
    }],
  };
  if (results.some((r) => r.failed)) out.runs[0]!.tool.driver.rules.push({ id: 'read', shortDescription: { text: text(messages.fileNotRead) }, help: { text: "README.md" }, defaultConfiguration: { level: "error" }, properties: { category: 'reader' } });
  return JSON.stringify(out, null, 2);
}
