/**
 * Which of many strings occur in a text, in one pass over it (Aho–Corasick over UTF-16 code
 * units). Used to skip urgency patterns whose required literals are absent.
 */
export class MultiStringSearch {
  /** trie edges of each node (code unit → node) */
  private readonly next: Array<Map<number, number>> = [new Map()];
  private readonly fail: number[] = [0];
  /** ids of the strings that end at each node, its suffixes' included */
  private readonly out: number[][] = [[]];
  readonly size: number;

  constructor(strings: readonly string[]) {
    this.size = strings.length;
    strings.forEach((s, id) => {
      let node = 0;
      for (let i = 0; i < s.length; i += 1) {
        const c = s.charCodeAt(i);
        const edges = this.next[node] as Map<number, number>;
        let to = edges.get(c);
        if (to === undefined) {
          to = this.next.length;
          edges.set(c, to);
          this.next.push(new Map());
          this.fail.push(0);
          this.out.push([]);
        }
        node = to;
      }
      (this.out[node] as number[]).push(id);
    });
    // breadth first: a node's failure link is the longest proper suffix that is in the trie
    const queue: number[] = [...(this.next[0] as Map<number, number>).values()];
    for (let q = 0; q < queue.length; q += 1) {
      const node = queue[q] as number;
      for (const [c, child] of this.next[node] as Map<number, number>) {
        let f = this.fail[node] as number;
        while (f && !(this.next[f] as Map<number, number>).has(c)) f = this.fail[f] as number;
        const target = (this.next[f] as Map<number, number>).get(c);
        this.fail[child] = target !== undefined && target !== child ? target : 0;
        const inherited = this.out[this.fail[child] as number] as number[];
        if (inherited.length) this.out[child] = [...(this.out[child] as number[]), ...inherited];
        queue.push(child);
      }
    }
  }

  /** The ids of the strings that occur in `text`, each once. */
  found(text: string): number[] {
    const present = new Uint8Array(this.size);
    const ids: number[] = [];
    let node = 0;
    for (let i = 0; i < text.length; i += 1) {
      const c = text.charCodeAt(i);
      let to = (this.next[node] as Map<number, number>).get(c);
      while (to === undefined && node !== 0) {
        node = this.fail[node] as number;
        to = (this.next[node] as Map<number, number>).get(c);
      }
      node = to ?? 0;
      const out = this.out[node] as number[];
      for (let k = 0; k < out.length; k += 1) {
        const id = out[k] as number;
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
    let node = 0;
    for (let i = 0; i < text.length; i += 1) {
      const c = text.charCodeAt(i);
      let to = (this.next[node] as Map<number, number>).get(c);
      while (to === undefined && node !== 0) {
        node = this.fail[node] as number;
        to = (this.next[node] as Map<number, number>).get(c);
      }
      node = to ?? 0;
      for (const id of this.out[node] as number[]) present[id] = 1;
    }
    return present;
  }
}
