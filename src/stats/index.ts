/**
 * The anonymous counts, in one place for the bot's start-up code.
 *
 * @example
 * const stats = await openStats(config, logger);
 * const bot = createBot(config, {
 *   ...,
 *   metrics: stats.metrics,
 *   adminStats: { adminIds: config.adminIds, reader: stats.reader, k: config.stats.minCount, flush: () => stats.metrics.flush() },
 * });
 * // /start: stats.campaigns.countStart(ctx.match);
 * // at shutdown:
 * await stats.close();
 */
import type { Logger } from "pino";
import type { Config } from "../config.js";
import { BufferedMetrics, createBufferedMetrics } from "./buffered-metrics.js";
import { CampaignCounter } from "./campaigns.js";
import { openStatsDb, type StatsDb } from "./db.js";
import { createStatsReader, type StatsReader } from "./served-report.js";

export interface Stats {
  db: StatsDb;
  metrics: BufferedMetrics;
  reader: StatsReader;
  campaigns: CampaignCounter;
  /** Writes what is buffered, then closes the database. */
  close(): Promise<void>;
}

/**
 * Opens `DATABASE_URL` (migrating it), and builds the buffered metrics, the report reader and
 * the campaign counter on it. Throws if the database cannot be opened at start-up (the caller
 * decides whether to run without counts, with `noMetrics`).
 */
export async function openStats(config: Pick<Config, "databaseUrl" | "stats">, logger?: Logger): Promise<Stats> {
  const db = await openStatsDb(config.databaseUrl);
  const metrics = createBufferedMetrics(db, { logger, flushIntervalMs: config.stats.flushMs });
  return {
    db,
    metrics,
    reader: createStatsReader(db),
    campaigns: new CampaignCounter(db, metrics),
    close: async () => {
      await metrics.close();
      await db.close();
    },
  };
}

export { BufferedMetrics, createBufferedMetrics } from "./buffered-metrics.js";
export { CampaignCounter, isKnownCampaign, parseCampaignPayload, registerCampaign } from "./campaigns.js";
export { openStatsDb, parseDatabaseUrl, type StatsDb } from "./db.js";
export { isMetricName } from "./metric-names.js";
export { noMetrics, RecordingMetrics, type Metrics } from "../core/metrics.js";
export type { StatsReport } from "./report.js";
export { createStatsReader, loadServedReport, type ServedReport, type StatsReader } from "./served-report.js";
