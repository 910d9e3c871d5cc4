/**
 * The corpus commands: ingest, reparse, list, show, compare, stats, export. A thin shell over
 * the store (src/store), ingest, aggregation and export modules.
 */
import { terminalSafe } from '../text/terminal.js';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { type Command, Option } from 'commander';
import { computeMetrics, metricById, metricChange, metrics, rankByMetric, sumReports, compareSummary } from '../aggregate/index.js';
import { writeCsv, writeJsonl, writeXlsx, type ExportItem, type HeaderMode } from '../export/index.js';
import { parserVersion } from '../extract/index.js';
import { ingest, type IngestProgress } from '../ingest/ingest.js';
import { processFile } from '../ingest/task.js';
import { allCellIds } from '../model/values.js';
import { StoreError, defaultDbFile } from '../store/connect.js';
import { crossYearPass } from '../store/cross-year.js';
import { Store, type GroupBy, type ReportFilter, type ReportRow } from '../store/store.js';
import { fit, padStart } from '../text/width.js';
import { renderSummary, type Lang } from './summary.js';

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

const dbOption = () => new Option('--db <file|url>', `语料库：SQLite 文件或 postgres:// 地址 · corpus: a SQLite file or a postgres:// URL`)
  .env('NIANBAO_DB').default(defaultDbFile);

/** The options every query command takes to choose reports. */
function filterOptions(cmd: Command): Command {
  return cmd
    .option('--year <years>', '年度，逗号分隔 · years, comma-separated (2022,2023)')
    .option('--region <code>', '区划代码前缀 · region code prefix')
    .option('--level <level>', '层级 · level (province, city, county, town, national)')
    .option('--organ <name>', '机关名称（含其变体）或编号 · organ name (any variant) or id')
    .option('--rule <id>', '有此规则发现的报告 · reports with a finding of this rule')
    .option('--status <status>', '状态 · status (ok, incomplete, failed)')
    .option('--exclude-errors', '排除有错误的报告 · leave out reports with error findings');
}

interface FilterFlags {
  year?: string;
  region?: string;
  level?: string;
  organ?: string;
  rule?: string;
  status?: string;
  excludeErrors?: boolean;
}

class Usage extends Error {
  constructor(readonly zh: string, readonly en: string) {
    super(en);
  }
}

function filterOf(f: FilterFlags): ReportFilter {
  const out: ReportFilter = {};
  if (f.year) out.years = yearsOf(f.year);
  if (f.region) out.region = f.region;
  if (f.level) out.level = f.level;
  if (f.organ) out.organ = /^\d+$/.test(f.organ) ? Number(f.organ) : f.organ;
  if (f.rule) out.rule = f.rule;
  if (f.status) out.status = f.status;
  if (f.excludeErrors) out.excludeErrors = true;
  return out;
}

function yearsOf(s: string): number[] {
  const ys = s.split(/[,，]/).map((x) => Number(x.trim()));
  if (ys.some((y) => !Number.isInteger(y) || y < 2000 || y > 2100)) throw new Usage(`年度不合法：${s}`, `invalid years: ${s}`);
  return ys;
}

/** Register the corpus commands on `program`; `done(code)` sets the exit code. */
export function registerCorpusCommands(program: Command, io: Io, done: (code: number) => void): void {
  /** Open the store, run `body`, close; a store that cannot be opened is exit 2 with its reason. */
  const withStore = (body: (store: Store, opts: any, ...args: any[]) => Promise<number | void>) =>
    async (...args: any[]) => {
      const cmd = args[args.length - 1] as Command;
      const opts = cmd.opts();
      let store: Store;
      try {
        store = await Store.open(opts.db);
      } catch (e) {
        if (e instanceof StoreError) {
          io.err(`nianbao: ${e.zh}（${e.en}）`);
          return done(2);
        }
        throw e;
      }
      try {
        const code = await body(store, opts, ...args.slice(0, -2));
        done(code ?? 0);
      } catch (e) {
        if (e instanceof Usage) {
          io.err(`nianbao: ${e.zh}（${e.en}）`);
          done(2);
        } else throw e;
      } finally {
        await store.close();
      }
    };

  program
    .command('ingest')
    .description('把年报收入语料库（文件、目录、zip） · store reports in the corpus (files, folders, zip archives)')
    .argument('<path...>', '年报文件或目录 · report files or folders')
    .addOption(dbOption())
    .option('--jobs <n>', '并行线程数（默认每核一个） · worker threads (default: one per core)')
    .option('--no-bytes', '只记路径，不存文件内容 · keep paths only, not the files themselves')
    .option('--queue <url>', '放入任务队列（redis://…），由 nianbao worker 处理 · put the files on a job queue for `nianbao worker`')
    .action(async (paths: string[], opts: any, cmd: Command) => {
      if (opts.queue) {
        // Onto the queue: no local store; a --db given is only asked which files it already holds.
        const { enqueue, QueueError } = await import('../queue/index.js');
        try {
          const given = cmd.getOptionValueSource('db') !== 'default';
          const r = await enqueue(opts.queue, paths, given ? { db: opts.db } : {});
          io.err(`已入队 ${r.queued} 个，跳过 ${r.skipped} 个（已入库、已在队列或重复），无法读取 ${r.unreadable.length} 个（queued ${r.queued}, skipped ${r.skipped}, unreadable ${r.unreadable.length}）`);
          for (const u of r.unreadable) io.err(`nianbao: ${u.path}: ${u.error.zh}（${u.error.en}）`);
          return done(r.unreadable.length ? 2 : 0);
        } catch (e) {
          if (e instanceof QueueError || e instanceof StoreError) {
            io.err(`nianbao: ${e.zh}（${e.en}）`);
            return done(2);
          }
          throw e;
        }
      }
      return ingestHere(paths, opts, cmd);
    });

  const ingestHere = withStore(async (store, opts, paths: string[]) => {
      const jobs = opts.jobs === undefined ? undefined : Number(opts.jobs);
      if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 0)) throw new Usage('--jobs 须为非负整数', '--jobs must be a whole number ≥ 0');
      const tty = process.stderr.isTTY;
      const started = Date.now();
      const result = await ingest(store, paths, {
        ...(jobs !== undefined ? { jobs } : {}),
        storeBytes: opts.bytes !== false,
        ...(tty ? { onProgress: (p: IngestProgress) => process.stderr.write(`\r${terminalSafe(bar(p))}`) } : {}),
      });
      if (tty) process.stderr.write('\n');
      for (const u of result.unreadable) io.err(`nianbao: ${u.path}: ${u.error.zh}（${u.error.en}）`);
      for (const i of result.organIssues) io.err(`nianbao: 机关表第 ${i.line} 行 organ CSV line ${i.line}: ${i.zh}（${i.en}）`);
      const secs = (Date.now() - started) / 1000;
      io.err(`新存 ${result.stored} 份（其中未能读取 ${result.failed} 份），已有而跳过 ${result.skipped} 份，跨年核对 ${result.crossYear} 份，${secs.toFixed(1)} 秒` +
        `（stored ${result.stored}, ${result.failed} of them failed; skipped ${result.skipped} already stored; cross-year checks ${result.crossYear}; ${secs.toFixed(1)} s）`);
      return result.unreadable.length ? 2 : 0;
  });

  program
    .command('organs')
    .description('列出语料库中的机关及其层级；导入机关表覆盖 · list the organs and their place; import a CSV that overrides it')
    .addOption(dbOption())
    .option('--import <csv>', '机关表（机关,区划代码,层级,上级） · organ CSV (organ,region_code,level,parent)')
    .option('--json', '每行一个 JSON 对象 · one JSON object per line')
    .action(withStore(async (store, opts) => {
      if (opts.import) {
        const { readFile } = await import('node:fs/promises');
        let bytes: Uint8Array;
        try {
          bytes = await readFile(opts.import);
        } catch (e) {
          throw new Usage(`无法读取“${opts.import}”：${(e as Error).message}`, `cannot read “${opts.import}”: ${(e as Error).message}`);
        }
        const issues = await store.organs.importOverrides(bytes);
        for (const i of issues) io.err(`nianbao: ${opts.import}:${i.line}: ${i.zh}（${i.en}）`);
        if (issues.length) return 2;
      }
      const organs = await store.db.selectFrom('organ').leftJoin('organ as parent', 'parent.id', 'organ.parent_id')
        .select(['organ.id', 'organ.name', 'organ.level', 'organ.department', 'organ.level_assumed', 'organ.region_code', 'organ.placed_by', 'parent.name as parent'])
        .orderBy('organ.name').execute();
      const names = await store.db.selectFrom('organ_name').select(['organ_id', 'name']).execute();
      const variants = new Map<number, string[]>();
      for (const n of names) variants.set(n.organ_id, [...(variants.get(n.organ_id) ?? []), n.name]);
      for (const o of organs) {
        const v = variants.get(o.id) ?? [];
        if (opts.json) io.out(JSON.stringify({ ...o, department: o.department === 1, level_assumed: o.level_assumed === 1, names: v }));
        else io.out(`${padStart(String(o.id), 6)}  ${fit(o.name, 28)}  ${fit((o.level ?? '?') + (o.department ? '·部门' : '') + (o.level_assumed ? '?' : ''), 14)}  ${fit(o.region_code ?? '', 12)}  ${fit(o.parent ?? '', 24)}  ${v.filter((x) => x !== o.name).join('、')}`);
      }
      if (!opts.json) io.out(`共 ${organs.length} 个机关（${organs.length} organs; ? = level assumed from the name, see docs/organs.md）`);
    }));

  program
    .command('reparse')
    .description('用当前版本重新读取语料库中的报告 · re-parse stored reports with this version')
    .addOption(dbOption())
    .option('--all', '全部重读（默认只重读旧版本读取的） · every report (default: those read by another version)')
    .action(withStore(async (store, opts) => {
      const rows = (await store.list()).filter((r) => opts.all || r.parserVersion !== parserVersion);
      let n = 0;
      let missing = 0;
      for (const r of rows) {
        const f = await store.file(r.sha256);
        let bytes = f?.bytes ?? null;
        if (!bytes && f?.path) {
          try {
            bytes = await (await import('node:fs/promises')).readFile(f.path);
          } catch { /* reported below */ }
        }
        if (!bytes) {
          missing++;
          io.err(`nianbao: ${r.fileName}: 没有存文件内容，原路径也读不到（no stored bytes and the original path cannot be read）`);
          continue;
        }
        await store.replace(r.id, await processFile({ bytes, name: r.fileName }));
        n++;
      }
      if (rows.length) await crossYearPass(store, rows.map((r) => r.id));
      io.err(`重新读取 ${n} 份（re-parsed ${n}）` + (missing ? `，${missing} 份无法读取（${missing} could not be read）` : ''));
      return missing ? 2 : 0;
    }));

  filterOptions(program.command('list'))
    .description('列出语料库中的报告 · list the reports in the corpus')
    .addOption(dbOption())
    .option('--json', '每行一个 JSON 对象 · one JSON object per line')
    .action(withStore(async (store, opts) => {
      const rows = await store.list(filterOf(opts));
      if (opts.json) {
        for (const r of rows) io.out(JSON.stringify(r));
        return;
      }
      io.out(`${padStart('编号', 6)}  ${fit('机关 organ', 28)}  年度  格式  状态        错误 警告  文件 file`);
      for (const r of rows) {
        io.out(`${padStart(String(r.id), 6)}  ${fit(r.organ ?? r.organName ?? '?', 28)}  ${r.year ?? '?   '}  ${r.format ?? '?   '}  ${fit(r.status, 10)}  ${padStart(String(r.errors), 4)} ${padStart(String(r.warnings), 4)}  ${r.fileName}`);
      }
      io.out(`共 ${rows.length} 份（${rows.length} reports）`);
    }));

  program
    .command('show')
    .description('显示一份报告及其发现 · show one stored report and its findings')
    .argument('<id>', '报告编号（见 list） · report id (see list)')
    .addOption(dbOption())
    .addOption(new Option('--lang <lang>', '输出语言 · output language').choices(['zh', 'en']).default('zh'))
    .option('--json', '输出模型与发现 · print the model and findings as JSON')
    .action(withStore(async (store, opts, id: string) => {
      const [row] = await store.list({ ids: [Number(id)] });
      if (!row) throw new Usage(`没有编号为 ${id} 的报告`, `no report with id ${id}`);
      const report = (await store.model(row.id))!;
      const ds = await store.diagnostics(row.id);
      if (opts.json) {
        io.out(JSON.stringify({ report, diagnostics: ds, organ: { id: row.organId, name: row.organ, level: row.level, region: row.regionCode } }, null, 2));
        return;
      }
      io.out(renderSummary(report, `#${row.id} ${row.fileName}`, opts.lang as Lang));
      if (ds.length) {
        io.out('\n  发现 findings');
        for (const d of ds) {
          const at = d.position ? `${d.position.line}:${d.position.column}` : '';
          io.out(`  ${at.padEnd(8)} ${d.severity.padEnd(8)} ${opts.lang === 'en' ? d.message.en : d.message.zh}  ${d.ruleId}`);
        }
      }
      return ds.some((d) => d.severity === 'error') ? 1 : 0;
    }));

  program
    .command('compare')
    .description('同一机关不同年度对照 · one organ\'s reports side by side across years')
    .argument('<organ>', '机关名称（含变体）或编号 · organ name (any variant) or id')
    .requiredOption('--years <years>', '年度，逗号分隔 · years, comma-separated (2022,2023)')
    .addOption(dbOption())
    .option('--all', '列出全部单元格（默认只列不同的） · every cell (default: those that differ)')
    .action(withStore(async (store, opts, organ: string) => {
      const years = yearsOf(opts.years);
      const rows = await store.list({ organ: /^\d+$/.test(organ) ? Number(organ) : organ, years });
      const organs = new Set(rows.map((r) => r.organId));
      if (organs.size > 1) throw new Usage(`“${organ}”对应多个机关：${[...new Set(rows.map((r) => r.organ))].join('、')}`, `“${organ}” matches several organs; give the full name or the id`);
      const byYear = new Map<number, ReportRow>();
      for (const r of rows) if (r.year !== null && !byYear.has(r.year)) byYear.set(r.year, r);
      const missingYears = years.filter((y) => !byYear.has(y));
      if (!rows.length) throw new Usage(`语料库中没有“${organ}”的报告`, `no report of “${organ}” in the corpus`);
      const values = await store.values([...byYear.values()].map((r) => r.id));
      const cols = years.filter((y) => byYear.has(y));
      const v = (y: number, id: string) => values.get(byYear.get(y)!.id)![id];
      io.out(`${rows[0]!.organ}  ${cols.join(' · ')}` + (missingYears.length ? `  （缺 missing: ${missingYears.join(', ')}）` : ''));
      io.out(`  ${fit('单元格 cell', 56)}${cols.map((y) => padStart(String(y), 10)).join('')}`);
      let differ = 0;
      for (const info of allCellIds()) {
        const vals = cols.map((y) => v(y, info.id));
        if (vals.every((x) => x === undefined)) continue;
        const same = vals.every((x) => x === vals[0]);
        if (!same) differ++;
        if (same && !opts.all) continue;
        io.out(`${same ? ' ' : '*'} ${fit(info.label, 56)}${vals.map((x) => padStart(x === undefined ? '·' : x === null ? '空' : String(x), 10)).join('')}`);
      }
      io.out(`${differ} 个单元格不同（${differ} cells differ; * marks them）`);
      // The derived metrics per year, and their change from the first year shown to the last.
      if (cols.length >= 2) {
        // Each year's values in the layout the metrics read (a 2019 （六） folded into （六）3).
        const laidOut = cols.map((y) => sumReports([{ values: values.get(byYear.get(y)!.id)! }]).values);
        const first = laidOut[0]!;
        const last = laidOut[laidOut.length - 1]!;
        io.out(`\n  ${fit('指标 metric', 56)}${cols.map((y) => padStart(String(y), 10)).join('')}${padStart('变化 change', 14)}`);
        for (const m of metrics) {
          const shown = laidOut.map((v) => formatMetric(m.compute(v), m.unit));
          const c = metricChange(m, last, first);
          const delta = c.absolute === null ? '—' : m.unit === 'share' ? `${c.absolute >= 0 ? '+' : ''}${(c.absolute * 100).toFixed(1)} 点 pt` : `${c.absolute >= 0 ? '+' : ''}${formatMetric(c.absolute, m.unit)}`;
          io.out(`  ${fit(`${m.label.zh} ${m.label.en}`, 56)}${shown.map((x) => padStart(x, 10)).join('')}${padStart(delta, 14)}`);
        }
      }
      for (const y of cols) {
        const ds = (await store.diagnostics(byYear.get(y)!.id)).filter((d) => d.category === 'cross-year');
        for (const d of ds) io.out(`  ${y}: ${d.message.zh}（${d.ruleId}）`);
      }
    }));

  filterOptions(program.command('stats'))
    .description('汇总表三、表四与派生指标，可分组、排名 · combined tables 3 and 4 with metrics, grouped and ranked')
    .addOption(dbOption())
    .addOption(new Option('--by <group>', '分组 · group by').choices(['none', 'year', 'level', 'region', 'organ', 'parent']).default('none'))
    .option('--region-digits <n>', '按区划分组时取代码前几位（2 省、4 市、6 县） · digits of the region code to group by', '6')
    .option('--rank <metric>', `按指标排名 · rank the groups by a metric (${metrics.map((m) => m.id).join(', ')})`)
    .option('--json', '输出 JSON · print JSON')
    .action(withStore(async (store, opts) => {
      const filter = filterOf(opts);
      const metric = opts.rank ? metricById(opts.rank) : undefined;
      if (opts.rank && !metric) throw new Usage(`没有指标 ${opts.rank}`, `no metric ${opts.rank}; one of ${metrics.map((m) => m.id).join(', ')}`);
      const started = performance.now();
      const groups = (await store.sums(filter, opts.by as GroupBy, Number(opts.regionDigits)))
        .sort((a, b) => (a.key === null ? 1 : b.key === null ? -1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      // Reports left out for their errors, said out loud.
      const excluded = filter.excludeErrors ? await store.list({ ...filter, excludeErrors: false }).then((all) => all.filter((r) => r.errors > 0 && r.status !== 'failed')) : [];
      const names = opts.by === 'organ' || opts.by === 'parent' ? await organNames(store, groups.map((g) => g.key)) : new Map();
      const items = groups.map((g) => {
        const agg = sumReports([{ values: g.values, reports: g.reports, noNumber: g.blanks }]);
        return { key: g.key, name: names.get(g.key) ?? (g.key === null ? (opts.by === 'none' ? '全部 all' : '未知 unknown') : String(g.key)), reports: g.reports, ids: g.ids, values: agg.values, blanks: g.blanks, metrics: computeMetrics(agg.values) };
      });
      const ranked = metric ? rankByMetric(items, metric) : items.map((item) => ({ item, rank: null, value: null }));
      const ms = performance.now() - started;
      // Where a parent organ's own report is a summary of its members', compare.
      const summaries = opts.by === 'parent' ? await summaryChecks(store, groups, filter) : [];
      if (opts.json) {
        io.out(JSON.stringify({ groupBy: opts.by, excluded: excluded.map((r) => ({ id: r.id, organ: r.organ, year: r.year, errors: r.errors })), groups: ranked.map((r) => ({ rank: r.rank, ...r.item })), summaries, ms }, null, 2));
        return;
      }
      if (filter.excludeErrors) io.out(`已排除有错误的报告 ${excluded.length} 份（excluded ${excluded.length} reports with errors）${excluded.length ? '：' + excluded.slice(0, 20).map((r) => `#${r.id} ${r.organ ?? ''}${r.year ?? ''}`).join('、') + (excluded.length > 20 ? '…' : '') : ''}`);
      else io.out('含有错误的报告也已计入（reports with errors included; --exclude-errors leaves them out）');
      const shown = metrics.filter((m) => m.id !== metric?.id).slice(0, 4);
      const head = [...(metric ? [metric] : []), ...shown];
      io.out(`${metric ? '名次 ' : ''}${fit('分组 group', 30)}${padStart('报告', 6)}${head.map((m) => ' ' + padStart(fit(m.label.zh, 13).trimEnd(), 13)).join('')}`);
      for (const r of ranked) {
        io.out(`${metric ? padStart(r.rank === null ? '-' : String(r.rank), 4) + ' ' : ''}${fit(String(r.item.name), 30)}${padStart(String(r.item.reports), 6)}${head.map((m) => ' ' + padStart(formatMetric(r.item.metrics[m.id] ?? null, m.unit), 13)).join('')}`);
      }
      for (const s of summaries) for (const d of s.findings) io.out(`  ${s.organ} ${s.year}: ${d.message.zh}`);
      io.err(`汇总用时 ${ms.toFixed(0)} ms（aggregated in ${ms.toFixed(0)} ms）`);
    }));

  filterOptions(program.command('export'))
    .description('导出为 CSV、XLSX 或 JSONL · export to CSV, XLSX or JSONL')
    .addOption(dbOption())
    .addOption(new Option('--to <format>', '格式 · format').choices(['csv', 'xlsx', 'jsonl']).makeOptionMandatory())
    .option('-o, --output <file>', '输出文件（默认标准输出） · output file (default: standard output)')
    .addOption(new Option('--header <mode>', '表头 · header').choices(['label', 'id', 'both']).default('label'))
    .action(withStore(async (store, opts) => {
      const filter = filterOf(opts);
      const rows = await store.list(filter);
      if (opts.to === 'xlsx' && !opts.output && process.stdout.isTTY) throw new Usage('XLSX 不能输出到终端，请用 -o 指定文件', 'XLSX cannot go to a terminal; give -o FILE');
      const out: Writable = opts.output ? createWriteStream(opts.output) : process.stdout;
      async function* items(): AsyncGenerator<ExportItem> {
        for (const r of rows) {
          const report = await store.model(r.id);
          if (!report) continue;
          yield { report, diagnostics: await store.diagnostics(r.id), organ: { id: r.organId ?? undefined, name: r.organ ?? r.organName ?? '', level: r.level, region: r.regionCode }, file: r.fileName };
        }
      }
      const header = opts.header as HeaderMode;
      if (opts.to === 'csv') await writeCsv(items(), out, { header });
      else if (opts.to === 'jsonl') await writeJsonl(items(), out);
      else {
        const [sum] = await store.sums(filter);
        const title = rows.length === 1 ? `${rows[0]!.organ ?? ''} ${rows[0]!.year ?? ''}` : `${rows.length} 份报告合计（sum of ${rows.length} reports）`;
        await writeXlsx(items(), out, { header, ...(sum ? { tables: { title, values: sumReports([{ values: sum.values, reports: sum.reports, noNumber: sum.blanks }]).values } } : {}) });
      }
      io.err(`已导出 ${rows.length} 份（exported ${rows.length} reports）`);
    }));
}

function bar(p: IngestProgress): string {
  const width = 24;
  const share = p.total ? Math.min(1, p.done / p.total) : 0;
  const filled = Math.round(share * width);
  return `[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${p.done}/${p.total}  新存 stored ${p.stored}  跳过 skipped ${p.skipped}  失败 failed ${p.failed}`;
}

function formatMetric(v: number | null, unit: string): string {
  if (v === null) return '—';
  if (unit === 'share') return `${(v * 100).toFixed(1)}%`;
  if (unit === 'per100') return v.toFixed(2);
  return String(Math.round(v * 100) / 100);
}

async function organNames(store: Store, ids: Array<string | number | null>): Promise<Map<string | number | null, string>> {
  const list = ids.filter((x): x is number => typeof x === 'number');
  if (!list.length) return new Map();
  const rows = await store.db.selectFrom('organ').select(['id', 'name']).where('id', 'in', list).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** A parent organ's own report that is a summary (汇总) of its members', against their sum. */
async function summaryChecks(store: Store, groups: Awaited<ReturnType<Store['sums']>>, filter: ReportFilter) {
  const out: Array<{ organ: string; year: number | null; reportId: number; findings: ReturnType<typeof compareSummary> }> = [];
  const rows = await store.list(filter);
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const g of groups) {
    if (typeof g.key !== 'number') continue;
    const own = rows.filter((r) => r.organId === g.key && r.status !== 'failed' && /汇总/.test(r.title ?? ''));
    for (const r of own) {
      const members = g.ids.map((id) => byId.get(id)!).filter((m) => m.year === r.year);
      if (!members.length) continue;
      const values = await store.values([r.id, ...members.map((m) => m.id)]);
      out.push({
        organ: r.organ ?? '', year: r.year, reportId: r.id,
        findings: compareSummary(values.get(r.id)!, members.map((m) => ({ name: m.organ, values: values.get(m.id)! }))),
      });
    }
  }
  return out;
}

