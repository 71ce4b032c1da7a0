/**
 * Nirapod NLU: topic + urgent flag for every message, in English, Bengali script and Banglish.
 *
 *   loadClassifier()  → trained model from the cache under data/model/ (retrained when any file
 *                       in intents/ or the pipeline version changed)
 *   classify(text)    → synchronous, never throws
 *   validateIntents() → checks intents/ for `npm run validate`
 *
 * Evaluation, benchmarks and the pipeline on public corpora are in src/nlu-lab/ (not loaded by the bot).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { TopicClassifier, DEFAULT_CLASSIFIER_OPTIONS, type ClassifierJSON, type ClassifierOptions, type LabelledExample } from "./classifier.js";
import { hashIntentsDir, loadIntents } from "./intents.js";
import { loadConcepts, loadFormDetector } from "./lang-detect.js";
import { loadUrgencyRules, URGENCY_FILE } from "./urgency.js";
import { ALWAYS_URGENT, type DangerKind, type TopicId } from "../core/topics.js";
import type { Classification, Classifier, DangerOf, PreparedText } from "./classifier.js";
import { DANGER_SIGNALS_FILE, loadDangerSignals, type DangerJudgement, type DangerSignals } from "./danger-signals.js";
import { UrgencyModel, type UrgencyModelJSON } from "./urgency-model.js";
import { normalizeForClassifier } from "./normalize.js";

export type { Classification, Classifier, ClassifierOptions, DangerOf } from "./classifier.js";

export { TopicClassifier, DEFAULT_CLASSIFIER_OPTIONS } from "./classifier.js";
export { validateIntents, loadIntents, type IntentsValidation, type ValidationIssue, type IntentExample } from "./intents.js";
export { loadUrgencyRules, UrgencyRules } from "./urgency.js";
export { FormDetector, loadFormDetector } from "./lang-detect.js";
export { TOPIC_IDS, LANG_FORMS, ALWAYS_URGENT, DANGER_KINDS, isTopicId, type TopicId, type LangForm, type DangerKind } from "../core/topics.js";

/**
 * Bump when anything that changes the trained model changes (features, training, options),
 * so that caches from older code are not used.
 */
export const PIPELINE_VERSION = "nirapod-nlu-17";

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
  const weak: Array<DangerKind | undefined> = [reasonTopic && TOPIC_KINDS[reasonTopic]];
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
    const urgencyScore = () => (score ??= prepared.tokens.length ? this.urgency.score(prepared.norm, prepared.form.form, modelSignals) : 0);
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

const HERE = dirname(fileURLToPath(import.meta.url));
/** Repository paths, resolved from this file (src/nlu/) so the cwd does not matter. */
export const DEFAULT_INTENTS_DIR = resolve(HERE, "../../intents");
export const DEFAULT_CACHE_DIR = resolve(HERE, "../../data/model");

export interface LoadOptions {
  intentsDir?: string;
  cacheDir?: string;
  /** train even if a cached model for the current intents exists */
  retrain?: boolean;
  /** override the classifier options (tests and experiments); part of the cache key */
  classifierOptions?: Partial<ClassifierOptions>;
}

export interface LoadInfo {
  /** true when the model came from the cache */
  fromCache: boolean;
  /** hash of intents/ + pipeline version (the cache key) */
  hash: string;
  cacheFile: string;
  /** training examples */
  examples: number;
  /** milliseconds spent training (0 from cache) */
  trainMs: number;
  /** milliseconds spent in loadClassifier overall */
  loadMs: number;
  /** problems found in intents/ while loading (files with errors are skipped) */
  warnings: string[];
}

export interface LoadedClassifier extends EnsembleClassifier {
  readonly info: LoadInfo;
}

interface CacheFile {
  version: string;
  hash: string;
  createdAt: string;
  trainMs: number;
  classifier: ClassifierJSON;
  urgency: UrgencyModelJSON;
}

function cacheName(hash: string): string {
  return `nlu-${hash.slice(0, 16)}.json`;
}

/**
 * JSON with every non-ASCII character escaped (\uXXXX). The model holds Bengali words; without
 * them the file reads into a one-byte string, which V8 keeps at half the memory and parses faster.
 */
function asciiJson(value: unknown): string {
  // per UTF-16 code unit (no "u" flag), so an emoji becomes its two escaped surrogates
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

function writeAtomic(path: string, data: string): void {
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}

/** Train a classifier from an intents folder (no cache). */
export function trainFromIntents(intentsDir: string, options: ClassifierOptions = DEFAULT_CLASSIFIER_OPTIONS): { classifier: EnsembleClassifier; warnings: string[] } {
  const loaded = loadIntents(intentsDir);
  const rules = loadUrgencyRules(join(intentsDir, URGENCY_FILE));
  const examples: LabelledExample[] = loaded.examples.map((e) => ({ text: e.text, topic: e.topic, form: e.form, urgent: e.urgent }));
  const concepts = loadConcepts(intentsDir);
  const danger = loadDangerSignals(join(intentsDir, DANGER_SIGNALS_FILE));
  const main = TopicClassifier.train(examples, loadFormDetector(intentsDir), rules, options, concepts);
  const urgency = UrgencyModel.train(
    examples.map((e) => ({ text: e.text, form: e.form, urgent: e.urgent, signals: danger.find(e.text) })),
    options.model,
    concepts,
    normalizeForClassifier,
  );
  return { classifier: new EnsembleClassifier(main, danger, urgency), warnings: loaded.errors.map((e) => `${e.file}:${e.line}: ${e.message}`) };
}

/**
 * Load the classifier: from data/model/ when a model for the current intents/ exists, otherwise
 * train it (a few seconds) and write the cache. The urgency rules are always read fresh from
 * intents/urgency.yaml (they are part of the hash too).
 */
export async function loadClassifier(opts: LoadOptions = {}): Promise<LoadedClassifier> {
  const t0 = performance.now();
  const intentsDir = resolve(opts.intentsDir ?? DEFAULT_INTENTS_DIR);
  const cacheDir = resolve(opts.cacheDir ?? DEFAULT_CACHE_DIR);
  const options: ClassifierOptions = { ...DEFAULT_CLASSIFIER_OPTIONS, ...(opts.classifierOptions ?? {}) };
  if (!existsSync(intentsDir)) throw new Error(`NLU: intents folder not found: ${intentsDir}`);
  const hash = hashIntentsDir(intentsDir, `${PIPELINE_VERSION}\n${JSON.stringify(options)}`);
  const cacheFile = join(cacheDir, cacheName(hash));
  const rules = loadUrgencyRules(join(intentsDir, URGENCY_FILE));

  if (!opts.retrain && existsSync(cacheFile)) {
    try {
      const data = JSON.parse(readFileSync(cacheFile, "utf8")) as CacheFile;
      if (data.version === PIPELINE_VERSION && data.hash === hash) {
        const c = new EnsembleClassifier(
          TopicClassifier.fromJSON(data.classifier, rules),
          loadDangerSignals(join(intentsDir, DANGER_SIGNALS_FILE)),
          UrgencyModel.fromJSON(data.urgency),
        );
        // The inference tables (scorer, word table, spelling index) are built by the first
        // message, a quarter of a second once, not here: start-up is what a restart waits for.
        const info: LoadInfo = { fromCache: true, hash, cacheFile, examples: c.examples, trainMs: 0, loadMs: performance.now() - t0, warnings: [] };
        return Object.assign(c, { info });
      }
    } catch {
      // unreadable cache: retrain below
    }
  }

  const t1 = performance.now();
  const { classifier, warnings } = trainFromIntents(intentsDir, options);
  const trainMs = performance.now() - t1;
  try {
    mkdirSync(cacheDir, { recursive: true });
    const file: CacheFile = { version: PIPELINE_VERSION, hash, createdAt: new Date().toISOString(), trainMs: Math.round(trainMs), classifier: classifier.main.toJSON(), urgency: classifier.urgency.toJSON() };
    writeAtomic(cacheFile, asciiJson(file));
    for (const name of readdirSync(cacheDir)) {
      if (/^nlu-[0-9a-f]{16}\.json$/u.test(name) && name !== cacheName(hash)) {
        try {
          unlinkSync(join(cacheDir, name));
        } catch {
          // another process may have removed it
        }
      }
    }
  } catch (e) {
    warnings.push(`could not write the model cache ${cacheFile}: ${(e as Error).message}`);
  }
  const info: LoadInfo = { fromCache: false, hash, cacheFile, examples: classifier.examples, trainMs, loadMs: performance.now() - t0, warnings };
  return Object.assign(classifier, { info });
}
