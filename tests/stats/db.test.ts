import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DatabaseUrlError, openStatsDb, parseDatabaseUrl, type StatsDb } from "../../src/stats/db.js";
import { addCounts, readSeries, readTotals } from "../../src/stats/store.js";
import { tempDir } from "./helpers.js";

describe("DATABASE_URL", () => {
  it("selects SQLite for file:PATH or a plain path, PostgreSQL for postgres://", () => {
    expect(parseDatabaseUrl(undefined)).toEqual({ dialect: "sqlite", path: "data/nirapod.sqlite" });
    expect(parseDatabaseUrl("")).toEqual({ dialect: "sqlite", path: "data/nirapod.sqlite" });
    expect(parseDatabaseUrl("file:data/x.sqlite")).toEqual({ dialect: "sqlite", path: "data/x.sqlite" });
    expect(parseDatabaseUrl("file:///tmp/x.sqlite")).toEqual({ dialect: "sqlite", path: "/tmp/x.sqlite" });
    expect(parseDatabaseUrl("/var/lib/nirapod/stats.db")).toEqual({ dialect: "sqlite", path: "/var/lib/nirapod/stats.db" });
    expect(parseDatabaseUrl(":memory:")).toEqual({ dialect: "sqlite", path: ":memory:" });
    expect(parseDatabaseUrl("postgres://u:p@127.0.0.1/db")).toEqual({ dialect: "pg", url: "postgres://u:p@127.0.0.1/db" });
    expect(parseDatabaseUrl("postgresql://u@h/db").dialect).toBe("pg");
    expect(() => parseDatabaseUrl("mysql://u@h/db")).toThrow(DatabaseUrlError);
  });
});

describe("SQLite storage", () => {
  let db: StatsDb | undefined;
  const dirs: Array<() => void> = [];
  afterEach(async () => {
    await db?.close();
    for (const c of dirs.splice(0)) c();
  });

  it("creates the file and its folder, runs in WAL mode, and migrates once (again on reopen is a no-op)", async () => {
    const { dir, cleanup } = tempDir();
    dirs.push(cleanup);
    const path = join(dir, "nested", "nirapod.sqlite");
    db = await openStatsDb(`file:${path}`);
    expect(existsSync(path)).toBe(true);
    if (db.dialect !== "sqlite") throw new Error("expected sqlite");
    expect(db.client.pragma("journal_mode", { simple: true })).toBe("wal");
    await addCounts(db, [{ day: "2025-03-10", metric: "messages", n: 2 }]);
    await db.close();
    db = await openStatsDb(path);
    if (db.dialect !== "sqlite") throw new Error("expected sqlite");
    const tables = db.client.prepare("select name from sqlite_master where type = 'table' order by name").pluck().all();
    expect(tables).toEqual(["__drizzle_migrations", "campaigns", "daily_counts"]);
    const columns = db.client.prepare("select name from pragma_table_info('daily_counts')").pluck().all();
    expect(columns).toEqual(["day", "metric", "count"]);
    expect(await readTotals(db, "2025-03-10", "2025-03-10")).toEqual(new Map([["messages", 2]]));
  });

  it("reads totals and series over a range, days inclusive", async () => {
    db = await openStatsDb(":memory:");
    await addCounts(db, [
      { day: "2025-03-09", metric: "messages", n: 1 },
      { day: "2025-03-10", metric: "messages", n: 2 },
      { day: "2025-03-11", metric: "messages", n: 3 },
      { day: "2025-03-12", metric: "messages", n: 4 },
      { day: "2025-03-11", metric: "topic.quiz", n: 5 },
    ]);
    await addCounts(db, [{ day: "2025-03-11", metric: "messages", n: 10 }]);
    expect(await readTotals(db, "2025-03-10", "2025-03-11")).toEqual(new Map([["messages", 15], ["topic.quiz", 5]]));
    expect(await readSeries(db, "2025-03-10", "2025-03-12", ["messages"])).toEqual([
      { day: "2025-03-10", metric: "messages", count: 2 },
      { day: "2025-03-11", metric: "messages", count: 13 },
      { day: "2025-03-12", metric: "messages", count: 4 },
    ]);
  });
});

describe("openStats", () => {
  it("wires database, buffered metrics, reader and campaign counter together", async () => {
    const { openStats, registerCampaign } = await import("../../src/stats/index.js");
    const { dir, cleanup } = tempDir();
    try {
      const stats = await openStats({ databaseUrl: `file:${join(dir, "s.sqlite")}`, stats: { minCount: 5, flushMs: 0 } });
      await registerCampaign(stats.db, "school-dhaka-01");
      for (let i = 0; i < 6; i++) await stats.campaigns.countStart("c_school-dhaka-01");
      stats.metrics.count("messages", 7);
      await stats.metrics.flush();
      const today = new Date().toISOString().slice(0, 10);
      // The reader serves weeks that are over: today's week is not, so nothing of it shows yet.
      const now = await stats.reader.report(today, today, 5);
      expect(now.adjustments).toContain("week-not-over");
      expect(now.to < today).toBe(true);
      expect(now.metrics).toEqual({});
      const { loadServedReport } = await import("../../src/stats/index.js");
      const { addDays } = await import("../../src/stats/days.js");
      const report = await loadServedReport(stats.db, { from: today, to: today }, 5, addDays(today, 7));
      expect(report.metrics).toEqual({ "campaign.school-dhaka-01": 6, messages: 7 });
      await stats.close();
    } finally {
      cleanup();
    }
  });
});
