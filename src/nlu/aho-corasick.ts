/**
 * Which of many strings occur in a text, in one pass over it: an Aho–Corasick automaton over
 * UTF-16 code units, compiled to a full transition table (one array read per character). Used to
 * skip urgency patterns whose required literals are absent.
 *
 * Code units that occur in none of the strings share one column (they always lead back to the
 * start); the others get a column each, found through a small lookup table for the Latin and
 * Bengali blocks and a Map beyond.
 */
const DIRECT = 0x0a00;

export class MultiStringSearch {
  readonly size: number;
  /** column of each code unit below DIRECT (0: in no string) */
  private readonly directColumn: Uint16Array;
  private readonly otherColumn = new Map<number, number>();
  private readonly columns: number;
  /** next state = delta[state * columns + column] */
  private readonly delta: Int32Array;
  /** ids of the strings ending at each state (suffixes included): outIds[outStart[s] … outStart[s + 1]) */
  private readonly outStart: Int32Array;
  private readonly outIds: Int32Array;

  constructor(strings: readonly string[]) {
    this.size = strings.length;
    this.directColumn = new Uint16Array(DIRECT);
    let columns = 1;
    const columnOf = (c: number): number => {
      if (c < DIRECT) {
        if (!this.directColumn[c]) this.directColumn[c] = columns++;
        return this.directColumn[c] as number;
      }
      let col = this.otherColumn.get(c);
      if (col === undefined) this.otherColumn.set(c, (col = columns++));
      return col;
    };
    for (const str of strings) for (let i = 0; i < str.length; i += 1) columnOf(str.charCodeAt(i));
    this.columns = columns;
    // the trie, in the rows of the transition table (-1: no edge yet); at most one state per character
    let capacity = 1;
    for (const str of strings) capacity += str.length;
    let delta = new Int32Array(capacity * columns).fill(-1);
    const out: number[][] = [[]];
    strings.forEach((str, id) => {
      let node = 0;
      for (let i = 0; i < str.length; i += 1) {
        const at = node * columns + columnOf(str.charCodeAt(i));
        let to = delta[at] as number;
        if (to < 0) {
          to = out.length;
          delta[at] = to;
          out.push([]);
        }
        node = to;
      }
      (out[node] as number[]).push(id);
    });
    const n = out.length;
    delta = delta.slice(0, n * columns);
    // breadth first: a missing edge goes where the failure state's edge goes
    const fail = new Int32Array(n);
    const queue: number[] = [];
    for (let col = 0; col < columns; col += 1) {
      const child = delta[col] as number;
      if (child < 0) delta[col] = 0;
      else queue.push(child);
    }
    for (let q = 0; q < queue.length; q += 1) {
      const node = queue[q] as number;
      const f = fail[node] as number;
      const inherited = out[f] as number[];
      if (inherited.length) out[node] = [...(out[node] as number[]), ...inherited];
      const row = node * columns;
      const failRow = f * columns;
      for (let col = 0; col < columns; col += 1) {
        const child = delta[row + col] as number;
        if (child < 0) {
          delta[row + col] = delta[failRow + col] as number;
        } else {
          fail[child] = delta[failRow + col] as number;
          queue.push(child);
        }
      }
    }
    this.delta = delta;
    this.outStart = new Int32Array(n + 1);
    for (let s = 0; s < n; s += 1) this.outStart[s + 1] = (this.outStart[s] as number) + (out[s] as number[]).length;
    this.outIds = Int32Array.from(out.flat());
  }

  private column(c: number): number {
    return c < DIRECT ? (this.directColumn[c] as number) : (this.otherColumn.get(c) ?? 0);
  }

  /** The ids of the strings that occur in `text`, each once, in the order they are first found. */
  found(text: string): number[] {
    const present = new Uint8Array(this.size);
    const ids: number[] = [];
    const { delta, columns, outStart, outIds } = this;
    let state = 0;
    for (let i = 0; i < text.length; i += 1) {
      state = delta[state * columns + this.column(text.charCodeAt(i))] as number;
      const end = outStart[state + 1] as number;
      for (let k = outStart[state] as number; k < end; k += 1) {
        const id = outIds[k] as number;
        if (!present[id]) {
          present[id] = 1;
          ids.push(id);
        }
      }
    }
    return ids;
  }

  /** present[id] = 1 for every string that occurs in `text`. */
  scan(text: string): Uint8Array {
    const present = new Uint8Array(this.size);
    for (const id of this.found(text)) present[id] = 1;
    return present;
  }
}
