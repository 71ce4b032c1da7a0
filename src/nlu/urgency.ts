/**
 * Urgency safety net: deterministic regex rules, kept as data in intents/urgency.yaml, run on
 * every message before and independently of the classifier, on the WHOLE text (no truncation).
 *
 * Matching happens on a normalised text (NFKC, invisible characters removed, homoglyphs mapped,
 * lowercase, 3+ repeats collapsed) whose Bengali letters are also "folded" (ী→ি, ূ→ু, য়→য,
 * ড়→ড, শ/ষ→স, ণ→ন, hasanta and chandrabindu removed, …). The same folding is applied to the
 * Bengali letters of every pattern, so authors can write ordinary spelling and still match the
 * many ways people type it. Patterns of all three forms run on every text (code-mixing).
 */
import { z } from "zod";
import { LANG_FORMS } from "../core/topics.js";
import { foldBengali, normalizeText } from "./normalize.js";
import { loadYamlFile, readYamlFile, type ContentIssue } from "../core/yaml-file.js";

export const URGENCY_FILE = "urgency.yaml";

const PatternList = z.array(z.string().min(1));
const PerForm = z
  .object({ en: PatternList.optional(), bn: PatternList.optional(), "bn-Latn": PatternList.optional() })
  .strict();

export const UrgencyFileSchema = z
  .object({
    version: z.literal(1),
    macros: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/u), z.string()).optional(),
    rules: z
      .array(
        z
          .object({
            id: z.string().regex(/^[a-z][a-z0-9_]*$/u, "rule ids are snake_case"),
            description: z.string().min(1),
            /** alone, this rule only asks "Are you safe right now?" (the grey zone) */
            grey: z.boolean().optional(),
            patterns: PerForm,
            unless: PerForm.optional(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();
export type UrgencyFile = z.infer<typeof UrgencyFileSchema>;

/** The text the rules see. */
export function normalizeForRules(text: unknown): string {
  return rulesTextFromNormalized(normalizeText(text));
}

const QUOTES = /[\u2018\u2019\u02BC\u0060\u00B4]/gu;

/** The rest of normalizeForRules, for a text already through normalizeText (shared with the classifier). */
export function rulesTextFromNormalized(normalized: string): string {
  return foldBengali(normalized.replace(QUOTES, "'"));
}

interface CompiledRule {
  id: string;
  description: string;
  grey: boolean;
  /** its patterns as one alternation (a match of any is a match), all forms together */
  patterns: RegExp | undefined;
  unless: RegExp | undefined;
}

export interface UrgencyHit {
  ruleId: string;
}

function expandMacros(src: string, macros: Record<string, string>): string {
  let out = src;
  // Macros may use other macros; expand a few rounds.
  for (let i = 0; i < 3; i += 1) {
    out = out.replace(/\{([a-z][a-z0-9_]*)\}/gu, (m, name: string) => macros[name] ?? m);
  }
  return out;
}

/**
 * Lowercase the literal letters of a regex source (escapes such as \S, \W, \p{L}, \u{…} are
 * kept). The text is lowercased too, so matching is case-insensitive without the `i` flag,
 * which makes Unicode matching about four times slower in V8.
 */
export function lowercasePattern(src: string): string {
  let out = "";
  for (let i = 0; i < src.length; i += 1) {
    const ch = src[i] ?? "";
    if (ch === "\\") {
      const next = src[i + 1] ?? "";
      out += ch + next;
      i += 1;
      if ((next === "p" || next === "P" || next === "u" || next === "k") && src[i + 1] === "{") {
        const end = src.indexOf("}", i + 1);
        if (end > 0) {
          out += src.slice(i + 1, end + 1);
          i = end;
        }
      }
    } else {
      out += ch.toLowerCase();
    }
  }
  return out;
}

/** Patterns are compiled with Unicode ("u"); case-insensitive by lowercasing (see above). */
function compile(src: string, macros: Record<string, string>): RegExp {
  return new RegExp(lowercasePattern(foldBengali(expandMacros(src, macros))), "u");
}

export class UrgencyRules {
  readonly rules: CompiledRule[];

  constructor(file: UrgencyFile) {
    const macros = file.macros ?? {};
    // One regex per rule rather than one per pattern: the same matches, in a quarter of the time.
    const anyOf = (sources: string[]) => (sources.length ? compile(sources.map((p) => `(?:${p})`).join("|"), macros) : undefined);
    this.rules = file.rules.map((r) => ({
      id: r.id,
      description: r.description,
      grey: r.grey ?? false,
      patterns: anyOf(LANG_FORMS.flatMap((f) => r.patterns[f] ?? [])),
      unless: anyOf(LANG_FORMS.flatMap((f) => r.unless?.[f] ?? [])),
    }));
  }

  /** Whether a rule fires on a text from normalizeForRules: one of its patterns matches and none of its `unless` ones. */
  private fires(rule: CompiledRule, t: string): boolean {
    return rule.patterns !== undefined && rule.patterns.test(t) && !(rule.unless?.test(t) ?? false);
  }

  /** The first rule that fires on the text, or undefined. Never throws. */
  check(text: unknown): UrgencyHit | undefined {
    let t: string;
    try {
      t = normalizeForRules(text);
    } catch {
      return undefined;
    }
    if (!t) return undefined;
    return this.checkNormalized(t);
  }

  checkNormalized(t: string): UrgencyHit | undefined {
    const rule = this.rules.find((r) => this.fires(r, t));
    return rule ? { ruleId: rule.id } : undefined;
  }

  /** Whether every one of these rule ids is a `grey` rule (one that alone only asks). */
  allGrey(ids: readonly string[]): boolean {
    return ids.length > 0 && ids.every((id) => this.rules.find((r) => r.id === id)?.grey === true);
  }

  /** Every rule that fires (for tests and debugging). */
  allHits(text: unknown): string[] {
    let t: string;
    try {
      t = normalizeForRules(text);
    } catch {
      return [];
    }
    return this.allHitsNormalized(t);
  }

  /** allHits on a text from normalizeForRules. */
  allHitsNormalized(t: string): string[] {
    if (!t) return [];
    return this.rules.filter((r) => this.fires(r, t)).map((r) => r.id);
  }
}

export function parseUrgencyFile(path: string): UrgencyFile {
  return loadYamlFile(path, UrgencyFileSchema);
}

export function loadUrgencyRules(path: string): UrgencyRules {
  return new UrgencyRules(parseUrgencyFile(path));
}

/** Validate urgency.yaml: YAML, schema, and every pattern compiles (errors name file:line). */
export function validateUrgencyDocument(path: string, file: string): { errors: ContentIssue[]; rules: number } {
  const { value, issues, locate } = readYamlFile(path, UrgencyFileSchema, file);
  if (!value) return { errors: issues, rules: 0 };
  const errors: ContentIssue[] = [];
  const macros = value.macros ?? {};
  const ids = new Set<string>();
  value.rules.forEach((rule, i) => {
    if (ids.has(rule.id)) errors.push({ file, line: locate(["rules", i, "id"]), message: `duplicate rule id ${rule.id}` });
    ids.add(rule.id);
    for (const list of ["patterns", "unless"] as const) {
      for (const form of LANG_FORMS) {
        (rule[list]?.[form] ?? []).forEach((p, j) => {
          try {
            const re = compile(p, macros);
            if (re.test("")) throw new Error("matches the empty text");
            if (/\{[a-z][a-z0-9_]*\}/u.test(expandMacros(p, macros))) throw new Error("unknown macro");
          } catch (e) {
            errors.push({
              file,
              line: locate(["rules", i, list, form, j]),
              message: `rule ${rule.id} ${list}.${form}[${j}]: ${(e as Error).message}`,
            });
          }
        });
      }
    }
  });
  return { errors, rules: value.rules.length };
}
