import type { StatsDb } from "./db.js";
import { addDays, daysInRange } from "./days.js";
import { SERIES_METRICS } from "./metric-names.js";
import { buildReport, type StatsReport } from "./report.js";
import type { ScenarioAnswerKey } from "./scenario-answers.js";
import { serveRange, weeksOf, type DayRange, type RangeAdjustment, type ServedRange } from "./served-range.js";
import { readSeries, readWeeklyTotals, type DailyCount } from "./store.js";
import { suppressionMarker, type Shown } from "./suppression.js";

/**
 * What every view is given: the report of a served range (whole finished weeks, see
 * served-range.ts), built so that no set of answers, over any ranges, reveals a count that one
 * of them hides.
 *
 * How: each ISO week is a block, and each block is published once, the same way for every
 * range — its totals suppressed with the usual small-count and complementary suppression
 * (buildReport over that week alone). A served range then shows a metric's total only when
 * every one of its weeks shows that metric, as the sum of those shown week values; if any week
 * hides it, the range hides it too. So every number any answer holds is a sum of numbers the
 * week blocks show, and whatever can be worked out from many answers can be worked out from
 * the week blocks alone, which hide their small cells soundly.
 *
 * The price: a metric hidden in any one week is hidden for every range that includes that
 * week (a rare topic with 2 messages in one week shows as the marker for that whole month).
 *
 * The per-day series is shown only when nothing in it would be hidden: every day of every
 * series metric is 0 or at least k, and every week of it is shown. Then the day values only
 * split numbers that are shown anyway, and none of them is small. Otherwise the series is
 * per week: the week blocks' own values.
 */
export interface ServedReport extends StatsReport {
  /** The range asked for; `from`/`to` are the range served. */
  requested: DayRange;
  /** Why the served range differs from the one asked for (empty when it does not). */
  adjustments: RangeAdjustment[];
  /** `series` is per day, or per week (each point's `day` is then the week's Monday). */
  seriesUnit: "day" | "week";
}

export interface ServedReportInput {
  range: ServedRange;
  k: number;
  /** True totals per week (keyed by the week's Monday) per metric. */
  weeks: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** True per-day counts of the series metrics over the range. */
  daily: readonly DailyCount[];
  /** The quiz scenarios' answers, for the sums of the `q.*` cells (see scenario-answers.ts). */
  answerKey?: readonly ScenarioAnswerKey[];
}

/** Builds a served report from true counts; the true counts do not leave this function. */
export function composeServedReport(input: ServedReportInput): ServedReport {
  const { range, k } = input;
  const marker = suppressionMarker(k);
  const blocks = weeksOf(range).map((week) => ({
    week,
    shown: buildReport({ from: week, to: addDays(week, 6), k, totals: input.weeks.get(week) ?? new Map(), series: [], seriesMetrics: [], answerKey: input.answerKey }).metrics,
  }));
  const shownIn = (block: (typeof blocks)[number], metric: string): Shown => block.shown[metric] ?? 0;

  const names = new Set(blocks.flatMap((b) => Object.keys(b.shown)));
  const metrics: Record<string, Shown> = {};
  for (const name of [...names].sort()) {
    let sum = 0;
    let hidden = false;
    for (const block of blocks) {
      const v = shownIn(block, name);
      if (typeof v === "number") sum += v;
      else hidden = true;
    }
    metrics[name] = hidden ? marker : sum;
  }

  const days = daysInRange(range.from, range.to);
  const dayValue = new Map(input.daily.map((r) => [`${r.metric}@${r.day}`, r.count]));
  const perDay = SERIES_METRICS.every(
    (m) =>
      blocks.every((b) => typeof shownIn(b, m) === "number") &&
      days.every((day) => {
        const v = dayValue.get(`${m}@${day}`) ?? 0;
        return v === 0 || v >= k;
      }),
  );
  const series: StatsReport["series"] = {};
  for (const m of SERIES_METRICS) {
    series[m] = perDay ? days.map((day) => ({ day, value: dayValue.get(`${m}@${day}`) ?? 0 })) : blocks.map((b) => ({ day: b.week, value: shownIn(b, m) }));
  }
  return {
    from: range.from,
    to: range.to,
    k,
    marker,
    metrics,
    series,
    requested: range.requested,
    adjustments: range.adjustments,
    seriesUnit: perDay ? "day" : "week",
  };
}

/**
 * Serves `requested` on `today`: snaps the range, reads its weeks and days, and suppresses them
 * (with the scenarios' answers, for the `q.*` cells; without them those cells are left out).
 */
export async function loadServedReport(db: StatsDb, requested: DayRange, k: number, today: string, answerKey?: readonly ScenarioAnswerKey[]): Promise<ServedReport> {
  const range = serveRange(requested, today);
  const [weeks, daily] = await Promise.all([readWeeklyTotals(db, range.from, range.to), readSeries(db, range.from, range.to, SERIES_METRICS)]);
  return composeServedReport({ range, k, weeks, daily, answerKey });
}

/**
 * Reads served reports; what `/stats` and the dashboard are given instead of the database.
 *
 * @example
 * const reader = createStatsReader(db);
 * const lastWeek = await reader.report("2025-03-03", "2025-03-09", 5); // served as asked, once the week is over
 */
export interface StatsReader {
  report(from: string, to: string, k: number): Promise<ServedReport>;
}

export function createStatsReader(db: StatsDb, now: () => Date = () => new Date()): StatsReader {
  return { report: (from, to, k) => loadServedReport(db, { from, to }, k, now().toISOString().slice(0, 10)) };
}
