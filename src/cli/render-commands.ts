/**
 * `nianbao render` and `nianbao new`: a thin shell over src/render (layout and output forms),
 * src/draft (drafts pre-filled from last year, read back with their totals) and the store.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { type Command, Option } from 'commander';
import type { Terminal } from './terminal.js';
import { sumReports } from '../aggregate/sum.js';
import { check } from '../check/index.js';
import { DraftError, draftSource, draftXlsx, looksLikeDraftJson, newDraft, parseDraftJson, readDraft } from '../draft/index.js';
import { parseAsync, sourceOf } from '../parse.js';
import { readAsync } from '../read/async.js';
import { detectForm } from '../read/detect.js';
import type { Report } from '../model/report.js';
import { cellIdInfo } from '../model/values.js';
import { RenderError, renderDoc, renderForms, renderTo, regionDoc, sourceOfReport, type RenderDoc, type RenderForm, type RenderSource, type SummaryMember } from '../render/index.js';
import { StoreError, defaultDbFile } from '../store/connect.js';
import { Store, type ReportRow } from '../store/store.js';
import { stylish } from './formatters/stylish.js';

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

/** Failures of input or usage: exit 2 with the message. */
class Usage extends Error {
  constructor(readonly zh: string, readonly en: string) {
    super(en);
  }
}

const dbOption = () => new Option('--db <file|url>', '语料库：SQLite 文件或 postgres:// 地址 · corpus: a SQLite file or a postgres:// URL')
  .env('NIANBAO_DB').default(defaultDbFile);

const yearOf = (s: string | undefined): number => {
  const y = Number(s);
  if (!Number.isInteger(y) || y < 2000 || y > 2100) throw new Usage(`年度不合法：${s}`, `invalid year: ${s}`);
  return y;
};

async function openStore(db: string): Promise<Store> {
  try {
    return await Store.open(db);
  } catch (e) {
    if (e instanceof StoreError) throw new Usage(e.zh, e.en);
    throw e;
  }
}

/** Write a file; a path that cannot be written is a usage failure (exit 2) with its reason. */
async function writeOut(path: string, data: Uint8Array | string, io: Io): Promise<void> {
  await writeFile(path, data).catch((e: NodeJS.ErrnoException) => {
    throw new Usage(`无法写入 ${path}：${e.code ?? e.message}`, `cannot write ${path}: ${e.code ?? e.message}`);
  });
  io.err(`已写入 ${path}（wrote ${path}）`);
}

/** Write bytes to `-o`, or text forms to standard output. */
async function emit(bytes: Uint8Array, to: RenderForm, out: string | undefined, io: Io): Promise<void> {
  if (out) {
    await writeOut(out, bytes, io);
  } else if (to === 'html' || to === 'md') {
    io.out(Buffer.from(bytes).toString('utf8').replace(/\n$/, ''));
  } else {
    throw new Usage(`${to} 是二进制格式，请用 -o 指定输出文件`, `${to} is a binary form: name the output file with -o`);
  }
}

const labelOf = (id: string) => cellIdInfo(id)?.label ?? id;

/** Say which cells a 2019 → 2021 conversion left blank or dropped. */
function conversionNotes(doc: RenderDoc, io: Io): void {
  const { blank, dropped } = doc.conversion;
  if (blank.length) io.err(`以下 ${blank.length} 个 2021 格式单元格在 2019 格式中没有对应，留空（left blank, no 2019 cell maps to them）：\n  ${blank.map(labelOf).join('\n  ')}`);
  if (dropped.length) io.err(`以下 ${dropped.length} 个 2019 格式单元格在 2021 格式中没有位置，未列入（not carried over, no place in 2021）：\n  ${dropped.map(labelOf).join('\n  ')}`);
}

/** A report in the corpus by id: its stored model (with the text re-read from the stored file, where kept). */
async function storedSource(store: Store, id: number, io: Io): Promise<RenderSource> {
  const [row] = await store.list({ ids: [id] });
  if (!row) throw new Usage(`没有编号为 ${id} 的报告`, `no report with id ${id}`);
  const report = (await store.model(row.id))!;
  const file = await store.file(row.sha256);
  const bytes = file?.bytes ?? (file?.path && existsSync(file.path) ? await readFile(file.path) : null);
  const text = bytes ? (await readAsync(bytes)).source?.text : undefined;
  if (text === undefined) io.err('语料库中没有这份报告的原文件，只输出表格（the stored file is not kept: tables only）');
  return sourceOfReport(report, text);
}

/** A draft (Excel form or JSON draft): read, totals worked out, every check run. */
async function draftInput(bytes: Uint8Array, file: string, force: boolean, io: Io, t: Terminal): Promise<RenderSource> {
  let report: Report;
  let filled: string[];
  try {
    ({ report, filled } = await readDraft(bytes, file));
  } catch (e) {
    if (e instanceof DraftError) throw new Usage(`${file}：${e.zh}`, `${file}: ${e.en}`);
    throw e;
  }
  if (report.status === 'failed') {
    const f = report.diagnostics.find((d) => d.fatal);
    throw new Usage(`${file}：${f?.message.zh ?? '无法读取'}`, `${file}: ${f?.message.en ?? 'not read'}`);
  }
  if (filled.length) io.err(`已按分项合计填入 ${filled.length} 个空白的合计单元格（${filled.length} blank totals worked out from their parts）`);
  const diagnostics = check(report);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  // A JSON draft is checked as laid out (Markdown): its places are lines of that layout.
  const label = looksLikeDraftJson(bytes) ? `${file}（排版后 as laid out）` : file;
  if (diagnostics.length) io.err(stylish([{ file: label, diagnostics, source: sourceOf(report) }], t));
  if (errors.length && !force) {
    throw new Refused(`草稿有 ${errors.length} 个错误，未输出；改正后重试，或用 --force 强制输出`, `the draft has ${errors.length} errors and was not rendered; correct them, or use --force`);
  }
  return looksLikeDraftJson(bytes) ? draftSource(parseDraftJson(Buffer.from(bytes).toString('utf8'))) : sourceOfReport(report, sourceOf(report)?.text);
}

/** The draft's checks found errors: exit 1. */
class Refused extends Usage {}

/** A region's reports of a year, summed; failed reports (and, if asked, those with errors) left out. */
async function regionSummaryDoc(store: Store, region: string, year: number, excludeErrors: boolean): Promise<RenderDoc> {
  const rows = await store.list({ region, years: [year] });
  if (!rows.length) throw new Usage(`区划 ${region} 在 ${year} 年没有报告`, `no reports of region ${region} for ${year}`);
  const why = (r: ReportRow): SummaryMember['excluded'] =>
    r.status === 'failed' ? { zh: '无法读取', en: 'not read' }
    : excludeErrors && r.errors > 0 ? { zh: `有 ${r.errors} 个错误`, en: `${r.errors} errors` }
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
  const io: Io = t.io;
  const run = (body: (...args: any[]) => Promise<void>) => async (...args: any[]) => {
    try {
      await body(...args);
      done(0);
    } catch (e) {
      if (e instanceof Usage || e instanceof RenderError) {
        t.fail({ zh: e.zh, en: e.en });
        done(e instanceof Refused ? 1 : 2);
      } else throw e;
    }
  };

  program
    .command('render')
    .description('按官方格式输出年报（HTML、Word、Markdown、Excel） · render a report in the official layout (HTML, Word, Markdown, Excel)')
    .argument('[input]', '年报文件、草稿（.xlsx/.json）或语料库中的报告编号 · a report file, a draft (.xlsx/.json) or a report id in the corpus')
    .addOption(new Option('--to <form>', '输出格式 · output form').choices([...renderForms]).makeOptionMandatory())
    .option('-o, --output <file>', '输出文件（html、md 默认输出到标准输出） · output file (html and md go to standard output by default)')
    .addOption(new Option('--format <format>', '按此格式排版表格（2019 格式的表格改为 2021 格式） · lay the tables out in this format (2019 tables converted to 2021)').choices(['2019', '2021']))
    .option('--force', '草稿有错误也输出 · render a draft even where its checks find errors')
    .option('--aggregate <region>', '汇总一个区划（区划代码前缀）的报告 · sum the reports of a region (region code prefix)')
    .option('--year <year>', '汇总的年度（与 --aggregate 一起用） · the year to sum (with --aggregate)')
    .option('--exclude-errors', '汇总时排除有错误的报告 · leave reports with error findings out of the summary')
    .addOption(dbOption())
    .action(run(async (input: string | undefined, opts: any) => {
      const to = opts.to as RenderForm;
      if (opts.aggregate !== undefined) {
        if (input !== undefined) throw new Usage('--aggregate 不与输入文件同用', '--aggregate takes no input file');
        const year = yearOf(opts.year);
        const store = await openStore(opts.db);
        try {
          const doc = await regionSummaryDoc(store, opts.aggregate, year, opts.excludeErrors === true);
          await emit(await renderTo(doc, to), to, opts.output, io);
        } finally {
          await store.close();
        }
        return;
      }
      if (input === undefined) throw new Usage('请给出年报文件、草稿或报告编号，或用 --aggregate', 'name a report file, a draft or a report id, or use --aggregate');
      let source: RenderSource;
      if (!existsSync(input) && /^\d+$/.test(input)) {
        const store = await openStore(opts.db);
        try {
          source = await storedSource(store, Number(input), io);
        } finally {
          await store.close();
        }
      } else {
        const bytes = await readFile(input).catch((e: NodeJS.ErrnoException) => {
          throw new Usage(`无法读取 ${input}：${e.code ?? e.message}`, `cannot read ${input}: ${e.code ?? e.message}`);
        });
        if (detectForm(bytes) === 'xlsx' || looksLikeDraftJson(bytes) || extname(input).toLowerCase() === '.json') {
          source = await draftInput(bytes, input, opts.force === true, io, t);
        } else {
          const report = await parseAsync(bytes, { name: input });
          if (report.status === 'failed') {
            const f = report.diagnostics.find((d) => d.fatal)!;
            throw new Usage(`${input}：${f.message.zh}`, `${input}: ${f.message.en}`);
          }
          source = sourceOfReport(report, sourceOf(report)?.text);
        }
      }
      const doc = renderDoc(source, opts.format ? { format: opts.format } : {});
      conversionNotes(doc, io);
      await emit(await renderTo(doc, to), to, opts.output, io);
    }));

  program
    .command('new')
    .description('新建年报草稿（Excel 表格或 JSON），按语料库中上一年度报告预填结转数 · write a new report draft (Excel form or JSON), with last year\'s carry-over from the corpus')
    .requiredOption('--organ <name>', '机关名称 · organ name')
    .requiredOption('--year <year>', '报告年度 · the report\'s year')
    .option('-o, --output <file>', '输出文件：.xlsx 或 .json（默认 JSON 输出到标准输出） · output file: .xlsx or .json (default: JSON to standard output)')
    .addOption(dbOption())
    .action(run(async (opts: any) => {
      const year = yearOf(opts.year);
      const out: string | undefined = opts.output;
      const ext = out ? extname(out).toLowerCase() : '.json';
      if (ext !== '.xlsx' && ext !== '.json') throw new Usage('输出文件须为 .xlsx 或 .json', 'the output file must be .xlsx or .json');
      let organ: string = opts.organ;
      let previous: Parameters<typeof newDraft>[2];
      // No corpus at all (a SQLite file not there): a blank draft, and no empty corpus made on the way.
      const noCorpus = !/^postgres(ql)?:\/\//.test(opts.db) && !existsSync(opts.db);
      const store = noCorpus ? undefined : await openStore(opts.db);
      if (!store) io.err(`没有语料库 ${opts.db}，未预填结转数（no corpus at ${opts.db}: nothing carried over）`);
      else try {
        const rows = (await store.list({ organ: opts.organ, years: [year - 1] })).filter((r) => r.status !== 'failed');
        const last = rows[0];
        if (rows.length > 1) io.err(`上一年度有 ${rows.length} 份报告，用 #${last!.id}（${last!.organ}）（${rows.length} reports of last year; using #${last!.id}）`);
        if (last) {
          organ = last.organ ?? organ;
          const model = await store.model(last.id);
          previous = { values: (await store.values([last.id])).get(last.id)!, table2Format: model?.tableFormats.table2 ?? model?.format ?? null };
          io.err(`已按 #${last.id}（${last.organ}，${year - 1}年）预填上年结转和现行有效件数（carried over from report #${last.id} of ${year - 1}）`);
        } else {
          io.err(`语料库中没有 ${opts.organ} ${year - 1} 年的报告，未预填结转数（no report of ${opts.organ} for ${year - 1} in the corpus: nothing carried over）`);
        }
      } finally {
        await store.close();
      }
      const draft = newDraft(organ, year, previous);
      if (ext === '.xlsx') await writeOut(out!, await draftXlsx(draft), io);
      else if (out) await writeOut(out, JSON.stringify(draft, null, 2) + '\n', io);
      else io.out(JSON.stringify(draft, null, 2));
    }));
}
