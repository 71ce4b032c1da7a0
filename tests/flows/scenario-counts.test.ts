import { describe, expect, it } from "vitest";
import { buttons } from "../../src/core/callback-data.js";
import type { Scenario } from "../../src/flows/content.js";
import { scenarioMessages } from "../../src/flows/messages.js";
import { isMetricName } from "../../src/stats/metric-names.js";
import { TestUser } from "../helpers/harness.js";
import { createFlowHarness, rendered, type FlowHarness } from "../helpers/stories.js";

/** The scenario a question message shows: its situation's words and its answers' buttons. */
function scenarioOf(h: FlowHarness, u: TestUser, lang: "en" | "bn" = "en"): { scenario: Scenario; buttons: Array<{ choice: string; data: string }>; messageId: number } {
  const question = [...u.replies].reverse().find((r) => r.buttons.some((b) => b.data?.startsWith("f:")))!;
  const shown = question.buttons.map((b) => ({ choice: buttons.flowChoice.parse(b.data ?? "")!.choice, data: b.data! }));
  const scenario = [...h.flows.scenarios.values()].find(
    (s) => question.text.includes(rendered(lang, scenarioMessages(s.id).situation).slice(0, 40)) && s.answers.every((a) => shown.some((b) => b.choice === a.id)),
  )!;
  expect(scenario, question.text).toBeDefined();
  return { scenario, buttons: shown, messageId: question.messageId };
}

const qCounts = (h: FlowHarness) => Object.fromEntries([...h.metrics.counts].filter(([m]) => m.startsWith("q.")));

describe("answers to quiz scenarios are counted (q.<scenario>.…)", () => {
  it("each tapped answer counts answered and picked, and correct only when it is the best answer", async () => {
    const h = createFlowHarness({ seed: 3 });
    const u = new TestUser(h);
    await u.command("quiz");
    await u.press("quiz:mixed");
    const expected: Record<string, number> = {};
    const add = (name: string) => (expected[name] = (expected[name] ?? 0) + 1);
    let right = 0;
    for (let i = 0; i < 5; i++) {
      const { scenario, buttons: shown, messageId } = scenarioOf(h, u);
      // Right on even questions, wrong on odd ones.
      const answer = i % 2 === 0 ? scenario.answers.find((a) => a.correct)! : scenario.answers.find((a) => !a.correct)!;
      await u.pressData(shown.find((b) => b.choice === answer.id)!.data, messageId);
      add(`q.${scenario.id}.answered`);
      add(`q.${scenario.id}.picked.${answer.id}`);
      if (answer.correct) {
        add(`q.${scenario.id}.correct`);
        right++;
      }
      await u.press(/:next$/);
    }
    expect(u.last.text).toContain(`${right}/5`);
    expect(qCounts(h)).toEqual(expected);
    for (const name of Object.keys(expected)) expect(isMetricName(name), name).toBe(true);
  });

  it("counts in Bengali too, under the same names", async () => {
    const h = createFlowHarness({ seed: 5 });
    const u = new TestUser(h, { languageCode: "bn" });
    await u.command("quiz");
    await u.press("quiz:pictures");
    const { scenario, buttons: shown, messageId } = scenarioOf(h, u, "bn");
    const wrong = scenario.answers.find((a) => !a.correct)!;
    await u.pressData(shown.find((b) => b.choice === wrong.id)!.data, messageId);
    expect(qCounts(h)).toEqual({ [`q.${scenario.id}.answered`]: 1, [`q.${scenario.id}.picked.${wrong.id}`]: 1 });
  });

  it("a question left unanswered, or a button pressed twice, counts nothing more", async () => {
    const h = createFlowHarness({ seed: 2 });
    const u = new TestUser(h);
    await u.command("quiz");
    await u.press("quiz:privacy");
    const { scenario, buttons: shown, messageId } = scenarioOf(h, u);
    const best = scenario.answers.find((a) => a.correct)!;
    const data = shown.find((b) => b.choice === best.id)!.data;
    await u.pressData(data, messageId);
    await u.pressData(data, messageId); // an old button: skipped by the flow
    await u.command("cancel");
    expect(qCounts(h)).toEqual({ [`q.${scenario.id}.answered`]: 1, [`q.${scenario.id}.picked.${best.id}`]: 1, [`q.${scenario.id}.correct`]: 1 });
  });

  it("typed text on a `default: reveal` scenario shows the answer but is not an answer: nothing is counted", async () => {
    const base = createFlowHarness().flows;
    const scenarios = new Map([...base.scenarios].map(([id, s]) => [id, { ...s, default: "reveal" as const }]));
    const h = createFlowHarness({ seed: 7, flows: { ...base, scenarios } });
    const u = new TestUser(h);
    await u.command("quiz");
    await u.press("quiz:grooming");
    const first = scenarioOf(h, u);
    await u.send("i don't know");
    expect(u.last.text).toContain(rendered("en", scenarioMessages(first.scenario.id).answer(first.scenario.answers.find((a) => a.correct)!.id)));
    expect(qCounts(h)).toEqual({});
    // The next question, tapped, is counted.
    await u.press(/:next$/);
    const second = scenarioOf(h, u);
    const answer = second.scenario.answers[0]!;
    await u.pressData(second.buttons.find((b) => b.choice === answer.id)!.data, second.messageId);
    expect(qCounts(h)).toMatchObject({ [`q.${second.scenario.id}.answered`]: 1, [`q.${second.scenario.id}.picked.${answer.id}`]: 1 });
    expect(h.metrics.get(`q.${first.scenario.id}.answered`)).toBe(0);
  });
});
