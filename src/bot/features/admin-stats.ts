import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import { addDays, utcDay } from "../../stats/days.js";
import { HEADLINE_METRICS } from "../../stats/metric-names.js";
import type { StatsReport } from "../../stats/report.js";
import { lastServableDay, weekStart } from "../../stats/served-range.js";
import type { StatsReader } from "../../stats/served-report.js";

export interface StatsFeatureOptions {
  /** Telegram user ids allowed to see `/stats` (ADMIN_IDS); compared in memory only. */
  adminIds: ReadonlySet<number>;
  reader: StatsReader;
  /** Suppression threshold (STATS_MIN_COUNT). */
  k: number;
  /** Writes buffered counts first, so today's figures are current (e.g. `() => metrics.flush()`). */
  flush?: () => Promise<unknown>;
  now?: () => Date;
}

/** The dashboard's headline counts, with its labels. */
function section(title: string, report: StatsReport): string {
  const lines = HEADLINE_METRICS.map(({ metric, label }) => `${label}: ${report.metrics[metric] ?? 0}`);
  return [title, ...lines].join("\n");
}

/**
 * The text `/stats` answers with: the last finished week's and the last four finished weeks'
 * headline counts, suppressed. Served like every other view (whole weeks, once they are over),
 * so `/stats` never shows a day or a week still in progress that a later answer could be
 * subtracted from.
 */
export async function statsText(reader: StatsReader, k: number, now: Date): Promise<string> {
  const lastDay = lastServableDay(utcDay(now));
  const lastWeek = weekStart(lastDay);
  const [week, month] = await Promise.all([reader.report(lastWeek, lastDay, k), reader.report(addDays(lastWeek, -21), lastDay, k)]);
  return [
    `Nirapod stats (whole weeks, Monday to Sunday UTC, once they are over; counts below ${k} shown as <${k})`,
    "",
    section(`Last week, ${week.from} to ${week.to}`, week),
    "",
    section(`Last 4 weeks, ${month.from} to ${month.to}`, month),
    "",
    "Active users are counted once per day; the figures add up the days. This week's counts appear once the week is over.",
  ].join("\n");
}

/**
 * `/stats` for the operator's staff. Only in a private chat with a user id listed in ADMIN_IDS;
 * for anyone else (or in a group) it passes the update on, so it behaves as any unknown command.
 * The id is compared in memory and never stored or logged.
 *
 * @example
 * bot.use(statsFeature({ adminIds: config.adminIds, reader: createStatsReader(db), k: config.stats.minCount, flush: () => metrics.flush() }));
 */
export function statsFeature(options: StatsFeatureOptions): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const now = options.now ?? (() => new Date());
  composer.command("stats", async (ctx, next) => {
    const id = ctx.from?.id;
    if (ctx.chat?.type !== "private" || id === undefined || !options.adminIds.has(id)) return next();
    let text: string;
    try {
      await options.flush?.();
      text = await statsText(options.reader, options.k, now());
    } catch {
      text = "Stats are unavailable right now (the stats database did not answer). Try again later.";
    }
    await ctx.reply(text);
  });
  return composer;
}
