import { existsSync, readFileSync } from "node:fs";
import { afterEach, beforeEach, expect, it } from "vitest";
import { createBufferedMetrics } from "../../src/stats/buffered-metrics.js";
import { CampaignCounter, registerCampaign } from "../../src/stats/campaigns.js";
import type { SqliteStatsDb } from "../../src/stats/db.js";
import { captureLogger, tempSqlite } from "./helpers.js";

let db: SqliteStatsDb;
let path: string;
let cleanup: () => Promise<void>;
beforeEach(() => {
  ({ db, path, cleanup } = tempSqlite());
});
afterEach(async () => {
  await cleanup();
});

/** Every way an id could have been written: decimal and hex text, 4- and 8-byte integers. */
function encodings(id: number): Buffer[] {
  const out = [Buffer.from(String(id)), Buffer.from(id.toString(16)), Buffer.from(id.toString(16).toUpperCase())];
  const b8 = Buffer.alloc(8);
  b8.writeBigInt64BE(BigInt(id));
  out.push(b8, Buffer.from(b8).reverse());
  if (id < 2 ** 31) {
    const b4 = Buffer.alloc(4);
    b4.writeInt32BE(id);
    out.push(b4, Buffer.from(b4).reverse());
  }
  return out;
}

it("stores and logs none of the users' ids or words: every byte of the database, its WAL and the log", async () => {
  const log = captureLogger("debug");
  const ids = [8_675_309_421, 5_550_123_987, 1_987_654_321];
  const words = ["CanaryWordsAmarChobiPost", "ক্যানারি-গোপন-কথা", "canary-phone-01712345678"];
  await registerCampaign(db, "school-dhaka-01");
  const metrics = createBufferedMetrics(db, { flushIntervalMs: 0, logger: log.logger });
  const campaigns = new CampaignCounter(db, metrics);
  for (const id of ids) {
    await campaigns.countStart("c_school-dhaka-01");
    metrics.seen(id);
    metrics.count("messages");
    metrics.count("topic.sextortion");
    metrics.count("lang.bn-Latn");
    metrics.count("urgent");
    metrics.count("referral.shown");
  }
  // What a careless caller might pass: free text as a start payload or as a metric name.
  for (const w of words) {
    await campaigns.countStart(w);
    await campaigns.countStart(`c_${w}`);
    metrics.count(w);
    metrics.count(`topic.${w}`);
    metrics.count(`quiz.started.${w}`);
    metrics.count(`q.${w}.answered`);
  }
  for (const id of ids) {
    metrics.count(`user.${id}`);
    metrics.count(`quiz.score.${id}`);
    metrics.count(`topic.${id}`);
    // A classroom poll's or group's id where a scenario or answer id belongs.
    metrics.count(`q.${id}.answered`, 3);
    metrics.count(`q.flattery.picked.${id}`, 2);
  }
  await metrics.flush();
  expect(metrics.status().rejected).toBe(words.length * 4 + ids.length * 5);

  // Read the files while the WAL is still there (before close checkpoints it away).
  const files = [path, `${path}-wal`, `${path}-shm`].filter((f) => existsSync(f));
  expect(files).toContain(`${path}-wal`);
  const bytes = files.map((f) => readFileSync(f));
  const logBytes = Buffer.from(log.text);
  const haystacks = [...bytes, logBytes];
  const findings: string[] = [];
  for (const id of ids) {
    for (const needle of encodings(id)) for (const [i, h] of haystacks.entries()) if (h.includes(needle)) findings.push(`id ${id} as ${needle.toString("hex")} in ${i < files.length ? files[i] : "log"}`);
  }
  for (const w of words) {
    for (const needle of [Buffer.from(w, "utf8"), Buffer.from(w, "utf16le")]) {
      for (const [i, h] of haystacks.entries()) if (h.includes(needle)) findings.push(`"${w}" in ${i < files.length ? files[i] : "log"}`);
    }
  }
  expect(findings).toEqual([]);
  await metrics.close();
});
