import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDashboard } from "../dashboard/app.js";
import { createBufferedMetrics } from "../stats/buffered-metrics.js";
import { openSqlite, type SqliteStatsDb } from "../stats/db.js";
import { addDays, daysInRange } from "../stats/days.js";
import { FIXED_METRICS, LANG_METRICS, SERIES_METRICS, TOPIC_METRICS } from "../stats/metric-names.js";
import { loadServedReport } from "../stats/served-report.js";
import { addCounts, readSeries, readTotals, type CountIncrement } from "../stats/store.js";

export interface StatsBenchResult {
  /** Sustained `count()`/`seen()` calls per second through BufferedMetrics, flushing to a real SQLite file. */
  incrementsPerSecond: number;
  incrementsMeasured: number;
  /** Flushes (transactions) written during the measurement. */
  flushes: number;
  /** Rows seeded for the query measurements (365 days × every metric). */
  seededRows: number;
  metricsSeeded: number;
  /** The stats query for 365 days × all metrics on SQLite (totals + daily series), median ms. */
  statsQueryMs: number;
  /** The same plus suppression: what `GET /api/stats` for a year costs, median ms. */
  statsReportMs: number;
  /** Rendering the dashboard overview page for 30 days, median ms. */
  dashboardRender30dMs: number;
  /** Rendering the dashboard overview page for 365 days, median ms. */
  dashboardRender365dMs: number;
}

export interface StatsBenchOptions {
  /** How long to measure increments, in ms (default 2000). */
  incrementMs?: number;
  /** Repetitions of each timed query/render (default 7; the median is reported). */
  repeat?: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)]! * 100) / 100;
}

async function time(repeat: number, fn: () => Promise<unknown>): Promise<number> {
  await fn(); // warm up
  const runs: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    await fn();
    runs.push(performance.now() - start);
  }
  return median(runs);
}

/** Every metric name a busy year would hold: ~110 names. */
export function benchMetricNames(): string[] {
  const quizzes = Array.from({ length: 14 }, (_, i) => `q${i + 1}`);
  const campaigns = Array.from({ length: 20 }, (_, i) => `school-${i + 1}`);
  return [
    ...[...FIXED_METRICS].filter((m) => m !== "campaign.other"),
    ...TOPIC_METRICS,
    ...LANG_METRICS,
    ...quizzes.flatMap((q) => [`quiz.started.${q}`, `quiz.completed.${q}`]),
    ...["0-2", "3-4", "5-6", "7-8", "9-10"].map((b) => `quiz.score.${b}`),
    ...campaigns.map((c) => `campaign.${c}`),
    "campaign.other",
  ];
}

/** Seeds `days` days ending `to` with realistic counts (some small, most not) for every metric. */
export async function seedYear(db: SqliteStatsDb, to: string, days = 365, seed = 42): Promise<{ rows: number; metrics: number }> {
  let state = seed >>> 0;
  const rand = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const names = benchMetricNames();
  const batch: CountIncrement[] = [];
  for (const day of daysInRange(addDays(to, -(days - 1)), to)) {
    for (const metric of names) {
      const scale = metric === "messages" ? 400 : metric === "users" ? 120 : metric.startsWith("topic.") || metric.startsWith("lang.") ? 40 : 12;
      batch.push({ day, metric, n: 1 + Math.floor(rand() * scale) });
    }
  }
  await addCounts(db, batch);
  return { rows: batch.length, metrics: names.length };
}

/**
 * The stats figures for `npm run bench`: increments/s through the buffered path, the one-year
 * stats query on SQLite, and dashboard render times. Works in a temporary directory and removes it.
 *
 * @example
 * const r = await runStatsBench();
 * console.log(`${r.incrementsPerSecond} increments/s, year query ${r.statsQueryMs} ms`);
 */
export async function runStatsBench(options: StatsBenchOptions = {}): Promise<StatsBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), "nirapod-bench-"));
  const repeat = options.repeat ?? 7;
  try {
    // 1. Increments through BufferedMetrics, flushing every 100 ms to a real SQLite file (WAL).
    const counting = openSqlite(join(dir, "counting.sqlite"));
    const metrics = createBufferedMetrics(counting, { flushIntervalMs: 100 });
    const names = benchMetricNames();
    const duration = options.incrementMs ?? 2000;
    let calls = 0;
    const start = performance.now();
    while (performance.now() - start < duration) {
      for (let i = 0; i < 5000; i++) {
        metrics.count(names[i % names.length]!);
        metrics.seen(100_000 + ((calls + i) % 50_000));
      }
      calls += 10_000;
      await new Promise((resolve) => setImmediate(resolve)); // let the flush timer run
    }
    await metrics.close();
    const elapsed = (performance.now() - start) / 1000;
    const status = metrics.status();
    await counting.close();

    // 2. The year query on a seeded file.
    const db = openSqlite(join(dir, "year.sqlite"));
    const to = "2025-12-31";
    const from = addDays(to, -364);
    const seeded = await seedYear(db, to);
    const statsQueryMs = await time(repeat, () => Promise.all([readTotals(db, from, to), readSeries(db, from, to, SERIES_METRICS)]));
    // A year of whole weeks, all over (served as asked but for the widening to weeks).
    const statsReportMs = await time(repeat, () => loadServedReport(db, { from, to }, 5, addDays(to, 14)));

    // 3. Dashboard page render (through the hono app, no network).
    const token = "bench-token-0123456789abcdef";
    const app = createDashboard({ db, token, k: 5, now: () => new Date(`${to}T12:00:00Z`) });
    const headers = { Authorization: `Bearer ${token}` };
    const render = (f: string) => async () => {
      const res = await app.request(`/?from=${f}&to=${to}`, { headers });
      await res.text();
    };
    const dashboardRender30dMs = await time(repeat, render(addDays(to, -29)));
    const dashboardRender365dMs = await time(repeat, render(from));
    await db.close();

    return {
      incrementsPerSecond: Math.round(calls / elapsed),
      incrementsMeasured: calls,
      flushes: status.flushes,
      seededRows: seeded.rows,
      metricsSeeded: seeded.metrics,
      statsQueryMs,
      statsReportMs,
      dashboardRender30dMs,
      dashboardRender365dMs,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
