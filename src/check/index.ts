export { check, positionOf } from './engine.js';
export { rules, crossYearRules } from './rules/index.js';
export { isPreviousYear, inPrevious } from './cross-year.js';
export type { Rule, RuleMeta, RuleContext, Finding, CheckOptions, RuleSetting, Category, PreviousReport } from './types.js';
export { findingName } from './names.js';
