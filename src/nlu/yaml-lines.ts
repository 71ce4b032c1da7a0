/** Shared by the intents and urgency validators: where a YAML node sits, and the issue shape. */
import { isMap, isScalar, type Document, type LineCounter } from "yaml";

export interface ValidationIssue {
  file: string;
  line: number;
  message: string;
}

/** Line (1-based) of the node at `path` in a YAML document, or of the closest parent. */
export function lineOf(doc: Document, lc: LineCounter, path: ReadonlyArray<PropertyKey>): number {
  // A map key ("examples"): the line of the key itself rather than of its value.
  const last = path[path.length - 1];
  if (typeof last === "string") {
    const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1) as unknown[], true);
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === last);
      const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
      if (range) return lc.linePos(range[0]).line;
    }
  }
  for (let n = path.length; n >= 0; n -= 1) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n) as unknown[], true);
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    if (range) return lc.linePos(range[0]).line;
  }
  return 1;
}
