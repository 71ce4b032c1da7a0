import { describe, expect, it } from "vitest";
import { addDays, daysInRange } from "../../src/stats/days.js";
import { SERIES_METRICS } from "../../src/stats/metric-names.js";
import { buildReport } from "../../src/stats/report.js";
import { serveRange, weekStart, weeksOf, type DayRange } from "../../src/stats/served-range.js";
import { composeServedReport, type ServedReport } from "../../src/stats/served-report.js";
import type { Shown } from "../../src/stats/suppression.js";

/**
 * The attacker: someone who may ask the API for any set of ranges and solve the linear system of
 * everything it answers. Unknowns: every metric's count on every day. Known: every number any
 * answer shows (a range total, a day or a week of a series; a metric absent from an answer is a
 * shown 0) and the identities that hold every day because of how the bot counts (`messages` is
 * the sum of the topics and of the language forms, `urgent` of the kinds of danger,
 * `quiz.completed` of the per-quiz completions and of the score buckets).
 *
 * The claim, checked for random data (small counts included) and random sets of requested ranges:
 * 1. every cell hidden in some answer (a range total, a series point) is not determined by all
 *    the shown numbers together;
 * 2. no week block and no single day whose true count is between 1 and k − 1 is determined;
 * 3. for every two answers, the difference of a metric's shown totals over nested ranges is 0
 *    or at least k (the plain "1–10 March minus 1–9 March" attack);
 * 4. what is shown is the truth.
 * "Determined" is linear algebra (the cell's vector lies in the row space of the known
 * equations), computed exactly modulo a large prime; bounds from counts being ≥ 0 are not used,
 * as in suppression.ts.
 */

const P = 1_000_003;
const mod = (a: number) => ((a % P) + P) % P;
function inverse(a: number): number {
  let [r0, r1, s0, s1] = [mod(a), P, 1, 0];
  while (r1 !== 0) {
    const q = Math.floor(r0 / r1);
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  return mod(s0);
}

/** A row space over GF(P) in echelon form, grown one row at a time. */
class RowSpace {
  private readonly pivots = new Map<number, Int32Array>();
  constructor(readonly width: number) {}

  private reduce(row: ArrayLike<number>): Int32Array {
    const v = Int32Array.from(row, mod);
    for (let c = 0; c < this.width; c++) {
      if (v[c] === 0) continue;
      const p = this.pivots.get(c);
      if (!p) continue;
      const f = v[c]!;
      for (let i = c; i < this.width; i++) if (p[i] !== 0) v[i] = mod(v[i]! - ((f * p[i]!) % P));
    }
    return v;
  }

  add(row: ArrayLike<number>): void {
    const v = this.reduce(row);
    const lead = v.findIndex((x) => x !== 0);
    if (lead < 0) return;
    const inv = inverse(v[lead]!);
    for (let i = lead; i < this.width; i++) v[i] = (v[i]! * inv) % P;
    this.pivots.set(lead, v);
  }

  contains(row: ArrayLike<number>): boolean {
    return this.reduce(row).every((x) => x === 0);
  }
}

function prng(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  return { next, int };
}

/** Metric families: the daily identities link metrics within a family only, so each is solved apart. */
const FAMILIES: ReadonlyArray<{ metrics: string[]; identities: Array<{ total: string; parts: string[] }> }> = [
  {
    metrics: ["messages", "topic.grooming", "topic.sextortion", "topic.self_harm", "lang.en", "lang.bn"],
    identities: [
      { total: "messages", parts: ["topic.grooming", "topic.sextortion", "topic.self_harm"] },
      { total: "messages", parts: ["lang.en", "lang.bn"] },
    ],
  },
  { metrics: ["urgent", "danger.self_harm", "danger.other"], identities: [{ total: "urgent", parts: ["danger.self_harm", "danger.other"] }] },
  {
    metrics: ["quiz.completed", "quiz.completed.a", "quiz.completed.b", "quiz.score.low", "quiz.score.high"],
    identities: [
      { total: "quiz.completed", parts: ["quiz.completed.a", "quiz.completed.b"] },
      { total: "quiz.completed", parts: ["quiz.score.low", "quiz.score.high"] },
    ],
  },
  { metrics: ["users"], identities: [] },
  { metrics: ["referral.shown"], identities: [] },
  { metrics: ["campaign.school"], identities: [] },
  { metrics: ["funnel.quiz.school"], identities: [] },
];

type Data = Map<string, Map<string, number>>; // metric → day → count

/** Random daily counts that obey the identities, with plenty of small and zero cells. */
function randomData(rand: ReturnType<typeof prng>, days: readonly string[], k: number): Data {
  const data: Data = new Map();
  const set = (metric: string, day: string, n: number) => {
    if (!data.has(metric)) data.set(metric, new Map());
    if (n > 0) data.get(metric)!.set(day, n);
  };
  const count = () => {
    const r = rand.next();
    return r < 0.35 ? 0 : r < 0.7 ? rand.int(1, k - 1) : rand.int(k, 6 * k);
  };
  const split = (n: number, parts: number) => {
    const out = Array.from({ length: parts }, () => 0);
    for (let i = 0; i < n; i++) out[rand.int(0, parts - 1)]! += 1;
    return out;
  };
  for (const day of days) {
    const topics = [count(), count(), count()];
    const messages = topics.reduce((a, b) => a + b, 0);
    ["topic.grooming", "topic.sextortion", "topic.self_harm"].forEach((m, i) => set(m, day, topics[i]!));
    set("messages", day, messages);
    const [en, bn] = split(messages, 2);
    set("lang.en", day, en!);
    set("lang.bn", day, bn!);
    const kinds = [count(), count()];
    set("danger.self_harm", day, kinds[0]!);
    set("danger.other", day, kinds[1]!);
    set("urgent", day, kinds[0]! + kinds[1]!);
    const quizzes = [count(), count()];
    set("quiz.completed.a", day, quizzes[0]!);
    set("quiz.completed.b", day, quizzes[1]!);
    const completed = quizzes[0]! + quizzes[1]!;
    set("quiz.completed", day, completed);
    const [low, high] = split(completed, 2);
    set("quiz.score.low", day, low!);
    set("quiz.score.high", day, high!);
    set("users", day, count());
    set("referral.shown", day, count());
    set("campaign.school", day, count());
    set("funnel.quiz.school", day, rand.next() < 0.5 ? 0 : rand.int(1, k - 1));
  }
  return data;
}

const value = (data: Data, metric: string, days: readonly string[]) => days.reduce((n, d) => n + (data.get(metric)?.get(d) ?? 0), 0);

/** What the database would hand the served report: weekly totals and the series' days. */
function serve(data: Data, requested: DayRange, today: string, k: number): ServedReport {
  const range = serveRange(requested, today);
  const weeks = new Map<string, Map<string, number>>();
  for (const week of weeksOf(range)) {
    const totals = new Map<string, number>();
    for (const [metric] of data) {
      const v = value(data, metric, daysInRange(week, addDays(week, 6)));
      if (v > 0) totals.set(metric, v);
    }
    weeks.set(week, totals);
  }
  const daily = (SERIES_METRICS as readonly string[]).flatMap((metric) =>
    daysInRange(range.from, range.to).flatMap((day) => {
      const count = data.get(metric)?.get(day) ?? 0;
      return count > 0 ? [{ day, metric, count }] : [];
    }),
  );
  return composeServedReport({ range, k, weeks, daily });
}

/** One equation the attacker knows: a metric over some days. */
interface Observation {
  metric: string;
  days: readonly string[];
  shown: Shown;
}

function observations(report: { metrics: Record<string, Shown>; series: Record<string, Array<{ day: string; value: Shown }>>; from: string; to: string }, unit: "day" | "week"): Observation[] {
  const days = daysInRange(report.from, report.to);
  const out: Observation[] = [];
  for (const family of FAMILIES) for (const metric of family.metrics) out.push({ metric, days, shown: report.metrics[metric] ?? 0 });
  for (const [metric, points] of Object.entries(report.series)) {
    for (const p of points) out.push({ metric, days: unit === "day" ? [p.day] : daysInRange(p.day, addDays(p.day, 6)), shown: p.value });
  }
  return out;
}

interface Attack {
  /** Cells hidden somewhere that the shown numbers determine. */
  hiddenRecovered: string[];
  /** Week blocks and days with a true count in 1..k-1 that the shown numbers determine. */
  smallRecovered: string[];
}

/** Solves, per family, the attacker's system over all observations and checks what it pins. */
function attack(data: Data, allDays: readonly string[], seen: readonly Observation[], k: number): Attack {
  const dayIndex = new Map(allDays.map((d, i) => [d, i]));
  const result: Attack = { hiddenRecovered: [], smallRecovered: [] };
  for (const family of FAMILIES) {
    const col = (metric: string, day: string) => family.metrics.indexOf(metric) * allDays.length + dayIndex.get(day)!;
    const width = family.metrics.length * allDays.length;
    const vector = (metric: string, days: readonly string[]) => {
      const v = new Array<number>(width).fill(0);
      for (const d of days) v[col(metric, d)] = 1;
      return v;
    };
    const space = new RowSpace(width);
    for (const day of allDays) {
      for (const id of family.identities) {
        const v = new Array<number>(width).fill(0);
        v[col(id.total, day)] = -1;
        for (const p of id.parts) v[col(p, day)] = 1;
        space.add(v);
      }
    }
    const mine = seen.filter((o) => family.metrics.includes(o.metric));
    for (const o of mine) if (typeof o.shown === "number") space.add(vector(o.metric, o.days));
    for (const o of mine) {
      if (typeof o.shown === "string" && space.contains(vector(o.metric, o.days))) result.hiddenRecovered.push(`${o.metric} over ${o.days[0]}..${o.days.at(-1)}`);
    }
    for (const metric of family.metrics) {
      const blocks = [...new Set(allDays.map(weekStart))].map((w) => daysInRange(w, addDays(w, 6)).filter((d) => dayIndex.has(d)));
      for (const days of [...blocks, ...allDays.map((d) => [d])]) {
        const v = value(data, metric, days);
        if (v > 0 && v < k && space.contains(vector(metric, days))) result.smallRecovered.push(`${metric} over ${days[0]}..${days.at(-1)} = ${v}`);
      }
    }
  }
  return result;
}

describe("served ranges: no suppressed cell can be recovered from any set of answers", () => {
  it("property: random daily data, random sets of requested ranges", () => {
    const rand = prng(20250310);
    const start = "2025-03-03"; // a Monday
    const allDays = daysInRange(start, addDays(start, 41)); // six weeks; the sixth is still running
    const today = addDays(start, 37); // the Thursday of the sixth week
    let perDaySeen = 0;
    let perWeekSeen = 0;
    let markersSeen = 0;
    for (let trial = 0; trial < 24; trial++) {
      const k = rand.next() < 0.5 ? 5 : 3;
      const data = randomData(rand, allDays.filter((d) => d < today), k);
      const requests: DayRange[] = Array.from({ length: rand.int(2, 7) }, () => {
        const from = addDays(start, rand.int(-3, 37));
        return { from, to: addDays(from, rand.int(0, 30)) };
      });
      const answers = requests.map((r) => serve(data, r, today, k));
      const seen: Observation[] = [];
      for (const a of answers) {
        expect(a.from).toBe(weekStart(a.from));
        expect(a.to < addDays(weekStart(today), 0)).toBe(true); // only weeks that are over
        seen.push(...observations(a, a.seriesUnit));
        if (a.seriesUnit === "day") perDaySeen++;
        else perWeekSeen++;
        markersSeen += Object.values(a.metrics).filter((v) => typeof v === "string").length;
        // 4. what is shown is the truth.
        const days = daysInRange(a.from, a.to);
        for (const [m, v] of Object.entries(a.metrics)) if (typeof v === "number") expect(v).toBe(value(data, m, days));
      }
      // 3. differences of nested ranges.
      for (const a of answers) {
        for (const b of answers) {
          if (!(a.from <= b.from && b.to <= a.to)) continue;
          for (const m of Object.keys(a.metrics)) {
            const x = a.metrics[m];
            const y = b.metrics[m] ?? 0;
            if (typeof x !== "number" || typeof y !== "number") continue;
            const diff = x - y;
            expect(diff === 0 || diff >= k, `${m}: ${a.from}..${a.to} minus ${b.from}..${b.to} = ${diff}`).toBe(true);
          }
        }
      }
      // 1. and 2.
      const result = attack(data, allDays, seen, k);
      expect(result.hiddenRecovered).toEqual([]);
      expect(result.smallRecovered).toEqual([]);
    }
    // The data exercised both series forms and real suppression.
    expect(perWeekSeen).toBeGreaterThan(0);
    expect(markersSeen).toBeGreaterThan(0);
    expect(perDaySeen + perWeekSeen).toBeGreaterThan(24);
  });

  it("the per-day series appears when no day or week in it would be hidden", () => {
    const days = daysInRange("2025-03-03", "2025-03-16");
    const data: Data = new Map();
    for (const m of SERIES_METRICS) data.set(m, new Map(days.map((d, i) => [d, i % 3 === 0 ? 0 : 10 + i])));
    const report = serve(data, { from: "2025-03-03", to: "2025-03-16" }, "2025-03-20", 5);
    expect(report.seriesUnit).toBe("day");
    expect(report.series.messages).toHaveLength(14);
    data.get("urgent")!.set("2025-03-05", 2);
    const weekly = serve(data, { from: "2025-03-03", to: "2025-03-16" }, "2025-03-20", 5);
    expect(weekly.seriesUnit).toBe("week");
    expect(weekly.series.urgent!.map((p) => p.day)).toEqual(["2025-03-03", "2025-03-10"]);
  });

  it("the checker has teeth: per-range suppression without whole weeks gives 10 March away (1–10 March minus 1–9 March)", () => {
    const k = 5;
    const days = daysInRange("2025-03-01", "2025-03-10");
    const data: Data = new Map([["referral.shown", new Map(days.map((d) => [d, d === "2025-03-10" ? 2 : 8]))]]);
    const unsnapped = (to: string) => {
      const range = daysInRange("2025-03-01", to);
      const total = value(data, "referral.shown", range);
      return buildReport({ from: "2025-03-01", to, k, totals: new Map([["referral.shown", total]]), series: [], seriesMetrics: [] });
    };
    const a = unsnapped("2025-03-10");
    const b = unsnapped("2025-03-09");
    expect((a.metrics["referral.shown"] as number) - (b.metrics["referral.shown"] as number)).toBe(2);
    const seen = [...observations(a, "day"), ...observations(b, "day")];
    expect(attack(data, days, seen, k).smallRecovered).toContain("referral.shown over 2025-03-10..2025-03-10 = 2");
    // Served: both answers are the same two whole weeks, and 10 March's week is not over.
    const today = "2025-03-12";
    const [x, y] = [serve(data, { from: "2025-03-01", to: "2025-03-10" }, today, k), serve(data, { from: "2025-03-01", to: "2025-03-09" }, today, k)];
    expect([x.from, x.to, y.from, y.to]).toEqual(["2025-02-24", "2025-03-09", "2025-02-24", "2025-03-09"]);
    expect(attack(data, daysInRange("2025-02-24", "2025-03-16"), [...observations(x, x.seriesUnit), ...observations(y, y.seriesUnit)], k).smallRecovered).toEqual([]);
  });

  it("a week still running is never served, so asking again tomorrow gives nothing new", () => {
    const k = 5;
    const days = daysInRange("2025-03-03", "2025-03-16");
    const full: Data = new Map([["messages", new Map(days.map((d) => [d, 20]))]]);
    const upTo = (today: string): Data => new Map([["messages", new Map([...full.get("messages")!].filter(([d]) => d < today))]]);
    const wednesday = serve(upTo("2025-03-12"), { from: "2025-03-03", to: "2025-03-16" }, "2025-03-12", k);
    const thursday = serve(upTo("2025-03-13"), { from: "2025-03-03", to: "2025-03-16" }, "2025-03-13", k);
    expect(wednesday).toEqual(thursday);
    expect([wednesday.from, wednesday.to]).toEqual(["2025-03-03", "2025-03-09"]);
    expect(wednesday.adjustments).toEqual(["week-not-over"]);
  });
});
