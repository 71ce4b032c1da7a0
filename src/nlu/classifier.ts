/**
 * The topic classifier: form detection, one intent model per form (en, bn, bn-Latn) plus one
 * trained on the union of all forms, blended; the urgency rules; the urgent decision.
 *
 * Fine-grained intents: a topic that has urgent examples and is not always urgent gets a second
 * intent "<topic>!urgent" for them, so the network itself learns "this is happening now"; the
 * topic's score is the sum of both.
 */
import { ALWAYS_URGENT, LANG_FORMS, TOPIC_IDS, isTopicId, type DangerKind, type LangForm, type TopicId } from "./topics.js";
import { FormDetector, type FormScores } from "./lang-detect.js";
import { DEFAULT_MODEL_OPTIONS, IntentModel, NONE_INTENT, type IntentModelJSON, type IntentScore, type ModelOptions, type TrainExample } from "./model.js";
import { classifierTextFromNormalized, normalizeText, tokenize } from "./normalize.js";
import { rulesTextFromNormalized, type UrgencyRules } from "./urgency.js";
import type { FeatureBag } from "./nlpjs.js";
import type { Featurized } from "./features.js";
import { translate, translation } from "./dense-scorer.js";
import type { WordTable } from "./word-table.js";

function ruleFeatureBag(ids: readonly string[]): FeatureBag | undefined {
  if (!ids.length) return undefined;
  const bag: FeatureBag = {};
  for (const id of ids) bag[`r:${id}`] = 1;
  return bag;
}

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
}

export const URGENT_SUFFIX = "!urgent";

export interface ClassifierOptions {
  model: ModelOptions;
  /** weight of the per-form model in the blend (the union model gets 1 - this) */
  formWeight: number;
  /** weight of the per-form model when the text mixes Bengali and Latin script */
  mixedFormWeight: number;
  /** ALWAYS_URGENT topics are urgent when their score is at least this */
  alwaysUrgentFloor: number;
  /** an always-urgent topic in second place with at least this score also makes a message urgent */
  alwaysUrgentRunnerUpFloor: number;
  /** a sometimes-urgent topic is urgent when its "!urgent" share is at least this */
  urgentShare: number;
  /** …and the topic's score at least this */
  urgentTopicFloor: number;
  /** train per-form models (false: the union model only) */
  perForm: boolean;
  /** train the union model (false: per-form models only) */
  union: boolean;
  /** split urgent examples of sometimes-urgent topics into "<topic>!urgent" intents */
  urgentIntents: boolean;
  /** the urgency rules that fire on a text are also features of the topic model ("r:<rule id>") */
  ruleFeatures: boolean;
  /**
   * a separate "urgent"/"calm" model trained on the topics that are sometimes urgent; such a
   * topic is urgent when this model's "urgent" score is at least `urgentShare`
   */
  urgencyModel: boolean;
}

export const DEFAULT_CLASSIFIER_OPTIONS: ClassifierOptions = {
  model: DEFAULT_MODEL_OPTIONS,
  formWeight: 0.5,
  mixedFormWeight: 0.3,
  alwaysUrgentFloor: 0.3,
  alwaysUrgentRunnerUpFloor: 0.2,
  urgentShare: 0.5,
  urgentTopicFloor: 0.3,
  perForm: false,
  union: true,
  urgentIntents: false,
  urgencyModel: true,
  ruleFeatures: false,
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
  perForm: Partial<Record<LangForm, IntentModelJSON>>;
  union?: IntentModelJSON;
  urgency?: IntentModelJSON;
  /** topics with urgent examples that are not always urgent */
  sometimesUrgent: TopicId[];
  examples: number;
}

function intentOf(ex: LabelledExample, opts: ClassifierOptions): string {
  if (opts.urgentIntents && ex.urgent && !ALWAYS_URGENT.has(ex.topic)) return `${ex.topic}${URGENT_SUFFIX}`;
  return ex.topic;
}

function topicOfIntent(intent: string): TopicId {
  const base = intent.endsWith(URGENT_SUFFIX) ? intent.slice(0, -URGENT_SUFFIX.length) : intent;
  if (base === NONE_INTENT) return "out_of_scope";
  return isTopicId(base) ? base : "out_of_scope";
}

/** Topics ranked best first, for the urgent decision. */
interface TopicRanking {
  ranked: Array<{ topic: TopicId; score: number }>;
  /** score of the best topic's "!urgent" intents */
  urgentPartOfBest: number;
  /** the urgency model's "urgent" score */
  urgencyScore(): number;
}

/**
 * The union model run on feature ids (word-table.ts, dense-scorer.ts): the same numbers as
 * featurize + predictFeaturized + summing per topic, without strings, Maps or sorting.
 */
interface FastPath {
  table: WordTable;
  union: IntentModel;
  /**
   * the union model's outputs grouped by topic (in TOPIC_IDS order): each topic's index in
   * TOPIC_IDS and its one or two outputs, and which of those are "!urgent" intents
   */
  topics: Array<{ index: number; outputs: number[]; urgent: number[] }>;
  /** the urgency model, reading the union model's features through an id translation */
  urgency?: { model: IntentModel; map: Int32Array; urgent: number };
}

const FALLBACK: Classification = Object.freeze({
  topic: "out_of_scope",
  urgent: false,
  confidence: 0,
  lang: "en",
  alternatives: [{ topic: "out_of_scope", score: 0 }],
}) as Classification;

export class TopicClassifier implements Classifier {
  /** features of the text being classified (shared by the union and urgency models) */
  private lastFeatures: Featurized | undefined;
  /** built on first use; null when this configuration has none (per-form models, rule features…) */
  private fast: FastPath | null | undefined;

  constructor(
    readonly detector: FormDetector,
    readonly perForm: Partial<Record<LangForm, IntentModel>>,
    readonly union: IntentModel | undefined,
    readonly rules: UrgencyRules | undefined,
    readonly options: ClassifierOptions,
    readonly examples: number,
    readonly urgency: IntentModel | undefined,
    readonly sometimesUrgent: ReadonlySet<TopicId>,
  ) {}

  static train(
    examples: readonly LabelledExample[],
    detector: FormDetector,
    rules: UrgencyRules | undefined,
    options: ClassifierOptions = DEFAULT_CLASSIFIER_OPTIONS,
    concepts?: Record<string, string[]>,
  ): TopicClassifier {
    detector.learn(examples);
    const ruleFeats = new Map<string, FeatureBag>();
    if (options.ruleFeatures && rules) {
      for (const ex of examples) {
        const bag = ruleFeatureBag(rules.allHits(ex.text));
        if (bag) ruleFeats.set(ex.text, bag);
      }
    }
    const toTrain = (exs: readonly LabelledExample[]): TrainExample[] =>
      exs.map((ex) => {
        const extra = ruleFeats.get(ex.text);
        return { text: ex.text, intent: intentOf(ex, options), form: ex.form, ...(extra ? { extra } : {}) };
      });
    const perForm: Partial<Record<LangForm, IntentModel>> = {};
    if (options.perForm) {
      for (const form of LANG_FORMS) {
        const exs = examples.filter((e) => e.form === form);
        if (exs.length) perForm[form] = IntentModel.train(toTrain(exs), options.model, concepts);
      }
    }
    const union = options.union || !options.perForm ? IntentModel.train(toTrain(examples), options.model, concepts) : undefined;
    const sometimes = new Set<TopicId>(examples.filter((e) => e.urgent && !ALWAYS_URGENT.has(e.topic)).map((e) => e.topic));
    let urgency: IntentModel | undefined;
    if (options.urgencyModel && sometimes.size) {
      const exs = examples
        .filter((e) => sometimes.has(e.topic))
        .map((e) => ({ text: e.text, intent: e.urgent ? "urgent" : "calm", form: e.form }));
      urgency = IntentModel.train(exs, { ...options.model, noneFeature: false, nbWeight: 0 }, concepts);
    }
    return new TopicClassifier(detector, perForm, union, rules, options, examples.length, urgency, sometimes);
  }

  /** Blended intent scores for a normalised text. */
  private scores(norm: string, form: LangForm, mixed: boolean, extra: FeatureBag | undefined): IntentScore[] {
    this.lastFeatures = undefined;
    const own = this.perForm[form];
    const parts: Array<[IntentScore[], number]> = [];
    const w = mixed ? this.options.mixedFormWeight : this.options.formWeight;
    if (own && this.union) {
      parts.push([own.predictNormalized(norm, form, extra), w], [this.union.predictNormalized(norm, form, extra), 1 - w]);
    } else if (own) {
      parts.push([own.predictNormalized(norm, form, extra), 1]);
    } else if (this.union) {
      this.lastFeatures = this.union.featurize(norm, form, extra);
      parts.push([this.union.predictFeaturized(this.lastFeatures), 1]);
    } else {
      // A form without a model: fall back to any per-form model (English first).
      const any = this.perForm.en ?? this.perForm["bn-Latn"] ?? this.perForm.bn;
      if (any) parts.push([any.predictNormalized(norm, form, extra), 1]);
    }
    const acc = new Map<string, number>();
    for (const [list, weight] of parts) for (const s of list) acc.set(s.intent, (acc.get(s.intent) ?? 0) + weight * s.score);
    return [...acc.entries()].map(([intent, score]) => ({ intent, score }));
  }

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
    return { hits, norm, folded, tokens, form: this.detector.scoreTokens(tokens) };
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

  /** classify without the fast path: featurize on strings and predictFeaturized (for tests). */
  classifyReference(text: string): Classification {
    return this.classifyUnsafe(this.prepare(text), false);
  }

  private classifyUnsafe({ hits, norm, tokens, form: fs }: PreparedText, allowFast = true): Classification {
    // 1. The rules, first and on the whole text.
    const hit = hits.length ? { ruleId: hits[0] as string } : undefined;
    const extra = this.options.ruleFeatures && hits.length ? ruleFeatureBag(hits) : undefined;
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
    const mixed = fs.bengaliWords > 0 && fs.latinWords > 0;
    const fast = extra || !allowFast ? null : this.fastPath();
    const { ranked, urgentPartOfBest, urgencyScore } =
      fast ? this.fastRanking(fast, tokens, form) : this.ranking(norm, form, mixed, extra);
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
    if (!urgentReason && best.score >= this.options.urgentTopicFloor) {
      const share = urgentPartOfBest / (best.score || 1);
      if (share >= this.options.urgentShare) urgentReason = `model:${best.topic}`;
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

  /** Topics from the blended intent scores (any configuration). */
  private ranking(norm: string, form: LangForm, mixed: boolean, extra: FeatureBag | undefined): TopicRanking {
    const intents = this.scores(norm, form, mixed, extra);
    const byTopic = new Map<TopicId, number>();
    const urgentPart = new Map<TopicId, number>();
    for (const { intent, score } of intents) {
      const topic = topicOfIntent(intent);
      byTopic.set(topic, (byTopic.get(topic) ?? 0) + score);
      if (intent.endsWith(URGENT_SUFFIX)) urgentPart.set(topic, (urgentPart.get(topic) ?? 0) + score);
    }
    const ranked = [...byTopic.entries()]
      .map(([topic, score]) => ({ topic, score }))
      .sort((a, b) => b.score - a.score || TOPIC_IDS.indexOf(a.topic) - TOPIC_IDS.indexOf(b.topic));
    const feats = this.union && !this.options.ruleFeatures ? this.lastFeatures : undefined;
    return {
      ranked,
      urgentPartOfBest: ranked[0] ? (urgentPart.get(ranked[0].topic) ?? 0) : 0,
      urgencyScore: () => {
        const u = this.urgency;
        if (!u) return 0;
        return (feats ? u.predictFeaturized(feats) : u.predictNormalized(norm, form)).find((s) => s.intent === "urgent")?.score ?? 0;
      },
    };
  }

  private fastPath(): FastPath | null {
    if (this.fast !== undefined) return this.fast;
    this.fast = null;
    const union = this.union;
    if (!union || this.options.ruleFeatures || LANG_FORMS.some((f) => this.perForm[f])) return null;
    const table = union.wordTable;
    if (!table.complete) return null;
    const outNames = union.scorer.outNames;
    const topics = TOPIC_IDS.map((topic, index) => {
      const outputs = outNames.flatMap((n, o) => (topicOfIntent(n) === topic ? [o] : []));
      return { index, outputs, urgent: outputs.filter((o) => outNames[o]?.endsWith(URGENT_SUFFIX)) };
    }).filter((t) => t.outputs.length > 0);
    // with three or more intents in one topic the order of summing them would matter
    if (topics.some((t) => t.outputs.length > 2)) return null;
    let urgency: FastPath["urgency"];
    if (this.urgency) {
      const { map, complete } = translation(union.scorer, this.urgency.scorer);
      if (!complete) return null;
      urgency = { model: this.urgency, map, urgent: this.urgency.scorer.outNames.indexOf("urgent") };
    }
    this.fast = { table, union, topics, ...(urgency ? { urgency } : {}) };
    return this.fast;
  }

  private fastRanking(fast: FastPath, tokens: readonly string[], form: LangForm): TopicRanking {
    const primaries = new Array<number>(tokens.length);
    const features = fast.table.featurize(tokens, form, primaries);
    const scores = fast.union.scorer.score(features);
    // the three best topics, by the order `ranking` sorts them in (score, then TOPIC_IDS order)
    const ranked: Array<{ topic: TopicId; score: number }> = [];
    let bestGroup: FastPath["topics"][number] | undefined;
    if (!scores) {
      ranked.push({ topic: "out_of_scope", score: 1 }); // "None" with score 1
    } else {
      for (const group of fast.topics) {
        let score = 0;
        for (const o of group.outputs) score += scores[o] as number;
        // groups come in TOPIC_IDS order, so a tie stays behind the topics already ranked
        let at = ranked.length;
        while (at > 0 && (ranked[at - 1] as { score: number }).score < score) at -= 1;
        if (at >= 3) continue;
        ranked.splice(at, 0, { topic: TOPIC_IDS[group.index] as TopicId, score });
        if (ranked.length > 3) ranked.pop();
        if (at === 0) bestGroup = group;
      }
    }
    let urgentPartOfBest = 0;
    if (scores && bestGroup) for (const o of bestGroup.urgent) urgentPartOfBest += scores[o] as number;
    return {
      ranked,
      urgentPartOfBest,
      urgencyScore: () => {
        const u = fast.urgency;
        if (!u) return 0;
        const s = u.model.scorer.score(translate(features, primaries, tokens.length, u.map));
        return s && u.urgent >= 0 ? (s[u.urgent] as number) : 0;
      },
    };
  }

  toJSON(): ClassifierJSON {
    const perForm: Partial<Record<LangForm, IntentModelJSON>> = {};
    for (const form of LANG_FORMS) {
      const m = this.perForm[form];
      if (m) perForm[form] = m.toJSON();
    }
    return {
      options: this.options,
      lexicon: { banglish: [...this.detector.banglish.entries()], english: [...this.detector.english.entries()] },
      perForm,
      ...(this.union ? { union: this.union.toJSON() } : {}),
      ...(this.urgency ? { urgency: this.urgency.toJSON() } : {}),
      sometimesUrgent: [...this.sometimesUrgent],
      examples: this.examples,
    };
  }

  static fromJSON(json: ClassifierJSON, rules: UrgencyRules | undefined): TopicClassifier {
    const detector = new FormDetector({ banglish: [], english: [] });
    for (const [w, v] of json.lexicon.banglish) detector.banglish.set(w, v);
    for (const [w, v] of json.lexicon.english) detector.english.set(w, v);
    const perForm: Partial<Record<LangForm, IntentModel>> = {};
    for (const form of LANG_FORMS) {
      const m = json.perForm[form];
      if (m) perForm[form] = IntentModel.fromJSON(m);
    }
    const union = json.union ? IntentModel.fromJSON(json.union) : undefined;
    const urgency = json.urgency ? IntentModel.fromJSON(json.urgency) : undefined;
    return new TopicClassifier(detector, perForm, union, rules, json.options, json.examples, urgency, new Set(json.sometimesUrgent));
  }
}
