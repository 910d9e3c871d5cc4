/**
 * Crafted hostile inputs for the fuzz suite (test/hostile.test.ts) and `npm run fuzz`: files
 * a hostile or unlucky user could hand in, each made here from nothing or from a fixture, so
 * none is committed.
 *
 *   node dist/scripts/make-hostile.js DIR [--small]
 *
 * `--small` makes the decompression bomb 256 MB instead of 1 GB (the CI budget).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Zlib, zipSync } from 'fflate';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const fixture = (p: string) => readFileSync(join(root, 'fixtures', p));

/** A PDF from its objects (1-based, in order), with a correct cross-reference table. */
export function pdfOf(objects: Array<string | Buffer>): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let at = parts[0]!.length;
  objects.forEach((o, i) => {
    offsets.push(at);
    const b = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), typeof o === 'string' ? Buffer.from(o, 'latin1') : o, Buffer.from('\nendobj\n')]);
    parts.push(b);
    at += b.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`));
  return Buffer.concat(parts);
}

/**
 * `total` bytes of a repeated content-stream line, deflated without ever holding them, in the
 * zlib form FlateDecode is (with its header, which pdf.js requires before it inflates anything).
 */
function deflatedRepeat(line: string, total: number): Buffer {
  const out: Uint8Array[] = [];
  const d = new Zlib({ level: 6 }, (chunk) => void out.push(chunk));
  const unit = Buffer.from(line.repeat(Math.ceil((16 << 20) / line.length))).subarray(0, 16 << 20);
  for (let done = 0; done < total; done += unit.length) d.push(unit, done + unit.length >= total);
  return Buffer.concat(out);
}

/** Flip `n` bits of a copy of `bytes`, at places drawn from `seed` (deterministic). */
export function flipBits(bytes: Uint8Array, n: number, seed: number): Buffer {
  const b = Buffer.from(bytes);
  let s = seed >>> 0 || 1;
  const next = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
  for (let k = 0; k < n; k++) b[Math.floor(next() * b.length)]! ^= 1 << Math.floor(next() * 8);
  return b;
}

/** A zip archive of entries (names taken as they are, `../` and control characters included). */
function zipOf(entries: Record<string, Uint8Array>, level: 0 | 9 = 9): Buffer {
  const files: Record<string, [Uint8Array, { level: 0 | 9 }]> = {};
  for (const [k, v] of Object.entries(entries)) files[k] = [v, { level }];
  return Buffer.from(zipSync(files));
}

export interface HostileFile {
  name: string;
  /** What the file does to a reader. */
  why: string;
  bytes: Buffer;
}

/** Escape sequences a report can smuggle in: clear screen, a window title (OSC), a C1 CSI, a bell. */
export const terminalPayload = '\x1b[2J\x1b]0;owned\x07\x9b31m\x07';

/** A one-page PDF whose content stream inflates to `size` bytes of drawing commands. */
export function streamBomb(size: number): Buffer {
  const stream = deflatedRepeat('0 0 m 1 1 l S\n', size);
  return pdfOf([
    '<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    Buffer.concat([Buffer.from(`<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`), stream, Buffer.from('\nendstream')]),
  ]);
}

export function hostileFiles(options: { small?: boolean } = {}): HostileFile[] {
  const text = fixture('text/2022-county-tsv-blank-cells.txt');
  const pdf = fixture('forms/pdf/000_f42b2add2afd0cc6.pdf');
  const bombSize = options.small ? 256 << 20 : 1 << 30;
  const page = (box: string, contents = '') => `<< /Type /Page /Parent 2 0 R /MediaBox [${box}]${contents} >>`;
  const files: HostileFile[] = [
    { name: 'flipped.pdf', why: 'a real report with flipped bits (pdf.js rejects promises nobody waits for)', bytes: flipBits(pdf, 40, 7) },
    {
      name: 'stream-bomb.pdf', why: `one content stream that inflates to ${bombSize >> 20} MB`,
      bytes: streamBomb(bombSize),
    },
    { name: 'huge-box.pdf', why: 'a blank page of 14,400 × 14,400 pt (40,000 px square at 200 dpi)', bytes: pdfOf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', page('0 0 14400 14400')]) },
    { name: 'page-loop.pdf', why: 'a page tree whose kid is itself', bytes: pdfOf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [2 0 R] /Count 1 >>']) },
    { name: 'one-line.txt', why: '10 MB of text on one line', bytes: Buffer.from('年报'.repeat(10 * 1024 * 1024 / 6)) },
    { name: 'escapes.txt', why: 'a report whose organ, labels and lines hold terminal escapes', bytes: Buffer.from(text.toString('utf8').replace(/^(.*)$/m, `$1${terminalPayload}`).replace(/总计/g, `总计${terminalPayload}`)) },
    { name: `name\x1b[2J\x9b.txt`, why: 'control characters in the file name', bytes: text },
    { name: 'huge-header.png', why: 'a PNG header declaring 100,000 × 100,000 pixels', bytes: Buffer.concat([fixture('forms/png/000_f42b2add2afd0cc6-2.png').subarray(0, 16), Buffer.from([0, 1, 0x86, 0xa0, 0, 1, 0x86, 0xa0]), fixture('forms/png/000_f42b2add2afd0cc6-2.png').subarray(24)]) },
    { name: 'zip-bomb.zip', why: 'a zip entry of 512 MB of zeros', bytes: zipOf({ 'a.txt': new Uint8Array(options.small ? 64 << 20 : 512 << 20) }) },
    { name: 'zip-dotdot.zip', why: 'a zip with a `../` entry beside a good report', bytes: zipOf({ 'good.txt': text, '../evil.txt': text }) },
    { name: 'zip-names.zip', why: 'zip entry names with escapes and NULs', bytes: zipOf({ [`r\x1b]0;t\x07.txt`]: text, 'ok.txt': text }) },
    { name: 'zip-nested.zip', why: 'a zip inside a zip inside a zip', bytes: zipOf({ 'in.zip': zipOf({ 'in2.zip': zipOf({ 'r.txt': text }) }) }) },
    { name: 'zip-damaged.zip', why: 'a zip cut in its central directory', bytes: zipOf({ 'a.txt': text, 'b.txt': text }).subarray(0, -30) },
    { name: 'deep.html', why: '200,000 nested elements', bytes: Buffer.from(`<html><body>${'<div>'.repeat(200_000)}年报${'</div>'.repeat(200_000)}</body></html>`) },
    { name: 'laughs.docx', why: 'billion laughs in the document part', bytes: zipOf({ '[Content_Types].xml': Buffer.from('<Types/>'), 'word/document.xml': Buffer.from(`<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">${Array.from({ length: 9 }, (_, i) => `<!ENTITY ${'b'.repeat(i + 1)} "${`&${i ? 'b'.repeat(i) : 'a'};`.repeat(10)}">`).join('')}]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&bbbbbbbbb;</w:t></w:r></w:p></w:body></w:document>`) }) },
    { name: 'utf16-nobom.txt', why: 'a report in UTF-16LE without a BOM', bytes: Buffer.from(text.toString('utf8'), 'utf16le') },
    { name: 'cut-mid-char.txt', why: 'a report cut inside its last character', bytes: Buffer.concat([text, Buffer.from('年')]).subarray(0, text.length + 2) },
    { name: 'stray-nul.txt', why: 'a report holding one NUL', bytes: Buffer.concat([text.subarray(0, 200), Buffer.from([0]), text.subarray(200)]) },
  ];
  return files;
}

/** Write the files into `dir` (made if missing); returns their paths. */
export function writeHostile(dir: string, options: { small?: boolean } = {}): string[] {
  mkdirSync(dir, { recursive: true });
  return hostileFiles(options).map((f) => {
    const p = join(dir, f.name);
    writeFileSync(p, f.bytes);
    return p;
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node dist/scripts/make-hostile.js DIR [--small]');
    process.exit(2);
  }
  for (const p of writeHostile(dir, { small: process.argv.includes('--small') })) console.log(p);
}
