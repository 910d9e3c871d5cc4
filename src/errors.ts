/**
 * The one error type of nianbao: a stable code (for programs) and the message in Chinese and
 * English (for people). The CLI prints `zh` or `en` by --lang; a server answers with all three.
 */
export interface Message {
  zh: string;
  en: string;
}

export class NianbaoError extends Error implements Message {
  constructor(
    /** Stable, dotted: `store.not-found`, `usage.years`, `queue.unreachable`… */
    readonly code: string,
    readonly zh: string,
    readonly en: string,
    options?: { cause?: unknown },
  ) {
    super(`${zh} / ${en}`, options);
    this.name = 'NianbaoError';
  }
}
