/** Word 97 (.doc) files are OLE compound files: what is inside one, told before LibreOffice is started. */
import CFB from 'cfb';

export type OleKind =
  | { kind: 'word'; filter: string | null }
  | { kind: 'not-word' }
  | { kind: 'encrypted' }
  | { kind: 'damaged'; zh: string; en: string };

/**
 * Look into an OLE compound file (read with SheetJS's cfb) for the Word document stream and
 * its file information block (MS-DOC FIB): whether it is whole, a Word file, encrypted, and
 * which LibreOffice import filter fits.
 */
export function inspectOle(b: Uint8Array): OleKind {
  const cut = { kind: 'damaged', zh: '文件被截断或结构已损坏', en: 'the file is cut short or its structure is damaged' } as const;
  let container: CFB.CFB$Container;
  try {
    container = CFB.read(Buffer.from(b.buffer, b.byteOffset, b.byteLength), { type: 'buffer' });
  } catch {
    return cut;
  }
  const root = (name: string) => container.FileIndex.find((e, i) => e.type === 2 && e.name === name && container.FullPaths[i] === `${container.FullPaths[0]}${name}`);
  const word = root('WordDocument');
  if (!word) return { kind: 'not-word' };
  const content = word.content as Uint8Array | undefined;
  if (!content || content.length < word.size) return cut;
  if (word.size < 32) return { kind: 'damaged', zh: 'Word 文档流过短', en: 'Word document stream too short' };
  const u16 = (o: number) => content[o]! | (content[o + 1]! << 8);
  if (u16(0) !== 0xa5ec) return { kind: 'damaged', zh: 'Word 文件信息块无效', en: 'bad Word file information block' };
  if (u16(0x0a) & 0x0100) return { kind: 'encrypted' }; // fEncrypted
  // Word 97 and later (nFib 0xC1 on) keep their tables in 0Table/1Table; older files are left to detection.
  const table = root('0Table') !== undefined || root('1Table') !== undefined;
  return { kind: 'word', filter: u16(2) >= 0xc1 && table ? 'MS Word 97' : null };
}
