/**
 * The acceptance run of issue 14 on real files, through the CLI in a child process, in SQLite
 * and PostgreSQL: two real reports, each in the forms the real tools make of it (fixtures/two-forms,
 * made by /work/shared/tools/make-forms.sh: the DOCX by LibreOffice from the published HTML, the
 * PDF by LibreOffice from that DOCX, the text by pdftotext -layout from the published PDF), beside
 * the published files (fixtures/corpus/raw). Each report is counted once by stats, list shows
 * its versions, compare names the version it used, and --region finds them by code and by name.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { postgresTarget, skipFor, sqliteTarget, type Target } from '../src/store/testing.js';

const root = new URL('../../', import.meta.url).pathname;
const bin = join(root, 'bin/nianbao.js');
const files = [
  'fixtures/two-forms/2023-jiangsu-shuyang-fgj.docx',
  'fixtures/two-forms/2023-jiangsu-shuyang-fgj.pdf',
  'fixtures/corpus/raw/2023-jiangsu-shuyang-fgj.html',
  'fixtures/two-forms/2023-jiangsu-huaian-hongze.layout.txt',
  'fixtures/corpus/raw/2023-jiangsu-huaian-hongze.pdf',
].map((f) => join(root, f));

/** `nianbao …` in a child process, in English (no colour: not a terminal). */
function nianbao(...args: string[]): { code: number | null; out: string; err: string } {
  const cwd = mkdtempSync(join(tmpdir(), 'nianbao-two-forms-cwd-'));
  try {
    const r = spawnSync(process.execPath, [bin, ...args], { cwd, env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '' }, encoding: 'utf8', timeout: 120_000 });
    return { code: r.status, out: r.stdout, err: r.stderr };
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
}

for (const make of [sqliteTarget, postgresTarget]) {
  const kind = make === sqliteTarget ? 'sqlite' : 'postgres';
  describe(`${kind}: two real reports, each in two or three forms, counted once`, { skip: skipFor(kind) }, () => {
    let target: Target;
    before(() => {
      target = make();
      const r = nianbao('ingest', '--db', target.url, '--jobs', '0', ...files);
      assert.equal(r.code, 0, r.err);
      assert.match(r.err, /stored 5, 0 of them failed/);
    });
    after(async () => target.drop());

    it('list shows every file as a version of its report, and counts two reports', () => {
      const r = nianbao('list', '--db', target.url);
      assert.equal(r.code, 0, r.err);
      const lines = r.out.split('\n');
      const shuyang = lines.filter((l) => l.includes('2023-jiangsu-shuyang-fgj.'));
      assert.equal(shuyang.length, 3);
      assert.ok(shuyang.every((l) => l.includes('沭阳县发展和改革局') && /\/3\b/.test(l)), shuyang.join('\n'));
      assert.equal(shuyang.filter((l) => l.includes('counted/3')).length, 1);
      const hongze = lines.filter((l) => l.includes('2023-jiangsu-huaian-hongze.'));
      assert.equal(hongze.length, 2);
      assert.equal(hongze.filter((l) => l.includes('counted/2')).length, 1);
      assert.match(r.err, /5 files, 2 reports/);
    });

    it('stats counts each report once and says how many versions it left out', () => {
      const r = nianbao('stats', '--db', target.url, '--by', 'year');
      assert.equal(r.code, 0, r.err);
      assert.match(r.out, /2 reports counted, one version each; 3 further version\(s\) left out/);
      assert.match(r.out, /^2023 +2 /mu, 'the year 2023 has 2 reports, not 5');
    });

    it('compare names the version it used', () => {
      const r = nianbao('compare', '沭阳县发展和改革局', '--years', '2023', '--db', target.url);
      assert.equal(r.code, 0, r.err);
      assert.match(r.out, /2023: #\d+ 2023-jiangsu-shuyang-fgj\.(?:html|docx|pdf) \(3 version\(s\), best reading\)/);
    });

    it('--region by code and by name; organs carry their region codes', () => {
      const organs = nianbao('organs', '--db', target.url, '--format', 'json');
      const byName = new Map(organs.out.trim().split('\n').map((l) => JSON.parse(l) as { name: string; region_code: string | null; level: string }).map((o) => [o.name, o]));
      assert.equal(byName.get('沭阳县发展和改革局')?.region_code, '321322');
      assert.equal(byName.get('洪泽区人民政府')?.region_code, '320813');
      for (const [region, reports] of [['320000', 2], ['淮安市', 1], ['321322', 1]] as const) {
        const r = nianbao('list', '--db', target.url, '--region', region, '--preferred');
        assert.equal(r.code, 0, r.err);
        assert.match(r.err, new RegExp(`, ${reports} reports`), `--region ${region}: ${r.err}`);
      }
      const ambiguous = nianbao('list', '--db', target.url, '--region', '城关镇');
      assert.equal(ambiguous.code, 2);
      assert.match(ambiguous.err, /“城关镇” may be any of \d+ divisions/);
    });
  });
}
