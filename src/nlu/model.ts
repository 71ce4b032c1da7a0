/**
 * One intent model: our featurizer + NLP.js's NeuralNetwork, scored the way NLP.js's NLU does it
 * (unknown-word "nonefeature", intents that share no feature with the input are zeroed, scores
 * squared and normalised) but synchronous and without NLP.js's manager/containers.
 */
import type { LangForm } from "../core/topics.js";
import { DEFAULT_FEATURE_OPTIONS, featurizeNormalized, type FeatureContext, type FeatureOptions, type Featurized } from "./features.js";
import type { FeatureBag, NeuralNetworkJSON, NeuralSettings } from "./nlpjs.js";
import { normalizeForClassifier } from "./normalize.js";
import { ConceptMatcher, type ConceptTable } from "./concepts.js";

export const NONE_INTENT = "None";
/** NLP.js's input for "words the model does not know" */
const NONE_FEATURE = "nonefeature";

export interface ModelOptions {
  features: FeatureOptions;
  /** weight of a multinomial naive-Bayes posterior blended with the network's scores (0: off) */
  nbWeight: number;
  /** naive-Bayes smoothing */
  nbAlpha: number;
  /** the naive-Bayes weight ramps up linearly to nbWeight at this many training examples (its counts are noisy on tiny corpora) */
  nbFullAt: number;
  /** the network's input bag is divided by its L2 norm to this power (0: raw values, 1: unit length) */
  inputNorm: number;
  /** NLP.js's unknown-words feature that pulls towards `None`. */
  noneFeature: boolean;
  /**
   * learning rate = clamp(lrScale / examples, neural.learningRate bounds): larger corpora take
   * smaller steps (each epoch makes one update per example). 0: use neural.learningRate as is.
   */
  lrScale: number;
  lrMin: number;
  lrMax: number;
  /** correct an unknown word to a known one at edit distance 1 (stems of ≥ this many letters; 0: off) */
  spellMinLength: number;
  neural: NeuralSettings;
}

export const DEFAULT_MODEL_OPTIONS: ModelOptions = {
  features: DEFAULT_FEATURE_OPTIONS,
  nbWeight: 0.3,
  nbAlpha: 0.3,
  nbFullAt: 1000,
  inputNorm: 0,
  noneFeature: true,
  lrScale: 100,
  lrMin: 0.05,
  lrMax: 0.6,
  spellMinLength: 5,
  neural: { iterations: 200, errorThresh: 0.00005, deltaErrorThresh: 0.000001, learningRate: 0.05, momentum: 0.5, alpha: 0.03, log: false },
};

export interface IntentScore {
  intent: string;
  score: number;
}

export interface IntentModelJSON {
  options: ModelOptions;
  intents: string[];
  /** per intent, indices (into net.features) of the features seen with it in training */
  intentFeatures: number[][];
  /** the network, its weights (`perceptrons`) moved to `weights` */
  net: NeuralNetworkJSON;
  /** per output, its weights then its bias, as little-endian float32 in base64 (what NeuralNetwork keeps in memory anyway) */
  weights?: string[];
  examples: number;
  concepts?: ConceptTable;
  /**
   * naive Bayes: its features; per intent, log prior, [feature index, count] pairs and total count.
   * In the cache file `features` is left out when it is the start of net.features (as it is when
   * trained here): `nbFeatureCount` says how many.
   */
  nb?: { intents: string[]; features: string[]; logPrior: number[]; totals: number[]; counts: Array<Array<[number, number]>> };
  nbFeatureCount?: number;
}

const round = (x: number): number => Math.round(x * 1e5) / 1e5;

/** `bag` scaled by 1 / ‖bag‖₂^power (in place). */
export function normalizeBag(bag: FeatureBag, power: number): FeatureBag {
  if (!power) return bag;
  let sq = 0;
  for (const k in bag) sq += (bag[k] ?? 0) ** 2;
  if (sq <= 0) return bag;
  const scale = sq ** (-power / 2);
  for (const k in bag) bag[k] = (bag[k] ?? 0) * scale;
  return bag;
}

/** Damerau–Levenshtein distance ≤ 1 (one insertion, deletion, substitution or swap). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i += 1;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** NLP.js's network as inference reads it: per output, its weights (one per input feature) and bias. */
interface Network {
  /** input feature → its position in every output's weights */
  column: Map<string, number>;
  outputs: string[];
  weights: Float32Array[];
  bias: number[];
  alpha: number;
}

/** The naive Bayes as inference reads it: per counted feature, its log-likelihood under each intent. */
interface NaiveBayes {
  intents: string[];
  logPrior: number[];
  logLikelihood: Map<string, Float64Array>;
  /** the blend weight, ramped up by corpus size */
  weight: number;
}

export class IntentModel {
  /** features the model knows (the network's and the naive Bayes's) */
  private readonly vocabulary: Set<string>;
  private readonly intentFeatures: Map<string, Set<string>>;
  private readonly nonedeltaBase: number;
  private readonly concepts: ConceptMatcher | undefined;
  readonly intents: string[];
  private readonly network: Network;
  /** as trained (written back to the cache as is) */
  private nbCounts: IntentModelJSON["nb"];
  private nb: NaiveBayes | undefined;
  private spell: Map<string, string[]> | undefined;

  private constructor(
    readonly options: ModelOptions,
    readonly net: NeuralNetworkJSON,
    intentFeatures: Map<string, Set<string>>,
    readonly examples: number,
    readonly conceptTable: ConceptTable | undefined,
  ) {
    this.concepts = conceptTable && Object.keys(conceptTable).length ? new ConceptMatcher(conceptTable) : undefined;
    this.intentFeatures = intentFeatures;
    this.vocabulary = new Set();
    for (const set of intentFeatures.values()) for (const f of set) this.vocabulary.add(f);
    this.intents = [...intentFeatures.keys()];
    this.nonedeltaBase = this.vocabulary.size ? this.intents.length / this.vocabulary.size : 1;
    const features = net.features ?? [];
    const n = features.length;
    this.network = {
      column: new Map(features.map((f, i) => [f, i])),
      outputs: net.intents ?? [],
      // the rows are Float32Arrays (as NeuralNetwork keeps them) with the bias last
      weights: (net.perceptrons ?? []).map((row) => (row instanceof Float32Array ? row.subarray(0, n) : Float32Array.from(row.slice(0, n)))),
      bias: (net.perceptrons ?? []).map((row) => row[n] ?? 0),
      // 0.07: NeuralNetwork's default
      alpha: net.settings?.alpha ?? 0.07,
    };
  }

  private setNaiveBayes(counts: IntentModelJSON["nb"]): void {
    this.nbCounts = counts;
    this.nb = undefined;
    if (!counts) return;
    for (const f of counts.features) this.vocabulary.add(f);
    const alpha = this.options.nbAlpha;
    const logDenom = counts.totals.map((t) => Math.log(t + alpha * (counts.features.length || 1)));
    const logLikelihood = new Map<string, Float64Array>();
    counts.counts.forEach((pairs, k) => {
      for (const [f, c] of pairs) {
        const feature = counts.features[f];
        if (feature === undefined) continue;
        let row = logLikelihood.get(feature);
        if (!row) {
          // a feature not counted with an intent has count 0 there
          row = Float64Array.from(logDenom, (d) => Math.log(alpha) - d);
          logLikelihood.set(feature, row);
        }
        row[k] = Math.log(c + alpha) - (logDenom[k] ?? 0);
      }
    });
    const ramp = Math.min(1, this.examples / Math.max(1, this.options.nbFullAt));
    this.nb = { intents: counts.intents, logPrior: counts.logPrior, logLikelihood, weight: this.options.nbWeight * ramp };
  }

  private featureContext(): FeatureContext {
    return {
      opts: this.options.features,
      known: (x) => this.vocabulary.has(x),
      concepts: this.concepts,
      correct: this.options.spellMinLength ? (x) => this.correctFeature(x) : undefined,
    };
  }

  /** Deletion index (SymSpell-style) of the known word features, built on first use. */
  private spellIndex(): Map<string, string[]> {
    if (this.spell) return this.spell;
    const index = new Map<string, string[]>();
    const put = (k: string, word: string): void => {
      const list = index.get(k);
      if (!list) index.set(k, [word]);
      else if (!list.includes(word)) list.push(word);
    };
    for (const feat of this.vocabulary) {
      if (!/^[el]:/u.test(feat)) continue;
      const w = feat.slice(2);
      if (w.length < this.options.spellMinLength) continue;
      put(feat, feat);
      for (let i = 0; i < w.length; i += 1) put(feat.slice(0, 2) + w.slice(0, i) + w.slice(i + 1), feat);
    }
    this.spell = index;
    return index;
  }

  /** A known feature at Damerau–Levenshtein distance 1 from an unknown word feature. */
  private correctFeature(feat: string): string | undefined {
    const min = this.options.spellMinLength;
    if (!min || !/^[el]:/u.test(feat) || feat.length - 2 < min) return undefined;
    const index = this.spellIndex();
    const prefix = feat.slice(0, 2);
    const w = feat.slice(2);
    const candidates = new Set<string>(index.get(feat) ?? []);
    for (let i = 0; i < w.length; i += 1) {
      for (const c of index.get(prefix + w.slice(0, i) + w.slice(i + 1)) ?? []) candidates.add(c);
    }
    let best: string | undefined;
    let bestScore = -1;
    for (const c of candidates) {
      if (!withinOneEdit(w, c.slice(2))) continue;
      const score = this.intents.reduce((n, i) => n + (this.intentFeatures.get(i)?.has(c) ? 1 : 0), 0);
      if (score > bestScore || (score === bestScore && best !== undefined && c < best)) {
        best = c;
        bestScore = score;
      }
    }
    return best;
  }

  /** Features of a normalised text as this model sees them. */
  featurize(text: string, form: LangForm, extra?: FeatureBag): Featurized {
    const { opts, known, concepts, correct } = this.featureContext();
    const f = featurizeNormalized(text, form, opts, known, concepts, correct);
    if (extra) Object.assign(f.features, extra);
    return f;
  }

  /** Scores of all intents (best first, summing to 1), from a normalised text. */
  predictNormalized(text: string, form: LangForm, extra?: FeatureBag): IntentScore[] {
    return this.predictFeaturized(this.featurize(text, form, extra));
  }

  /**
   * Scores of all intents, best first, summing to 1, from features made by `featurize` (of this
   * model or one with the same options), the way NLP.js's NLU scores: unknown words feed the
   * "nonefeature"; the network's outputs are zeroed for intents that share no feature with the
   * message, squared and normalised; then blended with the naive Bayes.
   */
  predictFeaturized({ features, primary }: Featurized): IntentScore[] {
    const input: FeatureBag = {};
    let known = 0;
    for (const key in features) {
      if (!this.vocabulary.has(key)) continue;
      input[key] = features[key] ?? 0;
      known += 1;
    }
    normalizeBag(input, this.options.inputNorm);
    if (this.options.noneFeature) {
      let unknown = 0;
      for (const p of primary) if (!this.vocabulary.has(p)) unknown += 1;
      // NLP.js's unknown-word value: each unknown word adds a little more than the one before
      let delta = this.nonedeltaBase;
      let value = 0;
      for (let i = 0; i < unknown; i += 1) {
        value += delta;
        delta *= 1.2;
      }
      if (unknown > 0) {
        input[NONE_FEATURE] = value;
        known += 1;
      }
    }
    if (known === 0) return [{ intent: NONE_INTENT, score: 1 }];
    const keys = Object.keys(input);
    const { outputs } = this.network;
    const net = this.forward(input);
    outputs.forEach((intent, o) => {
      const raw = net[o] as number;
      const set = this.intentFeatures.get(intent);
      const shares = intent === NONE_INTENT || (raw > 0 && set !== undefined && keys.some((k) => set.has(k)));
      net[o] = shares ? raw * raw : 0;
    });
    const total = net.reduce((a, b) => a + b, 0);
    const nb = this.naiveBayes(input);
    if (total <= 0 && !nb) return [{ intent: NONE_INTENT, score: 1 }];
    const netWeight = total > 0 ? (nb ? 1 - nb.weight : 1) : 0;
    const nbWeight = nb ? (total > 0 ? nb.weight : 1) : 0;
    const scores: IntentScore[] = outputs.map((intent, o) => ({
      intent,
      score: netWeight * (total > 0 ? (net[o] as number) / total : 0) + nbWeight * (nb?.posterior.get(intent) ?? 0),
    }));
    return scores.sort((a, b) => b.score - a.score || (a.intent < b.intent ? -1 : 1));
  }

  /** The network's outputs, alpha · max(0, w·x + b) per output (NeuralNetwork.run). */
  private forward(input: FeatureBag): number[] {
    const { column, weights, bias, alpha } = this.network;
    const sums = bias.slice();
    for (const key in input) {
      const col = column.get(key);
      if (col === undefined) continue;
      const v = input[key] ?? 0;
      for (let o = 0; o < sums.length; o += 1) sums[o] = (sums[o] as number) + v * ((weights[o] as Float32Array)[col] as number);
    }
    return sums.map((sum) => (sum <= 0 ? 0 : alpha * sum));
  }

  /** The naive Bayes's posterior per intent and its blend weight; undefined when it knows none of the features. */
  private naiveBayes(input: FeatureBag): { posterior: Map<string, number>; weight: number } | undefined {
    const nb = this.nb;
    if (!nb) return undefined;
    const ll = nb.logPrior.slice();
    let used = 0;
    for (const key in input) {
      const row = nb.logLikelihood.get(key);
      if (!row) continue;
      used += 1;
      const v = input[key] ?? 0;
      for (let k = 0; k < ll.length; k += 1) ll[k] = (ll[k] as number) + v * (row[k] as number);
    }
    if (!used) return undefined;
    const max = Math.max(...ll);
    const p = ll.map((x) => Math.exp(x - max));
    const sum = p.reduce((a, b) => a + b, 0);
    return { posterior: new Map(nb.intents.map((intent, k) => [intent, (p[k] as number) / sum])), weight: nb.weight };
  }

  predict(text: string, form: LangForm, extra?: FeatureBag): IntentScore[] {
    return this.predictNormalized(normalizeForClassifier(text), form, extra);
  }

  /**
   * The model for the cache file. It is read at every start, so it is kept small: weights as
   * float32 in base64 rather than decimal numbers, and the naive Bayes's feature list (the
   * network's, in the same order) not written twice. Reading it back gives the same numbers.
   */
  toJSON(): IntentModelJSON {
    const { perceptrons, ...net } = this.net;
    const features = net.features ?? [];
    const index = new Map<string, number>();
    features.forEach((f, i) => index.set(f, i));
    const nb = this.nbCounts;
    const nbShared = nb !== undefined && nb.features.every((f, i) => features[i] === f);
    return {
      options: this.options,
      intents: this.intents,
      intentFeatures: this.intents.map((i) => [...(this.intentFeatures.get(i) ?? [])].map((f) => index.get(f) ?? -1).filter((x) => x >= 0)),
      net,
      weights: (perceptrons ?? []).map((p) => Buffer.from(Float32Array.from(p, round).buffer).toString("base64")),
      examples: this.examples,
      ...(this.conceptTable ? { concepts: this.conceptTable } : {}),
      ...(nb && nbShared ? { nb: { ...nb, features: [] }, nbFeatureCount: nb.features.length } : nb ? { nb } : {}),
    };
  }

  static fromJSON(json: IntentModelJSON): IntentModel {
    const net: NeuralNetworkJSON = { ...json.net };
    if (json.weights) {
      net.perceptrons = json.weights.map((b64) => {
        const bytes = Buffer.from(b64, "base64");
        const row = new Float32Array(bytes.byteLength / 4);
        new Uint8Array(row.buffer).set(bytes); // a copy: a small Buffer may sit unaligned in Node's pool
        return row as unknown as number[];
      });
    }
    const features = net.features ?? [];
    const nb = json.nb && json.nbFeatureCount !== undefined ? { ...json.nb, features: features.slice(0, json.nbFeatureCount) } : json.nb;
    const intentFeatures = new Map<string, Set<string>>();
    json.intents.forEach((intent, i) => {
      intentFeatures.set(intent, new Set((json.intentFeatures[i] ?? []).map((k) => features[k] ?? "")));
    });
    const model = new IntentModel(json.options, net, intentFeatures, json.examples, json.concepts);
    model.setNaiveBayes(nb);
    return model;
  }
}
