/** Drafting a report: new drafts pre-filled from last year, read back and checked. */
export * from './draft.js';
export { fillTotals, fillReportTotals } from './totals.js';
