import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { loadClassifier } from "../../src/nlu-build/load-classifier.js";
import { type Classifier } from "../../src/nlu/index.js";
import { DANGER_KINDS, LANG_FORMS } from "../../src/core/topics.js";
import { RecordingMetrics } from "../../src/core/metrics.js";
import { createHarness, TestUser } from "../helpers/harness.js";
import { rendered } from "../helpers/stories.js";

/**
 * Urgent stories as data (danger-stories.json): each one, sent as a teen's first message to
 * the real bot with the real model, must get the referral for its kind of danger FIRST — with
 * that kind's key content and none of what would be wrong for it — then the right guidance.
 */

interface Expectation {
  first: string;
  then?: string;
  firstLineHas?: string;
  en: { has: string[]; not: string[] };
  bn: { has: string[]; not: string[] };
}
interface Story {
  kind: (typeof DANGER_KINDS)[number];
  friend?: boolean;
  form: (typeof LANG_FORMS)[number];
  text: string;
}
const data = JSON.parse(readFileSync(new URL("./danger-stories.json", import.meta.url), "utf8")) as {
  expect: Record<string, Expectation>;
  stories: Story[];
};

const expectationOf = (s: Story) => data.expect[s.friend ? `friend_${s.kind}` : s.kind]!;

describe("the stories table", () => {
  it("covers every kind of danger, and a friend at risk, in all three forms", () => {
    for (const kind of DANGER_KINDS) {
      for (const form of LANG_FORMS) expect(data.stories.some((s) => s.kind === kind && !s.friend && s.form === form), `${kind} ${form}`).toBe(true);
    }
    for (const form of LANG_FORMS) expect(data.stories.some((s) => s.friend && s.form === form), `friend ${form}`).toBe(true);
    for (const s of data.stories) expect(expectationOf(s), s.text).toBeDefined();
  });
});

describe("the first reply to each kind of danger (real model)", () => {
  let classifier: Classifier;
  beforeAll(async () => {
    classifier = await loadClassifier();
  });

  it.each(data.stories.map((s) => [`${s.friend ? "friend " : ""}${s.kind}`, s.form, s.text, s] as const))("%s (%s): %s", async (_kind, _form, _text, story) => {
    const metrics = new RecordingMetrics();
    const h = createHarness({ classifier, metrics });
    const u = new TestUser(h, { languageCode: "en" });
    await u.send(story.text);
    const e = expectationOf(story);
    const locale = story.form === "en" ? "en" : "bn";
    const first = u.first.text;

    // What the model made of it, in the failure message when the reply is not the kind's.
    const got = classifier.classify(story.text);
    const said = `model said ${JSON.stringify({ urgent: got.urgent, check: got.check, danger: got.danger, topic: got.topic, reason: got.urgentReason })}`;
    expect(first, said).toContain(rendered(locale, e.first));
    expect(first).toContain("1098");
    expect(first).toContain("999");
    for (const word of e[locale].has) expect(first, said).toContain(word);
    for (const reply of u.replies) for (const word of e[locale].not) expect(reply.text.toLowerCase(), said).not.toContain(word.toLowerCase());
    if (e.firstLineHas) expect(first.split("\n")[0]).toContain(e.firstLineHas);
    expect(u.first.buttons.map((b) => b.data)).toEqual(["guide:get-help", "helplines", "menu", "hide"]);

    if (story.kind === "self_harm" && !story.friend) {
      // The emotional-support line rides in the same message as the self-harm referral.
      const support = h.content.helplines.support!;
      expect(first).toContain(support.number!);
      expect(first).toContain(support.name[locale]);
    }
    if (e.then) expect(u.replies[1]?.text, said).toBe(rendered(locale, e.then));
    expect(metrics.get(`danger.${story.kind}`), said).toBe(1);
    expect(metrics.get("danger.friend")).toBe(story.friend ? 1 : 0);
    expect(metrics.get("urgent")).toBe(1);
  });
});
