/**
 * `npm run validate`: checks every content file the bot reads — data/topics.yaml,
 * data/helplines.yaml, flows/, locales/ and intents/ — and prints each problem as
 * `file:line: message` (paths relative to the repo root), saying what to change.
 * Exit 1 on any error. On success the last line is the summary, for example:
 *   content ok: 21 topics, 63 intents, 2126 examples, 5 quizzes, 17 scenarios, 2 flows, 2 languages
 *
 * Usage: npm run validate [-- --root DIR]
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { FluentBundle, FluentResource } from "@fluent/bundle";
import type { Expression, Pattern, PatternElement } from "@fluent/bundle/esm/ast.js";
import { LOCALES, type Locale } from "../core/locale.js";
import { loadCatalogueFile, type Catalogue } from "../content/catalogue.js";
import { PROJECT_ROOT } from "../content/content.js";
import { loadHelplinesFile, type HelplinesFile } from "../content/helplines.js";
import type { ContentIssue } from "../core/yaml-file.js";
import { loadFlowsDir, type FlowContent } from "../flows/content.js";
import { GET_HELP_GUIDE } from "../flows/engine.js";
import { GLOBAL_VARIABLES, htmlProblem, labelProblem, safeMessagingProblem, SCREEN_LIMIT, TELEGRAM_LIMIT } from "../flows/text.js";
import { validateIntents, type IntentsCounts } from "../nlu-build/intents.js";
import { TOPIC_IDS } from "../core/topics.js";

/** Variables the bot passes to particular messages, beyond { $helpline } { $helplineName } { $emergency }. */
const MESSAGE_VARIABLES: Record<string, readonly string[]> = {
  "helpline-entry": ["name", "contact", "for", "hours"],
  "support-line": ["support", "supportName"],
};
/** Titles of cards are buttons and headings; suggestions are buttons. */
const CARD_TITLE_LIMIT = 32;
const SUGGEST_LIMIT = 40;

export interface ValidationReport {
  errors: ContentIssue[];
  warnings: ContentIssue[];
  counts: {
    topics: number;
    intents: number;
    examples: number;
    quizzes: number;
    scenarios: number;
    flows: number;
    languages: number;
  };
}

interface LocaleMessage {
  file: string;
  line: number;
  pattern: Pattern | null;
}

function walkPattern(pattern: Pattern | null, visit: (e: Expression) => void): void {
  if (pattern === null || typeof pattern === "string") return;
  const element = (el: PatternElement | Expression) => {
    if (typeof el === "string") return;
    visit(el);
    if (el.type === "select") {
      element(el.selector);
      for (const v of el.variants) walkPattern(v.value, visit);
    } else if (el.type === "func" || el.type === "term") {
      for (const a of el.args) if (a.type !== "narg") element(a);
    }
  };
  for (const el of pattern) element(el);
}

/**
 * Fluent files of one language: a line-by-line structure check (so a broken message is
 * reported at its line, where @fluent/bundle would silently drop it), then parsing.
 */
function readLocale(dir: string, display: (p: string) => string, errors: ContentIssue[]): Map<string, LocaleMessage> {
  const messages = new Map<string, LocaleMessage>();
  const files = readdirSync(dir).filter((f) => f.endsWith(".ftl")).sort();
  for (const name of files) {
    const path = join(dir, name);
    const file = display(path);
    const source = readFileSync(path, "utf8");
    const lines = source.split("\n");
    const declared = new Map<string, number>();
    let inEntry = false;
    lines.forEach((text, i) => {
      const line = i + 1;
      if (text.trim() === "") return;
      if (text.startsWith("#")) {
        inEntry = false;
        if (!/^#{1,3}( |$)/.test(text)) errors.push({ file, line, message: "a comment starts with #, ## or ### and a space" });
        return;
      }
      const start = /^(-?[a-zA-Z][a-zA-Z0-9_-]*)\s*=/.exec(text);
      if (start) {
        inEntry = true;
        if (declared.has(start[1]!)) errors.push({ file, line, message: `"${start[1]}" is defined twice in this file (also line ${declared.get(start[1]!)}): keep one` });
        declared.set(start[1]!, line);
        return;
      }
      if (/^\s/.test(text)) {
        if (!inEntry) errors.push({ file, line, message: "an indented line outside a message: put it under a `key =` line or remove the indent" });
        else if (/^\s+[[*.]/.test(text)) errors.push({ file, line, message: "a continuation line must not begin with [, * or . (Fluent reads it as syntax): use • for bullets" });
        return;
      }
      errors.push({ file, line, message: `not Fluent: a line is "key = text", a comment (# …) or an indented continuation of the message above` });
    });
    const resource = new FluentResource(source);
    const parsed = new Map(resource.body.map((entry) => [entry.id, entry]));
    for (const [id, line] of declared) {
      const entry = parsed.get(id);
      if (!entry) {
        errors.push({ file, line, message: `Fluent cannot parse "${id}": check its braces ({ $variable }) and that every continuation line is indented` });
        continue;
      }
      if (id.startsWith("-")) continue;
      const before = messages.get(id);
      if (before) {
        errors.push({ file, line, message: `"${id}" is already defined in ${before.file}:${before.line}: keep one` });
        continue;
      }
      messages.set(id, { file, line, pattern: entry.value });
    }
  }
  return messages;
}

function checkLocales(
  root: string,
  display: (p: string) => string,
  helplines: HelplinesFile | undefined,
  required: Array<{ key: string; file: string; line: number; why: string }>,
  errors: ContentIssue[],
): number {
  const dir = join(root, "locales");
  const byLang = new Map<Locale, Map<string, LocaleMessage>>();
  for (const lang of LOCALES) {
    const langDir = join(dir, lang);
    if (!existsSync(langDir)) {
      errors.push({ file: display(langDir), line: 1, message: `no locale folder for "${lang}": add locales/${lang}/ with the same .ftl files as the others` });
      continue;
    }
    byLang.set(lang, readLocale(langDir, display, errors));
  }

  // Both languages, exactly the same keys.
  for (const [lang, messages] of byLang) {
    for (const [other, otherMessages] of byLang) {
      if (other === lang) continue;
      for (const [key, m] of messages) {
        if (!otherMessages.has(key)) {
          errors.push({ file: m.file, line: m.line, message: `"${key}" has no ${other === "bn" ? "Bengali" : "English"} text: add ${key} to locales/${other}/${m.file.split("/").at(-1)}` });
        }
      }
    }
  }

  // Keys the content and the code need.
  for (const need of required) {
    for (const [lang, messages] of byLang) {
      if (!messages.has(need.key)) {
        errors.push({ file: need.file, line: need.line, message: `${need.why} needs the message "${need.key}", which is not in locales/${lang}: add it` });
      }
    }
  }

  // Every message formats with the variables the bot passes, and reads well on a phone.
  const country = helplines?.countries.BD ?? Object.values(helplines?.countries ?? {})[0];
  for (const [lang, messages] of byLang) {
    const bundle = new FluentBundle(lang, { useIsolating: false });
    for (const name of readdirSync(join(dir, lang)).filter((f) => f.endsWith(".ftl"))) {
      bundle.addResource(new FluentResource(readFileSync(join(dir, lang, name), "utf8")));
    }
    const entry = (id: string | undefined) => country?.entries.find((e) => e.id === id);
    const globals: Record<string, string> = {
      helpline: entry(country?.helpline)?.number ?? "1098",
      helplineName: entry(country?.helpline)?.name[lang] ?? "Child Helpline",
      emergency: entry(country?.emergency)?.number ?? "999",
    };
    for (const [key, m] of messages) {
      const at = (message: string) => errors.push({ file: m.file, line: m.line, message: `${key}: ${message}` });
      if (m.pattern === null) {
        at("has no text (only attributes): write the text after `=`");
        continue;
      }
      const allowed = new Set<string>([...GLOBAL_VARIABLES, ...(MESSAGE_VARIABLES[key] ?? [])]);
      const args: Record<string, string> = { ...globals };
      let bad = false;
      walkPattern(m.pattern, (e) => {
        if (e.type === "var" && !allowed.has(e.name)) {
          bad = true;
          at(`uses { $${e.name} }, which the bot does not pass here: use only ${[...allowed].map((v) => `{ $${v} }`).join(", ")}`);
        }
        if (e.type === "mesg" && !messages.has(e.name)) {
          bad = true;
          at(`refers to the message "${e.name}", which does not exist in locales/${lang}`);
        }
      });
      if (bad) continue;
      for (const v of MESSAGE_VARIABLES[key] ?? []) args[v] = "x".repeat(20);
      const formatErrors: Error[] = [];
      const text = bundle.formatPattern(m.pattern, args, formatErrors);
      if (formatErrors.length > 0) {
        at(`does not format: ${formatErrors[0]!.message}`);
        continue;
      }
      if (text.length > TELEGRAM_LIMIT) at(`${text.length} characters, over Telegram's limit of ${TELEGRAM_LIMIT}: split or shorten it`);
      const screen = /^(card-.+-(body|actions)|topic-.+|referral(-short)?)$/.test(key);
      if (screen && text.length >= SCREEN_LIMIT) at(`${text.length} characters: keep cards and replies under ${SCREEN_LIMIT} (one phone screen)`);
      if (/^card-.+-title$/.test(key) && text.length > CARD_TITLE_LIMIT) at(`${text.length} characters: card titles are buttons, keep them to ${CARD_TITLE_LIMIT}`);
      if (/^suggest-/.test(key) && text.length > SUGGEST_LIMIT) at(`${text.length} characters: suggestions are buttons, keep them to ${SUGGEST_LIMIT}`);
      const problem = htmlProblem(text) ?? safeMessagingProblem(text) ?? (/^(btn|suggest)-|^card-.+-title$/.test(key) ? labelProblem(text) : undefined);
      if (problem) at(problem);
    }
  }
  return byLang.size;
}

/** Every `t("key")` in the bot's code, so a message the code uses cannot be missing. */
function keysUsedByCode(root: string, display: (p: string) => string): Array<{ key: string; file: string; line: number; why: string }> {
  const found: Array<{ key: string; file: string; line: number; why: string }> = [];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith(".ts")) {
        readFileSync(path, "utf8")
          .split("\n")
          .forEach((text, i) => {
            for (const call of text.matchAll(/\bt\(([^`]*?)\)/g)) {
              for (const literal of call[1]!.matchAll(/"([a-z][a-z0-9]*(?:-[a-z0-9_]+)+)"/g)) {
                found.push({ key: literal[1]!, file: display(path), line: i + 1, why: "the code" });
              }
            }
          });
      }
    }
  };
  walk(join(root, "src", "bot"));
  walk(join(root, "src", "flows"));
  return found;
}

/** Validates all content under `root`. Never throws for a content problem; every problem is in `errors`. */
export function validateContent(root: string): ValidationReport {
  const display = (p: string) => {
    const rel = relative(root, isAbsolute(p) ? p : resolve(process.cwd(), p));
    return rel.split(sep).join("/");
  };
  const errors: ContentIssue[] = [];
  const warnings: ContentIssue[] = [];

  // data/
  const catalogueResult = loadCatalogueFile(join(root, "data", "topics.yaml"), "data/topics.yaml");
  errors.push(...catalogueResult.issues);
  const catalogue: Catalogue | undefined = catalogueResult.catalogue;
  const helplinesResult = loadHelplinesFile(join(root, "data", "helplines.yaml"), "data/helplines.yaml");
  errors.push(...helplinesResult.issues);

  // flows/
  const flowsResult = loadFlowsDir(join(root, "flows"), { cards: catalogue?.cards, display });
  errors.push(...flowsResult.issues);
  const flows: FlowContent | undefined = flowsResult.flows;
  if (flows && !flows.guides.has(GET_HELP_GUIDE)) {
    errors.push({ file: "flows/guides", line: 1, message: `add flows/guides/${GET_HELP_GUIDE}.yaml: every referral and the menu start the "${GET_HELP_GUIDE}" flow` });
  }

  // intents/
  let intents: IntentsCounts = { topics: 0, files: 0, examples: 0, urgentExamples: 0, intents: 0, forms: 0, urgencyRules: 0 };
  try {
    const result = validateIntents(join(root, "intents"));
    const fix = (issue: ContentIssue): ContentIssue => ({ ...issue, file: display(issue.file) });
    errors.push(...result.errors.map(fix));
    warnings.push(...result.warnings.map(fix));
    intents = result.counts;
  } catch (error) {
    errors.push({ file: "intents", line: 1, message: `could not validate the intents: ${(error as Error).message}` });
  }

  // locales/: what the catalogue and the code need, then both languages.
  const required: Array<{ key: string; file: string; line: number; why: string }> = [];
  if (catalogue) {
    const topicsLines = readFileSync(join(root, "data", "topics.yaml"), "utf8").split("\n");
    const lineOf = (pattern: RegExp) => Math.max(1, topicsLines.findIndex((l) => pattern.test(l)) + 1);
    for (const card of catalogue.cards) {
      const line = lineOf(new RegExp(`^\\s*- id: ${card}\\s*$`));
      for (const part of ["title", "body", "actions"]) required.push({ key: `card-${card}-${part}`, file: "data/topics.yaml", line, why: `the card "${card}"` });
    }
    for (const topic of TOPIC_IDS) {
      const line = lineOf(new RegExp(`^\\s*${topic}:`));
      required.push({ key: `topic-${topic}`, file: "data/topics.yaml", line, why: `the topic "${topic}"` });
      required.push({ key: `suggest-${topic}`, file: "data/topics.yaml", line, why: `the topic "${topic}"` });
    }
    const safe = lineOf(/^safe_words:/);
    for (const key of ["referral", "referral-short"]) required.push({ key, file: "data/topics.yaml", line: safe, why: "the referral" });
  }
  required.push(...keysUsedByCode(root, display));
  const languages = checkLocales(root, display, helplinesResult.file, required, errors);

  errors.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return {
    errors,
    warnings,
    counts: {
      topics: catalogue ? Object.keys(catalogue.topicCards).length : 0,
      intents: intents.intents,
      examples: intents.examples,
      quizzes: flows?.quizzes.length ?? 0,
      scenarios: flows?.scenarios.size ?? 0,
      flows: flows?.guides.size ?? 0,
      languages,
    },
  };
}

export function summaryLine(c: ValidationReport["counts"]): string {
  return `content ok: ${c.topics} topics, ${c.intents} intents, ${c.examples} examples, ${c.quizzes} quizzes, ${c.scenarios} scenarios, ${c.flows} flows, ${c.languages} languages`;
}

function main(argv: string[]): number {
  const at = argv.indexOf("--root");
  const root = at >= 0 && argv[at + 1] ? resolve(argv[at + 1]!) : PROJECT_ROOT;
  const report = validateContent(root);
  for (const w of report.warnings) process.stderr.write(`${w.file}:${w.line}: warning: ${w.message}\n`);
  for (const e of report.errors) process.stdout.write(`${e.file}:${e.line}: ${e.message}\n`);
  if (report.errors.length > 0) {
    process.stdout.write(`${report.errors.length} error${report.errors.length === 1 ? "" : "s"}: content not ok\n`);
    return 1;
  }
  process.stdout.write(`${summaryLine(report.counts)}\n`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
