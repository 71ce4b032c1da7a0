import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import pino from "pino";
import { openSqlite, type SqliteStatsDb } from "../../src/stats/db.js";

/** A temporary directory removed after the test. */
export function tempDir(prefix = "nirapod-stats-"): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A fresh SQLite stats database in a file (WAL) under a temporary directory. */
export function tempSqlite(): { db: SqliteStatsDb; path: string; dir: string; cleanup: () => Promise<void> } {
  const { dir, cleanup } = tempDir();
  const path = join(dir, "stats.sqlite");
  const db = openSqlite(path);
  return {
    db,
    path,
    dir,
    cleanup: async () => {
      await db.close();
      cleanup();
    },
  };
}

/** A pino logger whose lines the test can read. */
export function captureLogger(level = "debug") {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  const logger = pino({ level }, sink);
  return {
    logger,
    lines,
    get text() {
      return lines.join("");
    },
    atLevel: (name: "warn" | "info" | "error") => lines.map((l) => JSON.parse(l) as { level: number; msg: string }).filter((l) => l.level === { info: 30, warn: 40, error: 50 }[name]),
  };
}

/** A clock the test moves by hand. */
export class FakeClock {
  constructor(private t: number) {}
  now = () => new Date(this.t);
  set(iso: string) {
    this.t = Date.parse(iso);
  }
  advance(ms: number) {
    this.t += ms;
  }
}

/** A small deterministic PRNG for property tests. */
export function prng(seed: number) {
  let s = seed >>> 0 || 1;
  const next = () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 2 ** 32;
  };
  return { next, int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)), pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]! };
}
