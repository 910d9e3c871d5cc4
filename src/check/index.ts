export { check, positionOf } from './engine.js';
export { rules } from './rules/index.js';
export type { Rule, RuleMeta, RuleContext, Finding, CheckOptions, RuleSetting, Category } from './types.js';
