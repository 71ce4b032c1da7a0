import type { Hono } from "hono";
import { contentPaths } from "../../src/content/content.js";
import { createDashboard, type DashboardOptions } from "../../src/dashboard/app.js";
import { loadFlows } from "../../src/flows/content.js";
import { scenarioSummaries } from "../../src/flows/scenario-summaries.js";
import type { SqliteStatsDb } from "../../src/stats/db.js";
import { addCounts, type CountIncrement } from "../../src/stats/store.js";
import { tempSqlite } from "../stats/helpers.js";

export const TOKEN = "test-dashboard-token-0123456789";
export const auth = { Authorization: `Bearer ${TOKEN}` };
export const NOW = new Date("2025-03-10T12:00:00Z");
/** A week after NOW: the week of NOW is over, so every seeded day can be served. */
export const WEEK_LATER = new Date("2025-03-17T12:00:00Z");

/** A month of plausible counts ending 2025-03-10, with a few small cells. */
export function seedRows(): CountIncrement[] {
  const rows: CountIncrement[] = [];
  for (let d = 1; d <= 10; d++) {
    const day = `2025-03-${String(d).padStart(2, "0")}`;
    rows.push(
      { day, metric: "messages", n: 40 + d },
      { day, metric: "users", n: 10 + d },
      { day, metric: "urgent", n: d === 4 ? 2 : 6 + (d % 3) },
      { day, metric: "referral.shown", n: 8 },
      { day, metric: "quiz.started", n: 9 },
      { day, metric: "quiz.started.spot-the-groomer", n: 6 },
      { day, metric: "quiz.started.safe-settings", n: 3 },
      { day, metric: "quiz.completed", n: 7 },
      { day, metric: "quiz.completed.spot-the-groomer", n: 5 },
      { day, metric: "quiz.completed.safe-settings", n: 2 },
      { day, metric: "quiz.score.0-2", n: 1 },
      { day, metric: "quiz.score.3-4", n: 6 },
      { day, metric: "topic.grooming", n: 20 + d },
      { day, metric: "topic.sextortion", n: 10 },
      { day, metric: "topic.greeting", n: 10 },
      { day, metric: "lang.en", n: 20 },
      { day, metric: "lang.bn", n: 10 + d },
      { day, metric: "lang.bn-Latn", n: 10 },
    );
  }
  rows.push({ day: "2025-03-05", metric: "topic.self_harm", n: 1 }, { day: "2025-03-05", metric: "messages", n: 1 }, { day: "2025-03-05", metric: "lang.bn", n: 1 });
  return rows;
}

/** The real quiz scenarios, as the entry points hand them to the dashboard. */
export const SCENARIOS = scenarioSummaries(loadFlows(contentPaths.flows));

/**
 * Answers to four scenarios on 2025-03-03, as quizzes count them (each answer: answered, one
 * picked, and correct when right). Best-answer rates: flattery 25 %, meeting 60 %,
 * image-request 90 %; gifts has too few answers to show any.
 */
export function answerRows(day = "2025-03-03"): CountIncrement[] {
  const picks: Record<string, Record<string, number>> = {
    flattery: { "real-love": 24, "warning-sign": 10, "send-photo": 6 },
    meeting: { "busy-place": 8, "talk-first": 18, "with-friend": 4 },
    "image-request": { "send-it": 2, "say-no": 45, "hide-face": 3 },
    gifts: { accept: 1, "refuse-tell": 2 },
  };
  const totals = new Map<string, number>();
  const add = (metric: string, n: number) => totals.set(metric, (totals.get(metric) ?? 0) + n);
  for (const [scenario, answers] of Object.entries(picks)) {
    const correct = SCENARIOS.find((s) => s.scenario === scenario)!.correct;
    for (const [answer, n] of Object.entries(answers)) {
      add(`q.${scenario}.answered`, n);
      add(`q.${scenario}.picked.${answer}`, n);
      if (answer === correct) add(`q.${scenario}.correct`, n);
    }
  }
  return [...totals].map(([metric, n]) => ({ day, metric, n }));
}

export interface TestDashboard {
  app: Hono;
  db: SqliteStatsDb;
  cleanup: () => Promise<void>;
}

export async function testDashboard(options: Partial<DashboardOptions> = {}, seed = true): Promise<TestDashboard> {
  const { db, cleanup } = tempSqlite();
  if (seed) await addCounts(db, seedRows());
  const app = createDashboard({ db, token: TOKEN, k: 5, now: () => NOW, botUsername: async () => "nirapod_bot", scenarios: SCENARIOS, ...options });
  return { app, db, cleanup };
}
