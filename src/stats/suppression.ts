/**
 * Small-count suppression with complementary suppression.
 *
 * Primary: every count from 1 to k-1 is hidden. Complementary: cells are linked by sums — a
 * metric's range total is the sum of its days, `quiz.completed` is the sum of the per-quiz
 * completions and of the score buckets, and the `topic.*` and `lang.*` groups each sum to
 * `messages`. A hidden cell must not be recoverable from such a
 * sum: so whenever some sum leaves exactly one hidden cell (or, more generally, whenever the
 * visible numbers determine a hidden cell by any combination of the sums), the smallest visible
 * cell of that sum is hidden too, until nothing hidden can be worked out.
 *
 * Every hidden cell is shown the same way (`<k`), whether it was small or hidden to protect a
 * small one, so the reader cannot tell which is which either.
 *
 * @example
 * const hidden = suppress(new Map([["t", 93], ["a", 3], ["b", 40], ["c", 50]]), [{ total: "t", parts: ["a", "b", "c"] }], 5);
 * // hidden = Set {"a", "b"}: "a" is small, "b" is the next-smallest of its group
 */

/** A sum: the cell `total` = Σ the cells `parts`. */
export interface SumConstraint {
  total: string;
  parts: readonly string[];
}

/** What a reader sees for a cell: the count, or the suppression marker such as "<5". */
export type Shown = number | string;

export const suppressionMarker = (k: number) => `<${k}`;

/**
 * Returns the ids of the cells to hide. `values` holds every cell's true count (cells named in
 * constraints but absent count as 0; zeros are never hidden unless a sum needs them).
 */
export function suppress(values: ReadonlyMap<string, number>, constraints: readonly SumConstraint[], k: number): Set<string> {
  const value = (id: string) => values.get(id) ?? 0;
  const hidden = new Set<string>();
  for (const [id, v] of values) if (v > 0 && v < k) hidden.add(id);

  const terms = (c: SumConstraint) => [...c.parts, c.total];
  const linked = constraints.filter((c) => c.parts.length > 0);

  // Each round hides at least one more cell, so this ends.
  const maxRounds = values.size + linked.reduce((n, c) => n + c.parts.length + 1, 0) + 1;
  for (let round = 0; round < maxRounds; round++) {
    const candidate = complementBySubtraction(linked, hidden, terms, value) ?? complementForDetermined(linked, hidden, terms, value);
    if (candidate === undefined) return hidden; // nothing is exposed, or nothing is left to hide
    hidden.add(candidate);
  }
  return hidden;
}

/**
 * A sum with exactly one hidden term exposes it (the known total minus the visible cells);
 * returns the cell to hide next to protect it.
 */
function complementBySubtraction(
  constraints: readonly SumConstraint[],
  hidden: ReadonlySet<string>,
  terms: (c: SumConstraint) => readonly string[],
  value: (id: string) => number,
): string | undefined {
  for (const c of constraints) {
    let unknown = 0;
    for (const t of terms(c)) if (hidden.has(t)) unknown++;
    if (unknown !== 1) continue;
    const candidate = pickComplement(c, hidden, terms, value);
    if (candidate !== undefined) return candidate;
  }
  return undefined;
}

/**
 * Combinations of sums: a hidden cell is determined when its unit vector lies in the row space
 * of the sums restricted to the hidden cells. For such a cell, hides the smallest visible term
 * of a sum containing it (the sum with the fewest hidden terms first). Undefined when no hidden
 * cell is determined.
 */
function complementForDetermined(
  constraints: readonly SumConstraint[],
  hidden: ReadonlySet<string>,
  terms: (c: SumConstraint) => readonly string[],
  value: (id: string) => number,
): string | undefined {
  const determined = determinedCells(constraints, hidden);
  if (determined.size === 0) return undefined;
  const containing = constraints
    .filter((c) => terms(c).some((t) => determined.has(t)))
    .map((c) => ({ c, unknown: terms(c).filter((t) => hidden.has(t)).length }))
    .sort((a, b) => a.unknown - b.unknown);
  for (const { c } of containing) {
    const candidate = pickComplement(c, hidden, terms, value);
    if (candidate !== undefined) return candidate;
  }
  // Every sum holding a determined cell is already fully hidden: the value comes through a
  // chain of sums. Hide a visible cell further along the chain, preferring one that alone makes
  // the cell undetermined, smallest first.
  const target = [...determined].sort()[0]!;
  const reached = new Set<string>([target]);
  const chain = new Set<SumConstraint>();
  let grew = true;
  while (grew) {
    grew = false;
    for (const c of constraints) {
      if (chain.has(c) || !terms(c).some((t) => reached.has(t))) continue;
      chain.add(c);
      grew = true;
      for (const t of terms(c)) if (hidden.has(t)) reached.add(t);
    }
  }
  const visible = [...new Set([...chain].flatMap((c) => terms(c).filter((t) => !hidden.has(t))))].sort(
    (a, b) => Number(value(a) === 0) - Number(value(b) === 0) || value(a) - value(b) || (a < b ? -1 : a > b ? 1 : 0),
  );
  for (const candidate of visible) {
    const trial = new Set(hidden);
    trial.add(candidate);
    if (!determinedCells(constraints, trial).has(target)) return candidate;
  }
  return visible[0];
}

/** The hidden cells whose value follows from the sums and the visible cells. */
export function determinedCells(constraints: readonly SumConstraint[], hidden: ReadonlySet<string>): Set<string> {
  const columns = new Map<string, number>();
  const rows: number[][] = [];
  for (const c of constraints) {
    const coefficients = new Map<number, number>();
    const add = (id: string, sign: number) => {
      if (!hidden.has(id)) return;
      let col = columns.get(id);
      if (col === undefined) {
        col = columns.size;
        columns.set(id, col);
      }
      coefficients.set(col, (coefficients.get(col) ?? 0) + sign);
    };
    for (const p of c.parts) add(p, 1);
    add(c.total, -1);
    if (coefficients.size > 0) {
      const row: number[] = [];
      for (const [col, v] of coefficients) row[col] = v;
      rows.push(row);
    }
  }
  const width = columns.size;
  const matrix = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? 0));
  const reduced = rref(matrix, width);
  const ids = [...columns.keys()];
  const determined = new Set<string>();
  for (const row of reduced) {
    let nonZero = -1;
    let count = 0;
    for (let i = 0; i < width; i++) {
      if (Math.abs(row[i]!) > 1e-9) {
        nonZero = i;
        count++;
        if (count > 1) break;
      }
    }
    if (count === 1) determined.add(ids[nonZero]!);
  }
  return determined;
}

/** Reduced row echelon form (Gauss–Jordan with partial pivoting); returns the non-zero rows. */
function rref(matrix: number[][], width: number): number[][] {
  const m = matrix.map((r) => r.slice());
  let lead = 0;
  const out: number[][] = [];
  for (let col = 0; col < width && lead < m.length; col++) {
    let pivot = lead;
    for (let r = lead + 1; r < m.length; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    if (Math.abs(m[pivot]![col]!) < 1e-9) continue;
    [m[lead], m[pivot]] = [m[pivot]!, m[lead]!];
    const p = m[lead]!;
    const pv = p[col]!;
    for (let i = 0; i < width; i++) p[i] = p[i]! / pv;
    for (let r = 0; r < m.length; r++) {
      if (r === lead) continue;
      const row = m[r]!;
      const f = row[col]!;
      if (Math.abs(f) < 1e-12) continue;
      for (let i = 0; i < width; i++) row[i] = row[i]! - f * p[i]!;
    }
    lead++;
  }
  for (let r = 0; r < lead; r++) out.push(m[r]!);
  return out;
}

/**
 * The cell to hide next in an exposed sum: its smallest visible non-zero term (the total is a
 * term too, and the largest, so it is taken only when nothing else is left); failing that, a
 * visible zero (a listed group member with no count). Undefined if every term is already hidden.
 */
function pickComplement(
  c: SumConstraint,
  hidden: ReadonlySet<string>,
  terms: (c: SumConstraint) => readonly string[],
  value: (id: string) => number,
): string | undefined {
  const visible = terms(c).filter((t) => !hidden.has(t));
  const byValue = (a: string, b: string) => value(a) - value(b) || (a < b ? -1 : a > b ? 1 : 0);
  const nonZero = visible.filter((t) => value(t) > 0).sort(byValue);
  if (nonZero.length > 0) return nonZero[0];
  return visible.sort(byValue)[0];
}
