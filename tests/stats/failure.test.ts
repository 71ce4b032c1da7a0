import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/node-postgres";
import pg from "pg";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createBufferedMetrics } from "../../src/stats/buffered-metrics.js";
import type { PgStatsDb, SqliteStatsDb } from "../../src/stats/db.js";
import { pgSchema } from "../../src/stats/schema.js";
import { readAll } from "../../src/stats/store.js";
import { captureLogger, tempSqlite } from "./helpers.js";

const now = () => new Date("2025-03-10T12:00:00Z");

describe("when the database is locked or unreachable", () => {
  let db: SqliteStatsDb;
  let path: string;
  let cleanup: () => Promise<void>;
  beforeEach(() => {
    ({ db, path, cleanup } = tempSqlite());
  });
  afterEach(async () => {
    await cleanup();
  });

  it("SQLite locked by another writer: count() keeps returning at once, one warning, and every count arrives after the lock is gone", async () => {
    const log = captureLogger();
    const m = createBufferedMetrics(db, { flushIntervalMs: 0, logger: log.logger, now });
    const other = new Database(path);
    other.exec("BEGIN EXCLUSIVE");
    try {
      m.count("messages", 2);
      expect(await m.flush()).toBe(false);
      // A reply never waits on counting: count() and seen() only touch memory, never the locked
      // database (how fast they are is measured by `npm run bench`, not here).
      const writes = vi.spyOn(db.db, "transaction");
      for (let i = 0; i < 10_000; i++) {
        m.count("messages");
        m.count("urgent");
        m.seen(i % 50);
      }
      expect(writes).not.toHaveBeenCalled();
      writes.mockRestore();
      expect(await m.flush()).toBe(false);
      expect(await m.flush()).toBe(false);
      expect(m.status()).toMatchObject({ failing: true, lostIncrements: 0, pendingIncrements: 20_052 });
    } finally {
      other.exec("COMMIT");
      other.close();
    }
    expect(log.atLevel("warn")).toHaveLength(1);
    expect(log.atLevel("warn")[0]!.msg).toMatch(/kept in memory and retried/);
    expect(await m.flush()).toBe(true);
    expect(log.atLevel("info").map((l) => l.msg)).toEqual(["stats: counts are being written again"]);
    await m.close();
    const rows = Object.fromEntries((await readAll(db, "2025-01-01", "2025-12-31")).map((r) => [r.metric, r.count]));
    expect(rows).toEqual({ messages: 10_002, urgent: 10_000, users: 50 });
  });

  it("a second failure episode gets its own single warning", async () => {
    const log = captureLogger();
    const m = createBufferedMetrics(db, { flushIntervalMs: 0, logger: log.logger, now });
    const lockOnce = async () => {
      const other = new Database(path);
      other.exec("BEGIN EXCLUSIVE");
      m.count("messages");
      await m.flush();
      await m.flush();
      other.exec("COMMIT");
      other.close();
      await m.flush();
    };
    await lockOnce();
    await lockOnce();
    await m.close();
    expect(log.atLevel("warn")).toHaveLength(2);
    expect(log.atLevel("info")).toHaveLength(2);
  });

  it("PostgreSQL unreachable: count() keeps returning, one warning, and the counts lost at shutdown are reported as a number", async () => {
    const log = captureLogger();
    // Nothing listens on port 1: every connection is refused.
    const pool = new pg.Pool({ connectionString: "postgres://nobody:x@127.0.0.1:1/none", connectionTimeoutMillis: 1000, max: 1 });
    pool.on("error", () => undefined);
    const gone: PgStatsDb = { dialect: "pg", db: drizzle({ client: pool, schema: pgSchema }), pool, close: () => pool.end() };
    const m = createBufferedMetrics(gone, { flushIntervalMs: 5, logger: log.logger, now });
    for (let i = 0; i < 100; i++) m.count("messages");
    m.count("campaign.other");
    // Let the timer try and fail, however long a refused connection takes on a busy machine; then a few more tries.
    await vi.waitFor(() => expect(m.status().failing).toBe(true), { timeout: 15_000, interval: 10 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    for (let i = 0; i < 100; i++) m.count("messages");
    expect(m.status().failing).toBe(true);
    await m.close();
    await gone.close();
    const warnings = log.atLevel("warn");
    expect(warnings.map((w) => w.msg)).toEqual([
      "stats: counts cannot be written right now; they are kept in memory and retried (replies are not affected)",
      "stats: the database is unavailable at shutdown; these counts are lost",
    ]);
    expect(m.status().lostIncrements).toBe(201);
    expect(log.text).toContain('"lostIncrements":201');
  });
});
