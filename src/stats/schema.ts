/**
 * The one schema of the anonymous counts, in both dialects. Nothing else is stored: per UTC day,
 * per metric name, a count; and the list of campaign codes youth workers created links for.
 * No text, no user or chat id, no time finer than a day.
 *
 * The two dialects describe the same logical tables; drizzle-kit generates each dialect's
 * migrations from its half (see drizzle.sqlite.config.ts and drizzle.pg.config.ts).
 *
 * @example
 * await db.select().from(dailyCounts).where(eq(dailyCounts.metric, "messages"));
 */
import { index as pgIndex, integer as pgInteger, pgTable, primaryKey as pgPrimaryKey, text as pgText } from "drizzle-orm/pg-core";
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * SQLite: one row per (day 'YYYY-MM-DD', metric), holding that day's count. The covering index
 * (metric, day, count) answers a year of totals and series from the index alone.
 */
export const dailyCounts = sqliteTable(
  "daily_counts",
  {
    day: text("day").notNull(),
    metric: text("metric").notNull(),
    count: integer("count").notNull(),
  },
  (t) => [primaryKey({ columns: [t.day, t.metric] }), index("daily_counts_metric_day").on(t.metric, t.day, t.count)],
);

/** SQLite: campaign codes a share link was created for, and the day it was created. */
export const campaigns = sqliteTable("campaigns", {
  code: text("code").primaryKey(),
  createdDay: text("created_day").notNull(),
});

/** PostgreSQL: the same `daily_counts` table. */
export const pgDailyCounts = pgTable(
  "daily_counts",
  {
    day: pgText("day").notNull(),
    metric: pgText("metric").notNull(),
    count: pgInteger("count").notNull(),
  },
  (t) => [pgPrimaryKey({ columns: [t.day, t.metric] }), pgIndex("daily_counts_metric_day").on(t.metric, t.day, t.count)],
);

/** PostgreSQL: the same `campaigns` table. */
export const pgCampaigns = pgTable("campaigns", {
  code: pgText("code").primaryKey(),
  createdDay: pgText("created_day").notNull(),
});

export const sqliteSchema = { dailyCounts, campaigns };
export const pgSchema = { dailyCounts: pgDailyCounts, campaigns: pgCampaigns };
