/**
 * The one way content files are read: YAML, checked against a zod schema, every problem named
 * by file and line so a content author can open the file at the right place. Intents, urgency
 * rules, the Banglish lexicon, danger signals, flows, topics and helplines all use it.
 */
import { readFileSync } from "node:fs";
import { isMap, isScalar, LineCounter, parseDocument, type Document } from "yaml";
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

export type YamlPath = ReadonlyArray<string | number>;

export interface YamlFile<T> {
  /** the parsed, schema-checked content; undefined when there were issues */
  value: T | undefined;
  issues: ContentIssue[];
  /** the line of the node at `path` (a map key's own line), or of its nearest existing ancestor */
  locate: (path: YamlPath) => number;
}

/** The line (1-based) of the node at `path`: a map key's own line, else the nearest existing ancestor's. */
function lineOf(doc: Document, lines: LineCounter, path: YamlPath): number {
  const last = path[path.length - 1];
  if (typeof last === "string") {
    const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === last);
      const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
      if (range) return lines.linePos(range[0]).line;
    }
  }
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    if (range) return lines.linePos(range[0]).line;
  }
  return 1;
}

/**
 * Reads a YAML file against a schema. `explain` may add a hint to a schema issue (how to fix
 * it, in the content author's words).
 */
export function readYamlFile<S extends z.ZodType>(
  path: string,
  schema: S,
  displayName = path,
  explain?: (issue: z.core.$ZodIssue) => string | undefined,
): YamlFile<z.infer<S>> {
  let source: string;
  try {
    source = readFileSync(path, "utf8");
  } catch (e) {
    return { value: undefined, locate: () => 1, issues: [{ file: displayName, line: 1, message: `cannot read: ${(e as Error).message}` }] };
  }
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false });
  const locate = (at: YamlPath) => lineOf(doc, lines, at);
  if (doc.errors.length > 0) {
    return {
      value: undefined,
      locate,
      issues: doc.errors.map((e) => ({ file: displayName, line: lines.linePos(e.pos[0]).line, message: `YAML syntax: ${e.message.split("\n")[0]}` })),
    };
  }
  const parsed = schema.safeParse(doc.toJS());
  if (parsed.success) return { value: parsed.data, issues: [], locate };
  return {
    value: undefined,
    locate,
    issues: parsed.error.issues.map((issue) => {
      const at = issue.path.filter((p): p is string | number => typeof p !== "symbol");
      const where = at.length > 0 ? `${at.join(".")}: ` : "";
      const hint = explain?.(issue);
      // an unknown key is named at its own line, not its object's
      const line = issue.code === "unrecognized_keys" && issue.keys[0] !== undefined ? locate([...at, issue.keys[0]]) : locate(at);
      return { file: displayName, line, message: `${where}${issue.message}${hint ? ` (${hint})` : ""}` };
    }),
  };
}

/** Reads a YAML file that must be right (at start-up): its content, or a ContentError naming every problem. */
export function loadYamlFile<S extends z.ZodType>(path: string, schema: S, displayName = path): z.infer<S> {
  const { value, issues } = readYamlFile(path, schema, displayName);
  if (issues.length > 0 || value === undefined) throw new ContentError(issues);
  return value;
}
