/**
 * Anonymous counting. The bot only ever says "this happened once" under a metric name such as
 * `messages`, `topic.grooming` or `campaign.school-dhaka-01`; no text, id or time finer than a
 * day goes in. Names are built by the bot from fixed vocabularies, never from user input.
 */
export interface Metrics {
  /** Adds `n` (default 1) to today's count of `name`. Never throws, never waits. */
  count(name: string, n?: number): void;
  /**
   * Notes that a user was active today, for the daily-unique count. Implementations keep only
   * a keyed hash under a salt that lives in memory and changes every day.
   */
  seen(userId: number): void;
}

/**
 * Wraps a counter so that a failure inside it can never reach a reply: counting is worth
 * less than an urgent referral going out.
 */
export function neverThrowing(metrics: Metrics): Metrics {
  return {
    count(name, n) {
      try {
        metrics.count(name, n);
      } catch {
        // counted as lost; the counter reports its own failures
      }
    },
    seen(userId) {
      try {
        metrics.seen(userId);
      } catch {
        // as above
      }
    },
  };
}

/** Counts nothing: for the local chat before a database is configured, and for tests. */
export const noMetrics: Metrics = { count: () => undefined, seen: () => undefined };

/** Remembers counts in memory; tests read them back. */
export class RecordingMetrics implements Metrics {
  readonly counts = new Map<string, number>();
  readonly users = new Set<number>();
  count(name: string, n = 1): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + n);
  }
  seen(userId: number): void {
    this.users.add(userId);
  }
  get(name: string): number {
    return this.counts.get(name) ?? 0;
  }
}
