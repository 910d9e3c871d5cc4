/**
 * The report as a Word document (.docx, written by the `docx` package): A4 portrait, the
 * sections with their official titles, each table with real merged cells (gridSpan for
 * columns, vMerge for rows), header rows repeated on each page and rows kept whole.
 */
import type { RenderDoc } from './document.js';
import { printed, repeatedRows, type TableGrid } from './grid.js';

type Docx = typeof import('docx');

const font = { ascii: 'FangSong', eastAsia: '仿宋', hAnsi: 'FangSong' };
const heiti = { ascii: 'SimHei', eastAsia: '黑体', hAnsi: 'SimHei' };

function tableDocx(d: Docx, grid: TableGrid, pageWidth: number) {
  const total = grid.widths.reduce((a, b) => a + b, 0);
  const widths = grid.widths.map((w) => Math.floor((pageWidth * w) / total));
  const head = repeatedRows(grid);
  const border = { style: d.BorderStyle.SINGLE, size: 4, color: '000000' };
  const borders = { top: border, bottom: border, left: border, right: border };
  const rows = grid.rows.map((r, i) =>
    new d.TableRow({
      tableHeader: i < head,
      cantSplit: true,
      children: r
        .map((c, j) => ({ c, j }))
        // Covered cells are written by the library: columns by gridSpan, rows by vMerge continue cells.
        .filter(({ c }) => !c.covered)
        .map(({ c, j }) =>
          new d.TableCell({
            columnSpan: c.colSpan,
            rowSpan: c.rowSpan,
            borders,
            verticalAlign: d.VerticalAlign.CENTER,
            width: { size: widths.slice(j, j + c.colSpan).reduce((a, b) => a + b, 0), type: d.WidthType.DXA },
            ...(c.header ? { shading: { fill: 'F2F2F2', type: d.ShadingType.CLEAR, color: 'auto' } } : {}),
            children: [
              new d.Paragraph({
                alignment: c.header ? d.AlignmentType.CENTER : d.AlignmentType.RIGHT,
                children: [new d.TextRun({ text: printed(c.value), size: 18, font })],
              }),
            ],
          })),
    }));
  return new d.Table({ rows, columnWidths: widths, width: { size: pageWidth, type: d.WidthType.DXA }, layout: d.TableLayoutType.FIXED });
}

/** The report as .docx bytes. */
export async function renderDocx(doc: RenderDoc): Promise<Uint8Array> {
  // docx is large: loaded when a document is written, not with the library.
  const d: Docx = await import('docx');
  // A4 in twentieths of a point, 2 cm margins left and right.
  const page = { width: 11906, height: 16838 };
  const margin = 1134;
  const pageWidth = page.width - 2 * margin;
  const para = (text: string) =>
    new d.Paragraph({ indent: { firstLine: 480 }, spacing: { after: 80 }, children: [new d.TextRun({ text, size: 24, font })] });
  const children: Array<InstanceType<Docx['Paragraph']> | InstanceType<Docx['Table']>> = [
    new d.Paragraph({
      alignment: d.AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [new d.TextRun({ text: doc.title, size: 36, font: heiti })],
    }),
    ...doc.intro.map(para),
  ];
  for (const s of doc.sections) {
    // A section's table comes first, as the format prints it; the section's own text follows.
    children.push(new d.Paragraph({ keepNext: true, spacing: { before: 240, after: 120 }, children: [new d.TextRun({ text: s.title, size: 28, font: heiti })] }));
    if (s.table) children.push(tableDocx(d, s.table, pageWidth), new d.Paragraph({ children: [] }));
    children.push(...s.paragraphs.map(para));
  }
  const document = new d.Document({
    creator: 'nianbao',
    title: doc.title,
    sections: [{ properties: { page: { size: page, margin: { top: 1440, bottom: 1440, left: margin, right: margin } } }, children }],
  });
  return new Uint8Array(await d.Packer.toBuffer(document));
}
