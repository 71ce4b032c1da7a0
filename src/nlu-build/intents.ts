/**
 * Training data: intents/<form>/<topic>.yaml (format: see the header of any such file).
 * Loading for training is lenient (a broken file is skipped); `validateIntents` is strict and
 * names file:line for every problem, for `npm run validate`.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, relative, sep } from "node:path";
import { z } from "zod";
import { ALWAYS_URGENT, LANG_FORMS, TOPIC_IDS, TOPICS_FILE, TopicsFileSchema, type LangForm, type TopicId } from "../core/topics.js";
import { LEXICON_FILE, LexiconSchema } from "../nlu/lang-detect.js";
import { normalizeText } from "../nlu/normalize.js";
import { URGENCY_FILE, validateUrgencyDocument } from "../nlu/urgency.js";
import { DANGER_SIGNALS_FILE, validateDangerSignals } from "../nlu/danger-signals.js";
import { readYamlFile, type ContentIssue } from "../core/yaml-file.js";


export const MIN_EXAMPLES_PER_FILE = 25;

const Example = z.string().refine((s) => s.trim().length > 0, "empty example");

export const IntentFileSchema = z
  .object({
    version: z.literal(1),
    topic: z.enum(TOPIC_IDS),
    lang: z.enum(LANG_FORMS),
    examples: z.array(Example).nullish(),
    urgent: z.array(Example).nullish(),
  })
  .strict();
export type IntentFile = z.infer<typeof IntentFileSchema>;

export interface IntentExample {
  text: string;
  topic: TopicId;
  form: LangForm;
  urgent: boolean;
  file: string;
  line: number;
}


export interface IntentsCounts {
  /** distinct topics that have at least one example */
  topics: number;
  /** intent files (intents/<form>/<topic>.yaml) read */
  files: number;
  /** examples (both lists) over all files */
  examples: number;
  /** urgent examples */
  urgentExamples: number;
  /** (topic, form) pairs with examples, i.e. the fine-grained intents */
  intents: number;
  /** forms (en, bn, bn-Latn) with at least one file */
  forms: number;
  /** urgency rules in intents/urgency.yaml */
  urgencyRules: number;
}

export interface IntentsValidation {
  ok: boolean;
  errors: ContentIssue[];
  warnings: ContentIssue[];
  counts: IntentsCounts;
}

function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith("..") ? rel.split(sep).join("/") : path;
}


interface ParsedFile {
  file: string;
  data?: IntentFile;
  examples: IntentExample[];
  errors: ContentIssue[];
  warnings: ContentIssue[];
}

/** Parse and check one intents file (no cross-file checks). */
export function parseIntentFile(path: string, expectedForm?: string, expectedTopic?: string): ParsedFile {
  const file = displayPath(path);
  const errors: ContentIssue[] = [];
  const warnings: ContentIssue[] = [];
  const examples: IntentExample[] = [];
  const { value: data, issues, locate } = readYamlFile(path, IntentFileSchema, file, (issue) => {
    if (issue.code === "invalid_type" && issue.path.length === 2) {
      return "each example is one string; quote it if it contains ': ' or starts with a special character, or looks like a number/yes/no";
    }
    if (issue.code === "unrecognized_keys") return "allowed keys: version, topic, lang, examples, urgent";
    return undefined;
  });
  if (!data) return { file, examples, errors: issues, warnings };
  if (expectedTopic !== undefined && data.topic !== expectedTopic) {
    errors.push({ file, line: locate(["topic"]), message: `topic is "${data.topic}" but the file is named ${expectedTopic}.yaml` });
  }
  if (expectedForm !== undefined && data.lang !== expectedForm) {
    errors.push({ file, line: locate(["lang"]), message: `lang is "${data.lang}" but the file is in the ${expectedForm}/ folder` });
  }
  if (ALWAYS_URGENT.has(data.topic) && data.examples && data.examples.length > 0) {
    errors.push({
      file,
      line: locate(["examples"]),
      message: `${data.topic} is always urgent: move its examples under "urgent:" (definition questions belong to what_is_exploitation)`,
    });
  }
  const seen = new Map<string, number>();
  for (const list of ["examples", "urgent"] as const) {
    const items = data[list] ?? [];
    items.forEach((text, i) => {
      const line = locate([list, i]);
      const k = normalizeText(text);
      const prev = seen.get(k);
      if (prev !== undefined) {
        errors.push({ file, line, message: `duplicate example (same as line ${prev}): remove one` });
        return;
      }
      seen.set(k, line);
      examples.push({ text, topic: data.topic, form: data.lang, urgent: list === "urgent", file, line });
    });
  }
  if (examples.length < MIN_EXAMPLES_PER_FILE) {
    warnings.push({ file, line: 1, message: `only ${examples.length} examples (aim for at least ${MIN_EXAMPLES_PER_FILE})` });
  }
  return { file, data, examples, errors, warnings };
}

/** intents/<form>/<topic>.yaml files, sorted. */
function intentFiles(dir: string): Array<{ path: string; form: string; topic: string }> {
  const out: Array<{ path: string; form: string; topic: string }> = [];
  if (!existsSync(dir)) return out;
  for (const form of readdirSync(dir).sort()) {
    const sub = join(dir, form);
    if (!statSync(sub).isDirectory()) continue;
    for (const name of readdirSync(sub).sort()) {
      if (!/\.ya?ml$/u.test(name)) continue;
      out.push({ path: join(sub, name), form, topic: name.replace(/\.ya?ml$/u, "") });
    }
  }
  return out;
}

export interface LoadedIntents {
  examples: IntentExample[];
  errors: ContentIssue[];
  warnings: ContentIssue[];
  files: number;
}

/** Load all intents for training. Files with errors in their shape are skipped (and reported). */
export function loadIntents(dir: string): LoadedIntents {
  const examples: IntentExample[] = [];
  const errors: ContentIssue[] = [];
  const warnings: ContentIssue[] = [];
  let files = 0;
  for (const f of intentFiles(dir)) {
    files += 1;
    const parsed = parseIntentFile(f.path, f.form, f.topic);
    errors.push(...parsed.errors);
    warnings.push(...parsed.warnings);
    if (parsed.data) examples.push(...parsed.examples);
  }
  return { examples, errors, warnings, files };
}

/**
 * Validate intents/: every <form>/<topic>.yaml (schema, names, duplicates within a file and
 * across topics of a form), urgency.yaml (schema, every pattern compiles) and the Banglish
 * lexicon. Synchronous; never throws.
 */
export function validateIntents(dir: string): IntentsValidation {
  const errors: ContentIssue[] = [];
  const warnings: ContentIssue[] = [];
  const counts: IntentsCounts = { topics: 0, files: 0, examples: 0, urgentExamples: 0, intents: 0, forms: 0, urgencyRules: 0 };
  if (!existsSync(dir)) {
    errors.push({ file: displayPath(dir), line: 1, message: "intents folder not found" });
    return { ok: false, errors, warnings, counts };
  }
  const topics = new Set<string>();
  const forms = new Set<string>();
  const byForm = new Map<string, Map<string, { file: string; line: number; topic: string }>>();
  for (const f of intentFiles(dir)) {
    counts.files += 1;
    const file = displayPath(f.path);
    if (!(LANG_FORMS as readonly string[]).includes(f.form)) {
      errors.push({ file, line: 1, message: `unknown form folder "${f.form}" (use one of ${LANG_FORMS.join(", ")})` });
      continue;
    }
    if (!(TOPIC_IDS as readonly string[]).includes(f.topic)) {
      errors.push({ file, line: 1, message: `unknown topic "${f.topic}" (file names are topic ids: add it to intents/topics.yaml first)` });
      continue;
    }
    const parsed = parseIntentFile(f.path, f.form, f.topic);
    errors.push(...parsed.errors);
    warnings.push(...parsed.warnings);
    if (!parsed.data) continue;
    forms.add(f.form);
    if (parsed.examples.length > 0) {
      topics.add(f.topic);
      counts.intents += 1;
    }
    counts.examples += parsed.examples.length;
    counts.urgentExamples += parsed.examples.filter((e) => e.urgent).length;
    let seen = byForm.get(f.form);
    if (!seen) byForm.set(f.form, (seen = new Map()));
    for (const ex of parsed.examples) {
      const k = normalizeText(ex.text);
      const prev = seen.get(k);
      if (prev && prev.topic !== ex.topic) {
        errors.push({
          file: ex.file,
          line: ex.line,
          message: `example also listed under topic ${prev.topic} (${prev.file}:${prev.line}): keep it in one topic only`,
        });
      } else if (!prev) {
        seen.set(k, { file: ex.file, line: ex.line, topic: ex.topic });
      }
    }
  }
  for (const form of forms) {
    for (const topic of TOPIC_IDS) {
      if (!existsSync(join(dir, form, `${topic}.yaml`))) {
        warnings.push({ file: displayPath(join(dir, form)), line: 1, message: `no ${topic}.yaml for ${form}` });
      }
    }
  }
  counts.topics = topics.size;
  counts.forms = forms.size;

  const urgencyPath = join(dir, URGENCY_FILE);
  if (existsSync(urgencyPath)) {
    const r = validateUrgencyDocument(urgencyPath, displayPath(urgencyPath));
    errors.push(...r.errors);
    counts.urgencyRules = r.rules;
  } else {
    errors.push({ file: displayPath(urgencyPath), line: 1, message: "urgency rules file missing" });
  }
  const signalsPath = join(dir, DANGER_SIGNALS_FILE);
  if (existsSync(signalsPath)) errors.push(...validateDangerSignals(signalsPath, displayPath(signalsPath)));
  else errors.push({ file: displayPath(signalsPath), line: 1, message: "danger signals file missing" });
  const topicsPath = join(dir, basename(TOPICS_FILE));
  errors.push(...readYamlFile(topicsPath, TopicsFileSchema, displayPath(topicsPath)).issues);
  const lexPath = join(dir, LEXICON_FILE);
  if (existsSync(lexPath)) {
    errors.push(...readYamlFile(lexPath, LexiconSchema, displayPath(lexPath)).issues);
  }
  return { ok: errors.length === 0, errors, warnings, counts };
}

/** Hash of every file under intents/ (names and bytes) plus a salt (the pipeline version). */
export function hashIntentsDir(dir: string, salt: string): string {
  const h = createHash("sha256");
  h.update(`salt:${salt}\n`);
  const walk = (d: string): void => {
    if (!existsSync(d)) return;
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (st.isFile()) {
        h.update(`file:${relative(dir, p).split(sep).join("/")}\n`);
        h.update(readFileSync(p));
        h.update("\n");
      }
    }
  };
  walk(dir);
  return h.digest("hex");
}
