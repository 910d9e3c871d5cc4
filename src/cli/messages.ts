/**
 * Every message the CLI prints, in Chinese and English: one catalogue, so that a language is
 * complete and a wording is changed in one place. Help texts are here too.
 */
import type { Message } from '../errors.js';

const m = (zh: string, en: string): Message => ({ zh, en });

export const help = {
  program: m('政府信息公开工作年度报告：读取、核对、汇总', 'Chinese government information disclosure annual reports: read, check, aggregate'),
  version: m('显示版本', 'print the version'),
  help: m('显示帮助', 'show help'),
  helpCommand: m('显示某个命令的帮助', 'show help for a command'),
  lang: m('输出语言（默认随系统区域设置）', 'output language (default: from the locale)'),
  maxSize: m('单个文件大小上限（MB）', 'largest file accepted (MB)'),
  formatCheck: m('输出格式', 'output format'),
  formatData: m('输出格式：表格或 JSON（多条时每行一个）', 'output format: a table, or JSON (one per line where there are several)'),
  parse: m('读取年报为结构化数据', 'read reports into structured data'),
  parseFiles: m('年报文件（文本、HTML、Word、PDF、图片；- 为标准输入）', 'report files (text, HTML, Word, PDF, images; - for stdin)'),
  check: m('按官方格式核对年报', 'check reports against every rule of the official format'),
  checkPaths: m('年报文件或目录', 'report files or directories'),
  rule: m('关闭规则或改变级别，可重复，例如 table3-balance:off', 'turn a rule off or change its severity (repeatable), e.g. table3-balance:off'),
  config: m('配置文件（默认 ./nianbao.config.json）', 'config file (default ./nianbao.config.json)'),
  previous: m('同一机关上一年度的报告，另做跨年核对', "the same organ's report of the year before: run the cross-year rules too"),
  rules: m('列出全部规则', 'list every rule'),
  db: m('语料库：SQLite 文件或 postgres:// 地址', 'corpus: a SQLite file or a postgres:// URL'),
  year: m('年度，逗号分隔（2022,2023）', 'years, comma-separated (2022,2023)'),
  region: m('区划代码前缀', 'region code prefix'),
  level: m('层级（province、city、county、town、national）', 'level (province, city, county, town, national)'),
  organ: m('机关名称（含其变体）或编号', 'organ name (any variant) or id'),
  ruleFilter: m('有此规则发现的报告', 'reports with a finding of this rule'),
  status: m('状态（ok、incomplete、failed）', 'status (ok, incomplete, failed)'),
  excludeErrors: m('排除有错误的报告', 'leave out reports with error findings'),
  ingest: m('把年报收入语料库（文件、目录、zip）', 'store reports in the corpus (files, folders, zip archives)'),
  ingestPaths: m('年报文件或目录', 'report files or folders'),
  jobs: m('并行线程数（默认每核一个）', 'worker threads (default: one per core)'),
  noBytes: m('只记路径，不存文件内容', 'keep paths only, not the files themselves'),
  ingestQueue: m('放入任务队列（redis://…），由 nianbao worker 处理', 'put the files on a job queue for `nianbao worker`'),
  organs: m('列出语料库中的机关及其层级；导入机关表覆盖', 'list the organs and their place; import a CSV that overrides it'),
  organsImport: m('机关表（机关,区划代码,层级,上级）', 'organ CSV (organ,region_code,level,parent)'),
  reparse: m('用当前版本重新读取语料库中的报告', 're-parse stored reports with this version'),
  reparseAll: m('全部重读（默认只重读旧版本读取的）', 'every report (default: those read by another version)'),
  list: m('列出语料库中的报告（同一报告的各个文件为其版本）', 'list the reports in the corpus (the files of one report are its versions)'),
  listPreferred: m('每份报告只列选用的版本', 'each report once: only the version counted'),
  versions: m('列出一份报告的各个版本（同一机关、年度的不同文件）及选用的版本', "list a report's versions (files of one organ and year) and the one counted"),
  versionsId: m('报告编号（其任一版本，见 list）', 'report id (any of its versions; see list)'),
  pin: m('指定一份报告选用的版本（统计、对照、导出都用它）', 'choose the version of a report that stats, compare and export count'),
  pinId: m('要选用的版本的报告编号', 'id of the version to count'),
  pinClear: m('取消指定，按读取质量选用', 'let reading quality choose again'),
  show: m('显示一份报告及其发现', 'show one stored report and its findings'),
  showId: m('报告编号（见 list）', 'report id (see list)'),
  compare: m('同一机关不同年度对照', "one organ's reports side by side across years"),
  compareAll: m('列出全部单元格（默认只列不同的）', 'every cell (default: those that differ)'),
  stats: m('汇总表三、表四与派生指标，可分组、排名', 'combined tables 3 and 4 with metrics, grouped and ranked'),
  by: m('分组', 'group by'),
  regionDigits: m('按区划分组时取代码前几位（2 省、4 市、6 县）', 'digits of the region code to group by'),
  rank: (ids: string) => m(`按指标排名（${ids}）`, `rank the groups by a metric (${ids})`),
  export: m('导出为 CSV（每份报告一行；csv-long 为每格一行的长表）、XLSX 或 JSONL', 'export to CSV (a row per report; csv-long: a row per report × cell), XLSX or JSONL'),
  exportTo: m('格式', 'format'),
  output: m('输出文件（默认标准输出）', 'output file (default: standard output)'),
  header: m('表头', 'header'),
  worker: m('从队列取文件，解析、核对后存入数据库（可在多台机器上运行）', 'take files from the queue, parse, check and store them (run on any number of machines)'),
  queueUrl: m('队列地址（redis://主机:6379 或 postgres://主机/数据库）', 'queue URL (redis://host:6379 or postgres://host/database)'),
  queueName: m('队列名', 'queue name'),
  workerDb: m('数据库（多台机器共用时用 postgres://…）', 'the store (postgres://… when machines share it)'),
  concurrency: m('同时处理的文件数（默认每核一个）', 'files at once (default: one per core)'),
  queue: m('队列状态与失败列表', "the queue's state and its dead-letter list"),
  queueStatus: m('各状态的任务数', 'jobs by state'),
  queueFailed: m('失败列表：重试用尽仍失败的文件', 'the dead-letter list: files that failed after all their attempts'),
  queueRetry: m('把失败列表中的任务重新放回队列', 'put the dead-letter list back on the queue'),
};

/** Commander's option errors, said again in the terminal's language with the closest option. */
export const usage = {
  unknownOption: (option: string, closest: string | undefined, command: string) =>
    m(`没有选项 ${option}${closest ? `，是否要用 ${closest}？` : ''}（nianbao ${command} --help 列出全部选项）`,
      `unknown option ${option}${closest ? `; did you mean ${closest}?` : ''} (nianbao ${command} --help lists them)`),
  unknownCommand: (name: string, closest: string | undefined) =>
    m(`没有命令 ${name}${closest ? `，是否要用 ${closest}？` : ''}（nianbao --help 列出全部命令）`,
      `unknown command ${name}${closest ? `; did you mean ${closest}?` : ''} (nianbao --help lists them)`),
  invalidChoice: (option: string, value: string, choices: string) =>
    m(`${option} 不能是“${value}”，可选：${choices}`, `${option} cannot be “${value}”; one of ${choices}`),
  missingValue: (option: string) => m(`${option} 需要一个值`, `${option} needs a value`),
  missingOption: (option: string) => m(`缺少必需的选项 ${option}`, `the option ${option} is required`),
  missingArgument: (name: string, command: string) => m(`缺少参数 <${name}>（nianbao ${command} --help）`, `missing argument <${name}> (nianbao ${command} --help)`),
  tooMany: (command: string) => m(`${command} 的参数过多（nianbao ${command} --help）`, `too many arguments for ${command} (nianbao ${command} --help)`),
  other: (text: string) => m(`命令行有误：${text}`, `usage: ${text}`),
  maxSize: m('--max-size 须为正数', '--max-size must be a positive number'),
  jobs: m('--jobs 须为非负整数', '--jobs must be a whole number ≥ 0'),
  concurrency: (v: string) => m(`--concurrency 应为正整数：${v}`, `--concurrency must be a positive integer: ${v}`),
  regionDigits: (v: string) => m(`--region-digits 须为 1 到 12 的整数：${v}`, `--region-digits must be a whole number from 1 to 12: ${v}`),
  reportId: (v: string) => m(`报告编号须为正整数：${v}`, `a report id is a positive whole number: ${v}`),
  xlsxToTerminal: m('XLSX 不能输出到终端，请用 -o 指定文件', 'XLSX cannot go to a terminal; give -o FILE'),
  noRule: (where: string, id: string) => m(`${where}：没有名为“${id}”的规则（nianbao rules 列出全部规则）`, `${where}: no rule named “${id}” (nianbao rules lists them)`),
  ruleSetting: (where: string, s: string) => m(`${where}：规则设置须为 off、error、warning 或 info，而不是“${s}”`, `${where}: a rule setting is off, error, warning or info, not “${s}”`),
  configUnreadable: (file: string, why: string) => m(`无法读取配置文件“${file}”：${why}`, `cannot read config file “${file}”: ${why}`),
  configRules: (file: string) => m(`配置文件“${file}”：rules 须为对象`, `config file “${file}”: rules must be an object`),
  ruleFlag: (f: string) => m(`--rule 的写法是 规则:设置，例如 table3-balance:off，而不是“${f}”`, `--rule takes rule:setting, e.g. table3-balance:off, not “${f}”`),
  cannotRead: (file: string, why: string) => m(`无法读取“${file}”：${why}`, `cannot read “${file}”: ${why}`),
};

export const text = {
  internal: (stack: string) => m(`内部错误：${stack}`, `internal error: ${stack}`),
  noFiles: m('没有找到文件（目录为空）', 'no files found: the folder is empty'),
  reportIncomplete: (missing: Message[]) => m(`报告不完整：${missing.map((x) => x.zh).join('；')}`, `report incomplete: ${missing.map((x) => x.en).join('; ')}`),
  previousFailed: (file: string, why: Message) => m(`--previous ${file}: ${why.zh}`, `--previous ${file}: ${why.en}`),
  previousOne: m('应为一份报告', 'expected one report'),
  notConsecutive: (file: string, year: string, previous: string, previousYear: string) =>
    m(`${file}（${year} 年）与 ${previous}（${previousYear} 年）不是相邻两年，未做跨年核对`, `${file} (${year}) and ${previous} (${previousYear}) are not consecutive years: cross-year rules skipped`),
  checked: (done: number, total: number) => m(`已检查 ${done}/${total}`, `checked ${done}/${total}`),
  notRead: m('无法读取', 'not read'),
  related: m('相关位置', 'related'),
  summary: (files: number, c: { error: number; warning: number; info: number }, failed: number) =>
    m(`${files} 个文件，${c.error + c.warning + c.info} 个问题（${c.error} 个错误，${c.warning} 个警告，${c.info} 个提示）${failed ? `，${failed} 个文件无法读取` : ''}`,
      `${files} file(s), ${c.error + c.warning + c.info} problem(s): ${c.error} error(s), ${c.warning} warning(s), ${c.info} info${failed ? `; ${failed} not read` : ''}`),
  fileNotRead: m('无法读取文件', 'file could not be read'),
  // ingest, reparse, export
  queued: (r: { queued: number; skipped: number; unreadable: number }) =>
    m(`已入队 ${r.queued} 个，跳过 ${r.skipped} 个（已入库、已在队列或重复），无法读取 ${r.unreadable} 个`, `queued ${r.queued}, skipped ${r.skipped} (stored, queued or repeated), unreadable ${r.unreadable}`),
  organLine: (line: number, why: Message) => m(`机关表第 ${line} 行：${why.zh}`, `organ CSV line ${line}: ${why.en}`),
  ingested: (r: { stored: number; failed: number; skipped: number; crossYear: number }, secs: string) =>
    m(`新存 ${r.stored} 份（其中未能读取 ${r.failed} 份），已有而跳过 ${r.skipped} 份，跨年核对 ${r.crossYear} 份，${secs} 秒`,
      `stored ${r.stored}, ${r.failed} of them failed; skipped ${r.skipped} already stored; cross-year checks ${r.crossYear}; ${secs} s`),
  progress: (p: { done: number; total: number; stored: number; skipped: number; failed: number }) =>
    m(`${p.done}/${p.total}  新存 ${p.stored}  跳过 ${p.skipped}  失败 ${p.failed}`, `${p.done}/${p.total}  stored ${p.stored}  skipped ${p.skipped}  failed ${p.failed}`),
  noBytes: m('没有存文件内容，原路径也读不到', 'no stored bytes and the original path cannot be read'),
  reparsed: (n: number, missing: number) => m(`重新读取 ${n} 份${missing ? `，${missing} 份无法读取` : ''}`, `re-parsed ${n}${missing ? `, ${missing} could not be read` : ''}`),
  exported: (n: number) => m(`已导出 ${n} 份`, `exported ${n} reports`),
  // organs, list
  organsCount: (n: number) => m(`共 ${n} 个机关（? 表示层级由名称推断，见 docs/organs.md）`, `${n} organs (? = level assumed from the name, see docs/organs.md)`),
  department: m('部门', 'dept'),
  reportsCount: (n: number) => m(`共 ${n} 份`, `${n} reports`),
  filesAndReports: (files: number, reports: number) => m(`共 ${files} 个文件，${reports} 份报告（同一报告的多个文件为其版本，只计一次）`, `${files} files, ${reports} reports (files of one report are its versions, counted once)`),
  versionHead: m('版本', 'version'),
  /** A version's mark in `list`: counted (选用) or not, pinned, of how many. */
  versionMark: (preferred: boolean, pinned: boolean, n: number) =>
    n <= 1 && !pinned ? m('', '') : m(`${preferred ? (pinned ? '指定' : '选用') : '　└'}·${n}`, `${preferred ? (pinned ? 'pinned' : 'counted') : ' └'}/${n}`),
  chosenBy: { pin: m('用户指定', 'pinned by the user'), quality: m('读取质量最佳', 'best reading'), only: m('唯一版本', 'the only version') },
  versionUsed: (year: number, file: string, id: number, n: number, why: Message) =>
    m(`  ${year}：#${id} ${file}（${n} 个版本，${why.zh}）`, `  ${year}: #${id} ${file} (${n} version(s), ${why.en})`),
  readerIssues: m('读取诊断', 'reader'),
  pinned: (id: number) => m(`已指定 #${id} 为选用的版本`, `#${id} is now the version counted`),
  unpinned: (id: number) => m(`已取消指定，选用 #${id}（读取质量最佳）`, `unpinned: #${id} is counted (best reading)`),
  versionsCounted: (v: { reports: number; leftOut: number; pinned: number }) =>
    m(`计入 ${v.reports} 份报告，每份一个版本${v.pinned ? `（${v.pinned} 份由用户指定）` : ''}；另有 ${v.leftOut} 个版本未计入（nianbao list 查看）`,
      `${v.reports} reports counted, one version each${v.pinned ? ` (${v.pinned} pinned)` : ''}; ${v.leftOut} further version(s) left out (see nianbao list)`),
  listHead: { id: m('编号', 'id'), organ: m('机关', 'organ'), year: m('年度', 'year'), format: m('格式', 'format'), status: m('状态', 'status'), errors: m('错误', 'errors'), warnings: m('警告', 'warnings'), file: m('文件', 'file') },
  findings: m('发现', 'findings'),
  // compare
  missingYears: (years: string) => m(`（缺 ${years}）`, `(missing: ${years})`),
  cell: m('单元格', 'cell'),
  metric: m('指标', 'metric'),
  change: m('变化', 'change'),
  points: m('点', 'pt'),
  blank: m('空', 'blank'),
  /** Beside a metric computed with blank inputs: how many. */
  blanksBeside: (n: number) => m(`空${n}`, `${n}b`),
  differ: (n: number) => m(`${n} 个单元格不同（* 标出）`, `${n} cells differ (* marks them)`),
  // stats
  excluded: (n: number, list: string) => m(`已排除有错误的报告 ${n} 份${list ? `：${list}` : ''}`, `excluded ${n} reports with errors${list ? `: ${list}` : ''}`),
  included: m('含有错误的报告也已计入（--exclude-errors 可排除）', 'reports with errors included (--exclude-errors leaves them out)'),
  rankHead: m('名次', 'rank'),
  blanksNote: m('“空n”：该指标的输入中有 n 格没有数字（报告 × 单元格），指标按现有数字计算（见 docs/metrics.md）', '“nb”: n input cells (report × cell) had no number; the metric is computed on the numbers there are (see docs/metrics.md)'),
  group: m('分组', 'group'),
  reports: m('报告', 'reports'),
  all: m('全部', 'all'),
  unknown: m('未知', 'unknown'),
  aggregated: (ms: string) => m(`汇总用时 ${ms} ms`, `aggregated in ${ms} ms`),
  // queue
  stopping: m('正在停止，等待处理中的文件完成…', 'stopping: finishing the files under way…'),
  exiting: m('立即退出', 'exiting now'),
  workerStarted: (name: string, queue: string, n: number) => m(`工作进程 ${name} 已启动，队列 ${queue}，并发 ${n}`, `worker ${name} started: queue ${queue}, concurrency ${n}`),
  workerStopped: m('工作进程已停止', 'worker stopped'),
  queueCounts: { waiting: m('等待', 'waiting'), active: m('处理中', 'active'), delayed: m('待重试', 'delayed'), completed: m('已完成', 'completed'), failed: m('失败', 'failed') },
  attempts: m('尝试', 'attempts'),
  failedJobs: (n: number) => m(`共 ${n} 个失败任务`, `${n} failed jobs`),
  requeued: (n: number) => m(`已重新排队 ${n} 个任务`, `${n} jobs re-queued`),
  queueFailed: (why: string) => m(`队列操作失败：${why}`, `queue operation failed: ${why}`),
  stored: m('已入库', 'stored'),
  alreadyStored: m('已在库中', 'already stored'),
  notAReport: m('不是年报，已记为失败报告', 'not a report, stored as failed'),
  retry: (a: number, n: number) => m(`出错，稍后重试 ${a}/${n}`, `error, will retry ${a}/${n}`),
  deadLetter: (a: number, n: number) => m(`出错，已移入失败列表 ${a}/${n}`, `error, moved to the dead-letter list ${a}/${n}`),
  storeUnavailable: m('暂时无法打开数据库，任务将失败并重试', 'cannot open the store for now; jobs will fail and be retried'),
  queueError: m('队列出错', 'queue error'),
};

/** Labels of the report summary (`parse`, `show`). */
export const labels = {
  organ: m('机关', 'organ'), year: m('年度', 'year'), format: m('格式', 'format'), signed: m('成文日期', 'signed'),
  period: m('统计期限', 'period'), sections: m('章节', 'sections'), diagnostics: m('诊断', 'diagnostics'),
  table3Short: m('表三', 'table 3'),
  table2Title: m('表二 主动公开政府信息情况', 'Table 2: information published proactively'),
  table3Title: m('表三 收到和处理政府信息公开申请情况', 'Table 3: requests received and handled'),
  table4Title: m('表四 政府信息公开行政复议、行政诉讼情况', 'Table 4: administrative reviews and lawsuits'),
  none: m('无', 'none'),
  status: { ok: m('三张表齐全', 'all three tables read'), incomplete: m('报告不完整', 'report incomplete'), failed: m('未能读取', 'not read') },
  severity: { error: m('错误', 'error'), warning: m('警告', 'warning'), info: m('提示', 'info') },
};
