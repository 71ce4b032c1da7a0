/**
 * Which of many regexes can possibly match a text, decided from the literals each one needs
 * (regex-literals.ts), all found in one pass over the text (aho-corasick.ts). A pattern ruled out
 * here cannot match, so it need not run; the others run as usual.
 */
import { requiredLiterals } from "./regex-literals.js";
import { MultiStringSearch } from "./aho-corasick.js";

export class PatternPrefilter {
  private readonly search: MultiStringSearch;
  /** per literal, the clauses it satisfies */
  private readonly clausesOf: number[][];
  private readonly clauseCount: number;
  /** per pattern, its clauses (ids): all must be satisfied */
  private readonly needs: Int32Array[];
  /** per clause, the patterns that need it */
  private readonly patternsOf: number[][];
  /** patterns that need nothing (always candidates) */
  private readonly always: number[];

  constructor(sources: readonly string[]) {
    const literalIds = new Map<string, number>();
    const clauseIds = new Map<string, number>();
    const clausesOf: number[][] = [];
    this.needs = sources.map((source) =>
      Int32Array.from(requiredLiterals(source), (clause) => {
        const lits = [...new Set(clause)].sort();
        const key = lits.join("\u0000");
        let id = clauseIds.get(key);
        if (id === undefined) {
          clauseIds.set(key, (id = clauseIds.size));
          for (const lit of lits) {
            let l = literalIds.get(lit);
            if (l === undefined) {
              literalIds.set(lit, (l = literalIds.size));
              clausesOf.push([]);
            }
            (clausesOf[l] as number[]).push(id);
          }
        }
        return id;
      }),
    );
    this.clausesOf = clausesOf;
    this.clauseCount = clauseIds.size;
    this.patternsOf = Array.from({ length: clauseIds.size }, () => []);
    this.always = [];
    this.needs.forEach((needs, p) => {
      if (!needs.length) this.always.push(p);
      for (const c of new Set(needs)) (this.patternsOf[c] as number[]).push(p);
    });
    this.search = new MultiStringSearch([...literalIds.keys()]);
  }

  /** The clauses a text satisfies (pass to mayMatch). */
  satisfied(text: string): Uint8Array {
    const ok = new Uint8Array(this.clauseCount);
    for (const lit of this.search.found(text)) for (const c of this.clausesOf[lit] as number[]) ok[c] = 1;
    return ok;
  }

  /** false: pattern `i` cannot match the text whose `satisfied` this is. */
  mayMatch(i: number, satisfied: Uint8Array): boolean {
    const needs = this.needs[i] as Int32Array;
    for (let k = 0; k < needs.length; k += 1) if (!satisfied[needs[k] as number]) return false;
    return true;
  }

  /** Patterns that are always run (nothing known to be needed). */
  get unfiltered(): number {
    return this.always.length;
  }

  /** The patterns (indices, ascending) that may match `text`: all the others cannot. */
  candidates(text: string): number[] {
    const ok = new Uint8Array(this.clauseCount);
    const touched: number[] = [];
    for (const lit of this.search.found(text)) {
      for (const c of this.clausesOf[lit] as number[]) {
        if (ok[c]) continue;
        ok[c] = 1;
        for (const p of this.patternsOf[c] as number[]) touched.push(p);
      }
    }
    const out = this.always.slice();
    const visited = new Uint8Array(this.needs.length);
    for (const p of out) visited[p] = 1;
    for (const p of touched) {
      if (visited[p]) continue;
      visited[p] = 1;
      if (this.mayMatch(p, ok)) out.push(p);
    }
    return out.sort((a, b) => a - b);
  }
}
