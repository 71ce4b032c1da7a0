import type { ScenarioAnswerKey } from "../stats/scenario-answers.js";
import type { FlowContent } from "./content.js";
import { scenarioMessages } from "./messages.js";

/** A scenario's answer key with the message ids of its words: what the dashboard is given about it. */
export interface ScenarioSummary extends ScenarioAnswerKey {
  messages: { title: string; answers: Record<string, string> };
}

/**
 * The scenarios' answer ids and correct answers, with the ids of their title and answer
 * messages, for the stats report and the dashboard (which never load flows/ themselves). In
 * scenario id order.
 *
 * @example
 * const scenarios = scenarioSummaries(loadFlows(content.flowsDir, content.catalogue.cards));
 * await loadServedReport(db, range, k, today, scenarios);
 */
export function scenarioSummaries(flows: Pick<FlowContent, "scenarios">): ScenarioSummary[] {
  return [...flows.scenarios.values()]
    .map((s) => {
      const words = scenarioMessages(s.id);
      return {
        scenario: s.id,
        answers: s.answers.map((a) => a.id),
        correct: s.answers.find((a) => a.correct)!.id,
        messages: { title: words.title, answers: Object.fromEntries(s.answers.map((a) => [a.id, words.answer(a.id)])) },
      };
    })
    .sort((a, b) => (a.scenario < b.scenario ? -1 : a.scenario > b.scenario ? 1 : 0));
}
