/**
 * One intent model: our featurizer + NLP.js's NeuralNetwork, scored the way NLP.js's NLU does it
 * (unknown-word "nonefeature", intents that share no feature with the input are zeroed, scores
 * squared and normalised) but synchronous and without NLP.js's manager/containers.
 */
import type { LangForm } from "../core/topics.js";
import { DEFAULT_FEATURE_OPTIONS, featuresOfWord, featurizeNormalized, type FeatureContext, type FeatureOptions, type Featurized, type WordFeatures } from "./features.js";
import type { NeuralNetworkJSON, NeuralSettings } from "./nlpjs.js";
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
  /** the words of the training texts (normalised tokens): their features are kept once worked out */
  words?: string[];
  nb?: { intents: string[]; features: string[]; logPrior: number[]; totals: number[]; counts: Array<Array<[number, number]>> };
  nbFeatureCount?: number;
}

const round = (x: number): number => Math.round(x * 1e5) / 1e5;

/** `values` scaled by 1 / ‖values‖₂^power (in place), as training scales each example (nlu-build/train-model.ts). */
function scaleValues(values: number[], power: number): void {
  if (!power) return;
  let sq = 0;
  for (const v of values) sq += v ** 2;
  if (sq <= 0) return;
  const scale = sq ** (-power / 2);
  for (let i = 0; i < values.length; i += 1) values[i] = (values[i] as number) * scale;
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

/** What the model knows of one feature. */
interface KnownFeature {
  /** its position in every output's network weights (-1: not an input of the network) */
  column: number;
  /** the outputs whose intent saw it in training */
  seenBy: number[];
  /** its row of naive-Bayes log-likelihoods, one per intent (-1: the naive Bayes never counted it) */
  nbRow: number;
}

/** NLP.js's network as inference reads it: per output, its weights (one per input feature) and bias. */
interface Network {
  outputs: string[];
  weights: Float32Array[];
  bias: number[];
  alpha: number;
  /** the position of NLP.js's unknown-words input (-1: none) */
  noneColumn: number;
}

/** The naive Bayes as inference reads it (its log-likelihoods are in the feature table). */
interface NaiveBayes {
  logPrior: number[];
  /**
   * the log-likelihood rows of the counted features, one after another (one big array: far less
   * memory than one per feature), in float32 like the network's weights: half the memory, and
   * the classifications of the dev and challenge sets came out byte-identical
   */
  logLikelihood: Float32Array;
  /** per output, its intent's position in the naive Bayes (-1: none) */
  ofOutput: number[];
  /** the blend weight, ramped up by corpus size */
  weight: number;
}

/** The tables inference reads, built from the cache's form on first use. */
interface Tables {
  /** every feature the model knows (the network's and the naive Bayes's): one lookup per feature of a message */
  table: Map<string, KnownFeature>;
  /** NLP.js's unknown-word step */
  nonedeltaBase: number;
  nb: NaiveBayes | undefined;
}

export class IntentModel {
  private readonly concepts: ConceptMatcher | undefined;
  private readonly network: Network;
  /**
   * Built by the first message rather than at load: the parsed cache file is garbage by then,
   * so start-up's peak memory is lower.
   */
  private tables: Tables | undefined;
  private spell: Map<string, string[]> | undefined;
  private featureContext: FeatureContext | undefined;
  /** the words of the training texts (normalised tokens), whose features are kept once worked out */
  private readonly trainingWords: ReadonlySet<string>;
  private readonly knownWords = new Map<string, WordFeatures>();

  private constructor(
    readonly options: ModelOptions,
    readonly net: NeuralNetworkJSON,
    readonly intents: string[],
    /** per intent, the positions in net.features of the features it saw in training */
    private readonly intentFeatures: ReadonlyArray<readonly number[]>,
    /** the naive Bayes's counts as trained (written back to the cache as they are) */
    private readonly nbCounts: IntentModelJSON["nb"],
    readonly examples: number,
    readonly conceptTable: ConceptTable | undefined,
    trainingWords: readonly string[],
  ) {
    this.trainingWords = new Set(trainingWords);
    this.concepts = conceptTable && Object.keys(conceptTable).length ? new ConceptMatcher(conceptTable) : undefined;
    const features = net.features ?? [];
    const n = features.length;
    this.network = {
      outputs: net.intents ?? [],
      // the rows are Float32Arrays (as NeuralNetwork keeps them) with the bias last
      weights: (net.perceptrons ?? []).map((row) => (row instanceof Float32Array ? row.subarray(0, n) : Float32Array.from(row.slice(0, n)))),
      bias: (net.perceptrons ?? []).map((row) => row[n] ?? 0),
      // 0.07: NeuralNetwork's default
      alpha: net.settings?.alpha ?? 0.07,
      noneColumn: features.indexOf(NONE_FEATURE),
    };
  }

  private get inference(): Tables {
    this.tables ??= this.buildTables();
    return this.tables;
  }

  private buildTables(): Tables {
    const table = new Map<string, KnownFeature>();
    const features = this.net.features ?? [];
    const { outputs } = this.network;
    const outputOf = this.intents.map((intent) => outputs.indexOf(intent));
    // Exact-size arrays, counted first: arrays grown by push keep spare room (×50 000 features)
    // and leave garbage behind, which raised the process's peak memory.
    const seen = new Uint16Array(features.length);
    this.intents.forEach((_, i) => {
      if ((outputOf[i] as number) >= 0) for (const column of this.intentFeatures[i] ?? []) seen[column] = (seen[column] as number) + 1;
    });
    const filled = new Uint16Array(features.length);
    this.intents.forEach((_, i) => {
      const o = outputOf[i] as number;
      for (const column of this.intentFeatures[i] ?? []) {
        const f = features[column] as string;
        let known = table.get(f);
        if (!known) table.set(f, (known = { column, seenBy: new Array<number>(seen[column] as number), nbRow: -1 }));
        if (o < 0) continue;
        const at = filled[column] as number;
        known.seenBy[at] = o;
        filled[column] = at + 1;
      }
    });
    const nonedeltaBase = table.size ? this.intents.length / table.size : 1;
    return { table, nonedeltaBase, nb: this.naiveBayesTables(table) };
  }

  /** The naive Bayes's log-likelihoods, from its counts; its features join the table. */
  private naiveBayesTables(table: Map<string, KnownFeature>): NaiveBayes | undefined {
    const counts = this.nbCounts;
    if (!counts) return undefined;
    const alpha = this.options.nbAlpha;
    const logDenom = counts.totals.map((t) => Math.log(t + alpha * (counts.features.length || 1)));
    const nIntents = counts.intents.length;
    const logLikelihood = new Float32Array(counts.features.length * nIntents);
    counts.features.forEach((f, row) => {
      if (!table.has(f)) table.set(f, { column: -1, seenBy: [], nbRow: -1 });
      // a feature not counted with an intent has count 0 there
      logDenom.forEach((d, k) => (logLikelihood[row * nIntents + k] = Math.log(alpha) - d));
    });
    counts.counts.forEach((pairs, k) => {
      for (const [f, c] of pairs) {
        const known = table.get(counts.features[f] ?? "");
        if (!known) continue;
        known.nbRow = f;
        logLikelihood[f * nIntents + k] = Math.log(c + alpha) - (logDenom[k] ?? 0);
      }
    });
    const ramp = Math.min(1, this.examples / Math.max(1, this.options.nbFullAt));
    const nbIntent = new Map(counts.intents.map((intent, k) => [intent, k]));
    return { logPrior: counts.logPrior, logLikelihood, ofOutput: this.network.outputs.map((o) => nbIntent.get(o) ?? -1), weight: this.options.nbWeight * ramp };
  }

  private get context(): FeatureContext {
    this.featureContext ??= {
      opts: this.options.features,
      known: (x) => this.inference.table.has(x),
      concepts: this.concepts,
      correct: this.options.spellMinLength ? (x) => this.correctFeature(x) : undefined,
    };
    return this.featureContext;
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
    for (const feat of this.inference.table.keys()) {
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
      const score = this.inference.table.get(c)?.seenBy.length ?? 0;
      if (score > bestScore || (score === bestScore && best !== undefined && c < best)) {
        best = c;
        bestScore = score;
      }
    }
    return best;
  }

  /** Features of a normalised text as this model sees them. */
  featurize(text: string, form: LangForm): Featurized {
    return featurizeNormalized(text, form, this.context, this.wordsOf);
  }

  /**
   * A word's features depend only on the word, the form and the model: those of the training
   * words are worked out once, on first use, and kept. Any other word is worked out afresh for
   * each message and never kept, so no word a teen wrote stays in memory.
   */
  private readonly wordsOf = (raw: string, form: LangForm, ctx: FeatureContext): WordFeatures => {
    if (!this.trainingWords.has(raw)) return featuresOfWord(raw, form, ctx);
    const key = `${form}\u0000${raw}`;
    let word = this.knownWords.get(key);
    if (!word) this.knownWords.set(key, (word = featuresOfWord(raw, form, ctx)));
    return word;
  };

  /**
   * Scores of all intents, best first, summing to 1, from features made by `featurize` (of this
   * model or one with the same options), the way NLP.js's NLU scores: unknown words feed the
   * "nonefeature"; the network's outputs are zeroed for intents that share no feature with the
   * message, squared and normalised; then blended with the naive Bayes.
   */
  predictFeaturized({ features, primary }: Featurized): IntentScore[] {
    const { table, nonedeltaBase, nb: naiveBayes } = this.inference;
    const known: KnownFeature[] = [];
    const values: number[] = [];
    for (const [key, value] of features) {
      const feature = table.get(key);
      if (!feature) continue;
      known.push(feature);
      values.push(value);
    }
    scaleValues(values, this.options.inputNorm);
    let none = 0;
    if (this.options.noneFeature) {
      // NLP.js's unknown-word value: each unknown word adds a little more than the one before
      let delta = nonedeltaBase;
      for (const p of primary) {
        if (table.has(p)) continue;
        none += delta;
        delta *= 1.2;
      }
    }
    if (known.length === 0 && none === 0) return [{ intent: NONE_INTENT, score: 1 }];
    const { outputs } = this.network;
    const net = this.forward(known, values, none);
    const shared = new Uint8Array(outputs.length);
    for (const feature of known) for (const o of feature.seenBy) shared[o] = 1;
    let total = 0;
    for (let o = 0; o < outputs.length; o += 1) {
      const raw = net[o] as number;
      const s = outputs[o] === NONE_INTENT || shared[o] ? raw * raw : 0;
      net[o] = s;
      total += s;
    }
    const nb = this.naiveBayes(known, values);
    if (total <= 0 && !nb) return [{ intent: NONE_INTENT, score: 1 }];
    const netWeight = total > 0 ? (nb ? 1 - nb.weight : 1) : 0;
    const nbWeight = nb ? (total > 0 ? nb.weight : 1) : 0;
    const scores: IntentScore[] = outputs.map((intent, o) => {
      const k = naiveBayes?.ofOutput[o] ?? -1;
      return { intent, score: netWeight * (total > 0 ? (net[o] as number) / total : 0) + nbWeight * (nb && k >= 0 ? (nb.posterior[k] as number) : 0) };
    });
    return scores.sort((a, b) => b.score - a.score || (a.intent < b.intent ? -1 : 1));
  }

  /** The network's outputs, alpha · max(0, w·x + b) per output (NeuralNetwork.run), the unknown-words input last. */
  private forward(known: readonly KnownFeature[], values: readonly number[], none: number): number[] {
    const { weights, bias, alpha, noneColumn } = this.network;
    const sums = bias.slice();
    const add = (column: number, v: number) => {
      for (let o = 0; o < sums.length; o += 1) sums[o] = (sums[o] as number) + v * ((weights[o] as Float32Array)[column] as number);
    };
    for (let i = 0; i < known.length; i += 1) {
      const { column } = known[i] as KnownFeature;
      if (column >= 0) add(column, values[i] as number);
    }
    if (none > 0 && noneColumn >= 0) add(noneColumn, none);
    for (let o = 0; o < sums.length; o += 1) sums[o] = (sums[o] as number) <= 0 ? 0 : alpha * (sums[o] as number);
    return sums;
  }

  /** The naive Bayes's posterior per intent and its blend weight; undefined when it knows none of the features. */
  private naiveBayes(known: readonly KnownFeature[], values: readonly number[]): { posterior: number[]; weight: number } | undefined {
    const { nb } = this.inference;
    if (!nb) return undefined;
    const ll = nb.logPrior.slice();
    let used = 0;
    for (let i = 0; i < known.length; i += 1) {
      const { nbRow } = known[i] as KnownFeature;
      if (nbRow < 0) continue;
      used += 1;
      const v = values[i] as number;
      const at = nbRow * ll.length;
      for (let k = 0; k < ll.length; k += 1) ll[k] = (ll[k] as number) + v * (nb.logLikelihood[at + k] as number);
    }
    if (!used) return undefined;
    const max = Math.max(...ll);
    const p = ll.map((x) => Math.exp(x - max));
    const sum = p.reduce((a, b) => a + b, 0);
    return { posterior: p.map((x) => x / sum), weight: nb.weight };
  }

  /** Scores of all intents (best first, summing to 1) of a raw text written in `form`. */
  predict(text: string, form: LangForm): IntentScore[] {
    return this.predictFeaturized(this.featurize(normalizeForClassifier(text), form));
  }

  /**
   * The model for the cache file. It is read at every start, so it is kept small: weights as
   * float32 in base64 rather than decimal numbers, and the naive Bayes's feature list (the
   * network's, in the same order) not written twice. Reading it back gives the same numbers.
   */
  toJSON(): IntentModelJSON {
    const { perceptrons, ...net } = this.net;
    const features = net.features ?? [];
    const nb = this.nbCounts;
    const nbShared = nb !== undefined && nb.features.every((f, i) => features[i] === f);
    return {
      options: this.options,
      intents: this.intents,
      intentFeatures: this.intentFeatures.map((columns) => [...columns]),
      net,
      weights: (perceptrons ?? []).map((p) => Buffer.from(Float32Array.from(p, round).buffer).toString("base64")),
      examples: this.examples,
      ...(this.conceptTable ? { concepts: this.conceptTable } : {}),
      words: [...this.trainingWords],
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
    return new IntentModel(json.options, net, json.intents, json.intentFeatures, nb, json.examples, json.concepts, json.words ?? []);
  }
}
