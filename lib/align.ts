import type { Positioned } from './tokens';

/**
 * How well two tokens sit among the same words: 0 when they do not (a shared neighbour is needed on each
 * side that both have, or two on one side), else the number of shared neighbours.
 */
export function neighbours(a: Positioned[], i: number, b: Positioned[], j: number): number {
  const kind = (x: Positioned) => (x.type === 'name' ? 'value' : x.type);
  const side = (xs: Positioned[], k: number, dir: -1 | 1) => {
    const out: string[] = [];
    for (let n = k + dir; n >= 0 && n < xs.length && out.length < 3; n += dir)
      if (kind(xs[n]!) !== kind(xs[k]!) && xs[n]!.type !== 'name') out.push(xs[n]!.tok);
    return out;
  };
  const [la, lb, ra, rb] = [side(a, i, -1), side(b, j, -1), side(a, i, 1), side(b, j, 1)];
  const shared = (x: string[], y: string[]) => x.filter((t) => y.includes(t)).length;
  const [left, right] = [shared(la, lb), shared(ra, rb)];
  const leftOk = left > 0 || la.length === 0 || lb.length === 0;
  const rightOk = right > 0 || ra.length === 0 || rb.length === 0;
  return (leftOk && rightOk && left + right > 0) || left >= 2 || right >= 2 ? left + right : 0;
}
