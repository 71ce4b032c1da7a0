import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { FluentBundle, FluentResource } from "@fluent/bundle";
import type { Expression, Pattern, PatternElement } from "@fluent/bundle/esm/ast.js";
import { DEFAULT_LOCALE, LOCALE_TAG, type Locale } from "../core/locale.js";
import { ContentError, type ContentIssue } from "../core/yaml-file.js";
import { GLOBAL_VARIABLES, htmlProblem, labelProblem, safeMessagingProblem, SCREEN_LIMIT, TELEGRAM_LIMIT, type GlobalValues } from "./message-text.js";

/**
 * locales/: one folder per language, each with the same Fluent (.ftl) messages. The folders
 * are the list of languages the bot speaks; this module finds them and checks them.
 */

const isFtl = (name: string) => name.endsWith(".ftl");

/**
 * The languages under `dir`: every folder named like a language tag that holds at least one
 * .ftl file, English first (the default every other language falls back to), then the others
 * in alphabetical order.
 */
export function discoverLocales(dir: string): Locale[] {
  if (!existsSync(dir)) return [];
  const found = readdirSync(dir)
    .filter((name) => LOCALE_TAG.test(name) && statSync(join(dir, name)).isDirectory() && readdirSync(join(dir, name)).some(isFtl))
    .sort();
  return [...found.filter((l) => l === DEFAULT_LOCALE), ...found.filter((l) => l !== DEFAULT_LOCALE)];
}

/** The languages for the bot, read once at start-up; stops it when English, the fallback, is missing. */
export function loadLocales(dir: string): Locale[] {
  const locales = discoverLocales(dir);
  if (!locales.includes(DEFAULT_LOCALE)) {
    throw new ContentError([{ file: join(dir, DEFAULT_LOCALE), line: 1, message: `no Fluent files for "${DEFAULT_LOCALE}": every other language falls back to it` }]);
  }
  return locales;
}

/** The message each locale must have for its button in /language: the language's own name. */
export const LANGUAGE_NAME_KEY = "language-name";

/** Variables the bot passes to particular messages, beyond { $helpline } { $helplineName } { $emergency }. */
export const MESSAGE_VARIABLES: Readonly<Record<string, readonly string[]>> = {
  "helpline-entry": ["name", "contact", "for", "hours"],
  "support-line": ["support", "supportName"],
  // The dashboard's own words (locales/*/dashboard.ftl).
  "dash-range-note": ["from", "to", "k", "marker"],
  "dash-show-rows": ["rows"],
  "dash-per-day": ["measure"],
  "dash-per-week": ["measure"],
  "dash-range-last-weeks": ["weeks"],
  "dash-note-weekly": ["k"],
  "dash-served": ["askedFrom", "askedTo", "from", "to"],
  "dash-selfcheck-sign": ["sign"],
  "dash-share-link-for": ["code"],
  "dash-share-qr-alt": ["code"],
  "dash-share-counted": ["code"],
  "dash-share-not-created": ["reason"],
  "class-starting": ["theme", "count"],
  "class-pick": ["questions"],
  "class-private": ["questions"],
  "class-takeaway": ["answer"],
  "class-discuss": ["question"],
  "class-summary-line": ["number", "answer", "answered", "percent"],
  "class-summary-unanswered": ["number", "answer"],
  "class-private-link": ["link"],
};

/** A message the content or the code uses, and where it is used (reported when it is missing). */
export interface MessageNeed {
  key: string;
  file: string;
  line: number;
  /** What needs it, as in `the card "grooming"`. */
  why: string;
  /** A button label: plain text on one line, short enough for a phone (see labelProblem). */
  label?: boolean;
}

/**
 * Messages the bot sends together in one Telegram message (a quiz question: situation and
 * question), with the characters it adds around them: all of it must fit `limit`.
 */
export interface ScreenNeed {
  keys: string[];
  chrome: number;
  limit: number;
  /** What Telegram limits, when the limit is Telegram's rather than one phone screen ("a classroom poll's question"). */
  what?: string;
  /** Sent as plain text (a poll): no tags and no &-entities. */
  plain?: boolean;
  /** At most this many line breaks in all (a poll's explanation). */
  lineFeeds?: number;
}

/** Naming conventions of locale keys that carry a rule. */
const KEY_RULES: Array<{ pattern: RegExp; label?: boolean; limit?: number; tooLong?: (n: number) => string }> = [
  { pattern: /^btn-/, label: true },
  { pattern: /^suggest-/, label: true, limit: 40, tooLong: (n) => `${n} characters: suggestions are buttons, keep them to 40` },
  { pattern: /^card-.+-title$/, label: true, limit: 32, tooLong: (n) => `${n} characters: card titles are buttons, keep them to 32` },
  {
    pattern: /^(card-.+-(body|actions)|topic-.+|referral(-short)?)$/,
    limit: SCREEN_LIMIT - 1,
    tooLong: (n) => `${n} characters: keep cards and replies under ${SCREEN_LIMIT} (one phone screen)`,
  },
];

interface LocaleMessage {
  file: string;
  line: number;
  pattern: Pattern | null;
  /** The variables it uses ({ $name }), for comparing a translation with English. */
  variables: Set<string>;
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
 * The Fluent files of one language: a line-by-line structure check (so a broken message is
 * reported at its line, where @fluent/bundle would silently drop it), then parsing.
 */
function readLocale(dir: string, display: (p: string) => string, errors: ContentIssue[]): Map<string, LocaleMessage> {
  const messages = new Map<string, LocaleMessage>();
  for (const name of readdirSync(dir).filter(isFtl).sort()) {
    const path = join(dir, name);
    const file = display(path);
    const source = readFileSync(path, "utf8");
    const declared = new Map<string, number>();
    let inEntry = false;
    source.split("\n").forEach((text, i) => {
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
    const parsed = new Map(new FluentResource(source).body.map((entry) => [entry.id, entry]));
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
      const variables = new Set<string>();
      walkPattern(entry.value, (e) => {
        if (e.type === "var") variables.add(e.name);
      });
      messages.set(id, { file, line, pattern: entry.value, variables });
    }
  }
  return messages;
}

const listVariables = (names: Iterable<string>) => [...names].sort().map((v) => `{ $${v} }`).join(", ") || "no variables";

export interface LocalesCheck {
  /** How a path is shown in messages (relative to the repository root in `npm run validate`). */
  display: (path: string) => string;
  /** Messages the content and the code use: every language must have them. */
  needs: readonly MessageNeed[];
  /** Messages shown together, which must fit one screen together. */
  screens: readonly ScreenNeed[];
  /** Typical values of { $helpline } { $helplineName } { $emergency } in a language, to measure text as a phone shows it. */
  globals: (locale: Locale) => GlobalValues;
}

/**
 * Checks locales/: every folder is a language tag with .ftl files, English is there, every
 * language has exactly English's messages with the same variables, every message the content
 * and the code need exists, and every message parses, formats and follows the text rules.
 * Problems come back as `file:line` issues; never throws for a content problem.
 */
export function validateLocales(dir: string, check: LocalesCheck): { issues: ContentIssue[]; warnings: ContentIssue[]; locales: Locale[] } {
  const { display } = check;
  const issues: ContentIssue[] = [];
  const warnings: ContentIssue[] = [];
  if (!existsSync(dir)) return { issues: [{ file: display(dir), line: 1, message: "locales folder not found" }], warnings, locales: [] };

  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (!statSync(path).isDirectory()) {
      if (isFtl(name)) issues.push({ file: display(path), line: 1, message: `move this file into a language folder, such as locales/${DEFAULT_LOCALE}/` });
    } else if (!readdirSync(path).some(isFtl)) {
      warnings.push({ file: display(path), line: 1, message: "no .ftl files here, so this is not a language the bot offers" });
    } else if (!LOCALE_TAG.test(name)) {
      issues.push({ file: display(path), line: 1, message: `"${name}" is not a language tag: name the folder like en, bn, hi or pt-BR` });
    }
  }
  const locales = discoverLocales(dir);
  if (!locales.includes(DEFAULT_LOCALE)) {
    issues.push({ file: display(join(dir, DEFAULT_LOCALE)), line: 1, message: `add locales/${DEFAULT_LOCALE}/: English is the language every other one falls back to` });
  }
  const byLocale = new Map(locales.map((l) => [l, readLocale(join(dir, l), display, issues)]));
  const english = byLocale.get(DEFAULT_LOCALE) ?? new Map<string, LocaleMessage>();

  // Every language: exactly English's messages, with the same variables.
  for (const [locale, messages] of byLocale) {
    if (locale === DEFAULT_LOCALE) continue;
    for (const [key, en] of english) {
      if (!messages.has(key)) {
        issues.push({ file: en.file, line: en.line, message: `"${key}" has no text in locales/${locale}: add ${key} to locales/${locale}/${en.file.split("/").at(-1)}` });
      }
    }
    for (const [key, m] of messages) {
      const en = english.get(key);
      if (!en) {
        issues.push({ file: m.file, line: m.line, message: `"${key}" is not in locales/${DEFAULT_LOCALE}: add it there too (every language has English's messages), or remove it` });
      } else if (listVariables(m.variables) !== listVariables(en.variables)) {
        issues.push({ file: m.file, line: m.line, message: `${key}: uses ${listVariables(m.variables)}, English uses ${listVariables(en.variables)}: use the same variables` });
      }
    }
  }

  // What the content and the code need, and each language's own name for /language. A language
  // without a message English has was named above.
  const needs: MessageNeed[] = [
    ...check.needs,
    { key: LANGUAGE_NAME_KEY, file: display(dir), line: 1, why: "each language's button in /language (its name, in itself)", label: true },
  ];
  for (const need of needs) {
    for (const [locale, messages] of byLocale) {
      if (messages.has(need.key) || (locale !== DEFAULT_LOCALE && english.has(need.key))) continue;
      issues.push({ file: need.file, line: need.line, message: `${need.why} needs the message "${need.key}", which is not in locales/${locale}: add it` });
    }
  }

  // Every message formats with the variables the bot passes, and reads well on a phone.
  const labels = new Set(needs.filter((n) => n.label).map((n) => n.key));
  for (const [locale, messages] of byLocale) {
    const bundle = new FluentBundle(locale, { useIsolating: false });
    for (const name of readdirSync(join(dir, locale)).filter(isFtl)) {
      bundle.addResource(new FluentResource(readFileSync(join(dir, locale, name), "utf8")));
    }
    const globals = check.globals(locale);
    const shown = new Map<string, string>();
    for (const [key, m] of messages) {
      const at = (message: string) => issues.push({ file: m.file, line: m.line, message: `${key}: ${message}` });
      if (m.pattern === null) {
        at("has no text (only attributes): write the text after `=`");
        continue;
      }
      const allowed = new Set<string>([...GLOBAL_VARIABLES, ...(MESSAGE_VARIABLES[key] ?? [])]);
      let bad = false;
      walkPattern(m.pattern, (e) => {
        if (e.type === "var" && !allowed.has(e.name)) {
          bad = true;
          at(`uses { $${e.name} }, which the bot does not pass here: use only ${[...allowed].map((v) => `{ $${v} }`).join(", ")}`);
        }
        if (e.type === "mesg" && !messages.has(e.name)) {
          bad = true;
          at(`refers to the message "${e.name}", which does not exist in locales/${locale}`);
        }
      });
      if (bad) continue;
      const args: Record<string, string> = { ...globals };
      for (const v of MESSAGE_VARIABLES[key] ?? []) args[v] = "x".repeat(20);
      const formatErrors: Error[] = [];
      const text = bundle.formatPattern(m.pattern, args, formatErrors);
      if (formatErrors.length > 0) {
        at(`does not format: ${formatErrors[0]!.message}`);
        continue;
      }
      shown.set(key, text);
      if (text.length > TELEGRAM_LIMIT) at(`${text.length} characters, over Telegram's limit of ${TELEGRAM_LIMIT}: split or shorten it`);
      const rules = KEY_RULES.filter((r) => r.pattern.test(key));
      for (const rule of rules) if (rule.limit !== undefined && text.length > rule.limit) at(rule.tooLong!(text.length));
      const label = labels.has(key) || rules.some((r) => r.label);
      const problem = htmlProblem(text) ?? safeMessagingProblem(text) ?? (label ? labelProblem(text) : undefined);
      if (problem) at(problem);
    }

    for (const screen of check.screens) {
      const texts = screen.keys.map((k) => shown.get(k) ?? "");
      const joined = texts.join("\n\n");
      const length = joined.length + screen.chrome;
      const at = (key: string, message: string) => {
        const m = messages.get(key);
        if (m) issues.push({ file: m.file, line: m.line, message: `${key}: ${message}` });
      };
      if (screen.plain) {
        for (const [i, text] of texts.entries()) {
          if (/[<>]|&[a-z]+;/.test(text)) at(screen.keys[i]!, `goes into ${screen.what ?? "a plain-text message"}, which shows tags and &-entities as they are: write it as plain text`);
        }
      }
      const lineFeeds = joined.split("\n").length - 1;
      if (screen.lineFeeds !== undefined && lineFeeds > screen.lineFeeds) {
        at(screen.keys.at(-1)!, `${lineFeeds} line breaks, over Telegram's limit of ${screen.lineFeeds} for ${screen.what ?? "this text"}: join the lines`);
      }
      if (length <= screen.limit) continue;
      // Reported at the longest of them: the one to shorten first.
      const longest = screen.keys[texts.indexOf(texts.reduce((a, b) => (b.length > a.length ? b : a)))]!;
      const m = messages.get(longest);
      if (!m) continue;
      const others = screen.keys.filter((k) => k !== longest);
      issues.push({
        file: m.file,
        line: m.line,
        message: screen.what
          ? `${longest}: ${length} characters${others.length > 0 ? ` together with ${others.join(", ")}` : ""}, over Telegram's limit of ${screen.limit} for ${screen.what}: shorten it`
          : `${longest}: ${length} characters${others.length > 0 ? ` together with ${others.join(", ")}` : ""} and the lines the bot adds; keep it under ${screen.limit} (one phone screen): shorten it`,
      });
    }
  }
  return { issues, warnings, locales };
}
