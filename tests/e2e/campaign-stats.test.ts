import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createDashboard } from "../../src/dashboard/app.js";
import type { Classifier } from "../../src/nlu/index.js";
import { openStats, registerCampaign, type Stats } from "../../src/stats/index.js";
import { createHarness, TestUser, type Harness } from "../helpers/harness.js";

/**
 * The "done when", through the real bot, the real buffered counter, a real SQLite file
 * and the real dashboard API: six teens arrive through one school's link and one through
 * another; the API shows 6 for the school and hides the single start; nothing personal is stored.
 */
const TOKEN = "dashboard-token-for-tests-0123456789";
const dir = mkdtempSync(join(tmpdir(), "nirapod-e2e-"));
const file = join(dir, "stats.sqlite");
let stats: Stats;
let harness: Harness;
/** The campaign counter's promises, one per /start: each settles once its start is counted. */
const counted: Array<Promise<unknown>> = [];

const classifier: Classifier = {
  classify: () => ({ topic: "grooming", urgent: false, confidence: 0.9, lang: "en", alternatives: [] }),
};

beforeAll(async () => {
  stats = await openStats({ databaseUrl: `file:${file}`, stats: { minCount: 5, flushMs: 60_000 } });
  await registerCampaign(stats.db, "school-dhaka-01");
  await registerCampaign(stats.db, "youth-club-02");
  const campaigns = {
    countStart: (payload: string | undefined) => {
      const started = stats.campaigns.countStart(payload);
      counted.push(started);
      return started;
    },
  };
  harness = createHarness({ classifier, metrics: stats.metrics, campaigns });
});
afterAll(async () => {
  await stats.close();
  rmSync(dir, { recursive: true, force: true });
});

it("counts campaign starts, suppresses the small one, answers 401 without the token, and stores nothing personal", async () => {
  const ids = Array.from({ length: 7 }, (_, i) => 9_123_456_700 + i);
  for (const [i, id] of ids.entries()) {
    const teen = new TestUser(harness, { id });
    await teen.command("start", i < 6 ? "c_school-dhaka-01" : "c_youth-club-02");
    await teen.send(`CANARY-${id} a man online keeps sending me gifts`);
  }
  // Campaign lookups run in the background; wait until every start is counted, then write the buffer.
  expect(counted).toHaveLength(7);
  await Promise.all(counted);
  await stats.metrics.flush();

  // Served once today's week is over: a week later.
  const app = createDashboard({ db: stats.db, token: TOKEN, k: 5, now: () => new Date(Date.now() + 7 * 86_400_000) });
  const today = new Date().toISOString().slice(0, 10);
  const url = `/api/stats?from=${today}&to=${today}`;
  expect((await app.request(url)).status).toBe(401);
  expect((await app.request(url, { headers: { Authorization: "Bearer wrong-token-wrong-token" } })).status).toBe(401);
  const res = await app.request(url, { headers: { Authorization: `Bearer ${TOKEN}` } });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { k: number; metrics: Record<string, number | string> };
  expect(body.k).toBe(5);
  expect(body.metrics["campaign.school-dhaka-01"]).toBe(6);
  expect(body.metrics["campaign.youth-club-02"]).toBe("<5");
  expect(body.metrics.messages).toBe(7);
  expect(body.metrics.users).toBe(7);

  const bytes = [file, `${file}-wal`].filter(existsSync).map((f) => readFileSync(f));
  const logs = harness.logs.text;
  for (const id of ids) {
    for (const b of bytes) expect(b.includes(Buffer.from(String(id)))).toBe(false);
    expect(logs).not.toContain(String(id));
  }
  for (const b of bytes) expect(b.includes(Buffer.from("CANARY"))).toBe(false);
  expect(logs).not.toContain("CANARY");
});
