import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reportText } from '../check/testing.js';
import { SourceText } from '../read/source.js';
import { extract } from './index.js';

/** The text as an OCR reader would hand it over: every line from page 1, each field with a box and a confidence. */
function scanned(text: string, confidence: (field: string) => number): SourceText {
  const origins = [];
  let at = 0;
  for (const line of text.split('\n')) {
    let x = 0;
    for (const field of line.split('\t')) {
      origins.push({ offset: at, origin: { form: 'image' as const, page: 1, box: [x, 0, x + 10, 10] as [number, number, number, number], confidence: confidence(field) } });
      at += field.length + 1;
      x += 10;
    }
  }
  return new SourceText(text, { form: 'image', origins });
}

const doubts = (text: string, confidence: (field: string) => number = () => 95) =>
  extract(scanned(text, confidence), { bytes: 0, sha256: '' }).diagnostics.filter((d) => d.ruleId === 'parse/ocr-sum-doubt');

describe('parse/ocr-sum-doubt', () => {
  it('a scan whose sums hold: nothing', () => {
    assert.deepEqual(doubts(reportText()), []);
  });

  it('a misread 总计 breaks its row and its column: the cell where they cross', () => {
    // 一、本年新收 总计 read as 8 instead of 3: the row (自然人 … 总计) and the balance of 总计 fail.
    const d = doubts(reportText({ cells: { 'table3.newReceived.total': 8 } }));
    assert.deepEqual(d.map((x) => x.path), ['table3.newReceived.total']);
    assert.equal(d[0]!.severity, 'warning');
    assert.equal(d[0]!.actual, '8');
    assert.deepEqual(d[0]!.data, { text: '8', confidence: 95, page: 1, box: d[0]!.data.box });
    assert.match(d[0]!.message.zh, /合计对不上/);
    assert.match(d[0]!.message.en, /does not add up/);
  });

  it('a failed sum that no crossing explains: the least sure cell of it', () => {
    // 表四 行政复议 总计 1 with every part 0: only that sum fails; the 1 was read least sure.
    const d = doubts(reportText({ cells: { 'table4.review.total': 1 } }), (f) => (f === '1' ? 85 : 95));
    assert.deepEqual(d.map((x) => x.path), ['table4.review.total']);
    assert.equal(d[0]!.data.confidence, 85);
  });

  it('names the sum\'s other cells read with a value: any of them may be the misread one', () => {
    // 行政复议 read 0 0 17 0 35 (a scan of 178 wrapped in a narrow cell read 17): the sum fails;
    // 35 is the suspect, and 17 is as likely the wrong one.
    const d = doubts(reportText({ cells: { 'table4.review.other': 17, 'table4.review.total': 35 } }), (f) => (f === '35' ? 85 : 95));
    assert.deepEqual(d.map((x) => x.path), ['table4.review.total']);
    assert.deepEqual(d[0]!.related?.map((r) => r.path), ['table4.review.upheld', 'table4.review.corrected', 'table4.review.other', 'table4.review.pending']);
  });

  it('a cell already reported as read with low confidence is not reported again; that report names the sum\'s other cells', () => {
    const text = reportText({ cells: { 'table4.review.other': 17, 'table4.review.total': 1 } });
    const report = extract(scanned(text, (f) => (f === '1' ? 60 : 95)), { bytes: 0, sha256: '' });
    assert.deepEqual(report.diagnostics.filter((x) => x.ruleId === 'parse/ocr-sum-doubt'), []);
    const low = report.diagnostics.find((x) => x.ruleId === 'parse/ocr-low-confidence' && x.path === 'table4.review.total');
    assert.ok(low);
    // 17 may be the misread one as well (two cells of one sum misread): named, not left silent.
    assert.ok(low.related?.some((r) => r.path === 'table4.review.other'), JSON.stringify(low.related));
  });

  it('plain text (not OCR) is never doubted: the checks report wrong sums', () => {
    const report = extract(new SourceText(reportText({ cells: { 'table3.newReceived.total': 8 } })), { bytes: 0, sha256: '' });
    assert.equal(report.diagnostics.filter((x) => x.ruleId === 'parse/ocr-sum-doubt').length, 0);
  });
});

describe('parse/ocr-blank-doubt', () => {
  it('every cell read blank in a failing sum: the OCR may have missed a number there', () => {
    // 行政复议 read blank 10 9 15 61 (27 printed a digit a line, missed): 61 ≠ 10 + 9 + 15.
    const text = reportText({ cells: { 'table4.review.upheld': null, 'table4.review.corrected': 10, 'table4.review.other': 9, 'table4.review.pending': 15, 'table4.review.total': 61 } });
    const report = extract(scanned(text, () => 95), { bytes: 0, sha256: '' });
    const d = report.diagnostics.filter((x) => x.ruleId === 'parse/ocr-blank-doubt');
    assert.deepEqual(d.map((x) => x.path), ['table4.review.upheld']);
    assert.equal(d[0]!.severity, 'warning');
    assert.match(d[0]!.message.zh, /读作空白/);
  });

  it('a blank in a sum that holds: nothing', () => {
    const text = reportText({ cells: { 'table4.review.upheld': null, 'table4.review.corrected': 10, 'table4.review.total': 10 } });
    const report = extract(scanned(text, () => 95), { bytes: 0, sha256: '' });
    assert.deepEqual(report.diagnostics.filter((x) => x.ruleId === 'parse/ocr-blank-doubt'), []);
  });
});
