import { randomBytes } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createBufferedMetrics } from "../../src/stats/buffered-metrics.js";
import { DailyUniques } from "../../src/stats/daily-uniques.js";
import type { SqliteStatsDb } from "../../src/stats/db.js";
import { readAll } from "../../src/stats/store.js";
import { FakeClock, tempSqlite } from "./helpers.js";

describe("DailyUniques", () => {
  it("counts a user once per day and forgets everything when the day changes", () => {
    const salts = vi.fn((n: number) => randomBytes(n));
    const u = new DailyUniques(salts);
    expect(u.add("2025-03-10", 42)).toBe(true);
    expect(u.add("2025-03-10", 42)).toBe(false);
    expect(u.add("2025-03-10", 43)).toBe(true);
    expect(u.size).toBe(2);
    expect(salts).toHaveBeenCalledTimes(1);
    // A new day: a new salt, an empty set; the same user is new again.
    expect(u.add("2025-03-11", 42)).toBe(true);
    expect(u.size).toBe(1);
    expect(salts).toHaveBeenCalledTimes(2);
    u.clear();
    expect(u.size).toBe(0);
  });

  it("uses a fresh random salt each day, so yesterday's hashes cannot be linked to today's", () => {
    const given: Buffer[] = [];
    const u = new DailyUniques((n) => {
      const b = randomBytes(n);
      given.push(Buffer.from(b));
      return b;
    });
    u.add("2025-03-10", 1);
    u.add("2025-03-11", 1);
    expect(given).toHaveLength(2);
    expect(given[0]!.equals(given[1]!)).toBe(false);
  });
});

describe("daily unique users through BufferedMetrics", () => {
  let db: SqliteStatsDb;
  let cleanup: () => Promise<void>;
  beforeEach(() => {
    ({ db, cleanup } = tempSqlite());
  });
  afterEach(async () => {
    await cleanup();
  });

  it("counts distinct users per UTC day across a salt rotation at midnight", async () => {
    const clock = new FakeClock(Date.parse("2025-03-10T22:00:00Z"));
    const m = createBufferedMetrics(db, { flushIntervalMs: 0, now: clock.now });
    for (const id of [1, 2, 3, 1, 2, 1]) m.seen(id);
    await m.flush();
    for (const id of [3, 4]) m.seen(id); // 3 again, 4 new
    expect(m.status().uniquesInMemory).toBe(4);
    clock.set("2025-03-11T00:00:01Z");
    for (const id of [1, 1, 5]) m.seen(id);
    expect(m.status().uniquesInMemory).toBe(2); // yesterday's hashes are gone
    clock.set("2025-03-11T23:59:59Z");
    m.seen(5);
    m.seen(6);
    await m.close();
    expect(m.status().uniquesInMemory).toBe(0);
    const rows = await readAll(db, "2025-03-01", "2025-03-31");
    expect(rows).toEqual([
      { day: "2025-03-10", metric: "users", count: 4 },
      { day: "2025-03-11", metric: "users", count: 3 },
    ]);
  });

  it("drops yesterday's salt and hashes at the first tick after midnight, even with no activity", async () => {
    const clock = new FakeClock(Date.parse("2025-03-10T23:59:50Z"));
    const m = createBufferedMetrics(db, { flushIntervalMs: 10, now: clock.now });
    m.seen(7);
    m.seen(8);
    expect(m.status().uniquesInMemory).toBe(2);
    clock.set("2025-03-11T00:00:00Z");
    await vi.waitFor(() => expect(m.status().uniquesInMemory).toBe(0), { timeout: 15_000, interval: 10 });
    await m.close();
  });
});
