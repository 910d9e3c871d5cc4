/** `--max-size` in bytes, or null (and a message) where it is not a positive number. */
export function maxBytesOf(mb: string, io: { err: (s: string) => void }): number | null {
  const n = Number(mb);
  if (Number.isFinite(n) && n > 0) return Math.floor(n * 1048576);
  io.err('nianbao: --max-size 须为正数（--max-size must be a positive number）');
  return null;
}
