import { beforeAll, describe, expect, it } from "vitest";
import { loadClassifier } from "../../src/nlu-build/load-classifier.js";
import { type Classification, type Classifier } from "../../src/nlu/index.js";
import { RecordingMetrics } from "../../src/core/metrics.js";
import { createHarness, TestUser } from "../helpers/harness.js";
import { rendered } from "../helpers/stories.js";

/** A classifier that answers what the test says, to pin down routing without the model. */
function stub(answer: Partial<Classification>): Classifier {
  return {
    classify: () => ({
      topic: "grooming",
      urgent: false,
      confidence: 0.9,
      lang: "en",
      alternatives: [
        { topic: "grooming", score: 0.4 },
        { topic: "image_request", score: 0.3 },
        { topic: "fake_identity", score: 0.2 },
      ],
      ...answer,
    }),
  };
}

describe("free text with the real model", () => {
  let classifier: Classifier;
  beforeAll(async () => {
    classifier = await loadClassifier();
  });

  // Written for these tests, in the three forms a teen writes in.
  it.each([
    ["en", "this man says he will send my nude pics to my whole class unless i pay him tonight"],
    ["bn", "ও বলতেছে টাকা না দিলে আমার ভিডিও সবাইকে পাঠায় দিবে"],
    ["bn-Latn", "o bolse taka na dile amar chobi facebook e chere dibe"],
    ["en", "i dont want to be alive anymore"],
  ])("an urgent %s message gets the referral — 1098 and 999 — in the first reply", async (_form, text) => {
    const u = new TestUser(createHarness({ classifier }));
    await u.send(text);
    expect(u.first.text).toContain("1098");
    expect(u.first.text).toContain("999");
    expect(u.first.buttons.map((b) => b.data)).toContain("guide:get-help");
  });

  it("replies in Bengali to Bengali and Banglish, whatever the Telegram app's language", async () => {
    const h = createHarness({ classifier });
    for (const text of ["আমার একটা প্রশ্ন ছিলো, অনলাইনে কেউ ছবি চাইলে কি করবো", "ekjon amar kache chobi chaitese ki korbo"]) {
      const u = new TestUser(h, { languageCode: "en" });
      await u.send(text);
      expect(u.last.text).toMatch(/[\u0980-\u09FF]{3}/);
    }
  });

  it("a question about a topic gets that topic's reply with its cards as buttons", async () => {
    const u = new TestUser(createHarness({ classifier }));
    await u.send("how can i make my instagram account private so strangers cant see my posts");
    expect(u.last.buttons.map((b) => b.data)).toEqual(expect.arrayContaining(["card:guidelines", "help", "menu"]));
  });
});

describe("routing", () => {
  it("urgent: the referral, then a typing indicator, then the guidance — even when the indicator is refused", async () => {
    const h = createHarness({ classifier: stub({ urgent: true, topic: "sextortion" }) });
    h.api.failures.set("sendChatAction", { error_code: 500, description: "Internal Server Error" });
    const u = new TestUser(h);
    await u.send("anything");
    expect(u.methods()).toEqual(["sendMessage", "sendChatAction", "sendMessage"]);
    expect(u.first.text).toBe(rendered("en", "referral"));
    expect(u.first.text).toContain("1098");
    expect(u.last.text).toBe(rendered("en", "topic-sextortion"));
    expect(u.last.buttons.map((b) => b.data)).toContain("help");
  });

  it("a calm reply is one message, with no typing indicator before it", async () => {
    const u = new TestUser(createHarness({ classifier: stub({}) }));
    await u.send("anything");
    expect(u.methods()).toEqual(["sendMessage"]);
    // The grooming reply asks, last, whether to go through the self-check.
    expect(u.first.text).toBe(`${rendered("en", "topic-grooming")}\n\n${rendered("en", "selfcheck-grooming-offer")}`);
  });

  it("unsure once: 'Did you mean…?' with the likeliest topics; unsure twice: the topic menu", async () => {
    const u = new TestUser(createHarness({ classifier: stub({ confidence: 0.2 }) }));
    await u.send("hmm something");
    expect(u.last.text).toBe(rendered("en", "did-you-mean"));
    expect(u.last.buttons.map((b) => b.data)).toEqual(["topic:grooming", "topic:image_request", "topic:fake_identity", "menu"]);
    await u.press("topic:image_request");
    expect(u.last.text).toBe(rendered("en", "topic-image_request"));
    expect(u.last.text).toContain("Please don't send it");
    await u.send("hmm");
    await u.send("hmm again");
    expect(u.last.text).toBe(rendered("en", "fallback"));
    expect(u.last.buttons.map((b) => b.data)).toContain("card:what-is");
  });

  it("urgent beats low confidence: the referral still comes first", async () => {
    const u = new TestUser(createHarness({ classifier: stub({ urgent: true, confidence: 0.1, topic: "out_of_scope" }) }));
    await u.send("whatever");
    expect(u.first.text).toBe(rendered("en", "referral"));
    expect(u.first.text).toContain("1098");
    expect(u.replies).toHaveLength(1);
  });

  it("a classifier that throws still gets a calm reply", async () => {
    const broken: Classifier = {
      classify: () => {
        throw new Error("boom");
      },
    };
    const u = new TestUser(createHarness({ classifier: broken }));
    await u.send("hello there friend");
    expect(u.replies).toHaveLength(1);
    expect(u.last.text).toBe(rendered("en", "fallback"));
  });
});

describe("what is counted", () => {
  it("a scripted session gives exact counts, and nothing but names and numbers", async () => {
    const metrics = new RecordingMetrics();
    const starts: Array<string | undefined> = [];
    const h = createHarness({ classifier: stub({}), metrics, campaigns: { countStart: async (p) => void starts.push(p) } });
    const a = new TestUser(h);
    const b = new TestUser(h);
    await a.command("start", "c_school-dhaka-01");
    await a.send("someone keeps sending me gifts");
    await a.send("SOS");
    await a.message({ photo: [{ file_id: "f", file_unique_id: "f", width: 1, height: 1 }] });
    await a.command("forget");
    const urgentHarness = createHarness({ classifier: stub({ urgent: true, topic: "sextortion", lang: "bn-Latn", danger: { kind: "threat", friend: false } }), metrics });
    const c = new TestUser(urgentHarness);
    await c.send("threat");
    await b.command("start");
    await b.send("x");

    expect(Object.fromEntries(metrics.counts)).toEqual({
      messages: 3,
      "topic.grooming": 2,
      "topic.sextortion": 1,
      "lang.en": 2,
      "lang.bn-Latn": 1,
      urgent: 1,
      "danger.threat": 1,
      "referral.shown": 2,
      safe_word: 1,
      media: 1,
      forget: 1,
    });
    expect(metrics.users.size).toBe(3);
    expect(starts).toEqual(["c_school-dhaka-01", ""]);
  });

  it("counts never stop an urgent reply, even when the database is gone", async () => {
    const throwing = { count: () => { throw new Error("database is locked"); }, seen: () => { throw new Error("database is locked"); } };
    const u = new TestUser(createHarness({ classifier: stub({ urgent: true, topic: "self_harm" }), metrics: throwing }));
    await u.send("i want to end it");
    expect(u.first.text).toBe(rendered("en", "referral"));
    expect(u.first.text).toContain("1098");
  });
});
