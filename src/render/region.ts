/**
 * A region's summary: 表三 and 表四 summed over its reports of a year (aggregate/sumReports, in
 * the 2021 layout), with the list of the reports included and of those left out and why.
 */
import type { Aggregate } from '../aggregate/sum.js';
import { sections } from '../model/formats/index.js';
import { tableGrid } from './grid.js';
import type { RenderDoc } from './document.js';

/** One report considered for the summary. */
export interface SummaryMember {
  id: number;
  organ: string | null;
  file: string;
  /** Why it was left out; absent where it was included. */
  excluded?: { zh: string; en: string };
}

export interface RegionSummary {
  /** The region as the caller names it (a code or a name). */
  region: string;
  year: number;
  sum: Aggregate;
  members: SummaryMember[];
}

/** The summary laid out for rendering: 表三 and 表四 under their official section titles, then the lists. */
export function regionDoc(s: RegionSummary): RenderDoc {
  const included = s.members.filter((m) => !m.excluded);
  const excluded = s.members.filter((m) => m.excluded);
  const title = (id: string) => sections.find((x) => x.id === id)!.title;
  const who = (m: SummaryMember) => `#${m.id} ${m.organ ?? '（机关不明）'}（${m.file}）`;
  return {
    title: `${s.region} ${s.year}年政府信息公开工作年度报告汇总（${included.length}份报告）`,
    organ: null,
    year: s.year,
    intro: [`本表汇总 ${s.region} ${s.year} 年度 ${included.length} 份报告的表三、表四（按 2021 年格式；2019 年格式的（六）其他处理计入（六）3.其他），${excluded.length} 份未纳入。空白表示没有一份报告填写了数字。`],
    sections: [
      { id: 'requests', title: title('requests'), paragraphs: [], table: tableGrid('table3', s.sum.values, '2021') },
      { id: 'reviewsAndSuits', title: title('reviewsAndSuits'), paragraphs: [], table: tableGrid('table4', s.sum.values, '2021') },
      { id: 'included', title: `纳入汇总的报告（${included.length}份）`, paragraphs: included.map(who) },
      { id: 'excluded', title: `未纳入汇总的报告（${excluded.length}份）`, paragraphs: excluded.map((m) => `${who(m)}：${m.excluded!.zh}`) },
    ],
    conversion: { blank: [], dropped: [] },
  };
}
