import { readFileSync } from "node:fs";
import { LineCounter, parseDocument } from "yaml";
import type { z } from "zod";

/** A content problem, located so a content author can open the file at the right line. */
export interface ContentIssue {
  file: string;
  line: number;
  message: string;
}

export class ContentError extends Error {
  override name = "ContentError";
  constructor(readonly issues: ContentIssue[]) {
    super(issues.map((i) => `${i.file}:${i.line}: ${i.message}`).join("\n"));
  }
}

/**
 * Parses a YAML file against a schema. Problems come back with the line of the offending
 * node, found by following the issue's path through the YAML document.
 */
export function readYamlFile<S extends z.ZodType>(
  path: string,
  schema: S,
  displayName = path,
): { value: z.infer<S> | undefined; issues: ContentIssue[]; locate: (path: Array<string | number>) => number } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(path, "utf8"), { lineCounter, prettyErrors: false });
  const lineOf = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  /** The line of the node at `path`, or of its nearest existing ancestor. */
  const locate = (path: Array<string | number>): number => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return lineOf(node.range[0]);
    }
    return 1;
  };
  if (doc.errors.length > 0) {
    return {
      value: undefined,
      locate,
      issues: doc.errors.map((e) => ({ file: displayName, line: lineOf(e.pos[0]), message: `YAML syntax: ${e.message.split("\n")[0]}` })),
    };
  }
  const parsed = schema.safeParse(doc.toJS());
  if (parsed.success) return { value: parsed.data, issues: [], locate };
  return {
    value: undefined,
    locate,
    issues: parsed.error.issues.map((issue) => {
      const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
      const where = path.length > 0 ? `${path.join(".")}: ` : "";
      // A key that does not belong is shown at its own line, not at the start of its object.
      const at = issue.code === "unrecognized_keys" ? [...path, issue.keys[0]!] : path;
      return { file: displayName, line: locate(at), message: `${where}${issue.message}` };
    }),
  };
}
