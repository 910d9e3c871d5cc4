/**
 * Row numbers as labels print them: a group's 三、 or （三）, an item's 3. or 3、 (a digit after
 * the mark makes it a decimal: 1.5). One source for the readers that tell a row's first label
 * line from the words that end another's.
 *
 * ```text
 *      不予公 5.属于三类内部事务信       0   0   0 0  0  6
 *             ^^ a row number after a group label's piece
 * ```
 */
const chineseNumber = '[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]';
const digitNumber = '\\d{1,2}\\s*[.．、]';
const startsRowRe = new RegExp(`^\\s*(?:${chineseNumber}|${digitNumber})`);
const numbersRe = new RegExp(`${chineseNumber}|(?<![\\d.])${digitNumber}(?!\\d)`, 'g');
/** A row number after white space (a group label's piece stands before it). */
export const numberAfterSpaceRe = new RegExp(`\\s(?:${digitNumber}(?!\\d)|${chineseNumber})`, 'g');
const anyNumberRe = new RegExp(`(?:^|\\s)(?:${chineseNumber}|${digitNumber}(?!\\d))`);
const itemNumberRe = /(?:^|\s)(\d{1,2})\s*[.．、](?!\d)/;

/** A text that begins a row of its own (a row number), not the end of a wrapped label. */
export const startsRow = (s: string): boolean => startsRowRe.test(s);

/** How many row numbers a text holds (`三、本年度 （一）予以公开` two: a group's label and a row's). */
export const numbers = (s: string): number => s.match(numbersRe)?.length ?? 0;

/** Whether a row number starts the text or a word of it (`不予公 5.属于…`, `（二）部分公开`). */
export const hasRowNumber = (s: string): boolean => anyNumberRe.test(s);

/** The item number (3 of `3.`, `不予 3、`) starting the text or a word of it, or null. */
export function itemNumber(s: string): number | null {
  const m = itemNumberRe.exec(s);
  return m ? Number(m[1]) : null;
}
