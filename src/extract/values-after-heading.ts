import type { Context } from './context.js';
import type { Field } from './lines.js';

/**
 * A table's last values printed after the next section's heading: plain pdftotext reads a page
 * column by column, and a heading at the left margin below a table can come before the table's
 * right-hand cells, which then stand alone between the heading and the section's first sentence.
 *
 * ```text
 * 27
 * 10                        ← 表四's first values, one a line
 * 五、存在的主要问题及改进情况
 * 3                         ← the rest of 表四, after the heading
 * 0
 * 一是政策解读形式还不够丰富；…
 * ```
 *
 * `heading` is the line that ended the table's region. Returns the printed cells of the lines
 * right after it that hold nothing but values (blank lines, and lines holding only pieces of the
 * table's column header (`headerWord`: 其他, 尚未, 审结, 总计; or `尚未 总计`, the words of two cells),
 * between them allowed), up to the first
 * line of text, where there are exactly `need` of them; otherwise null. Only that exact count is
 * taken: values the table cannot use are a narrative's, not the table's.
 */
export function valuesAfterHeading(ctx: Context, heading: number, need: number, headerWord: (text: string) => boolean): Field[] | null {
  if (need <= 0 || heading >= ctx.lineCount || ctx.line(heading).values > 0 || ctx.isEmpty(heading)) return null;
  const taken: Field[] = [];
  for (let i = heading + 1; i < ctx.lineCount; i++) {
    if (ctx.isEmpty(i)) continue;
    const line = ctx.line(i);
    const label = line.label.replace(/\s+/g, '');
    // A piece of the header may hold two cells' words, one space apart (`尚未 总计`).
    const words = line.label.trim().split(/\s+/);
    if (line.values === 0 && (headerWord(label) || words.every(headerWord))) continue;
    if (line.values === 0 || label !== '') break;
    for (const f of line.fields) {
      if (f.text === '') continue;
      if (f.cell.kind === 'text') return null;
      taken.push(f);
    }
    if (taken.length > need) return null;
  }
  return taken.length === need ? taken : null;
}
