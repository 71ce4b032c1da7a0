import { describe, expect, it } from "vitest";
import { buttons, CALLBACK_DATA_MAX_BYTES, type ButtonKind } from "../../src/core/callback-data.js";
import { TOPIC_IDS } from "../../src/core/topics.js";
import { loadFlows } from "../../src/flows/content.js";
import { contentPaths } from "../../src/content/content.js";
import { createHarness, TestUser, type Reply } from "../helpers/harness.js";
import { createFlowHarness } from "../helpers/stories.js";

type Kinds = typeof buttons;
type ValueOfKind<K> = K extends ButtonKind<infer T> ? T : never;

/** Values for every kind, the longest each field allows among them: a new kind without examples does not type-check. */
const EXAMPLES: { [K in keyof Kinds]: Array<ValueOfKind<Kinds[K]>> } = {
  menu: [{}],
  help: [{}],
  helplines: [{}],
  hide: [{}],
  language: [{}],
  setLanguage: [{ lang: "en" }, { lang: "bn" }],
  quizList: [{}],
  quiz: [{ quiz: "grooming" }, { quiz: "a".padEnd(24, "9-z") }],
  guide: [{ guide: "get-help" }, { guide: "z".repeat(24) }],
  check: [{ check: "grooming" }, { check: "c".repeat(24) }],
  flowChoice: [
    { run: "a1b2c3", step: 1, choice: "next" },
    { run: "000000", step: 999, choice: "n".repeat(16) },
  ],
  card: [{ card: "what-is" }, { card: "9".repeat(24) }],
  cardActions: [{ card: "grooming" }, { card: "-".repeat(24) }],
  topic: TOPIC_IDS.map((topic) => ({ topic })),
  deleteMedia: [{ message: 1 }, { message: 999_999_999_999 }],
  inDanger: [
    { kind: "self_harm", friend: false, topic: "self_harm" },
    { kind: "other", friend: true, topic: "unwanted_sexual_content" },
  ],
  safeAsking: [{ topic: "meeting_request" }],
  classTheme: [{ run: "a1b2c3", theme: "grooming" }, { run: "zzzzzz", theme: "t".repeat(24) }],
  classLang: [{ run: "a1b2c3", lang: "bn" }, { run: "000000", lang: "zh-Hant-TW" }],
  classNext: [{ run: "a1b2c3", round: 0 }, { run: "999999", round: 99 }],
  classStop: [{ run: "a1b2c3" }],
};

const kinds = Object.entries(buttons) as Array<[keyof Kinds, ButtonKind<object>]>;
const build = (kind: ButtonKind<object>, value: object) => (kind.data as (v: object) => string)(value);

describe("the callback data codec", () => {
  it.each(kinds)("%s round-trips every example, within 64 bytes, read by no other kind", (name, kind) => {
    for (const value of EXAMPLES[name]) {
      const data = build(kind, value);
      expect(Buffer.byteLength(data)).toBeLessThanOrEqual(CALLBACK_DATA_MAX_BYTES);
      expect(data === kind.prefix || data.startsWith(`${kind.prefix}:`)).toBe(true);
      expect(kind.parse(data)).toEqual(value);
      const readers = kinds.filter(([, other]) => other.parse(data) !== undefined).map(([n]) => n);
      expect(readers, data).toEqual([name]);
    }
  });

  it("keeps the formats buttons already in chats carry", () => {
    expect(buttons.menu.data()).toBe("menu");
    expect(buttons.quizList.data()).toBe("quiz");
    expect(buttons.card.data({ card: "grooming" })).toBe("card:grooming");
    expect(buttons.setLanguage.data({ lang: "bn" })).toBe("lang:bn");
    expect(buttons.flowChoice.data({ run: "a1b2c3", step: 12, choice: "not-sure" })).toBe("f:a1b2c3:12:not-sure");
    expect(buttons.inDanger.data({ kind: "images", friend: true, topic: "image_shared" })).toBe("safe:danger:images:f:image_shared");
    expect(buttons.inDanger.data({ kind: "meeting", friend: false, topic: "meeting_request" })).toBe("safe:danger:meeting:-:meeting_request");
    expect(buttons.deleteMedia.data({ message: 42 })).toBe("del:42");
  });

  it("reads garbled, foreign and old data as nothing, and never throws", () => {
    const garbled = [
      "",
      ":",
      "menu:",
      "menu:x",
      "MENU",
      "card:",
      "card:Grooming",
      "card:grooming:x",
      "card:../../etc",
      "act:a b",
      "topic:nope",
      "topic:grooming:",
      "quiz:",
      "quiz:x",
      "quiz:-leading-dash",
      "guide:get_help",
      "f:a1b2c3:1:",
      "f:a1b2c3:1234:a",
      "f:A1B2C3:1:a",
      "f:a1b2c3:1:a:b",
      "f:a1b2c3:-1:a",
      "f:a1b2c3:1.5:a",
      "del:abc",
      "del:-5",
      "del:1e3",
      "del:1234567890123",
      "lang:FR!",
      "lang:",
      "safe:danger:images:x:image_shared",
      "safe:danger:bombs:-:image_shared",
      "safe:danger:images:f",
      "safe:ok:",
      "safe:ok:grooming:extra",
      "💥",
      "card:💥",
      "x".repeat(64),
      "\u0000card:grooming",
      "card:grooming\n",
      "__proto__",
      "topic:__proto__",
      "lang:constructor",
    ];
    for (const data of garbled) {
      for (const [name, kind] of kinds) expect(kind.parse(data), `${name} read ${JSON.stringify(data)}`).toBeUndefined();
    }
  });

  it("refuses to build data a handler could not read, or Telegram would refuse", () => {
    expect(() => buttons.card.data({ card: "x".repeat(25) })).toThrow(/card/);
    expect(() => buttons.card.data({ card: "Has Spaces" })).toThrow(/card/);
    expect(() => buttons.quiz.data({ quiz: "a:b" })).toThrow(/quiz/);
    expect(() => buttons.deleteMedia.data({ message: -1 })).toThrow(/del/);
    expect(() => buttons.deleteMedia.data({ message: 1.5 })).toThrow(/del/);
    expect(() => buttons.flowChoice.data({ run: "abc", step: 1, choice: "x" })).toThrow(/run/);
    expect(() => buttons.topic.data({ topic: "nope" as never })).toThrow(/topic/);
  });

  it("builds a button for every card, quiz, guide, flow choice and topic in the content", () => {
    const h = createHarness();
    const flows = loadFlows(contentPaths.flows, h.content.catalogue.cards);
    for (const card of h.content.catalogue.cards) {
      expect(buttons.card.parse(buttons.card.data({ card }))).toEqual({ card });
      expect(buttons.cardActions.parse(buttons.cardActions.data({ card }))).toEqual({ card });
    }
    for (const quiz of flows.quizzes) expect(buttons.quiz.parse(buttons.quiz.data({ quiz: quiz.id }))).toEqual({ quiz: quiz.id });
    for (const [id, guide] of flows.guides) {
      expect(buttons.guide.parse(buttons.guide.data({ guide: id }))).toEqual({ guide: id });
      for (const step of Object.values(guide.steps)) {
        for (const choice of step.choices ?? []) {
          const value = { run: "zzzzzz", step: 999, choice: choice.id };
          expect(buttons.flowChoice.parse(buttons.flowChoice.data(value))).toEqual(value);
        }
      }
    }
    for (const scenario of flows.scenarios.values()) {
      for (const answer of scenario.answers) {
        const value = { run: "zzzzzz", step: 999, choice: answer.id };
        expect(buttons.flowChoice.parse(buttons.flowChoice.data(value))).toEqual(value);
      }
    }
  });
});

describe("buttons through the bot", () => {
  const kindsOf = (data: string) => kinds.filter(([, kind]) => kind.parse(data) !== undefined).map(([name]) => name);
  const allData = (replies: Reply[]) => replies.flatMap((r) => r.buttons.map((b) => b.data)).filter((d): d is string => d !== undefined);

  it("every button the bot shows on a tour of its screens is one kind of the codec", async () => {
    const h = createFlowHarness({ seed: 3 });
    const u = new TestUser(h);
    const seen: string[] = [];
    const look = async (step: () => Promise<void>) => {
      await step();
      seen.push(...allData(u.replies));
    };
    await look(() => u.command("start"));
    await look(() => u.command("menu"));
    for (const card of h.content.catalogue.cards) {
      await look(() => u.pressData(buttons.card.data({ card })));
      await look(() => u.pressData(buttons.cardActions.data({ card })));
    }
    await look(() => u.command("helpline"));
    await look(() => u.command("language"));
    await look(() => u.press("lang:en"));
    await look(() => u.message({ photo: [{ file_id: "x", file_unique_id: "x", width: 1, height: 1 }] }));
    await look(() => u.send("SOS"));
    await look(() => u.command("quiz"));
    await look(() => u.press(/^quiz:/));
    for (let i = 0; i < 5; i++) {
      await look(() => u.press(/^f:.*:(?!next$)[a-z-]+$/));
      await look(() => u.press(/:next$/));
    }
    await look(() => u.pressData(buttons.guide.data({ guide: "get-help" })));
    await look(() => u.press(/^f:/));
    await look(() => u.command("cancel"));
    expect(seen.length).toBeGreaterThan(50);
    for (const data of new Set(seen)) expect(kindsOf(data), data).toHaveLength(1);
  });

  it.each([
    "card:not-a-card",
    "act:not-a-card",
    "quiz:no-such-quiz",
    "guide:no-such-guide",
    "topic:nope",
    "del:abc",
    "lang:fr",
    "safe:danger:bombs:-:grooming",
    "safe:ok:nope",
    "menu:extra",
    "",
    "💥",
    "x".repeat(64),
  ])("garbled or old data %j gets a calm answer to the tap and the topics, never an error", async (data) => {
    const h = createHarness();
    const u = new TestUser(h);
    await u.pressData(data);
    const answer = u.calls.find((c) => c.method === "answerCallbackQuery");
    expect(answer?.payload.text).toContain("no longer active");
    expect(u.last.buttons.map((b) => b.data)).toContain(buttons.card.data({ card: "what-is" }));
    expect(h.logs.text).not.toContain("update failed");
  });

  it("a flow button from a play that is over says the flow has ended, calmly", async () => {
    const h = createHarness();
    const u = new TestUser(h);
    await u.pressData(buttons.flowChoice.data({ run: "a1b2c3", step: 2, choice: "yes" }));
    const answer = u.calls.find((c) => c.method === "answerCallbackQuery");
    expect(answer?.payload.text).toBe("This has ended.");
    expect(u.last.text).toContain("has ended");
    expect(h.logs.text).not.toContain("update failed");
  });

  it("in a group, garbled data is answered and sent to a private chat, never an error", async () => {
    const h = createHarness();
    const u = new TestUser(h, { chatType: "group" });
    for (const data of ["card:grooming", "lang:fr", "💥", "helplines:x"]) {
      await u.pressData(data);
      expect(u.methods()).toContain("answerCallbackQuery");
      expect(u.last.text).toContain("private chat");
    }
    await u.pressData("lang:bn");
    expect(u.last.text).not.toContain("private chat");
    expect(h.logs.text).not.toContain("update failed");
  });
});
