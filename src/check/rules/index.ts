/** The registry: every rule, in the order findings of equal position are listed. */
import type { Rule } from '../types.js';
import { table3Balance } from './table3-balance.js';
import { table3Outcomes } from './table3-outcomes.js';
import { table3Applicants } from './table3-applicants.js';
import { table4Groups } from './table4-groups.js';
import { table2Counts } from './table2-counts.js';
import { table2Relations } from './table2-relations.js';
import { table2Unit } from './table2-unit.js';
import { table2Magnitude } from './table2-magnitude.js';
import { formatOutdated } from './format-outdated.js';
import { formatMixed } from './format-mixed.js';
import { cellsIncomplete } from './cells-incomplete.js';
import { cellsBlank } from './cells-blank.js';
import { labelOfficial } from './label-official.js';
import { sections } from './sections.js';
import { periodYear } from './period-year.js';
import { publicationDeadline } from './publication-deadline.js';
import { narrativeTables } from './narrative-tables.js';
import { repeatedText } from './repeated-text.js';
import { carryoverContinuity } from './carryover-continuity.js';
import { table2InForceContinuity } from './table2-in-force-continuity.js';
import { table2TotalDecreasing } from './table2-total-decreasing.js';
import { reportCopied } from './report-copied.js';
import { yearJump } from './year-jump.js';

export const rules: readonly Rule[] = [
  table3Balance, table3Outcomes, table3Applicants, table4Groups,
  table2Counts, table2Relations, table2Unit, table2Magnitude,
  formatOutdated, formatMixed, cellsIncomplete, cellsBlank, labelOfficial,
  sections, periodYear, publicationDeadline, narrativeTables, repeatedText,
  carryoverContinuity, table2InForceContinuity, table2TotalDecreasing, reportCopied, yearJump,
];

/**
 * The cross-year rules alone (category `cross-year`): pass them as `check()`'s third argument,
 * with `options.previous`, to compare two years without the single-report rules.
 */
export const crossYearRules: readonly Rule[] = rules.filter((r) => r.meta.category === 'cross-year');
