/**
 * The learned "urgent vs calm" model: an NLP.js network over every training example (all 22
 * topics), whose inputs are the message's word features plus its danger signals ("s:touch",
 * "s:known_person"…), so it learns which signals weigh together. Its two thresholds are chosen
 * by cross-validation on intents/, recall first:
 *   - `urgent`: the lowest score at which out-of-fold calm messages stay under URGENT_FALSE_RATE;
 *   - `check`:  low enough that every out-of-fold urgent message scores at least this, but never
 *               so low that more than CHECK_FALSE_RATE of calm ones do. Between the two the bot
 *               asks "Are you safe right now?" (the grey zone).
 */
import type { FeatureBag } from "./nlpjs.js";
import { IntentModel, type IntentModelJSON, type ModelOptions } from "./model.js";
import type { LangForm } from "../core/topics.js";

/** Out-of-fold false alarms allowed at the `urgent` threshold. */
export const URGENT_FALSE_RATE = 0.02;
/** Out-of-fold false alarms allowed at the `check` threshold (the grey zone included). */
export const CHECK_FALSE_RATE = 0.06;
const FOLDS = 5;

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

function signalBag(signals: readonly string[]): FeatureBag | undefined {
  if (!signals.length) return undefined;
  const bag: FeatureBag = {};
  for (const s of signals) bag[`s:${s}`] = 1;
  return bag;
}

function trainModel(examples: readonly UrgencyExample[], options: ModelOptions, concepts?: Record<string, string[]>): IntentModel {
  const train = examples.map((e) => {
    const extra = signalBag(e.signals);
    return { text: e.text, form: e.form, intent: e.urgent ? "urgent" : "calm", ...(extra ? { extra } : {}) };
  });
  return IntentModel.train(train, { ...options, noneFeature: false, nbWeight: 0 }, concepts);
}

function scoreWith(model: IntentModel, norm: string, form: LangForm, signals: readonly string[]): number {
  return model.predictNormalized(norm, form, signalBag(signals)).find((s) => s.intent === "urgent")?.score ?? 0;
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

export class UrgencyModel {
  constructor(
    readonly model: IntentModel,
    readonly thresholds: UrgencyThresholds,
  ) {}

  /**
   * Trains on all examples, after choosing the thresholds by k-fold cross-validation (folds
   * dealt round-robin over the examples in file order, so every form and topic is in each fold).
   */
  static train(
    examples: readonly UrgencyExample[],
    options: ModelOptions,
    concepts: Record<string, string[]> | undefined,
    normalize: (text: string) => string,
    folds = FOLDS,
  ): UrgencyModel {
    const urgent: number[] = [];
    const calm: number[] = [];
    for (let k = 0; k < folds; k += 1) {
      const model = trainModel(
        examples.filter((_, i) => i % folds !== k),
        options,
        concepts,
      );
      examples.forEach((e, i) => {
        if (i % folds !== k) return;
        (e.urgent ? urgent : calm).push(scoreWith(model, normalize(e.text), e.form, e.signals));
      });
    }
    return new UrgencyModel(trainModel(examples, options, concepts), chooseThresholds(urgent, calm, folds));
  }

  /** P(urgent) of a normalised text (normalizeForClassifier) with its danger signals. */
  score(norm: string, form: LangForm, signals: readonly string[]): number {
    return scoreWith(this.model, norm, form, signals);
  }

  toJSON(): UrgencyModelJSON {
    return { model: this.model.toJSON(), thresholds: this.thresholds };
  }

  static fromJSON(json: UrgencyModelJSON): UrgencyModel {
    return new UrgencyModel(IntentModel.fromJSON(json.model), json.thresholds);
  }
}
