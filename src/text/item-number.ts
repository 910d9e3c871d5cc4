/**
 * A row label's item number at the start of a text: （三）, (三), 三、, 8., 1、 (not the `1.5` of a
 * decimal). A line that starts with one starts a label; it never continues the label above it.
 */
const itemStart = /^\s*(?:[（(][一二三四五六七八九十]{1,2}[)）]|[一二三四五六七八九十]{1,2}\s*、|\d{1,2}\s*[.．、](?!\d))/;

export function startsItem(text: string): boolean {
  return itemStart.test(text);
}
