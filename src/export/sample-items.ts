/**
 * For the export tests: three reports written and read by the real reader (one with a
 * blank cell, one with a dash, one in the 2019 format whose （七）总计 is off by one), with their findings, and a
 * Writable that collects what is written to it.
 */
import { Writable } from 'node:stream';
import { check } from '../check/engine.js';
import { reportFrom } from '../check/testing.js';
import { cellValues, type CellValues } from '../model/values.js';
import type { ExportItem } from './types.js';

/** The cell the first two reports print blank and as a dash; the third prints 0 there. */
export const probe = 'table3.carriedOver.research';

/** Three reports: 2021 with a blank, 2021 with a dash (and 无), 2019. */
export function threeItems(): ExportItem[] {
  const blank = reportFrom({ organ: '甲县人民政府', cells: { [probe]: null } });
  const dash = reportFrom({ organ: '乙县人民政府', cells: { [probe]: '—', 'table2.fees.amount': '无' } });
  const old = reportFrom({ organ: '丙镇人民政府', format: '2019', year: 2020, cells: { 'table2.licensing.change': -3, 'table3.newReceived.commercial': 2, 'table3.newReceived.total': 5, 'table3.total.commercial': 2, 'table3.granted.commercial': 2, 'table3.granted.total': 4, 'table3.total.total': 5 } });
  return [
    { report: blank, diagnostics: check(blank), organ: { id: 7, name: '甲县人民政府', level: '县级', region: '440101', parent: '甲市人民政府' }, file: 'a/甲县2023.txt' },
    { report: dash, diagnostics: check(dash), file: 'b/乙县2023.txt' },
    { report: old, diagnostics: check(old) },
  ];
}

/** The cell values of several reports added up (null and absent count as nothing). */
export function sumValues(reports: ExportItem[]): CellValues {
  const out: CellValues = {};
  for (const { report } of reports) {
    for (const [id, v] of Object.entries(cellValues(report))) out[id] = (out[id] ?? 0) + (v ?? 0);
  }
  return out;
}

/** A Writable that keeps every byte written to it. */
export function collector(): Writable & { bytes: () => Buffer } {
  const chunks: Buffer[] = [];
  const w = new Writable({
    write(chunk: Buffer | string, _enc, cb) {
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
      cb();
    },
  });
  return Object.assign(w, { bytes: () => Buffer.concat(chunks) });
}
