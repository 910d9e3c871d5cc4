import type { Sniff } from '../reader.js';

/** Whether the bytes begin (at `at`) with the signature. */
export const startsWith = (b: Uint8Array, sig: readonly number[], at = 0): boolean =>
  b.length >= at + sig.length && sig.every((x, i) => b[at + i] === x);

const latin1 = (b: Uint8Array, n: number) => Buffer.from(b.buffer, b.byteOffset, Math.min(b.byteLength, n)).toString('latin1');

/** The first bytes decoded once for every reader's `detect`; each part only when asked for. */
export function sniff(bytes: Uint8Array): Sniff {
  let head: string | undefined;
  let zipHead: string | undefined;
  return {
    bytes,
    get head() {
      return (head ??= latin1(bytes, 2048).toLowerCase());
    },
    get zipHead() {
      return (zipHead ??= latin1(bytes, 4096));
    },
  };
}

/** A zip archive's signature (local file header or an empty archive's end record). */
export const isZip = (b: Uint8Array) => startsWith(b, [0x50, 0x4b, 0x03, 0x04]) || startsWith(b, [0x50, 0x4b, 0x05, 0x06]);
