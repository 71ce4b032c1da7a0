/**
 * The safety challenge set (tests/safety/, written apart from the training data and never
 * trained on): urgent recall per kind of danger and per form, false alarms on hard negatives,
 * stories told in pieces. The targets are recall 1.0 and ≤ 10 % false alarms; these
 * floors are the figures measured when they were set, so that a change that loses ground fails.
 * Only aggregate figures are compared: a failure never prints a message.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadClassifier, type LoadedClassifier } from "../../src/nlu-build/load-classifier.js";
import { safetyReport, storyFlagged, type SafetyItem, type SafetyReport, type SafetyStory } from "../../src/nlu-lab/eval.js";
import { loadIntents } from "../../src/nlu-build/intents.js";
import { normalizeForClassifier, tokenize } from "../../src/nlu/normalize.js";

const read = <T>(name: string): T[] =>
  readFileSync(fileURLToPath(new URL(`../safety/${name}`, import.meta.url)), "utf8")
    .split(/\r?\n/u)
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

let nlu: LoadedClassifier;
let report: SafetyReport;

beforeAll(async () => {
  nlu = await loadClassifier();
  report = safetyReport(nlu, read<SafetyItem>("challenge.jsonl"), read<SafetyStory>("fragments.jsonl"));
}, 120_000);

describe("safety challenge set", () => {
  it("is held out: no training example is a copy or near-copy of one of its sentences", () => {
    const words = (t: string) => new Set(tokenize(normalizeForClassifier(t)));
    const jaccard = (a: Set<string>, b: Set<string>) => {
      let both = 0;
      for (const w of a) if (b.has(w)) both += 1;
      return both / (a.size + b.size - both);
    };
    const held = [...read<SafetyItem>("challenge.jsonl").map((i) => i.text), ...read<SafetyStory>("fragments.jsonl").flatMap((s) => s.messages)]
      .map(words)
      .filter((w) => w.size >= 5);
    const training = loadIntents(fileURLToPath(new URL("../../intents", import.meta.url))).examples;
    // Only where a training example is: the held-out sentence itself is never printed.
    const near = training.filter((e) => {
      const w = words(e.text);
      return held.some((h) => jaccard(h, w) >= 0.75);
    });
    expect(near.map((e) => `${e.file}:${e.line}`)).toEqual([]);
  });

  it("urgent recall overall and per form stays at or above the measured floor", () => {
    expect(report.urgent.n).toBeGreaterThanOrEqual(400);
    expect(report.urgent.recall).toBeGreaterThanOrEqual(0.95);
    for (const [form, c] of Object.entries(report.perForm)) expect({ form, ok: c.recall >= 0.94 }).toEqual({ form, ok: true });
  });

  it("every kind of danger is caught in every form, most of the time", () => {
    for (const [kind, forms] of Object.entries(report.perKind)) {
      for (const [form, c] of Object.entries(forms)) expect({ kind, form, ok: c.recall >= 0.75 }).toEqual({ kind, form, ok: true });
    }
  });

  it("hard negatives: false alarms (referrals and questions) stay under the measured ceiling", () => {
    expect(report.falseAlarms.n).toBeGreaterThanOrEqual(300);
    expect(report.falseAlarms.rate).toBeLessThanOrEqual(0.25);
  });

  it("stories told in pieces are caught by their last pieces", () => {
    expect(report.stories?.urgent.recall ?? 0).toBeGreaterThanOrEqual(0.85);
  });

  it("a story's pieces add up through the signal ids carried from one message to the next", () => {
    // with the earlier pieces' signals each piece is the danger it tells; when a piece alone is
    // calm, the carried signals are what made it urgent
    for (const [piece, recent, kind] of [
      ["kiss kore", ["known_person"], "abuse"],
      ["tonight at 8", ["meet", "online_contact"], "meeting"],
    ] as const) {
      const joined = nlu.classify(piece, recent);
      expect(joined).toMatchObject({ urgent: true, danger: { kind } });
      if (!nlu.classify(piece).urgent) expect(joined.urgentReason).toBe(`fragments:${kind}`);
    }
    expect(storyFlagged(nlu, ["there is this guy from insta, he wants to meet", "tonight at 8"])).toBe(true);
  });
});
