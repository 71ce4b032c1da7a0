/**
 * Which of the three forms a message is written in: English (`en`), Bengali script (`bn`) or
 * romanized Bengali (`bn-Latn`). NLP.js's guesser does not know Banglish, so this is ours:
 *
 *   - Bengali script: the share of Bengali-script words decides (≥ 40 % of the words ⇒ bn);
 *   - Latin script: Banglish lexicon hits against English function-word hits (from
 *     intents/banglish-lexicon.yaml, optionally extended with words learned from the training
 *     data); more Banglish evidence ⇒ bn-Latn, otherwise en;
 *   - mixed script with few Bengali words: the Latin part decides, and the Bengali words count
 *     as Banglish evidence (a Bengali speaker is writing).
 */
import { join } from "node:path";
import { loadYamlFile } from "../core/yaml-file.js";
import { z } from "zod";
import type { LangForm } from "../core/topics.js";
import { collapseDoubles } from "./banglish.js";
import { normalizeForClassifier, tokenize } from "./normalize.js";

export const LEXICON_FILE = "banglish-lexicon.yaml";

export const LexiconSchema = z.object({
  version: z.literal(1),
  banglish: z.array(z.string().min(1)).min(1),
  english: z.array(z.string().min(1)).min(1),
  concepts: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/u), z.array(z.union([z.string().min(1), z.number()]))).optional(),
});
export type LexiconFile = z.infer<typeof LexiconSchema>;

export interface FormScores {
  form: LangForm;
  bengaliWords: number;
  latinWords: number;
  banglish: number;
  english: number;
}

const key = (w: string): string => collapseDoubles(w.toLowerCase());

export class FormDetector {
  readonly banglish: Map<string, number>;
  readonly english: Map<string, number>;

  constructor(lexicon: { banglish: Iterable<string>; english: Iterable<string> }) {
    this.banglish = new Map();
    this.english = new Map();
    for (const w of lexicon.banglish) this.banglish.set(key(w), 1);
    for (const w of lexicon.english) this.english.set(key(w), 1);
  }

  /**
   * Learn extra marker words from labelled training texts: a word seen ≥ minCount times in
   * bn-Latn examples and never in English ones (or the reverse) gets weight 0.5.
   */
  learn(examples: Iterable<{ text: string; form: LangForm }>, minCount = 3): this {
    const counts = { en: new Map<string, number>(), "bn-Latn": new Map<string, number>() };
    for (const ex of examples) {
      if (ex.form === "bn") continue;
      const seen = new Set(tokenize(normalizeForClassifier(ex.text)).filter((t) => /^[a-z]/u.test(t)).map(key));
      const m = counts[ex.form];
      for (const w of seen) m.set(w, (m.get(w) ?? 0) + 1);
    }
    for (const [w, c] of counts["bn-Latn"]) {
      if (c >= minCount && !counts.en.has(w) && !this.banglish.has(w) && !this.english.has(w) && w.length > 1) {
        this.banglish.set(w, 0.5);
      }
    }
    for (const [w, c] of counts.en) {
      if (c >= minCount && !counts["bn-Latn"].has(w) && !this.banglish.has(w) && !this.english.has(w) && w.length > 1) {
        this.english.set(w, 0.5);
      }
    }
    return this;
  }

  /** Same marker words with the same weights (then scoreTokens gives the same answers). */
  sameLexicon(other: FormDetector): boolean {
    const same = (a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean =>
      a.size === b.size && [...a].every(([w, v]) => b.get(w) === v);
    return same(this.banglish, other.banglish) && same(this.english, other.english);
  }

  /** Scores from an already normalised text's tokens. */
  scoreTokens(tokens: readonly string[]): FormScores {
    let bengaliWords = 0;
    let latinWords = 0;
    let banglish = 0;
    let english = 0;
    for (const t of tokens) {
      const c = t.charCodeAt(0);
      if (c >= 0x0980 && c <= 0x09ff) {
        bengaliWords += 1;
      } else if (c >= 0x61 && c <= 0x7a) {
        latinWords += 1;
        const k = key(t);
        banglish += this.banglish.get(k) ?? 0;
        english += this.english.get(k) ?? 0;
      }
    }
    let form: LangForm;
    const words = bengaliWords + latinWords;
    if (bengaliWords > 0 && bengaliWords >= 0.4 * words) form = "bn";
    else if (banglish + 0.5 * bengaliWords > english) form = "bn-Latn";
    else form = "en";
    return { form, bengaliWords, latinWords, banglish, english };
  }

  /** Detect the form of a raw message. */
  detect(text: string): LangForm {
    return this.scoreTokens(tokenize(normalizeForClassifier(text))).form;
  }
}

export function readLexicon(intentsDir: string): LexiconFile {
  return loadYamlFile(join(intentsDir, LEXICON_FILE), LexiconSchema);
}

/** The concept table of intents/banglish-lexicon.yaml (empty if missing or broken). */
export function loadConcepts(intentsDir: string): Record<string, string[]> {
  try {
    const lex = readLexicon(intentsDir);
    const out: Record<string, string[]> = {};
    for (const [k, v] of Object.entries(lex.concepts ?? {})) out[k] = v.map(String);
    return out;
  } catch {
    return {};
  }
}

/** A detector from intents/banglish-lexicon.yaml, or a minimal built-in list if it is missing. */
export function loadFormDetector(intentsDir: string): FormDetector {
  try {
    return new FormDetector(readLexicon(intentsDir));
  } catch {
    return new FormDetector(FALLBACK_LEXICON);
  }
}

/** Used only when the lexicon file is absent or broken (the validator reports it). */
const FALLBACK_LEXICON = {
  banglish: [
    "ami", "amar", "amake", "tumi", "tomar", "apni", "ki", "keno", "kivabe", "korbo", "kore",
    "korche", "korse", "bolche", "bolse", "dibe", "dise", "ache", "ase", "na", "nai", "hobe",
    "chai", "chobi", "ekta", "ekjon", "amra", "se", "tar", "kichu", "kemon", "valo", "bhalo",
    "jani", "pari", "theke", "sathe", "kotha", "jonno", "ekhon", "ar", "abar", "eta", "oke",
  ],
  english: [
    "the", "is", "are", "i", "me", "my", "you", "your", "he", "she", "it", "this", "that",
    "what", "how", "why", "do", "does", "not", "and", "to", "of", "in", "on", "for", "with",
    "can", "will", "have", "has", "was", "want", "wants", "a", "an", "if", "so", "about",
  ],
};
