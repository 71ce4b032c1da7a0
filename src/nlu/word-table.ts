/**
 * featurizeNormalized for one model, producing the DenseScorer's input (feature ids) directly.
 *
 * A message's features are the union of its words' features (first-added order, largest weight)
 * plus bigrams of the words' primary features. A word's features depend only on the word, the
 * message's form and the model, so for the words of the training texts they are worked out once
 * (on first use) and kept per form. Other words are featurized afresh on every message and never
 * stored: the table holds training vocabulary only, never words of the messages classified.
 *
 * Only features the model knows are kept (the others would be dropped by the scorer anyway); a
 * bigram can only be known when both its words' primary features are, so bigrams are looked up
 * by the pair of primary ids.
 */
import type { LangForm } from "../core/topics.js";
import { wordFeatures, type FeatureContext } from "./features.js";
import { DenseScorer, type ActiveFeatures } from "./dense-scorer.js";

/** One word's known features, in the order they are added, and its primary feature (-1: unknown). */
interface WordEntry {
  ids: Int32Array;
  weights: Float64Array;
  primary: number;
}

export interface WordTableSource {
  context: FeatureContext;
  /** feature ids of the model (ids below `known` are known features) */
  index: ReadonlyMap<string, number>;
  known: number;
  /** the words of the training texts */
  trainingWords: Iterable<string>;
}

const FORM_SLOT: Readonly<Record<LangForm, number>> = { en: 0, bn: 1, "bn-Latn": 2 };

export class WordTable {
  private readonly context: FeatureContext;
  private readonly index: ReadonlyMap<string, number>;
  private readonly known: number;
  /** per training word, its entry for each form (FORM_SLOT), filled on first use */
  private readonly entries = new Map<string, Array<WordEntry | undefined>>();
  /** bigram id by primary ids (a · known + b) */
  private readonly bigrams = new Map<number, number>();
  private readonly bigramWeight: number;
  /** false when some known bigram is not made of two known primaries (then use featurizeNormalized) */
  readonly complete: boolean;

  constructor(src: WordTableSource) {
    this.context = src.context;
    this.index = src.index;
    this.known = src.known;
    for (const w of src.trainingWords) this.entries.set(w, [undefined, undefined, undefined]);
    this.bigramWeight = src.context.opts.bigramWeight;
    let complete = true;
    for (const [feature, id] of src.index) {
      if (id >= src.known || !feature.startsWith("2:")) continue;
      let found = false;
      for (let bar = feature.indexOf("|", 2); bar >= 0; bar = feature.indexOf("|", bar + 1)) {
        const a = src.index.get(feature.slice(2, bar));
        const b = src.index.get(feature.slice(bar + 1));
        if (a !== undefined && b !== undefined && a < src.known && b < src.known) {
          this.bigrams.set(a * src.known + b, id);
          found = true;
        }
      }
      if (!found) complete = false;
    }
    this.complete = complete;
  }


  private compute(word: string, form: LangForm): WordEntry {
    const ids: number[] = [];
    const weights: number[] = [];
    const { main } = wordFeatures(word, form, this.context, (f, w) => {
      const id = this.index.get(f);
      if (id === undefined || id >= this.known) return;
      const at = ids.indexOf(id);
      if (at < 0) {
        ids.push(id);
        weights.push(w);
      } else if ((weights[at] as number) < w) {
        weights[at] = w;
      }
    });
    const primary = this.index.get(main);
    return { ids: Int32Array.from(ids), weights: Float64Array.from(weights), primary: primary !== undefined && primary < this.known ? primary : -1 };
  }

  /** `fresh`: entries of other words, for this message only (a word may repeat in it) */
  private entry(word: string, form: LangForm, fresh: Map<string, WordEntry>): WordEntry {
    const slots = this.entries.get(word);
    if (slots) return (slots[FORM_SLOT[form]] ??= this.compute(word, form));
    let e = fresh.get(word);
    if (!e) fresh.set(word, (e = this.compute(word, form)));
    return e;
  }

  /**
   * The known features of a message's tokens, as featurizeNormalized + the scorer's filtering
   * would give them; `primaries` receives each word's primary id (-1: unknown).
   */
  featurize(tokens: readonly string[], form: LangForm, primaries: number[]): ActiveFeatures {
    const out = DenseScorer.active();
    const at = new Map<number, number>();
    const add = (id: number, w: number): void => {
      const i = at.get(id);
      if (i === undefined) {
        at.set(id, out.ids.length);
        out.ids.push(id);
        out.values.push(w);
      } else if ((out.values[i] as number) < w) {
        out.values[i] = w;
      }
    };
    let unknown = 0;
    const fresh = new Map<string, WordEntry>(); // dropped on return: words of a message are not kept
    for (let t = 0; t < tokens.length; t += 1) {
      const e = this.entry(tokens[t] as string, form, fresh);
      for (let j = 0; j < e.ids.length; j += 1) add(e.ids[j] as number, e.weights[j] as number);
      primaries[t] = e.primary;
      if (e.primary < 0) unknown += 1;
    }
    if (this.context.opts.bigrams) {
      for (let t = 1; t < tokens.length; t += 1) {
        const a = primaries[t - 1] as number;
        const b = primaries[t] as number;
        if (a < 0 || b < 0) continue;
        const id = this.bigrams.get(a * this.known + b);
        if (id !== undefined) add(id, this.bigramWeight);
      }
    }
    out.unknownPrimaries = unknown;
    return out;
  }
}
