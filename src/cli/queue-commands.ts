/**
 * `nianbao worker` (take jobs from the queue into the store) and `nianbao queue status|failed|retry`
 * (the queue's counts and its dead-letter list).
 */
import { availableParallelism } from 'node:os';
import { Command, CommanderError } from 'commander';
import { listFailed, queueStatus, retryFailed } from '../queue/dead-letters.js';
import { defaultQueueName } from '../queue/settings.js';
import { QueueError } from '../queue/target.js';
import { runWorker, type WorkerEvent } from '../queue/worker.js';
import { StoreError } from '../store/connect.js';

export { enqueue } from '../queue/enqueue.js';

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

const queueHelp = '队列地址（redis://主机:6379 或 postgres://主机/数据库） · queue URL (redis://host:6379 or postgres://host/database)';
const nameHelp = '队列名 · queue name';

/** Add `worker` and `queue status|failed|retry` to the CLI. */
export function registerQueueCommands(program: Command, io: Io): void {
  program
    .command('worker')
    .description('从队列取文件，解析、核对后存入数据库（可在多台机器上运行） · take files from the queue, parse, check and store them (run on any number of machines)')
    .requiredOption('--queue <url>', queueHelp)
    .requiredOption('--db <url>', '数据库（多台机器共用时用 postgres://…） · the store (postgres://… when machines share it)')
    .option('--concurrency <n>', '同时处理的文件数（默认每核一个） · files at once (default: one per core)', String(availableParallelism()))
    .option('--queue-name <name>', nameHelp, defaultQueueName)
    .action(async (opts: { queue: string; db: string; concurrency: string; queueName: string }) => {
      const concurrency = Number(opts.concurrency);
      if (!Number.isInteger(concurrency) || concurrency < 1) {
        fail(io, { zh: `--concurrency 应为正整数：${opts.concurrency}`, en: `--concurrency must be a positive integer: ${opts.concurrency}` });
      }
      const stop = new AbortController();
      let signals = 0;
      const onSignal = () => {
        // The first signal lets the jobs under way finish; a second one exits at once (their locks
        // expire and other workers take them over).
        if (++signals === 1) {
          io.err('正在停止，等待处理中的文件完成…（stopping: finishing the files under way…）');
          stop.abort();
        } else {
          io.err('立即退出（exiting now）');
          process.exit(130);
        }
      };
      process.on('SIGTERM', onSignal);
      process.on('SIGINT', onSignal);
      try {
        const handle = await attempt(io, () => runWorker({
          queueUrl: opts.queue, db: opts.db, concurrency, queueName: opts.queueName, signal: stop.signal, onEvent: (e) => io.err(eventLine(e)),
        }));
        io.err(`工作进程 ${handle.name} 已启动，队列 ${opts.queueName}，并发 ${concurrency}（worker ${handle.name} started: queue ${opts.queueName}, concurrency ${concurrency}）`);
        await handle.closed;
        io.err('工作进程已停止（worker stopped）');
      } finally {
        process.off('SIGTERM', onSignal);
        process.off('SIGINT', onSignal);
      }
    });

  const queue = program.command('queue').description('队列状态与失败列表 · the queue\'s state and its dead-letter list');
  queue
    .command('status')
    .description('各状态的任务数 · jobs by state')
    .requiredOption('--queue <url>', queueHelp)
    .option('--queue-name <name>', nameHelp, defaultQueueName)
    .action(async (opts: { queue: string; queueName: string }) => {
      const c = await attempt(io, () => queueStatus(opts.queue, { queueName: opts.queueName }));
      io.out(`等待 waiting     ${c.waiting}`);
      io.out(`处理中 active    ${c.active}`);
      io.out(`待重试 delayed   ${c.delayed}`);
      io.out(`已完成 completed ${c.completed}`);
      io.out(`失败 failed      ${c.failed}`);
    });
  queue
    .command('failed')
    .description('失败列表：重试用尽仍失败的文件 · the dead-letter list: files that failed after all their attempts')
    .requiredOption('--queue <url>', queueHelp)
    .option('--queue-name <name>', nameHelp, defaultQueueName)
    .option('--json', '输出 JSON，每行一个 · print JSON, one per line')
    .action(async (opts: { queue: string; queueName: string; json?: boolean }) => {
      const jobs = await attempt(io, () => listFailed(opts.queue, { queueName: opts.queueName }));
      for (const j of jobs) {
        io.out(opts.json ? JSON.stringify(j) : `${j.path}  尝试 attempts ${j.attempts}  ${j.error}`);
      }
      if (!opts.json) io.err(`共 ${jobs.length} 个失败任务（${jobs.length} failed jobs）`);
    });
  queue
    .command('retry')
    .description('把失败列表中的任务重新放回队列 · put the dead-letter list back on the queue')
    .requiredOption('--queue <url>', queueHelp)
    .option('--queue-name <name>', nameHelp, defaultQueueName)
    .action(async (opts: { queue: string; queueName: string }) => {
      const n = await attempt(io, () => retryFailed(opts.queue, { queueName: opts.queueName }));
      io.out(`已重新排队 ${n} 个任务（${n} jobs re-queued）`);
    });
}

/** One progress line, Chinese first with English beside. */
export function eventLine(e: WorkerEvent): string {
  switch (e.kind) {
    case 'stored':
      return `已入库（stored）：${e.file}${e.organ ? `  ${e.organ}` : ''}${e.year ? ` ${e.year}` : ''}  #${e.id}`;
    case 'already-stored':
      return `已在库中（already stored）：${e.file}  #${e.id}`;
    case 'not-a-report':
      return `不是年报，已记为失败报告（not a report, stored as failed）：${e.file}${e.error ? `：${e.error.zh}（${e.error.en}）` : ''}  #${e.id}`;
    case 'retry':
      return `出错，稍后重试 ${e.attempt}/${e.attempts}（error, will retry）：${e.file}：${e.error}`;
    case 'dead-letter':
      return `出错，已移入失败列表 ${e.attempt}/${e.attempts}（error, moved to the dead-letter list）：${e.file}：${e.error}`;
    case 'store-unavailable':
      return `暂时无法打开数据库，任务将失败并重试（cannot open the store for now; jobs will fail and be retried）：${e.error}`;
    case 'error':
      return `队列出错（queue error）：${e.error}`;
  }
}

/** Run `f`; a queue or store error is a message and exit code 2, not an internal error. */
async function attempt<T>(io: Io, f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (e) {
    if (e instanceof QueueError || e instanceof StoreError) fail(io, e);
    fail(io, { zh: `队列操作失败：${(e as Error).message}`, en: `queue operation failed: ${(e as Error).message}` });
  }
}

function fail(io: Io, m: { zh: string; en: string }): never {
  io.err(`nianbao: ${m.zh}（${m.en}）`);
  throw new CommanderError(2, 'nianbao.queue', m.en);
}
