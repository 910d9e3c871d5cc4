import type { Origin } from '../model/diagnostic.js';
import type { OriginSegment } from './source.js';

/**
 * Derived text built in order, with the origin of each stretch: what the HTML and DOCX
 * readers write their lines into.
 */
export class Output {
  private parts: string[] = [];
  length = 0;
  readonly origins: OriginSegment[] = [];
  private lastOrigin: Origin | null = null;

  /** From here on, the text comes from `origin`. */
  mark(origin: Origin): void {
    if (this.lastOrigin === origin) return;
    const last = this.origins[this.origins.length - 1];
    if (last && last.offset === this.length) last.origin = origin;
    else this.origins.push({ offset: this.length, origin });
    this.lastOrigin = origin;
  }

  write(s: string): void {
    if (!s) return;
    this.parts.push(s);
    this.length += s.length;
  }

  text(): string {
    return this.parts.join('');
  }
}
