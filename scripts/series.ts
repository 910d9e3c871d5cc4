/**
 * Reports of many organs over several years that agree with each other: this year's
 * 二、上年结转 is last year's 四、结转下年度继续办理, 现行有效件数 runs on from last year's, every sum
 * holds. For the corpus tests (where cross-year findings must appear only where planted) and
 * for `npm run bench:ingest`. Deterministic: the same arguments give the same text.
 */
import { reportText } from '../src/check/testing.js';
import { prng } from './gen-corpus.js';

export interface SeriesReport {
  organ: string;
  year: number;
  /** File name: `<organ index>-<year>.txt`. */
  name: string;
  text: string;
}

const counties = ['晋江市', '南安市', '惠安县', '安溪县', '永春县', '德化县', '洪泽区', '淮阴区', '沭阳县', '泗阳县', '乐清市', '瑞安市', '丰城市', '樟树市', '高安市', '宜丰县'];
const syllables = '东西南北安和平康宁丰华新兴永福乐清泉溪山河湖桥林石马龙凤金玉云霞青白梅竹松柏'.split('');

/** The name of organ `i`: a town of one of 16 counties (`晋江市安和镇人民政府`), distinct for i < 16·1600. */
export function organName(i: number): string {
  const county = counties[i % counties.length]!;
  const n = Math.floor(i / counties.length);
  const a = syllables[n % syllables.length]!;
  const b = syllables[Math.floor(n / syllables.length) % syllables.length]!;
  return `${county}${a}${b}镇人民政府`;
}

export interface SeriesOptions {
  organs: number;
  /** First and last year (default 2021–2024: all in the 2021 format). */
  from?: number;
  to?: number;
  seed?: number;
}

/** Every organ's reports, year by year, consistent within and across years. */
export function* series(options: SeriesOptions): Generator<SeriesReport> {
  const rnd = prng(options.seed ?? 7);
  const int = (n: number) => rnd() % n;
  const from = options.from ?? 2021;
  const to = options.to ?? 2024;
  for (let i = 0; i < options.organs; i++) {
    const organ = organName(i);
    let carried = int(3);
    let inForce = 10 + int(20);
    for (let year = from; year <= to; year++) {
      const received = 2 + int(30);
      const open = received + carried;
      const granted = int(open + 1);
      const partly = int(open - granted + 1);
      const notHeld = int(open - granted - partly + 1);
      const forward = int(open - granted - partly - notHeld + 1);
      const duplicate = open - granted - partly - notHeld - forward;
      const issued = int(5);
      const repealed = int(Math.min(3, inForce) + 1);
      inForce = inForce + issued - repealed;
      const reviews = int(3);
      const upheld = int(reviews + 1);
      const cells: Record<string, number> = {};
      for (const col of ['naturalPerson', 'total']) {
        Object.assign(cells, {
          [`table3.newReceived.${col}`]: received, [`table3.carriedOver.${col}`]: carried,
          [`table3.granted.${col}`]: granted, [`table3.partiallyGranted.${col}`]: partly,
          [`table3.unavailable.notHeld.${col}`]: notHeld, [`table3.notProcessed.duplicate.${col}`]: duplicate,
          [`table3.total.${col}`]: open - forward, [`table3.carriedForward.${col}`]: forward,
        });
      }
      Object.assign(cells, {
        'table2.normativeDocuments.issued': issued, 'table2.normativeDocuments.repealed': repealed, 'table2.normativeDocuments.inForce': inForce,
        'table2.licensing.decisions': 100 + int(400), 'table2.penalty.decisions': int(50),
        'table4.review.upheld': upheld, 'table4.review.corrected': reviews - upheld, 'table4.review.total': reviews,
      });
      carried = forward;
      yield {
        organ, year, name: `${String(i).padStart(5, '0')}-${year}.txt`,
        text: reportText({ organ, year, cells, overview: `${year}年，${organ}认真贯彻落实《中华人民共和国政府信息公开条例》，本年新收申请${received}件。` }),
      };
    }
  }
}
