/** The pages' words, Chinese first; the English switch is kept in the browser. */
export type Lang = 'zh' | 'en';
export interface Text { zh: string; en: string }

export let lang: Lang = (localStorage.getItem('nianbao.lang') as Lang) === 'en' ? 'en' : 'zh';

export function setLang(l: Lang): void {
  lang = l;
  localStorage.setItem('nianbao.lang', l);
  document.documentElement.lang = l === 'zh' ? 'zh-CN' : 'en';
}

/** A message of the API or of the catalogue below, in the page's language. */
export const tr = (m: Text | null | undefined): string => (m ? m[lang] : '');

const w = (zh: string, en: string): Text => ({ zh, en });

export const words = {
  app: w('年报核对', 'nianbao'),
  upload: w('上传', 'Upload'), corpus: w('报告库', 'Corpus'), dashboard: w('统计', 'Dashboard'), compare: w('对照', 'Compare'), review: w('审核', 'Review'),
  switchLang: w('English', '中文'),
  dropHere: w('把年报文件、文件夹或 zip 拖到这里，或', 'Drop report files, a folder or a zip here, or'),
  chooseFiles: w('选择文件', 'choose files'), chooseFolder: w('选择文件夹', 'choose a folder'),
  toBatch: w('放入审核批次', 'Put into review batch'), noBatch: w('（不放入）', '(none)'),
  token: w('令牌', 'Token'),
  file: w('文件', 'File'), progress: w('进度', 'Progress'), result: w('结果', 'Result'),
  organ: w('机关', 'Organ'), year: w('年度', 'Year'), status: w('状态', 'Status'), errors: w('错误', 'Errors'), warnings: w('警告', 'Warnings'),
  ruleId: w('规则编号', 'Rule id'),
  level: w('层级', 'Level'), region: w('区划代码', 'Region code'), rule: w('规则', 'Rule'), all: w('全部', 'all'),
  filter: w('筛选', 'Filter'), total: (n: number) => w(`共 ${n} 份`, `${n} reports`), prev: w('上一页', 'Previous'), next: w('下一页', 'Next'),
  page: (p: number, n: number) => w(`第 ${p}/${n} 页`, `page ${p} of ${n}`),
  stored: w('已收录', 'stored'), queued: w('排队等待读取', 'queued'), reading: w('正在读取', 'reading'), jobFailed: w('读取任务失败', 'reading job failed'), already: w('已有（同一文件）', 'already stored (same file)'), failed: w('未能读取', 'not read'),
  findings: w('发现', 'Findings'), source: w('原文位置', 'Where it was read'), clickCell: w('点击单元格或发现，查看原文位置', 'Click a cell or a finding to see where it was read'),
  doubt: w('读取存疑', 'reader doubt'), error: w('错误', 'error'), warning: w('警告', 'warning'), info: w('提示', 'info'),
  line: (n: number) => w(`第 ${n} 行`, `line ${n}`), pageN: (n: number) => w(`第 ${n} 页`, `page ${n}`),
  confirm: w('确认', 'Confirm'), dismiss: w('排除', 'Dismiss'), comment: w('说明', 'Comment'), confirmed: w('已确认', 'confirmed'), dismissed: w('已排除', 'dismissed'),
  carried: w('（沿用此前的排除）', '(dismissal carried over)'),
  correct: w('更正读数', 'Correct the reading'), value: w('正确的数', 'Correct value'), why: w('理由', 'Why'), save: w('保存', 'Save'),
  versions: w('版本', 'Versions'), version: w('版本', 'Version'), counted: w('计入', 'Counted'), changes: w('改动', 'Changes'),
  correctedVersion: w('审核更正', 'reviewer\'s correction'), againstBefore: w('与前一版本对照', 'against the version before'),
  changedCells: (n: number) => w(`改动的单元格（${n}）`, `Cells changed (${n})`), fixedFindings: (n: number) => w(`已改正的发现（${n}）`, `Findings fixed (${n})`),
  newFindings: (n: number) => w(`新出现的发现（${n}）`, `Findings new (${n})`), openFindings: (n: number) => w(`仍未改正的发现（${n}）`, `Findings still open (${n})`),
  before: w('之前', 'Before'), after: w('之后', 'After'), versionChanges: w('版本对照', 'Versions compared'),
  addReports: w('从报告库加入', 'Add from the corpus'), search: w('查找', 'Search'), add: w('加入', 'Add'), inBatch: w('已在批次中', 'in the batch'),
  printed: w('报告所印', 'printed'), corrected: w('已更正', 'corrected'),
  pending: w('待审', 'to review'), returned: w('已退回', 'returned'), approved: w('已通过', 'approved'),
  returnIt: w('退回', 'Return'), approveIt: w('通过', 'Approve'), reviewer: w('审核人', 'Reviewer'),
  batchName: w('批次名称', 'Batch name'), newBatch: w('新建批次', 'New batch'), opinionHtml: w('审核意见（网页打印）', 'Opinion (HTML to print)'), opinionDocx: w('审核意见（Word）', 'Opinion (Word)'),
  downloadSource: w('下载原文件', 'Download the original'), noTables: w('这份报告未能读出表格', 'No tables could be read from this report'),
  years: w('年度（两年）', 'Years (two)'), show: w('显示', 'Show'), differ: (n: number) => w(`${n} 个单元格不同`, `${n} cells differ`), onlyDiffer: w('只看不同的', 'only those that differ'),
  cell: w('单元格', 'Cell'), metric: w('指标', 'Metric'), crossYear: w('跨年度发现', 'Cross-year findings'),
  png: w('下载图片', 'PNG'), csv: w('下载数据', 'CSV'),
  chApplications: w('各年度申请数与办理结果', 'Applications and outcomes by year'),
  chShares: w('予以公开、不予公开占比', 'Shares granted and withheld'),
  chPer100: w('每百件申请的行政复议、行政诉讼', 'Reviews and lawsuits per 100 applications'),
  chFindings: w('最常见的发现', 'Most frequent findings'), chRank: w('区域内排名', 'Ranking within a region'),
  rankBy: w('排名指标', 'Rank by'), regionPrefix: w('区划（代码或名称）', 'Region (code or name)'),
  empty: w('没有报告', 'No reports'), loading: w('载入中…', 'Loading…'),
  statusOk: w('完整', 'ok'), statusIncomplete: w('不完整', 'incomplete'), statusFailed: w('未能读取', 'failed'),
};

export const levelWords: Record<string, Text> = {
  national: w('国家', 'national'), province: w('省级', 'province'), city: w('市级', 'city'), county: w('县级', 'county'), town: w('乡镇', 'town'),
};

/** A report's reading status (ok / incomplete / failed) in words. */
export const statusText = (s: string): string => tr(s === 'ok' ? words.statusOk : s === 'incomplete' ? words.statusIncomplete : s === 'failed' ? words.statusFailed : { zh: s, en: s });
