import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/stats/report.js";
import { suppress, type SumConstraint } from "../../src/stats/suppression.js";
import { prng } from "./helpers.js";
import { exposedBySubtraction, recoverable } from "./recoverable.js";

const sorted = (s: Set<string>) => [...s].sort();

describe("suppress", () => {
  it("hides counts below k", () => {
    const h = suppress(new Map([["a", 4], ["b", 5], ["c", 1], ["d", 0]]), [], 5);
    expect(sorted(h)).toEqual(["a", "c"]);
  });

  it("hides the next-smallest cell when exactly one cell of a group with a shown total is hidden", () => {
    const values = new Map([["t", 93], ["a", 3], ["b", 40], ["c", 50]]);
    const h = suppress(values, [{ total: "t", parts: ["a", "b", "c"] }], 5);
    expect(sorted(h)).toEqual(["a", "b"]);
  });

  it("needs nothing more when two cells of a group are already small", () => {
    const values = new Map([["t", 57], ["a", 3], ["b", 4], ["c", 50]]);
    expect(sorted(suppress(values, [{ total: "t", parts: ["a", "b", "c"] }], 5))).toEqual(["a", "b"]);
  });

  it("does not take a zero as the complement while a non-zero cell is left", () => {
    const values = new Map([["t", 23], ["a", 3], ["c", 20]]);
    const h = suppress(values, [{ total: "t", parts: ["a", "b", "c"] }], 5);
    expect(sorted(h)).toEqual(["a", "c"]);
  });

  it("protects a small day of a series whose range total is shown", () => {
    const values = new Map([["m", 47], ["m@1", 20], ["m@2", 2], ["m@3", 25]]);
    const h = suppress(values, [{ total: "m", parts: ["m@1", "m@2", "m@3"] }], 5);
    expect(sorted(h)).toEqual(["m@1", "m@2"]);
  });

  it("hides a total below k together with all its parts", () => {
    const values = new Map([["t", 4], ["a", 1], ["b", 3]]);
    expect(sorted(suppress(values, [{ total: "t", parts: ["a", "b"] }], 5))).toEqual(["a", "b", "t"]);
  });

  it("follows chains: a complement hidden in one group must not be exposed in another", () => {
    // messages = Σ topics = Σ langs. Hiding topic b (the complement of a) must not leave b alone in
    // some other sum; and lang x (small) needs its own complement.
    const values = new Map([["messages", 60], ["a", 2], ["b", 8], ["c", 50], ["x", 3], ["y", 57]]);
    const constraints = [
      { total: "messages", parts: ["a", "b", "c"] },
      { total: "messages", parts: ["x", "y"] },
    ];
    const h = suppress(values, constraints, 5);
    expect(exposedBySubtraction(constraints, h)).toEqual([]);
    expect(recoverable(constraints, h)).toEqual([]);
    expect(h.has("a") && h.has("x")).toBe(true);
  });

  it("catches what plain subtraction misses: cells determined only by combining sums", () => {
    // a+b = T1, b+c = T2, a+c = T3 with all totals shown: every sum has two hidden cells, yet
    // a = (T1 - T2 + T3) / 2.
    const values = new Map([["a", 2], ["b", 3], ["c", 4], ["T1", 5], ["T2", 7], ["T3", 6], ["d", 30], ["e", 40], ["f", 50]]);
    const constraints = [
      { total: "T1", parts: ["a", "b"] },
      { total: "T2", parts: ["b", "c"] },
      { total: "T3", parts: ["a", "c"] },
    ];
    const h = suppress(values, constraints, 5);
    expect(recoverable(constraints, h)).toEqual([]);
  });

  it("property: for random tables, no hidden value can be worked out from the shown ones", () => {
    const rand = prng(20250310);
    let tables = 0;
    let complements = 0;
    for (let t = 0; t < 400; t++) {
      const k = rand.pick([2, 3, 5, 10]);
      const value = () => {
        const r = rand.next();
        return r < 0.3 ? 0 : r < 0.65 ? rand.int(1, k - 1) : rand.int(k, 6 * k);
      };
      const values = new Map<string, number>();
      const constraints: SumConstraint[] = [];
      // Random leaf cells, then a random hierarchy of sums over them and over earlier totals,
      // plus a second partition of some totals (like topic.* and lang.* both summing to messages).
      const leaves = Array.from({ length: rand.int(3, 14) }, (_, i) => `c${i}`);
      for (const id of leaves) values.set(id, value());
      const pool = [...leaves];
      const sums = rand.int(1, 5);
      for (let s = 0; s < sums; s++) {
        const parts = [...new Set(Array.from({ length: rand.int(2, Math.min(6, pool.length)) }, () => rand.pick(pool)))];
        if (parts.length < 2) continue;
        const id = `T${s}`;
        const total = parts.reduce((n, p) => n + (values.get(p) ?? 0), 0);
        values.set(id, total);
        constraints.push({ total: id, parts });
        pool.push(id);
        if (rand.next() < 0.5 && total > 0) {
          // Another split of the same total into fresh cells.
          const n = rand.int(2, 4);
          const split = Array.from({ length: n }, () => 0);
          for (let i = 0; i < total; i++) split[rand.int(0, n - 1)]! += 1;
          const ids = split.map((v, i) => {
            const cell = `${id}.p${i}`;
            values.set(cell, v);
            return cell;
          });
          constraints.push({ total: id, parts: ids });
        }
      }
      const hidden = suppress(values, constraints, k);
      tables++;
      for (const [id, v] of values) if (v > 0 && v < k) expect(hidden.has(id), `${id}=${v} < ${k} must be hidden`).toBe(true);
      complements += [...hidden].filter((id) => !((values.get(id) ?? 0) > 0 && (values.get(id) ?? 0) < k)).length;
      expect(exposedBySubtraction(constraints, hidden)).toEqual([]);
      expect(recoverable(constraints, hidden), JSON.stringify({ k, values: [...values], constraints, hidden: [...hidden] })).toEqual([]);
    }
    expect(tables).toBe(400);
    expect(complements).toBeGreaterThan(50); // the test exercised complementary suppression
  });
});

describe("buildReport", () => {
  const base = { from: "2025-03-01", to: "2025-03-03", k: 5 };

  it("suppresses totals, per-day series and groups consistently", () => {
    const totals = new Map([
      ["messages", 40],
      ["topic.grooming", 30],
      ["topic.self_harm", 2],
      ["topic.sextortion", 8],
      ["lang.en", 40],
      ["urgent", 3],
      ["campaign.school-dhaka-01", 6],
      ["campaign.youth-club", 1],
    ]);
    const series = [
      { day: "2025-03-01", metric: "messages", count: 18 },
      { day: "2025-03-02", metric: "messages", count: 3 },
      { day: "2025-03-03", metric: "messages", count: 19 },
      { day: "2025-03-02", metric: "urgent", count: 3 },
    ];
    const r = buildReport({ ...base, totals, series });
    expect(r.metrics).toEqual({
      "campaign.school-dhaka-01": 6,
      "campaign.youth-club": "<5",
      "lang.en": 40,
      messages: 40,
      "topic.grooming": 30,
      "topic.self_harm": "<5",
      "topic.sextortion": "<5", // the complement: 40 - 30 would give self_harm away
      urgent: "<5",
    });
    expect(r.series.messages).toEqual([
      { day: "2025-03-01", value: "<5" }, // the complement of the small day
      { day: "2025-03-02", value: "<5" },
      { day: "2025-03-03", value: 19 },
    ]);
    expect(r.series.urgent!.map((p) => p.value)).toEqual([0, "<5", 0]);
    expect(r.series.users!.map((p) => p.value)).toEqual([0, 0, 0]);
  });

  it("protects a per-quiz count and a score bucket against quiz.completed", () => {
    const totals = new Map([
      ["quiz.started", 20],
      ["quiz.started.a", 17],
      ["quiz.started.b", 3],
      ["quiz.completed", 12],
      ["quiz.completed.a", 12],
      ["quiz.score.0-2", 4],
      ["quiz.score.3-4", 8],
    ]);
    const r = buildReport({ ...base, totals, series: [] });
    expect(r.metrics["quiz.started.b"]).toBe("<5");
    expect(r.metrics["quiz.started.a"]).toBe("<5");
    expect(r.metrics["quiz.score.0-2"]).toBe("<5");
    expect(r.metrics["quiz.score.3-4"]).toBe("<5");
    expect(r.metrics["quiz.completed"]).toBe(12);
  });
});

describe("buildReport property", () => {
  it("for random months of data, nothing hidden in the report can be worked out from what it shows", async () => {
    const { reportConstraints } = await import("../../src/stats/report.js");
    const { SERIES_METRICS, TOPIC_METRICS, LANG_METRICS } = await import("../../src/stats/metric-names.js");
    const { daysInRange } = await import("../../src/stats/days.js");
    const rand = prng(7);
    for (let t = 0; t < 60; t++) {
      const k = rand.pick([3, 5]);
      const from = "2025-03-01";
      const to = rand.pick(["2025-03-01", "2025-03-04", "2025-03-10"]);
      const days = daysInRange(from, to);
      const small = () => (rand.next() < 0.4 ? 0 : rand.next() < 0.5 ? rand.int(1, k - 1) : rand.int(k, 4 * k));
      const series: Array<{ day: string; metric: string; count: number }> = [];
      const totals = new Map<string, number>();
      const add = (metric: string, day: string, n: number) => {
        if (n === 0) return;
        totals.set(metric, (totals.get(metric) ?? 0) + n);
        if ((SERIES_METRICS as readonly string[]).includes(metric)) series.push({ day, metric, count: n });
      };
      for (const day of days) {
        // Every message has one topic and one language form, as the bot counts them.
        const topics = TOPIC_METRICS.slice(0, rand.int(2, 6)).map((m) => [m, small()] as const);
        const messages = topics.reduce((n, [, v]) => n + v, 0);
        for (const [m, v] of topics) add(m, day, v);
        add("messages", day, messages);
        const split = LANG_METRICS.map(() => 0);
        for (let i = 0; i < messages; i++) split[rand.int(0, split.length - 1)]! += 1;
        LANG_METRICS.forEach((m, i) => add(m, day, split[i]!));
        add("urgent", day, small());
        add("users", day, small());
        add("referral.shown", day, small());
        const perQuiz = ["a", "b", "c"].map((q) => [q, small()] as const);
        for (const [q, v] of perQuiz) add(`quiz.completed.${q}`, day, v);
        const completed = perQuiz.reduce((n, [, v]) => n + v, 0);
        add("quiz.completed", day, completed);
        const buckets = [0, 0, 0];
        for (let i = 0; i < completed; i++) buckets[rand.int(0, 2)]! += 1;
        buckets.forEach((v, i) => add(`quiz.score.${i}`, day, v));
      }
      const report = buildReport({ from, to, k, totals, series });
      const hidden = new Set<string>();
      for (const [m, v] of Object.entries(report.metrics)) if (v === report.marker) hidden.add(m);
      for (const [m, points] of Object.entries(report.series)) for (const p of points) if (p.value === report.marker) hidden.add(`${m}@${p.day}`);
      for (const [m, v] of totals) if (v > 0 && v < k) expect(report.metrics[m]).toBe(report.marker);
      const constraints = reportConstraints([...totals.keys()], days, { seriesMetrics: SERIES_METRICS });
      expect(exposedBySubtraction(constraints, hidden)).toEqual([]);
      expect(recoverable(constraints, hidden)).toEqual([]);
      // What is shown is the truth.
      for (const [m, v] of Object.entries(report.metrics)) if (typeof v === "number") expect(v).toBe(totals.get(m));
    }
  });
});
