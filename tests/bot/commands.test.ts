import { describe, expect, it } from "vitest";
import { loadClassifier } from "../../src/nlu-build/load-classifier.js";
import { RecordingMetrics } from "../../src/core/metrics.js";
import { createHarness, TestUser } from "../helpers/harness.js";
import { rendered } from "../helpers/stories.js";

const harness = createHarness();

describe.each([
  { lang: "en" as const, hello: "Hi, I'm Nirapod", privacyWord: "don't save" },
  { lang: "bn" as const, hello: "আমার নাম নিরাপদ", privacyWord: "সেভ করি না" },
])("commands in $lang", ({ lang, hello, privacyWord }) => {
  const user = () => new TestUser(harness, { languageCode: lang });

  it("/start welcomes, says it is private, and names the helpline and emergency number", async () => {
    const u = user();
    await u.command("start");
    expect(u.replies).toHaveLength(1);
    expect(u.last.text).toContain(hello);
    expect(u.last.text).toContain("1098");
    expect(u.last.text).toContain("999");
    expect(u.last.payload.parse_mode).toBe("HTML");
    expect(u.last.buttons.map((b) => b.data)).toEqual(["menu", "help", "language"]);
  });

  it("/start with a campaign payload answers the same and never echoes the payload", async () => {
    const u = user();
    await u.command("start", "c_school-dhaka-01");
    expect(u.last.text).toContain(hello);
    expect(JSON.stringify(u.calls)).not.toContain("school-dhaka-01");
    expect(harness.logs.text).not.toContain("school-dhaka-01");
  });

  it("/help lists what the bot can do, including SOS", async () => {
    const u = user();
    await u.command("help");
    for (const command of ["/menu", "/helpline", "/language", "/privacy", "/forget", "SOS"]) expect(u.last.text).toContain(command);
  });

  it("/helpline lists 1098 and 999 and the image-removal services, with Report Remove marked UK only", async () => {
    const u = user();
    await u.command("helpline");
    const text = u.last.text;
    expect(text).toContain("1098");
    expect(text).toContain("999");
    expect(text).toContain("takeitdown.ncmec.org");
    if (lang === "en") expect(text).toMatch(/Take It Down/);
  });

  it("/privacy says plainly that no messages, names or ids are kept", async () => {
    const u = user();
    await u.command("privacy");
    expect(u.last.text).toContain(privacyWord);
  });

  it("/menu shows every topic card as a button, and a card has what-can-I-do, get-help and back", async () => {
    const u = user();
    await u.command("menu");
    const cards = harness.content.catalogue.cards;
    expect(u.last.buttons.map((b) => b.data)).toEqual([...cards.map((id) => `card:${id}`), "check:grooming", "quiz", "guide:get-help"]);
    for (const id of cards) {
      await u.pressData(`card:${id}`, u.last.messageId);
      expect(u.last.method).toBe("editMessageText");
      // the card's own title and text, in this language
      expect(u.last.text).toBe(`<b>${rendered(lang, `card-${id}-title`)}</b>\n\n${rendered(lang, `card-${id}-body`)}`);
      expect(u.last.buttons.map((b) => b.data)).toEqual([`act:${id}`, "help", "menu"]);
      await u.press(`act:${id}`);
      expect(u.last.text).toContain(rendered(lang, `card-${id}-actions`));
      expect(u.last.buttons.map((b) => b.data)).toContain("menu");
    }
  });

  it("the Get help button sends the full referral: trusted adult, helpline, emergency", async () => {
    const u = user();
    await u.command("start");
    await u.press("help");
    expect(u.last.text).toContain("1098");
    expect(u.last.text).toContain("999");
  });
});

describe("language", () => {
  it("follows the Telegram client's language until /language changes it", async () => {
    const u = new TestUser(harness, { languageCode: "bn" });
    await u.command("helpline");
    expect(u.last.text).toContain("কে সাহায্য করতে পারে");
    await u.command("language");
    await u.press("lang:en");
    expect(u.last.text).toContain("English");
    await u.command("helpline");
    expect(u.last.text).toContain("Who can help");
  });

  it("a client language like bn-BD counts as Bengali, anything unknown as English", async () => {
    const bn = new TestUser(harness, { languageCode: "bn-BD" });
    await bn.command("privacy");
    expect(bn.last.text).toContain("প্রাইভেসি");
    const fr = new TestUser(harness, { languageCode: "fr" });
    await fr.command("privacy");
    expect(fr.last.text).toContain("Your privacy");
  });

  it("keeps the choice under a keyed hash, never the chat id, and /forget erases it", async () => {
    const u = new TestUser(harness, { languageCode: "en" });
    await u.command("language");
    await u.press("lang:bn");
    const keys = harness.state.readAllKeys();
    expect(keys).toContain(harness.state.keyFor(u.chat.id));
    expect(keys.some((k) => k.includes(String(u.id)))).toBe(false);
    expect(harness.state.read(u.chat.id)).toEqual({ lang: "bn" });

    await u.command("forget");
    expect(u.last.text).toContain("মুছে ফেলেছি");
    expect(u.last.text).toContain("Clear history");
    expect(harness.state.read(u.chat.id)).toBeUndefined();
    expect(harness.state.readAllKeys()).not.toContain(harness.state.keyFor(u.chat.id));
    await u.command("privacy");
    expect(u.last.text).toContain("Your privacy");
  });
});

describe("a command the bot does not know", () => {
  it.each([
    { lang: "en", says: "I don't know that command" },
    { lang: "bn", says: "এই কমান্ডটা আমি চিনি না" },
  ])("alone, in $lang: says so and shows the topics menu; it is not read or counted as a topic", async ({ lang, says }) => {
    const metrics = new RecordingMetrics();
    const u = new TestUser(createHarness({ metrics }), { languageCode: lang });
    await u.command("manu");
    expect(u.replies).toHaveLength(1);
    expect(u.last.text).toContain(says);
    expect(u.last.buttons.map((b) => b.data)).toContain("guide:get-help");
    expect(u.last.buttons.map((b) => b.data)).toContain("quiz");
    expect([...metrics.counts.keys()].filter((k) => k.startsWith("topic.") || k === "messages")).toEqual([]);
  });

  it("with words after it, the words are still read: danger in them gets the referral", async () => {
    const u = new TestUser(createHarness({ classifier: await loadClassifier() }));
    await u.send("/x he is outside my house right now and says he will hurt me");
    expect(u.first.text).toContain("1098");
    expect(u.first.text).toContain("999");
    expect(u.first.text).not.toContain("I don't know that command");
  }, 60_000);
});
