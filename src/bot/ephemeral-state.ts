import { createHmac, randomBytes } from "node:crypto";
import { MemorySessionStorage } from "grammy";

/**
 * In-memory state for chats, keyed so it cannot be traced back to a person: the key is an
 * HMAC of the chat id under a secret that exists only in this process, and entries expire
 * after `ttlMs` without use. A sweep removes expired entries so they do not linger in memory.
 */
export class EphemeralState<T> {
  readonly storage: MemorySessionStorage<T>;
  private readonly secret: Buffer;
  private sweeper: NodeJS.Timeout | undefined;

  constructor(ttlMs: number, secret: Buffer = randomBytes(32)) {
    this.storage = new MemorySessionStorage<T>(ttlMs);
    this.secret = secret;
    this.sweeper = setInterval(() => this.sweep(), Math.min(ttlMs, 60_000));
    this.sweeper.unref();
  }

  /** The storage key for a chat. The same chat always maps to the same key within a process. */
  keyFor(chatId: number | undefined): string | undefined {
    if (chatId === undefined) return undefined;
    return createHmac("sha256", this.secret).update(String(chatId)).digest("base64url").slice(0, 32);
  }

  /** Drops expired entries (reading an expired entry deletes it). */
  sweep(): void {
    this.storage.readAllValues();
  }

  get size(): number {
    return this.storage.readAllKeys().length;
  }

  stop(): void {
    if (this.sweeper) clearInterval(this.sweeper);
    this.sweeper = undefined;
  }
}
