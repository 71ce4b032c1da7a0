import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateContent } from "../../src/cli/validate.js";
import { buttons } from "../../src/core/callback-data.js";
import { checkMessages } from "../../src/flows/messages.js";
import { FLOW_IDLE_MS } from "../../src/flows/store.js";
import { loadClassifier } from "../../src/nlu-build/load-classifier.js";
import type { Classifier } from "../../src/nlu/index.js";
import { isMetricName } from "../../src/stats/metric-names.js";
import { PROJECT_ROOT } from "../../src/content/content.js";
import { TestUser } from "../helpers/harness.js";
import { createFlowHarness, rendered, stubClassifier, TestClock, type FlowHarness } from "../helpers/stories.js";

const words = checkMessages("grooming");
type Answer = "yes" | "no" | "unsure";

let classifier: Classifier;
beforeAll(async () => {
  classifier = await loadClassifier();
});

/** Taps an answer on the check's newest question. */
async function answer(u: TestUser, choice: Answer): Promise<void> {
  const question = [...u.replies].reverse().find((r) => r.buttons.some((b) => buttons.flowChoice.parse(b.data ?? "")?.choice === choice));
  if (!question) throw new Error(`no question with a "${choice}" button in: ${u.replies.map((r) => r.text).join(" | ")}`);
  const button = question.buttons.find((b) => buttons.flowChoice.parse(b.data ?? "")?.choice === choice)!;
  await u.pressData(button.data!, question.messageId);
}

/** The sign each question on screen asks about, found by its words. */
function askedSign(h: FlowHarness, u: TestUser, lang: "en" | "bn" = "en"): string | undefined {
  const text = u.replies.at(-1)?.text ?? "";
  return h.flows.checks.get("grooming")!.signs.find((s) => text.includes(rendered(lang, words.question(s.id))))?.id;
}

/** Plays the whole check, answering each sign as `answers` says (no by default); returns the signs asked, in order. */
async function play(h: FlowHarness, u: TestUser, answers: Partial<Record<string, Answer>>, lang: "en" | "bn" = "en"): Promise<string[]> {
  const asked: string[] = [];
  for (let i = 0; i < 20; i++) {
    const sign = askedSign(h, u, lang);
    if (!sign) break;
    asked.push(sign);
    await answer(u, answers[sign] ?? "no");
  }
  return asked;
}

describe('"Is this grooming?" self-check', () => {
  it("is offered by a free-text 'is this grooming?' question, and ends with the signs found and what to do", async () => {
    const h = createFlowHarness({ classifier });
    const u = new TestUser(h);
    await u.send("he keeps saying im mature for my age and told me not to tell my parents, is this grooming");
    expect(u.last.text).toContain(rendered("en", words.offer));
    await u.press(rendered("en", "btn-check-my-chat"));
    expect(u.replies[0]!.text).toContain(rendered("en", words.intro));
    const asked = await play(h, u, { compliments: "yes", secret: "yes", parents: "yes", age: "unsure" });
    // 9 questions: "is a meeting arranged?" only follows a yes to "asked to meet".
    expect(asked).toEqual(["compliments", "gifts", "secret", "parents", "private-app", "pictures", "meet", "threats", "age"]);
    const [found, closing] = u.replies.map((r) => r.text);
    expect(found).toContain(rendered("en", words.found));
    for (const sign of ["compliments", "secret", "parents"]) {
      expect(found).toContain(`<b>${rendered("en", words.name(sign))}</b>: ${rendered("en", words.why(sign))}`);
    }
    expect(found).not.toContain(rendered("en", words.name("gifts")));
    expect(closing).toContain(`${rendered("en", words.unsure)}</b> ${rendered("en", words.name("age"))}`);
    expect(closing).toContain(rendered("en", words.actions));
    expect(closing).toContain("1098");
    expect(u.last.buttons.map((b) => b.data)).toContain("guide:get-help");
    // Never a score, never "you are safe".
    for (const text of [found, closing]) {
      expect(text).not.toMatch(/\d+\s*\/\s*\d+|score|you are safe|you're safe/i);
    }
    expect(h.store.size).toBe(0);
  });

  it("counts check.started, check.completed and check.sign.<id> for each yes, only names the database takes", async () => {
    const h = createFlowHarness();
    const u = new TestUser(h);
    await u.command("check");
    await play(h, u, { gifts: "yes", pictures: "yes", private: "unsure" });
    expect(h.metrics.get("check.started")).toBe(1);
    expect(h.metrics.get("check.completed")).toBe(1);
    expect(h.metrics.get("check.sign.gifts")).toBe(1);
    expect(h.metrics.get("check.sign.pictures")).toBe(1);
    const names = [...h.metrics.counts.keys()].filter((n) => n.startsWith("check."));
    expect(names.sort()).toEqual(["check.completed", "check.sign.gifts", "check.sign.pictures", "check.started"]);
    for (const name of names) expect(isMetricName(name), name).toBe(true);
    for (const sign of h.flows.checks.get("grooming")!.signs) expect(isMetricName(`check.sign.${sign.id}`), sign.id).toBe(true);
  });

  it("with no yes: 'trust your feeling', no list of signs and no actions list", async () => {
    const h = createFlowHarness();
    const u = new TestUser(h);
    await u.command("check");
    await play(h, u, {});
    expect(u.replies).toHaveLength(1);
    expect(u.last.text).toBe(rendered("en", words.none));
    expect(h.metrics.get("check.completed")).toBe(1);
  });

  it.each([
    { sign: "threats", before: {}, referral: "referral-sextortion" },
    { sign: "meet-arranged", before: { meet: "yes" }, referral: "referral-meeting" },
  ] as const)("a yes to $sign sends $referral at once, first, then what was found, and ends the check", async ({ sign, before, referral }) => {
    const h = createFlowHarness();
    const u = new TestUser(h);
    await u.command("check");
    const asked = await play(h, u, { ...before, [sign]: "yes", compliments: "yes" });
    expect(asked.at(-1)).toBe(sign);
    expect(asked).not.toContain("age"); // nothing more is asked
    expect(u.replies[0]!.text).toBe(rendered("en", referral));
    expect(u.replies[0]!.buttons.map((b) => b.data)).toEqual(["guide:get-help", "helplines", "menu", "hide"]);
    expect(u.replies[1]!.text).toContain(rendered("en", words.why(sign)));
    expect(u.replies[1]!.text).toContain(rendered("en", words.why("compliments")));
    expect(h.metrics.get("referral.shown")).toBe(1);
    expect(h.metrics.get(`check.sign.${sign}`)).toBe(1);
    expect(h.store.size).toBe(0);
  });

  it("a meeting asked for but not arranged asks the follow-up, and its no is no danger", async () => {
    const h = createFlowHarness();
    const u = new TestUser(h);
    await u.command("check");
    const asked = await play(h, u, { meet: "yes", "meet-arranged": "no" });
    expect(asked).toContain("meet-arranged");
    expect(asked.at(-1)).toBe("age");
    expect(h.metrics.get("referral.shown")).toBe(0);
    expect(u.replies.at(-2)!.text).toContain(rendered("en", words.why("meet")));
  });

  it("typed text mid-check gets a nudge and the same question again; an urgent message the referral, and the check ends", async () => {
    const h = createFlowHarness({ classifier: stubClassifier(["he is waiting outside my school"]) });
    const u = new TestUser(h);
    await u.command("check");
    await answer(u, "no");
    await u.send("what do you mean");
    expect(u.last.text).toBe(`${rendered("en", "selfcheck-tap-answer")}\n\n🔍 <b>2/9</b>\n${rendered("en", words.question("gifts"))}`);
    await answer(u, "yes");
    expect(askedSign(h, u)).toBe("secret");
    await u.send("he is waiting outside my school");
    expect(u.first.text).toContain("1098");
    expect(h.store.size).toBe(0);
    expect(h.metrics.get("check.completed")).toBe(0);
  });

  it("abandoned half-way, it expires; started again (or twice), it starts afresh and old buttons say so", async () => {
    const clock = new TestClock();
    const h = createFlowHarness({ clock });
    const u = new TestUser(h);
    await u.command("check");
    const first = u.last;
    await answer(u, "yes");
    await u.command("check");
    const second = u.last;
    expect(second.text).toContain("1/9");
    expect(h.metrics.get("check.started")).toBe(2);
    // A button of the first run: the current question is still waiting.
    await u.pressData(first.buttons[0]!.data!, first.messageId);
    expect(u.calls.find((c) => c.method === "answerCallbackQuery")?.payload.text).toBe(rendered("en", "flow-old-button"));
    // Left alone for more than 30 minutes: the check is gone, and its buttons say so.
    clock.advance(FLOW_IDLE_MS + 60_000);
    await u.pressData(second.buttons[0]!.data!, second.messageId);
    expect(u.calls.find((c) => c.method === "answerCallbackQuery")?.payload.text).toBe(rendered("en", "flow-ended-toast"));
    expect(h.metrics.get("check.sign.compliments")).toBe(1); // the first run's yes only
    expect(h.metrics.get("check.completed")).toBe(0);
  });

  it("the safe word and /cancel work at every step", async () => {
    const h = createFlowHarness();
    const u = new TestUser(h);
    await u.command("check");
    await answer(u, "unsure");
    await u.send("SOS");
    expect(u.first.text).toContain("1098");
    expect(h.store.size).toBe(0);
    await u.command("check");
    await u.command("cancel");
    expect(u.last.text).toBe(rendered("en", "flow-cancelled"));
    expect(h.store.size).toBe(0);
  });

  it("speaks Bengali, from the menu", async () => {
    const h = createFlowHarness();
    const u = new TestUser(h, { languageCode: "bn" });
    await u.command("menu");
    await u.press(rendered("bn", words.title));
    expect(u.replies[0]!.text).toContain(rendered("bn", words.intro));
    expect(u.last.buttons.map((b) => b.text)).toEqual([rendered("bn", "btn-check-yes"), rendered("bn", "btn-check-no"), rendered("bn", "btn-check-unsure")]);
    await play(h, u, { gifts: "yes" }, "bn");
    expect(u.replies[0]!.text).toContain(`<b>${rendered("bn", words.name("gifts"))}</b>: ${rendered("bn", words.why("gifts"))}`);
    expect(u.last.text).toContain(rendered("bn", words.actions));
  });

  it("keeps no answer anywhere once it ends, and never what was typed: the flow state is gone and the session holds nothing of it", async () => {
    const canary = "CANARY-5e2a my tutor Karim";
    const h = createFlowHarness();
    const u = new TestUser(h, { id: 912_345_678 });
    await u.command("check");
    await answer(u, "yes");
    await u.send(canary);
    const during = h.store.dump();
    for (const secret of ["CANARY", "Karim", "912345678"]) expect(during, secret).not.toContain(secret);
    await play(h, u, { pictures: "yes" });
    expect(h.store.size).toBe(0);
    for (const held of [h.state.dump(), h.logs.text, [...h.metrics.counts.keys()].join(" ")]) {
      expect(held).not.toMatch(/CANARY|Karim|912345678/);
    }
    expect(h.state.dump()).not.toMatch(/pictures|compliments/);
    expect(JSON.stringify(h.api.calls.map((c) => c.payload.text ?? ""))).not.toContain("CANARY");
  });
});

describe("validating self-checks", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "nirapod-check-"));
    for (const part of ["data", "flows", "locales", "intents"]) cpSync(join(PROJECT_ROOT, part), join(dir, part), { recursive: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("names file:line for a topic that offers an unknown check", () => {
    const topics = join(dir, "data/topics.yaml");
    const before = readFileSync(topics, "utf8");
    writeFileSync(topics, before.replace("check: grooming", "check: groming"));
    const errors = validateContent(dir).errors.map((e) => `${e.file}:${e.line}: ${e.message}`);
    const line = readFileSync(topics, "utf8").split("\n").findIndex((l) => l.includes("check: groming")) + 1;
    expect(errors).toEqual([`data/topics.yaml:${line}: topics.grooming.check: no self-check "groming" in flows/checks/ (known: grooming)`]);
    writeFileSync(topics, before);
  });

  it("names file:line for a follow-up before its sign, a sign used twice and a missing message", () => {
    const file = join(dir, "flows/checks/grooming.yaml");
    writeFileSync(
      file,
      readFileSync(file, "utf8")
        .replace("    after: meet\n", "    after: threats\n")
        .replace("  - id: age ", "  - id: gifts "),
    );
    const ftl = join(dir, "locales/bn/flows-checks.ftl");
    writeFileSync(ftl, readFileSync(ftl, "utf8").replace(/^selfcheck-grooming-secret-why = .*\n/m, ""));

    const errors = validateContent(dir).errors.map((e) => `${e.file}:${e.line}: ${e.message}`);
    const lineOf = (path: string, text: string) => readFileSync(join(dir, path), "utf8").split("\n").findIndex((l) => l.includes(text)) + 1;
    expect(errors).toContainEqual(expect.stringMatching(new RegExp(`^flows/checks/grooming.yaml:${lineOf("flows/checks/grooming.yaml", "after: threats")}: signs.7.after: no sign "threats" before this one`)));
    expect(errors).toContainEqual(expect.stringMatching(new RegExp(`^flows/checks/grooming.yaml:${lineOf("flows/checks/grooming.yaml", "# says they are your age")}: signs.9.id: "gifts" is used twice`)));
    const ftlLine = lineOf("locales/en/flows-checks.ftl", "selfcheck-grooming-secret-why =");
    expect(errors).toContainEqual(`locales/en/flows-checks.ftl:${ftlLine}: "selfcheck-grooming-secret-why" has no text in locales/bn: add selfcheck-grooming-secret-why to locales/bn/flows-checks.ftl`);
  });
});
