import { NianbaoError } from '../errors.js';
import { existsSync, readFileSync } from 'node:fs';
import { rules } from '../check/index.js';
import type { RuleSetting } from '../check/index.js';

const settings = new Set(['off', 'error', 'warning', 'info']);

export class UsageError extends NianbaoError {
  constructor(zh: string, en: string, code = 'usage.rule') {
    super(code, zh, en);
  }
}

/** `--rule id:setting` and `nianbao.config.json` ({"rules": {"id": "off"}}) into rule settings. */
export function ruleSettings(configPath: string | undefined, flags: readonly string[]): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  const known = new Set(rules.map((r) => r.meta.id));
  const put = (id: string, s: string, where: string) => {
    if (!known.has(id)) throw new UsageError(`${where}：没有名为“${id}”的规则（nianbao rules 列出全部规则）`, `${where}: no rule named “${id}” (nianbao rules lists them)`);
    if (!settings.has(s)) throw new UsageError(`${where}：规则设置须为 off、error、warning 或 info，而不是“${s}”`, `${where}: a rule setting is off, error, warning or info, not “${s}”`);
    out[id] = s as RuleSetting;
  };
  const file = configPath ?? (existsSync('nianbao.config.json') ? 'nianbao.config.json' : undefined);
  if (file) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      throw new UsageError(`无法读取配置文件“${file}”：${(e as Error).message}`, `cannot read config file “${file}”: ${(e as Error).message}`);
    }
    const r = (json as { rules?: unknown }).rules;
    if (r !== undefined && (typeof r !== 'object' || r === null)) throw new UsageError(`配置文件“${file}”：rules 须为对象`, `config file “${file}”: rules must be an object`);
    for (const [id, s] of Object.entries((r ?? {}) as Record<string, unknown>)) put(id, String(s), file);
  }
  for (const f of flags) {
    const m = /^([\w-]+):(\w+)$/.exec(f);
    if (!m) throw new UsageError(`--rule 的写法是 规则:设置，例如 table3-balance:off，而不是“${f}”`, `--rule takes rule:setting, e.g. table3-balance:off, not “${f}”`);
    put(m[1]!, m[2]!, '--rule');
  }
  return out;
}
