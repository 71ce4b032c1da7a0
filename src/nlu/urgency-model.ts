/**
 * The learned "urgent vs calm" model: an NLP.js network over every training example (all 22
 * topics), whose inputs are the message's word features plus its danger signals ("s:touch",
 * "s:known_person"…), so it learns which signals weigh together. Its two thresholds are chosen
 * by cross-validation when it is trained (src/nlu-build/train-classifier.ts): at or above
 * `urgent` a message is urgent; between `check` and `urgent` the bot first asks "Are you safe
 * right now?" (the grey zone).
 */
import type { FeatureBag } from "./nlpjs.js";
import { IntentModel, type IntentModelJSON } from "./model.js";
import type { LangForm } from "../core/topics.js";
import type { Featurized } from "./features.js";

export interface UrgencyExample {
  text: string;
  form: LangForm;
  urgent: boolean;
  /** danger signal ids of the text */
  signals: readonly string[];
}

export interface UrgencyThresholds {
  urgent: number;
  check: number;
  /** out-of-fold figures at these thresholds (reported by nlu:eval) */
  cv: { urgentRecall: number; checkRecall: number; falseUrgent: number; falseCheck: number; folds: number };
}

export interface UrgencyModelJSON {
  model: IntentModelJSON;
  thresholds: UrgencyThresholds;
}

/** A danger signal as an input of the urgency model. */
const signalFeature = (id: string): string => `s:${id}`;

export function signalBag(signals: readonly string[]): FeatureBag | undefined {
  if (!signals.length) return undefined;
  const bag: FeatureBag = {};
  for (const s of signals) bag[signalFeature(s)] = 1;
  return bag;
}

/**
 * P(urgent) by an urgent-vs-calm model of a message's word features (featurised by the topic
 * model, trained on the same texts: the same words are known to both) with its danger signals.
 */
export function urgentScore(model: IntentModel, { features, primary }: Featurized, signals: readonly string[]): number {
  const withSignals = new Map(features);
  for (const s of signals) withSignals.set(signalFeature(s), 1);
  return model.predictFeaturized({ features: withSignals, primary }).find((s) => s.intent === "urgent")?.score ?? 0;
}

export class UrgencyModel {
  constructor(
    readonly model: IntentModel,
    readonly thresholds: UrgencyThresholds,
  ) {}

  /** P(urgent) of a message's word features (TopicClassifier.prepare) with its danger signals. */
  score(features: Featurized, signals: readonly string[]): number {
    return urgentScore(this.model, features, signals);
  }

  toJSON(): UrgencyModelJSON {
    return { model: this.model.toJSON(), thresholds: this.thresholds };
  }

  static fromJSON(json: UrgencyModelJSON): UrgencyModel {
    return new UrgencyModel(IntentModel.fromJSON(json.model), json.thresholds);
  }
}
