import type { SumConstraint } from "../../src/stats/suppression.js";

/**
 * An independent check of suppression, in exact integer arithmetic, for the suppression tests:
 * hidden cell i can be worked out from the visible cells and the sums iff its column is not in
 * the span of the other hidden cells' columns, i.e. removing it lowers the rank of the sums
 * restricted to the hidden cells.
 */
function rank(rows: bigint[][]): number {
  const m = rows.map((r) => r.slice());
  const width = m[0]?.length ?? 0;
  let r = 0;
  for (let c = 0; c < width && r < m.length; c++) {
    let p = r;
    while (p < m.length && m[p]![c] === 0n) p++;
    if (p === m.length) continue;
    [m[r], m[p]] = [m[p]!, m[r]!];
    for (let i = 0; i < m.length; i++) {
      if (i === r || m[i]![c] === 0n) continue;
      const a = m[r]![c]!;
      const b = m[i]![c]!;
      for (let j = 0; j < width; j++) m[i]![j] = m[i]![j]! * a - m[r]![j]! * b;
    }
    r++;
  }
  return r;
}

/** The hidden cells the sums and the visible cells give away. */
export function recoverable(constraints: readonly SumConstraint[], hidden: ReadonlySet<string>): string[] {
  const cols = [...hidden];
  const matrix = constraints.map((c) => cols.map((id) => BigInt(c.parts.filter((p) => p === id).length - (c.total === id ? 1 : 0))));
  const full = rank(matrix);
  return cols.filter((_, i) => rank(matrix.map((row) => row.filter((__, j) => j !== i))) < full);
}

/** Sums that leave exactly one hidden term: plain subtraction gives it away. */
export function exposedBySubtraction(constraints: readonly SumConstraint[], hidden: ReadonlySet<string>): SumConstraint[] {
  return constraints.filter((c) => [...c.parts, c.total].filter((t) => hidden.has(t)).length === 1);
}
