import { RuleTester } from '../rule-tester.js';
import { reportText } from '../testing.js';
import { sections } from './sections.js';

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

const five = '五、存在的主要问题及改进情况';
const omitted = { omitSections: [5] };
const block = `${five}\n\n一是公开内容有待进一步丰富。\n\n`;
const moved = reportText({}).replace(block, '').replace('本机关未收取信息处理费。\n\n', `本机关未收取信息处理费。\n\n${block}`);
const worded = reportText({}).replace(five, '五、存在的主要问题及改进措施');
const renumbered = reportText({}).replace(five, '四、存在的主要问题及改进情况');
const intro = '本年报由总体情况、主动公开政府信息情况、因政府信息公开申请行政复议和提起行政诉讼的情况、存在的主要问题及改进情况、其他需要报告的事项等六部分组成。';
const introFive = reportText({}).replace('本报告所列数据', `${intro}本报告所列数据`);
const introLine = introFive.split('\n').findIndex((l) => l.includes('六部分'));
// All six named (the last two joined by 和): nothing to say.
const six = '全文由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、因政府信息公开申请行政复议和提起行政诉讼的情况、政府信息公开工作存在的主要问题及改进情况和其他需要报告的事项等六部分组成。';
const repeated = { overview: '一、政务公开基本情况\n\n2023年，本机关认真贯彻落实《条例》。' };

RuleTester.run(sections, {
  valid: [
    { name: 'six official sections in order, 2021 format', spec: {} },
    { name: 'six official sections in order, 2019 format', spec: { format: '2019' } },
    { name: 'another numeral style (一. for 一、)', text: reportText({}).replace('一、总体情况', '一. 总体情况') },
    { name: 'the introduction names all six parts', text: reportText({}).replace('本报告所列数据', `${six}本报告所列数据`) },
  ],
  invalid: [
    {
      name: 'a section missing',
      spec: omitted,
      errors: [{
        messageId: 'missing', severity: 'warning',
        allData: { number: 5, title: five, titleEn: 'main problems and improvements' },
        // Where it should stand: the start of the next section printed.
        line: lineOf(reportText(omitted), '六、其他需要报告的事项'), column: 1,
      }],
    },
    {
      name: 'sections out of order',
      text: moved,
      errors: [{ messageId: 'order', data: { number: 5, afterNumber: 6, after: '六、其他需要报告的事项' }, line: lineOf(moved, five), column: 1 }],
    },
    {
      name: 'a title worded otherwise',
      text: worded,
      errors: [{ messageId: 'title', allData: { number: 5, printed: '五、存在的主要问题及改进措施', official: five }, line: lineOf(worded, '改进措施'), column: 1 }],
    },
    {
      name: 'a section numbered otherwise',
      text: renumbered,
      errors: [{ messageId: 'numbered', data: { number: 5, numeral: '四' }, actual: '四', line: lineOf(renumbered, '四、存在的主要问题') }],
    },
    {
      name: 'the introduction says six parts and lists five (seed 000)',
      text: introFive,
      errors: [{
        messageId: 'intro-parts',
        allData: { stated: '六', listed: '五', missing: '三、收到和处理政府信息公开申请情况' },
        expected: 6, actual: 5,
        line: introLine + 1, column: introFive.split('\n')[introLine]!.indexOf('六部分') + 1,
      }],
    },
    {
      name: 'a second 一、 heading inside section 一 (seed 001)',
      spec: repeated,
      errors: [{
        messageId: 'numeral-repeated',
        allData: { printed: '一、政务公开基本情况', number: 1, title: '一、总体情况', titleEn: 'overview' },
        line: lineOf(reportText(repeated), '一、政务公开基本情况'), column: 1,
      }],
    },
  ],
});
