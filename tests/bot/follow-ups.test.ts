import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { buttons } from "../../src/core/callback-data.js";
import { RecordingMetrics } from "../../src/core/metrics.js";
import { FOLLOW_UP_WINDOW_MS } from "../../src/bot/features/free-text.js";
import { isMetricName } from "../../src/stats/metric-names.js";
import { loadClassifier } from "../../src/nlu-build/load-classifier.js";
import type { Classifier } from "../../src/nlu/index.js";
import { createHarness, TestUser } from "../helpers/harness.js";
import { rendered } from "../helpers/stories.js";

let classifier: Classifier;
beforeAll(async () => {
  classifier = await loadClassifier();
});
afterEach(() => {
  vi.useRealTimers();
});

/** Topics whose reply offers cards, so a follow-up has a next step to give. */
const TOPICS = ["grooming", "sextortion", "image_request", "image_shared", "cyberbullying", "meeting_request", "fake_identity", "privacy_safety", "self_blame", "tell_trusted_adult"];

/** A follow-up in each form, and the language the bot then answers in. */
const NEXT = [
  { form: "en", text: "What should I do?", lang: "en" },
  { form: "bn", text: "তাহলে কী করবো?", lang: "bn" },
  { form: "bn-Latn", text: "ki korbo", lang: "bn" },
] as const;
const MORE = [
  { form: "en", text: "why?", lang: "en" },
  { form: "bn", text: "আরো বলো", lang: "bn" },
  { form: "bn-Latn", text: "keno", lang: "bn" },
] as const;

function setUp() {
  const metrics = new RecordingMetrics();
  const h = createHarness({ classifier, metrics });
  return { h, u: new TestUser(h), metrics };
}

/** A topic's reply, as "Did you mean…?" sends it when that topic is tapped. */
async function topicReply(u: TestUser, topic: string): Promise<void> {
  await u.pressData(buttons.topic.data({ topic }));
}

const firstCard = (h: ReturnType<typeof createHarness>, topic: string) => h.content.catalogue.topicCards[topic]![0]!;

describe("a follow-up gets the last topic's next step", () => {
  it("covers at least 8 topics with cards", () => {
    const h = createHarness();
    for (const topic of TOPICS) expect(firstCard(h, topic), topic).toBeTruthy();
    expect(TOPICS.length).toBeGreaterThanOrEqual(8);
  });

  for (const { form, text, lang } of NEXT) {
    it.each(TOPICS)(`"what should I do?" in ${form} after the %s reply: its card's "What can I do?"`, async (topic) => {
      const { h, u, metrics } = setUp();
      await topicReply(u, topic);
      await u.send(text);
      const card = firstCard(h, topic);
      expect(u.last.text).toBe(`<b>${rendered(lang, "btn-what-can-i-do")}</b>\n\n${rendered(lang, `card-${card}-actions`)}`);
      expect(u.last.buttons.map((b) => b.data)).toEqual(["help", `card:${card}`, "menu"]);
      expect(metrics.get("followup.next")).toBe(1);
      expect(isMetricName("followup.next")).toBe(true); // the count reaches the database
      expect(metrics.get(`topic.${topic}`)).toBe(1);
    });
  }

  for (const { form, text, lang } of MORE) {
    it(`"why?" in ${form} after a topic reply: the card itself`, async () => {
      const { h, u, metrics } = setUp();
      await topicReply(u, "grooming");
      await u.send(text);
      const card = firstCard(h, "grooming");
      expect(u.last.text).toBe(`<b>${rendered(lang, `card-${card}-title`)}</b>\n\n${rendered(lang, `card-${card}-body`)}`);
      expect(metrics.get("followup.more")).toBe(1);
    });
  }

  it("right after the sextortion referral, \"ki korbo\" gives the sextortion next steps in Bengali", async () => {
    const { h, u } = setUp();
    await u.send("he says he will post my nudes if i dont pay him");
    expect(u.replies.some((r) => r.text.includes("1098"))).toBe(true);
    await u.send("ki korbo");
    const card = firstCard(h, "sextortion");
    expect(u.last.text).toBe(`<b>${rendered("bn", "btn-what-can-i-do")}</b>\n\n${rendered("bn", `card-${card}-actions`)}`);
  });

  it("a follow-up that is urgent gets the referral first, not the next step", async () => {
    const { u, metrics } = setUp();
    await topicReply(u, "meeting_request");
    await u.send("what should i do he is outside my house right now");
    expect(u.first.text).toContain("1098");
    expect(metrics.get("followup.next")).toBe(0);
  });
});

describe("with no topic in memory a follow-up is read like any other message", () => {
  const notTheNextStep = (h: ReturnType<typeof createHarness>, u: TestUser, topic: string) =>
    expect(u.last.text).not.toContain(rendered("en", `card-${firstCard(h, topic)}-actions`));

  it("before any topic", async () => {
    const { h, u, metrics } = setUp();
    await u.send("What should I do?");
    expect(metrics.get("followup.next")).toBe(0);
    notTheNextStep(h, u, "grooming");
  });

  it("more than 30 minutes after the topic's reply", async () => {
    const { h, u, metrics } = setUp();
    vi.useFakeTimers({ toFake: ["Date"] });
    await topicReply(u, "cyberbullying");
    vi.setSystemTime(Date.now() + FOLLOW_UP_WINDOW_MS + 1000);
    await u.send("What should I do?");
    expect(metrics.get("followup.next")).toBe(0);
    notTheNextStep(h, u, "cyberbullying");
  });

  it("after /forget", async () => {
    const { h, u, metrics } = setUp();
    await topicReply(u, "cyberbullying");
    await u.command("forget");
    await u.send("What should I do?");
    expect(metrics.get("followup.next")).toBe(0);
    notTheNextStep(h, u, "cyberbullying");
  });
});

describe("privacy", () => {
  it("only the topic id is kept, under the chat's keyed hash, never the text", async () => {
    const { h, u } = setUp();
    await topicReply(u, "grooming");
    await u.send("What should I do? zqxcanary");
    await u.send("What should I do?");
    const held = h.state.dump();
    expect(held).toContain('"lastTopic":"grooming"');
    expect(held).not.toContain("zqxcanary");
    expect(held).not.toContain("What should I do");
    expect(held).not.toContain(String(u.chat.id));
  });
});
