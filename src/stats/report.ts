import { daysInRange } from "./days.js";
import { DANGER_KIND_METRICS, LANG_METRICS, SERIES_METRICS, TOPIC_METRICS } from "./metric-names.js";
import { scenarioConstraints, withKnownScenarios, type ScenarioAnswerKey } from "./scenario-answers.js";
import type { DailyCount } from "./store.js";
import { suppress, suppressionMarker, type Shown, type SumConstraint } from "./suppression.js";

/**
 * One block's numbers, every one already suppressed. Views are never given this for an
 * arbitrary range: served-report.ts publishes each ISO week as one such block and builds every
 * served range from those blocks, so combining answers for different ranges reveals nothing
 * that a block hides. The API, the dashboard pages, the CSV/JSON exports and `/stats` are all
 * projections of one served report.
 */
export interface StatsReport {
  from: string;
  to: string;
  k: number;
  /** The suppression marker, e.g. "<5". */
  marker: string;
  /** Each metric's total for the range: a count or the marker. Metrics never counted are absent. */
  metrics: Record<string, Shown>;
  /** Per-day values of the series metrics, one entry per day of the range. */
  series: Record<string, Array<{ day: string; value: Shown }>>;
}

export interface ReportInput {
  from: string;
  to: string;
  k: number;
  /** True totals per metric over the range. */
  totals: ReadonlyMap<string, number>;
  /** True per-day counts of the series metrics. */
  series: readonly DailyCount[];
  /** Which metrics get a per-day series (default SERIES_METRICS). */
  seriesMetrics?: readonly string[];
  /**
   * The quiz scenarios' answers (see scenario-answers.ts). `q.<scenario>.…` counts of scenarios
   * it does not list are left out of the report.
   */
  answerKey?: readonly ScenarioAnswerKey[];
}

const dayCell = (metric: string, day: string) => `${metric}@${day}`;
const union = (base: readonly string[], extra: Iterable<string>) => [...new Set([...base, ...extra])];

/**
 * The sums that link the cells of a report (see suppression.ts). They rest on how the bot counts
 * (the wiring contract): for every text message it understands or not, `messages` +1, exactly one
 * `topic.<id>` and exactly one `lang.<form>` (`fallback` is extra, a subset); media, commands and
 * buttons are not `messages`. At each quiz start `quiz.started` and `quiz.started.<id>`; at each
 * completion `quiz.completed`, `quiz.completed.<id>` and one `quiz.score.<bucket>`. So:
 * - each series metric's range total is the sum of its days;
 * - every text message gets one topic and one language form, so `topic.*` and `lang.*` each sum
 *   to `messages` (if `messages` also counts other updates the equation is not exact, which only
 *   hides a little more than needed — never less);
 * - `quiz.started` is the sum of `quiz.started.<id>`; `quiz.completed` the sum of
 *   `quiz.completed.<id>` and of `quiz.score.<bucket>`;
 * - every urgent message (grey zone included) counts exactly one `danger.<kind>` or
 *   `danger.other`, so those sum to `urgent` (in ranges from before the kinds were counted they
 *   sum to less: again only more is hidden). `danger.friend` overlaps the kinds and `check`,
 *   `check.danger`, `check.safe` and `correction` only bound other cells, so they are in no sum.
 * - per quiz scenario, `q.<s>.answered` is the sum of its `q.<s>.picked.*` and `q.<s>.correct`
 *   equals the picked cell of its correct answer (scenarioConstraints). These cells are linked
 *   to no other metric, so they never change what is hidden elsewhere (in `/stats`, say).
 * `campaign.*` cells sum to nothing that is shown anywhere (there is no "all starts" metric), so
 * they are only suppressed below k; so are the campaign funnel's `funnel.quiz.*` and
 * `funnel.referral.*` (each bounded by its campaign's starts and by `quiz.completed` or
 * `referral.shown`, but a bound pins nothing). If such a total is ever shown, add its sum here.
 */
export function reportConstraints(
  metricNames: readonly string[],
  days: readonly string[],
  options: { seriesMetrics: readonly string[]; answerKey?: readonly ScenarioAnswerKey[] },
): SumConstraint[] {
  const withPrefix = (prefix: string) => metricNames.filter((m) => m.startsWith(prefix));
  const constraints: SumConstraint[] = [];
  for (const m of options.seriesMetrics) constraints.push({ total: m, parts: days.map((d) => dayCell(m, d)) });
  constraints.push({ total: "messages", parts: union(TOPIC_METRICS, withPrefix("topic.")) });
  constraints.push({ total: "messages", parts: union(LANG_METRICS, withPrefix("lang.")) });
  const perQuizStarted = withPrefix("quiz.started.");
  const perQuizCompleted = withPrefix("quiz.completed.");
  const scores = withPrefix("quiz.score.");
  if (perQuizStarted.length > 0) constraints.push({ total: "quiz.started", parts: perQuizStarted });
  if (perQuizCompleted.length > 0) constraints.push({ total: "quiz.completed", parts: perQuizCompleted });
  if (scores.length > 0) constraints.push({ total: "quiz.completed", parts: scores });
  const kinds = withPrefix("danger.").filter((m) => m !== "danger.friend");
  if (kinds.length > 0) constraints.push({ total: "urgent", parts: union(DANGER_KIND_METRICS, kinds) });
  constraints.push(...scenarioConstraints(metricNames, options.answerKey ?? []));
  return constraints;
}

/** Builds the suppressed report from true counts. The true counts do not leave this function. */
export function buildReport(input: ReportInput): StatsReport {
  const { from, to, k } = input;
  const seriesMetrics = input.seriesMetrics ?? SERIES_METRICS;
  const days = daysInRange(from, to);
  const answerKey = input.answerKey ?? [];
  const totals = withKnownScenarios(input.totals, answerKey);
  const values = new Map<string, number>();
  for (const [m, v] of totals) if (v !== 0) values.set(m, v);
  const seriesSet = new Set(seriesMetrics);
  for (const row of input.series) if (seriesSet.has(row.metric) && row.count !== 0) values.set(dayCell(row.metric, row.day), row.count);

  const constraints = reportConstraints([...totals.keys()], days, { seriesMetrics, answerKey });
  const hidden = suppress(values, constraints, k);
  const marker = suppressionMarker(k);
  const show = (id: string): Shown => (hidden.has(id) ? marker : (values.get(id) ?? 0));

  const metrics: Record<string, Shown> = {};
  const names = new Set<string>([...values.keys()].filter((id) => !id.includes("@")));
  for (const id of hidden) if (!id.includes("@")) names.add(id); // a zero hidden to protect a neighbour
  for (const name of [...names].sort()) metrics[name] = show(name);

  const series: StatsReport["series"] = {};
  for (const m of seriesMetrics) series[m] = days.map((day) => ({ day, value: show(dayCell(m, day)) }));
  return { from, to, k, marker, metrics, series };
}
