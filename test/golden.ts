/**
 * Golden files: `nianbao check --format json` of each seed, and the rendered HTML and Markdown
 * of two reports, reviewed as diffs when they change.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { check, parse, sourceOf } from '../src/index.js';
import { renderDoc, renderHtml, renderMarkdown, sourceOfReport } from '../src/render/index.js';
import { root, real } from './helpers.js';

export const goldenDir = join(root, 'test/golden');
export const seedFiles = ['000_f42b2add2afd0cc6', '001_015773bddcd054c9', '002_87b09e6297b9ff4d', '003_0ec7f487509b9c4f', '004_c6867b7eba30610a']
  .map((n) => join(real, 'seeds', `${n}.txt`));

/** What the golden file of a seed holds: its check output, the file named by base name. */
export function goldenOf(file: string): string {
  const name = `seeds/${basename(file)}`;
  const diagnostics = check(parse(readFileSync(file), { name }));
  return JSON.stringify([{ file: name, diagnostics }], null, 2) + '\n';
}

/** Reports whose rendered HTML and Markdown are kept as golden files: one 2019, one 2021 (both in the repository). */
export const renderGoldenFiles = ['fixtures/seeds/000_f42b2add2afd0cc6.txt', 'fixtures/text/2024-district-md-page-break.md'].map((f) => join(root, f));
export const renderGoldenDir = join(goldenDir, 'render');

/** The rendered HTML and Markdown of a report, by golden file name. */
export function renderGoldenOf(file: string): Record<string, string> {
  const report = parse(readFileSync(file), { name: basename(file) });
  const doc = renderDoc(sourceOfReport(report, sourceOf(report)?.text));
  const name = basename(file).replace(/\.[^.]+$/, '');
  return { [`${name}.html`]: renderHtml(doc), [`${name}.md`]: renderMarkdown(doc) };
}
