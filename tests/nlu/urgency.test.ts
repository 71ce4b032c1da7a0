import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { foldBengali } from "../../src/nlu/normalize.js";
import { loadUrgencyRules, normalizeForRules } from "../../src/nlu/urgency.js";

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

// Gaps found by the data writers, closed with general patterns; all sentences written for these tests.
const GAP_POSITIVE: Record<string, Record<string, string[]>> = {
  en: {
    hellTypedAndAudiences: [
      "hes saying hell forward my pics to the whole school",
      "she says shell show our chats to my headmaster",
      "my ex said he ll upload my video to the class group",
      "he said he'd send my nudes to my tuition sir",
      "this man says hell tag my head sir in my pics",
      "he'll post my pics",
      "he will send my video to the huzur",
      "he told me hell send the pics to my boss if i quit",
      "if i block him my pics will go to everyone",
    ],
    thirdPersonMeeting: [
      "my best friend is meeting a guy from tiktok on friday and her parents dont know",
      "my sister is secretly meeting an older man she met on facebook",
      "my classmate is going out with a man from free fire tonight",
      "my cousin plans to elope with a guy from insta",
    ],
    hitAndHushed: [
      "my friend's stepdad beats her and says if she tells anyone he'll kill her",
      "a man at the bus stand slapped my sister and told her not to tell",
      "he hits my best friend and warned her not to tell anyone",
      "my friend got beaten by her stepfather",
      "my uncle hits me with a belt",
    ],
    outsiderMentionsParents: ["he said if my parents find out he will kill me", "this guy says if my mom sees the chats he'll hurt me"],
    conditionFirst: ["he has my nudes and wants more", "if you send a pic i'll give you money, if you dont i'll post your old pics"],
    alreadySpread: [
      "everyone in my class has that girls video on their phone",
      "a video of my friend is being shared in every group",
      "my pics are in all the boys inboxes",
    ],
  },
  bn: {
    thirdPersonMeeting: [
      "ওর বান্ধবী কাল রাতে ফেসবুকের এক ছেলের সাথে পালাবে",
      "আমার বোন ইমোর এক লোকের সাথে দেখা করতে যাচ্ছে, বাসায় কাউকে জানায় নি",
      "ক্লাসের এক মেয়ে আজকে অনলাইনের এক ভাইয়ার সাথে পালিয়ে যাবে",
      "ইমোর এক ভাইয়ার সাথে কাল দেখা করবো",
    ],
    hitAndHushed: [
      "ওকে ওর সৎ বাবা মারে আর বলে কাউকে বললে ক্ষতি করবে",
      "আমার বান্ধবীকে এক লোক মেরেছে",
      "কাউকে বললে খারাপ হবে বলছে",
      "লোকটা আমাকে মারছে আর বলে কাউকে বলিস না",
    ],
    conditionFirst: [
      "ওর কাছে আমার ছবি আছে আর টাকা চাইতেছে",
      "ভিডিও কল না দিলে আগের ছবি আমার ভাইয়ের কাছে সেন্ড করবে বলছে",
      "যদি আমি রিপোর্ট করি তাহলে আমার ভিডিও সবার কাছে চলে যাবে বলছে",
      "ছবি দিলে টাকা দিবে বলছে, না দিলে ভিডিও ছড়িয়ে দিবে",
    ],
    outsiderMentionsParents: ["ও বলছে আমার বাসায় জানলে আমাকে মেরে ফেলবে"],
    alreadySpread: ["আমার বান্ধবীর ভিডিও এখন সবার ফোনে", "ক্লাসের এক মেয়ের ছবি ছেলেদের ইনবক্সে"],
    selfHarm: ["আমার জন্য কেউ কাঁদবে না"],
  },
  "bn-Latn": {
    thirdPersonMeeting: [
      "amar bon kal ek bhaiyar sathe palay jabe",
      "amar friend online er ek cheler sathe dekha korte jacche kauke bole nai",
      "amar bandhobi imo te porichoy ek loker sathe paliye jabe bolse",
      "online friend er sathe kal dekha korbo",
    ],
    hitAndHushed: [
      "amar bondhu ke or chacha mare r bole kauke bolle khoti korbe",
      "amar classmate ke ek boro bhai pitaise",
      "kauke bolis na noile mere felbo bolse",
    ],
    conditionFirst: [
      "taka na dile amar pic group e pathabe bolse",
      "recharge na korle video ta facebook e chere dibe",
      "pic na dile amar chat er ss amar abbu ke send kore dibe",
      "tar kase amar video ase, ar bolse 5000 taka lagbe",
      "amar pic ase or kache r se chay aro",
      "pic dile uc kine dibe bolse, ar na dile ager pic viral kore dibe",
    ],
    outsiderMentionsParents: ["o bolse ammu janle amake mere felbe"],
    alreadySpread: ["amar bandhobir chobi ekhon sobar inbox e", "oi meyer video cheleder phone e ghurtese"],
    selfHarm: ["amar jonno keu kandbe na"],
  },
};

const GAP_NEGATIVE: Record<string, string[]> = {
  en: [
    "hell yeah we won the match",
    "what the hell is this homework",
    "he'll send me the notes tonight",
    "i'll tell my principal about the bullying",
    "should i meet a guy from insta",
    "my friend wants to meet someone from fb, is that safe?",
    "meeting my khala tonight for dinner",
    "my friend is meeting her cousin tomorrow",
    "we are meeting our class teacher after school",
    "he killed me three times in free fire today",
    "my sister hit me with a cushion haha",
    "my little brother beat me in fifa lol",
    "she kicked me out of the group chat",
    "my dad will kill me when he sees my result",
    "if my dad sees my result he will kill me",
    "what happens if i tell someone",
    "she told me not to tell anyone about the surprise party",
    "what should i do if a stranger threatens to leak photos?",
    "if you send a pic i'll give you money",
    "he says if i send a selfie he will give me a free fire top up",
    "she offered to buy me a dress if i send photos",
    "everyone has that funny cat video on their phone lol",
    "can i see everyone's photos on insta",
    "nobody cried at the movie",
  ],
  bn: [
    "অনলাইনের বন্ধুর সাথে দেখা করা কি ঠিক",
    "আমার বন্ধু কাল আমাদের বাসায় আসবে",
    "মামার সাথে কাল দেখা করবো",
    "আম্মু জানলে আমাকে মেরে ফেলবে",
    "ভাই আমাকে লুডুতে হারায় দিছে",
    "কাউকে বললে কি খারাপ হবে?",
    "স্কুলে কাউকে বললে কি সবাই জেনে যাবে",
    "ছবি দিলে টাকা দিবে বলছে, দিবো?",
    "ছবি পাঠালে রিচার্জ করে দিবে বলে",
    "কেউ যদি ছবি ছড়ানোর হুমকি দেয় তাহলে কি করবো",
  ],
  "bn-Latn": [
    "amar bondhu kal amader basay ashbe",
    "ammu janle amake mere felbe",
    "kal bondhuder sathe ghurte jabo",
    "online e porichoy manusher sathe dekha kora ki safe",
    "amake pubg te marse",
    "bhai amake balish diye marse haha",
    "o amar sathe line marse",
    "kauke bolle ki kharap hobe",
    "pic dile recharge kore dibe bolse, dibo?",
    "ekjon bole chobi pathale taka dibe",
    "chobi dile diamond kine dibe bolse",
    "keu jodi pic post korar humki dey tahole ki korbo",
    "sobar phone e ki whatsapp ase",
  ],
};

describe("not wanting to be in this world, in all three forms", () => {
  it.each([
    "i dont want to be in this world anymore",
    "ami mori jabo",
    "ei duniyay r thakte chai na",
    "prithibi theke chole jabo ami",
    "এই পৃথিবীতে আর থাকতে চাই না",
    "দুনিয়া ছেড়ে চলে যাবো",
  ])("fires: %s", (t) => {
    expect(rules.allHits(t)).toContain("self_harm");
  });
  it.each(["ami kal dhaka theke chole jabo", "amar nani mori gese gota bochor", "ei duniyay thakte hole porte hobe", "which country in the world do you want to live in"])(
    "does not fire: %s",
    (t) => {
      expect(rules.allHits(t)).toEqual([]);
    },
  );
});

describe("spoken (colloquial) Bengali and Banglish forms", () => {
  it.each([
    ["self_harm", "মইরা যাইতে ইচ্ছা করতেছে খুব"],
    ["self_harm", "নিজেরে আজকে শেষ কইরা দিমু"],
    ["self_harm", "বাঁইচা থাইকা আর কি লাভ বলো"],
    ["self_harm", "এই অপমান নিয়া আর বাঁচমু না"],
    ["self_harm", "ঘুমের ওষুধ অনেকগুলা জমাইছি"],
    ["self_harm", "ব্রিজ থাইকা ঝাঁপ দিমু ভাবতেছি"],
    ["self_harm", "nijere kosto dite mon chay"],
    ["self_harm", "ar bachmu na ami"],
    ["meeting_planned", "ও কইছে রেস্টুরেন্টে আইতে, একাই"],
    ["meeting_planned", "দেখা করতে বের হইতেছি এখন ওর সাথে"],
    ["meeting_planned", "kaure na koiya aste bolse station e"],
  ])("%s fires: %s", (rule, t) => {
    expect(rules.allHits(t)).toContain(rule);
  });
  it.each([
    "ভিডিও কলে আসতে বলে, রুমে একা থাকতে বলে",
    "গরমে আর বাঁচি না, ফ্যান নষ্ট",
    "ছাদে ঘুড়ি উড়াইতে যাবো",
    "কালকের সকালে পরীক্ষা, পড়তে ইচ্ছা করে না",
    "ami eka school e jete pari",
  ])("does not fire: %s", (t) => {
    expect(rules.allHits(t)).toEqual([]);
  });
});

describe("urgency gaps closed", () => {
  for (const [form, groups] of Object.entries(GAP_POSITIVE)) {
    for (const [group, texts] of Object.entries(groups)) {
      it.each(texts)(`${form} ${group} fires: %s`, (t) => {
        expect(fires(t)).toBe(true);
      });
    }
  }
  for (const [form, texts] of Object.entries(GAP_NEGATIVE)) {
    it.each(texts)(`${form} near-miss does not fire: %s`, (t) => {
      expect(rules.allHits(t)).toEqual([]);
    });
  }
  it("an offer (pic for UC, money, recharge) is not a threat; an offer with a threat is", () => {
    expect(rules.allHits("someone says if i send a pic he will buy me uc")).not.toContain("threat_expose");
    expect(rules.allHits("ekta bhaiya bole chobi dile uc kine dibe, dibo naki?")).not.toContain("threat_expose");
    expect(rules.allHits("ছবি দিলে ইউসি কিনে দিবে বলছে")).not.toContain("threat_expose");
    expect(rules.allHits("pic dile uc kine dibe, na dile pic viral korbe")).toContain("threat_expose");
  });
});

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

describe("grey rules", () => {
  it("words like 'blackmail' alone only ask; a rule about what is happening is never grey", () => {
    expect(rules.check("girls in my class worry about being blackmailed")?.ruleId).toBe("threat_words");
    expect(rules.allGrey(["threat_words"])).toBe(true);
    expect(rules.allGrey(["threat_words", "threat_expose"])).toBe(false);
    expect(rules.allGrey(["self_harm"])).toBe(false);
    expect(rules.allGrey([])).toBe(false);
  });
});
