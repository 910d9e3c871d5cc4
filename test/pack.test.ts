/**
 * The package as npm packs it: installed into an empty project, both entries import, the root
 * entry loads nothing of storage, the bin runs, and the tarball holds only what runs.
 *
 * The tarball is unpacked into the project's node_modules by hand and its dependencies linked
 * from this checkout's node_modules: `npm install` of the tarball would fetch them from the
 * registry, which a test must not need.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { root } from './helpers.js';

const npm = spawnSync('npm', ['--version'], { encoding: 'utf8' });
const tar = spawnSync('tar', ['--version'], { encoding: 'utf8' });
const skip = npm.status !== 0 ? 'npm is not on PATH' : tar.status !== 0 ? 'tar is not on PATH' : false;

describe('the packed package', { skip }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-pack-'));
  const project = join(dir, 'project');
  const installed = join(project, 'node_modules', 'nianbao');
  let files: string[] = [];

  before(() => {
    // --ignore-scripts: `prepare` would rebuild dist/ under the other tests' feet; it is built.
    const out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: root, encoding: 'utf8' });
    const [info] = JSON.parse(out) as Array<{ filename: string; files: Array<{ path: string }> }>;
    files = info!.files.map((f) => f.path);
    mkdirSync(installed, { recursive: true });
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'empty', version: '1.0.0', private: true, type: 'module' }));
    execFileSync('tar', ['-xzf', join(dir, info!.filename), '-C', installed, '--strip-components=1']);
    symlinkSync(join(root, 'node_modules'), join(installed, 'node_modules'), 'dir');
  });

  it('holds only what runs: no tests, scripts, fixtures or source maps; the entries and their types are there', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    assert.deepEqual(files.filter((f) => /\.test\.|(^|\/)(test|scripts|fixtures|examples)\/|\.map$|testing\./.test(f)), []);
    for (const entry of Object.values(pkg.exports) as Array<{ import: string; types: string } | string>) {
      if (typeof entry === 'string') continue;
      assert.ok(files.includes(entry.import.replace(/^\.\//, '')), entry.import);
      assert.ok(files.includes(entry.types.replace(/^\.\//, '')), entry.types);
    }
    assert.ok(files.includes(pkg.bin.nianbao));
  });

  /** Run a module in the empty project; it prints JSON. */
  const runIn = (code: string) => {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: project, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    return JSON.parse(r.stdout);
  };
  const storageLoaded = `Object.keys((await import('node:module')).createRequire(import.meta.url).cache).filter((k) => /node_modules\\/(better-sqlite3|piscina|pg)\\//.test(k)).length`;

  it("import('nianbao') reads and checks a report and loads nothing of storage", () => {
    const example = join(root, 'examples', '2023-jinjiang-yinglin-town.txt');
    const r = runIn(`
      const { parse, check, formats, NianbaoError } = await import('nianbao');
      const report = parse((await import('node:fs')).readFileSync(${JSON.stringify(example)}));
      console.log(JSON.stringify({ year: report.year, status: report.status, findings: check(report).length,
        formats: Object.keys(formats.formats), error: typeof NianbaoError, storage: ${storageLoaded} }));`);
    assert.equal(r.year, 2023);
    assert.equal(r.status, 'ok');
    assert.equal(typeof r.findings, 'number');
    assert.deepEqual(r.formats.sort(), ['2019', '2021']);
    assert.equal(r.error, 'function');
    assert.equal(r.storage, 0, 'better-sqlite3, piscina or pg loaded by the root entry');
  });

  it("import('nianbao/corpus') gives the store, ingest, queue, aggregation, export and the corpus API", () => {
    const r = runIn(`
      const c = await import('nianbao/corpus');
      console.log(JSON.stringify({ names: ['Store', 'ingest', 'queue', 'sumReports', 'writeCsv', 'listReports', 'compareOrgan', 'corpusStats', 'exportReports'].filter((n) => !c[n]),
        storage: ${storageLoaded} }));`);
    assert.deepEqual(r.names, [], 'missing from nianbao/corpus');
    assert.ok(r.storage > 0, 'the check above would see storage loaded');
  });

  it('the bin runs: version, and check on an example', () => {
    const bin = join(installed, 'bin', 'nianbao.js');
    const v = spawnSync(process.execPath, [bin, '--version'], { cwd: project, encoding: 'utf8' });
    assert.equal(v.status, 0, v.stderr);
    assert.match(v.stdout, /^\d+\.\d+/);
    const c = spawnSync(process.execPath, [bin, 'check', '--format', 'json', join(root, 'examples', '2023-jinjiang-yinglin-town.txt')], { cwd: project, encoding: 'utf8' });
    assert.ok(c.status === 0 || c.status === 1, c.stderr);
    assert.equal(JSON.parse(c.stdout).length, 1);
  });
});
