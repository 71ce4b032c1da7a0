/**
 * Bag-of-features for the intent network. Each word becomes one or more features, chosen by its
 * script and the message's form:
 *   - Bengali-script word: NLP.js's Bengali stemmer, then Bengali spelling folding  → "b:<stem>"
 *   - Latin word in English: NLP.js's English (Porter) stemmer                        → "e:<stem>"
 *   - Latin word in Banglish: canonical spelling + light suffix stripping              → "l:<stem>"
 *     and its consonant skeleton                                                       → "k:<skel>"
 *   - digits → "d:<digits>", URLs → "u:url"
 * plus optional word bigrams on the primary feature.
 */
import type { LangForm } from "../core/topics.js";
import { banglishCanonical, banglishSkeleton, banglishStem, collapseDoubles } from "./banglish.js";
import { bengaliToLatin } from "./bengali.js";
import { foldBengali, tokenize, URL_TOKEN } from "./normalize.js";
import { stemBn, stemEn } from "./nlpjs.js";
import type { ConceptMatcher } from "./concepts.js";

export interface FeatureOptions {
  /** Latin words also get the features of the other Latin form (English stem / Banglish stem). */
  crossLatin: boolean;
  /** Word-bigram features (on the primary feature of each word). */
  bigrams: boolean;
  /** weight of a word-bigram feature */
  bigramWeight: number;
  /** Weight of secondary features (cross-form). */
  secondaryWeight: number;
  /** Weight of concept features (0: off). */
  conceptWeight: number;
  /**
   * Bridge between the scripts: Bengali-script words, transliterated to Latin letters, and
   * the Latin words of Bengali and Banglish messages give their Banglish consonant skeleton
   * "k:<skel>" ("ছবি", "chobi" → k:cb) at this weight (0: off).
   */
  bridgeWeight: number;
}

export const DEFAULT_FEATURE_OPTIONS: FeatureOptions = {
  crossLatin: true,
  bigrams: true,
  bigramWeight: 1,
  secondaryWeight: 0.5,
  conceptWeight: 1,
  bridgeWeight: 1,
};

function latinEn(word: string): string {
  return `e:${stemEn(word)}`;
}

function latinBn(word: string): string {
  return `l:${banglishStem(banglishCanonical(word))}`;
}

export interface Featurized {
  /** feature → weight, in the order first added */
  features: Map<string, number>;
  /** primary feature of each word, in order (used to count unknown words) */
  primary: string[];
}

/** Words of a normalised text, mapped to features. `text` must come from normalizeForClassifier. */
/** Spellings to try for an unknown word with doubled letters ("pleasee" → "please", "hii" → "hi"). */
function undoubleVariants(tok: string): string[] {
  const out: string[] = [];
  for (let i = 1; i < tok.length; i += 1) {
    if (tok[i] === tok[i - 1]) out.push(tok.slice(0, i) + tok.slice(i + 1));
  }
  const all = collapseDoubles(tok);
  if (all !== tok && !out.includes(all)) out.push(all);
  return out;
}

/** What featurizeNormalized needs besides the text: the model's options and vocabulary. */
export interface FeatureContext {
  opts: FeatureOptions;
  /** with it, a Latin word whose feature the model has never seen is retried without one of its doubled letters */
  known?: ((feature: string) => boolean) | undefined;
  concepts?: ConceptMatcher | undefined;
  /** a known feature for an unknown primary one (spelling correction) */
  correct?: ((feature: string) => string | undefined) | undefined;
}

/**
 * The features of one word (token of a normalised text) in a message of form `form`, passed to
 * `add` in order; returns the word's primary feature and the spelling it was read as.
 */
export function wordFeatures(raw: string, form: LangForm, ctx: FeatureContext, add: (f: string, w: number) => void): { main: string; tok: string } {
  const { opts, known, concepts, correct } = ctx;
  let tok = raw;
  const c = tok.charCodeAt(0);
  if (known && c >= 0x61 && c <= 0x7a && /(.)\1/u.test(tok)) {
    const f = form === "bn-Latn" ? latinBn : latinEn;
    if (!known(f(tok))) tok = undoubleVariants(tok).find((v) => known(f(v))) ?? tok;
  }
  let main: string;
  if (c >= 0x0980 && c <= 0x09ff) {
    main = `b:${foldBengali(stemBn(tok))}`;
    add(main, 1);
    if (opts.bridgeWeight > 0) add(`k:${banglishSkeleton(bengaliToLatin(tok))}`, opts.bridgeWeight);
  } else if (c >= 0x30 && c <= 0x39) {
    main = tok.length <= 4 ? `d:${tok}` : "d:#";
    add(main, 1);
  } else if (tok === URL_TOKEN) {
    main = "u:url";
    add(main, 1);
  } else if (form === "bn-Latn") {
    main = latinBn(tok);
    add(main, 1);
    if (opts.bridgeWeight > 0) add(`k:${banglishSkeleton(tok)}`, opts.bridgeWeight);
    if (opts.crossLatin) add(latinEn(tok), opts.secondaryWeight);
  } else {
    main = latinEn(tok);
    add(main, 1);
    if (opts.bridgeWeight > 0 && form !== "en") add(`k:${banglishSkeleton(tok)}`, opts.bridgeWeight);
    if (opts.crossLatin) add(latinBn(tok), opts.secondaryWeight);
  }
  if (correct && known && !known(main)) {
    const fixed = correct(main);
    if (fixed) {
      add(fixed, 1);
      main = fixed;
    }
  }
  if (concepts && opts.conceptWeight > 0) {
    for (const concept of concepts.match(raw)) add(`c:${concept}`, opts.conceptWeight);
  }
  return { main, tok };
}

/** One word's features in the order they were added (the largest weight of each), and its primary feature. */
export interface WordFeatures {
  features: ReadonlyArray<readonly [string, number]>;
  main: string;
}

/** wordFeatures as a value. */
export function featuresOfWord(raw: string, form: LangForm, ctx: FeatureContext): WordFeatures {
  const features: Array<[string, number]> = [];
  const { main } = wordFeatures(raw, form, ctx, (f, w) => {
    const same = features.find((x) => x[0] === f);
    if (!same) features.push([f, w]);
    else if (same[1] < w) same[1] = w;
  });
  return { features, main };
}

/**
 * Words of a normalised text, mapped to features, plus bigrams of their primary features.
 * `text` must come from normalizeForClassifier. `wordsOf` gives a word's features (a model
 * passes one that remembers those of its training words).
 */
export function featurizeNormalized(
  text: string,
  form: LangForm,
  ctx: FeatureContext,
  wordsOf: (raw: string, form: LangForm, ctx: FeatureContext) => WordFeatures = featuresOfWord,
): Featurized {
  const features = new Map<string, number>();
  const primary: string[] = [];
  const add = (f: string, w: number): void => {
    const prev = features.get(f);
    if (prev === undefined || prev < w) features.set(f, w);
  };
  for (const raw of tokenize(text)) {
    const word = wordsOf(raw, form, ctx);
    for (const [f, w] of word.features) add(f, w);
    primary.push(word.main);
  }
  if (ctx.opts.bigrams) {
    for (let i = 1; i < primary.length; i += 1) add(`2:${primary[i - 1]}|${primary[i]}`, ctx.opts.bigramWeight);
  }
  return { features, primary };
}
