/**
 * Danger as concepts: signals found in any of the three forms combine into a kind of danger,
 * across a chat's last few messages too; general questions and finished stories do not count.
 */
import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { loadDangerSignals } from "../../src/nlu/danger-signals.js";
import { chooseThresholds } from "../../src/nlu-build/train-classifier.js";
import { dangerOf, type Classification } from "../../src/nlu/index.js";

const signals = loadDangerSignals(fileURLToPath(new URL("../../intents/danger-signals.yaml", import.meta.url)));
const judge = (text: string, recent: string[] = []) => signals.judge(signals.find(text), recent);

describe("danger signals", () => {
  it.each([
    ["en", "my stepdad keeps touching me when mum is at work", "abuse"],
    ["bn", "চাচা রাতে আমার গায়ে হাত দেয়", "abuse"],
    ["bn-Latn", "mama amake baje bhabe chuye dey", "abuse"],
    ["en", "they are marrying me off next month and im 15", "abuse"],
    ["en", "someone has been following me since i left coaching", "physical"],
    ["bn-Latn", "ekta lok amar pichu nicche ekhon", "physical"],
    ["en", "how many sleeping pills would it take to die", "self_harm"],
    ["bn", "কয়টা ঘুমের ওষুধ খেলে মরে যাব", "self_harm"],
    ["en", "my pics got leaked", "images"],
    ["bn", "আমার ছবি ভাইরাল হয়ে গেছে", "images"],
    ["en", "send 5000 tk on bkash by tonight or you know what happens", "threat"],
    ["bn-Latn", "breakup korle amar video chere dibe bolse", "threat"],
    ["en", "meeting a guy from insta on friday at the mall", "meeting"],
  ])("%s: %s → %s", (_form, text, kind) => {
    expect(judge(text).kind).toBe(kind);
  });

  it.each([
    "what is good touch and bad touch",
    "my cousin's wedding is next friday",
    "last year someone leaked a pic of mine, it was taken down, im fine now",
    "this homework is killing me",
    "গরমে মরে যাচ্ছি",
    "kal ammur sathe market e jabo",
  ])("no kind of danger: %s", (text) => {
    expect(judge(text).kind).toBeUndefined();
  });

  it("pieces of a story add up, but an old signal alone does not make a new message urgent", () => {
    const first = signals.find("my uncle");
    expect(signals.judge(first).kind).toBeUndefined();
    expect(signals.judge(signals.find("he comes at night and touches me"), first).kind).toBe("abuse");
    expect(signals.judge(signals.find("what time is it"), [...first, ...signals.find("touches me")]).kind).toBeUndefined();
  });

  it("a general question in this message cancels the kind, and asks nothing", () => {
    expect(judge("what is sextortion, like when someone leaks your pics or you pay").kind).toBeUndefined();
  });

  it("a partial combination asks whether the teen is safe (the grey zone)", () => {
    const j = judge("how many pills can i take");
    expect(j.kind).toBeUndefined();
    expect(j.check).toBe("self_harm");
  });

  it("a friend or sibling at risk is marked as such", () => {
    expect(judge("my best friend says her uncle touches her")).toMatchObject({ kind: "abuse", friend: true });
  });

  it("finds only signal ids, never text", () => {
    const found = signals.find("my uncle zqxw touches me");
    for (const id of found) expect(signals.signalIds).toContain(id);
    expect(found.join(" ")).not.toMatch(/zqxw|uncle touches/u);
  });
});

describe("urgency thresholds from out-of-fold scores", () => {
  it("recall first: the grey zone reaches down to the lowest urgent score unless that costs too many false alarms", () => {
    const calm = Array.from({ length: 100 }, (_, i) => i / 200); // 0 … 0.495
    const t = chooseThresholds([0.9, 0.8, 0.7, 0.47], calm);
    expect(t.urgent).toBeGreaterThan(0.485); // at most 2 % of calm scores reach it
    expect(t.check).toBeLessThanOrEqual(0.47); // catches the lowest urgent score
    expect(t.cv.checkRecall).toBe(1);
    const tooLow = chooseThresholds([0.9, 0.01], calm);
    expect(tooLow.cv.falseCheck).toBeLessThanOrEqual(0.06); // never more than 6 % of calm ones
    expect(tooLow.cv.checkRecall).toBe(0.5);
  });
});

describe("the kind of danger that chooses the first reply", () => {
  const result = (topic: string, reason: string, second = "out_of_scope") =>
    ({ topic, urgent: true, confidence: 0.8, lang: "en", alternatives: [{ topic, score: 0.8 }, { topic: second, score: 0.2 }], urgentReason: reason }) as Classification;
  const none = { friend: false };

  it("self-harm from a rule, the signals or the best topic wins over everything", () => {
    expect(dangerOf(result("image_shared", "self_harm"), ["self_harm", "images_posted"], { kind: "images", friend: false }).kind).toBe("self_harm");
    expect(dangerOf(result("sextortion", "threat_expose"), ["threat_expose"], { kind: "self_harm", friend: false }).kind).toBe("self_harm");
  });

  it("a self-harm runner-up decides only when nothing stronger does", () => {
    expect(dangerOf(result("sextortion", "threat_expose", "self_harm"), ["threat_expose"], none).kind).toBe("threat");
    expect(dangerOf(result("out_of_scope", "topic:self_harm", "self_harm"), [], none).kind).toBe("self_harm");
  });

  it("a partial combination says more than a rule or the topic: someone outside the house is physical danger", () => {
    expect(dangerOf(result("meeting_request", "meeting_planned"), ["meeting_planned"], { check: "physical", friend: false }).kind).toBe("physical");
  });

  it("an abuse disclosure stays abuse when a rule read 'touched' as physical danger", () => {
    expect(dangerOf(result("abuse_disclosure", "followed_or_hurt"), ["followed_or_hurt"], none).kind).toBe("abuse");
  });

  it("a friend at risk is the friend topic, or the signals' friend with the friend topic second", () => {
    expect(dangerOf(result("friend_concern", "self_harm"), ["self_harm"], none)).toEqual({ kind: "self_harm", friend: true });
    expect(dangerOf(result("abuse_disclosure", "topic:abuse_disclosure", "friend_concern"), [], { kind: "abuse", friend: true })).toEqual({ kind: "abuse", friend: true });
    expect(dangerOf(result("abuse_disclosure", "topic:abuse_disclosure"), [], { kind: "abuse", friend: true }).friend).toBe(false);
  });

  it("the teen's own words about harm done to themselves are never a friend's danger", () => {
    const j = judge("i took a lot of my moms sleeping pills an hour ago");
    expect(j).toMatchObject({ kind: "self_harm", self: true });
    expect(dangerOf(result("friend_concern", "topic:self_harm"), [], j)).toEqual({ kind: "self_harm", friend: false });
  });

  it("nothing known: other", () => {
    expect(dangerOf(result("out_of_scope", "urgency-model"), [], none).kind).toBe("other");
  });
});
