import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cellsBelow } from './cells-below.js';
import { buildItems } from './items.js';
import { textLines } from '../../test/helpers.js';

/** The items of a text's lines (a space layout, as pdftotext -layout prints). */
const itemsOf = (text: string) => buildItems(textLines(text));
const values = (text: string) => {
  const [a, b] = itemsOf(text);
  return cellsBelow(a!, b, 7)?.fields.map((f) => f.cell.value) ?? null;
};

describe('cellsBelow', () => {
  it('joins a 总计 wrapped onto the line below, right of the row\'s values, where the total then holds', () => {
    assert.deepEqual(values('一、本年新收政府信息公开申请数量            26\n                                            26'), [26, 26]);
    assert.deepEqual(values('（一）予以公开      5     3\n                            8'), [5, 3, 8]);
  });
  it('joins nothing where the total would not hold, or the row\'s own values already make a row', () => {
    assert.equal(values('一、本年新收政府信息公开申请数量            26\n                                            25'), null);
    assert.equal(values('（一）予以公开      5     5\n                            5'), null);
  });
  it('joins the cells beside a piece of a group label that spans the rows (lh: 三、本年 / 度办理结 / 果)', () => {
    // fixtures/real-forms/layout-wrapped/lh-2021-wu.txt, lines 47–48.
    assert.deepEqual(values('三、本年 （一）予以公开                26\n度办理结                                        26'), [26, 26]);
    assert.equal(values('三、本年 （一）予以公开                26\n属于行政查询                                    26'), null);
  });
  it('joins nothing standing under the row\'s values (digits wrapped in their own column) or on a line with words', () => {
    assert.equal(values('一、本年新收政府信息公开申请数量            26\n' + ' '.repeat(28) + '26'), null);
    assert.equal(values('（二）部分公开（区分处理的，只计这一情 4\n     形，不计其他情形）                    4'), null);
  });
});
