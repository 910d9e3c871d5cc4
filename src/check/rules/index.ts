/** The registry: every rule, in the order findings of equal position are listed. */
import type { Rule } from '../types.js';
import { table3Balance } from './table3-balance.js';
import { table3Outcomes } from './table3-outcomes.js';
import { table3Applicants } from './table3-applicants.js';
import { table4Groups } from './table4-groups.js';

export const rules: readonly Rule[] = [table3Balance, table3Outcomes, table3Applicants, table4Groups];
