/**
 * `nianbao worker` (take jobs from the queue into the store) and `nianbao queue status|failed|retry`
 * (the queue's counts and its dead-letter list).
 */
import { availableParallelism } from 'node:os';
import { Command, CommanderError } from 'commander';
import { listFailed, queueStatus, retryFailed } from '../queue/dead-letters.js';
import { defaultQueueName } from '../queue/settings.js';
import { runWorker, type WorkerEvent } from '../queue/worker.js';
import { fit } from '../text/width.js';
import { NianbaoError, type Message } from '../errors.js';
import { help, text, usage } from './messages.js';
import { formatOption, langOption } from './options.js';
import type { Terminal } from './terminal.js';

export { enqueue } from '../queue/enqueue.js';

/** Add `worker` and `queue status|failed|retry` to the CLI. */
export function registerQueueCommands(program: Command, t: Terminal): void {
  const queueHelp = t.text(help.queueUrl);
  const nameHelp = t.text(help.queueName);
  program
    .command('worker')
    .description(t.text(help.worker))
    .addOption(langOption(t))
    .requiredOption('--queue <url>', queueHelp)
    .requiredOption('--db <url>', t.text(help.workerDb))
    .option('--concurrency <n>', t.text(help.concurrency), String(availableParallelism()))
    .option('--queue-name <name>', nameHelp, defaultQueueName)
    .action(async (opts: { queue: string; db: string; concurrency: string; queueName: string }) => {
      const concurrency = Number(opts.concurrency);
      if (!Number.isInteger(concurrency) || concurrency < 1) {
        fail(t, usage.concurrency(opts.concurrency));
      }
      const stop = new AbortController();
      let signals = 0;
      const onSignal = () => {
        // The first signal lets the jobs under way finish; a second one exits at once (their locks
        // expire and other workers take them over).
        if (++signals === 1) {
          t.say(text.stopping);
          stop.abort();
        } else {
          t.say(text.exiting);
          process.exit(130);
        }
      };
      process.on('SIGTERM', onSignal);
      process.on('SIGINT', onSignal);
      try {
        const handle = await attempt(t, () => runWorker({
          queueUrl: opts.queue, db: opts.db, concurrency, queueName: opts.queueName, signal: stop.signal, onEvent: (e) => t.say(eventLine(e)),
        }));
        t.say(text.workerStarted(handle.name, opts.queueName, concurrency));
        await handle.closed;
        t.say(text.workerStopped);
      } finally {
        process.off('SIGTERM', onSignal);
        process.off('SIGINT', onSignal);
      }
    });

  const queue = program.command('queue').description(t.text(help.queue));
  queue
    .command('status')
    .description(t.text(help.queueStatus))
    .addOption(langOption(t))
    .requiredOption('--queue <url>', queueHelp)
    .option('--queue-name <name>', nameHelp, defaultQueueName)
    .action(async (opts: { queue: string; queueName: string }) => {
      const c = await attempt(t, () => queueStatus(opts.queue, { queueName: opts.queueName }));
      for (const k of ['waiting', 'active', 'delayed', 'completed', 'failed'] as const) t.out(`${fit(t.text(text.queueCounts[k]), 12)}${c[k]}`);
    });
  queue
    .command('failed')
    .description(t.text(help.queueFailed))
    .addOption(langOption(t))
    .requiredOption('--queue <url>', queueHelp)
    .option('--queue-name <name>', nameHelp, defaultQueueName)
    .addOption(formatOption(t, 'data'))
    .action(async (opts: { queue: string; queueName: string; format: 'table' | 'json' }) => {
      const jobs = await attempt(t, () => listFailed(opts.queue, { queueName: opts.queueName }));
      const json = opts.format === 'json';
      for (const j of jobs) t.out(json ? JSON.stringify(j) : `${j.path}  ${t.text(text.attempts)} ${j.attempts}  ${j.error}`);
      if (!json) t.say(text.failedJobs(jobs.length));
    });
  queue
    .command('retry')
    .description(t.text(help.queueRetry))
    .addOption(langOption(t))
    .requiredOption('--queue <url>', queueHelp)
    .option('--queue-name <name>', nameHelp, defaultQueueName)
    .action(async (opts: { queue: string; queueName: string }) => {
      const n = await attempt(t, () => retryFailed(opts.queue, { queueName: opts.queueName }));
      t.out(t.text(text.requeued(n)));
    });
}

/** One progress line. */
export function eventLine(e: WorkerEvent): Message {
  const say = (what: Message, rest: string) => ({ zh: `${what.zh}：${rest}`, en: `${what.en}: ${rest}` });
  switch (e.kind) {
    case 'stored':
      return say(text.stored, `${e.file}${e.organ ? `  ${e.organ}` : ''}${e.year ? ` ${e.year}` : ''}  #${e.id}`);
    case 'already-stored':
      return say(text.alreadyStored, `${e.file}  #${e.id}`);
    case 'not-a-report':
      return { zh: `${text.notAReport.zh}：${e.file}${e.error ? `：${e.error.zh}` : ''}  #${e.id}`, en: `${text.notAReport.en}: ${e.file}${e.error ? `: ${e.error.en}` : ''}  #${e.id}` };
    case 'retry':
      return say(text.retry(e.attempt, e.attempts), `${e.file}：${e.error}`);
    case 'dead-letter':
      return say(text.deadLetter(e.attempt, e.attempts), `${e.file}：${e.error}`);
    case 'store-unavailable':
      return say(text.storeUnavailable, e.error);
    case 'error':
      return say(text.queueError, e.error);
  }
}

/** Run `f`; a queue or store error is a message and exit code 2, not an internal error. */
async function attempt<T>(t: Terminal, f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (e) {
    if (e instanceof NianbaoError) fail(t, e);
    fail(t, text.queueFailed((e as Error).message));
  }
}

function fail(t: Terminal, m: Message): never {
  t.fail(m);
  throw new CommanderError(2, 'nianbao.failed', m.en);
}
