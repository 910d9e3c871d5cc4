/**
 * JPEG and TIFF page images → a PDF that holds them as they are (no pixel is decoded here),
 * one page per image, one PDF unit per pixel; poppler's `pdftocairo -r 72` (poppler-utils, the
 * package that reads scanned PDFs) then renders every page back to grey pixels at the image's
 * own size, pixel for pixel, with libjpeg and poppler's own CCITT, LZW and Flate decoders. So a JPEG or TIFF
 * scan gets the same cleaning and ruling detection as a PNG.
 *
 * JPEG: baseline and progressive, grey, RGB, YCbCr or CMYK (Adobe's inverted CMYK too).
 * TIFF (each page of a multi-page file): strips or tiles, 1, 2, 4 or 8 bits, grey, bilevel,
 * RGB, palette, CMYK or YCbCr (with JPEG), compressed with none, CCITT G3/G4 (and modified
 * Huffman), LZW, Deflate, PackBits or JPEG (new style), horizontal predictor. Anything else
 * (16 bits, planar, old-style JPEG, BigTIFF, extra samples): null, and the image goes to
 * Tesseract as it is.
 */

interface PdfImage {
  dict: string;
  data: Uint8Array;
  /** Where on the page, in pixels from the top left. */
  x: number;
  y: number;
  w: number;
  h: number;
}

interface PdfPage {
  w: number;
  h: number;
  images: PdfImage[];
}

/** The largest number of pixels a wrapped page may have (as the PNG limit). */
const maxPagePixels = 40_000_000;

/** A PDF of pages holding the images (no text). */
function writePdf(pages: PdfPage[]): Uint8Array {
  const parts: Uint8Array[] = [];
  let length = 0;
  const offsets: number[] = [];
  const put = (b: Uint8Array | string) => {
    const u = typeof b === 'string' ? Buffer.from(b, 'latin1') : b;
    parts.push(u);
    length += u.length;
  };
  const obj = (n: number, body: string, stream?: Uint8Array) => {
    offsets[n] = length;
    put(`${n} 0 obj\n${body}\n`);
    if (stream) {
      put('stream\n');
      put(stream);
      put('\nendstream\n');
    }
    put('endobj\n');
  };
  put('%PDF-1.5\n%\xe2\xe3\xcf\xd3\n');
  // 1: catalog, 2: pages; then per page: the page, its content, its images.
  let next = 3;
  const kids: number[] = [];
  const plan = pages.map((p) => {
    const page = next++;
    const content = next++;
    const images = p.images.map(() => next++);
    kids.push(page);
    return { page, content, images };
  });
  obj(1, '<< /Type /Catalog /Pages 2 0 R >>');
  obj(2, `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`);
  pages.forEach((p, i) => {
    const n = plan[i]!;
    const xo = n.images.map((id, k) => `/Im${k} ${id} 0 R`).join(' ');
    obj(n.page, `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${p.w} ${p.h}] /Resources << /XObject << ${xo} >> >> /Contents ${n.content} 0 R >>`);
    const ops = p.images.map((im, k) => `q ${im.w} 0 0 ${im.h} ${im.x} ${p.h - im.y - im.h} cm /Im${k} Do Q`).join('\n');
    const c = Buffer.from(ops, 'latin1');
    obj(n.content, `<< /Length ${c.length} >>`, c);
    p.images.forEach((im, k) => obj(n.images[k]!, `<< /Type /XObject /Subtype /Image ${im.dict} /Length ${im.data.length} >>`, im.data));
  });
  const xref = length;
  put(`xref\n0 ${next}\n0000000000 65535 f \n`);
  for (let n = 1; n < next; n++) put(`${String(offsets[n]).padStart(10, '0')} 00000 n \n`);
  put(`trailer\n<< /Size ${next} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  const out = new Uint8Array(length);
  let at = 0;
  for (const b of parts) {
    out.set(b, at);
    at += b.length;
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// JPEG

/** Width, height, components of a JPEG and whether Adobe's marker inverts CMYK; null if not a JPEG. */
function jpegInfo(b: Uint8Array): { w: number; h: number; n: number; adobe: boolean } | null {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) return null;
  let at = 2;
  let adobe = false;
  while (at + 4 <= b.length) {
    if (b[at] !== 0xff) return null;
    const m = b[at + 1]!;
    if (m === 0xff) {
      at++;
      continue;
    }
    if (m === 0xd8 || (m >= 0xd0 && m <= 0xd7) || m === 0x01) {
      at += 2;
      continue;
    }
    const len = (b[at + 2]! << 8) | b[at + 3]!;
    if (m === 0xee && len >= 7 && String.fromCharCode(...b.subarray(at + 4, at + 9)) === 'Adobe') adobe = true;
    // Start of frame (not DHT 0xc4, JPG 0xc8, DAC 0xcc).
    if (m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc) {
      if (at + 10 > b.length) return null;
      const h = (b[at + 5]! << 8) | b[at + 6]!;
      const w = (b[at + 7]! << 8) | b[at + 8]!;
      const n = b[at + 9]!;
      return w > 0 && h > 0 && (n === 1 || n === 3 || n === 4) ? { w, h, n, adobe } : null;
    }
    at += 2 + len;
  }
  return null;
}

function jpegImage(w: number, h: number, n: number, adobe: boolean, colorTransform?: number): string {
  const cs = n === 1 ? '/DeviceGray' : n === 3 ? '/DeviceRGB' : '/DeviceCMYK';
  const decode = n === 4 && adobe ? ' /Decode [1 0 1 0 1 0 1 0]' : '';
  const parms = colorTransform !== undefined ? ` /DecodeParms << /ColorTransform ${colorTransform} >>` : '';
  return `/Width ${w} /Height ${h} /ColorSpace ${cs} /BitsPerComponent 8 /Filter /DCTDecode${parms}${decode}`;
}

/** A JPEG as a one-page PDF, or null if it is not a JPEG this can wrap. */
export function jpegPdf(b: Uint8Array): { pdf: Uint8Array; pages: number } | null {
  const info = jpegInfo(b);
  if (!info || info.w * info.h > maxPagePixels) return null;
  const image: PdfImage = { dict: jpegImage(info.w, info.h, info.n, info.adobe), data: b, x: 0, y: 0, w: info.w, h: info.h };
  return { pdf: writePdf([{ w: info.w, h: info.h, images: [image] }]), pages: 1 };
}

// ---------------------------------------------------------------------------------------
// TIFF

interface Ifd {
  tags: Map<number, number[]>;
  next: number;
}

function readIfds(b: Uint8Array): Ifd[] | null {
  if (b.length < 8) return null;
  const le = b[0] === 0x49 && b[1] === 0x49;
  if (!le && !(b[0] === 0x4d && b[1] === 0x4d)) return null;
  const u16 = (at: number) => (le ? b[at]! | (b[at + 1]! << 8) : (b[at]! << 8) | b[at + 1]!);
  const u32 = (at: number) => (le ? (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0 : ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0);
  if (u16(2) !== 42) return null;
  const out: Ifd[] = [];
  let at = u32(4);
  const seen = new Set<number>();
  while (at && at + 2 <= b.length && !seen.has(at) && out.length < 1000) {
    seen.add(at);
    const n = u16(at);
    if (at + 2 + n * 12 + 4 > b.length) return null;
    const tags = new Map<number, number[]>();
    for (let k = 0; k < n; k++) {
      const e = at + 2 + k * 12;
      const tag = u16(e), type = u16(e + 2), count = u32(e + 4);
      const size = ({ 1: 1, 2: 1, 3: 2, 4: 4, 6: 1, 7: 1, 8: 2, 9: 4 } as Record<number, number>)[type];
      if (!size || count > 1_000_000) continue;
      const where = size * count <= 4 ? e + 8 : u32(e + 8);
      if (where + size * count > b.length) return null;
      const vals: number[] = [];
      for (let j = 0; j < count; j++) {
        const p = where + j * size;
        vals.push(size === 1 ? b[p]! : size === 2 ? u16(p) : u32(p));
      }
      tags.set(tag, vals);
    }
    out.push({ tags, next: u32(at + 2 + n * 12) });
    at = u32(at + 2 + n * 12);
  }
  return out.length ? out : null;
}

const reverseBits = (x: number) => {
  let r = 0;
  for (let k = 0; k < 8; k++) r |= ((x >> k) & 1) << (7 - k);
  return r;
};

/** One TIFF page (its IFD) as PDF images, or null where it is not one this can wrap. */
function tiffPage(b: Uint8Array, ifd: Ifd): PdfPage | null {
  const t = (tag: number, def?: number) => ifd.tags.get(tag)?.[0] ?? def;
  const w = t(256), h = t(257);
  if (!w || !h || w * h > maxPagePixels) return null;
  const comp = t(259, 1)!;
  const spp = t(277, 1)!;
  const bps = ifd.tags.get(258)?.[0] ?? 1;
  const photo = t(262, comp === 3 || comp === 4 || comp === 2 ? 0 : 1)!;
  const predictor = t(317, 1)!;
  if (t(284, 1) !== 1 || ![1, 2, 4, 8].includes(bps) || (predictor !== 1 && predictor !== 2)) return null;
  const colours = ({ 0: 1, 1: 1, 2: 3, 3: 1, 5: 4, 6: 3 } as Record<number, number>)[photo];
  if (!colours || spp !== colours || (photo === 6 && comp !== 7)) return null;
  let cs: string;
  let decode = '';
  if (photo === 0 || photo === 1) {
    cs = '/DeviceGray';
    if (photo === 0 && comp !== 2 && comp !== 3 && comp !== 4) decode = ' /Decode [1 0]';
  } else if (photo === 2 || photo === 6) cs = '/DeviceRGB';
  else if (photo === 5) cs = '/DeviceCMYK';
  else {
    const map = ifd.tags.get(320);
    const n = 1 << bps;
    if (!map || map.length < 3 * n) return null;
    let hex = '';
    for (let i = 0; i < n; i++) for (let c = 0; c < 3; c++) hex += (map[c * n + i]! >> 8).toString(16).padStart(2, '0');
    cs = `[/Indexed /DeviceRGB ${n - 1} <${hex}>]`;
  }
  // Strips or tiles: each a piece of the page.
  const tiled = ifd.tags.has(322);
  const pw = tiled ? t(322)! : w;
  const ph = tiled ? t(323)! : Math.min(h, t(278, h)!);
  const offs = ifd.tags.get(tiled ? 324 : 273);
  const lens = ifd.tags.get(tiled ? 325 : 279);
  if (!offs || !lens || offs.length !== lens.length || !pw || !ph) return null;
  const across = tiled ? Math.ceil(w / pw) : 1;
  const tables = ifd.tags.get(347);
  const fill2 = t(266, 1) === 2;
  const images: PdfImage[] = [];
  for (let k = 0; k < offs.length; k++) {
    const x = (k % across) * pw;
    const y = Math.floor(k / across) * ph;
    if (y >= h) break;
    const rows = tiled ? ph : Math.min(ph, h - y);
    let data = b.subarray(offs[k]!, offs[k]! + lens[k]!);
    if (data.length !== lens[k]) return null;
    const base = `/Width ${pw} /Height ${rows} /ColorSpace ${cs} /BitsPerComponent ${bps}`;
    const pred = predictor === 2 ? ` /DecodeParms << /Predictor 2 /Colors ${spp} /BitsPerComponent ${bps} /Columns ${pw} >>` : '';
    let dict: string;
    if (comp === 1) dict = base + decode;
    else if (comp === 5) dict = `${base} /Filter /LZWDecode${pred}${decode}`;
    else if (comp === 8 || comp === 32946) dict = `${base} /Filter /FlateDecode${pred}${decode}`;
    else if (comp === 32773) dict = `${base} /Filter /RunLengthDecode${decode}`;
    else if (comp === 2 || comp === 3 || comp === 4) {
      if (bps !== 1) return null;
      if (fill2) data = data.map(reverseBits);
      const t4 = t(292, 0)!;
      const k4 = comp === 4 ? -1 : comp === 3 && t4 & 1 ? 1 : 0;
      dict = `/Width ${pw} /Height ${rows} /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /CCITTFaxDecode /DecodeParms << /K ${k4} /Columns ${pw} /Rows ${rows}${comp === 2 ? ' /EncodedByteAlign true' : ''} >>`;
    } else if (comp === 7) {
      if (bps !== 8) return null;
      // An abbreviated JPEG stream: the tables (without their end) before it (without its start).
      if (tables && tables.length > 4) {
        const tb = Uint8Array.from(tables);
        const joined = new Uint8Array(tb.length - 2 + data.length - 2);
        joined.set(tb.subarray(0, tb.length - 2), 0);
        joined.set(data.subarray(2), tb.length - 2);
        data = joined;
      }
      dict = jpegImage(pw, rows, spp, false, photo === 6 ? 1 : photo === 2 ? 0 : undefined);
    } else return null;
    images.push({ dict, data, x, y, w: pw, h: rows });
  }
  return images.length ? { w, h, images } : null;
}

/** A TIFF (every page) as a PDF, or null if a page is not one this can wrap. */
export function tiffPdf(b: Uint8Array): { pdf: Uint8Array; pages: number } | null {
  const ifds = readIfds(b);
  if (!ifds) return null;
  const pages: PdfPage[] = [];
  for (const ifd of ifds) {
    // Reduced-resolution images (thumbnails) are not pages.
    if ((ifd.tags.get(254)?.[0] ?? 0) & 1) continue;
    const p = tiffPage(b, ifd);
    if (!p) return null;
    pages.push(p);
  }
  return pages.length ? { pdf: writePdf(pages), pages: pages.length } : null;
}
