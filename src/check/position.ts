import { getCell } from '../model/cells.js';
import type { Position } from '../model/diagnostic.js';
import type { Report } from '../model/report.js';

/** Where a model path points: the cell's position, or a row label's. */
export function positionOf(report: Report, path: string | undefined): Position | null {
  if (!path) return null;
  const cell = getCell(report, path);
  if (cell) return cell.position;
  const label = report.labels[path];
  if (label) return label.position;
  // A row path: the position of its first cell.
  let o: unknown = report;
  for (const p of path.split('.')) o = o && typeof o === 'object' ? (o as Record<string, unknown>)[p] : undefined;
  if (o && typeof o === 'object') {
    for (const v of Object.values(o as Record<string, unknown>)) {
      if (v && typeof v === 'object' && 'position' in (v as object)) return (v as { position: Position }).position;
    }
  }
  return null;
}
