/** Golden files: `nianbao check --format json` of each seed, reviewed as diffs when they change. */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { check, parse } from '../src/index.js';
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
