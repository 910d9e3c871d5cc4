import { existsSync, readFileSync } from 'node:fs';
import { rules } from '../check/index.js';
import type { RuleSetting } from '../check/index.js';
import { NianbaoError, type Message } from '../errors.js';
import { usage } from './messages.js';

const settings = new Set(['off', 'error', 'warning', 'info']);

const usageError = (m: Message) => new NianbaoError('usage.rule', m.zh, m.en);

/** `--rule id:setting` and `nianbao.config.json` ({"rules": {"id": "off"}}) into rule settings. */
export function ruleSettings(configPath: string | undefined, flags: readonly string[]): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  const known = new Set(rules.map((r) => r.meta.id));
  const put = (id: string, s: string, where: string) => {
    if (!known.has(id)) throw usageError(usage.noRule(where, id));
    if (!settings.has(s)) throw usageError(usage.ruleSetting(where, s));
    out[id] = s as RuleSetting;
  };
  const file = configPath ?? (existsSync('nianbao.config.json') ? 'nianbao.config.json' : undefined);
  if (file) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      throw usageError(usage.configUnreadable(file, (e as Error).message));
    }
    const r = (json as { rules?: unknown }).rules;
    if (r !== undefined && (typeof r !== 'object' || r === null)) throw usageError(usage.configRules(file));
    for (const [id, s] of Object.entries((r ?? {}) as Record<string, unknown>)) put(id, String(s), file);
  }
  for (const f of flags) {
    const m = /^([\w-]+):(\w+)$/.exec(f);
    if (!m) throw usageError(usage.ruleFlag(f));
    put(m[1]!, m[2]!, '--rule');
  }
  return out;
}
