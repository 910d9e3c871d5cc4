#!/usr/bin/env node
// make-fixtures.mjs: build real-tool fixtures (HTML, DOCX, Word 97 .doc, PDF, PNG, GBK HTML, pdftotext output)
// from the truth files, so the parser can be tested on what LibreOffice and poppler really produce.
//
//   node scripts/make-fixtures.mjs [--shared DIR] [NAME ...]
//
// Inputs:  $SHARED/seeds-truth/*.json (+ $SHARED/seeds/NAME.txt for the narrative text),
//          fixtures/text-truth/*.json if present (generic narrative whose numbers agree with the tables).
// Outputs: fixtures/forms/{html,docx,doc,pdf,png,html-gbk}/ (doc/: the seeds only), fixtures/extracted/{pdftotext-layout,
//          pdftotext,pdftotext-raw,truth}/, fixtures/forms/README.md.
// Needs:   soffice (libreoffice-writer), pdftotext/pdftoppm/pdfinfo (poppler-utils), iconv,
//          a CJK font (fonts-noto-cjk). Plain Node 20, standard library only.
// The outputs are committed; tests never run this script.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
let SHARED = process.env.NIANBAO_SHARED || '/work/shared';
let OUT = path.join(ROOT, 'fixtures');
const extraTruth = [];
const only = [];
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--shared') SHARED = argv[++i];
  else if (argv[i] === '--out') OUT = path.resolve(argv[++i]);
  else if (argv[i] === '--truth') extraTruth.push(path.resolve(argv[++i]));
  else if (argv[i] === '-h' || argv[i] === '--help') {
    console.log('usage: node scripts/make-fixtures.mjs [--shared DIR] [--truth DIR]... [--out DIR] [NAME ...]\n' +
      '  --shared DIR  shared material (default /work/shared): seeds-truth/, seeds/\n' +
      '  --truth DIR   extra truth dir (NAME.json; generic narrative)\n' +
      '  --out DIR     output root (default fixtures/); for trying changes without touching the committed files\n' +
      '  NAME ...      only these reports');
    process.exit(0);
  } else only.push(argv[i]);
}

const FORMS = path.join(OUT, 'forms');
const EXTRACTED = path.join(OUT, 'extracted');
const DIRS = {
  html: path.join(FORMS, 'html'),
  docx: path.join(FORMS, 'docx'),
  doc: path.join(FORMS, 'doc'),
  pdf: path.join(FORMS, 'pdf'),
  png: path.join(FORMS, 'png'),
  gbk: path.join(FORMS, 'html-gbk'),
  layout: path.join(EXTRACTED, 'pdftotext-layout'),
  plain: path.join(EXTRACTED, 'pdftotext'),
  raw: path.join(EXTRACTED, 'pdftotext-raw'),
  truth: path.join(EXTRACTED, 'truth'),
};
const FONT = 'Noto Sans CJK SC';
// Fixed metadata so that re-runs give the same bytes where the tools allow it.
const FIXED_DATE_PDF = '20250101000000';
const FIXED_DATE_ISO = '2025-01-01T00:00:00Z';

// ---------------------------------------------------------------- tools

class FixtureError extends Error {}
function die(msg) {
  throw new FixtureError(msg); // caught in the entry point, after the scratch dir is removed
}

function run(cmd, args, opts = {}) {
  const encoding = opts.encoding === 'buffer' ? undefined : opts.encoding ?? 'utf8';
  const r = spawnSync(cmd, args, { encoding, maxBuffer: 64 << 20, env: opts.env ?? process.env, input: opts.input });
  if (r.error) die(`cannot run ${cmd}: ${r.error.message}`);
  if (r.status !== 0) die(`${cmd} ${args.join(' ')} failed (exit ${r.status}):\n${String(r.stderr)}`);
  return r.stdout;
}

function toolVersion(cmd, args, pick = (s) => s.split('\n')[0]) {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.error) return null;
  return pick(`${r.stdout}${r.stderr}`.trim());
}

function checkTools() {
  const need = [
    ['soffice', ['--version'], 'libreoffice-writer'],
    ['pdftotext', ['-v'], 'poppler-utils'],
    ['pdftoppm', ['-v'], 'poppler-utils'],
    ['pdfinfo', ['-v'], 'poppler-utils'],
    ['iconv', ['--version'], 'libc-bin'],
    ['fc-list', ['--version'], 'fontconfig'],
  ];
  const versions = {};
  const missing = [];
  for (const [cmd, args, pkg] of need) {
    const v = toolVersion(cmd, args);
    if (v == null) missing.push(`${cmd} (${pkg})`);
    else versions[cmd] = v;
  }
  if (missing.length) {
    die(`missing tools: ${missing.join(', ')}\n` +
      'install: apt-get update && apt-get install -y --no-install-recommends libreoffice-writer poppler-utils fonts-noto-cjk');
  }
  const zh = run('fc-list', [':lang=zh', 'family']);
  if (!zh.includes(FONT)) die(`font "${FONT}" not found (fc-list :lang=zh); install fonts-noto-cjk`);
  return versions;
}

// ---------------------------------------------------------------- inputs

function listTruths() {
  const out = [];
  const dirs = [
    { dir: path.join(SHARED, 'seeds-truth'), text: path.join(SHARED, 'seeds'), seed: true },
    // the colleague's text fixtures are deliberately mangled extractions: use generic narrative for them
    { dir: path.join(ROOT, 'fixtures/text-truth'), text: null },
    ...extraTruth.map((d) => ({ dir: d, text: null })),
  ];
  for (const { dir, text, seed = false } of dirs) {
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
      const name = f.slice(0, -5);
      if (only.length && !only.includes(name)) continue;
      if (out.some((t) => t.name === name)) die(`duplicate truth name ${name}`);
      const txt = text && path.join(text, `${name}.txt`);
      out.push({ name, seed, truthPath: path.join(dir, f), textPath: txt && fs.existsSync(txt) ? txt : null });
    }
  }
  if (!out.length) die(`no truth files found under ${SHARED}/seeds-truth or fixtures/text-truth`);
  return out;
}

// ---------------------------------------------------------------- narrative text from a seed

const SECTION_RES = {
  1: /^一、\s*总体情况/,
  2: /^二、\s*主动公开/,
  3: /^三、\s*收到和处理/,
  4: /^四、.*(行政复议|行政诉讼)/,
  5: /^五、.*(问题|改进)/,
  6: /^六、.*(其他|事项)/,
};

function cleanLine(l) {
  return l
    .replace(/^#+\s*/, '')
    .replace(/\*\*/g, '')
    .replace(/<(https?:[^>]+)>/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

const CJK = '\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef“”‘’';
function tidySpaces(s) {
  // extracted text puts spaces between CJK and digits ("2020 年"); a Word source has none
  return s
    .replace(new RegExp(`([${CJK}])\\s+(?=[0-9A-Za-z(])`, 'g'), '$1')
    .replace(new RegExp(`([0-9A-Za-z%)])\\s+(?=[${CJK}])`, 'g'), '$1')
    .replace(new RegExp(`([${CJK}])\\s+(?=[${CJK}])`, 'g'), '$1');
}

// Split a seed into paragraphs, rejoin paragraphs broken at page ends, find the sections.
function readSeed(p) {
  const lines = fs.readFileSync(p, 'utf8').split(/\r?\n/);
  const paras = [];
  for (const raw of lines) {
    if (raw.includes('\t') || /^\s*\|/.test(raw) || /^\s*-{3,}\s*$/.test(raw)) { paras.push(null); continue; }
    const l = cleanLine(raw);
    if (!l) continue;
    paras.push(tidySpaces(l));
  }
  // join page-break splits: a long paragraph that does not end a sentence continues in the next one
  const joined = [];
  for (const l of paras) {
    const prev = joined[joined.length - 1];
    if (l && prev && (prev.length > 30 || prev.includes('。')) && !/([。！？；：:;!?）)」]|[。！？]”)$/.test(prev) && !isHeading(l)) {
      joined[joined.length - 1] = prev + l;
    } else joined.push(l);
  }
  const at = {};
  joined.forEach((l, i) => {
    if (l == null) return;
    for (const [k, re] of Object.entries(SECTION_RES)) if (at[k] == null && re.test(l)) at[k] = i;
  });
  const slice = (a, b) => joined.slice(a, b).filter((l) => l != null);
  const sec = {};
  const keys = Object.keys(at).map(Number).sort((a, b) => at[a] - at[b]);
  keys.forEach((k, j) => { sec[k] = slice(at[k] + 1, j + 1 < keys.length ? at[keys[j + 1]] : joined.length); });
  const intro = at[1] != null ? slice(0, at[1]) : [];
  return { intro, sec };
}

function isHeading(l) {
  return Object.values(SECTION_RES).some((re) => re.test(l));
}

function splitSignature(paras) {
  // trailing "organ name / date" lines become the signature block
  const body = [...paras];
  const sig = [];
  while (body.length && (/^\d{4}年\d{1,2}月\d{1,2}日$/.test(body[body.length - 1]) ||
    (body[body.length - 1].length < 25 && /(政府|局|委员会|办公室|街道|镇|乡)$/.test(body[body.length - 1])))) {
    sig.unshift(body.pop());
  }
  return { body, sig };
}

// ---------------------------------------------------------------- report model → HTML

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const num = (v) => (v === null || v === undefined ? '' : esc(String(v)));
const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

const T2 = {
  2019: [
    { item: '第二十条第（一）项', head: ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'], rows: [['规章'], ['规范性文件']] },
    { item: '第二十条第（五）项', head: ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'], rows: [['行政许可'], ['其他对外管理服务事项']] },
    { item: '第二十条第（六）项', head: ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'], rows: [['行政处罚'], ['行政强制']] },
    { item: '第二十条第（八）项', head: ['信息内容', '上一年项目数量', '本年增/减'], rows: [['行政事业性收费']] },
    { item: '第二十条第（九）项', head: ['信息内容', '采购项目数量', '采购总金额'], rows: [['政府集中采购']] },
  ],
  2021: [
    { item: '第二十条第（一）项', head: ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'], rows: [['规章'], ['行政规范性文件', '规范性文件']] },
    { item: '第二十条第（五）项', head: ['信息内容', '本年处理决定数量'], rows: [['行政许可']] },
    { item: '第二十条第（六）项', head: ['信息内容', '本年处理决定数量'], rows: [['行政处罚'], ['行政强制']] },
    { item: '第二十条第（八）项', head: ['信息内容', '本年收费金额（单位：万元）'], rows: [['行政事业性收费']] },
  ],
};

const T3_GROUPS = [
  { key: '（三）', label: '（三）不予公开', items: ['1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项'] },
  { key: '（四）', label: '（四）无法提供', items: ['1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确'] },
  { key: '（五）', label: '（五）不予处理', items: ['1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息'] },
];
const T3_OTHER_2021 = ['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '3.其他'];

const td = (content, attrs = '') => `<td${attrs ? ' ' + attrs : ''}>${content}</td>`;
const tdL = (content, attrs = '') => td(content, `align="left"${attrs ? ' ' + attrs : ''}`);
const numCells = (vals, n) => Array.from({ length: n }, (_, i) => td(num(vals ? vals[i] : null))).join('');
const TABLE = (cols, body) =>
  `<table border="1" cellspacing="0" cellpadding="4" width="100%" style="border-collapse:collapse">\n` +
  `<colgroup>${cols.map((w) => `<col width="${w}">`).join('')}</colgroup>\n${body}</table>\n`;

function table2Html(truth) {
  const fmt = String(truth.format) === '2021' ? 2021 : 2019;
  const t2 = truth.table2 || {};
  let body = '';
  for (const blk of T2[fmt]) {
    const ncol = blk.head.length - 1;
    const span = (i) => (i === ncol - 1 && ncol < 3 ? ` colspan="${4 - ncol}"` : '');
    body += `<tr>${td(`<b>${blk.item}</b>`, 'colspan="4"')}</tr>\n`;
    body += `<tr>${blk.head.map((h, i) => td(h, i ? span(i - 1).trim() : '')).join('')}</tr>\n`;
    for (const names of blk.rows) {
      const key = names.find((n) => n in t2) ?? names[0];
      const vals = t2[key];
      body += `<tr>${td(names[0])}${Array.from({ length: ncol }, (_, i) => td(num(vals ? vals[i] : null), span(i).trim())).join('')}</tr>\n`;
    }
  }
  return TABLE([160, 110, 110, 110], body);
}

function table3Html(truth) {
  const rows = (truth.table3 && truth.table3.rows) || {};
  const r = (k) => rows[k] ?? null;
  const split6 = ['（六）1', '（六）2', '（六）3'].some((k) => k in rows);
  const resultRows = 2 + T3_GROUPS.reduce((a, g) => a + g.items.length, 0) + (split6 ? 3 : 1) + 1;
  let b = '';
  b += `<tr>${td('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 'colspan="3" rowspan="3"')}${td('申请人情况', 'colspan="7"')}</tr>\n`;
  b += `<tr>${td('自然人', 'rowspan="2"')}${td('法人或其他组织', 'colspan="5"')}${td('总计', 'rowspan="2"')}</tr>\n`;
  b += `<tr>${['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((h) => td(h)).join('')}</tr>\n`;
  b += `<tr>${tdL('一、本年新收政府信息公开申请数量', 'colspan="3"')}${numCells(r('一、本年新收政府信息公开申请数量'), 7)}</tr>\n`;
  b += `<tr>${tdL('二、上年结转政府信息公开申请数量', 'colspan="3"')}${numCells(r('二、上年结转政府信息公开申请数量'), 7)}</tr>\n`;
  b += `<tr>${td('三、本年度办理结果', `rowspan="${resultRows}"`)}${tdL('（一）予以公开', 'colspan="2"')}${numCells(r('（一）予以公开'), 7)}</tr>\n`;
  b += `<tr>${tdL('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 'colspan="2"')}${numCells(r('（二）部分公开'), 7)}</tr>\n`;
  const group = (label, items, keyOf) => items.map((it, i) =>
    `<tr>${i === 0 ? td(label, `rowspan="${items.length}"`) : ''}${tdL(it)}${numCells(r(keyOf(i)), 7)}</tr>\n`).join('');
  for (const g of T3_GROUPS) b += group(g.label, g.items, (i) => `${g.key}${i + 1}`);
  if (split6) b += group('（六）其他处理', T3_OTHER_2021, (i) => `（六）${i + 1}`);
  else b += `<tr>${tdL('（六）其他处理', 'colspan="2"')}${numCells(r('（六）其他处理'), 7)}</tr>\n`;
  b += `<tr>${tdL('（七）总计', 'colspan="2"')}${numCells(r('（七）总计'), 7)}</tr>\n`;
  b += `<tr>${tdL('四、结转下年度继续办理', 'colspan="3"')}${numCells(r('四、结转下年度继续办理'), 7)}</tr>\n`;
  return TABLE([44, 56, 150, 40, 40, 40, 40, 40, 40, 40], b);
}

function table4Html(truth) {
  const v = truth.table4;
  const res = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  let b = '';
  b += `<tr>${td('行政复议', 'colspan="5"')}${td('行政诉讼', 'colspan="10"')}</tr>\n`;
  b += `<tr>${res.map((h) => td(h, 'rowspan="2"')).join('')}${td('未经复议直接起诉', 'colspan="5"')}${td('复议后起诉', 'colspan="5"')}</tr>\n`;
  b += `<tr>${[...res, ...res].map((h) => td(h)).join('')}</tr>\n`;
  b += `<tr>${numCells(v, 15)}</tr>\n`;
  return TABLE(Array(15).fill(30), b);
}

const sum = (a) => (a ? a.reduce((s, x) => s + (typeof x === 'number' ? x : 0), 0) : 0);
const val = (a, i) => (a && typeof a[i] === 'number' ? a[i] : null);

function genericText(truth) {
  const y = truth.year;
  const fmt = String(truth.format) === '2021' ? 2021 : 2019;
  const rows = (truth.table3 && truth.table3.rows) || {};
  const t2 = truth.table2 || {};
  const t4 = truth.table4 || null;
  const got = val(rows['一、本年新收政府信息公开申请数量'], 6);
  const carried = val(rows['二、上年结转政府信息公开申请数量'], 6);
  const done = val(rows['（七）总计'], 6);
  const fwd = val(rows['四、结转下年度继续办理'], 6);
  const nd = t2['行政规范性文件'] || t2['规范性文件'];
  const s1 = [];
  s1.push(`${y}年，${truth.body}深入贯彻落实《中华人民共和国政府信息公开条例》，坚持“以公开为常态、不公开为例外”，围绕中心工作和群众关切，持续推进政务公开标准化规范化建设，政府信息公开工作取得新成效。`);
  if (nd) {
    s1.push(fmt === 2021
      ? `（一）主动公开。全年制发行政规范性文件${nd[0] ?? 0}件，废止${nd[1] ?? 0}件，现行有效${nd[2] ?? 0}件，均按规定在政府门户网站公开，同步做好政策解读和回应关切。`
      : `（一）主动公开。全年新制作规范性文件${nd[0] ?? 0}件，新公开${nd[1] ?? 0}件，对外公开总数${nd[2] ?? 0}件，均按规定在政府门户网站公开。`);
  }
  if (got != null) {
    s1.push(`（二）依申请公开。全年新收政府信息公开申请${got}件，上年结转${carried ?? 0}件，本年度办理完结${done ?? 0}件，结转下年度继续办理${fwd ?? 0}件，均在法定期限内答复。`);
  }
  if (t4) {
    s1.push(`（三）复议诉讼。全年因政府信息公开被申请行政复议${t4[4] ?? 0}件，被提起行政诉讼${sum([t4[9], t4[14]])}件。`);
  }
  s1.push('（四）平台建设和监督保障。加强政府门户网站信息公开专栏建设，健全信息发布审核和保密审查机制，将政务公开纳入年度考核，主动接受社会监督。');
  const s5 = [
    '本年度政府信息公开工作仍存在一些不足：一是部分领域公开内容还不够全面，更新及时性有待提高；二是政策解读形式较为单一，解读质量有待提升；三是工作人员业务能力有待进一步加强。',
    '下一步，将进一步完善公开制度，丰富解读形式，加强业务培训，不断提升政府信息公开工作质效。',
  ];
  const s6 = fmt === 2021
    ? ['依据《政府信息公开信息处理费管理办法》，本年度未收取信息处理费。本机关无其他需要报告的事项。']
    : ['无。'];
  return { s1, s5, s6 };
}

function renderHtml(truth, seed) {
  const fmt = String(truth.format) === '2021' ? 2021 : 2019;
  const y = truth.year;
  const title = `${truth.body}${y}年政府信息公开工作年度报告`;
  const gen = genericText(truth);
  const notice = fmt === 2021 ? '《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）' : '《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》（国办公开办函〔2019〕60号）';
  let intro = seed ? seed.intro.filter((p) => !(p.includes('年度报告') && p.length < 60) && !/文件$/.test(p)) : [];
  if (!intro.some((p) => /统计(期|时)?限/.test(p))) {
    intro = [`本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和${notice}要求编制，全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六个部分。本报告所列数据的统计期限自${y}年1月1日起至${y}年12月31日止。如对本报告有疑问，请与${truth.body}办公室联系。`, ...intro];
  }
  const pick = (k, fallback) => (seed && seed.sec[k] && seed.sec[k].length ? seed.sec[k] : fallback);
  const s1 = pick(1, gen.s1);
  const s5 = pick(5, gen.s5);
  const { body: s6, sig } = splitSignature(pick(6, gen.s6));
  const signature = sig.length ? sig : [truth.body];
  const P = (t) => `<p class="body">${esc(t)}</p>\n`;
  const H = (n, t) => `<h2>${CN[n]}、${t}</h2>\n`;
  let h = '';
  h += '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n';
  h += `<title>${esc(title)}</title>\n`;
  h += `<style>
@page { size: 21cm 29.7cm; margin: 2.5cm 2cm 2.5cm 2cm; }
body { font-family: "${FONT}", sans-serif; font-size: 12pt; }
h1 { font-family: "${FONT}", sans-serif; font-size: 18pt; font-weight: bold; text-align: center; }
h2 { font-family: "${FONT}", sans-serif; font-size: 14pt; font-weight: bold; margin-top: 12pt; margin-bottom: 6pt; }
p.body { font-family: "${FONT}", sans-serif; font-size: 12pt; text-indent: 24pt; text-align: justify; line-height: 150%; margin: 0 0 4pt 0; }
p.sig { font-family: "${FONT}", sans-serif; font-size: 12pt; text-align: right; margin: 0; }
table { border-collapse: collapse; }
td { font-family: "${FONT}", sans-serif; font-size: 9pt; border: 1px solid #000000; text-align: center; vertical-align: middle; }
</style>\n</head>\n<body>\n`;
  h += `<h1>${esc(title)}</h1>\n`;
  h += intro.map(P).join('');
  h += H(1, '总体情况') + s1.map(P).join('');
  h += H(2, '主动公开政府信息情况') + (truth.table2 ? table2Html(truth) : P('本年度无相关数据。'));
  h += H(3, '收到和处理政府信息公开申请情况') + (truth.table3 ? table3Html(truth) : P('本年度无相关数据。'));
  h += H(4, '政府信息公开行政复议、行政诉讼情况') + (truth.table4 ? table4Html(truth) : P('本年度无相关数据。'));
  h += H(5, '存在的主要问题及改进情况') + s5.map(P).join('');
  h += H(6, '其他需要报告的事项') + (s6.length ? s6 : ['无。']).map(P).join('');
  h += '<p class="sig">&nbsp;</p>\n' + signature.map((s) => `<p class="sig">${esc(s)}</p>\n`).join('');
  h += '</body>\n</html>\n';
  return h;
}

// ---------------------------------------------------------------- determinism helpers

// PDF: LibreOffice writes the current time and a random /ID; replace them in place (same length,
// so the xref offsets stay valid).
function normalizePdf(p) {
  let s = fs.readFileSync(p).toString('latin1');
  s = s.replace(/(\/(?:CreationDate|ModDate)\s*\(D:)(\d{14})([^)]*)\)/g, (m, a, d, tz) => `${a}${FIXED_DATE_PDF}${'Z'.padEnd(tz.length, ' ')})`);
  s = s.replace(/\/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]/g, (m, a, b) => m.replace(a, '0'.repeat(a.length)).replace(b, '0'.repeat(b.length)));
  s = s.replace(/(\/DocChecksum\s*\/)([0-9A-Fa-f]+)/g, (m, a, h) => a + '0'.repeat(h.length));
  s = s.replace(/(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]*)(<\/xmp:\w+>)/g, (m, a, d, c) => a + FIXED_DATE_ISO.padEnd(d.length, ' ').slice(0, Math.max(d.length, 0)) + c);
  fs.writeFileSync(p, Buffer.from(s, 'latin1'));
}

// DOCX: rewrite the zip with fixed entry times and fixed dates in docProps/core.xml.
function normalizeDocx(p) {
  const buf = fs.readFileSync(p);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) die(`${p}: not a zip`);
  const count = buf.readUInt16LE(eocd + 10);
  let cd = buf.readUInt32LE(eocd + 16);
  const entries = [];
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(cd) !== 0x02014b50) die(`${p}: bad central directory`);
    const method = buf.readUInt16LE(cd + 10);
    const csize = buf.readUInt32LE(cd + 20);
    const nlen = buf.readUInt16LE(cd + 28), xlen = buf.readUInt16LE(cd + 30), clen = buf.readUInt16LE(cd + 32);
    const lho = buf.readUInt32LE(cd + 42);
    const name = buf.subarray(cd + 46, cd + 46 + nlen).toString('utf8');
    const lnlen = buf.readUInt16LE(lho + 26), lxlen = buf.readUInt16LE(lho + 28);
    const start = lho + 30 + lnlen + lxlen;
    const comp = buf.subarray(start, start + csize);
    let data = method === 8 ? zlib.inflateRawSync(comp) : method === 0 ? comp : die(`${p}: zip method ${method}`);
    entries.push({ name, data, method });
    cd += 46 + nlen + xlen + clen;
  }
  const parts = [], central = [];
  let off = 0;
  const DOS_TIME = 0, DOS_DATE = ((2025 - 1980) << 9) | (1 << 5) | 1;
  for (const e of entries) {
    let data = e.data;
    if (e.name === 'docProps/core.xml') {
      data = Buffer.from(data.toString('utf8')
        .replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)/g, `$1${FIXED_DATE_ISO}$2`)
        .replace(/<cp:revision>[^<]*<\/cp:revision>/, '<cp:revision>1</cp:revision>'), 'utf8');
    }
    const comp = e.method === 8 ? zlib.deflateRawSync(data, { level: 9 }) : data;
    const crc = zlib.crc32(data) >>> 0;
    const nameB = Buffer.from(e.name, 'utf8');
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0); lh.writeUInt16LE(20, 4); lh.writeUInt16LE(0x0800, 6); lh.writeUInt16LE(e.method, 8);
    lh.writeUInt16LE(DOS_TIME, 10); lh.writeUInt16LE(DOS_DATE, 12); lh.writeUInt32LE(crc, 14);
    lh.writeUInt32LE(comp.length, 18); lh.writeUInt32LE(data.length, 22); lh.writeUInt16LE(nameB.length, 26); lh.writeUInt16LE(0, 28);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0); ch.writeUInt16LE(20, 4); ch.writeUInt16LE(20, 6); ch.writeUInt16LE(0x0800, 8); ch.writeUInt16LE(e.method, 10);
    ch.writeUInt16LE(DOS_TIME, 12); ch.writeUInt16LE(DOS_DATE, 14); ch.writeUInt32LE(crc, 16);
    ch.writeUInt32LE(comp.length, 20); ch.writeUInt32LE(data.length, 24); ch.writeUInt16LE(nameB.length, 28);
    ch.writeUInt32LE(off, 42);
    parts.push(lh, nameB, comp);
    central.push(ch, nameB);
    off += 30 + nameB.length + comp.length;
  }
  const cdBuf = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(entries.length, 8); end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cdBuf.length, 12); end.writeUInt32LE(off, 16);
  fs.writeFileSync(p, Buffer.concat([...parts, cdBuf, end]));
}

// ---------------------------------------------------------------- main

function soffice(profile, outdir, args) {
  // a private profile in the scratch dir, so parallel runs do not collide and nothing touches ~/.config
  run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--nolockcheck', ...args, '--outdir', outdir],
    { env: { ...process.env, SAL_USE_VCLPLUGIN: 'svp', TZ: 'UTC', LC_ALL: 'C.UTF-8' } });
}

function pageCount(pdf) {
  const m = run('pdfinfo', [pdf]).match(/^Pages:\s+(\d+)/m);
  return m ? Number(m[1]) : 0;
}

function tablePages(pdf, n) {
  const pages = [];
  for (let i = 1; i <= n; i++) {
    // line-anchored on the raw text, so narrative that names the same things does not count
    const t = run('pdftotext', ['-raw', '-f', String(i), '-l', String(i), pdf, '-']);
    if (/^(信息内容 |申请人情况|法人或其他组织$|自然人( |$)|（[一二三四五六七]）\S* -?\d+( -?\d+){3,}$|\d\.\S+ -?\d+( -?\d+){5}|[一二四]、(本年新收|上年结转|结转下年度)|行政复议 行政诉讼|未经复议直接起诉|(-?\d+(\.\d+)? ){4,}-?\d)/m.test(t)) pages.push(i);
  }
  return pages;
}

// Full runs drop outputs whose truth file is gone (only in the output dirs this script owns);
// doc/ holds the seeds only.
function removeStale(names, seedNames) {
  for (const d of Object.values(DIRS)) {
    for (const f of fs.readdirSync(d)) {
      const base = f.replace(/\.[^.]+$/, '');
      const name = d === DIRS.png ? base.replace(/-\d+$/, '') : base;
      if (!(d === DIRS.doc ? seedNames : names).has(name)) {
        fs.unlinkSync(path.join(d, f));
        console.log(`removed stale ${path.relative(ROOT, path.join(d, f))}`);
      }
    }
  }
}

// Page breaks that fall inside the tables: the last raw line before and the first after.
function tableBreaks(pdf, pages) {
  const out = [];
  for (const pg of pages) {
    if (!pages.includes(pg + 1)) continue;
    const a = run('pdftotext', ['-raw', '-f', String(pg), '-l', String(pg), pdf, '-']).split('\n').map((l) => l.trim()).filter(Boolean);
    const b = run('pdftotext', ['-raw', '-f', String(pg + 1), '-l', String(pg + 1), pdf, '-']).split('\n').map((l) => l.trim()).filter(Boolean);
    out.push({ page: pg, before: a[a.length - 1] || '', after: b[0] || '' });
  }
  return out;
}

function kb(p) { return `${(fs.statSync(p).size / 1024).toFixed(1)} KB`; }

function main() {
  const versions = checkTools();
  const truths = listTruths();
  for (const d of Object.values(DIRS)) fs.mkdirSync(d, { recursive: true });
  if (!only.length) removeStale(new Set(truths.map((t) => t.name)), new Set(truths.filter((t) => t.seed).map((t) => t.name)));
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-fixtures-'));
  const profile = path.join(scratch, 'lo-profile');
  const made = [];
  try {
    // 1. HTML (UTF-8 and GBK)
    const htmlIn = [];
    for (const t of truths) {
      const truth = JSON.parse(fs.readFileSync(t.truthPath, 'utf8'));
      if (!truth.body) truth.body = '某某人民政府';
      if (!truth.year) truth.year = Number((t.name.match(/(?:19|20)\d\d/) || ['2023'])[0]);
      t.truth = truth;
      const seed = t.textPath ? readSeed(t.textPath) : null;
      const html = renderHtml(truth, seed);
      const hp = path.join(DIRS.html, `${t.name}.html`);
      fs.writeFileSync(hp, html);
      const gbkSrc = html.replace('<meta charset="utf-8">', '<meta charset="gbk">');
      const gbk = run('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: gbkSrc, encoding: 'buffer' });
      const strict = spawnSync('iconv', ['-f', 'UTF-8', '-t', 'GBK'], { input: gbkSrc });
      if (strict.status !== 0) console.warn(`warning: ${t.name}: some characters are outside GBK (GB18030 four-byte codes in a page labelled gbk)`);
      fs.writeFileSync(path.join(DIRS.gbk, `${t.name}.html`), gbk);
      const inp = path.join(scratch, `${t.name}.html`);
      fs.writeFileSync(inp, html);
      htmlIn.push(inp);
      fs.copyFileSync(t.truthPath, path.join(DIRS.truth, `${t.name}.json`));
      made.push(hp, path.join(DIRS.gbk, `${t.name}.html`), path.join(DIRS.truth, `${t.name}.json`));
    }
    // 2. HTML → DOCX (Writer's HTML import keeps rowspan/colspan), DOCX → PDF
    soffice(profile, scratch, ['--infilter=HTML (StarWriter)', '--convert-to', 'docx:MS Word 2007 XML', ...htmlIn]);
    const docxIn = truths.map((t) => path.join(scratch, `${t.name}.docx`));
    for (const d of docxIn) if (!fs.existsSync(d)) die(`LibreOffice did not write ${d}`);
    for (const d of docxIn) normalizeDocx(d);
    soffice(profile, path.join(scratch, 'pdf'), ['--convert-to', 'pdf:writer_pdf_Export', ...docxIn]);
    // DOCX → Word 97 (.doc) for the seeds: the form parseAsync converts back with LibreOffice.
    const seeds = truths.filter((t) => t.seed);
    if (seeds.length) soffice(profile, path.join(scratch, 'doc'), ['--convert-to', 'doc:MS Word 97', ...seeds.map((t) => path.join(scratch, `${t.name}.docx`))]);
    for (const t of seeds) {
      const sdoc = path.join(scratch, 'doc', `${t.name}.doc`);
      if (!fs.existsSync(sdoc)) die(`LibreOffice did not write ${sdoc}`);
      const doc = path.join(DIRS.doc, `${t.name}.doc`);
      fs.copyFileSync(sdoc, doc);
      made.push(doc);
    }
    for (const t of truths) {
      const docx = path.join(DIRS.docx, `${t.name}.docx`);
      const pdf = path.join(DIRS.pdf, `${t.name}.pdf`);
      fs.copyFileSync(path.join(scratch, `${t.name}.docx`), docx);
      const spdf = path.join(scratch, 'pdf', `${t.name}.pdf`);
      if (!fs.existsSync(spdf)) die(`LibreOffice did not write ${spdf}`);
      normalizePdf(spdf);
      fs.copyFileSync(spdf, pdf);
      made.push(docx, pdf);
      // 3. text extraction
      run('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, path.join(DIRS.layout, `${t.name}.txt`)]);
      run('pdftotext', ['-enc', 'UTF-8', pdf, path.join(DIRS.plain, `${t.name}.txt`)]);
      run('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, path.join(DIRS.raw, `${t.name}.txt`)]);
      made.push(path.join(DIRS.layout, `${t.name}.txt`), path.join(DIRS.plain, `${t.name}.txt`), path.join(DIRS.raw, `${t.name}.txt`));
      // 4. page images of the pages that carry tables
      for (const f of fs.readdirSync(DIRS.png)) if (f.startsWith(`${t.name}-`) && /^-\d+\.png$/.test(f.slice(t.name.length))) fs.unlinkSync(path.join(DIRS.png, f));
      const n = pageCount(pdf);
      t.pages = n;
      t.tablePages = tablePages(pdf, n);
      t.breaks = tableBreaks(pdf, t.tablePages);
      for (const pg of t.tablePages) {
        const root = path.join(DIRS.png, `${t.name}-${pg}`);
        run('pdftoppm', ['-r', '150', '-png', '-gray', '-aa', 'no', '-aaVector', 'no', '-f', String(pg), '-l', String(pg), '-singlefile', pdf, root]);
        made.push(`${root}.png`);
      }
    }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  writeReadme(versions, truths);
  made.push(path.join(FORMS, 'README.md'));
  for (const f of made) console.log(`made ${path.relative(ROOT, f)} (${kb(f)})`);
  console.log(`${truths.length} reports, ${made.length} files`);
}

function writeReadme(versions, truths) {
  const list = truths.map((t) => {
    const rows = (t.truth.table3 && t.truth.table3.rows) || {};
    const six = ['（六）1', '（六）2', '（六）3'].some((k) => k in rows) ? '（六）1–3' : '（六） one row';
    const text = t.textPath ? path.basename(path.dirname(t.textPath)) + '/' + path.basename(t.textPath) : 'generic';
    const br = t.breaks.length ? t.breaks.map((b) => `p${b.page}→${b.page + 1}: «${b.before.slice(0, 48)}» / «${b.after.slice(0, 48)}»`).join('; ') : 'none';
    return `| ${t.name} | ${t.truth.body} ${t.truth.year} | ${t.truth.format}, ${six} | ${text} | ${t.pages} | ${t.tablePages.join(',')} | ${br} |`;
  }).join('\n');
  const readme = `# Real-tool fixtures

Made by \`scripts/make-fixtures.mjs\` from the truth files (\`/work/shared/seeds-truth/*.json\` and, when
present, \`fixtures/text-truth/*.json\`). Every file here was produced by a real tool; nothing is
hand-edited. The tests use these files as committed; they never run the script.

Regenerate (Debian; the script fails with an install hint if a tool is missing):

\`\`\`sh
apt-get update && apt-get install -y --no-install-recommends libreoffice-writer poppler-utils fonts-noto-cjk
node scripts/make-fixtures.mjs            # all truths
node scripts/make-fixtures.mjs NAME ...   # only these
\`\`\`

Tools used for the committed files:

- ${versions.soffice}
- ${versions.pdftotext} (pdftotext, pdftoppm, pdfinfo)
- ${versions.iconv}
- font: ${FONT} (fonts-noto-cjk)

## Pipeline

1. \`html/NAME.html\`: the whole report as a portal/Word page (UTF-8): title, intro with the statistics
   period, sections 一 … 六 (narrative from the seed text where one exists, otherwise generic text
   whose numbers agree with the tables), and 表二/表三/表四 in the official layout with real
   \`rowspan\`/\`colspan\` merges, \`border="1"\`, \`border-collapse\`, font "${FONT}". 表二 uses the 2019
   or 2021 blocks per the truth's \`format\`; 表三 prints （六）1–3 when the truth has them, else one
   （六）其他处理 row. A truth \`null\` is an empty cell. Numbers are the truth values verbatim.
2. \`docx/NAME.docx\`: \`soffice --headless --infilter="HTML (StarWriter)" --convert-to docx:"MS Word 2007 XML"\`
   (the Writer HTML import keeps the merges as \`w:gridSpan\`/\`w:vMerge\`).
3. \`pdf/NAME.pdf\`: \`soffice --headless --convert-to pdf\` of the DOCX (A4).
4. \`png/NAME-N.png\`: \`pdftoppm -r 150 -png -gray -aa no -aaVector no\` of every page N that carries a table
   (no anti-aliasing: like a print/scan, and a fifth of the size).
5. \`html-gbk/NAME.html\`: the HTML with \`<meta charset="gbk">\`, converted with \`iconv -t GB18030\`.
6. \`../extracted/pdftotext-layout/\`, \`../extracted/pdftotext/\`, \`../extracted/pdftotext-raw/\`:
   \`pdftotext -layout\`, \`pdftotext\` (default reading order), \`pdftotext -raw\` of the PDF.
   \`../extracted/truth/NAME.json\` is a copy of the truth, so
   \`python3 /work/shared/tools/score.py . fixtures/extracted/pdftotext-layout fixtures/extracted/truth\` pairs them.
7. \`doc/NAME.doc\` (the seeds of \`seeds-truth/\` only, ${truths.filter((t) => t.seed).length} files, about 60 KB each):
   \`soffice --headless --convert-to doc:"MS Word 97"\` of the DOCX; \`parseAsync\` converts them back with
   LibreOffice (\`src/read/doc.test.ts\`).

Determinism: the script rewrites the DOCX zip with fixed entry times and fixed dates in
\`docProps/core.xml\`, and blanks the PDF \`/CreationDate\`, \`/ModDate\` and \`/ID\` in place, so a re-run
with the same tool versions gives the same bytes. The .doc takes its dates from the DOCX and comes out the
same on every run too. The fonts installed matter for the DOCX: these were made without \`fonts-liberation2\`
(\`--no-install-recommends\`); with it, \`styles.xml\` names Liberation Serif/Sans instead of DejaVu.

## Reports

Page breaks inside the tables are LibreOffice's own (rows may break across pages, as in Word); the
last column quotes the last \`pdftotext -raw\` line before the break and the first one after it.

| name | report | tables | narrative | pages | table pages (png) | page breaks inside the tables |
|---|---|---|---|---|---|---|
${list}

${OBSERVATIONS}
`;
  fs.writeFileSync(path.join(FORMS, 'README.md'), readme);
}

// What each tool did to the tables (written after looking at the outputs; keep in sync).
const OBSERVATIONS = `## What each tool did to the tables

Seen in these files (LibreOffice 7.4 / poppler 22.12, A4, ${FONT}); the parser must read all of them.

### html/, html-gbk/ (the source)
- One \`<tr>\` per printed line, one \`<td>\` per cell, real \`rowspan\`/\`colspan\`: 表三's header is a 3×3
  corner cell + 申请人情况 (colspan 7) / 自然人 (rowspan 2) + 法人或其他组织 (colspan 5) + 总计 (rowspan 2) / five
  sub-columns; 三、本年度办理结果 is one rowspan cell (20 rows, or 22 with （六）1–3), the （三）（四）（五）
  (and 2021 （六）) group labels are rowspan cells, so those \`<tr>\`s start with the item label, not the group.
  一、二、四、 rows have colspan 3, （一）（二）（六）（七） colspan 2.
- 表二 is one table of 4 columns; each 第二十条第（X）项 is a colspan-4 band row, then a 信息内容 header row.
  2019 （八）/（九） rows: the last value cell has colspan 2; 2021 （五）（六）（八）: the one value cell has colspan 3.
- 表四: 行政复议 colspan 5 | 行政诉讼 colspan 10 / five 行政复议 headers with rowspan 2 + 未经复议直接起诉 and
  复议后起诉 colspan 5 / ten sub-headers / one row of 15 \`<td>\`.
- A null is an empty \`<td></td>\`. Labels are the official wording (\`1.属于国家秘密\`, no space after the dot).
- html-gbk: the same page with \`<meta charset="gbk">\`, bytes from \`iconv -t GB18030\` (every character is in
  GBK, so a GBK decoder reads it); reading it as UTF-8 gives mojibake.

### docx/ (LibreOffice Writer from the HTML)
- Three \`w:tbl\`; merges are \`w:gridSpan\` (colspan) and \`w:vMerge restart/continue\` (rowspan): a covered cell
  is still a \`w:tc\` with \`w:vMerge\` (no text), so every \`w:tr\` of 表三 has the full 10 grid columns once the
  gridSpans are expanded. A null cell is \`<w:p><w:r></w:r></w:p>\` (no \`w:t\`). A label can be split into
  runs (\`3.\` + \`危及“三安全一稳定”\`: the ASCII \`3.\` gets its own run), so join all \`w:t\` of a cell.

### pdftotext -layout (extracted/pdftotext-layout/)
- Rows come out as lines with the numbers in columns; the columns do not line up across pages (each page is
  laid out on its own), and a wrapped header makes 3–5 lines: \`科研机 / 构\`, \`社会公 / 益组织\`,
  \`法律服务 / 机构\`, 表四's \`结果 / 维持\`, \`尚未 / 审结\` stacked over two lines, 总计 on the line between.
- Labels longer than the item-label column (about 4.5 cm) wrap, and the numbers go on a line of their own between the
  two halves: \`2.其他法律行政法规禁止公\` / \`<7 numbers>\` / \`开\`; likewise \`1.本机关不掌握相关政府信\`/\`息\`,
  \`2.没有现成信息需要另行制\`/\`作\`, \`（二）部分公开（区分处理的，只计这一\`/\`情形，不计其他情形）\`; but
  \`5.要求行政机关确认或重新\` can carry its numbers on the first line with \`出具已获取信息\` below. 2021
  （六）1–2 wrap onto three lines with the numbers on the middle one (\`补正、行政机关不再处理其  67 3 0 …\`).
- The rowspan labels are printed once, vertically centred in their block and wrapped in 3–4 characters, so
  their pieces are glued to the front of unrelated rows: \`三、本   （一）予以公开  0 0 …\`,
  \`（三）不    4.保护第三方合法权益  0 …\` then \`予公开\` alone or before the next row, \`三、本  8.属于行政查询事项\`,
  \`年度办\`/\`理结果\` on lines of their own or before a number line. Strip them by position (left of the item
  label) or by text.
- A null cell is just blank space at its column: seed 000's row 四 starts with a wider gap (自然人 missing),
  003's row 四 ends early (总计 missing), 001's 表四 line starts with ~30 spaces (five 行政复议 cells blank).
  Only the column positions tell which cell is missing.
- Each page ends with \`\\f\`; where a table crosses a page the rows just continue after the \`\\f\` without
  the header or the group labels (see the table above: e.g. 001 breaks between （三）5 and 6, 002 between
  （三）3 and 4; 000 puts the 表四 band row 行政复议/行政诉讼 on one page and the rest on the next; 003 and 004
  break inside the 表三 header row itself, so \`科研机\` ends one page and \`构 益组织 机构\` starts the next).
- Numbers are verbatim (\`249887966.42\`, \`96171.6\`, \`4068.208\`, 2019 本年增/减 \`-3\`; no thousands
  separators, no units since the truth has none).
- In the narrative (all three modes) poppler puts spaces around every run of ASCII digits/letters, because the
  font changes: \`2021 年\`, \`申请 28 件\`, \`全文电子化率达 100%\`; lines end where the PDF lines end, so
  sentences are cut across lines. Blank lines: -layout puts one after every narrative line (1.5 line
  spacing) and between table rows; the default mode puts one between blocks (paragraphs, cells); -raw has none.

### pdftotext default, no -layout (extracted/pdftotext/)
- One text block per cell, separated by blank lines: a row is its label line(s) then seven lines of one
  number each (表二: label then 3, 2 or 1 numbers; 表四: the 15 numbers one per line after all headers).
- Reading order is by column blocks, not rows: the narrow rowspan/colspan label columns are emitted after the
  rows they belong to. Typically \`（三）不\`/\`予公开\`, \`（四）无\`/\`法提供\`, \`（五）不\`/\`予处理\`, \`三、本\`/\`年度办\`/
  \`理结果\` come after the group's last row, at a page end, or after the whole table; and \`（七）总计\` and
  \`四、结转下年度继续办理\` often come after their numbers, so （七）'s 7 numbers are followed directly by row
  四's numbers (14 numbers in a row, 13 in 000 where 四 has a null) and the two labels appear later.
- Nulls simply vanish, so a row has fewer than 7 numbers and nothing marks which cell is missing
  (000 row 四: 6; 001 表四: 10 numbers instead of 15).
- Header cells come out piecemeal and interleaved (\`科研机\`,\`构\`, \`社会公 法律服务\` on one line, \`益组织\`,
  \`机构\`; 001's 表四: \`行政复议 结果 维持 结果 纠正 其他 结果 行政诉讼 尚未 审结 未经复议直接起诉 总计 …\`).
- Wrapped labels stay together on consecutive lines (\`2.其他法律行政法规禁止公\` / \`开\`) before the numbers.

### pdftotext -raw (extracted/pdftotext-raw/)
- Content-stream order: closest to the row structure. A one-line label and its numbers share a line
  (\`3.危及“三安全一稳定” 0 0 0 0 0 0 0\`, \`规章 49 49 87\`); a wrapped label is printed line by line and the
  numbers follow on their own line (\`2.其他法律行政法规禁止公\` / \`开\` / \`0 0 0 0 0 0 0\`), 2021 （六）1–2 on three
  label lines then the numbers.
- Rowspan labels come once, on their own lines, just before the first row of their block: \`三、本\`/\`年度办\`/
  \`理结果\` before （一）, \`（三）不\`/\`予公开\` before 1.属于国家秘密, \`（六）其\`/\`他处理\` before （六）1; after a
  page break they are not repeated.
- Header: each cell on its own line(s), \`结果\`/\`维持\` split; 表四's 15 numbers on one line.
- Nulls vanish as in the default mode (\`四、结转下年度继续办理 0 0 0 0 0 0\` for 000 and for 003; which cell
  is missing is not recoverable from this text alone).
- A group label split by a page break keeps its first half on the line of the group's first row and its
  second half starts the next page: \`（五）不 1.信访举报投诉类申请 5 0 0 0 0 0 5\` … \`\\f予处理\`
  (2019-district-…, 2020-county-…); 2021 reports put \`（六）其\` at the top of a page, \`他处理\` after it.
- \`\\f\` is glued to the first line of the next page (\`\\f政府集中采购 13 57019\`, \`\\f构 益组织 机构\`).
- Check run while making these: for every report, all numbers between 二、主动公开 and 五、存在 in the raw
  text, in order, equal the truth's non-null values in table order.

### doc/ (Word 97 from the DOCX)
- An OLE compound file (\`D0 CF 11 E0 A1 B1 1A E1\`, 512-byte sectors) with the streams \`WordDocument\`
  (FIB \`wIdent\` 0xA5EC, Word 97 and later \`nFib\`), \`1Table\`, \`Data\`, \`\\x01CompObj\`, \`\\x01Ole\`,
  \`\\x05SummaryInformation\`, \`\\x05DocumentSummaryInformation\`; the directory is in the last sectors, so a
  file cut short anywhere loses it.
- Converted back (\`soffice --convert-to docx\`), each gives a DOCX with the same tables, rows, cells,
  \`w:gridSpan\` and \`w:vMerge\` as the DOCX it was made from, and \`readDocx\` reads the same text from both.
`;

try {
  main();
} catch (e) {
  if (!(e instanceof FixtureError)) throw e;
  console.error(`make-fixtures: ${e.message}`);
  process.exit(1);
}
