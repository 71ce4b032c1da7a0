import { scenarioMetrics } from "./metric-names.js";
import type { SumConstraint } from "./suppression.js";

/**
 * What the stats need to know about a quiz scenario: its answer ids and which one is correct.
 * It comes from the scenario files (flows/scenarios/), handed in by the entry points, so that
 * stats/ never reads the bot's content itself.
 *
 * @example
 * const key: ScenarioAnswerKey = { scenario: "flattery", answers: ["real-love", "warning-sign", "send-photo"], correct: "warning-sign" };
 */
export interface ScenarioAnswerKey {
  scenario: string;
  answers: readonly string[];
  correct: string;
}

const SCENARIO_METRIC = /^q\.([^.]+)\./;

/** The scenario a `q.<scenario>.…` metric belongs to, or undefined for any other metric. */
export function scenarioOfMetric(metric: string): string | undefined {
  return SCENARIO_METRIC.exec(metric)?.[1];
}

/**
 * Drops the `q.<scenario>.…` counts of scenarios the answer key does not know (a scenario
 * removed from the content, or a report built without the key): without knowing the correct
 * answer, `q.<s>.correct` cannot be tied to its `picked` cell, so a hidden one could be worked
 * out from the other. Not reporting them is the safe side.
 */
export function withKnownScenarios(totals: ReadonlyMap<string, number>, key: readonly ScenarioAnswerKey[]): Map<string, number> {
  const known = new Set(key.map((s) => s.scenario));
  const kept = new Map<string, number>();
  for (const [metric, n] of totals) {
    const scenario = scenarioOfMetric(metric);
    if (scenario === undefined || known.has(scenario)) kept.set(metric, n);
  }
  return kept;
}

/**
 * The sums scenario answers obey. Each answer given (a tap in a private quiz, or a vote in a
 * classroom poll) counts `q.<s>.answered` and exactly one `q.<s>.picked.<answer>`, and
 * `q.<s>.correct` exactly when that answer is the correct one. So, per scenario:
 * - `q.<s>.answered` = Σ `q.<s>.picked.*` (every answer id of the content, and any other picked
 *   cell the range holds);
 * - `q.<s>.correct` = `q.<s>.picked.<correct answer>`.
 * A scenario whose answers change keeps its counts true only under a new scenario id: with the
 * correct answer renamed, the second sum would no longer hold.
 */
export function scenarioConstraints(metricNames: readonly string[], key: readonly ScenarioAnswerKey[]): SumConstraint[] {
  const constraints: SumConstraint[] = [];
  for (const { scenario, answers, correct } of key) {
    const names = scenarioMetrics(scenario);
    const prefix = names.picked("");
    const picked = [...new Set([...answers.map(names.picked), ...metricNames.filter((m) => m.startsWith(prefix))])];
    constraints.push({ total: names.answered, parts: picked });
    constraints.push({ total: names.correct, parts: [names.picked(correct)] });
  }
  return constraints;
}
