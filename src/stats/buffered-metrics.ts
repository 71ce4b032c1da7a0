import type { StatsDb } from "./db.js";
import { DailyUniques } from "./daily-uniques.js";
import { utcDay } from "./days.js";
import { isMetricName, USERS_METRIC } from "./metric-names.js";
import type { Metrics } from "../core/metrics.js";
import { addCounts, type CountIncrement } from "./store.js";

/** The part of a pino logger the metrics use. Only counts and error kinds are ever logged. */
export interface MetricsLogger {
  warn(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
}

export interface BufferedMetricsOptions {
  /** Writes one batch in one transaction; throws if the database is unreachable or locked. */
  write: (batch: CountIncrement[]) => Promise<void>;
  logger?: MetricsLogger;
  /** How often buffered counts are written, in ms (default 5000; 0 = only on `flush()`/`close()`). */
  flushIntervalMs?: number;
  /**
   * At most this many (day, metric) pairs wait in memory (default 10 000). While the database
   * is away, increments of pairs already waiting still add up; new pairs beyond the cap are lost
   * and counted as such.
   */
  maxPendingKeys?: number;
  /** The clock (tests move it across midnight). */
  now?: () => Date;
  /** Salt source for the daily-unique hashes (tests). */
  randomBytes?: (size: number) => Buffer;
}

export interface BufferedMetricsStatus {
  /** (day, metric) pairs waiting to be written. */
  pendingKeys: number;
  /** Increments waiting to be written. */
  pendingIncrements: number;
  /** Increments written since start. */
  writtenIncrements: number;
  /** Increments that could not be kept (buffer full, or database away at shutdown). */
  lostIncrements: number;
  /** Counts refused because the name or amount was invalid. */
  rejected: number;
  /** Whether the last write failed. */
  failing: boolean;
  /** Successful writes (flushes that had something to write). */
  flushes: number;
  /** Distinct users seen today, held in memory as salted hashes until the day ends. */
  uniquesInMemory: number;
}

const MAX_INCREMENT = 1_000_000;
const SEP = " "; // never part of a metric name

function describe(error: unknown): Record<string, unknown> {
  const e = error as { code?: unknown; name?: unknown; message?: unknown };
  return {
    kind: typeof e?.name === "string" ? e.name : typeof error,
    code: typeof e?.code === "string" || typeof e?.code === "number" ? e.code : undefined,
    message: typeof e?.message === "string" ? e.message.slice(0, 160) : undefined,
  };
}

/**
 * The production {@link Metrics}: `count()` and `seen()` only touch a map in memory and return
 * at once; a timer writes the map every few seconds in one transaction, and `close()` writes
 * what is left. If the database is unreachable or locked, the counts stay in memory and are
 * retried on the next flush; the bot never waits and never sees an error. A failure episode is
 * logged as ONE warning (how many increments are waiting), and its end as one info line (how many
 * were written late and how many were lost).
 *
 * @example
 * const metrics = createBufferedMetrics(db, { logger, flushIntervalMs: config.stats.flushMs });
 * metrics.count("messages");
 * metrics.count(`topic.${topic}`);
 * metrics.seen(ctx.from.id);
 * // at shutdown:
 * await metrics.close();
 */
export class BufferedMetrics implements Metrics {
  private pending = new Map<string, number>();
  private readonly uniques: DailyUniques;
  private readonly now: () => Date;
  private readonly maxPendingKeys: number;
  private readonly timer: ReturnType<typeof setInterval> | undefined;
  private inFlight: Promise<boolean> | undefined;
  private closed = false;
  private failing = false;
  private warnedRejected = false;
  private written = 0;
  private lost = 0;
  private lostInEpisode = 0;
  private rejected = 0;
  private flushes = 0;

  constructor(private readonly options: BufferedMetricsOptions) {
    this.now = options.now ?? (() => new Date());
    this.maxPendingKeys = options.maxPendingKeys ?? 10_000;
    this.uniques = new DailyUniques(options.randomBytes);
    const interval = options.flushIntervalMs ?? 5000;
    if (interval > 0) {
      this.timer = setInterval(() => this.tick(), interval);
      this.timer.unref();
    }
  }

  count(name: string, n = 1): void {
    try {
      if (this.closed) return;
      if (!isMetricName(name) || !Number.isSafeInteger(n) || n < 1 || n > MAX_INCREMENT) {
        this.reject();
        return;
      }
      this.add(utcDay(this.now()), name, n);
    } catch {
      // Counting must never break a reply.
    }
  }

  seen(userId: number): void {
    try {
      if (this.closed || !Number.isSafeInteger(userId)) return;
      const day = utcDay(this.now());
      if (this.uniques.add(day, userId)) this.add(day, USERS_METRIC, 1);
    } catch {
      // Counting must never break a reply.
    }
  }

  /**
   * Writes everything buffered so far (waits for a write already under way first).
   * Resolves to false if the database failed; the counts are then kept for the next try.
   */
  async flush(): Promise<boolean> {
    while (this.inFlight) await this.inFlight;
    if (this.pending.size === 0) return !this.failing;
    const batch = this.pending;
    this.pending = new Map();
    this.inFlight = this.write(batch);
    try {
      return await this.inFlight;
    } finally {
      this.inFlight = undefined;
    }
  }

  /** Stops the timer, writes what is left, and forgets the day's salt and hashes. */
  async close(): Promise<void> {
    if (this.closed) return;
    if (this.timer) clearInterval(this.timer);
    const ok = await this.flush();
    this.closed = true;
    if (!ok) {
      const left = sum(this.pending);
      this.pending.clear();
      this.lost += left;
      if (left > 0) this.options.logger?.warn({ lostIncrements: left }, "stats: the database is unavailable at shutdown; these counts are lost");
    }
    this.uniques.clear();
  }

  status(): BufferedMetricsStatus {
    return {
      pendingKeys: this.pending.size,
      pendingIncrements: sum(this.pending),
      writtenIncrements: this.written,
      lostIncrements: this.lost,
      rejected: this.rejected,
      failing: this.failing,
      flushes: this.flushes,
      uniquesInMemory: this.uniques.size,
    };
  }

  private tick(): void {
    try {
      // Drops yesterday's salt and hashes soon after midnight even when nobody writes.
      this.uniques.rotateTo(utcDay(this.now()));
    } catch {
      // ignore
    }
    void this.flush();
  }

  private add(day: string, metric: string, n: number): void {
    const key = day + SEP + metric;
    const current = this.pending.get(key);
    if (current !== undefined) {
      this.pending.set(key, current + n);
    } else if (this.pending.size < this.maxPendingKeys) {
      this.pending.set(key, n);
    } else {
      this.lose(n);
    }
  }

  private lose(n: number): void {
    this.lost += n;
    this.lostInEpisode += n;
    this.troubleStarts({ reason: "buffer full" });
  }

  private reject(): void {
    this.rejected += 1;
    if (!this.warnedRejected) {
      this.warnedRejected = true;
      // The name itself is never logged: whatever it holds must not reach the log either.
      this.options.logger?.warn({}, "stats: ignored a count with an invalid metric name or amount (not logged); check the caller");
    }
  }

  private troubleStarts(details: Record<string, unknown>): void {
    if (this.failing) return;
    this.failing = true;
    this.options.logger?.warn(
      { ...details, pendingIncrements: sum(this.pending) },
      "stats: counts cannot be written right now; they are kept in memory and retried (replies are not affected)",
    );
  }

  private async write(batch: Map<string, number>): Promise<boolean> {
    const rows: CountIncrement[] = [];
    for (const [key, n] of batch) {
      const at = key.indexOf(SEP);
      rows.push({ day: key.slice(0, at), metric: key.slice(at + 1), n });
    }
    const total = sum(batch);
    try {
      await this.options.write(rows);
      this.written += total;
      this.flushes += 1;
      if (this.failing) {
        this.failing = false;
        this.options.logger?.info(
          { writtenIncrements: total, lostIncrements: this.lostInEpisode },
          "stats: counts are being written again",
        );
        this.lostInEpisode = 0;
      }
      return true;
    } catch (error) {
      // Put the batch back (newer increments of the same pairs add up) and try again later.
      for (const [key, n] of batch) {
        const current = this.pending.get(key);
        if (current !== undefined) this.pending.set(key, current + n);
        else if (this.pending.size < this.maxPendingKeys) this.pending.set(key, n);
        else {
          this.lost += n;
          this.lostInEpisode += n;
        }
      }
      this.troubleStarts({ error: describe(error) });
      return false;
    }
  }
}

function sum(map: Map<string, number>): number {
  let total = 0;
  for (const n of map.values()) total += n;
  return total;
}

/**
 * Buffered metrics writing to `db`.
 *
 * @example
 * const db = await openStatsDb(config.databaseUrl);
 * const metrics = createBufferedMetrics(db, { logger, flushIntervalMs: config.stats.flushMs });
 */
export function createBufferedMetrics(db: StatsDb, options: Omit<BufferedMetricsOptions, "write"> = {}): BufferedMetrics {
  return new BufferedMetrics({ ...options, write: (batch) => addCounts(db, batch) });
}
