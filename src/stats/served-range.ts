import { addDays } from "./days.js";

/**
 * The ranges the stats are served for. Every view (the API, the dashboard pages, the exports and
 * `/stats`) serves whole ISO weeks, Monday to Sunday (UTC), and only weeks that are over: a range
 * asked for is widened to the weeks it touches, and its end is moved back to the last week that
 * has ended. So any two served ranges differ by whole weeks, and no range grows day by day.
 *
 * Why weeks, and why only finished ones: subtracting "1–9 March" from "1–10 March" would give
 * 10 March alone, and asking for "this week" on Tuesday and again on Wednesday would give
 * Wednesday alone. Whole finished weeks leave only week blocks to subtract, and each week block
 * is published (suppressed) once, the same way for every range (see served-report.ts).
 *
 * @example
 * serveRange({ from: "2025-03-01", to: "2025-03-10" }, "2025-03-12");
 * // { from: "2025-02-24", to: "2025-03-09", requested: {…}, adjustments: ["whole-weeks", "week-not-over"] }
 */

export interface DayRange {
  /** First UTC day, 'YYYY-MM-DD', included. */
  from: string;
  /** Last UTC day, included. */
  to: string;
}

/**
 * Why a served range differs from the one asked for: widened to whole weeks, and/or its end
 * moved back because the week it reached into is not over yet.
 */
export type RangeAdjustment = "whole-weeks" | "week-not-over";

export interface ServedRange extends DayRange {
  requested: DayRange;
  adjustments: RangeAdjustment[];
}

/** The Monday of the ISO week of `day`. */
export function weekStart(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
}

/** The Sunday of the ISO week of `day`. */
export function weekEnd(day: string): string {
  return addDays(weekStart(day), 6);
}

/** The Mondays of the weeks of a served range, in order. */
export function weeksOf(range: DayRange): string[] {
  const weeks: string[] = [];
  for (let w = weekStart(range.from); w <= range.to; w = addDays(w, 7)) weeks.push(w);
  return weeks;
}

/** The last day of the last week that is over on `today` (the Sunday before today's week). */
export function lastServableDay(today: string): string {
  return addDays(weekStart(today), -1);
}

/**
 * The range served for `requested` (valid days, from ≤ to) on `today`: its whole weeks, ending
 * at the latest with the last finished week. A range that lies wholly in the current week (or
 * later) becomes the last finished week.
 */
export function serveRange(requested: DayRange, today: string): ServedRange {
  const adjustments: RangeAdjustment[] = [];
  let from = weekStart(requested.from);
  let to = weekEnd(requested.to);
  if (from !== requested.from || to !== requested.to) adjustments.push("whole-weeks");
  const last = lastServableDay(today);
  if (to > last) {
    to = last;
    if (from > to) from = weekStart(to);
    adjustments.push("week-not-over");
  }
  return { from, to, requested: { from: requested.from, to: requested.to }, adjustments };
}
