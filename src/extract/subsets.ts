/**
 * Every choice of `k` of `xs`, in their order (each yielded as a fresh array): the readings the
 * format's sums then decide among (wrapped pieces to join, rows to give a column's values to).
 */
export function* subsets<T>(xs: readonly T[], k: number, from = 0, acc: T[] = []): Generator<T[]> {
  if (acc.length === k) {
    yield acc.slice();
    return;
  }
  for (let i = from; i <= xs.length - (k - acc.length); i++) {
    acc.push(xs[i]!);
    yield* subsets(xs, k, i + 1, acc);
    acc.pop();
  }
}

/** 0, 1, … n − 1. */
export const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
