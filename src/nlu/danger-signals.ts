/**
 * Danger as concepts (data in intents/danger-signals.yaml): which danger signals a message holds
 * ("a known person", "touch", "pills", "how much", "leaked"…) and which kind of danger their
 * combination makes. Signal ids are all that leaves this module — never text — so a chat's
 * recent signals can be kept for a few minutes and a story told in pieces still adds up.
 */
import { z } from "zod";
import { DANGER_KINDS, LANG_FORMS, type DangerKind } from "../core/topics.js";
import { normalizeForRules } from "./urgency.js";
import { ContentError, readYamlFile, type ContentIssue } from "../core/yaml-file.js";

export const DANGER_SIGNALS_FILE = "danger-signals.yaml";

/** How many of a chat's latest messages' signals add up with a new one (the bot's memory and nlu:eval alike). */
export const RECENT_MESSAGES = 4;

export type { DangerKind } from "../core/topics.js";

const SignalId = z.string().regex(/^[a-z][a-z0-9_]*$/u, "signal ids are snake_case");
const Terms = z.array(z.string().trim().min(1)).optional();

const KindRule = z
  .object({
    all_of: z.array(z.array(SignalId).min(1)).min(1),
    unless: z.array(SignalId).default([]),
    check: z.array(z.array(SignalId).min(1)).default([]),
  })
  .strict();

const FileSchema = z
  .object({
    version: z.literal(1),
    signals: z.record(SignalId, z.object({ en: Terms, bn: Terms, "bn-Latn": Terms }).strict()),
    kinds: z.object({ self_harm: KindRule, abuse: KindRule, physical: KindRule, threat: KindRule, images: KindRule, meeting: KindRule }).strict(),
  })
  .strict();
type SignalsFile = z.infer<typeof FileSchema>;

/** What the signals of a message (and of the chat's last few messages) say. */
export interface DangerJudgement {
  /** the kind whose combination is complete, first in DANGER_KINDS order */
  kind?: DangerKind;
  /** a kind with a complete `check` combination (not enough to be sure, enough to ask) */
  check?: DangerKind;
  /** a friend or sibling is the one at risk */
  friend: boolean;
  /** the teen tells of harm they did to themselves ("I took…", "I cut myself"): not a friend's */
  self?: true;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

/**
 * One regex per signal. A term matches at the start of a word; `word*` matches words that start
 * with it, otherwise the word must end there. Terms are folded like the text (normalizeForRules).
 */
function compileTerms(terms: readonly string[]): RegExp {
  const prefixes: string[] = [];
  const words: string[] = [];
  for (const raw of terms) {
    const prefix = raw.endsWith("*");
    const folded = normalizeForRules(prefix ? raw.slice(0, -1) : raw).trim();
    (prefix ? prefixes : words).push(folded.split(/\s+/u).map(escape).join("\\s+"));
  }
  // One word-boundary class per side, not one per term: V8 compiles the regex far faster. The
  // start of the word is checked by `occursIn`, not by a lookbehind, which V8 would try at every
  // position of the text (three times slower).
  const parts = [...(prefixes.length ? [prefixes.join("|")] : []), ...(words.length ? [`(?:${words.join("|")})(?![\\p{L}\\p{M}\\p{N}])`] : [])];
  return new RegExp(`(?:${parts.join("|")})`, "gu");
}

/** A letter, mark or digit just before `at` (a whole code point: a surrogate pair counts as one). */
const WORD_CHAR_BEFORE = /[\p{L}\p{M}\p{N}]$/u;

/** Whether `re` (from compileTerms) matches at the start of a word somewhere in `t`. */
function occursIn(re: RegExp, t: string): boolean {
  re.lastIndex = 0;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    if (!WORD_CHAR_BEFORE.test(t.slice(Math.max(0, m.index - 2), m.index))) return true;
    re.lastIndex = m.index + 1;
  }
  return false;
}

export class DangerSignals {
  private readonly signals: Array<{ id: string; re: RegExp }>;
  private readonly kinds: SignalsFile["kinds"];

  constructor(file: SignalsFile) {
    this.signals = Object.entries(file.signals).map(([id, forms]) => ({ id, re: compileTerms(LANG_FORMS.flatMap((f) => forms[f] ?? [])) }));
    this.kinds = file.kinds;
  }

  /** Signal ids in a text already through normalizeForRules, in file order. */
  findNormalized(t: string): string[] {
    if (!t) return [];
    return this.signals.filter((s) => occursIn(s.re, t)).map((s) => s.id);
  }

  find(text: unknown): string[] {
    try {
      return this.findNormalized(normalizeForRules(text));
    } catch {
      return [];
    }
  }

  /**
   * The kind of danger in `current` (this message's signals), with `recent` (the chat's last few
   * messages' signals) added. `unless` signals only count when they are in this message: a
   * general question now does not undo a danger told a minute ago.
   */
  judge(current: readonly string[], recent: readonly string[] = []): DangerJudgement {
    const now = new Set(current);
    const all = new Set([...current, ...recent]);
    const friend = all.has("third_party");
    const self = now.has("already_took") ? ({ self: true } as const) : {};
    let check: DangerKind | undefined;
    // A combination counts when one of its signals is in this message: an old signal alone
    // must not make every later message urgent.
    const holds = (combo: readonly string[]) => combo.every((s) => all.has(s)) && combo.some((s) => now.has(s));
    for (const kind of DANGER_KINDS) {
      const rule = this.kinds[kind];
      // a general question or a past, resolved story is not about now: no alarm, no question
      if (rule.unless.some((s) => now.has(s))) continue;
      if (rule.all_of.some(holds)) return { kind, friend, ...self };
      if (!check && rule.check.some(holds)) check = kind;
    }
    return check ? { check, friend, ...self } : { friend, ...self };
  }

  get signalIds(): string[] {
    return this.signals.map((s) => s.id);
  }
}

function parse(path: string, display = path): { file?: SignalsFile; errors: ContentIssue[] } {
  const { value, issues, locate } = readYamlFile(path, FileSchema, display);
  if (!value) return { errors: issues };
  const errors: ContentIssue[] = [];
  const known = new Set(Object.keys(value.signals));
  for (const kind of DANGER_KINDS) {
    const rule = value.kinds[kind];
    const lists: Array<[string, readonly string[]]> = [
      ...rule.all_of.map((c, i): [string, string[]] => [`all_of.${i}`, c]),
      ["unless", rule.unless],
      ...rule.check.map((c, i): [string, string[]] => [`check.${i}`, c]),
    ];
    for (const [where, ids] of lists) {
      for (const id of ids) {
        if (!known.has(id)) errors.push({ file: display, line: locate(["kinds", kind, ...where.split(".").map((p) => (/^\d+$/u.test(p) ? Number(p) : p))]), message: `kinds.${kind}.${where}: unknown signal "${id}": define it under signals:` });
      }
    }
  }
  return errors.length ? { errors } : { file: value, errors };
}

/** file:line problems of danger-signals.yaml (for `npm run validate`). */
export function validateDangerSignals(path: string, display = path): ContentIssue[] {
  return parse(path, display).errors;
}

export function loadDangerSignals(path: string): DangerSignals {
  const { file, errors } = parse(path);
  if (!file) throw new ContentError(errors);
  return new DangerSignals(file);
}
