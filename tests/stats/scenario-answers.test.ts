import { describe, expect, it } from "vitest";
import { contentPaths } from "../../src/content/content.js";
import { loadFlows } from "../../src/flows/content.js";
import { scenarioSummaries } from "../../src/flows/scenario-summaries.js";
import { daysInRange } from "../../src/stats/days.js";
import { SERIES_METRICS } from "../../src/stats/metric-names.js";
import { buildReport, reportConstraints } from "../../src/stats/report.js";
import { scenarioConstraints, type ScenarioAnswerKey } from "../../src/stats/scenario-answers.js";
import { prng } from "./helpers.js";
import { exposedBySubtraction, recoverable } from "./recoverable.js";

const base = { from: "2025-03-01", to: "2025-03-03", k: 5, series: [] };
const flattery: ScenarioAnswerKey = { scenario: "flattery", answers: ["real-love", "warning-sign", "send-photo"], correct: "warning-sign" };

const hiddenIn = (report: ReturnType<typeof buildReport>) => new Set(Object.entries(report.metrics).filter(([, v]) => v === report.marker).map(([m]) => m));

describe("scenario answer sums", () => {
  it("answered = Σ picked (every answer of the content, and any other picked cell) and correct = the correct answer's picked cell", () => {
    const sums = scenarioConstraints(["q.flattery.picked.old-answer", "messages"], [flattery]);
    expect(sums).toEqual([
      { total: "q.flattery.answered", parts: ["q.flattery.picked.real-love", "q.flattery.picked.warning-sign", "q.flattery.picked.send-photo", "q.flattery.picked.old-answer"] },
      { total: "q.flattery.correct", parts: ["q.flattery.picked.warning-sign"] },
    ]);
  });

  it("a small picked count cannot be recovered from answered minus the others", () => {
    // 3 + 40 + 9 = 52 answers, 40 right. With only real-love hidden, 52 − 40 − 9 = 3 would give it away.
    const totals = new Map([
      ["q.flattery.answered", 52],
      ["q.flattery.correct", 40],
      ["q.flattery.picked.real-love", 3],
      ["q.flattery.picked.warning-sign", 40],
      ["q.flattery.picked.send-photo", 9],
    ]);
    const report = buildReport({ ...base, totals, answerKey: [flattery] });
    expect(report.metrics["q.flattery.picked.real-love"]).toBe("<5");
    expect(report.metrics["q.flattery.picked.send-photo"]).toBe("<5"); // the complement
    expect(report.metrics["q.flattery.answered"]).toBe(52);
    expect(report.metrics["q.flattery.correct"]).toBe(40);
    const constraints = reportConstraints([...totals.keys()], daysInRange(base.from, base.to), { seriesMetrics: SERIES_METRICS, answerKey: [flattery] });
    const hidden = hiddenIn(report);
    expect(exposedBySubtraction(constraints, hidden)).toEqual([]);
    expect(recoverable(constraints, hidden)).toEqual([]);
  });

  it("a hidden correct answer's picked cell hides `correct` too, and the other way round", () => {
    // 4 right of 30: correct = picked.warning-sign = 4 is small, both hidden, and one more picked cell.
    const totals = new Map([
      ["q.flattery.answered", 30],
      ["q.flattery.correct", 4],
      ["q.flattery.picked.real-love", 16],
      ["q.flattery.picked.warning-sign", 4],
      ["q.flattery.picked.send-photo", 10],
    ]);
    const report = buildReport({ ...base, totals, answerKey: [flattery] });
    expect(report.metrics["q.flattery.correct"]).toBe("<5");
    expect(report.metrics["q.flattery.picked.warning-sign"]).toBe("<5");
    expect(report.metrics["q.flattery.picked.send-photo"]).toBe("<5");
    expect(report.metrics["q.flattery.picked.real-love"]).toBe(16);
    const truth = [
      { total: "q.flattery.answered", parts: ["q.flattery.picked.real-love", "q.flattery.picked.warning-sign", "q.flattery.picked.send-photo"] },
      { total: "q.flattery.correct", parts: ["q.flattery.picked.warning-sign"] },
    ];
    expect(recoverable(truth, hiddenIn(report))).toEqual([]);
  });

  it("without the answer key a scenario's counts are left out of the report, not shown unprotected", () => {
    const totals = new Map([
      ["messages", 12],
      ["q.flattery.answered", 12],
      ["q.flattery.correct", 9],
      ["q.flattery.picked.warning-sign", 9],
      ["q.flattery.picked.real-love", 3],
    ]);
    expect(Object.keys(buildReport({ ...base, totals }).metrics)).toEqual(["messages"]);
    expect(Object.keys(buildReport({ ...base, totals, answerKey: [{ ...flattery, scenario: "gifts" }] }).metrics)).toEqual(["messages"]);
    expect(Object.keys(buildReport({ ...base, totals, answerKey: [flattery] }).metrics)).toContain("q.flattery.correct");
  });

  it("for random answers to the real scenarios, nothing hidden can be worked out from what is shown", () => {
    const key = scenarioSummaries(loadFlows(contentPaths.flows));
    expect(key.length).toBeGreaterThan(10);
    const rand = prng(11);
    let hiddenSeen = 0;
    for (let t = 0; t < 40; t++) {
      const k = rand.pick([3, 5]);
      const totals = new Map<string, number>();
      const add = (m: string, n: number) => n > 0 && totals.set(m, (totals.get(m) ?? 0) + n);
      for (const s of key.slice(0, rand.int(1, 5))) {
        for (const a of s.answers) {
          const n = rand.next() < 0.3 ? 0 : rand.next() < 0.5 ? rand.int(1, k - 1) : rand.int(k, 5 * k);
          add(`q.${s.scenario}.picked.${a}`, n);
          add(`q.${s.scenario}.answered`, n);
          if (a === s.correct) add(`q.${s.scenario}.correct`, n);
        }
      }
      const report = buildReport({ ...base, k, totals, answerKey: key });
      const hidden = hiddenIn(report);
      hiddenSeen += hidden.size;
      for (const [m, v] of totals) if (v > 0 && v < k) expect(report.metrics[m]).toBe(report.marker);
      // The sums as the counting makes them true, written out here apart from the code under test.
      const truth = key.flatMap((s) => [
        { total: `q.${s.scenario}.answered`, parts: s.answers.map((a) => `q.${s.scenario}.picked.${a}`) },
        { total: `q.${s.scenario}.correct`, parts: [`q.${s.scenario}.picked.${s.correct}`] },
      ]);
      expect(exposedBySubtraction(truth, hidden)).toEqual([]);
      expect(recoverable(truth, hidden)).toEqual([]);
      for (const [m, v] of Object.entries(report.metrics)) if (typeof v === "number") expect(v).toBe(totals.get(m) ?? 0);
    }
    expect(hiddenSeen).toBeGreaterThan(40); // the test exercised suppression
  });
});
