/**
 * Nirapod NLU, what the bot runs: topic + urgent flag for every message, in English, Bengali
 * script and Banglish. `classify(text)` is synchronous and never throws.
 *
 * Loading the trained model (and training it when intents/ changed) is in src/nlu-build/;
 * evaluation, benchmarks and the pipeline on public corpora are in src/nlu-lab/.
 */
import { ALWAYS_URGENT, type DangerKind, type TopicId } from "../core/topics.js";
import type { Classification, Classifier, DangerOf, PreparedText, TopicClassifier } from "./classifier.js";
import type { DangerJudgement, DangerSignals } from "./danger-signals.js";
import type { UrgencyModel } from "./urgency-model.js";

export type { Classification, Classifier, ClassifierOptions, DangerOf } from "./classifier.js";

export { TopicClassifier, DEFAULT_CLASSIFIER_OPTIONS } from "./classifier.js";
export { loadUrgencyRules, UrgencyRules } from "./urgency.js";
export { FormDetector, loadFormDetector } from "./lang-detect.js";
export { TOPIC_IDS, LANG_FORMS, ALWAYS_URGENT, DANGER_KINDS, isTopicId, type TopicId, type LangForm, type DangerKind } from "../core/topics.js";

/** The kind of danger an urgency rule is about (rule ids of intents/urgency.yaml). */
const RULE_KINDS: Record<string, DangerKind> = {
  self_harm: "self_harm",
  threat_expose: "threat",
  threat_words: "threat",
  hush_threat: "threat",
  physical_threat: "physical",
  followed_or_hurt: "physical",
  someone_hit: "physical",
  images_posted: "images",
  meeting_planned: "meeting",
};

/** The kind of danger a topic is about, when it is urgent. */
const TOPIC_KINDS: Partial<Record<TopicId, DangerKind>> = {
  self_harm: "self_harm",
  abuse_disclosure: "abuse",
  sextortion: "threat",
  image_shared: "images",
  meeting_request: "meeting",
  cyberbullying: "threat",
};

/**
 * The kind of an urgent message, for its first reply. Self-harm wins (its reply carries "if you
 * have already hurt yourself…"); then the signals' combination, an abuse disclosure, a partial
 * combination, the rule, the best topic; only when none of these says, the runner-up topic.
 */
export function dangerOf(result: Classification, hits: readonly string[], judgement: DangerJudgement): DangerOf {
  const fromRules = hits.map((h) => RULE_KINDS[h]).filter((k): k is DangerKind => k !== undefined);
  // an abuse disclosure is about a person the teen knows, even when a rule read "touched" as physical danger
  const abuse: DangerKind | undefined = result.topic === "abuse_disclosure" ? "abuse" : undefined;
  // a partial combination says more about the situation than a rule or the topic ("someone is
  // outside my house": physical danger, whatever the words are nearest to)
  const strong: Array<DangerKind | undefined> = [judgement.kind, abuse, judgement.check, ...fromRules, TOPIC_KINDS[result.topic]];
  // weaker: the topic that came second ("topic:self_harm" as runner-up)
  const reasonTopic = /^(?:topic|model):([a-z_]+)$/u.exec(result.urgentReason ?? "")?.[1] as TopicId | undefined;
  const weak: Array<DangerKind | undefined> = [reasonTopic ? TOPIC_KINDS[reasonTopic] : undefined];
  const pick = (list: Array<DangerKind | undefined>) => (list.includes("self_harm") ? "self_harm" : list.find((k) => k !== undefined));
  const kind = pick(strong) ?? pick(weak) ?? "other";
  const friendTopic = result.topic === "friend_concern" || (judgement.friend && result.alternatives[1]?.topic === "friend_concern");
  // "I took a lot of my mom's pills" is the teen's own danger, whatever topic "my mom" pulls to
  return { kind, friend: friendTopic && !judgement.self };
}

/**
 * The topic classifier, the danger signals and the learned urgent-vs-calm model. A message is
 * urgent if the rules or the topic model (classifier.ts), the signals' combination (with the
 * chat's recent signals) or the urgency model say so; in the grey zone (a `check` combination of
 * signals, or an urgency score between the two thresholds) it is urgent with `check`, and the bot
 * first asks whether the teen is safe right now.
 *
 * (A second topic model with plain word features used to be consulted for urgency too. Measured
 * by 5-fold cross-validation it caught few messages nothing else caught and raised many false
 * alarms; a lower grey-zone threshold on the urgency model catches more for fewer.)
 */
export class EnsembleClassifier implements Classifier {
  constructor(
    readonly main: TopicClassifier,
    readonly danger: DangerSignals,
    readonly urgency: UrgencyModel,
  ) {}

  get examples(): number {
    return this.main.examples;
  }

  classify(text: string, recent: readonly string[] = []): Classification {
    let prepared: PreparedText | undefined;
    try {
      prepared = this.main.prepare(text);
    } catch {
      prepared = undefined; // classifyPrepared retries and falls back safely
    }
    const result = this.main.classifyPrepared(text, prepared);
    if (!prepared) return result;
    try {
      return this.withDanger(result, prepared, recent);
    } catch {
      return result; // the topic models' and rules' answer stands
    }
  }

  private withDanger(result: Classification, prepared: PreparedText, recent: readonly string[]): Classification {
    const signals = this.danger.findNormalized(prepared.folded);
    const judgement = this.danger.judge(signals, recent);
    const { thresholds } = this.urgency;
    // The urgency model weighs the chat's recent signals too, as if this message held them.
    const modelSignals = recent.length ? [...new Set([...signals, ...recent])] : signals;
    let score: number | undefined;
    const urgencyScore = () => (score ??= prepared.tokens.length ? this.urgency.score(prepared.features, modelSignals) : 0);
    let { urgent, urgentReason } = result;
    let check = false;
    // Weak evidence alone — an always-urgent topic in second place while the urgency model is
    // calm, or only `grey` rules (words such as "threat" or "blackmail", used about others as
    // often as about oneself) with no topic behind them: ask "Are you safe right now?" rather
    // than send the full referral.
    const runnerUpOnly = prepared.hits.length === 0 && isRunnerUpOnly(result) && urgencyScore() < thresholds.check;
    const alwaysUrgentTopic = ALWAYS_URGENT.has(result.topic) && result.confidence >= this.main.options.alwaysUrgentFloor;
    const greyOnly = this.main.rules?.allGrey(prepared.hits) === true && !alwaysUrgentTopic && urgencyScore() < thresholds.urgent;
    if (urgent && !judgement.kind && (runnerUpOnly || greyOnly)) check = true;
    if (!urgent && judgement.kind) {
      urgent = true;
      urgentReason = this.danger.judge(signals).kind ? `signals:${judgement.kind}` : `fragments:${judgement.kind}`;
    }
    if (!urgent) {
      if (urgencyScore() >= thresholds.urgent) {
        urgent = true;
        urgentReason = "urgency-model";
      } else if (urgencyScore() >= thresholds.check || judgement.check) {
        urgent = true;
        check = true;
        urgentReason = judgement.check ? `check:${judgement.check}` : "check:urgency-model";
      }
    }
    const base = { ...result, signals };
    if (!urgent) return base;
    return {
      ...base,
      urgent: true,
      ...(urgentReason ? { urgentReason } : {}),
      ...(check ? { check: true as const } : {}),
      danger: dangerOf(result, prepared.hits, judgement),
    };
  }
}

/** Urgent only because an always-urgent topic came second (classifier.ts, `alwaysUrgentRunnerUpFloor`). */
function isRunnerUpOnly(result: Classification): boolean {
  const reason = result.urgentReason ?? "";
  return reason.startsWith("topic:") && reason.slice("topic:".length) !== result.topic;
}
