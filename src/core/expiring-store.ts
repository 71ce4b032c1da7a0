import { createHmac, randomBytes } from "node:crypto";
import type { StorageAdapter } from "grammy";

/** What a chat is known by to a store: its id, or a key grammY built from it. */
export type ChatKey = string | number;

export interface ExpiringStoreOptions {
  /** How long an entry lives after it was last written. */
  ttlMs: number;
  /** At most this many entries; writing one more drops the expired ones, then the oldest. */
  maxEntries?: number;
  /** The clock (ms since the epoch); tests pass one they move. Read at every call. */
  now?: () => number;
  /** The HMAC key; a fresh random one if not given, so keys mean nothing outside this process. */
  secret?: Buffer;
}

/** Far more chats than talk to the bot within any TTL; only a flood of new chats reaches it. */
export const DEFAULT_MAX_ENTRIES = 50_000;

interface Entry<T> {
  value: T;
  expires: number;
}

/**
 * The bot's only kind of per-chat memory. Every entry is kept under an HMAC of the chat's key
 * with a secret that exists only in this process, so nothing held traces back to a person, and
 * is gone `ttlMs` after it was last written: a read never returns an expired entry, and a sweep
 * on an unref'd timer, running only while something is held, removes them from memory. The
 * number of entries is capped so a flood of new chats cannot grow it without end.
 *
 * It is a grammY session storage as it stands (`session({ storage })`); keys given to it — chat
 * ids or grammY's session keys — are hashed on the way in, never stored.
 *
 * @example
 * const store = new ExpiringStore<{ lang?: string }>({ ttlMs: 60_000 });
 * store.write(chatId, { lang: "bn" });
 * store.read(chatId);   // { lang: "bn" } for a minute after the write, then undefined
 * store.delete(chatId); // /forget
 */
export class ExpiringStore<T> implements StorageAdapter<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;
  private readonly secret: Buffer;
  private sweeper: NodeJS.Timeout | undefined;

  constructor(options: ExpiringStoreOptions) {
    this.ttlMs = options.ttlMs;
    this.maxEntries = options.maxEntries ?? DEFAULT_MAX_ENTRIES;
    // Looked up at each call, so a test's fake Date is seen even by a store made before it.
    this.now = options.now ?? (() => Date.now());
    this.secret = options.secret ?? randomBytes(32);
  }

  /** The key an entry is stored under: the same for a chat within this process, and never its id. */
  keyFor(key: ChatKey | undefined): string | undefined {
    if (key === undefined) return undefined;
    return createHmac("sha256", this.secret).update(String(key)).digest("base64url").slice(0, 32);
  }

  read(key: ChatKey | undefined): T | undefined {
    return this.live(key)?.value;
  }

  /** Whether the chat has a live entry (without handing out its value). */
  has(key: ChatKey | undefined): boolean {
    return this.live(key) !== undefined;
  }

  /** Keeps `value` for `ttlMs` (the store's own unless given) from now; a later write renews it. */
  write(key: ChatKey | undefined, value: T, ttlMs = this.ttlMs): void {
    const hashed = this.keyFor(key);
    if (hashed === undefined) return;
    // Re-inserted, so the Map's order is the order of last writes and the cap drops the stalest.
    this.entries.delete(hashed);
    if (this.entries.size >= this.maxEntries) this.makeRoom();
    this.entries.set(hashed, { value, expires: this.now() + ttlMs });
    this.startSweeper();
  }

  delete(key: ChatKey | undefined): void {
    if (this.entries.size === 0) return;
    const hashed = this.keyFor(key);
    if (hashed !== undefined) this.entries.delete(hashed);
  }

  /** Removes every expired entry. Runs on the timer; tests call it after moving their clock. */
  sweep(): void {
    const now = this.now();
    for (const [key, entry] of this.entries) if (entry.expires <= now) this.entries.delete(key);
    if (this.entries.size === 0) this.stop();
  }

  /** Entries held, expired ones included until a read or a sweep removes them. */
  get size(): number {
    return this.entries.size;
  }

  /** The hashed keys held, so a test can prove no raw id is among them. */
  readAllKeys(): string[] {
    return [...this.entries.keys()];
  }

  /** The values still alive. */
  readAllValues(): T[] {
    const now = this.now();
    return [...this.entries.values()].filter((e) => e.expires > now).map((e) => e.value);
  }

  /** Everything held, as text, so a test can prove what is (not) in it. */
  dump(): string {
    return JSON.stringify([...this.entries].map(([key, entry]) => [key, entry.value]));
  }

  /** Stops the sweeper until the next write; for a store about to be dropped (tests, restarts). */
  stop(): void {
    if (this.sweeper) clearInterval(this.sweeper);
    this.sweeper = undefined;
  }

  /** The chat's entry if it has one that has not expired; an expired one is deleted on the way. */
  private live(key: ChatKey | undefined): Entry<T> | undefined {
    // Most stores are empty most of the time: skip the HMAC when nothing at all is held.
    if (this.entries.size === 0) return undefined;
    const hashed = this.keyFor(key);
    const entry = hashed === undefined ? undefined : this.entries.get(hashed);
    if (entry === undefined || entry.expires > this.now()) return entry;
    this.entries.delete(hashed!);
    return undefined;
  }

  private startSweeper(): void {
    if (this.sweeper) return;
    this.sweeper = setInterval(() => this.sweep(), Math.min(this.ttlMs, 60_000));
    // Memory hygiene only: it must never keep the process alive.
    this.sweeper.unref();
  }

  private makeRoom(): void {
    this.sweep();
    for (const key of this.entries.keys()) {
      if (this.entries.size < this.maxEntries) break;
      this.entries.delete(key);
    }
  }
}
