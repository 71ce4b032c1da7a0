/**
 * Training: an intent model from labelled texts (NLP.js's network and a naive Bayes on our
 * features), the topic classifier, and the urgent-vs-calm model with its thresholds. The bot
 * only trains when intents/ changed (load-classifier.ts); what it runs is in src/nlu/.
 */
import type { LangForm } from "../core/topics.js";
import { ConceptMatcher, type ConceptTable } from "../nlu/concepts.js";
import { featurizeNormalized } from "../nlu/features.js";
import { DEFAULT_MODEL_OPTIONS, IntentModel, NONE_INTENT, type IntentModelJSON, type ModelOptions } from "../nlu/model.js";
import type { FeatureBag } from "../nlu/nlpjs.js";
import { normalizeForClassifier, tokenize } from "../nlu/normalize.js";
import { FastNeuralNetwork } from "./fast-neural-network.js";

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

export interface TrainExample {
  text: string;
  intent: string;
  /** form the text is written in; featurization depends on it */
  form: LangForm;
  /** extra features (e.g. the danger signals, for the urgency model) */
  extra?: FeatureBag;
}

export function trainIntentModel(examples: readonly TrainExample[], options: ModelOptions = DEFAULT_MODEL_OPTIONS, conceptTable?: ConceptTable): IntentModel {
  const concepts = conceptTable && Object.keys(conceptTable).length ? new ConceptMatcher(conceptTable) : undefined;
  const corpus: Array<{ input: FeatureBag; output: Record<string, number> }> = [];
  const nbCorpus: Array<{ input: FeatureBag; intent: string }> = [];
  const intentFeatures = new Map<string, Set<string>>();
  const words = new Set<string>();
  for (const ex of examples) {
    const norm = normalizeForClassifier(ex.text);
    for (const word of tokenize(norm)) words.add(word);
    const features: FeatureBag = Object.fromEntries(featurizeNormalized(norm, ex.form, { opts: options.features, concepts }).features);
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
  const netJSON = net.toJSON();
  const featureIndex = new Map((netJSON.features ?? []).map((f, i) => [f, i]));
  const intents = [...intentFeatures.keys()];
  const json: IntentModelJSON = {
    options,
    intents,
    intentFeatures: intents.map((i) => [...(intentFeatures.get(i) ?? [])].map((f) => featureIndex.get(f) ?? -1).filter((x) => x >= 0)),
    net: netJSON,
    examples: corpus.length,
    ...(conceptTable ? { concepts: conceptTable } : {}),
    words: [...words].sort(),
  };
  if (options.nbWeight > 0) {
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
    json.nb = {
      intents,
      features: [...featIdx.keys()],
      logPrior: docs.map((d) => Math.log((d || 1) / nDocs)),
      totals: totals.map(round),
      counts: counts.map((m) => [...m.entries()].map(([f, c]) => [f, round(c)] as [number, number])),
    };
  }
  return IntentModel.fromJSON(json);
}
