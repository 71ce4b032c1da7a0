/**
 * Scoring: accuracy, macro-F1, per-label precision/recall/F1, urgent recall and false-urgent
 * rate, per-language breakdown, most-confused pairs; stratified k-fold cross-validation.
 * Reports carry only labels and counts, never message text.
 */
import type { Classifier } from "../nlu/classifier.js";
import { RECENT_MESSAGES } from "../nlu/danger-signals.js";

export interface Prediction {
  gold: string;
  pred: string;
  goldUrgent?: boolean;
  predUrgent?: boolean;
  /** the language form the set says the text is in */
  lang?: string;
  /** the form the classifier detected */
  predLang?: string;
}

export interface LabelScores {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface LangScores {
  n: number;
  accuracy: number;
  macroF1: number;
  /** share of texts whose form was detected as this form (when known) */
  formDetection?: number;
  urgentRecall?: number;
  falseUrgentRate?: number;
}

export interface EvalReport {
  n: number;
  accuracy: number;
  /** micro-F1 over single-label predictions (equals accuracy) */
  microF1: number;
  macroF1: number;
  perTopic: Record<string, LabelScores>;
  urgentRecall?: number;
  falseUrgentRate?: number;
  urgentCounts?: { urgent: number; caught: number; notUrgent: number; falseAlarms: number };
  perLang: Record<string, LangScores>;
  confusedPairs: Array<{ gold: string; pred: string; count: number }>;
  formDetection?: { accuracy: number; confusion: Record<string, Record<string, number>> };
}

const r4 = (x: number): number => Math.round(x * 10000) / 10000;

function labelScores(preds: readonly Prediction[]): { perLabel: Record<string, LabelScores>; macroF1: number; accuracy: number } {
  const labels = new Set<string>();
  for (const p of preds) {
    labels.add(p.gold);
    labels.add(p.pred);
  }
  const perLabel: Record<string, LabelScores> = {};
  let sumF1 = 0;
  let hits = 0;
  for (const p of preds) if (p.gold === p.pred) hits += 1;
  for (const label of [...labels].sort()) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const p of preds) {
      if (p.pred === label && p.gold === label) tp += 1;
      else if (p.pred === label) fp += 1;
      else if (p.gold === label) fn += 1;
    }
    const precision = tp + fp ? tp / (tp + fp) : 0;
    const recall = tp + fn ? tp / (tp + fn) : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    perLabel[label] = { precision: r4(precision), recall: r4(recall), f1: r4(f1), support: tp + fn };
    sumF1 += f1;
  }
  return { perLabel, macroF1: labels.size ? r4(sumF1 / labels.size) : 0, accuracy: preds.length ? r4(hits / preds.length) : 0 };
}

function urgency(preds: readonly Prediction[]): { urgentRecall?: number; falseUrgentRate?: number; counts?: EvalReport["urgentCounts"] } {
  const labelled = preds.filter((p) => typeof p.goldUrgent === "boolean");
  if (!labelled.length) return {};
  const urgent = labelled.filter((p) => p.goldUrgent);
  const not = labelled.filter((p) => !p.goldUrgent);
  const caught = urgent.filter((p) => p.predUrgent).length;
  const falseAlarms = not.filter((p) => p.predUrgent).length;
  return {
    ...(urgent.length ? { urgentRecall: r4(caught / urgent.length) } : {}),
    ...(not.length ? { falseUrgentRate: r4(falseAlarms / not.length) } : {}),
    counts: { urgent: urgent.length, caught, notUrgent: not.length, falseAlarms },
  };
}

export function scorePredictions(preds: readonly Prediction[], topPairs = 10): EvalReport {
  const { perLabel, macroF1, accuracy } = labelScores(preds);
  const u = urgency(preds);
  const perLang: Record<string, LangScores> = {};
  const langs = [...new Set(preds.map((p) => p.lang).filter((l): l is string => !!l))].sort();
  for (const lang of langs) {
    const sub = preds.filter((p) => p.lang === lang);
    const s = labelScores(sub);
    const lu = urgency(sub);
    const withPred = sub.filter((p) => p.predLang);
    perLang[lang] = {
      n: sub.length,
      accuracy: s.accuracy,
      macroF1: s.macroF1,
      ...(withPred.length ? { formDetection: r4(withPred.filter((p) => p.predLang === lang).length / withPred.length) } : {}),
      ...(lu.urgentRecall !== undefined ? { urgentRecall: lu.urgentRecall } : {}),
      ...(lu.falseUrgentRate !== undefined ? { falseUrgentRate: lu.falseUrgentRate } : {}),
    };
  }
  const pairs = new Map<string, number>();
  for (const p of preds) {
    if (p.gold !== p.pred) pairs.set(`${p.gold}\u0000${p.pred}`, (pairs.get(`${p.gold}\u0000${p.pred}`) ?? 0) + 1);
  }
  const confusedPairs = [...pairs.entries()]
    .map(([k, count]) => {
      const [gold = "", pred = ""] = k.split("\u0000");
      return { gold, pred, count };
    })
    .sort((a, b) => b.count - a.count || (a.gold + a.pred < b.gold + b.pred ? -1 : 1))
    .slice(0, topPairs);
  const report: EvalReport = {
    n: preds.length,
    accuracy,
    microF1: accuracy,
    macroF1,
    perTopic: perLabel,
    ...(u.urgentRecall !== undefined ? { urgentRecall: u.urgentRecall } : {}),
    ...(u.falseUrgentRate !== undefined ? { falseUrgentRate: u.falseUrgentRate } : {}),
    ...(u.counts ? { urgentCounts: u.counts } : {}),
    perLang,
    confusedPairs,
  };
  const detected = preds.filter((p) => p.lang && p.predLang);
  if (detected.length) {
    const confusion: Record<string, Record<string, number>> = {};
    for (const p of detected) {
      const row = (confusion[p.lang ?? ""] ??= {});
      row[p.predLang ?? ""] = (row[p.predLang ?? ""] ?? 0) + 1;
    }
    report.formDetection = { accuracy: r4(detected.filter((p) => p.lang === p.predLang).length / detected.length), confusion };
  }
  return report;
}

export interface LabelledItem {
  text: string;
  topic: string;
  urgent?: boolean;
  lang?: string;
}

/** Classify every item of a labelled set and score it. */
export function evaluateClassifier(classifier: Classifier, items: readonly LabelledItem[]): EvalReport {
  return scorePredictions(predictAll(classifier, items));
}

export function predictAll(classifier: Classifier, items: readonly LabelledItem[]): Prediction[] {
  return items.map((it) => {
    const c = classifier.classify(it.text);
    return {
      gold: it.topic,
      pred: c.topic,
      ...(typeof it.urgent === "boolean" ? { goldUrgent: it.urgent, predUrgent: c.urgent } : {}),
      ...(it.lang ? { lang: it.lang, predLang: c.lang } : {}),
    };
  });
}

/** Deterministic PRNG (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fold index (0..k-1) of each item, stratified by `stratum(item)`, deterministic for a seed. */
export function stratifiedFolds<T>(items: readonly T[], k: number, stratum: (item: T) => string, seed = 42): number[] {
  const rand = seededRandom(seed);
  const groups = new Map<string, number[]>();
  items.forEach((it, i) => {
    const key = stratum(it);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(i);
  });
  const folds = new Array<number>(items.length).fill(0);
  let offset = 0;
  for (const key of [...groups.keys()].sort()) {
    const idx = groups.get(key) ?? [];
    for (let i = idx.length - 1; i > 0; i -= 1) {
      const j = Math.floor(rand() * (i + 1));
      const tmp = idx[i] as number;
      idx[i] = idx[j] as number;
      idx[j] = tmp;
    }
    // continue the round-robin across strata so small strata do not all land in fold 0
    idx.forEach((itemIndex, n) => {
      folds[itemIndex] = (n + offset) % k;
    });
    offset = (offset + idx.length) % k;
  }
  return folds;
}

/**
 * Stratified k-fold cross-validation of any trainer on (text, intent) rows: every row is
 * predicted once, by a model trained on the other folds (strata: intent). With `repeats` > 1
 * the whole CV is run again with seeds seed, seed+1, … and all predictions are returned
 * (each row then appears `repeats` times).
 */
export function crossValidateIntents(
  rows: ReadonlyArray<{ text: string; intent: string }>,
  k: number,
  train: (rows: ReadonlyArray<{ text: string; intent: string }>) => { predict(text: string): { intent: string } },
  seed = 42,
  repeats = 1,
): Prediction[] {
  const preds: Prediction[] = [];
  for (let r = 0; r < repeats; r += 1) {
    const folds = stratifiedFolds(rows, k, (e) => e.intent, seed + r);
    for (let f = 0; f < k; f += 1) {
      const test = rows.filter((_, i) => folds[i] === f);
      if (!test.length) continue;
      const model = train(rows.filter((_, i) => folds[i] !== f));
      for (const e of test) preds.push({ gold: e.intent, pred: model.predict(e.text).intent });
    }
  }
  return preds;
}

// ---------------------------------------------------------------------------------------------
// Safety: urgent recall per kind of danger and per form, false alarms split into referrals and
// "Are you safe right now?" questions, and stories told in pieces (tests/safety/).

export interface SafetyItem {
  text: string;
  urgent: boolean;
  /** the kind of danger (`negative` for hard negatives) */
  kind: string;
  lang: string;
}

export interface SafetyStory {
  messages: string[];
  urgent: boolean;
  kind: string;
  lang: string;
}

export interface SafetyCell {
  n: number;
  caught: number;
  recall: number;
}

export interface SafetyReport {
  urgent: SafetyCell;
  /** kind → form → recall */
  perKind: Record<string, Record<string, SafetyCell>>;
  perForm: Record<string, SafetyCell>;
  /** hard negatives: share flagged at all (referral or question), and as a referral */
  falseAlarms: { n: number; flagged: number; rate: number; referral: number; check: number; perForm: Record<string, { n: number; rate: number }> };
  stories?: { urgent: SafetyCell; perKind: Record<string, SafetyCell>; negatives: { n: number; flagged: number; rate: number } };
}

function cell(n: number, caught: number): SafetyCell {
  return { n, caught, recall: n ? r4(caught / n) : 0 };
}

function cells<T>(items: readonly T[], key: (t: T) => string, hit: (t: T) => boolean): Record<string, SafetyCell> {
  const out: Record<string, SafetyCell> = {};
  for (const k of [...new Set(items.map(key))].sort()) {
    const sub = items.filter((t) => key(t) === k);
    out[k] = cell(sub.length, sub.filter(hit).length);
  }
  return out;
}

/** A story is caught when any of its messages is flagged, each classified with the signals of the ones before. */
export function storyFlagged(classifier: Classifier, messages: readonly string[]): boolean {
  const recent: string[][] = [];
  let flagged = false;
  for (const text of messages) {
    const c = classifier.classify(text, recent.flat());
    flagged ||= c.urgent;
    if (c.signals?.length) recent.push(c.signals);
    if (recent.length > RECENT_MESSAGES) recent.shift();
  }
  return flagged;
}

export function safetyReport(classifier: Classifier, items: readonly SafetyItem[], stories: readonly SafetyStory[] = []): SafetyReport {
  const judged = items.map((it) => ({ ...it, c: classifier.classify(it.text) }));
  const urgent = judged.filter((j) => j.urgent);
  const calm = judged.filter((j) => !j.urgent);
  const flagged = calm.filter((j) => j.c.urgent);
  const perKind: SafetyReport["perKind"] = {};
  for (const kind of [...new Set(urgent.map((j) => j.kind))].sort()) {
    perKind[kind] = cells(
      urgent.filter((j) => j.kind === kind),
      (j) => j.lang,
      (j) => j.c.urgent,
    );
  }
  const calmPerForm: Record<string, { n: number; rate: number }> = {};
  for (const [lang, c] of Object.entries(cells(calm, (j) => j.lang, (j) => j.c.urgent))) calmPerForm[lang] = { n: c.n, rate: c.recall };
  const report: SafetyReport = {
    urgent: cell(urgent.length, urgent.filter((j) => j.c.urgent).length),
    perKind,
    perForm: cells(urgent, (j) => j.lang, (j) => j.c.urgent),
    falseAlarms: {
      n: calm.length,
      flagged: flagged.length,
      rate: calm.length ? r4(flagged.length / calm.length) : 0,
      referral: flagged.filter((j) => !j.c.check).length,
      check: flagged.filter((j) => j.c.check).length,
      perForm: calmPerForm,
    },
  };
  if (stories.length) {
    const told = stories.map((s) => ({ ...s, flagged: storyFlagged(classifier, s.messages) }));
    const u = told.filter((s) => s.urgent);
    const n = told.filter((s) => !s.urgent);
    report.stories = {
      urgent: cell(u.length, u.filter((s) => s.flagged).length),
      perKind: cells(u, (s) => `${s.kind}/${s.lang}`, (s) => s.flagged),
      negatives: { n: n.length, flagged: n.filter((s) => s.flagged).length, rate: n.length ? r4(n.filter((s) => s.flagged).length / n.length) : 0 },
    };
  }
  return report;
}
