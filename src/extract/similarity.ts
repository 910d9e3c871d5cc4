/**
 * Fuzzy label matching. A label is compared by its CJK ideographs and ASCII digits only
 * (spaces, brackets and punctuation dropped: "2. 其他法律行政 法规禁止公开" and
 * "2.其他法律行政法规禁止公开" compare equal), as the share of a key's character bigrams
 * found in the printed text. Typos cost a bigram or two (信访举报类申请 for
 * 信访举报投诉类申请 still scores 0.63); another row's label scores low.
 */
/** A character a key keeps: a CJK ideograph (with extension A and 〇) or an ASCII digit. */
export function isKeyChar(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || c === 0x3007 || (c >= 0x30 && c <= 0x39);
}

/** The key of a text: its key characters, in order (runs of them copied whole; the text itself where it is all key). */
export function labelKey(s: string): string {
  let out = '';
  let run = -1;
  for (let i = 0; i < s.length; i++) {
    if (isKeyChar(s.charCodeAt(i))) {
      if (run < 0) run = i;
    } else if (run >= 0) {
      out += s.slice(run, i);
      run = -1;
    }
  }
  if (run === 0) return s;
  return run > 0 ? out + s.slice(run) : out;
}

function bigrams(key: string): number[] {
  const out: number[] = [];
  for (let i = 0; i + 1 < key.length; i++) out.push(key.charCodeAt(i) * 65536 + key.charCodeAt(i + 1));
  return out;
}

interface Key {
  grams: number[];
  /** One-character keys compare by the character. */
  single: number;
}

const byTable = new WeakMap<object, LabelMatcher>();

/** The matcher of a table definition's rows (official labels and variants), made once. */
export function matcherFor(table: { rows: ReadonlyArray<{ label: string; variants: readonly string[] }> }): LabelMatcher {
  let m = byTable.get(table);
  if (!m) {
    m = new LabelMatcher(table.rows.map((r) => ({ labels: [r.label, ...r.variants] })));
    byTable.set(table, m);
  }
  return m;
}

/** Scores printed texts against the labels (and variants) of a list of rows. */
export class LabelMatcher {
  private readonly keys: Key[][];
  private readonly cache = new Map<string, Float64Array>();
  private readonly byText = new Map<string, Float64Array>();
  /**
   * A score of 0 for every row, made once and shared: evidence arrays are only read, never
   * written (a Float64Array of more than 8 entries is allocated off the heap, which costs).
   */
  readonly none: Float64Array;

  constructor(rows: ReadonlyArray<{ labels: readonly string[] }>) {
    this.keys = rows.map((r) =>
      r.labels.map(labelKey).filter((k) => k.length > 0).map((k) => ({ grams: bigrams(k), single: k.length === 1 ? k.charCodeAt(0) : -1 })),
    );
    this.none = new Float64Array(this.keys.length);
  }

  get size(): number {
    return this.keys.length;
  }

  /** For each row, the best share of one of its keys found in `text` (0–1). */
  scores(text: string): Float64Array {
    const seen = this.byText.get(text);
    if (seen) return seen;
    const key = labelKey(text);
    const hit = this.cache.get(key);
    if (hit) {
      this.remember(text, hit);
      return hit;
    }
    const out = new Float64Array(this.keys.length);
    if (key.length > 0) {
      const set = new Set(bigrams(key));
      for (let r = 0; r < this.keys.length; r++) {
        let best = 0;
        for (const k of this.keys[r]!) {
          let s: number;
          if (k.single >= 0) s = key.indexOf(String.fromCharCode(k.single)) >= 0 ? 1 : 0;
          else {
            let found = 0;
            for (const g of k.grams) if (set.has(g)) found++;
            s = found / k.grams.length;
          }
          if (s > best) best = s;
        }
        out[r] = best;
      }
    }
    if (this.cache.size > 20000) this.cache.clear();
    this.cache.set(key, out);
    this.remember(text, out);
    return out;
  }

  /** Scores are cached by printed text too: labels repeat across reports. Bounded. */
  private remember(text: string, s: Float64Array): void {
    if (this.byText.size > 20000) this.byText.clear();
    this.byText.set(text, s);
  }
}
