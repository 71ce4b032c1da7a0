import { scenarioMetrics } from "../stats/metric-names.js";
import type { StatsReport } from "../stats/report.js";
import type { Shown } from "../stats/suppression.js";
import type { CsvCell } from "./csv.js";
import type { DashboardScenario, DashboardText } from "./text.js";
import type { PageView } from "./views.js";

/**
 * "What teens get wrong": the quiz scenarios ranked by how often the best answer was picked,
 * lowest first, and how often each wrong answer was picked. Built from the suppressed report
 * only: a rate is shown when both of its counts are, and the order never depends on a hidden
 * count (scenarios without a shown rate come last, by name).
 */

/** `part` as a whole percentage of `whole`, only when both are shown and `whole` is not 0. */
export function percentOf(part: Shown, whole: Shown): number | undefined {
  if (typeof part !== "number" || typeof whole !== "number" || whole <= 0) return undefined;
  return Math.round((part / whole) * 100);
}

const percentText = (p: number | undefined): string => (p === undefined ? "–" : `${p}%`);

interface Row {
  scenario: DashboardScenario;
  title: string;
  answered: Shown;
  correct: Shown;
  rate: number | undefined;
}

/** Shown rates first (lowest first, then more answers first), then hidden counts, then scenarios nobody answered. */
function byRate(a: Row, b: Row): number {
  const group = (r: Row) => (r.rate !== undefined ? 0 : r.answered === 0 ? 2 : 1);
  const g = group(a) - group(b);
  if (g !== 0) return g;
  if (a.rate !== undefined && b.rate !== undefined && a.rate !== b.rate) return a.rate - b.rate;
  if (typeof a.answered === "number" && typeof b.answered === "number" && a.answered !== b.answered) return b.answered - a.answered;
  return a.title.localeCompare(b.title) || (a.scenario.scenario < b.scenario.scenario ? -1 : 1);
}

/** Larger shown counts first, then hidden ones, then zeros; never by a hidden count's true value. */
function byPicked(a: { picked: Shown; label: string }, b: { picked: Shown; label: string }): number {
  const rank = (v: Shown) => (typeof v === "string" ? 1 : v === 0 ? 2 : 0);
  const r = rank(a.picked) - rank(b.picked);
  if (r !== 0) return r;
  if (typeof a.picked === "number" && typeof b.picked === "number" && a.picked !== b.picked) return b.picked - a.picked;
  return a.label.localeCompare(b.label);
}

export function misconceptions(report: StatsReport, text: DashboardText, scenarios: readonly DashboardScenario[]): Pick<PageView, "intro" | "charts" | "tables"> {
  const valueOf = (metric: string): Shown => report.metrics[metric] ?? 0;
  const rows: Row[] = scenarios
    .map((scenario) => {
      const names = scenarioMetrics(scenario.scenario);
      const answered = valueOf(names.answered);
      const correct = valueOf(names.correct);
      return { scenario, title: text.message(scenario.messages.title, scenario.scenario), answered, correct, rate: percentOf(correct, answered) };
    })
    .sort(byRate);

  const wrong: CsvCell[][] = [];
  for (const row of rows) {
    if (row.answered === 0) continue;
    const names = scenarioMetrics(row.scenario.scenario);
    const options = row.scenario.answers
      .filter((a) => a !== row.scenario.correct)
      .map((a) => ({ id: a, label: text.message(row.scenario.messages.answers[a], a), picked: valueOf(names.picked(a)) }))
      .sort(byPicked);
    for (const o of options) wrong.push([o.label, row.title, o.id, o.picked, percentText(percentOf(o.picked, row.answered))]);
  }

  return {
    intro: text.t("dash-misconceptions-intro"),
    charts: [
      {
        kind: "bars",
        title: text.t("dash-chart-correct-rate"),
        unit: "%",
        items: rows.filter((r) => r.rate !== undefined).map((r) => ({ label: r.title, value: r.rate! })),
      },
    ],
    tables: [
      {
        id: "ranking",
        wide: true,
        title: text.t("dash-table-ranking"),
        columns: [text.t("dash-col-scenario"), text.t("dash-col-id"), text.t("dash-col-answers"), text.t("dash-col-correct"), text.t("dash-col-correct-rate")],
        rows: rows.map((r) => [r.title, r.scenario.scenario, r.answered, r.correct, percentText(r.rate)]),
      },
      {
        id: "wrong",
        wide: true,
        title: text.t("dash-table-wrong"),
        columns: [text.t("dash-col-wrong-answer"), text.t("dash-col-scenario"), text.t("dash-col-id"), text.t("dash-col-picked"), text.t("dash-col-share")],
        rows: wrong,
      },
    ],
  };
}
