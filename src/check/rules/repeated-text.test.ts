import { RuleTester } from '../rule-tester.js';
import { repeatedText } from './repeated-text.js';

RuleTester.run(repeatedText, {
  valid: [
    { name: 'the report as written', spec: {} },
    { name: 'words that are reduplicated on purpose', spec: { overview: '我们一个一个地研究研究问题，在政务公开公开栏张贴，答复申请申请人，天天更新，“一是……”。' } },
    { name: 'table header words side by side (a flattened 表四 header)', spec: { overview: '行政复议行政诉讼\n结果结果其他尚未\n总计总计' } },
  ],
  invalid: [
    {
      name: 'a word typed twice (seed 000)',
      spec: { overview: '多次组织召开召开政务公开标准化规范化工作部署会、推进会。' },
      // At the second 召开.
      errors: [{ messageId: 'word', severity: 'info', data: { word: '召开', text: '召开召开' }, zh: '“召开”重复了一次：“召开召开”', onLine: '召开召开', column: 7, printed: '召开政务公开' }],
    },
    {
      name: '。。 (seed 003)',
      spec: { overview: '结转至下年度继续办理数 5 件，无超期情况。。' },
      // At the second 。 (the line is the paragraph).
      errors: [{ messageId: 'punctuation', data: { text: '。。' }, onLine: '无超期情况。。', column: 23, printed: '。' }],
    },
  ],
});
