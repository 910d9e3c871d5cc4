/**
 * A finding's name in words, zh and en, by its rule id: a rule's own one-line docs, the reader's
 * code names (src/read/codes.ts), the store's cross-version and summary findings. The pages and
 * the 审核意见 show these, the id beside them.
 */
import type { Message } from '../errors.js';
import { codeName } from '../read/codes.js';
import { crossYearRules, rules } from './rules/index.js';

const others: Readonly<Record<string, Message>> = {
  'versions-conflict': { zh: '同一报告的版本数字不一致', en: 'versions of one report differ' },
  'aggregate/summary-mismatch': { zh: '汇总报告与下属报告之和不符', en: 'summary report differs from its members\' sum' },
};

let byRule: Map<string, Message> | undefined;

/** The name of the finding `ruleId` (its id as text when it has none). */
export function findingName(ruleId: string): Message {
  byRule ??= new Map([...rules, ...crossYearRules].map((r) => [r.meta.id, r.meta.docs]));
  const named = byRule.get(ruleId) ?? codeName(ruleId) ?? (Object.hasOwn(others, ruleId) ? others[ruleId] : undefined);
  return named ? { zh: named.zh, en: named.en } : { zh: ruleId, en: ruleId };
}
