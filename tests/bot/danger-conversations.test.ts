import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { SIGNAL_WINDOW_MS } from "../../src/bot/signal-memory.js";
import { loadClassifier, type LoadedClassifier } from "../../src/nlu-build/load-classifier.js";
import { type Classification, type Classifier } from "../../src/nlu/index.js";
import { RecordingMetrics } from "../../src/core/metrics.js";
import { TOPIC_IDS } from "../../src/core/topics.js";
import { createHarness, TestUser } from "../helpers/harness.js";
import { rendered } from "../helpers/stories.js";

/**
 * Conversations around danger, through the real bot and the real model: a story told in pieces,
 * the grey zone's "Are you safe right now?", a disclosure in the middle of a quiz, "you got it
 * wrong" after a referral, and hyperbole that must not set off an alarm.
 */

let classifier: LoadedClassifier;
beforeAll(async () => {
  classifier = await loadClassifier();
});
afterEach(() => {
  vi.useRealTimers();
});

const REFERRAL_BUTTONS = ["guide:get-help", "helplines", "menu", "hide"];
const REFERRAL_KEYS = ["referral", "referral-self_harm", "referral-abuse", "referral-friend", "referral-physical", "referral-sextortion", "referral-images", "referral-meeting"];
const minutes = (n: number) => n * 60_000;

/** Moves the clock (Date only: the bot's own timers keep running normally). */
function later(ms: number): void {
  vi.setSystemTime(Date.now() + ms);
}

/** Every string anywhere in a value. */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

describe("a story told in pieces", () => {
  const uncle = ["my uncle", "he comes into my room at night", "and touches me"];
  const meeting = ["a guy from instagram", "he wants to meet me", "this saturday"];

  it("a disclosure over three messages gets the abuse referral by the last piece", async () => {
    const h = createHarness({ classifier });
    const u = new TestUser(h);
    for (const piece of uncle) await u.send(piece);
    expect(u.first.text).toContain(rendered("en", "referral-abuse"));
    expect(u.first.text).toContain("believe");
    expect(u.first.buttons.map((b) => b.data)).toEqual(REFERRAL_BUTTONS);
  });

  it("a meeting told in pieces: the last piece alone is calm, with the pieces it gets the meeting referral", async () => {
    expect(classifier.classify(meeting[2]!).urgent).toBe(false);
    const u = new TestUser(createHarness({ classifier }));
    for (const piece of meeting) await u.send(piece);
    expect(u.first.text).toContain(rendered("en", "referral-meeting"));
  });

  it("after five minutes the pieces no longer add up", async () => {
    // The danger signals alone decide here (no topic model), so only the memory is under test.
    const signalsOnly: Classifier = {
      classify(text: string, recent: readonly string[] = []): Classification {
        const signals = classifier.danger.find(text);
        const kind = classifier.danger.judge(signals, recent).kind;
        const calm: Classification = { topic: "out_of_scope", urgent: false, confidence: 0.9, lang: "en", alternatives: [{ topic: "out_of_scope", score: 0.9 }], signals };
        return kind ? { ...calm, urgent: true, danger: { kind, friend: false } } : calm;
      },
    };
    vi.useFakeTimers({ toFake: ["Date"] });
    const metrics = new RecordingMetrics();
    const h = createHarness({ classifier: signalsOnly, metrics });
    const pieces = ["my uncle", "he comes into my room at night and touches me"];
    const u = new TestUser(h);
    await u.send(pieces[0]!);
    await u.send(pieces[1]!);
    expect(u.first.text).toContain(rendered("en", "referral-abuse"));

    const v = new TestUser(h);
    await v.send(pieces[0]!);
    later(SIGNAL_WINDOW_MS + minutes(1));
    const urgentBefore = metrics.get("urgent");
    await v.send(pieces[1]!);
    expect(metrics.get("urgent")).toBe(urgentBefore);
    for (const key of REFERRAL_KEYS) expect(v.first.text).not.toContain(rendered("en", key));
  });

  it("keeps only signal ids, never words from the messages, and nothing after the window", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const h = createHarness({ classifier });
    const texts = [...uncle, "আমার চাচা zqxcanary", "amar mama rate ghore ashe", ...meeting];
    for (const text of texts) await new TestUser(h).send(text);
    const held = strings(h.signals.contents());
    // Exactly the ids the model found in each message (each from its own chat), nothing more.
    const found = texts.flatMap((text) => [...new Set(classifier.classify(text).signals ?? [])]);
    expect(found).not.toEqual([]);
    expect([...held].sort()).toEqual(found.sort());
    const known = new Set(classifier.danger.signalIds);
    for (const s of held) expect(known.has(s), s).toBe(true);
    const dump = JSON.stringify(h.signals.contents());
    expect(dump).not.toMatch(/[\u0980-\u09FF]/u);
    expect(dump).not.toContain("zqxcanary");
    for (const text of texts) expect(dump).not.toContain(text);

    later(SIGNAL_WINDOW_MS + 1);
    h.signals.sweep();
    expect(h.signals.size).toBe(0);
  });

  it("/forget deletes the chat's signals too", async () => {
    const h = createHarness({ classifier });
    const u = new TestUser(h);
    await u.send(meeting[0]!);
    const found = [...new Set(classifier.classify(meeting[0]!).signals ?? [])];
    expect(found).not.toEqual([]);
    expect(h.signals.recent(u.chat.id)).toEqual(found);
    await u.command("forget");
    expect(h.signals.recent(u.chat.id)).toEqual([]);
    expect(h.signals.size).toBe(0);
  });
});

/**
 * The grey zone, pinned down with a stand-in for the model: which sentences fall in it moves as
 * the NLU is tuned, but what the bot does with one must not.
 */
function greyZone(answer: Partial<Classification> = {}): Classifier {
  return {
    classify: (): Classification => ({
      topic: "meeting_request",
      urgent: true,
      check: true,
      confidence: 0.7,
      lang: "en",
      alternatives: [],
      danger: { kind: "meeting", friend: false },
      signals: ["someone", "online_contact", "meet"],
      ...answer,
    }),
  };
}

describe("the grey zone: are you safe right now?", () => {
  const greyText = "a guy from instagram wants to meet me";

  it("asks first, with 999 and 1098 and two buttons whose data carries no text", async () => {
    const metrics = new RecordingMetrics();
    const u = new TestUser(createHarness({ classifier: greyZone(), metrics }));
    await u.send(greyText);
    expect(u.replies).toHaveLength(1);
    expect(u.first.text).toBe(rendered("en", "check-safe"));
    expect(u.first.text).toContain("999");
    expect(u.first.text).toContain("1098");
    expect(u.first.buttons.map((b) => b.text)).toEqual([rendered("en", "btn-in-danger"), rendered("en", "btn-safe-asking")]);
    for (const b of u.first.buttons) {
      expect(b.data).toMatch(/^safe:(danger:[a-z_]+:[f-]:[a-z_]+|ok:[a-z_]+)$/);
      expect(Buffer.byteLength(b.data!)).toBeLessThanOrEqual(64);
      expect(b.data).not.toMatch(/instagram|guy/);
    }
    expect(metrics.get("check")).toBe(1);
    expect(metrics.get("referral.shown")).toBe(0);
  });

  it("\"I'm in danger now\": the meeting referral first, then the guidance", async () => {
    const metrics = new RecordingMetrics();
    const u = new TestUser(createHarness({ classifier: greyZone(), metrics }));
    await u.send(greyText);
    await u.press(rendered("en", "btn-in-danger"));
    expect(u.first.text).toBe(rendered("en", "referral-meeting"));
    expect(u.first.buttons.map((b) => b.data)).toEqual(REFERRAL_BUTTONS);
    expect(u.replies[1]?.text).toBe(rendered("en", "topic-meeting_request"));
    expect(metrics.get("check.danger")).toBe(1);
    expect(metrics.get("referral.shown")).toBe(1);
  });

  it("\"I'm safe, just asking\": thanks, then the topic's reply", async () => {
    const metrics = new RecordingMetrics();
    const u = new TestUser(createHarness({ classifier: greyZone(), metrics }));
    await u.send(greyText);
    await u.press(rendered("en", "btn-safe-asking"));
    expect(u.replies).toHaveLength(1);
    expect(u.first.text.startsWith(rendered("en", "check-safe-thanks"))).toBe(true);
    expect(u.first.text).toContain(rendered("en", "topic-meeting_request"));
    expect(u.first.buttons.map((b) => b.data)).toContain("card:guidelines");
    expect(metrics.get("check.safe")).toBe(1);
    expect(metrics.get("referral.shown")).toBe(0);
  });

  it("in Bengali too, and the friend flag and the kind travel with the button", async () => {
    const check = greyZone({ topic: "friend_concern", lang: "bn", danger: { kind: "self_harm", friend: true } });
    const u = new TestUser(createHarness({ classifier: check }));
    await u.send("আমার বন্ধু কেমন যেন করছে");
    expect(u.first.text).toBe(rendered("bn", "check-safe"));
    await u.press(rendered("bn", "btn-in-danger"));
    expect(u.first.text).toBe(rendered("bn", "referral-friend"));
    expect(u.replies[1]?.text).toBe(rendered("bn", "topic-friend_concern-self_harm"));
  });

  it("\"just asking\" about what the model heard as chit-chat gets the topic of the danger it saw", async () => {
    const u = new TestUser(createHarness({ classifier: greyZone({ topic: "out_of_scope" }) }));
    await u.send("hmm");
    await u.press(rendered("en", "btn-safe-asking"));
    expect(u.first.text).toContain(rendered("en", "topic-meeting_request"));
  });

  it("a grey-zone message in the middle of a quiz asks first, and the quiz ends", async () => {
    const u = new TestUser(createHarness({ classifier: greyZone() }));
    await u.command("quiz");
    await u.press("quiz:mixed");
    const question = u.last;
    await u.send(greyText);
    expect(u.replies).toHaveLength(1);
    expect(u.first.text).toBe(rendered("en", "check-safe"));
    await u.pressData(question.buttons.find((b) => b.data?.startsWith("f:"))!.data!, question.messageId);
    expect(u.last.text).toBe(rendered("en", "flow-ended"));
  });

  it("button data it did not make gets the calm stale-button note, never a referral", async () => {
    const metrics = new RecordingMetrics();
    const h = createHarness({ classifier: greyZone(), metrics });
    for (const data of ["safe:danger:bogus:f:grooming", "safe:danger:meeting:x:grooming", "safe:danger:meeting:f:nope", "safe:ok:nope", "safe:ok:", "safe:", "safe:ok:grooming:extra"]) {
      const u = new TestUser(h);
      await u.pressData(data);
      const answer = u.calls.find((c) => c.method === "answerCallbackQuery");
      expect(answer?.payload.text, data).toContain("no longer active");
      expect(u.last.buttons.map((b) => b.data)).toContain("card:what-is");
    }
    expect(metrics.get("referral.shown")).toBe(0);
    expect(metrics.get("check.danger") + metrics.get("check.safe")).toBe(0);
  });
});

describe("in the middle of a quiz", () => {
  it("a disclosure gets the abuse referral first, and the quiz ends", async () => {
    const u = new TestUser(createHarness({ classifier }));
    await u.command("quiz");
    await u.press("quiz:mixed");
    const question = u.last;
    await u.send("I am forced to have sex and I am only 12 years old");
    expect(u.first.text).toBe(rendered("en", "referral-abuse"));
    expect(u.replies[1]?.text).toBe(rendered("en", "topic-abuse_disclosure"));
    // The quiz's answer buttons now say the quiz is over.
    await u.pressData(question.buttons.find((b) => b.data?.startsWith("f:"))!.data!, question.messageId);
    expect(u.last.text).toBe(rendered("en", "flow-ended"));
  });

  it("pieces typed during the quiz still add up", async () => {
    const u = new TestUser(createHarness({ classifier }));
    await u.command("quiz");
    await u.press("quiz:mixed");
    // Each piece alone is calm: the quiz goes on, and the flow guard keeps the pieces' signals.
    await u.send("a guy from instagram");
    expect(u.first.text).toContain(rendered("en", "quiz-tap-answer"));
    await u.send("he wants to meet me");
    expect(u.first.text).toContain(rendered("en", "quiz-tap-answer"));
    await u.send("saturday 5pm at the park");
    expect(u.first.text).toBe(rendered("en", "referral-meeting"));
  });
});

describe("a disclosure inside a long, rambling story", () => {
  it.each([
    [
      "en",
      "so today was weird, we had a maths test and i think i did ok, then me and my friends went to get fuchka near the school gate and it was really spicy lol. " +
        "my cousin is staying with us for eid and every night when everyone is asleep he comes to my room and touches me and says if i tell anyone no one will believe me. " +
        "anyway tomorrow we have a half day and i want to finish my drawing for the art competition, do you like drawing?",
      "en",
    ],
    [
      "bn-Latn",
      "ajke school e onek moja holo, amra canteen e singara khaisi ar ekta notun teacher ashse jini khub bhalo porai. " +
        "kintu bashay amar chacha ase eid er chuti te, rate sobai ghumaile amar rume ashe ar baje bhabe chuy, bole kauke bolle khobor ase. " +
        "jai hok kal amader class e debate ase, ami pokkhe bolbo, ki bolbo bujhtesi na",
      "bn",
    ],
  ] as const)("%s: the abuse referral comes first", async (_form, story, locale) => {
    const u = new TestUser(createHarness({ classifier }));
    await u.send(story);
    expect(u.first.text).toBe(rendered(locale, "referral-abuse"));
  });
});

describe("\"you got it wrong\" after a referral", () => {
  const urgentText = "the man who keeps messaging me is following me home from coaching, he's behind me now";

  it("gets an apology with the helpline and the referral's buttons still there", async () => {
    const metrics = new RecordingMetrics();
    const u = new TestUser(createHarness({ classifier, metrics }));
    await u.send(urgentText);
    await u.send("you got it wrong");
    expect(u.replies).toHaveLength(1);
    expect(u.first.text).toBe(rendered("en", "correction"));
    expect(u.first.text).toContain("1098");
    expect(u.first.buttons.map((b) => b.data)).toEqual(REFERRAL_BUTTONS);
    expect(metrics.get("correction")).toBe(1);
  });

  it("in Bengali and Banglish, with any case and punctuation", async () => {
    for (const [text, correction] of [
      ["amar boyfriend er kache amar video ase, breakup korle chere dibe", "Tumi vul bujhso!"],
      ["ও বলসে শুক্রবার রাতে ওর বাসায় গেলে নতুন ফোন দিবে, কাউরে না জানায়া যাইতে", "ভুল বুঝছ"],
    ] as const) {
      const u = new TestUser(createHarness({ classifier }));
      await u.send(text);
      await u.send(correction);
      expect(u.first.text, correction).toBe(rendered("bn", "correction"));
    }
  });

  it("without a referral in the last 10 minutes it is an ordinary message", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const metrics = new RecordingMetrics();
    const h = createHarness({ classifier, metrics });
    const fresh = new TestUser(h);
    await fresh.send("you got it wrong");
    expect(fresh.first.text).not.toBe(rendered("en", "correction"));

    const u = new TestUser(h);
    await u.send(urgentText);
    later(minutes(11));
    await u.send("you got it wrong");
    expect(u.first.text).not.toBe(rendered("en", "correction"));
    expect(metrics.get("correction")).toBe(0);
  });

  it("is only the whole message: a sentence that merely contains it is read as usual", async () => {
    const u = new TestUser(createHarness({ classifier }));
    await u.send(urgentText);
    await u.send("you got it wrong, he is still behind me");
    expect(u.first.text).not.toBe(rendered("en", "correction"));
  });
});

describe("hyperbole", () => {
  const CALM_REPLIES = [...TOPIC_IDS.map((topic) => rendered("en", `topic-${topic}`)), rendered("en", "did-you-mean")];

  it.each(["this homework is killing me", "my mom will kill me if i fail math"])("%s gets no referral", async (text) => {
    const metrics = new RecordingMetrics();
    const u = new TestUser(createHarness({ classifier, metrics }));
    await u.send(text);
    // One calm reply: a topic's own reply or "Did you mean…?", whichever the model settles on.
    expect(u.replies).toHaveLength(1);
    expect(CALM_REPLIES, u.first.text).toContain(u.first.text);
    for (const key of [...REFERRAL_KEYS, "check-safe"]) expect(u.first.text).not.toContain(rendered("en", key));
    expect(metrics.get("urgent")).toBe(0);
    expect(metrics.get("referral.shown")).toBe(0);
  });
});
