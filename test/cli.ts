/** The CLI run in this process, its output collected: in Chinese (a zh_CN locale) or English, no colour. */
import { main } from '../src/cli/main.js';

export async function run(args: string[], lang: 'zh' | 'en' = 'zh') {
  const out: string[] = [];
  const err: string[] = [];
  const env = { LANG: lang === 'zh' ? 'zh_CN.UTF-8' : 'en_US.UTF-8' };
  const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s), colour: false, env });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
