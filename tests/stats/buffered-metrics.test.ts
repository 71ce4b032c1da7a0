import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { BufferedMetrics, createBufferedMetrics } from "../../src/stats/buffered-metrics.js";
import type { SqliteStatsDb } from "../../src/stats/db.js";
import { readAll } from "../../src/stats/store.js";
import { captureLogger, FakeClock, tempSqlite } from "./helpers.js";

let db: SqliteStatsDb;
let cleanup: () => Promise<void>;
beforeEach(() => {
  ({ db, cleanup } = tempSqlite());
});
afterEach(async () => {
  await cleanup();
});

const rows = async () => Object.fromEntries((await readAll(db, "2000-01-01", "9999-12-31")).map((r) => [`${r.day} ${r.metric}`, r.count]));

/** What the bot would count for one text message. */
function message(m: BufferedMetrics, userId: number, topic: string, lang: string, extra: string[] = []) {
  m.seen(userId);
  m.count("messages");
  m.count(`topic.${topic}`);
  m.count(`lang.${lang}`);
  for (const name of extra) m.count(name);
}

describe("BufferedMetrics with a real SQLite file", () => {
  it("stores exact per-day counts after scripted sessions of several users", async () => {
    const clock = new FakeClock(Date.parse("2025-03-10T09:00:00Z"));
    const m = createBufferedMetrics(db, { flushIntervalMs: 0, now: clock.now });
    // Teen 1: greets, asks about grooming in Banglish, takes a quiz.
    message(m, 111, "greeting", "en");
    message(m, 111, "grooming", "bn-Latn");
    m.count("quiz.started");
    m.count("quiz.started.spot-the-groomer");
    m.count("quiz.completed");
    m.count("quiz.completed.spot-the-groomer");
    m.count("quiz.score.3-4");
    await m.flush();
    // Teen 2: arrives through a campaign, is being blackmailed (urgent, referral shown), sends a photo.
    m.count("campaign.school-dhaka-01");
    message(m, 222, "sextortion", "bn", ["urgent", "referral.shown"]);
    m.count("media");
    m.seen(222);
    // Teen 3: not understood twice, then uses the safe word and /forget.
    message(m, 333, "out_of_scope", "en", ["fallback"]);
    message(m, 333, "out_of_scope", "en", ["fallback"]);
    m.count("safe_word");
    m.count("forget");
    // Teen 1 comes back the same day: not a new user.
    message(m, 111, "report_help", "en", ["referral.shown"]);
    await m.flush();
    // Next day: teen 2 again.
    clock.set("2025-03-11T00:00:05Z");
    message(m, 222, "tell_trusted_adult", "bn", ["referral.shown"]);
    await m.close();

    expect(await rows()).toEqual({
      "2025-03-10 messages": 6,
      "2025-03-10 users": 3,
      "2025-03-10 topic.greeting": 1,
      "2025-03-10 topic.grooming": 1,
      "2025-03-10 topic.sextortion": 1,
      "2025-03-10 topic.out_of_scope": 2,
      "2025-03-10 topic.report_help": 1,
      "2025-03-10 lang.en": 4,
      "2025-03-10 lang.bn-Latn": 1,
      "2025-03-10 lang.bn": 1,
      "2025-03-10 quiz.started": 1,
      "2025-03-10 quiz.started.spot-the-groomer": 1,
      "2025-03-10 quiz.completed": 1,
      "2025-03-10 quiz.completed.spot-the-groomer": 1,
      "2025-03-10 quiz.score.3-4": 1,
      "2025-03-10 campaign.school-dhaka-01": 1,
      "2025-03-10 urgent": 1,
      "2025-03-10 referral.shown": 2,
      "2025-03-10 media": 1,
      "2025-03-10 fallback": 2,
      "2025-03-10 safe_word": 1,
      "2025-03-10 forget": 1,
      "2025-03-11 messages": 1,
      "2025-03-11 users": 1,
      "2025-03-11 topic.tell_trusted_adult": 1,
      "2025-03-11 lang.bn": 1,
      "2025-03-11 referral.shown": 1,
    });
    expect(m.status()).toMatchObject({ pendingIncrements: 0, lostIncrements: 0, rejected: 0, failing: false, writtenIncrements: 40 });
  });

  it("adds to counts already stored (upsert), across flushes and restarts", async () => {
    const now = () => new Date("2025-03-10T12:00:00Z");
    const first = createBufferedMetrics(db, { flushIntervalMs: 0, now });
    for (let i = 0; i < 7; i++) first.count("messages");
    await first.close();
    const second = createBufferedMetrics(db, { flushIntervalMs: 0, now });
    second.count("messages", 5);
    await second.flush();
    second.count("messages");
    await second.close();
    expect(await rows()).toEqual({ "2025-03-10 messages": 13 });
  });

  it("flushes on its own timer every few seconds", async () => {
    const m = createBufferedMetrics(db, { flushIntervalMs: 20 });
    m.count("messages", 3);
    await vi.waitFor(async () => expect(Object.values(await rows())).toEqual([3]), { timeout: 15_000, interval: 20 });
    await m.close();
  });

  it("puts each count on the UTC day it happened, even when flushed later", async () => {
    const clock = new FakeClock(Date.parse("2025-12-31T23:59:59Z"));
    const m = createBufferedMetrics(db, { flushIntervalMs: 0, now: clock.now });
    m.count("messages");
    clock.advance(2000);
    m.count("messages");
    await m.close();
    expect(await rows()).toEqual({ "2025-12-31 messages": 1, "2026-01-01 messages": 1 });
  });

  it("refuses anything but the known metric shapes, and bad amounts, with one warning that does not name them", async () => {
    const log = captureLogger();
    const m = createBufferedMetrics(db, { flushIntervalMs: 0, logger: log.logger });
    const bad = ["", "Messages", "hello world", "topic.grooming!", "topic..x", "topic.", ".topic", "1topic", "topic.a b", "campaign.<script>", "x".repeat(65), "topic.আমি", "secret-canary-7777", "topic.hello", "lang.fr", "user.8675309421", "quiz.score.01712345678", "quiz.started.Bad", "campaign.a b", "newfamily.x", "q.gifts", "q.gifts.wrong", "q.Gifts.answered", "q.gifts.picked", "q.gifts.picked.a.b", "q.gifts.picked.12345678", "check.sign.Secret", "q..answered"];
    for (const name of bad) m.count(name);
    for (const n of [0, -1, 1.5, Number.NaN, Infinity, 2_000_000]) m.count("messages", n);
    m.count(undefined as unknown as string);
    m.count("lang.bn-Latn");
    m.count("campaign.school_dhaka-01");
    m.count("campaign.fair-20250310");
    m.count("flow.started.get-help");
    m.count("quiz.score.3-of-5");
    m.count("q.gifts.answered");
    m.count("q.gifts.correct");
    m.count("q.gifts.picked.refuse-tell");
    m.count("check.sign.secrecy");
    await m.close();
    expect(Object.keys(await rows()).map((k) => k.split(" ")[1]).sort()).toEqual(["campaign.fair-20250310", "campaign.school_dhaka-01", "check.sign.secrecy", "flow.started.get-help", "lang.bn-Latn", "q.gifts.answered", "q.gifts.correct", "q.gifts.picked.refuse-tell", "quiz.score.3-of-5"]);
    expect(m.status().rejected).toBe(bad.length + 7);
    expect(log.atLevel("warn")).toHaveLength(1);
    for (const name of bad.filter(Boolean)) expect(log.text).not.toContain(name);
  });

  it("caps the buffer: new pairs beyond the cap are lost and reported once", async () => {
    const log = captureLogger();
    const m = createBufferedMetrics(db, { flushIntervalMs: 0, maxPendingKeys: 3, logger: log.logger, now: () => new Date("2025-03-10T12:00:00Z") });
    m.count("topic.greeting");
    m.count("topic.quiz");
    m.count("topic.grooming");
    m.count("topic.greeting", 4); // an existing pair still adds up
    m.count("topic.sextortion");
    m.count("topic.self_harm", 2);
    expect(m.status()).toMatchObject({ pendingKeys: 3, pendingIncrements: 7, lostIncrements: 3 });
    expect(log.atLevel("warn")).toHaveLength(1);
    await m.close();
    expect(await rows()).toEqual({ "2025-03-10 topic.greeting": 5, "2025-03-10 topic.quiz": 1, "2025-03-10 topic.grooming": 1 });
  });

  it("ignores counts after close", async () => {
    const m = createBufferedMetrics(db, { flushIntervalMs: 0, now: () => new Date("2025-03-10T12:00:00Z") });
    m.count("messages", 2);
    await m.close();
    m.count("messages");
    m.seen(5);
    expect(m.status()).toMatchObject({ pendingIncrements: 0, uniquesInMemory: 0, writtenIncrements: 2 });
    expect(await m.flush()).toBe(true);
    await m.close();
    expect(await rows()).toEqual({ "2025-03-10 messages": 2 });
  });

  it("serialises concurrent flushes without double-writing", async () => {
    const m = createBufferedMetrics(db, { flushIntervalMs: 0, now: () => new Date("2025-03-10T12:00:00Z") });
    m.count("messages", 2);
    const a = m.flush();
    m.count("messages", 3);
    const b = m.flush();
    await Promise.all([a, b, m.flush()]);
    await m.close();
    expect(await rows()).toEqual({ "2025-03-10 messages": 5 });
  });
});
