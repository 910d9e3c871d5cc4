/** `nianbao serve`: the web pages and the HTTP API on the corpus (src/server), until stopped. */
import { availableParallelism } from 'node:os';
import { type Command, Option } from 'commander';
import { NianbaoError } from '../errors.js';
import { parsePool } from '../ingest/ingest.js';
import { Store } from '../store/store.js';
import { serve } from './messages.js';
import { dbOption, langOption } from './options.js';
import type { Terminal } from './terminal.js';

const loopback = (host: string) => host === 'localhost' || host === '::1' || /^127\./.test(host);

export function registerServeCommand(program: Command, t: Terminal): void {
  program.command('serve')
    .description(t.text(serve.command))
    .addOption(langOption(t))
    .addOption(new Option('--port <port>', t.text(serve.port)).env('PORT').default('8080'))
    .addOption(new Option('--host <host>', t.text(serve.host)).default('127.0.0.1'))
    .addOption(dbOption(t))
    .addOption(new Option('--token <token>', t.text(serve.token)).env('NIANBAO_TOKEN'))
    .option('--max-files <n>', t.text(serve.maxFiles), '200')
    .addOption(new Option('--queue <url>', t.text(serve.queue)).env('NIANBAO_QUEUE'))
    .option('--queue-name <name>', t.text(serve.queueName))
    .option('--workers <n>', t.text(serve.queueWorkers), '0')
    .action(async (opts: { port: string; host: string; db: string; token?: string; maxFiles: string; queue?: string; queueName?: string; workers: string }) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new NianbaoError('usage.port', serve.port_(opts.port).zh, serve.port_(opts.port).en);
      if (!loopback(opts.host) && !opts.token) throw new NianbaoError('usage.token', serve.tokenRequired(opts.host).zh, serve.tokenRequired(opts.host).en);
      if (opts.queue) (await import('../queue/target.js')).queueTarget(opts.queue); // a bad queue URL fails before anything opens
      const { buildServer } = await import('../server/app.js');
      const { loadAssets } = await import('../server/pages.js');
      const store = await Store.open(opts.db);
      const pool = parsePool(Math.max(1, Math.min(4, availableParallelism())));
      const app = await buildServer({ store, pool, token: opts.token, maxFiles: Math.max(1, Number(opts.maxFiles) || 200), assets: loadAssets(), ...(opts.queue ? { queue: { url: opts.queue, name: opts.queueName } } : {}) });
      const workers = Math.max(0, Math.floor(Number(opts.workers)) || 0);
      const worker = opts.queue && workers ? await (await import('../queue/worker.js')).runWorker({ queueUrl: opts.queue, db: opts.db, queueName: opts.queueName, concurrency: workers }) : null;
      const address = await app.listen({ port, host: opts.host });
      t.say(serve.listening(address));
      // Until a signal: then finish the requests in flight and close the store.
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await app.close();
      await worker?.close();
      await pool.destroy();
      await store.close();
    });
}
