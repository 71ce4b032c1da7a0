import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import { addDays, utcDay } from "../../stats/days.js";
import { HEADLINE_METRICS } from "../../stats/metric-names.js";
import type { StatsReader, StatsReport } from "../../stats/report.js";

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

/** The text `/stats` answers with: today's and the last seven days' headline counts, suppressed. */
export async function statsText(reader: StatsReader, k: number, now: Date): Promise<string> {
  const today = utcDay(now);
  const weekStart = addDays(today, -6);
  const [day, week] = await Promise.all([reader.report(today, today, k), reader.report(weekStart, today, k)]);
  return [
    `Nirapod stats (UTC days; counts below ${k} shown as <${k})`,
    "",
    section(`Today, ${today}`, day),
    "",
    section(`Last 7 days, ${weekStart} to ${today}`, week),
    "",
    "Active users are counted once per day; the 7-day figure adds up the days.",
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
