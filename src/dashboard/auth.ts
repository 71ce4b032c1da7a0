import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * Dashboard access: the `DASHBOARD_TOKEN` (compared in constant time) either as
 * `Authorization: Bearer <token>` or typed once on the login page, which opens a session held in
 * memory and named by a random id in an HttpOnly, SameSite=Strict cookie.
 */

export const SESSION_COOKIE = "nirapod_session";

/** Constant-time comparison of a presented secret with the expected one (any lengths). */
export function secretsMatch(presented: string, expected: string): boolean {
  // HMAC both under a random key so the compared buffers always have the same length and
  // nothing about the expected token's length leaks through timing.
  const key = randomBytes(32);
  const a = createHmac("sha256", key).update(presented).digest();
  const b = createHmac("sha256", key).update(expected).digest();
  return timingSafeEqual(a, b) && presented.length === expected.length;
}

/** The token in an `Authorization: Bearer …` header, if any. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header ?? "");
  return match?.[1];
}

const hashId = (id: string) => createHash("sha256").update(id).digest("base64url");

/** Sessions in memory, keyed by a hash of the cookie value; each expires on its own. */
export class SessionStore {
  private readonly sessions = new Map<string, number>();

  constructor(
    private readonly ttlMs = 12 * 3_600_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Opens a session; returns the cookie value. */
  open(): string {
    this.sweep();
    const id = randomBytes(32).toString("base64url");
    this.sessions.set(hashId(id), this.now() + this.ttlMs);
    return id;
  }

  valid(id: string | undefined): boolean {
    if (!id || id.length > 100) return false;
    const expires = this.sessions.get(hashId(id));
    if (expires === undefined) return false;
    if (expires <= this.now()) {
      this.sessions.delete(hashId(id));
      return false;
    }
    return true;
  }

  close(id: string | undefined): void {
    if (id) this.sessions.delete(hashId(id));
  }

  get maxAgeSeconds(): number {
    return Math.floor(this.ttlMs / 1000);
  }

  private sweep(): void {
    const now = this.now();
    for (const [key, expires] of this.sessions) if (expires <= now) this.sessions.delete(key);
  }
}

/** Slows guessing: at most `limit` failed logins per window, for everyone together. */
export class LoginLimiter {
  private failures: number[] = [];

  constructor(
    private readonly limit = 10,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  blocked(): boolean {
    const since = this.now() - this.windowMs;
    this.failures = this.failures.filter((t) => t > since);
    return this.failures.length >= this.limit;
  }

  fail(): void {
    this.failures.push(this.now());
  }
}
