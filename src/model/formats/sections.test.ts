import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isSectionHeading } from './sections.js';

describe('isSectionHeading: a report section\'s heading, not a table row that starts the same way', () => {
  it('takes the official headings and their usual rewordings', () => {
    for (const t of ['四、政府信息公开行政复议、行政诉讼情况', '三、收到和处理政府信息公开申请情况', '五、存在的主要问题及改进情况', '五．存在问题及改进措施', '六、 其他需要报告的事项']) {
      assert.ok(isSectionHeading(t), t);
    }
  });
  it('leaves 表三\'s rows that print a section\'s number', () => {
    for (const t of ['四、结转下年度继续办理', '三、本年度办理结果', '一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '（四）无法提供', '行政复议']) {
      assert.ok(!isSectionHeading(t), t);
    }
  });
});
