import { existsSync, readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CAMPAIGN_FUNNEL_MS, countFunnelStep, rememberCampaign } from "../../src/bot/campaign-funnel.js";
import type { SessionData } from "../../src/bot/context.js";
import { RecordingMetrics, type Metrics } from "../../src/core/metrics.js";
import { createBufferedMetrics } from "../../src/stats/buffered-metrics.js";
import { CampaignCounter, registerCampaign } from "../../src/stats/campaigns.js";
import type { SqliteStatsDb } from "../../src/stats/db.js";
import { funnelMetric, isMetricName } from "../../src/stats/metric-names.js";
import { readAll } from "../../src/stats/store.js";
import { CAMPAIGN_LOOKUP_MS } from "../../src/bot/features/welcome.js";
import { createHarness, TestUser, type Harness } from "../helpers/harness.js";
import { tempSqlite } from "../stats/helpers.js";

const CODE = "school-dhaka-01";
const QUIZ_FUNNEL = `funnel.quiz.${CODE}`;
const REFERRAL_FUNNEL = `funnel.referral.${CODE}`;

let db: SqliteStatsDb;
let path: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ db, path, cleanup } = tempSqlite());
  await registerCampaign(db, CODE);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await cleanup();
});

/** The production bot, counting into `metrics`, with campaign codes checked against the database. */
function setUp(metrics: Metrics = new RecordingMetrics()): { h: Harness; metrics: Metrics } {
  const h = createHarness({ metrics, campaigns: new CampaignCounter(db, metrics) });
  return { h, metrics };
}

async function completeQuiz(u: TestUser) {
  await u.command("quiz");
  await u.press("quiz:grooming");
  for (let i = 0; i < 5; i++) {
    await u.press(/^f:.*:[a-z-]+$/);
    await u.press(/:next$/);
  }
}

describe("the campaign funnel", () => {
  it("a chat started through a campaign link that completes a quiz and gets a referral counts the funnel, once per start", async () => {
    const metrics = new RecordingMetrics();
    const { h } = setUp(metrics);
    const u = new TestUser(h);
    await u.command("start", `c_${CODE}`);
    await completeQuiz(u);
    await u.send("SOS");
    // Again in the same start: the funnel says what a start led to, so each step counts once.
    await completeQuiz(u);
    await u.send("SOS");
    expect(metrics.get(`campaign.${CODE}`)).toBe(1);
    expect(metrics.get("quiz.completed")).toBe(2);
    expect(metrics.get("referral.shown")).toBe(2);
    expect(metrics.get(QUIZ_FUNNEL)).toBe(1);
    expect(metrics.get(REFERRAL_FUNNEL)).toBe(1);
    // A new start through the link is a new start of the funnel.
    await u.command("start", `c_${CODE}`);
    await u.send("SOS");
    expect(metrics.get(`campaign.${CODE}`)).toBe(2);
    expect(metrics.get(REFERRAL_FUNNEL)).toBe(2);
    expect(metrics.get(QUIZ_FUNNEL)).toBe(1);
    // The session holds the code and when, nothing else about the start.
    expect(h.state.readAllValues()).toEqual([expect.objectContaining({ campaign: { code: CODE, at: expect.any(Number), counted: ["referral"] } })]);
  });

  it("/forget drops the campaign, and so does /hide: nothing more is counted for it", async () => {
    for (const command of ["forget", "hide"]) {
      const metrics = new RecordingMetrics();
      const { h } = setUp(metrics);
      const u = new TestUser(h);
      await u.command("start", `c_${CODE}`);
      await u.command(command);
      expect(JSON.stringify(h.state.readAllValues())).not.toContain(CODE);
      await completeQuiz(u);
      await u.send("SOS");
      expect(metrics.get("quiz.completed")).toBe(1);
      expect(metrics.get("referral.shown")).toBe(1);
      expect(metrics.get(QUIZ_FUNNEL)).toBe(0);
      expect(metrics.get(REFERRAL_FUNNEL)).toBe(0);
    }
  });

  it("a chat without a campaign counts no funnel: a plain /start, an unknown code, or a code no link was made for", async () => {
    const metrics = new RecordingMetrics();
    const { h } = setUp(metrics);
    for (const payload of [undefined, "hello", "c_not-registered"]) {
      const u = new TestUser(h);
      await u.command("start", payload);
      await completeQuiz(u);
      await u.send("SOS");
    }
    expect(metrics.get("quiz.completed")).toBe(3);
    expect(metrics.get("campaign.other")).toBe(2);
    expect([...metrics.counts.keys()].filter((m) => m.startsWith("funnel."))).toEqual([]);
    expect(JSON.stringify(h.state.readAllValues())).not.toContain("not-registered");
  });

  it("the expired state counts nothing: once the chat's session is gone, so is its campaign", async () => {
    const metrics = new RecordingMetrics();
    const { h } = setUp(metrics);
    const u = new TestUser(h);
    await u.command("start", `c_${CODE}`);
    const later = Date.now() + 13 * 60 * 60_000; // past STATE_TTL_MINUTES (12 hours)
    vi.spyOn(Date, "now").mockReturnValue(later);
    await u.send("SOS");
    expect(metrics.get("referral.shown")).toBe(1);
    expect(metrics.get(REFERRAL_FUNNEL)).toBe(0);
  });

  it("a campaign lookup that never answers holds the chat back at most CAMPAIGN_LOOKUP_MS, and leaves no campaign", async () => {
    const metrics = new RecordingMetrics();
    const h = createHarness({ metrics, campaigns: { countStart: () => new Promise<string | undefined>(() => undefined) } });
    const u = new TestUser(h);
    const start = Date.now();
    await u.command("start", `c_${CODE}`);
    expect(Date.now() - start).toBeLessThan(CAMPAIGN_LOOKUP_MS + 500);
    expect(u.replies).toHaveLength(1); // the welcome went out
    await u.send("SOS");
    expect(metrics.get("referral.shown")).toBe(1);
    expect(metrics.get(REFERRAL_FUNNEL)).toBe(0);
  });

  it("counts only within a day of the start, even for a chat that stays active", () => {
    const metrics = new RecordingMetrics();
    const session: SessionData = {};
    rememberCampaign(session, CODE, 1_000);
    countFunnelStep(session, metrics, "quiz", 1_000 + CAMPAIGN_FUNNEL_MS);
    expect(metrics.get(QUIZ_FUNNEL)).toBe(1);
    countFunnelStep(session, metrics, "referral", 1_001 + CAMPAIGN_FUNNEL_MS);
    expect(metrics.get(REFERRAL_FUNNEL)).toBe(0);
    expect(session.campaign).toBeUndefined();
    countFunnelStep(undefined, metrics, "quiz");
    countFunnelStep(null, metrics, "quiz");
    expect(metrics.get(QUIZ_FUNNEL)).toBe(1);
  });

  it("canary: with the real database, the funnel stores its counts and no id or text", async () => {
    const metrics = createBufferedMetrics(db, { flushIntervalMs: 0 });
    const { h } = setUp(metrics);
    const ids = [8_675_309_421, 5_550_123_987];
    for (const id of ids) {
      const u = new TestUser(h, { id });
      await u.command("start", `c_${CODE}`);
      await u.send(`CanaryFunnelWords-${id} a man online keeps sending me gifts`);
      await completeQuiz(u);
      await u.send("SOS");
    }
    await metrics.close();
    const today = new Date().toISOString().slice(0, 10);
    const rows = await readAll(db, today, today);
    expect(rows.find((r) => r.metric === QUIZ_FUNNEL)?.count).toBe(2);
    expect(rows.find((r) => r.metric === REFERRAL_FUNNEL)?.count).toBe(2);
    for (const r of rows) expect(isMetricName(r.metric)).toBe(true);
    const bytes = [path, `${path}-wal`].filter(existsSync).map((f) => readFileSync(f));
    for (const b of bytes) {
      expect(b.includes(Buffer.from("CanaryFunnelWords"))).toBe(false);
      for (const id of ids) expect(b.includes(Buffer.from(String(id)))).toBe(false);
    }
    expect(h.logs.text).not.toContain("CanaryFunnelWords");
    for (const id of ids) expect(h.logs.text).not.toContain(String(id));
  });
});

describe("funnel metric names", () => {
  it("accepts funnel.quiz.<code> and funnel.referral.<code> with campaign code rules, and nothing else", () => {
    expect(funnelMetric("quiz", CODE)).toBe(QUIZ_FUNNEL);
    for (const ok of [QUIZ_FUNNEL, REFERRAL_FUNNEL, "funnel.quiz.fair-20250310", "funnel.referral.a", `funnel.quiz.${"x".repeat(32)}`]) {
      expect(isMetricName(ok), ok).toBe(true);
    }
    for (const bad of [
      "funnel.quiz.",
      "funnel.quiz",
      "funnel.start.school",
      "funnel.quiz.School",
      "funnel.quiz.a b",
      "funnel.quiz.a.b",
      `funnel.referral.${"x".repeat(33)}`,
      "funnel.quiz.ক্যাম্প",
      "funnel.other",
    ]) {
      expect(isMetricName(bad), bad).toBe(false);
    }
  });
});
