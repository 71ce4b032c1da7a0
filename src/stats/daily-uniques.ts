import { createHmac, randomBytes as nodeRandomBytes } from "node:crypto";

/**
 * Daily unique users, the way Plausible counts visitors: a user id is turned into an HMAC under
 * a random salt that exists only in memory and is replaced when the UTC day changes. Today's
 * hashes are kept in memory only to tell "new today" from "seen today", and dropped with the
 * salt; only the resulting count is ever stored. Yesterday's hashes cannot be linked to
 * today's, and nothing on disk can be linked to a user id.
 *
 * @example
 * const uniques = new DailyUniques();
 * uniques.add("2025-01-31", 42); // true: first time today
 * uniques.add("2025-01-31", 42); // false
 */
export class DailyUniques {
  private day: string | undefined;
  private salt: Buffer = Buffer.alloc(0);
  private hashes = new Set<string>();

  constructor(private readonly randomBytes: (size: number) => Buffer = nodeRandomBytes) {}

  /** Switches to `day`: a new salt and an empty set if the day changed. */
  rotateTo(day: string): void {
    if (day === this.day) return;
    this.salt.fill(0);
    this.salt = this.randomBytes(32);
    this.hashes = new Set();
    this.day = day;
  }

  /** Notes `userId` as active on `day`; true if it had not been seen that day. */
  add(day: string, userId: number): boolean {
    this.rotateTo(day);
    const hash = createHmac("sha256", this.salt).update(String(userId)).digest("base64");
    if (this.hashes.has(hash)) return false;
    this.hashes.add(hash);
    return true;
  }

  /** How many distinct users were seen on the current day (in memory). */
  get size(): number {
    return this.hashes.size;
  }

  /** Forgets the salt and every hash (at shutdown). */
  clear(): void {
    this.salt.fill(0);
    this.salt = Buffer.alloc(0);
    this.hashes = new Set();
    this.day = undefined;
  }
}
