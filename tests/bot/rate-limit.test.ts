import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { RATE_WINDOW_MS } from "../../src/bot/features/rate-limit.js";
import { loadConfig } from "../../src/config.js";
import { RecordingMetrics } from "../../src/core/metrics.js";
import type { Classification, Classifier } from "../../src/nlu/index.js";
import { createHarness, TestUser, type Harness } from "../helpers/harness.js";
import { rendered, stubClassifier } from "../helpers/stories.js";

/**
 * The per-chat rate limit, through the real bot: a teen typing fast is never held back, a flood
 * gets one calm note and then silence — and the safe word and every urgent message still get
 * their referral in the middle of it. The clock is a fake Date; the limit is the default.
 */

const URGENT = "he says he will post my photos unless i pay";
const LIMIT = loadConfig({}).rateLimitPerMinute;
const ANSWER = rendered("en", "topic-out_of_scope");
const SLOW_DOWN = rendered("en", "slow-down");

let h: Harness;
let metrics: RecordingMetrics;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(Date.UTC(2026, 2, 10, 16, 0, 0));
  metrics = new RecordingMetrics();
  h = createHarness({ classifier: stubClassifier([URGENT]), metrics });
});
afterEach(() => {
  vi.useRealTimers();
});

const later = (ms: number) => vi.setSystemTime(Date.now() + ms);

/** Sends `n` ordinary messages `gapMs` apart; the texts of the replies to each. */
async function sendMany(u: TestUser, n: number, gapMs: number, text = (i: number) => `message number ${i}`): Promise<string[][]> {
  const replies: string[][] = [];
  for (let i = 0; i < n; i++) {
    await u.send(text(i + 1));
    replies.push(u.replies.map((r) => r.text));
    later(gapMs);
  }
  return replies;
}

describe("the rate limit", () => {
  it("is well above what a frightened teen types: more than 20 a minute", () => {
    expect(LIMIT).toBeGreaterThan(20);
  });

  it("answers 20 messages in a minute, one every three seconds, each with its own reply", async () => {
    const u = new TestUser(h);
    const replies = await sendMany(u, 20, 3_000);
    expect(replies).toEqual(Array.from({ length: 20 }, () => [ANSWER]));
    expect(metrics.get("ratelimited")).toBe(0);
  });

  it("answers a burst of 20 within a second too", async () => {
    const u = new TestUser(h);
    const replies = await sendMany(u, 20, 40);
    expect(replies).toEqual(Array.from({ length: 20 }, () => [ANSWER]));
  });

  it("a flood of 60 in a few seconds: answers up to the limit, one slow-down note, then silence", async () => {
    const u = new TestUser(h);
    const replies = await sendMany(u, 60, 50);
    expect(replies.slice(0, LIMIT)).toEqual(Array.from({ length: LIMIT }, () => [ANSWER]));
    expect(replies[LIMIT]).toEqual([SLOW_DOWN]);
    expect(replies.slice(LIMIT + 1)).toEqual(Array.from({ length: 60 - LIMIT - 1 }, () => []));
    // Held back means no call to Telegram at all, not even a "typing…".
    await u.send("one more");
    expect(u.calls).toEqual([]);
    expect(metrics.get("ratelimited")).toBe(60 - LIMIT + 1);
    expect(metrics.get("messages")).toBe(LIMIT);
  });

  it("the note is kind and in the teen's language, with the safe word and the helpline in it", async () => {
    expect(SLOW_DOWN).toContain("Take a breath");
    expect(SLOW_DOWN).toContain("SOS");
    expect(SLOW_DOWN).toContain("1098");
    // Bengali written by a teen whose phone is set to English: the bot follows what they write.
    const u = new TestUser(h, { languageCode: "en" });
    const replies = await sendMany(u, LIMIT + 1, 10, (i) => `আমার কথা ${i}`);
    expect(replies[0]).toEqual([rendered("bn", "topic-out_of_scope")]);
    expect(replies[LIMIT]).toEqual([rendered("bn", "slow-down")]);
    expect(rendered("bn", "slow-down")).toContain("1098");
  });

  it("in the middle of a flood, an urgent message and the safe word still get their referral first", async () => {
    const u = new TestUser(h);
    await sendMany(u, LIMIT + 10, 50);

    await u.send(URGENT);
    expect(u.first.text).toBe(rendered("en", "referral"));
    expect(u.first.buttons.map((b) => b.data)).toEqual(["guide:get-help", "helplines", "menu", "hide"]);

    await u.send("sos");
    expect(u.replies).toHaveLength(1);
    expect(u.first.text).toBe(rendered("en", "referral-short"));

    await u.command("helpline");
    expect(u.first.text).toContain(rendered("en", "helpline-title"));

    // …and ordinary messages around them stay held back, with no second note.
    await u.send("still here");
    expect(u.calls).toEqual([]);
    expect(metrics.get("urgent")).toBe(1);
    expect(metrics.get("safe_word")).toBe(1);
  });

  it("a story told in pieces during a flood still adds up: the held-back pieces are remembered", async () => {
    // "my uncle" alone is calm; with it, "and touches me" is urgent (as the real model's signals do).
    const pieces: Classifier = {
      classify(text: string, recent: readonly string[] = []): Classification {
        const signals = text === "my uncle" ? ["known_person"] : text === "and touches me" ? ["touch"] : [];
        const urgent = text === "and touches me" && recent.includes("known_person");
        return { topic: urgent ? "abuse_disclosure" : "out_of_scope", urgent, confidence: 0.9, lang: "en", alternatives: [], signals, danger: urgent ? { kind: "abuse", friend: false } : undefined } as Classification;
      },
    } as unknown as Classifier;
    h = createHarness({ classifier: pieces, metrics });
    const u = new TestUser(h);
    await sendMany(u, LIMIT + 1, 50);
    await u.send("my uncle");
    expect(u.calls).toEqual([]); // held back…
    await u.send("and touches me");
    expect(u.first.text).toBe(rendered("en", "referral-abuse")); // …but it was heard
  });

  it("when the urgency check fails over the limit, the message is answered rather than dropped", async () => {
    let broken = false;
    const flaky = {
      classify(text: string) {
        if (broken) throw new Error("model not ready");
        return stubClassifier([]).classify(text);
      },
    } as unknown as Classifier;
    h = createHarness({ classifier: flaky, metrics });
    const u = new TestUser(h);
    await sendMany(u, LIMIT + 1, 50);
    broken = true;
    await u.send("is anyone there");
    expect(u.first.text).toBe(rendered("en", "fallback"));
  });

  it("after the window, normal service — and a new flood gets a new note", async () => {
    const u = new TestUser(h);
    await sendMany(u, LIMIT + 5, 50);
    later(RATE_WINDOW_MS);
    await u.send("hello again");
    expect(u.replies.map((r) => r.text)).toEqual([ANSWER]);
    const replies = await sendMany(u, LIMIT, 50);
    expect(replies.at(-1)).toEqual([SLOW_DOWN]);
  });

  it("limits each chat on its own: a flood in one chat costs another chat nothing", async () => {
    const flooder = new TestUser(h);
    const other = new TestUser(h);
    await sendMany(flooder, LIMIT + 5, 20);
    await other.send("hi, I have a question");
    expect(other.replies.map((r) => r.text)).toEqual([ANSWER]);
  });

  it("never limits button presses: each answers a message the bot sent", async () => {
    const u = new TestUser(h);
    await sendMany(u, LIMIT + 5, 20);
    await u.pressData("menu");
    expect(u.last.text).toBe(rendered("en", "menu-title"));
  });

  it("in a group, commands over the limit are held back without a note to the whole group", async () => {
    const g = new TestUser(h, { chatType: "group" });
    for (let i = 0; i < LIMIT; i++) await g.command("privacy");
    expect(g.last.text).toContain("Your privacy");
    await g.command("privacy");
    expect(g.calls).toEqual([]);
    // Chatter is not counted: the bot does not answer it anyway.
    const fresh = new TestUser(h, { chatType: "group" });
    for (let i = 0; i < LIMIT + 5; i++) await fresh.send("lol");
    await fresh.command("privacy");
    expect(fresh.last.text).toContain("Your privacy");
  });

  it("RATE_LIMIT_PER_MINUTE sets the limit", async () => {
    h = createHarness({ classifier: stubClassifier([URGENT]), metrics, env: { RATE_LIMIT_PER_MINUTE: "25" } });
    const replies = await sendMany(new TestUser(h), 27, 50);
    expect(replies.slice(0, 25)).toEqual(Array.from({ length: 25 }, () => [ANSWER]));
    expect(replies.slice(25)).toEqual([[SLOW_DOWN], []]);
  });

  it("keeps no id and no text: nothing of the flood reaches the log", async () => {
    const u = new TestUser(h, { id: 912_345_678 });
    await sendMany(u, LIMIT + 3, 20);
    expect(h.logs.text).not.toContain("912345678");
    expect(h.logs.text).not.toContain("message number");
  });
});
