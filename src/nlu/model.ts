/**
 * One intent model: our featurizer + NLP.js's NeuralNetwork, scored the way NLP.js's NLU does it
 * (unknown-word "nonefeature", intents that share no feature with the input are zeroed, scores
 * squared and normalised) but synchronous and without NLP.js's manager/containers.
 */
import type { LangForm } from "../core/topics.js";
import { DEFAULT_FEATURE_OPTIONS, featurizeNormalized, type FeatureContext, type FeatureOptions, type Featurized } from "./features.js";
import { FastNeuralNetwork, NeuralNetwork, type FeatureBag, type NeuralNetworkInstance, type NeuralNetworkJSON, type NeuralSettings } from "./nlpjs.js";
import { normalizeForClassifier, tokenize } from "./normalize.js";
import { ConceptMatcher, type ConceptTable } from "./concepts.js";
import { DenseScorer, type ActiveFeatures } from "./dense-scorer.js";
import { WordTable } from "./word-table.js";

export const NONE_INTENT = "None";

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

export interface TrainExample {
  text: string;
  intent: string;
  /** form the text is written in; featurization depends on it */
  form: LangForm;
  /** extra features (e.g. which urgency rules fired) */
  extra?: FeatureBag;
}

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
  /** the words of the training texts (normalised), whose features inference keeps once worked out */
  words?: string[];
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
function normalizeBag(bag: FeatureBag, power: number): FeatureBag {
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

export class IntentModel {
  /** the NLP.js network; from the cache it is built only when asked for (training, the reference path) */
  private netInstance: NeuralNetworkInstance | undefined;
  /** the network as loaded from the cache (the scorer is built from this directly) */
  private readonly netJSON: NeuralNetworkJSON | undefined;
  /** features the model knows (the network's and the naive Bayes's) */
  private readonly vocabulary: Set<string>;
  private readonly intentFeatures: Map<string, Set<string>>;
  private readonly nonedeltaBase: number;
  private readonly concepts: ConceptMatcher | undefined;
  readonly intents: string[];
  private nb: IntentModelJSON["nb"];
  private spell: Map<string, string[]> | undefined;
  /** inference tables, built on first use (after the naive Bayes is set) */
  private dense: DenseScorer | undefined;
  private words: WordTable | undefined;

  private constructor(
    readonly options: ModelOptions,
    net: NeuralNetworkInstance | { json: NeuralNetworkJSON },
    intentFeatures: Map<string, Set<string>>,
    readonly examples: number,
    readonly conceptTable: ConceptTable | undefined,
    readonly trainingWords: readonly string[],
  ) {
    this.concepts = conceptTable && Object.keys(conceptTable).length ? new ConceptMatcher(conceptTable) : undefined;
    if ("json" in net) this.netJSON = net.json;
    else this.netInstance = net;
    this.intentFeatures = intentFeatures;
    this.vocabulary = new Set();
    for (const set of intentFeatures.values()) for (const f of set) this.vocabulary.add(f);
    this.intents = [...intentFeatures.keys()];
    this.nonedeltaBase = this.vocabulary.size ? this.intents.length / this.vocabulary.size : 1;
  }

  private get net(): NeuralNetworkInstance {
    if (!this.netInstance) {
      const net = new NeuralNetwork();
      net.fromJSON(this.netJSON as NeuralNetworkJSON);
      this.netInstance = net;
    }
    return this.netInstance;
  }

  /**
   * The network's JSON form as NeuralNetwork itself would give it back: loaded weights pass
   * through its Float32Array (hence fround), the bias does not. Building the scorer from this
   * skips building the network at start-up, with the very same numbers.
   */
  private netAsJSON(): NeuralNetworkJSON {
    const json = this.netJSON;
    if (!json) return this.net.toJSON();
    const n = json.features?.length ?? 0;
    return {
      settings: json.settings,
      features: json.features ?? [],
      intents: json.intents ?? [],
      perceptrons: (json.perceptrons ?? []).map((row) => {
        const out = new Array<number>(n + 1);
        for (let j = 0; j < n; j += 1) out[j] = Math.fround(row[j] ?? 0);
        out[n] = row[row.length - 1] ?? 0;
        return out;
      }),
    };
  }

  private setNaiveBayes(nb: IntentModelJSON["nb"]): void {
    this.nb = nb;
    this.dense = undefined;
    this.words = undefined;
    if (nb) for (const f of nb.features) this.vocabulary.add(f);
  }

  /**
   * The model as flat tables (DenseScorer): built from the network's own JSON form, so it is
   * exactly the model NeuralNetwork would run, and from the naive Bayes's counts.
   */
  get scorer(): DenseScorer {
    if (this.dense) return this.dense;
    // the scorer keeps the weights in a Float32Array, as NeuralNetwork does: no need to copy them first
    const json = this.netJSON ?? this.net.toJSON();
    const nb = this.nb;
    this.dense = new DenseScorer({
      vocabulary: [...this.vocabulary],
      netFeatures: json.features ?? [],
      outNames: json.intents ?? [],
      perceptrons: json.perceptrons ?? [],
      // 0.07: NeuralNetwork's default, which fromJSON would fill in
      alpha: (this.netJSON ? this.netJSON.settings?.alpha : this.net.settings.alpha) ?? 0.07,
      intentFeatures: this.intentFeatures,
      noneIntent: NONE_INTENT,
      noneFeature: this.options.noneFeature,
      nonedeltaBase: this.nonedeltaBase,
      inputNorm: this.options.inputNorm ?? 0,
      ...(nb
        ? { nb: { ...nb, alpha: this.options.nbAlpha, weight: this.options.nbWeight * Math.min(1, this.examples / Math.max(1, this.options.nbFullAt ?? 1)) } }
        : {}),
    });
    return this.dense;
  }

  /** featurize for the scorer, word by word (see word-table.ts) */
  get wordTable(): WordTable {
    if (this.words) return this.words;
    const scorer = this.scorer;
    this.words = new WordTable({ context: this.featureContext(), index: scorer.index, known: scorer.known, trainingWords: this.trainingWords });
    return this.words;
  }

  private featureContext(): FeatureContext {
    return {
      opts: this.options.features,
      known: (x) => this.vocabulary.has(x),
      concepts: this.concepts,
      correct: this.options.spellMinLength ? (x) => this.correctFeature(x) : undefined,
    };
  }

  /** A feature bag as the scorer's input: known features in bag order, unknown ones dropped. */
  private activeFeatures(bag: FeatureBag, unknownPrimaries: number): ActiveFeatures {
    const scorer = this.scorer;
    const active = DenseScorer.active();
    for (const key in bag) {
      const id = scorer.index.get(key);
      if (id !== undefined && id < scorer.known) {
        active.ids.push(id);
        active.values.push(bag[key] ?? 0);
      }
    }
    active.unknownPrimaries = unknownPrimaries;
    return active;
  }

  /** The fast network run (for tests: must equal NeuralNetwork.run). */
  runFast(input: FeatureBag): Record<string, number> {
    const scorer = this.scorer;
    const active = DenseScorer.active();
    for (const key in input) {
      const id = scorer.index.get(key);
      if (id !== undefined) {
        active.ids.push(id);
        active.values.push(input[key] ?? 0);
      }
    }
    const raw = scorer.forward(active);
    const out: Record<string, number> = {};
    scorer.outNames.forEach((name, o) => {
      out[name] = raw[o] ?? 0;
    });
    return out;
  }

  /** The network's own run (for tests: must equal the fast path). */
  runNeuralNetwork(input: FeatureBag): Record<string, number> {
    return { ...(this.net.run(input) ?? {}) };
  }

  static train(examples: readonly TrainExample[], options: ModelOptions = DEFAULT_MODEL_OPTIONS, conceptTable?: ConceptTable): IntentModel {
    const concepts = conceptTable && Object.keys(conceptTable).length ? new ConceptMatcher(conceptTable) : undefined;
    const corpus: Array<{ input: FeatureBag; output: Record<string, number> }> = [];
    const nbCorpus: Array<{ input: FeatureBag; intent: string }> = [];
    const intentFeatures = new Map<string, Set<string>>();
    const words = new Set<string>();
    for (const ex of examples) {
      const norm = normalizeForClassifier(ex.text);
      for (const w of tokenize(norm)) words.add(w);
      const { features } = featurizeNormalized(norm, ex.form, options.features, undefined, concepts);
      if (ex.extra) Object.assign(features, ex.extra);
      if (Object.keys(features).length === 0) continue;
      nbCorpus.push({ input: features, intent: ex.intent });
      const input = normalizeBag({ ...features }, options.inputNorm);
      if (Object.keys(input).length === 0) continue;
      corpus.push({ input, output: { [ex.intent]: 1 } });
      let set = intentFeatures.get(ex.intent);
      if (!set) intentFeatures.set(ex.intent, (set = new Set()));
      for (const f of Object.keys(input)) set.add(f);
    }
    if (options.noneFeature) corpus.push({ input: { nonefeature: 1 }, output: { [NONE_INTENT]: 1 } });
    const learningRate = options.lrScale
      ? Math.min(options.lrMax, Math.max(options.lrMin, options.lrScale / Math.max(1, corpus.length)))
      : options.neural.learningRate;
    const net = new FastNeuralNetwork({ ...options.neural, ...(learningRate !== undefined ? { learningRate } : {}), log: false });
    if (corpus.length) net.train(corpus);
    const model = new IntentModel(options, net, intentFeatures, corpus.length, conceptTable, [...words].sort());
    if (options.nbWeight > 0) {
      const intents = [...intentFeatures.keys()];
      const idx = new Map(intents.map((n, i) => [n, i]));
      const featIdx = new Map<string, number>();
      const docs = new Array<number>(intents.length).fill(0);
      const totals = new Array<number>(intents.length).fill(0);
      const counts = intents.map(() => new Map<number, number>());
      for (const item of nbCorpus) {
        const o = idx.get(item.intent);
        if (o === undefined) continue;
        docs[o] = (docs[o] ?? 0) + 1;
        for (const [key, v] of Object.entries(item.input)) {
          let f = featIdx.get(key);
          if (f === undefined) featIdx.set(key, (f = featIdx.size));
          const m = counts[o];
          m?.set(f, (m.get(f) ?? 0) + v);
          totals[o] = (totals[o] ?? 0) + v;
        }
      }
      const nDocs = docs.reduce((x, y) => x + y, 0) || 1;
      model.setNaiveBayes({
        intents,
        features: [...featIdx.keys()],
        logPrior: docs.map((d) => Math.log((d || 1) / nDocs)),
        totals: totals.map(round),
        counts: counts.map((m) => [...m.entries()].map(([f, c]) => [f, round(c)] as [number, number])),
      });
    }
    return model;
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

  /** Scores from features made by `featurize` (of this model or one with the same options). */
  predictFeaturized({ features, primary }: Featurized): IntentScore[] {
    let unknown = 0;
    for (const p of primary) if (!this.vocabulary.has(p)) unknown += 1;
    return this.scoresFromActive(this.activeFeatures(features, unknown));
  }

  /** Scores of all intents, best first, from the scorer's input (which it may modify). */
  scoresFromActive(active: ActiveFeatures): IntentScore[] {
    const scorer = this.scorer;
    const scores = scorer.score(active);
    if (!scores) return [{ intent: NONE_INTENT, score: 1 }];
    const out: IntentScore[] = scorer.outNames.map((intent, o) => ({ intent, score: scores[o] ?? 0 }));
    out.sort((a, b) => b.score - a.score || (a.intent < b.intent ? -1 : 1));
    return out;
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
    const { perceptrons, ...net } = this.netAsJSON();
    const features = net.features ?? [];
    const index = new Map<string, number>();
    features.forEach((f, i) => index.set(f, i));
    const nb = this.nb;
    const nbShared = nb !== undefined && nb.features.every((f, i) => features[i] === f);
    return {
      options: this.options,
      intents: this.intents,
      intentFeatures: this.intents.map((i) => [...(this.intentFeatures.get(i) ?? [])].map((f) => index.get(f) ?? -1).filter((x) => x >= 0)),
      net,
      weights: (perceptrons ?? []).map((p) => Buffer.from(Float32Array.from(p, round).buffer).toString("base64")),
      examples: this.examples,
      ...(this.conceptTable ? { concepts: this.conceptTable } : {}),
      words: [...this.trainingWords],
      ...(nb && nbShared ? { nb: { ...nb, features: [] }, nbFeatureCount: nb.features.length } : nb ? { nb } : {}),
    };
  }

  static fromJSON(json: IntentModelJSON): IntentModel {
    if (json.weights) {
      json.net.perceptrons = json.weights.map((b64) => {
        const bytes = Buffer.from(b64, "base64");
        const row = new Float32Array(bytes.byteLength / 4);
        new Uint8Array(row.buffer).set(bytes); // a copy: a small Buffer may sit unaligned in Node's pool
        return row as unknown as number[];
      });
      delete json.weights;
    }
    if (json.nb && json.nbFeatureCount !== undefined) json.nb.features = (json.net.features ?? []).slice(0, json.nbFeatureCount);
    const features = json.net.features ?? [];
    const intentFeatures = new Map<string, Set<string>>();
    json.intents.forEach((intent, i) => {
      intentFeatures.set(intent, new Set((json.intentFeatures[i] ?? []).map((k) => features[k] ?? "")));
    });
    const model = new IntentModel(json.options, { json: json.net }, intentFeatures, json.examples, json.concepts, json.words ?? []);
    model.setNaiveBayes(json.nb);
    return model;
  }
}
