/**
 * `nianbao render` and `nianbao new`: a thin shell over src/render (layout and output forms),
 * src/draft (drafts pre-filled from last year, read back with their totals) and the store.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { type Command, Option } from 'commander';
import type { Terminal } from './terminal.js';
import { NianbaoError, type Message } from '../errors.js';
import { help, render as msg } from './messages.js';
import { sumReports } from '../aggregate/sum.js';
import { check } from '../check/index.js';
import { DraftError, draftSource, draftXlsx, looksLikeDraftJson, newDraft, parseDraftJson, readDraft } from '../draft/index.js';
import { parseAsync, sourceOf } from '../parse.js';
import { readAsync } from '../read/async.js';
import { detectForm } from '../read/detect.js';
import type { Report } from '../model/report.js';
import { cellIdInfo } from '../model/values.js';
import { renderDoc, renderForms, renderTo, regionDoc, sourceOfReport, type RenderDoc, type RenderForm, type RenderSource, type SummaryMember } from '../render/index.js';
import { defaultDbFile } from '../store/connect.js';
import { Store, type ReportRow } from '../store/store.js';
import { regionOf } from '../corpus/filter.js';
import { stylish } from './formatters/stylish.js';
import { langOption } from './options.js';

/** Failures of input or usage: exit 2 with the message. */
const usage = (code: string, m: Message) => new NianbaoError(`render.${code}`, m.zh, m.en);

/** The draft's checks found errors: exit 1. */
const refusedCode = 'render.draft-errors';

const dbOption = (t: Terminal) => new Option('--db <file|url>', t.text(help.db)).env('NIANBAO_DB').default(defaultDbFile);

const yearOf = (s: string | undefined): number => {
  const y = Number(s);
  if (!Number.isInteger(y) || y < 2000 || y > 2100) throw usage('year', msg.badYear(String(s)));
  return y;
};

/** A store that cannot be opened throws a StoreError (a NianbaoError): exit 2 with its reason. */
const openStore = (db: string): Promise<Store> => Store.open(db);

/** Write a file; a path that cannot be written is a usage failure (exit 2) with its reason. */
async function writeOut(path: string, data: Uint8Array | string, t: Terminal): Promise<void> {
  await writeFile(path, data).catch((e: NodeJS.ErrnoException) => {
    throw usage('unwritable', msg.cannotWrite(path, e.code ?? e.message));
  });
  t.say(msg.wrote(path));
}

/** Write bytes to `-o`, or text forms to standard output. */
async function emit(bytes: Uint8Array, to: RenderForm, out: string | undefined, t: Terminal): Promise<void> {
  if (out) {
    await writeOut(out, bytes, t);
  } else if (to === 'html' || to === 'md') {
    t.out(Buffer.from(bytes).toString('utf8').replace(/\n$/, ''));
  } else {
    throw usage('binary-to-terminal', msg.binaryToTerminal(to));
  }
}

const labelOf = (id: string) => cellIdInfo(id)?.label ?? id;

/** Say which cells a 2019 → 2021 conversion left blank or dropped. */
function conversionNotes(doc: RenderDoc, t: Terminal): void {
  const { blank, dropped } = doc.conversion;
  if (blank.length) t.say(msg.leftBlank(blank.length, blank.map(labelOf).join('\n  ')));
  if (dropped.length) t.say(msg.dropped(dropped.length, dropped.map(labelOf).join('\n  ')));
}

/** A report in the corpus by id: its stored model (with the text re-read from the stored file, where kept). */
async function storedSource(store: Store, id: number, t: Terminal): Promise<RenderSource> {
  const [row] = await store.list({ ids: [id] });
  if (!row) throw usage('no-report', msg.noReport(id));
  const report = (await store.model(row.id))!;
  const file = await store.file(row.sha256);
  const bytes = file?.bytes ?? (file?.path && existsSync(file.path) ? await readFile(file.path) : null);
  const text = bytes ? (await readAsync(bytes)).source?.text : undefined;
  if (text === undefined) t.say(msg.tablesOnly);
  return sourceOfReport(report, text);
}

/** A draft (Excel form or JSON draft): read, totals worked out, every check run. */
async function draftInput(bytes: Uint8Array, file: string, force: boolean, t: Terminal): Promise<RenderSource> {
  let report: Report;
  let filled: string[];
  try {
    ({ report, filled } = await readDraft(bytes, file));
  } catch (e) {
    if (e instanceof DraftError) throw usage('draft', msg.inFile(file, e));
    throw e;
  }
  if (report.status === 'failed') {
    const f = report.diagnostics.find((d) => d.fatal);
    throw usage('unreadable', msg.inFile(file, f?.message ?? msg.notRead));
  }
  if (filled.length) t.say(msg.totalsFilled(filled.length));
  const diagnostics = check(report);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  // A JSON draft is checked as laid out (Markdown): its places are lines of that layout.
  const label = looksLikeDraftJson(bytes) ? t.text(msg.asLaidOut(file)) : file;
  if (diagnostics.length) t.io.err(stylish([{ file: label, diagnostics, source: sourceOf(report) }], t));
  if (errors.length && !force) {
    const m = msg.draftErrors(errors.length);
    throw new NianbaoError(refusedCode, m.zh, m.en);
  }
  return looksLikeDraftJson(bytes) ? draftSource(parseDraftJson(Buffer.from(bytes).toString('utf8'))) : sourceOfReport(report, sourceOf(report)?.text);
}

/** A region's reports of a year, summed; failed reports (and, if asked, those with errors) left out. */
async function regionSummaryDoc(store: Store, region: string, year: number, excludeErrors: boolean): Promise<RenderDoc> {
  const rows = await store.list({ region: regionOf(region), years: [year] });
  if (!rows.length) throw usage('no-region-reports', msg.noRegionReports(region, year));
  const why = (r: ReportRow): SummaryMember['excluded'] =>
    r.status === 'failed' ? msg.excludedNotRead
    : excludeErrors && r.errors > 0 ? msg.excludedErrors(r.errors)
    : undefined;
  const members = rows.map((r): SummaryMember => {
    const excluded = why(r);
    return { id: r.id, organ: r.organ, file: r.fileName, ...(excluded ? { excluded } : {}) };
  });
  const ids = rows.filter((r) => !why(r)).map((r) => r.id);
  const values = await store.values(ids);
  const sum = sumReports(rows.filter((r) => !why(r)).map((r) => ({ values: values.get(r.id)!, format: (r.format as '2019' | '2021' | null) ?? null })));
  return regionDoc({ region, year, sum, members });
}

/** Register `render` and `new` on `program`; `done(code)` sets the exit code. */
export function registerRenderCommands(program: Command, t: Terminal, done: (code: number) => void): void {
  const run = (body: (...args: any[]) => Promise<void>) => async (...args: any[]) => {
    try {
      await body(...args);
      done(0);
    } catch (e) {
      // A draft with errors (exit 1), a usage or input failure (exit 2): said in the terminal's language.
      if (e instanceof NianbaoError) {
        t.fail(e);
        done(e.code === refusedCode ? 1 : 2);
      } else throw e;
    }
  };

  program
    .command('render')
    .description(t.text(help.render))
    .argument('[input]', t.text(help.renderInput))
    .addOption(new Option('--to <form>', t.text(help.renderTo)).choices([...renderForms]).makeOptionMandatory())
    .option('-o, --output <file>', t.text(help.renderOutput))
    .addOption(new Option('--format <format>', t.text(help.renderFormat)).choices(['2019', '2021']))
    .option('--force', t.text(help.renderForce))
    .option('--aggregate <region>', t.text(help.renderAggregate))
    .option('--year <year>', t.text(help.renderYear))
    .option('--exclude-errors', t.text(help.renderExcludeErrors))
    .addOption(dbOption(t))
    .addOption(langOption(t))
    .action(run(async (input: string | undefined, opts: any) => {
      const to = opts.to as RenderForm;
      if (opts.aggregate !== undefined) {
        if (input !== undefined) throw usage('aggregate-input', msg.aggregateWithInput);
        const year = yearOf(opts.year);
        const store = await openStore(opts.db);
        try {
          const doc = await regionSummaryDoc(store, opts.aggregate, year, opts.excludeErrors === true);
          await emit(await renderTo(doc, to), to, opts.output, t);
        } finally {
          await store.close();
        }
        return;
      }
      if (input === undefined) throw usage('no-input', msg.noInput);
      let source: RenderSource;
      if (!existsSync(input) && /^\d+$/.test(input)) {
        const store = await openStore(opts.db);
        try {
          source = await storedSource(store, Number(input), t);
        } finally {
          await store.close();
        }
      } else {
        const bytes = await readFile(input).catch((e: NodeJS.ErrnoException) => {
          throw usage('unreadable', msg.cannotRead(input, e.code ?? e.message));
        });
        if (detectForm(bytes) === 'xlsx' || looksLikeDraftJson(bytes) || extname(input).toLowerCase() === '.json') {
          source = await draftInput(bytes, input, opts.force === true, t);
        } else {
          const report = await parseAsync(bytes, { name: input });
          if (report.status === 'failed') {
            const f = report.diagnostics.find((d) => d.fatal)!;
            throw usage('unreadable', msg.inFile(input, f.message));
          }
          source = sourceOfReport(report, sourceOf(report)?.text);
        }
      }
      const doc = renderDoc(source, opts.format ? { format: opts.format } : {});
      conversionNotes(doc, t);
      await emit(await renderTo(doc, to), to, opts.output, t);
    }));

  program
    .command('new')
    .description(t.text(help.draft))
    .requiredOption('--organ <name>', t.text(help.draftOrgan))
    .requiredOption('--year <year>', t.text(help.draftYear))
    .option('-o, --output <file>', t.text(help.draftOutput))
    .addOption(dbOption(t))
    .addOption(langOption(t))
    .action(run(async (opts: any) => {
      const year = yearOf(opts.year);
      const out: string | undefined = opts.output;
      const ext = out ? extname(out).toLowerCase() : '.json';
      if (ext !== '.xlsx' && ext !== '.json') throw usage('draft-output', msg.draftOutput);
      let organ: string = opts.organ;
      let previous: Parameters<typeof newDraft>[2];
      // No corpus at all (a SQLite file not there): a blank draft, and no empty corpus made on the way.
      const noCorpus = !/^postgres(ql)?:\/\//.test(opts.db) && !existsSync(opts.db);
      const store = noCorpus ? undefined : await openStore(opts.db);
      if (!store) t.say(msg.noCorpus(opts.db));
      else try {
        const rows = (await store.list({ organ: opts.organ, years: [year - 1] })).filter((r) => r.status !== 'failed');
        const last = rows[0];
        if (rows.length > 1) t.say(msg.severalLastYear(rows.length, last!.id, last!.organ));
        if (last) {
          organ = last.organ ?? organ;
          const model = await store.model(last.id);
          previous = { values: (await store.values([last.id])).get(last.id)!, table2Format: model?.tableFormats.table2 ?? model?.format ?? null };
          t.say(msg.carriedOver(last.id, last.organ, year - 1));
        } else {
          t.say(msg.noLastYear(opts.organ, year - 1));
        }
      } finally {
        await store.close();
      }
      const draft = newDraft(organ, year, previous);
      if (ext === '.xlsx') await writeOut(out!, await draftXlsx(draft), t);
      else if (out) await writeOut(out, JSON.stringify(draft, null, 2) + '\n', t);
      else t.out(JSON.stringify(draft, null, 2));
    }));
}
