/**
 * The corpus commands: ingest, organs, reparse, list, show, compare, stats, export. A thin shell
 * over the corpus API (src/corpus): options in, data out, formatted here.
 */
import { terminalSafe } from '../text/terminal.js';
import { terminalSafeStream } from './safe-stream.js';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { type Command, Option } from 'commander';
import { metricById, metrics } from '../aggregate/index.js';
import { compareOrgan, corpusStats, exportReports, filterOf, regionOf, listOrgans, listReports, listVersions, organOf, pinVersion, reparse, showReport, yearsOf, type ExportFormat, type StatsGroup } from '../corpus/index.js';
import type { ReportRow } from '../store/store.js';
import { NianbaoError } from '../errors.js';
import type { HeaderMode } from '../export/index.js';
import { ingest, type IngestProgress } from '../ingest/ingest.js';
import { Store, type GroupBy } from '../store/store.js';
import { fit, padStart } from '../text/width.js';
import { help, text, usage } from './messages.js';
import { dbOption, filterOptions, formatOption, langOption } from './options.js';
import { renderDiagnosticLine, renderSummary } from './summary.js';
import type { Terminal } from './terminal.js';

/** Register the corpus commands on `program`; `done(code)` sets the exit code. */
export function registerCorpusCommands(program: Command, t: Terminal, done: (code: number) => void): void {
  /**
   * Open the store, run `body`, close. Read commands (`create: false`) need an existing store;
   * a store that cannot be opened is exit 2 with its reason (main prints NianbaoErrors).
   */
  const withStore = (create: boolean, body: (store: Store, opts: any, ...args: any[]) => Promise<number | void>) =>
    async (...args: any[]) => {
      const cmd = args[args.length - 1] as Command;
      const opts = cmd.opts();
      const store = await Store.open(opts.db, { create });
      try {
        done((await body(store, opts, ...args.slice(0, -2))) ?? 0);
      } finally {
        await store.close();
      }
    };
  const command = (name: string) => program.command(name).addOption(langOption(t));

  command('ingest')
    .description(t.text(help.ingest))
    .argument('<path...>', t.text(help.ingestPaths))
    .addOption(dbOption(t))
    .option('--jobs <n>', t.text(help.jobs))
    .option('--no-bytes', t.text(help.noBytes))
    .option('--queue <url>', t.text(help.ingestQueue))
    .action(async (paths: string[], opts: any, cmd: Command) => {
      if (opts.queue) {
        // Onto the queue: no local store; a --db given is only asked which files it already holds.
        const { enqueue } = await import('../queue/index.js');
        const given = cmd.getOptionValueSource('db') !== 'default';
        const r = await enqueue(opts.queue, paths, given ? { db: opts.db } : {});
        t.say(text.queued({ queued: r.queued, skipped: r.skipped, unreadable: r.unreadable.length }));
        for (const u of r.unreadable) t.fail(u.error, u.path);
        return done(r.unreadable.length ? 2 : 0);
      }
      return ingestHere(paths, opts, cmd);
    });

  const ingestHere = withStore(true, async (store, opts, paths: string[]) => {
    const jobs = opts.jobs === undefined ? undefined : Number(opts.jobs);
    if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 0)) throw new NianbaoError('usage.jobs', usage.jobs.zh, usage.jobs.en);
    const tty = process.stderr.isTTY === true;
    const started = Date.now();
    const result = await ingest(store, paths, {
      ...(jobs !== undefined ? { jobs } : {}),
      storeBytes: opts.bytes !== false,
      ...(tty ? { onProgress: (p: IngestProgress) => process.stderr.write(`\r${terminalSafe(bar(p, t))}`) } : {}),
    });
    if (tty) process.stderr.write('\n');
    for (const u of result.unreadable) t.fail(u.error, u.path);
    for (const i of result.organIssues) t.fail(text.organLine(i.line, i));
    t.say(text.ingested(result, ((Date.now() - started) / 1000).toFixed(1)));
    return result.unreadable.length ? 2 : 0;
  });

  command('organs')
    .description(t.text(help.organs))
    .addOption(dbOption(t))
    .option('--import <csv>', t.text(help.organsImport))
    .addOption(formatOption(t, 'data'))
    .action(async (opts: any, cmd: Command) => withStore(opts.import !== undefined, async (store) => {
      if (opts.import) {
        const { readFile } = await import('node:fs/promises');
        let bytes: Uint8Array;
        try {
          bytes = await readFile(opts.import);
        } catch (e) {
          const m = usage.cannotRead(opts.import, (e as Error).message);
          throw new NianbaoError('usage.unreadable', m.zh, m.en);
        }
        const issues = await store.organs.importOverrides(bytes);
        for (const i of issues) t.fail(i, `${opts.import}:${i.line}`);
        if (issues.length) return 2;
      }
      const organs = await listOrgans(store);
      for (const o of organs) {
        if (opts.format === 'json') t.out(JSON.stringify(o));
        else t.out(`${padStart(String(o.id), 6)}  ${fit(o.name, 28)}  ${fit((o.level ?? '?') + (o.department ? '·' + t.text(text.department) : '') + (o.level_assumed ? '?' : ''), 14)}  ${fit(o.region_code ?? '', 12)}  ${fit(o.parent ?? '', 24)}  ${o.names.filter((x) => x !== o.name).join('、')}`);
        if (opts.format !== 'json' && o.region_note) t.out(`${' '.repeat(8)}${t.text(o.region_note)}`);
      }
      if (opts.format !== 'json') t.say(text.organsCount(organs.length));
    })(opts, cmd));

  command('reparse')
    .description(t.text(help.reparse))
    .addOption(dbOption(t))
    .option('--all', t.text(help.reparseAll))
    .action(withStore(false, async (store, opts) => {
      const { reparsed, missing } = await reparse(store, { all: opts.all === true });
      for (const r of missing) t.fail(text.noBytes, r.fileName);
      t.say(text.reparsed(reparsed, missing.length));
      return missing.length ? 2 : 0;
    }));

  filterOptions(command('list'), t)
    .description(t.text(help.list))
    .addOption(dbOption(t))
    .option('--preferred', t.text(help.listPreferred))
    .addOption(formatOption(t, 'data'))
    .action(withStore(false, async (store, opts) => {
      const rows = await listReports(store, { ...filterOf(opts), versions: opts.preferred ? 'preferred' : 'all' });
      if (opts.format === 'json') {
        for (const r of rows) t.out(JSON.stringify(r));
        return;
      }
      reportTable(rows, t);
      t.say(text.filesAndReports(rows.length, rows.filter((r) => r.preferred).length));
    }));

  command('versions')
    .description(t.text(help.versions))
    .argument('<id>', t.text(help.versionsId))
    .addOption(dbOption(t))
    .addOption(formatOption(t, 'data'))
    .action(withStore(false, async (store, opts, id: string) => {
      const rows = await listVersions(store, reportId(id));
      if (opts.format === 'json') {
        for (const r of rows) t.out(JSON.stringify(r));
        return;
      }
      reportTable(rows, t, true);
    }));

  command('pin')
    .description(t.text(help.pin))
    .argument('<id>', t.text(help.pinId))
    .option('--clear', t.text(help.pinClear))
    .addOption(dbOption(t))
    .action(withStore(false, async (store, opts, id: string) => {
      const rows = await pinVersion(store, reportId(id), opts.clear !== true);
      reportTable(rows, t, true);
      const counted = rows.find((r) => r.preferred)!;
      t.say(opts.clear ? text.unpinned(counted.id) : text.pinned(counted.id));
    }));

  command('show')
    .description(t.text(help.show))
    .argument('<id>', t.text(help.showId))
    .addOption(dbOption(t))
    .addOption(formatOption(t, 'data'))
    .action(withStore(false, async (store, opts, id: string) => {
      const { row, report, diagnostics: ds, organ } = await showReport(store, reportId(id));
      if (opts.format === 'json') {
        t.out(JSON.stringify({ report, diagnostics: ds, organ }, null, 2));
        return;
      }
      t.out(renderSummary(report, `#${row.id} ${row.fileName}`, t));
      if (ds.length) {
        t.out(`\n  ${t.text(text.findings)}`);
        for (const d of ds) t.out(`  ${renderDiagnosticLine(d, t)}`);
      }
      return ds.some((d) => d.severity === 'error') ? 1 : 0;
    }));

  command('compare')
    .description(t.text(help.compare))
    .argument('<organ>', t.text(help.organ))
    .requiredOption('--years <years>', t.text(help.year))
    .addOption(dbOption(t))
    .option('--region <code>', t.text(help.region))
    .option('--all', t.text(help.compareAll))
    .addOption(formatOption(t, 'data'))
    .action(withStore(false, async (store, opts, organ: string) => {
      const c = await compareOrgan(store, organOf(organ), yearsOf(opts.years), opts.region ? regionOf(opts.region) : undefined);
      if (opts.format === 'json') {
        t.out(JSON.stringify({ ...c, cells: c.cells.filter((x) => opts.all || !x.same) }, null, 2));
        return;
      }
      t.out(`${c.organ}  ${c.years.join(' · ')}` + (c.missingYears.length ? `  ${t.text(text.missingYears(c.missingYears.join(', ')))}` : ''));
      for (const v of c.versions) t.out(t.text(text.versionUsed(v.year, v.file, v.id, v.versions, text.chosenBy[v.chosenBy])));
      t.out(`  ${fit(t.text(text.cell), 56)}${c.years.map((y) => padStart(String(y), 10)).join('')}`);
      const blank = t.text(text.blank);
      for (const cell of c.cells) {
        if (cell.same && !opts.all) continue;
        t.out(`${cell.same ? ' ' : '*'} ${fit(cell.label, 56)}${cell.values.map((x) => padStart(x === undefined ? '·' : x === null ? blank : String(x), 10)).join('')}`);
      }
      t.out(t.text(text.differ(c.differ)));
      if (c.metrics.length) {
        t.out(`\n  ${fit(t.text(text.metric), 56)}${c.years.map((y) => padStart(String(y), 10)).join('')}${padStart(t.text(text.change), 14)}`);
        for (const m of c.metrics) {
          const a = m.change.absolute;
          const sign = a !== null && a >= 0 ? '+' : '';
          const delta = a === null ? '—' : m.unit === 'share' ? `${sign}${(a * 100).toFixed(1)} ${t.text(text.points)}` : `${sign}${formatMetric(a, m.unit)}`;
          t.out(`  ${fit(t.text(m.label), 56)}${m.values.map((x, i) => padStart(withBlanks(formatMetric(x, m.unit), x === null ? 0 : m.blanks[i]!, t), 10)).join('')}${padStart(delta, 14)}`);
        }
      }
      for (const { year, diagnostic: d } of c.crossYear) t.out(`  ${year}: ${t.text(d.message)}  ${t.paint('dim', d.ruleId)}`);
    }));

  filterOptions(command('stats'), t)
    .description(t.text(help.stats))
    .addOption(dbOption(t))
    .addOption(new Option('--by <group>', t.text(help.by)).choices(['none', 'year', 'level', 'region', 'organ', 'parent']).default('none'))
    .option('--region-digits <n>', t.text(help.regionDigits), '6')
    .option('--rank <metric>', t.text(help.rank(metrics.map((m) => m.id).join(', '))))
    .addOption(formatOption(t, 'data'))
    .action(withStore(false, async (store, opts) => {
      const filter = filterOf(opts);
      const digits = Number(opts.regionDigits);
      if (!Number.isInteger(digits) || digits < 1 || digits > 12) throw new NianbaoError('usage.region-digits', usage.regionDigits(opts.regionDigits).zh, usage.regionDigits(opts.regionDigits).en);
      const started = performance.now();
      const stats = await corpusStats(store, filter, { by: opts.by as GroupBy, regionDigits: digits, rank: opts.rank });
      const ms = performance.now() - started;
      const groupName = (g: StatsGroup) => g.name ?? t.text(g.key === null && stats.groupBy === 'none' ? text.all : text.unknown);
      if (opts.format === 'json') {
        t.out(JSON.stringify({ ...stats, groups: stats.groups.map((g) => ({ ...g, name: groupName(g) })) }, null, 2));
        return;
      }
      const { excluded } = stats;
      if (filter.excludeErrors) t.out(t.text(text.excluded(excluded.length, excluded.slice(0, 20).map((r) => `#${r.id} ${r.organ ?? ''}${r.year ?? ''}`).join('、') + (excluded.length > 20 ? '…' : ''))));
      else t.out(t.text(text.included));
      t.out(t.text(text.versionsCounted(stats.versions)));
      const metric = stats.rank ? metricById(stats.rank) : undefined;
      const shown = metrics.filter((m) => m.id !== metric?.id).slice(0, 4);
      const head = [...(metric ? [metric] : []), ...shown];
      t.out(`${metric ? padStart(t.text(text.rankHead), 4) + ' ' : ''}${fit(t.text(text.group), 30)}${padStart(t.text(text.reports), 8)}${head.map((m) => ' ' + padStart(fit(t.text(m.label), 13).trimEnd(), 13)).join('')}`);
      for (const g of stats.groups) {
        t.out(`${metric ? padStart(g.rank === null ? '-' : String(g.rank), 4) + ' ' : ''}${fit(groupName(g), 30)}${padStart(String(g.reports), 8)}${head.map((m) => ' ' + padStart(withBlanks(formatMetric(g.metrics[m.id] ?? null, m.unit), g.metrics[m.id] == null ? 0 : g.metricBlanks[m.id]!, t), 13)).join('')}`);
      }
      if (stats.groups.some((g) => head.some((m) => g.metrics[m.id] != null && g.metricBlanks[m.id]! > 0))) t.say(text.blanksNote);
      for (const s of stats.summaries) for (const d of s.findings) t.out(`  ${s.organ} ${s.year}: ${t.text(d.message)}`);
      t.say(text.aggregated(ms.toFixed(0)));
    }));

  filterOptions(command('export'), t)
    .description(t.text(help.export))
    .addOption(dbOption(t))
    .addOption(new Option('--to <format>', t.text(help.exportTo)).choices(['csv', 'csv-long', 'xlsx', 'jsonl']).makeOptionMandatory())
    .option('-o, --output <file>', t.text(help.output))
    .addOption(new Option('--header <mode>', t.text(help.header)).choices(['label', 'id', 'both']).default('label'))
    .action(withStore(false, async (store, opts) => {
      const filter = filterOf(opts);
      if (opts.to === 'xlsx' && !opts.output && process.stdout.isTTY) throw new NianbaoError('usage.xlsx-terminal', usage.xlsxToTerminal.zh, usage.xlsxToTerminal.en);
      // On a terminal, through the sanitiser; piped or to a file, the bytes as written.
      const out: Writable = opts.output ? createWriteStream(opts.output) : process.stdout.isTTY ? terminalSafeStream(process.stdout) : process.stdout;
      const { reports } = await exportReports(store, filter, out, { to: opts.to as ExportFormat, header: opts.header as HeaderMode });
      t.say(text.exported(reports));
    }));
}

/** A report id argument: a positive whole number, else exit 2. */
function reportId(id: string): number {
  if (!/^\d+$/.test(id)) throw new NianbaoError('usage.report-id', usage.reportId(id).zh, usage.reportId(id).en);
  return Number(id);
}

/** Stored files as a table, each marked as its report's version (counted or not, of how many). */
function reportTable(rows: readonly ReportRow[], t: Terminal, quality = false): void {
  const h = text.listHead;
  t.out(`${padStart(t.text(h.id), 6)}  ${fit(t.text(h.organ), 28)}  ${fit(t.text(h.year), 4)}  ${fit(t.text(text.versionHead), 10)}  ${fit(t.text(h.format), 6)}  ${fit(t.text(h.status), 10)}  ${padStart(t.text(h.errors), 6)} ${padStart(t.text(h.warnings), 8)}${quality ? padStart(t.text(text.readerIssues), 10) : ''}  ${t.text(h.file)}`);
  for (const r of rows) {
    t.out(`${padStart(String(r.id), 6)}  ${fit(r.organ ?? r.organName ?? '?', 28)}  ${fit(String(r.year ?? '?'), 4)}  ${fit(t.text(text.versionMark(r.preferred, r.pinned, r.versions)), 10)}  ${fit(r.format ?? '?', 6)}  ${fit(r.status, 10)}  ${padStart(String(r.errors), 6)} ${padStart(String(r.warnings), 8)}${quality ? padStart(String(r.readerIssues), 10) : ''}  ${r.fileName}`);
  }
}

function bar(p: IngestProgress, t: Terminal): string {
  const width = 24;
  const share = p.total ? Math.min(1, p.done / p.total) : 0;
  const filled = Math.round(share * width);
  return `[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${t.text(text.progress(p))}`;
}

/** A figure computed with blank inputs, with their count beside it (空2). */
function withBlanks(figure: string, blanks: number, t: Terminal): string {
  return blanks > 0 ? `${figure} ${t.text(text.blanksBeside(blanks))}` : figure;
}

function formatMetric(v: number | null, unit: string): string {
  if (v === null) return '—';
  if (unit === 'share') return `${(v * 100).toFixed(1)}%`;
  if (unit === 'per100') return v.toFixed(2);
  return String(Math.round(v * 100) / 100);
}
