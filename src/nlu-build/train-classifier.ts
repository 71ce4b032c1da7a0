/**
 * Training the classifier from intents/: the topic classifier (one intent model on the three
 * forms, plus the small urgent-vs-calm model of the sometimes-urgent topics), the urgency model
 * with its thresholds chosen by cross-validation, and the whole ensemble from an intents folder.
 */
import { join } from "node:path";
import { ALWAYS_URGENT, type TopicId } from "../core/topics.js";
import { DEFAULT_CLASSIFIER_OPTIONS, TopicClassifier, type ClassifierOptions, type LabelledExample } from "../nlu/classifier.js";
import { DANGER_SIGNALS_FILE, loadDangerSignals } from "../nlu/danger-signals.js";
import { EnsembleClassifier } from "../nlu/index.js";
import { loadConcepts, loadFormDetector, type FormDetector } from "../nlu/lang-detect.js";
import type { IntentModel, ModelOptions } from "../nlu/model.js";
import { normalizeForClassifier } from "../nlu/normalize.js";
import { loadUrgencyRules, URGENCY_FILE, type UrgencyRules } from "../nlu/urgency.js";
import { signalBag, urgentScore, UrgencyModel, type UrgencyExample, type UrgencyThresholds } from "../nlu/urgency-model.js";
import { loadIntents } from "./intents.js";
import { trainIntentModel } from "./train-model.js";

/**
 * The urgency model's thresholds, recall first:
 *   - `urgent`: the lowest score at which out-of-fold calm messages stay under URGENT_FALSE_RATE;
 *   - `check`:  low enough that every out-of-fold urgent message scores at least this, but never
 *               so low that more than CHECK_FALSE_RATE of calm ones do.
 */
export const URGENT_FALSE_RATE = 0.02;
/** Out-of-fold false alarms allowed at the `check` threshold (the grey zone included). */
export const CHECK_FALSE_RATE = 0.06;
const FOLDS = 5;

/** The topic classifier: one intent model on the three forms, and the urgent-vs-calm model of the topics only sometimes urgent. */
export function trainTopicClassifier(
  examples: readonly LabelledExample[],
  detector: FormDetector,
  rules: UrgencyRules | undefined,
  options: ClassifierOptions = DEFAULT_CLASSIFIER_OPTIONS,
  concepts?: Record<string, string[]>,
): TopicClassifier {
  detector.learn(examples);
  const union = trainIntentModel(
    examples.map((ex) => ({ text: ex.text, intent: ex.topic, form: ex.form })),
    options.model,
    concepts,
  );
  const sometimes = new Set<TopicId>(examples.filter((e) => e.urgent && !ALWAYS_URGENT.has(e.topic)).map((e) => e.topic));
  let urgency: IntentModel | undefined;
  if (sometimes.size) {
    const exs = examples
      .filter((e) => sometimes.has(e.topic))
      .map((e) => ({ text: e.text, intent: e.urgent ? "urgent" : "calm", form: e.form }));
    urgency = trainIntentModel(exs, { ...options.model, noneFeature: false, nbWeight: 0 }, concepts);
  }
  return new TopicClassifier(detector, union, rules, options, examples.length, urgency, sometimes);
}

/** An urgent-vs-calm network on word features plus danger signals. */
function trainUrgencyNetwork(examples: readonly UrgencyExample[], options: ModelOptions, concepts?: Record<string, string[]>): IntentModel {
  const train = examples.map((e) => {
    const extra = signalBag(e.signals);
    return { text: e.text, form: e.form, intent: e.urgent ? "urgent" : "calm", ...(extra ? { extra } : {}) };
  });
  return trainIntentModel(train, { ...options, noneFeature: false, nbWeight: 0 }, concepts);
}

/** The highest threshold that keeps at most `rate` of `calm` scores at or above it. */
function thresholdForFalseRate(calm: readonly number[], rate: number): number {
  const sorted = [...calm].sort((a, b) => b - a);
  const allowed = Math.floor(sorted.length * rate);
  // just above the (allowed + 1)-th highest calm score
  return (sorted[allowed] ?? 0) + 1e-6;
}

/** Thresholds from out-of-fold scores (exported for tests). */
export function chooseThresholds(urgent: readonly number[], calm: readonly number[], folds = FOLDS): UrgencyThresholds {
  const urgentAt = thresholdForFalseRate(calm, URGENT_FALSE_RATE);
  const floor = thresholdForFalseRate(calm, CHECK_FALSE_RATE);
  const lowestUrgent = urgent.length ? Math.min(...urgent) : urgentAt;
  const check = Math.min(urgentAt, Math.max(floor, lowestUrgent));
  const rate = (xs: readonly number[], t: number) => (xs.length ? xs.filter((x) => x >= t).length / xs.length : 0);
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return {
    urgent: urgentAt,
    check,
    cv: { urgentRecall: r(rate(urgent, urgentAt)), checkRecall: r(rate(urgent, check)), falseUrgent: r(rate(calm, urgentAt)), falseCheck: r(rate(calm, check)), folds },
  };
}

/**
 * Trains on all examples, after choosing the thresholds by k-fold cross-validation (folds
 * dealt round-robin over the examples in file order, so every form and topic is in each fold).
 */
export function trainUrgencyModel(
  examples: readonly UrgencyExample[],
  options: ModelOptions,
  concepts: Record<string, string[]> | undefined,
  normalize: (text: string) => string,
  folds = FOLDS,
): UrgencyModel {
  const urgent: number[] = [];
  const calm: number[] = [];
  for (let k = 0; k < folds; k += 1) {
    const model = trainUrgencyNetwork(
      examples.filter((_, i) => i % folds !== k),
      options,
      concepts,
    );
    examples.forEach((e, i) => {
      if (i % folds !== k) return;
      (e.urgent ? urgent : calm).push(urgentScore(model, model.featurize(normalize(e.text), e.form), e.signals));
    });
  }
  return new UrgencyModel(trainUrgencyNetwork(examples, options, concepts), chooseThresholds(urgent, calm, folds));
}

/** Train the whole classifier from an intents folder (no cache: see load-classifier.ts). */
export function trainFromIntents(intentsDir: string, options: ClassifierOptions = DEFAULT_CLASSIFIER_OPTIONS): { classifier: EnsembleClassifier; warnings: string[] } {
  const loaded = loadIntents(intentsDir);
  const rules = loadUrgencyRules(join(intentsDir, URGENCY_FILE));
  const examples: LabelledExample[] = loaded.examples.map((e) => ({ text: e.text, topic: e.topic, form: e.form, urgent: e.urgent }));
  const concepts = loadConcepts(intentsDir);
  const danger = loadDangerSignals(join(intentsDir, DANGER_SIGNALS_FILE));
  const main = trainTopicClassifier(examples, loadFormDetector(intentsDir), rules, options, concepts);
  const urgency = trainUrgencyModel(
    examples.map((e) => ({ text: e.text, form: e.form, urgent: e.urgent, signals: danger.find(e.text) })),
    options.model,
    concepts,
    normalizeForClassifier,
  );
  return { classifier: new EnsembleClassifier(main, danger, urgency), warnings: loaded.errors.map((e) => `${e.file}:${e.line}: ${e.message}`) };
}
