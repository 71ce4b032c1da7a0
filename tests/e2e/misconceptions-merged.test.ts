import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Poll } from "grammy/types";
import { afterAll, expect, it } from "vitest";
import { ClassroomSessions } from "../../src/bot/classroom/sessions.js";
import { buttons } from "../../src/core/callback-data.js";
import { RecordingMetrics, type Metrics } from "../../src/core/metrics.js";
import { createDashboard } from "../../src/dashboard/app.js";
import { scenarioSummaries } from "../../src/flows/scenario-summaries.js";
import { openStats, type Stats } from "../../src/stats/index.js";
import { TestUser } from "../helpers/harness.js";
import { createFlowHarness, TestClock } from "../helpers/stories.js";

/**
 * The issue's "done when": a classroom session's poll totals and private quiz answers land in
 * the same counts, through the real buffered counter and a real SQLite file, and the dashboard's
 * "What teens get wrong" serves them together.
 */
const TOKEN = "dashboard-token-for-tests-0123456789";
const dir = mkdtempSync(join(tmpdir(), "nirapod-misconceptions-"));
let stats: Stats | undefined;
afterAll(async () => {
  await stats?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Both the database's counter and one the test can read. */
function tee(a: Metrics, b: RecordingMetrics): Metrics {
  return {
    count: (name, n) => {
      a.count(name, n);
      b.count(name, n);
    },
    seen: (id) => a.seen(id),
  };
}

it("classroom polls and private quizzes add up on the misconception page", async () => {
  stats = await openStats({ databaseUrl: `file:${join(dir, "stats.sqlite")}`, stats: { minCount: 2, flushMs: 60_000 } });
  const recorded = new RecordingMetrics();
  const clock = new TestClock();
  const sessions = new ClassroomSessions({ ttlMs: 2 * 60 * 60_000, now: () => clock.now });
  const h = createFlowHarness({ seed: 3, clock, metrics: tee(stats.metrics, recorded), classroom: { sessions, schedule: () => () => undefined } });

  // A classroom session on grooming: 6 answer each poll, 4 of them the best answer, 2 another.
  const groupId = -1_009_870_001;
  const admin = new TestUser(h, { chatType: "supergroup", groupId });
  h.api.setMember(groupId, admin.id, "administrator");
  await admin.command("session");
  const run = buttons.classTheme.parse(admin.last.buttons[0]!.data!)!.run;
  await admin.pressData(buttons.classTheme.data({ run, theme: "grooming" }), admin.last.messageId);
  const polled: string[] = [];
  for (let round = 0; round < 5; round++) {
    const call = h.api.calls.filter((c) => c.method === "sendPoll").at(-1)!;
    const correct = Number(call.payload.correct_option_id);
    const options = call.payload.options as unknown[];
    await admin.update({ poll: h.api.vote((call.result as { poll: Poll }).poll.id, options.map((_, i) => (i === correct ? 4 : i === (correct + 1) % options.length ? 2 : 0))) });
    await admin.pressData(buttons.classNext.data({ run, round }));
    polled.push([...h.flows.scenarios.keys()].find((id) => recorded.get(`q.${id}.answered`) > 0 && !polled.includes(id))!);
    await admin.press(admin.last.buttons[0]!.data!);
  }
  expect(recorded.get("class.poll")).toBe(5);

  // Three teens take the grooming quiz privately, each tapping the first answer shown.
  for (let teen = 0; teen < 3; teen++) {
    const u = new TestUser(h);
    await u.command("quiz");
    await u.press("quiz:grooming");
    for (let q = 0; q < 5; q++) {
      await u.press(/^f:[a-z0-9]+:\d+:(?!next)[a-z-]+$/);
      await u.press(/:next$/);
    }
  }
  await stats.metrics.flush();

  const merged = polled.filter((id) => recorded.get(`q.${id}.answered`) > 6);
  expect(merged.length).toBeGreaterThan(0); // some situations were answered in class and privately

  // Counts are put on the real day they happen; the dashboard is asked a week later, once that week is over.
  const week = new Date(Date.now() + 7 * 86_400_000);
  const today = new Date().toISOString().slice(0, 10);
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10); // in case the test ran across midnight
  const app = createDashboard({ db: stats.db, token: TOKEN, k: 2, now: () => week, scenarios: scenarioSummaries(h.flows) });
  const res = await app.request(`/api/stats?from=${yesterday}&to=${today}`, { headers: { Authorization: `Bearer ${TOKEN}` } });
  const { metrics } = (await res.json()) as { metrics: Record<string, number | string> };
  for (const id of polled) {
    // What the database serves is what both kinds of answer counted together.
    expect(metrics[`q.${id}.answered`], id).toBe(recorded.get(`q.${id}.answered`));
    expect(recorded.get(`q.${id}.answered`), id).toBeGreaterThanOrEqual(6);
  }
  const page = await (await app.request(`/misconceptions?from=${yesterday}&to=${today}`, { headers: { Authorization: `Bearer ${TOKEN}` } })).text();
  for (const id of merged) expect(page).toMatch(new RegExp(`<td>${id}</td><td class="num">${recorded.get(`q.${id}.answered`)}</td>`));
});
