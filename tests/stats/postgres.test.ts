import { randomBytes } from "node:crypto";
import { connect } from "node:net";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBufferedMetrics } from "../../src/stats/buffered-metrics.js";
import { CampaignCounter, isKnownCampaign, registerCampaign } from "../../src/stats/campaigns.js";
import { openStatsDb, type StatsDb } from "../../src/stats/db.js";
import { loadServedReport } from "../../src/stats/served-report.js";
import { addCounts, listCampaigns, readAll, readSeries, readTotals, readWeeklyTotals } from "../../src/stats/store.js";

/**
 * The PostgreSQL path against a real server: TEST_DATABASE_URL if set (CI starts Debian's
 * postgresql on 127.0.0.1 and exports it); otherwise skipped with the reason.
 */
async function reachable(url: string): Promise<string | undefined> {
  const { hostname, port } = new URL(url);
  const open = await new Promise<boolean>((resolve) => {
    const socket = connect({ host: hostname || "127.0.0.1", port: Number(port || 5432) });
    socket.setTimeout(1000);
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => (socket.destroy(), resolve(false)));
  });
  if (!open) return `nothing listens at ${hostname}:${port || 5432}`;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query("select 1");
    return undefined;
  } catch (error) {
    return `cannot log in: ${(error as Error).message}`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const url = process.env.TEST_DATABASE_URL;
const problem = url ? await reachable(url) : "TEST_DATABASE_URL is not set (e.g. postgres://postgres:secret@127.0.0.1:5432/postgres)";
const skipReason = problem ? `PostgreSQL tests skipped: ${problem}` : "";
if (problem) console.warn(skipReason);

describe.skipIf(Boolean(problem))(`PostgreSQL storage${skipReason ? ` (${skipReason})` : ""}`, () => {
  const schema = `nirapod_test_${randomBytes(4).toString("hex")}`;
  let db: StatsDb;

  beforeAll(async () => {
    db = await openStatsDb(url, { pgSchemaName: schema });
  });
  afterAll(async () => {
    if (db?.dialect === "pg") await db.pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await db?.close();
  });

  it("applies its own migrations (again on reopen is a no-op) into the same logical tables", async () => {
    const again = await openStatsDb(url, { pgSchemaName: schema });
    await again.close();
    if (db.dialect !== "pg") throw new Error("expected pg");
    const { rows } = await db.pool.query(
      "select table_name, column_name from information_schema.columns where table_schema = $1 and table_name not like '\_\_drizzle%' order by table_name, ordinal_position",
      [schema],
    );
    expect(rows.map((r: { table_name: string; column_name: string }) => `${r.table_name}.${r.column_name}`)).toEqual([
      "campaigns.code",
      "campaigns.created_day",
      "daily_counts.day",
      "daily_counts.metric",
      "daily_counts.count",
    ]);
  });

  it("upserts counts in one transaction and reads totals and series", async () => {
    await addCounts(db, [
      { day: "2025-03-10", metric: "messages", n: 2 },
      { day: "2025-03-11", metric: "messages", n: 3 },
      { day: "2025-03-11", metric: "topic.grooming", n: 1 },
    ]);
    await addCounts(db, [{ day: "2025-03-11", metric: "messages", n: 4 }]);
    expect(await readTotals(db, "2025-03-10", "2025-03-11")).toEqual(new Map([["messages", 9], ["topic.grooming", 1]]));
    expect(await readSeries(db, "2025-03-10", "2025-03-11", ["messages"])).toEqual([
      { day: "2025-03-10", metric: "messages", count: 2 },
      { day: "2025-03-11", metric: "messages", count: 7 },
    ]);
    await addCounts(db, [
      { day: "2025-03-09", metric: "messages", n: 5 }, // a Sunday: the week before
      { day: "2025-03-16", metric: "messages", n: 6 }, // the Sunday of the week of the 10th
    ]);
    expect(await readWeeklyTotals(db, "2025-03-03", "2025-03-16")).toEqual(
      new Map([
        ["2025-03-03", new Map([["messages", 5]])],
        ["2025-03-10", new Map([["messages", 15], ["topic.grooming", 1]])],
      ]),
    );
  });

  it("runs buffered metrics, campaigns and the suppressed report end to end", async () => {
    await registerCampaign(db, "school-dhaka-01", new Date("2025-04-01T00:00:00Z"));
    expect(await isKnownCampaign(db, "school-dhaka-01")).toBe(true);
    expect(await listCampaigns(db)).toEqual([{ code: "school-dhaka-01", createdDay: "2025-04-01" }]);
    const now = () => new Date("2025-04-02T10:00:00Z");
    const metrics = createBufferedMetrics(db, { flushIntervalMs: 0, now });
    const counter = new CampaignCounter(db, metrics);
    for (let id = 1; id <= 6; id++) {
      await counter.countStart("c_school-dhaka-01");
      metrics.seen(9_000_000 + id);
      metrics.count("messages", 2);
    }
    await counter.countStart("c_not-registered");
    await metrics.close();
    const report = await loadServedReport(db, { from: "2025-04-02", to: "2025-04-02" }, 5, "2025-04-10");
    expect([report.from, report.to]).toEqual(["2025-03-31", "2025-04-06"]);
    expect(report.metrics).toEqual({ "campaign.school-dhaka-01": 6, "campaign.other": "<5", messages: 12, users: 6 });
    expect((await readAll(db, "2025-04-02", "2025-04-02")).length).toBe(4);
  });
});
