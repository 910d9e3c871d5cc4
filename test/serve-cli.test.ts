/** `nianbao serve` refuses what it must before listening: a public address without a token, a bad port, a bad queue URL. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { main } from '../src/cli/main.js';

async function run(args: string[]): Promise<{ code: number; err: string }> {
  const err: string[] = [];
  const code = await main(args, { out: () => {}, err: (s) => err.push(s), env: { LANG: 'zh_CN.UTF-8' } });
  return { code, err: err.join('\n') };
}

describe('nianbao serve', () => {
  it('needs --token to listen beyond this machine', async () => {
    const r = await run(['serve', '--host', '0.0.0.0', '--db', '/nonexistent/never.db']);
    assert.equal(r.code, 2);
    assert.match(r.err, /监听 0\.0\.0\.0 时须用 --token/);
  });
  it('refuses a --queue that is not a queue URL, before opening anything', async () => {
    const r = await run(['serve', '--queue', 'ftp://nowhere', '--db', '/nonexistent/never.db']);
    assert.equal(r.code, 2);
    assert.match(r.err, /队列地址不对：ftp:\/\/nowhere/);
  });
  it('refuses a port that is not one', async () => {
    const r = await run(['serve', '--port', '80000', '--db', '/nonexistent/never.db']);
    assert.equal(r.code, 2);
    assert.match(r.err, /端口须为 0 到 65535 的整数/);
  });
});
