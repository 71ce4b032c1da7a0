/**
 * `npm run validate`: checks every content file the bot and the dashboard read — data/topics.yaml,
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
import { loadCatalogueFile, type Catalogue } from "../content/catalogue.js";
import { PROJECT_ROOT } from "../content/content.js";
import { loadHelplinesFile, untranslatedHelplines } from "../content/helplines.js";
import { validateLocales, type MessageNeed } from "../content/locales.js";
import { inLocale } from "../core/locale.js";
import type { ContentIssue } from "../core/yaml-file.js";
import { loadFlowsDir, type FlowContent } from "../flows/content.js";
import { GET_HELP_GUIDE, GROOMING_CHECK } from "../flows/engine.js";
import { validateIntents, type IntentsCounts } from "../nlu-build/intents.js";
import { TOPIC_IDS } from "../core/topics.js";

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

/** Every `t("key")` in the bot's code (under `root`, when there is code there), so a message the code uses cannot be missing. */
function keysUsedByCode(root: string, display: (p: string) => string): MessageNeed[] {
  const found: MessageNeed[] = [];
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

/** Every `"dash-…"` message the dashboard's code names (in `t(…)` calls and in its tables of labels). */
function keysUsedByDashboard(root: string, display: (p: string) => string): MessageNeed[] {
  const dir = join(root, "src", "dashboard");
  if (!existsSync(dir)) return [];
  const found: MessageNeed[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".ts"))) {
    const path = join(dir, name);
    readFileSync(path, "utf8")
      .split("\n")
      .forEach((text, i) => {
        for (const literal of text.matchAll(/"(dash-[a-z0-9-]+)"/g)) found.push({ key: literal[1]!, file: display(path), line: i + 1, why: "the dashboard" });
      });
  }
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
  if (flows && !flows.checks.has(GROOMING_CHECK)) {
    errors.push({ file: "flows/checks", line: 1, message: `add flows/checks/${GROOMING_CHECK}.yaml: the menu and /check start the "${GROOMING_CHECK}" self-check` });
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

  // locales/: every language, with what the catalogue, the code and the flows need.
  const needs: MessageNeed[] = [];
  if (catalogue) {
    const topicsLines = readFileSync(join(root, "data", "topics.yaml"), "utf8").split("\n");
    const lineOf = (pattern: RegExp) => Math.max(1, topicsLines.findIndex((l) => pattern.test(l)) + 1);
    for (const card of catalogue.cards) {
      const line = lineOf(new RegExp(`^\\s*- id: ${card}\\s*$`));
      for (const part of ["title", "body", "actions"]) needs.push({ key: `card-${card}-${part}`, file: "data/topics.yaml", line, why: `the card "${card}"` });
    }
    for (const topic of TOPIC_IDS) {
      const line = lineOf(new RegExp(`^\\s*${topic}:`));
      needs.push({ key: `topic-${topic}`, file: "data/topics.yaml", line, why: `the topic "${topic}"` });
      needs.push({ key: `suggest-${topic}`, file: "data/topics.yaml", line, why: `the topic "${topic}"` });
    }
    for (const [topic, check] of Object.entries(catalogue.topicChecks)) {
      if (flows && check !== undefined && !flows.checks.has(check)) {
        errors.push({ file: "data/topics.yaml", line: lineOf(new RegExp(`^\\s*${topic}:`)), message: `topics.${topic}.check: no self-check "${check}" in flows/checks/ (known: ${[...flows.checks.keys()].join(", ") || "none"})` });
      }
    }
    const safe = lineOf(/^safe_words:/);
    for (const key of ["referral", "referral-short"]) needs.push({ key, file: "data/topics.yaml", line: safe, why: "the referral" });
  }
  needs.push(...keysUsedByCode(root, display), ...keysUsedByDashboard(root, display), ...flowsResult.messages.needs);
  const helplines = helplinesResult.file;
  const country = helplines?.countries.BD ?? Object.values(helplines?.countries ?? {})[0];
  const entry = (id: string | undefined) => country?.entries.find((e) => e.id === id);
  const locales = validateLocales(join(root, "locales"), {
    display,
    needs,
    screens: flowsResult.messages.screens,
    globals: (locale) => {
      const helpline = entry(country?.helpline);
      return {
        helpline: helpline?.number ?? "1098",
        helplineName: helpline ? inLocale(helpline.name, locale) : "Child Helpline",
        emergency: entry(country?.emergency)?.number ?? "999",
      };
    },
  });
  errors.push(...locales.issues);
  warnings.push(...locales.warnings);
  if (helplines) {
    for (const [locale, n] of untranslatedHelplines(helplines, locales.locales)) {
      warnings.push({ file: "data/helplines.yaml", line: 1, message: `${n} texts have no ${locale} version, so they are shown in English: add \`${locale}:\` beside \`en:\` to translate them` });
    }
  }

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
      flows: (flows?.guides.size ?? 0) + (flows?.checks.size ?? 0),
      languages: locales.locales.length,
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
