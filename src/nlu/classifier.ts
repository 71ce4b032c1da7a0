/**
 * The topic classifier: form detection, one intent model trained on all three forms (en, bn,
 * bn-Latn) with a topic per intent, the urgency rules, a small urgent-vs-calm model for the
 * topics that are only sometimes urgent, and the urgent decision.
 */
import { ALWAYS_URGENT, TOPIC_IDS, isTopicId, type DangerKind, type LangForm, type TopicId } from "../core/topics.js";
import { FormDetector, type FormScores } from "./lang-detect.js";
import { DEFAULT_MODEL_OPTIONS, IntentModel, NONE_INTENT, type IntentModelJSON, type ModelOptions } from "./model.js";
import { classifierTextFromNormalized, normalizeText, tokenize } from "./normalize.js";
import { rulesTextFromNormalized, type UrgencyRules } from "./urgency.js";
import type { Featurized } from "./features.js";

export interface Classification {
  topic: TopicId;
  urgent: boolean;
  confidence: number;
  lang: LangForm;
  /** the top 3 topics, best first (for "Did you mean…?") */
  alternatives: Array<{ topic: TopicId; score: number }>;
  /** id of the urgency rule that fired (never the text), or "topic:<id>" / "model:<id>" */
  urgentReason?: string;
  /** when urgent: the kind of danger, which chooses the first reply */
  danger?: DangerOf;
  /**
   * the grey zone: danger signals but no certainty. `urgent` is true too (the referral's
   * numbers go out), and the first reply asks "Are you safe right now?"
   */
  check?: true;
  /** the message's danger signal ids (never text), for adding up a story told in pieces */
  signals?: string[];
}

/** The kind of danger of an urgent message; `friend`: a friend or sibling is the one at risk. */
export interface DangerOf {
  kind: DangerKind | "other";
  friend: boolean;
}

export interface Classifier {
  /** `recent`: danger signal ids of the chat's last few messages (see danger-signals.ts) */
  classify(text: string, recent?: readonly string[]): Classification;
}

/**
 * What a classifier works out from a message before its models run: the urgency rules that fire,
 * the normalised text, its tokens and form. Two classifiers with the same rules and lexicon can
 * share it (the ensemble does), so this work is done once per message.
 */
export interface PreparedText {
  /** ids of the urgency rules that fire, in rule order */
  hits: string[];
  /** normalizeForClassifier of the text */
  norm: string;
  /** normalizeForRules of the text (the whole text, Bengali folded) */
  folded: string;
  tokens: string[];
  form: FormScores;
  /** the topic model's features of `norm` (the urgency model reads them too: one featurisation per message) */
  features: Featurized;
}

export interface ClassifierOptions {
  model: ModelOptions;
  /** ALWAYS_URGENT topics are urgent when their score is at least this */
  alwaysUrgentFloor: number;
  /** an always-urgent topic in second place with at least this score also makes a message urgent */
  alwaysUrgentRunnerUpFloor: number;
  /** a sometimes-urgent topic (score ≥ urgentTopicFloor) is urgent when the urgent-vs-calm model's score is at least this */
  urgentShare: number;
  urgentTopicFloor: number;
}

export const DEFAULT_CLASSIFIER_OPTIONS: ClassifierOptions = {
  model: DEFAULT_MODEL_OPTIONS,
  alwaysUrgentFloor: 0.3,
  alwaysUrgentRunnerUpFloor: 0.2,
  urgentShare: 0.5,
  urgentTopicFloor: 0.3,
};

export interface LabelledExample {
  text: string;
  topic: TopicId;
  form: LangForm;
  urgent: boolean;
}

export interface ClassifierJSON {
  options: ClassifierOptions;
  lexicon: { banglish: Array<[string, number]>; english: Array<[string, number]> };
  union: IntentModelJSON;
  urgency?: IntentModelJSON;
  /** topics with urgent examples that are not always urgent */
  sometimesUrgent: TopicId[];
  examples: number;
}

function topicOfIntent(intent: string): TopicId {
  return intent !== NONE_INTENT && isTopicId(intent) ? intent : "out_of_scope";
}

/** Topics ranked best first, for the urgent decision. */
interface TopicRanking {
  ranked: Array<{ topic: TopicId; score: number }>;
  /** the urgency model's "urgent" score */
  urgencyScore(): number;
}

const FALLBACK: Classification = Object.freeze({
  topic: "out_of_scope",
  urgent: false,
  confidence: 0,
  lang: "en",
  alternatives: [{ topic: "out_of_scope", score: 0 }],
}) as Classification;

export class TopicClassifier implements Classifier {
  constructor(
    readonly detector: FormDetector,
    readonly union: IntentModel,
    readonly rules: UrgencyRules | undefined,
    readonly options: ClassifierOptions,
    readonly examples: number,
    readonly urgency: IntentModel | undefined,
    readonly sometimesUrgent: ReadonlySet<TopicId>,
  ) {}

  classify(text: string): Classification {
    return this.classifyPrepared(text, undefined);
  }

  /** The rules, normalisation, tokens and form of a message (may throw; classify does not). */
  prepare(input: unknown): PreparedText {
    const text = typeof input === "string" ? input : "";
    // normalizeText once, for the rules (whole text) and the classifier (truncated) alike
    const base = normalizeText(text);
    const folded = rulesTextFromNormalized(base);
    const hits = this.rules ? this.rules.allHitsNormalized(folded) : [];
    const norm = classifierTextFromNormalized(base);
    const tokens = tokenize(norm);
    const form = this.detector.scoreTokens(tokens);
    return { hits, norm, folded, tokens, form, features: this.union.featurize(norm, form.form) };
  }

  /**
   * classify, reusing `prepared` when given: it must come from `prepare` of a classifier with the
   * same rules and lexicon (see EnsembleClassifier).
   */
  classifyPrepared(text: string, prepared: PreparedText | undefined): Classification {
    try {
      return this.classifyUnsafe(prepared ?? this.prepare(text));
    } catch {
      // Never throw: a broken input still gets an answer (and the rules still had their say).
      let urgentReason: string | undefined;
      try {
        urgentReason = this.rules?.check(text)?.ruleId;
      } catch {
        urgentReason = undefined;
      }
      return urgentReason ? { ...FALLBACK, urgent: true, urgentReason } : { ...FALLBACK };
    }
  }

  private classifyUnsafe({ hits, tokens, form: fs, features }: PreparedText): Classification {
    // 1. The rules, first and on the whole text.
    const hit = hits.length ? { ruleId: hits[0] as string } : undefined;
    // 2. Form and topic on the (possibly truncated) normalised text.
    const form = fs.form;
    if (tokens.length === 0) {
      return {
        topic: "out_of_scope",
        urgent: !!hit,
        confidence: hit ? 0 : 0.5,
        lang: form,
        alternatives: [{ topic: "out_of_scope", score: 0.5 }],
        ...(hit ? { urgentReason: hit.ruleId } : {}),
      };
    }
    const { ranked, urgencyScore } = this.ranking(features);
    const best = ranked[0] ?? { topic: "out_of_scope" as TopicId, score: 0 };
    const confidence = Math.max(0, Math.min(1, best.score));
    let urgentReason: string | undefined = hit?.ruleId;
    if (!urgentReason && ALWAYS_URGENT.has(best.topic) && confidence >= this.options.alwaysUrgentFloor) {
      urgentReason = `topic:${best.topic}`;
    }
    // A runner-up that is always urgent (sextortion, self-harm) counts too: missing one is the
    // worst error, a false alarm is cheap. Measured by cross-validation with the rules off:
    // model-only urgent recall 0.81 → 0.85, false-urgent with the rules 2.7 % → 4.6 %.
    const runnerUp = ranked[1];
    if (!urgentReason && runnerUp && ALWAYS_URGENT.has(runnerUp.topic) && runnerUp.score >= this.options.alwaysUrgentRunnerUpFloor) {
      urgentReason = `topic:${runnerUp.topic}`;
    }
    if (!urgentReason && this.urgency && this.sometimesUrgent.has(best.topic) && best.score >= this.options.urgentTopicFloor) {
      if (urgencyScore() >= this.options.urgentShare) urgentReason = `model:${best.topic}`;
    }
    return {
      topic: best.topic,
      urgent: urgentReason !== undefined,
      confidence: Math.round(confidence * 1000) / 1000,
      lang: form,
      alternatives: ranked.slice(0, 3).map((r) => ({ topic: r.topic, score: Math.round(r.score * 1000) / 1000 })),
      ...(urgentReason ? { urgentReason } : {}),
    };
  }

  /** Topics ranked by the union model's scores (a topic's score sums its intents': out_of_scope has NLP.js's "None" too). */
  private ranking(features: Featurized): TopicRanking {
    const byTopic = new Map<TopicId, number>();
    for (const { intent, score } of this.union.predictFeaturized(features)) {
      const topic = topicOfIntent(intent);
      byTopic.set(topic, (byTopic.get(topic) ?? 0) + score);
    }
    const ranked = [...byTopic.entries()]
      .map(([topic, score]) => ({ topic, score }))
      .sort((a, b) => b.score - a.score || TOPIC_IDS.indexOf(a.topic) - TOPIC_IDS.indexOf(b.topic));
    return {
      ranked,
      urgencyScore: () => this.urgency?.predictFeaturized(features).find((s) => s.intent === "urgent")?.score ?? 0,
    };
  }

  toJSON(): ClassifierJSON {
    return {
      options: this.options,
      lexicon: { banglish: [...this.detector.banglish.entries()], english: [...this.detector.english.entries()] },
      union: this.union.toJSON(),
      ...(this.urgency ? { urgency: this.urgency.toJSON() } : {}),
      sometimesUrgent: [...this.sometimesUrgent],
      examples: this.examples,
    };
  }

  static fromJSON(json: ClassifierJSON, rules: UrgencyRules | undefined): TopicClassifier {
    const detector = new FormDetector({ banglish: [], english: [] });
    for (const [w, v] of json.lexicon.banglish) detector.banglish.set(w, v);
    for (const [w, v] of json.lexicon.english) detector.english.set(w, v);
    const urgency = json.urgency ? IntentModel.fromJSON(json.urgency) : undefined;
    return new TopicClassifier(detector, IntentModel.fromJSON(json.union), rules, json.options, json.examples, urgency, new Set(json.sometimesUrgent));
  }
}
