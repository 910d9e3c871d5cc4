/**
 * Terminal conventions, through a real child process: one language by --lang or the locale,
 * colour on a terminal only (a pty from util-linux `script`), EPIPE quiet, an existing database
 * for reading, clear messages for a wrong --db or option. Each in Chinese and in English.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { strToU8, zipSync } from 'fflate';
import { root } from './helpers.js';
import { hostileFiles } from '../scripts/make-hostile.js';

const bin = join(root, 'bin', 'nianbao.js');
const seed = join(root, 'fixtures/seeds/000_f42b2add2afd0cc6.txt');
const dir = mkdtempSync(join(tmpdir(), 'nianbao-terminal-'));
const db = join(dir, 'corpus.db');
const esc = '\x1b[';
const cjk = /[\u4e00-\u9fff]/;
/** No colour settings from the environment the tests run in. */
const { NO_COLOR: _n, FORCE_COLOR: _f, LC_ALL: _a, LC_MESSAGES: _m, ...baseEnv } = process.env;
const zh = { LANG: 'zh_CN.UTF-8' };
const en = { LANG: 'en_US.UTF-8' };

function nianbao(args: string[], env: Record<string, string> = zh) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, env: { ...baseEnv, ...env }, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Through a shell: a pipe into another program, or a pty. */
function shell(command: string, env: Record<string, string> = zh) {
  const r = spawnSync('bash', ['-c', command], { cwd: dir, env: { ...baseEnv, ...env }, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
/** `cmd` on a pseudo-terminal (util-linux script); what it printed there. */
const onTty = (args: string[], env: Record<string, string> = zh) =>
  shell(`script -qec ${q([process.execPath, bin, ...args].map(q).join(' '))} /dev/null`, env);

before(() => {
  const r = nianbao(['ingest', join(root, 'examples'), seed, '--db', db, '--jobs', '0']);
  assert.equal(r.code, 0, r.err);
});

describe('language: Chinese only with --lang zh, a Chinese locale or one that names no language; English only with --lang en or another language', () => {
  it('check', () => {
    const z = nianbao(['check', seed]);
    const e = nianbao(['check', seed], en);
    assert.equal(z.code, 1);
    assert.equal(e.code, 1);
    // The outcomes sum at 72:10 (the balance there rests on the row the reader placed: a warning).
    const first = (s: string) => s.split('\n').find((l) => l.includes(':72:10') && l.includes('table3-outcomes'))!;
    assert.match(first(z.out), /  错误  表三“自然人”列/);
    assert.doesNotMatch(first(z.out), /table 3|error/);
    assert.match(first(e.out), /  error  table 3, column naturalPerson/);
    // (The English message quotes the cell as printed: 空.)
    assert.doesNotMatch(first(e.out).replace('carried forward 空', ''), cjk);
    // The summary line of each.
    assert.match(z.out.trimEnd().split('\n').at(-1)!, /^1 个文件，\d+ 个问题（\d+ 个错误/);
    assert.doesNotMatch(z.out.trimEnd().split('\n').at(-1)!, /file|error/);
    assert.match(e.out.trimEnd().split('\n').at(-1)!, /^1 file\(s\), \d+ problem\(s\)/);
    // --lang wins over the locale, both ways.
    assert.equal(nianbao(['check', seed, '--lang', 'en']).out, e.out);
    assert.equal(nianbao(['check', seed, '--lang', 'zh'], en).out, z.out);
    // A locale that names no language (servers, containers: C.UTF-8, POSIX, none) gets Chinese;
    // one that names another language gets English.
    for (const LANG of ['C.UTF-8', 'POSIX', '']) assert.equal(nianbao(['check', seed], { LANG }).out, z.out, `LANG=${LANG}`);
    assert.equal(nianbao(['check', seed], { LANG: 'fr_FR.UTF-8' }).out, e.out);
  });
  it('show says 警告/错误 as check does; list and help', () => {
    const z = nianbao(['show', '1', '--db', db]);
    assert.match(z.out, /\s(错误|警告)\s/);
    assert.doesNotMatch(z.out, /\s(error|warning)\s/);
    const e = nianbao(['show', '1', '--db', db], en);
    assert.match(e.out, /\s(error|warning)\s/);
    assert.doesNotMatch(e.out, /\s(错误|警告)\s/);
    const help = nianbao(['list', '--help']);
    assert.match(help.out, /^用法：/m);
    assert.match(help.out, /列出语料库中的报告/);
    assert.doesNotMatch(help.out, /list the reports/);
    const helpEn = nianbao(['list', '--help'], en);
    assert.match(helpEn.out, /^Usage:/m);
    assert.doesNotMatch(helpEn.out, cjk);
    // Every command's help, and the list of commands, in one language: no English in Chinese (a
    // description once read `按官方格式输出年报… · render a report…`), no Chinese in English.
    for (const args of [[], ['render'], ['new'], ['parse'], ['check'], ['serve'], ['worker']]) {
      const zhHelp = nianbao([...args, '--help']).out;
      const enHelp = nianbao([...args, '--help'], en).out;
      assert.match(zhHelp, /^用法：/m, args.join(' '));
      assert.doesNotMatch(enHelp, cjk, args.join(' '));
      // The English description of the command and of each option or command listed: none in the Chinese help.
      const described = enHelp.split('\n').map((l) => l.replace(/^\s*\S.*?\s{2,}/, '').trim()).filter((l) => /^[a-z][a-z ,'()]{12,}/i.test(l) && !l.startsWith('Usage'));
      assert.ok(described.length >= 3, args.join(' '));
      for (const d of described) assert.ok(!zhHelp.includes(d.slice(0, 16)), `${args.join(' ')}: ${d}`);
    }
  });
});

describe('colour: on a terminal only; NO_COLOR and FORCE_COLOR respected', () => {
  it('none in a pipe; FORCE_COLOR=1 colours it', () => {
    assert.ok(!nianbao(['check', seed]).out.includes(esc));
    assert.ok(nianbao(['check', seed], { ...zh, FORCE_COLOR: '1' }).out.includes(`${esc}31m错误`));
    assert.ok(nianbao(['check', seed], { ...en, FORCE_COLOR: '1' }).out.includes(`${esc}31merror`));
  });
  it('on a terminal: coloured, and not with NO_COLOR', { skip: hasScript ? false : 'util-linux script (a pty) is not installed' }, () => {
    const z = onTty(['check', seed]);
    assert.ok(z.out.includes(`${esc}31m错误`), z.out.slice(0, 200));
    const e = onTty(['check', seed], en);
    assert.ok(e.out.includes(`${esc}31merror`));
    assert.ok(!onTty(['check', seed], { ...zh, NO_COLOR: '1' }).out.includes(esc));
    assert.ok(!onTty(['check', seed], { ...en, NO_COLOR: '1' }).out.includes(esc));
  });
});

describe('a reader that stops reading', () => {
  for (const [lang, env] of [['zh', zh], ['en', en]] as const) {
    it(`nianbao list | head ends quietly, exit 0 (${lang})`, () => {
      // head -n 0 exits at once: every write of nianbao meets a closed pipe.
      for (const args of [['list', '--db', db], ['parse', '--format', 'json', join(root, 'examples'), seed]]) {
        const r = shell(`${[process.execPath, bin, ...args].map(q).join(' ')} | head -n 0; echo "status=\${PIPESTATUS[0]}" >&2`, env);
        assert.match(r.err, /status=0\n$/);
        assert.doesNotMatch(r.err, /EPIPE|Error|\n\s+at /, 'no error, no stack');
      }
    });
  }
});

describe('the database: read commands need an existing one; a wrong --db is said plainly', () => {
  const missing = join(dir, 'typo.db');
  const workbook = join(dir, '年报.xlsx');
  writeFileSync(workbook, zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') }));
  for (const cmd of [['list'], ['show', '1'], ['stats'], ['compare', '某', '--years', '2023'], ['export', '--to', 'csv'], ['organs'], ['reparse']]) {
    it(`${cmd[0]} --db typo.db: exit 2, names the file, makes none`, () => {
      const z = nianbao([...cmd, '--db', missing]);
      assert.equal(z.code, 2);
      assert.equal(z.err, `nianbao: 数据库文件不存在：${missing}（先用 nianbao ingest 收录报告，或用 --db 指定文件）\n`);
      const e = nianbao([...cmd, '--db', missing], en);
      assert.equal(e.code, 2);
      assert.equal(e.err, `nianbao: no database file: ${missing} (nianbao ingest makes one; --db names another)\n`);
      assert.equal(existsSync(missing), false);
    });
  }
  it('an unknown scheme and a file that is not a database: a message, no stack', () => {
    const z = nianbao(['list', '--db', 'mysql://127.0.0.1/nianbao']);
    assert.equal(z.code, 2);
    assert.equal(z.err, 'nianbao: 不支持的数据库地址：mysql://127.0.0.1/nianbao（可用 SQLite 文件路径或 postgres:// 地址）\n');
    assert.match(nianbao(['list', '--db', 'mysql://127.0.0.1/nianbao'], en).err, /^nianbao: unsupported database URL: mysql:\/\/127\.0\.0\.1\/nianbao \(a SQLite file path or a postgres:\/\/ URL\)\n$/);
    const x = nianbao(['list', '--db', workbook]);
    assert.equal(x.code, 2);
    assert.equal(x.err, `nianbao: 不是 SQLite 数据库文件：${workbook}\n`);
    assert.equal(nianbao(['stats', '--db', workbook], en).err, `nianbao: not a SQLite database file: ${workbook}\n`);
  });
});

describe('option errors: one line in the terminal language with the closest option, not the whole help', () => {
  it('a misspelt option', () => {
    const z = nianbao(['check', seed, '--formt', 'json']);
    assert.equal(z.code, 2);
    assert.equal(z.out, '');
    assert.equal(z.err, 'nianbao: 没有选项 --formt，是否要用 --format？（nianbao check --help 列出全部选项）\n');
    const e = nianbao(['list', '--db', db, '--yaer', '2023'], en);
    assert.equal(e.code, 2);
    assert.equal(e.err, 'nianbao: unknown option --yaer; did you mean --year? (nianbao list --help lists them)\n');
  });
  it('a value not among the choices, a misspelt command, a missing argument', () => {
    assert.equal(nianbao(['check', seed, '--format', 'xml']).err, 'nianbao: --format 不能是“xml”，可选：stylish, json, sarif\n');
    assert.equal(nianbao(['list', '--format', 'sarif', '--db', db], en).err, 'nianbao: --format cannot be “sarif”; one of table, json\n');
    assert.equal(nianbao(['lsit']).err, 'nianbao: 没有命令 lsit，是否要用 list？（nianbao --help 列出全部命令）\n');
    assert.equal(nianbao(['check'], en).err, 'nianbao: missing argument <path> (nianbao check --help)\n');
    for (const r of [nianbao(['check', seed, '--formt', 'json']), nianbao(['lsit'], en)]) assert.doesNotMatch(r.err, /Usage|用法|Options/);
  });
});

describe('one --format option', () => {
  it('table or json for list, stats, show, rules, parse; --json is gone', () => {
    const rows = nianbao(['list', '--db', db, '--format', 'json']).out.trim().split('\n').map((l) => JSON.parse(l));
    assert.ok(rows.length >= 7);
    assert.equal(JSON.parse(nianbao(['stats', '--db', db, '--format', 'json']).out).groups[0].reports, rows.length);
    assert.equal(JSON.parse(nianbao(['show', '1', '--db', db, '--format', 'json']).out).report.status, 'ok');
    assert.ok(nianbao(['rules', '--format', 'json']).out.trim().split('\n').every((l) => JSON.parse(l).id));
    assert.equal(nianbao(['list', '--db', db, '--json']).code, 2);
  });
});

describe('render and new: messages from the catalogue, in one language, exit 2 or 1 as the others', () => {
  const none = join(dir, 'no-such-corpus.db');
  it('a binary form to the terminal, a bad year, a missing input: exit 2, one language, no stack', () => {
    const cases: Array<[string[], RegExp, RegExp]> = [
      [['render', seed, '--to', 'docx'], /docx 是二进制格式，请用 -o 指定输出文件/, /docx is a binary form: name the output file with -o/],
      [['new', '--organ', '某某县人民政府', '--year', '20x5', '--db', none], /年度不合法：20x5/, /invalid year: 20x5/],
      [['render', '--to', 'md'], /请给出年报文件、草稿或报告编号/, /name a report file, a draft or a report id/],
      [['render', join(dir, 'absent.txt'), '--to', 'md'], /无法读取 .*absent\.txt：ENOENT/, /cannot read .*absent\.txt: ENOENT/],
    ];
    for (const [args, zhRe, enRe] of cases) {
      const z = nianbao(args);
      const e = nianbao([...args, '--lang', 'en'], zh);
      assert.equal(z.code, 2, z.err);
      assert.equal(e.code, 2, e.err);
      assert.match(z.err, zhRe);
      assert.match(e.err, enRe);
      assert.doesNotMatch(z.err, /[a-z]{4,} (form|year|report)|\bat \w+ \(/);
      assert.doesNotMatch(e.err, cjk);
      assert.doesNotMatch(z.err + e.err, /\n\s+at /);
    }
  });

  it('new without a corpus: the note in one language, the draft on stdout', () => {
    const z = nianbao(['new', '--organ', '某某县人民政府', '--year', '2025', '--db', none]);
    const e = nianbao(['new', '--organ', '某某县人民政府', '--year', '2025', '--db', none], en);
    assert.equal(z.code, 0, z.err);
    assert.equal(e.code, 0, e.err);
    assert.equal(z.err.trim(), `没有语料库 ${none}，未预填结转数`);
    assert.equal(e.err.trim(), `no corpus at ${none}: nothing carried over`);
    assert.equal(JSON.parse(z.out).year, 2025);
    assert.ok(!existsSync(none));
  });

  it('a render written to a file says so in one language', () => {
    const out = join(dir, 'seed.md');
    const z = nianbao(['render', seed, '--to', 'md', '-o', out]);
    const e = nianbao(['render', seed, '--to', 'md', '-o', out], en);
    assert.equal(z.code, 0, z.err);
    assert.equal(z.err.trim(), `已写入 ${out}`);
    assert.equal(e.err.trim(), `wrote ${out}`);
  });
});

describe('export to standard output: sanitised on a terminal, exact bytes in a pipe', () => {
  const hostileDb = join(dir, 'escapes.db');
  before(() => {
    const f = hostileFiles({ small: true }).find((x) => x.name === 'escapes.txt')!;
    // Its file name holds the payload too: exported as it was stored.
    const name = join(dir, 'r\x1b[2J\x1b]0;owned\x07.txt');
    writeFileSync(name, f.bytes);
    const r = nianbao(['ingest', name, '--db', hostileDb, '--jobs', '0']);
    assert.equal(r.code, 0, r.err);
  });

  it('piped to a file: the bytes -o writes, escapes and all', () => {
    for (const to of ['csv', 'jsonl']) {
      const file = join(dir, `export.${to}`);
      assert.equal(nianbao(['export', '--db', hostileDb, '--to', to, '-o', file]).code, 0);
      const piped = shell(`${q(process.execPath)} ${q(bin)} export --db ${q(hostileDb)} --to ${to} > ${q(file + '.piped')}`);
      assert.equal(piped.code, 0, piped.err);
      const bytes = readFileSync(file);
      // CSV keeps the file name as stored; JSON writes it escaped itself.
      assert.ok(bytes.includes(to === 'csv' ? '\x1b[2J' : '\\u001b[2J'), 'the export holds the file name');
      assert.deepEqual(readFileSync(file + '.piped'), bytes);
    }
  });

  it('on a terminal: no control character reaches it raw, in CSV and JSONL', { skip: hasScript ? false : 'util-linux script (a pty) is not installed' }, () => {
    for (const to of ['csv', 'jsonl']) {
      const r = onTty(['export', '--db', hostileDb, '--to', to]);
      assert.equal(r.code, 0, r.err);
      assert.match(r.out, /\\u001b\[2J/, 'the payload is shown escaped');
      // The pty ends lines with CR LF; nothing else of C0/C1 comes through.
      assert.doesNotMatch(r.out.replace(/\r\n/g, '\n'), /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      if (to === 'jsonl') {
        const line = r.out.split(/\r?\n/).find((l) => l.startsWith('{'))!;
        assert.match(JSON.stringify(JSON.parse(line)), /\\u001b\[2J/, 'still valid JSON, the name in it');
      }
    }
  });
});
