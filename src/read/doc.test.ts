/**
 * Word 97 (.doc): the seeds as LibreOffice writes them (fixtures/forms/doc, `soffice --convert-to
 * doc:"MS Word 97"` of the DOCX, by scripts/make-fixtures.mjs), read back through LibreOffice.
 * The conversion tests are skipped where `soffice` is not on PATH (CI installs
 * libreoffice-writer-nogui, see .ci/run); the tests of the compound-file check and of the
 * message without LibreOffice run everywhere.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { parseAsync, type Report } from '../index.js';
import { pairs, root, real, wrongCells } from '../../test/helpers.js';
import { readAsync, readDoc } from './async.js';
import { inspectOle } from './ole.js';
import { detectForm } from './detect.js';
import { readDocx } from './docx.js';
import { read } from './index.js';

const docDir = join(root, 'fixtures/forms/doc');
// The seeds' truth.
const truthDir = join(real, 'seeds-truth');
const list = pairs(docDir, truthDir);
const first = list[0]!;
const hasSoffice = (process.env.PATH ?? '').split(delimiter).some((d) => d && existsSync(join(d, 'soffice')));
const skip = hasSoffice ? false : 'LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui';
const cli = join(root, 'bin/nianbao.js');

const scratch = mkdtempSync(join(tmpdir(), 'nianbao-doc-test-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** Run the CLI in a child process; `path` replaces PATH. */
function runCli(args: string[], path?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = path === undefined ? process.env : { ...process.env, PATH: path };
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { env, timeout: 180_000, maxBuffer: 16 << 20 }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** A PATH with node and nothing else (so no soffice). */
function pathWithoutSoffice(): string {
  const bin = mkdtempSync(join(scratch, 'path-'));
  symlinkSync(process.execPath, join(bin, 'node'));
  return bin;
}

/** A copy of a fixture under a name that says nothing of its form. */
function renamed(file: string, name: string): string {
  const p = join(scratch, name);
  copyFileSync(file, p);
  return p;
}

/** Our temporary directories of the conversion, and processes that still run in one. */
const docTemps = () => readdirSync(tmpdir()).filter((f) => /^nianbao-doc-(?!test-)/.test(f));
function processesIn(dirs: string[]): string[] {
  if (!existsSync('/proc/self/cmdline')) return [];
  const out: string[] = [];
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    let cmd = '';
    try {
      cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    if (dirs.some((d) => cmd.includes(d))) out.push(`${pid}: ${cmd.replace(/\0/g, ' ')}`);
  }
  return out;
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The byte offset of a root-level stream's directory entry and of its first sector (LibreOffice's .doc: 512-byte sectors). */
function stream(b: Buffer, name: string): { entry: number; data: number } {
  const entry = b.indexOf(Buffer.from(name, 'utf16le'));
  assert.ok(entry >= 0 && entry % 128 === 0, `${name} entry`);
  return { entry, data: (b.readUInt32LE(entry + 0x74) + 1) << b.readUInt16LE(0x1e) };
}

describe('Word 97 fixtures: told from the bytes', () => {
  it('has the five seeds, each with its truth', () => {
    assert.equal(list.length, 5);
    assert.equal(readdirSync(docDir).filter((f) => f.endsWith('.doc')).length, list.length);
  });
  for (const f of list) {
    it(`${f.name}: an OLE compound file (D0 CF 11 E0) with a Word 97 document stream`, () => {
      const b = readFileSync(f.raw);
      assert.deepEqual([...b.subarray(0, 4)], [0xd0, 0xcf, 0x11, 0xe0]);
      assert.equal(detectForm(b), 'doc');
      assert.deepEqual(inspectOle(b), { kind: 'word', filter: 'MS Word 97' });
      // The synchronous reader says to save it as .docx or to use the asynchronous one.
      const r = read(b);
      assert.equal(r.form, 'doc');
      assert.equal(r.failure?.code, 'unsupported-form');
      assert.match(r.failure!.message.zh, /\.docx/);
      assert.match(r.failure!.message.en, /\.docx/);
    });
  }
  it('a .doc named .bin, or with no extension, is still a .doc', () => {
    for (const name of ['report.bin', 'report']) {
      const b = readFileSync(renamed(first.raw, name));
      assert.equal(detectForm(b), 'doc');
      assert.equal(read(b).form, 'doc');
    }
  });
});

describe('without LibreOffice', () => {
  it('nianbao parse file.doc exits 2 and says, in Chinese and English, to install LibreOffice or save as .docx', async () => {
    const path = pathWithoutSoffice();
    for (const file of [first.raw, renamed(first.raw, 'no-soffice.bin')]) {
      const r = await runCli(['parse', file, '--lang', 'zh'], path);
      assert.equal(r.code, 2, r.stderr);
      assert.equal(r.stdout, '');
      const en = await runCli(['parse', file, '--lang', 'en'], path);
      assert.equal(en.code, 2, en.stderr);
      assert.match(r.stderr, /这是 Word 97（\.doc）文件，读取需要 LibreOffice：请安装 LibreOffice（Debian\/Ubuntu：apt-get install libreoffice-writer-nogui），或先用 Word\/WPS 另存为 \.docx/);
      assert.match(en.stderr, /this is a Word 97 \(\.doc\) file, which needs LibreOffice to be read: install LibreOffice \(Debian\/Ubuntu: apt-get install libreoffice-writer-nogui\), or save it as \.docx/);
    }
    const j = await runCli(['parse', '--format', 'json', first.raw], path);
    assert.equal(j.code, 2);
    const report = JSON.parse(j.stdout) as Report;
    assert.equal(report.status, 'failed');
    assert.equal(report.source.form, 'doc');
    assert.equal(report.diagnostics[0]!.ruleId, 'read/unsupported-form');
    assert.equal(report.diagnostics[0]!.fatal, true);
  });
});

describe('damaged, encrypted and non-Word compound files: told before LibreOffice is started', () => {
  const whole = readFileSync(first.raw);
  it('a truncated .doc is damaged or incomplete, at once, wherever it is cut', async () => {
    assert.equal(whole.length % 512, 0);
    for (const n of [8, 100, 511, 512, 4096, Math.floor(whole.length / 2), whole.length - 512]) {
      const r = await readAsync(whole.subarray(0, n), { isolate: false });
      assert.equal(r.form, 'doc', `cut at ${n}`);
      assert.equal(r.failure?.code, 'corrupt', `cut at ${n}: ${r.failure?.message.en}`);
      assert.match(r.failure!.message.zh, /^Word 97（\.doc）文件已损坏或不完整（.+），无法读取$/);
      assert.match(r.failure!.message.en, /^the Word 97 \(\.doc\) file is damaged or incomplete \(.+\) and cannot be read$/);
    }
  });
  it('the CLI: a truncated .doc exits 2 with that message', async () => {
    const cut = join(scratch, 'cut.doc');
    writeFileSync(cut, whole.subarray(0, whole.length / 2));
    const r = await runCli(['parse', cut, '--lang', 'zh']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /cut\.doc: Word 97（\.doc）文件已损坏或不完整（文件被截断或结构已损坏），无法读取/);
    const en = await runCli(['parse', cut, '--lang', 'en']);
    assert.equal(en.code, 2);
    assert.match(en.stderr, /cut\.doc: the Word 97 \(\.doc\) file is damaged or incomplete \(the file is cut short or its structure is damaged\)/);
  });
  it('a compound file without a WordDocument stream (Excel, PowerPoint) is not taken for Word', async () => {
    const b = Buffer.from(whole);
    const { entry } = stream(b, 'WordDocument');
    b.write('X', entry, 'utf16le'); // "XordDocument"
    assert.deepEqual(inspectOle(b), { kind: 'not-word' });
    const r = await readDoc(b);
    assert.equal(r.failure?.code, 'unsupported-form');
    assert.match(r.failure!.message.zh, /不是 Word 文档（可能是 Excel \.xls 或 PowerPoint \.ppt）/);
    assert.match(r.failure!.message.en, /not a Word document/);
    // The synchronous reader says the same (it looks for the stream's name in the directory).
    const sync = read(b);
    assert.equal(sync.form, 'doc');
    assert.deepEqual(sync.failure?.message, r.failure!.message);
    assert.match(read(whole).failure!.message.zh, /^这是 Word 97（\.doc）文件/);
  });
  it('a password-protected .doc (FIB fEncrypted) fails as encrypted', async () => {
    const b = Buffer.from(whole);
    const { data } = stream(b, 'WordDocument');
    assert.equal(b.readUInt16LE(data), 0xa5ec);
    b.writeUInt16LE(b.readUInt16LE(data + 0x0a) | 0x0100, data + 0x0a);
    const r = await readDoc(b);
    assert.equal(r.failure?.code, 'encrypted');
    assert.match(r.failure!.message.zh, /密码/);
    assert.match(r.failure!.message.en, /password/);
  });
  it('a stream chain that leaves the file is cut short', () => {
    const b = Buffer.from(whole);
    const { entry } = stream(b, 'WordDocument');
    b.writeUInt32LE(0x00ffffff, entry + 0x74);
    assert.equal(inspectOle(b).kind, 'damaged');
  });
});

describe('Word 97 through LibreOffice', { skip }, () => {
  it('every seed, converted at the same time: every cell right, the same text as the DOCX it was made from, temporary files removed', async () => {
    const before = new Set(docTemps());
    const reports = await Promise.all(list.map((f) => parseAsync(readFileSync(f.raw), { name: f.name })));
    list.forEach((f, i) => {
      const report = reports[i]!;
      assert.equal(report.status, 'ok', `${f.name}: ${report.diagnostics.find((d) => d.fatal)?.message.en}`);
      assert.equal(report.source.form, 'doc');
      assert.deepEqual(wrongCells(report, f.truth), [], f.name);
      assert.equal(report.year, f.truth.year);
      assert.equal(report.format, f.truth.format);
    });
    const texts = await Promise.all(list.map((f) => readDoc(readFileSync(f.raw))));
    list.forEach((f, i) => {
      const docx = readDocx(readFileSync(join(root, 'fixtures/forms/docx', `${f.name}.docx`)));
      assert.equal(texts[i]!.source?.text, docx.source!.text, f.name);
    });
    assert.deepEqual(docTemps().filter((d) => !before.has(d)), []);
  });

  it('nianbao parse on a .doc named .bin: read as Word 97, exit 0', async () => {
    const r = await runCli(['parse', '--format', 'json', renamed(first.raw, 'report.bin')]);
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout) as Report;
    assert.equal(report.source.form, 'doc');
    assert.deepEqual(wrongCells(report, first.truth), []);
  });

  // No hang: the test's time-out says so (a test asserts no duration).
  it('a .doc whose structure is whole but whose Word data is wiped: a clear failure, no hang', { timeout: 120_000 }, async () => {
    const b = Buffer.from(readFileSync(first.raw));
    const { data } = stream(b, 'WordDocument');
    b.fill(0, data + 0x20, data + 0x400); // the FIB after its base: no text positions left
    const r = await readAsync(b);
    assert.equal(r.source, null);
    assert.ok(r.failure && ['no-text', 'corrupt'].includes(r.failure.code), r.failure?.code);
    assert.equal(r.failure.form, 'doc');
  });

  it('a conversion that takes too long is stopped: timeout, LibreOffice killed, its directory removed', async () => {
    const before = new Set(docTemps());
    for (const timeoutMs of [1, 300]) {
      const r = await readDoc(readFileSync(first.raw), { timeoutMs });
      assert.equal(r.failure?.code, 'timeout', `${timeoutMs} ms: ${r.failure?.code}`);
      assert.match(r.failure!.message.zh, /转换超时/);
      assert.match(r.failure!.message.en, /timed out/);
      // (soffice.bin is a grandchild: the whole process group is killed, see the directory check below.)
      await sleep(200);
      assert.deepEqual(processesIn([join(tmpdir(), 'nianbao-doc-')]), []);
    }
    await sleep(2000); // a survivor would write its profile and output into the removed directory again
    assert.deepEqual(docTemps().filter((d) => !before.has(d)), []);
  });
});
