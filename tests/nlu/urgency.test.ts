import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { loadUrgencyRules, normalizeForRules, foldBengali } from "../../src/nlu/urgency.js";

const rules = loadUrgencyRules(fileURLToPath(new URL("../../intents/urgency.yaml", import.meta.url)));
const fires = (t: string): boolean => rules.check(t) !== undefined;

// Written for these tests (not taken from any evaluation set).
const POSITIVE: Record<string, Record<string, string[]>> = {
  en: {
    threat: [
      "he will post my pics if i dont send more",
      "this guy says hes gonna send my video to my dad",
      "she threatened to leak our chats to my whole class",
      "pay 3000 tk or else",
      "someone is blackmailing me with my photos",
      "if i block him he said he will share everything",
      "they have my nude and want money by tonight",
    ],
    selfHarm: [
      "i want to kill myself",
      "i just want to end it all",
      "honestly i dont want to live anymore",
      "i keep cutting myself",
      "my best friend says she wants to die",
      "there is no reason to live for me",
    ],
    meeting: [
      "he is coming to pick me up after coaching",
      "i am going to meet him tomorrow alone",
      "he told me to come alone and not tell my parents",
      "he keeps pressuring me to meet him at a hotel",
      "we planned to meet this friday",
    ],
    followedHurt: [
      "a man has been following me home from school",
      "my uncle touches me when nobody is home",
      "he said he will hurt me if i tell anyone",
      "someone knows where i live and keeps standing outside my house",
      "my stepdad hits me",
    ],
    posted: [
      "my photos were posted on a facebook page",
      "my ex shared my private video with his friends",
      "someone made a fake account with my pictures",
      "my pics are on a telegram group now",
    ],
  },
  bn: {
    threat: [
      "ও বলছে আমার ছবি ভাইরাল করে দিবে",
      "টাকা না দিলে ভিডিও ছড়িয়ে দিবে বলছে",
      "আমাকে হুমকি দিচ্ছে",
      "আব্বুকে সব ছবি পাঠিয়ে দিবে বলে ভয় দেখাচ্ছে",
    ],
    selfHarm: ["আমার মরে যেতে ইচ্ছা করে", "আমি আর বাঁচতে চাই না", "নিজেকে শেষ করে দিতে চাই", "আমার বোন আত্মহত্যার কথা বলছে"],
    meeting: ["কাল ওর সাথে একা দেখা করতে যাচ্ছি", "সে আমাকে স্কুল থেকে নিতে আসবে", "দেখা না করলে রাগ করবে বলছে"],
    followedHurt: ["একটা লোক প্রতিদিন আমার পিছু নিচ্ছে", "চাচা আমার গায়ে হাত দেয়", "ও বলেছে আমাকে মেরে ফেলবে"],
    posted: ["আমার ছবি ফেসবুকে পোস্ট করে দিয়েছে", "আমার ছবি দিয়ে ফেক আইডি খুলেছে", "আমার ভিডিও ভাইরাল হয়ে গেছে"],
  },
  "bn-Latn": {
    threat: ["viral kore dibe bolse", "taka na dile chobi post kore dibe", "amake humki dicche", "se blackmail kortese amar pic diye"],
    selfHarm: ["ar bachte chai na", "more jete icche kore", "amar jibon shesh kore dite chai", "ami suicide korbo"],
    meeting: ["dekha korte bolse kal", "o amake nite ashbe school theke", "kal eka dekha korbo or sathe"],
    followedHurt: ["ekta lok amar piche piche ashe", "amake mere felbe bolse", "mama gaye hat dey"],
    posted: ["amar chobi post kore dise", "amar pic viral hoye gese", "amar pic diye fake id khulse"],
  },
};

const NEGATIVE: Record<string, string[]> = {
  en: [
    "what is sextortion",
    "is sextortion a crime in bangladesh",
    "is it safe to meet online friends",
    "meeting my cousin at the mall later",
    "how do i make my account private",
    "can i delete a photo i posted",
    "how do i tell my mom",
    "i will tell my parents tonight",
    "hi",
    "thanks bye",
    "what does grooming mean",
    "my mom will kill me if she finds out i failed maths",
    "he beat me in fifa again",
    "someone keeps following me on instagram",
    "who won the match yesterday",
  ],
  bn: ["সেক্সটর্শন কী", "অনলাইন বন্ধুর সাথে দেখা করা কি নিরাপদ", "আম্মুকে কীভাবে বলব", "ধন্যবাদ", "হ্যালো", "আমার অ্যাকাউন্ট প্রাইভেট করব কীভাবে"],
  "bn-Latn": ["sextortion ki", "ammu ke kivabe bolbo", "ki korte paro", "dhonnobad bhai", "cousin er sathe kal mall e jabo", "pic post korle ki delete kora jay"],
};

describe("urgency rules", () => {
  for (const [form, groups] of Object.entries(POSITIVE)) {
    for (const [group, texts] of Object.entries(groups)) {
      it.each(texts)(`${form} ${group} fires: %s`, (t) => {
        expect(fires(t)).toBe(true);
      });
    }
  }
  for (const [form, texts] of Object.entries(NEGATIVE)) {
    it.each(texts)(`${form} does not fire: %s`, (t) => {
      expect(rules.allHits(t)).toEqual([]);
    });
  }

  it("sees the whole text of a long message", () => {
    const filler = "we talked about school and games and music. ".repeat(150);
    expect(filler.length).toBeGreaterThan(4000);
    expect(fires(`${filler} he says he will post my pics tonight`)).toBe(true);
  });

  it("survives obfuscation: zero-width characters, homoglyphs, repeated letters, case", () => {
    expect(fires("i want to k\u200Bill mysеlf")).toBe(true); // Cyrillic е
    expect(fires("I WANT TO DIEEEEEE")).toBe(true);
    expect(fires("ｉ ｗａｎｔ ｔｏ ｄｉｅ")).toBe(true);
  });

  it("reports a rule id, never text", () => {
    const hit = rules.check("i want to kill myself");
    expect(hit?.ruleId).toMatch(/^[a-z_]+$/u);
  });

  it("never throws on odd input", () => {
    for (const t of ["", " ", "\u0000", "😀".repeat(500), "a".repeat(10000), null as unknown as string, 42 as unknown as string]) {
      expect(() => rules.check(t)).not.toThrow();
    }
  });

  it("folds Bengali spelling variants", () => {
    expect(foldBengali("ইচ্ছা")).toBe(foldBengali("ইচছা"));
    expect(foldBengali("নীল")).toBe(foldBengali("নিল"));
    expect(normalizeForRules("আমি   মরে  যেতে চাই")).toBe(normalizeForRules("আমি মরে যেতে চাই"));
  });
});
