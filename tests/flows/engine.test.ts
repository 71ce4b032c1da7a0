import { describe, expect, it } from "vitest";
import { contentPaths } from "../../src/content/content.js";
import { loadFlows } from "../../src/flows/content.js";
import { buttons } from "../../src/core/callback-data.js";
import { flowData, newRunId, shuffle } from "../../src/flows/engine.js";
import { scenarioMessages } from "../../src/flows/messages.js";
import { scoreKey } from "../../src/flows/quiz.js";
import { FlowStore } from "../../src/flows/store.js";
import type { Classifier } from "../../src/nlu/index.js";
import { TestUser } from "../helpers/harness.js";
import { createFlowHarness, rendered, seeded, TestClock } from "../helpers/stories.js";

async function playQuiz(u: TestUser, quiz: string, answers = 5) {
  await u.command("quiz");
  await u.press(`quiz:${quiz}`);
  for (let i = 0; i < answers; i++) {
    await u.press(/^f:.*:[a-z-]+$/);
    await u.press(/:next$/);
  }
}

describe("quiz counting (replay-safe)", () => {
  it("counts quiz.started, quiz.completed, per quiz and a score bucket, each exactly once", async () => {
    const h = createFlowHarness();
    const u = new TestUser(h);
    await playQuiz(u, "grooming");
    expect(u.last.text).toMatch(/\d\/5/);
    const score = Number(/(\d)\/5/.exec(u.last.text)![1]);
    // The answers' own counts (q.<scenario>.…) are checked in scenario-counts.test.ts.
    expect(Object.fromEntries([...h.metrics.counts].filter(([m]) => !m.startsWith("q.")))).toEqual({
      "quiz.started": 1,
      "quiz.started.grooming": 1,
      "quiz.completed": 1,
      "quiz.completed.grooming": 1,
      [`quiz.score.${score}-of-5`]: 1,
    });
  });

  it("a quiz that is not finished is started but not completed", async () => {
    const h = createFlowHarness();
    const u = new TestUser(h);
    await playQuiz(u, "privacy", 3);
    await u.command("cancel");
    expect(h.metrics.get("quiz.started.privacy")).toBe(1);
    expect(h.metrics.get("quiz.completed")).toBe(0);
  });

  it("counts the guided flow's start and end", async () => {
    const h = createFlowHarness();
    const u = new TestUser(h);
    await u.pressData("guide:get-help");
    await u.press(/:safe$/);
    await u.press(/:other$/);
    await u.press(/:tell$/);
    await u.press(/:parent$/);
    await u.press(/:done$/);
    expect(h.metrics.get("flow.started.get-help")).toBe(1);
    expect(h.metrics.get("flow.completed.tell-adult")).toBe(1);
  });
});

describe("quiz plays", () => {
  it("five different scenarios, never a repeat, answers shuffled", async () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const h = createFlowHarness({ seed });
      const u = new TestUser(h);
      await u.command("quiz");
      await u.press("quiz:mixed");
      const situations = new Set<string>();
      for (let i = 0; i < 5; i++) {
        const question = u.replies.find((r) => r.buttons.some((b) => b.data?.startsWith("f:")))!;
        situations.add(question.text.split("\n\n")[1]!);
        await u.press(/^f:.*:[a-z-]+$/);
        await u.press(/:next$/);
      }
      expect(situations.size).toBe(5);
    }
  });

  it("a wrong answer shows the safer choice with its own advice, not only its short label", async () => {
    const h = createFlowHarness({ seed: 4 });
    const u = new TestUser(h);
    await u.command("quiz");
    await u.press("quiz:pictures");
    const question = u.replies.find((r) => r.buttons.some((b) => b.data?.startsWith("f:")))!;
    const choices = question.buttons.map((b) => buttons.flowChoice.parse(b.data ?? "")?.choice);
    const scenario = [...h.flows.scenarios.values()].find((s) => question.text.includes(rendered("en", scenarioMessages(s.id).situation).split("\n")[0]!.slice(0, 40)) && s.answers.every((a) => choices.includes(a.id)))!;
    const wrong = scenario.answers.find((a) => !a.correct)!;
    const best = scenario.answers.find((a) => a.correct)!;
    await u.pressData(question.buttons.find((b) => buttons.flowChoice.parse(b.data ?? "")?.choice === wrong.id)!.data!, question.messageId);
    expect(u.last.text).toContain(rendered("en", scenarioMessages(scenario.id).feedback(best.id)).split("\n")[0]!);
  });

  it("continues after a restart when the saved state is kept (replayed from the scrubbed copy)", async () => {
    const clock = new TestClock();
    const secret = Buffer.alloc(32, 7);
    const store = new FlowStore({ now: () => clock.now, secret });
    const first = createFlowHarness({ store, clock });
    const id = 8_765_432;
    const u1 = new TestUser(first, { id });
    await u1.command("quiz");
    await u1.press("quiz:pictures");
    await u1.press(/^f:.*:[a-z-]+$/);
    await u1.send("just typing something"); // typed text after feedback: the default, next question
    expect(u1.last.text).toContain("Question 2/5");
    const buttons = u1.last.buttons;

    // A new bot instance (same store, as a persistent store would be): the quiz carries on.
    const second = createFlowHarness({ store, clock, seed: 99 });
    const u2 = new TestUser(second, { id });
    await u2.pressData(buttons[0]!.data!, u1.last.messageId);
    expect(u2.last.text).toMatch(/Good thinking|Not quite/);
    await u2.press(/:next$/);
    expect(u2.last.text).toContain("Question 3/5");
    expect(second.logs.text).not.toMatch(/failed|Bad replay/);
  });

  it("saved state from other flow content is discarded calmly, never replayed", async () => {
    const clock = new TestClock();
    const store = new FlowStore({ now: () => clock.now, secret: Buffer.alloc(32, 9) });
    const first = createFlowHarness({ store, clock });
    const u1 = new TestUser(first, { id: 8_765_433 });
    await u1.command("quiz");
    await u1.press("quiz:pictures");
    const answer = u1.last.buttons[0]!;

    const flows = loadFlows(contentPaths.flows, first.content.catalogue.cards);
    const second = createFlowHarness({ store, clock, flows: { ...flows, version: "other-content" } });
    const u2 = new TestUser(second, { id: 8_765_433 });
    await u2.pressData(answer.data!, u1.last.messageId);
    expect(u2.calls.find((c) => c.method === "answerCallbackQuery")?.payload.text).toContain("ended");
  });
});

describe("failures end a flow calmly", () => {
  it("a failing button answer or button removal does not stop the quiz", async () => {
    const h = createFlowHarness();
    h.api.failures.set("answerCallbackQuery", { error_code: 400, description: "Bad Request: query is too old" });
    h.api.failures.set("editMessageReplyMarkup", { error_code: 400, description: "Bad Request: message can't be edited" });
    const u = new TestUser(h);
    await playQuiz(u, "help");
    expect(u.last.text).toMatch(/\d\/5/);
    expect(h.logs.text).not.toMatch(/failed/);
  });

  it("an error inside a flow ends it with a calm note, logs only its kind, and keeps nothing", async () => {
    const h = createFlowHarness();
    const u = new TestUser(h, { id: 8_111_222 });
    await u.command("quiz");
    await u.press("quiz:mixed");
    h.api.failures.set("sendMessage", { error_code: 403, description: "Forbidden: bot was blocked by the user" });
    await u.press(/^f:.*:[a-z-]+$/);
    h.api.failures.delete("sendMessage");
    expect(h.logs.text).toContain("flow failed and was ended");
    expect(h.logs.text).not.toContain("8111222");
    expect(h.store.size).toBe(0);
    await u.press(/:next$/).catch(() => undefined);
    await u.command("quiz");
    expect(u.last.text).toContain("Practise");
  });
});

describe("entry points", () => {
  it("the quiz topic reply offers a Start a quiz button", async () => {
    const classifier = {
      classify: () => ({ topic: "quiz", urgent: false, confidence: 0.9, lang: "en", alternatives: [] }),
    } as unknown as Classifier;
    const h = createFlowHarness({ classifier });
    const u = new TestUser(h);
    await u.send("can i do a quiz please");
    expect(u.last.buttons.map((b) => b.data)).toContain("quiz");
    await u.press("quiz");
    expect(u.last.text).toContain("Practise with real situations");
  });
});

describe("a flow that fails as it starts", () => {
  it("ends calmly with a note, and the failure is logged without any id", async () => {
    const h = createFlowHarness({
      random: () => {
        throw new Error("no randomness");
      },
    });
    const u = new TestUser(h, { id: 8_111_333 });
    await u.command("quiz");
    await u.press("quiz:grooming");
    expect(u.last.text).toContain("something went wrong");
    expect(u.last.buttons.map((b) => b.data)).toEqual(["quiz", "menu"]);
    expect(h.logs.text).toContain("flow failed and was ended");
    expect(h.logs.text).not.toContain("update failed");
    expect(h.logs.text).not.toContain("8111333");
    expect(h.store.size).toBe(0);
    // The guided flow does not use randomness for anything but its run id: it fails the same calm way.
    await u.pressData("guide:get-help");
    expect(u.last.text).toContain("something went wrong");
  });
});

describe("button data", () => {
  it("round-trips and rejects anything the bot did not make", () => {
    const data = flowData("a1b2c3", 12, "not-sure");
    expect(data.length).toBeLessThanOrEqual(64);
    expect(buttons.flowChoice.parse(data)).toEqual({ run: "a1b2c3", step: 12, choice: "not-sure" });
    for (const bad of ["f:../../x:1:a", "f:a1b2c3:1:", "f:a1b2c3:1234:a", "f:A1B2C3:1:a", "q:a1b2c3:1:a", "f:a1b2c3:1:a:b"]) {
      expect(buttons.flowChoice.parse(bad), bad).toBeUndefined();
    }
  });

  it("run ids and shuffles come only from the given randomness", () => {
    expect(newRunId(seeded(5))).toBe(newRunId(seeded(5)));
    expect(newRunId(() => 0)).toBe("000000");
    expect(shuffle([1, 2, 3, 4, 5], seeded(3))).toEqual(shuffle([1, 2, 3, 4, 5], seeded(3)));
    expect(shuffle([1, 2, 3, 4, 5], seeded(3)).sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it("score words are kind at every score", () => {
    expect(scoreKey(5, 5)).toBe("quiz-score-all");
    expect(scoreKey(3, 5)).toBe("quiz-score-most");
    expect(scoreKey(0, 5)).toBe("quiz-score-some");
  });
});

describe("flow store", () => {
  it("expires after 30 idle minutes, keyed by a keyed hash", () => {
    const clock = new TestClock();
    const store = new FlowStore({ now: () => clock.now });
    store.write(42, { a: 1 });
    expect(store.keyFor(42)).not.toContain("42");
    clock.advance(29 * 60_000);
    expect(store.read(42)).toEqual({ a: 1 });
    store.write(42, { a: 2 }); // use refreshes the expiry
    clock.advance(29 * 60_000);
    expect(store.read(42)).toEqual({ a: 2 });
    clock.advance(2 * 60_000);
    store.sweep();
    expect(store.size).toBe(0);
    expect(store.read(42)).toBeUndefined();
    store.stop();
  });
});
