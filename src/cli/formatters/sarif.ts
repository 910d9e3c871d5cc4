import { rules } from '../../check/index.js';
import { parserVersion } from '../../extract/index.js';
import type { Message } from '../../errors.js';
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
  const location = (file: string, p: { line: number; column: number; byteOffset: number } | null) => ({
    physicalLocation: {
      artifactLocation: { uri: uri(file) },
      ...(p ? { region: { startLine: p.line, startColumn: p.column, byteOffset: p.byteOffset } } : {}),
    },
  });
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
          locations: [location(r.file, d.position)],
          ...(d.related?.length ? { relatedLocations: d.related.map((x, i) => ({ id: i + 1, ...location(x.file ?? r.file, x.position) })) } : {}),
          ...(d.path ? { properties: { path: d.path, expected: d.expected ?? null, actual: d.actual ?? null } } : {}),
        })),
      ]),
    }],
  };
  if (results.some((r) => r.failed)) out.runs[0]!.tool.driver.rules.push({ id: 'read', shortDescription: { text: text(messages.fileNotRead) }, help: { text: "README.md" }, defaultConfiguration: { level: "error" }, properties: { category: 'reader' } });
  return JSON.stringify(out, null, 2);
}
