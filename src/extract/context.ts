import type { Diagnostic, Severity } from '../model/diagnostic.js';
import type { SourceText } from '../read/source.js';
import { lineSpans, tokenizeLine, type Line } from './lines.js';
import { format, parseMessages, type ParseMessageId } from './messages.js';
import { normalize } from './normalize.js';

export const tableNames = {
  table2: { zh: '表二（主动公开政府信息情况）', en: 'table 2 (proactive disclosure)' },
  table3: { zh: '表三（收到和处理政府信息公开申请情况）', en: 'table 3 (requests received and handled)' },
  table4: { zh: '表四（行政复议、行政诉讼情况）', en: 'table 4 (administrative review and litigation)' },
} as const;

/** What every extractor shares: the source, its normalised text, its lines, the diagnostics. */
export class Context {
  readonly source: SourceText;
  /** Same-length normalised text (see normalize.ts): offsets are offsets in the source. */
  readonly norm: string;
  readonly spans: Array<[number, number]>;
  readonly diagnostics: Diagnostic[] = [];
  private readonly lines: Array<Line | undefined>;

  constructor(source: SourceText) {
    this.source = source;
    this.norm = normalize(source.text);
    this.spans = lineSpans(this.norm);
    this.lines = new Array(this.spans.length);
  }

  get lineCount(): number {
    return this.spans.length;
  }

  /** The normalised text of line `i`. */
  text(i: number): string {
    const [a, b] = this.spans[i]!;
    return this.norm.slice(a, b);
  }

  /** Line `i` split into cells (done once, on demand). */
  line(i: number): Line {
    let l = this.lines[i];
    if (!l) {
      const [a, b] = this.spans[i]!;
      l = tokenizeLine(this.norm, i, a, b);
      this.lines[i] = l;
    }
    return l;
  }

  report(
    messageId: ParseMessageId,
    severity: Severity,
    data: Record<string, string | number>,
    offset: number | null,
    extra: Partial<Pick<Diagnostic, 'path' | 'expected' | 'actual' | 'fatal'>> = {},
  ): void {
    const t = parseMessages[messageId];
    this.diagnostics.push({
      ruleId: `parse/${messageId}`,
      severity,
      messageId,
      data,
      message: { zh: format(t.zh, data), en: format(t.en, data) },
      position: offset === null ? null : this.source.position(offset),
      ...extra,
    });
  }
}
