/**
 * An IntentModel's inference on flat typed arrays: every feature the model knows gets an integer
 * id once, at load; a message is then a short list of (id, value) pairs and scoring sums rows
 * of precomputed tables, with no string keys, Maps or objects per call.
 *
 * The arithmetic is IntentModel's, operation for operation and in the same order (features in
 * the order they were first added to the bag, the "nonefeature" last), so the scores are the
 * same doubles, not merely close ones.
 */

export const NONE_FEATURE = "nonefeature";

/** The trained parts of an IntentModel that inference reads. */
export interface DenseScorerSource {
  /** every known feature (the network's and the naive Bayes's); ids are positions in this list */
  vocabulary: readonly string[];
  /** the network: its input features, output intents, per-output weights (bias last) and alpha */
  netFeatures: readonly string[];
  outNames: readonly string[];
  perceptrons: ReadonlyArray<ArrayLike<number>>;
  alpha: number;
  /** per intent, the features seen with it in training */
  intentFeatures: ReadonlyMap<string, ReadonlySet<string>>;
  noneIntent: string;
  noneFeature: boolean;
  nonedeltaBase: number;
  inputNorm: number;
  /** naive Bayes (undefined: off) */
  nb?: {
    intents: readonly string[];
    features: readonly string[];
    logPrior: readonly number[];
    totals: readonly number[];
    counts: ReadonlyArray<ReadonlyArray<readonly [number, number]>>;
    alpha: number;
    /** the blend weight, already ramped by corpus size */
    weight: number;
  };
}

/** Features of one message as vocabulary ids, in the order they were first added. */
export interface ActiveFeatures {
  ids: number[];
  values: number[];
  /** primary features (one per word) the model does not know */
  unknownPrimaries: number;
}

export class DenseScorer {
  readonly vocabulary: readonly string[];
  /** vocabulary ids, plus NONE_FEATURE (id `noneId`) when the network has it */
  readonly index: Map<string, number>;
  /** ids below this are known features */
  readonly known: number;
  readonly noneId: number;
  readonly outNames: readonly string[];
  readonly nOut: number;
  private readonly isNone: Uint8Array;
  /** network: column of each vocabulary id (-1: not a network input), weights[col * nOut + o] */
  private readonly netCol: Int32Array;
  private readonly weights: Float32Array;
  private readonly biases: Float32Array;
  private readonly alpha: number;
  /**
   * bit o of member[id * memberWords + (o >> 5)]: output o's intent saw feature id in training;
   * hasSet[o]: it has a feature set
   */
  private readonly member: Uint32Array;
  private readonly memberWords: number;
  private readonly hasSet: Uint8Array;
  private readonly noneFeature: boolean;
  private readonly nonedeltaBase: number;
  private readonly inputNorm: number;
  /** naive Bayes: row of each vocabulary id (-1: unknown to it), log-likelihood rows ll[row * nNb + k] */
  private readonly nbRow: Int32Array;
  private readonly nbLL: Float64Array;
  private readonly nbLogPrior: number[];
  private readonly nNb: number;
  private readonly outToNb: Int32Array;
  private readonly nbWeight: number;
  readonly hasNb: boolean;
  readonly noneIndex: number;

  constructor(src: DenseScorerSource) {
    this.vocabulary = src.vocabulary;
    this.index = new Map(src.vocabulary.map((f, i) => [f, i]));
    this.known = src.vocabulary.length;
    if (!this.index.has(NONE_FEATURE)) this.index.set(NONE_FEATURE, this.index.size);
    this.noneId = this.index.get(NONE_FEATURE) as number;
    const V = this.index.size;
    this.outNames = src.outNames;
    const nOut = src.outNames.length;
    this.nOut = nOut;
    this.isNone = Uint8Array.from(src.outNames, (n) => (n === src.noneIntent ? 1 : 0));
    this.noneIndex = src.outNames.indexOf(src.noneIntent);

    const nf = src.netFeatures.length;
    this.netCol = new Int32Array(V).fill(-1);
    src.netFeatures.forEach((f, col) => {
      const id = this.index.get(f);
      if (id !== undefined) this.netCol[id] = col;
    });
    this.weights = new Float32Array(nf * nOut);
    this.biases = new Float32Array(nOut);
    src.perceptrons.forEach((p, o) => {
      for (let f = 0; f < nf; f += 1) this.weights[f * nOut + o] = p[f] ?? 0;
      this.biases[o] = p[nf] ?? 0;
    });
    this.alpha = src.alpha;

    this.memberWords = Math.ceil(nOut / 32);
    this.member = new Uint32Array(V * this.memberWords);
    this.hasSet = new Uint8Array(nOut);
    src.outNames.forEach((name, o) => {
      const set = src.intentFeatures.get(name);
      if (!set) return;
      this.hasSet[o] = 1;
      for (const f of set) {
        const id = this.index.get(f);
        if (id === undefined) continue;
        const k = id * this.memberWords + (o >> 5);
        this.member[k] = (this.member[k] as number) | (1 << (o & 31));
      }
    });
    this.noneFeature = src.noneFeature;
    this.nonedeltaBase = src.nonedeltaBase;
    this.inputNorm = src.inputNorm;

    const nb = src.nb;
    this.hasNb = !!nb;
    this.nNb = nb ? nb.intents.length : 0;
    this.nbRow = new Int32Array(V).fill(-1);
    this.outToNb = new Int32Array(nOut).fill(-1);
    this.nbWeight = nb ? nb.weight : 0;
    if (!nb) {
      this.nbLL = new Float64Array(0);
      this.nbLogPrior = [];
      return;
    }
    const nNb = this.nNb;
    const vocabSize = nb.features.length || 1;
    const logDenom = nb.totals.map((t) => Math.log(t + nb.alpha * vocabSize));
    // log((count + alpha) / denominator) per feature and NB intent, as the naive Bayes computed it
    // per call; a zero count gives log(alpha) - log(denominator), so only counted pairs need a log
    const logAlpha = Math.log(nb.alpha);
    const zeroRow = Float64Array.from(logDenom, (d) => logAlpha - d);
    const nFeat = nb.features.length;
    this.nbLL = new Float64Array(nFeat * nNb);
    const counted = new Uint8Array(nFeat);
    for (let f = 0; f < nFeat; f += 1) this.nbLL.set(zeroRow, f * nNb);
    nb.counts.forEach((pairs, k) => {
      for (const [f, c] of pairs) {
        if (!(f >= 0 && f < nFeat)) continue;
        this.nbLL[f * nNb + k] = Math.log(c + nb.alpha) - (logDenom[k] ?? 0);
        counted[f] = 1;
      }
    });
    // features without a count are not the naive Bayes's (they do not count as "used")
    nb.features.forEach((key, f) => {
      const id = this.index.get(key);
      if (id !== undefined && counted[f]) this.nbRow[id] = f;
    });
    this.nbLogPrior = nb.logPrior.slice();
    const nbIndex = new Map(nb.intents.map((n, k) => [n, k]));
    src.outNames.forEach((name, o) => {
      this.outToNb[o] = nbIndex.get(name) ?? -1;
    });
  }

  /** An empty feature list for one message. */
  static active(): ActiveFeatures {
    return { ids: [], values: [], unknownPrimaries: 0 };
  }

  /**
   * Scores per output (aligned with outNames, summing to 1), or undefined for "None with
   * score 1" — IntentModel.predictFeaturized without the sorting.
   */
  score(features: ActiveFeatures): number[] | undefined {
    const needNone = this.noneFeature && features.unknownPrimaries > 0;
    // a copy when the input is changed (the caller may pass it to another model too)
    const input = this.inputNorm || needNone ? copyOf(features) : features;
    const { values } = input;
    const nOut = this.nOut;
    if (this.inputNorm) {
      let sq = 0;
      for (let i = 0; i < values.length; i += 1) sq += (values[i] as number) ** 2;
      if (sq > 0) {
        const scale = sq ** (-this.inputNorm / 2);
        for (let i = 0; i < values.length; i += 1) values[i] = (values[i] as number) * scale;
      }
    }
    if (needNone) {
      let delta = this.nonedeltaBase;
      let value = 0;
      for (let i = 0; i < input.unknownPrimaries; i += 1) {
        value += delta;
        delta *= 1.2;
      }
      input.ids.push(this.noneId);
      input.values.push(value);
    }
    if (input.ids.length === 0) return undefined;
    const sums = this.forward(input);
    // squared, zeroed for intents that share no feature with the input, normalised
    const shared = this.sharedIntents(input);
    let total = 0;
    for (let o = 0; o < nOut; o += 1) {
      const raw = sums[o] as number;
      let s = raw > 0 ? raw : 0;
      if (s > 0 && !this.isNone[o] && !(this.hasSet[o] && ((shared[o >> 5] as number) >>> (o & 31)) & 1)) s = 0;
      s *= s;
      total += s;
      sums[o] = s;
    }
    if (total <= 0 && !this.hasNb) return undefined;
    if (total > 0) for (let o = 0; o < nOut; o += 1) sums[o] = (sums[o] as number) / total;
    const nb = this.hasNb ? this.naiveBayes(input) : undefined;
    if (nb) {
      const netW = total > 0 ? 1 - this.nbWeight : 0;
      const nbW = total > 0 ? this.nbWeight : 1;
      for (let o = 0; o < nOut; o += 1) {
        const k = this.outToNb[o] as number;
        sums[o] = netW * (sums[o] as number) + nbW * (k >= 0 ? (nb[k] as number) : 0);
      }
    } else if (total <= 0) {
      return undefined;
    }
    return sums;
  }

  /** The network's outputs, alpha · max(0, w·x + b) per output (NeuralNetwork.run). */
  forward(input: ActiveFeatures): number[] {
    const nOut = this.nOut;
    const sums = new Array<number>(nOut);
    for (let o = 0; o < nOut; o += 1) sums[o] = this.biases[o] as number;
    const w = this.weights;
    const { ids, values } = input;
    for (let i = 0; i < ids.length; i += 1) {
      const col = this.netCol[ids[i] as number] as number;
      if (col < 0) continue;
      const v = values[i] as number;
      const base = col * nOut;
      for (let o = 0; o < nOut; o += 1) sums[o] = (sums[o] as number) + v * (w[base + o] as number);
    }
    for (let o = 0; o < nOut; o += 1) {
      const sum = sums[o] as number;
      sums[o] = sum <= 0 ? 0 : this.alpha * sum;
    }
    return sums;
  }

  /** Bit o: output o's intent saw one of the input's features in training. */
  private sharedIntents(input: ActiveFeatures): number[] {
    const words = this.memberWords;
    const shared = new Array<number>(words).fill(0);
    const { ids } = input;
    for (let i = 0; i < ids.length; i += 1) {
      const base = (ids[i] as number) * words;
      for (let w = 0; w < words; w += 1) shared[w] = ((shared[w] as number) | (this.member[base + w] as number)) >>> 0;
    }
    return shared;
  }

  /** Naive-Bayes posterior per NB intent, or undefined when no input feature is known to it. */
  private naiveBayes(input: ActiveFeatures): number[] | undefined {
    const nNb = this.nNb;
    const ll = this.nbLogPrior.slice();
    let used = 0;
    for (let i = 0; i < input.ids.length; i += 1) {
      const row = this.nbRow[input.ids[i] as number] as number;
      if (row < 0) continue;
      used += 1;
      const v = input.values[i] as number;
      const base = row * nNb;
      for (let k = 0; k < nNb; k += 1) ll[k] = (ll[k] as number) + v * (this.nbLL[base + k] as number);
    }
    if (!used) return undefined;
    let max = -Infinity;
    for (let k = 0; k < nNb; k += 1) max = Math.max(max, ll[k] as number);
    let sum = 0;
    for (let k = 0; k < nNb; k += 1) {
      const p = Math.exp((ll[k] as number) - max);
      ll[k] = p;
      sum += p;
    }
    for (let k = 0; k < nNb; k += 1) ll[k] = (ll[k] as number) / sum;
    return ll;
  }
}

function copyOf(a: ActiveFeatures): ActiveFeatures {
  return { ids: a.ids.slice(), values: a.values.slice(), unknownPrimaries: a.unknownPrimaries };
}

/**
 * For each known feature id of `from`, the id of the same feature in `to` (-1: unknown to
 * `to`), and whether every feature `to` knows is known to `from` (then a message's features
 * for `from` translate to all of its features for `to`).
 */
export function translation(from: DenseScorer, to: DenseScorer): { map: Int32Array; complete: boolean } {
  const map = Int32Array.from(from.vocabulary, (f) => {
    const id = to.index.get(f);
    return id !== undefined && id < to.known ? id : -1;
  });
  const complete = to.vocabulary.every((f) => {
    const id = from.index.get(f);
    return id !== undefined && id < from.known;
  });
  return { map, complete };
}

/** `input` (features for one model) as the features for another, through a translation map. */
export function translate(input: ActiveFeatures, primaries: readonly number[], primaryCount: number, map: Int32Array): ActiveFeatures {
  const out = DenseScorer.active();
  for (let i = 0; i < input.ids.length; i += 1) {
    const id = map[input.ids[i] as number] as number;
    if (id >= 0) {
      out.ids.push(id);
      out.values.push(input.values[i] as number);
    }
  }
  let unknown = 0;
  for (let t = 0; t < primaryCount; t += 1) {
    const p = primaries[t] as number;
    if (p < 0 || (map[p] as number) < 0) unknown += 1;
  }
  out.unknownPrimaries = unknown;
  return out;
}
