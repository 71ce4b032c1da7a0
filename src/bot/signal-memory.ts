import { RECENT_MESSAGES } from "../nlu/danger-signals.js";
import { ExpiringStore } from "../core/expiring-store.js";

/** How long a message's danger signals still add up with the next ones. */
export const SIGNAL_WINDOW_MS = 5 * 60_000;
/** How many of a chat's latest messages with danger signals are kept (as nlu:eval plays stories). */
export const SIGNAL_MESSAGES = RECENT_MESSAGES;

/**
 * A signal id as the NLU makes them (snake_case, short). Anything else is dropped before it is
 * stored, so even a classifier that misbehaved could not put a user's words in memory.
 */
const SIGNAL_ID = /^[a-z][a-z0-9_]{0,39}$/;
const MAX_SIGNALS_PER_MESSAGE = 16;

interface Remembered {
  /** when the message came (ms since the epoch) */
  at: number;
  signals: string[];
}

/**
 * The danger signal ids of a chat's last few messages, so a story told in pieces ("my uncle" /
 * "he comes into my room at night" / "and touches me") still adds up. Only signal ids and a time
 * are kept, never text; under an HMAC of the chat id; for at most {@link SIGNAL_WINDOW_MS} after
 * the last message, then swept. Older pieces inside a kept entry are ignored as well.
 */
export class SignalMemory {
  private readonly store: ExpiringStore<Remembered[]>;
  private readonly windowMs: number;
  private readonly maxMessages: number;
  private readonly now: () => number;

  constructor(options: { windowMs?: number; maxMessages?: number; secret?: Buffer; now?: () => number } = {}) {
    this.windowMs = options.windowMs ?? SIGNAL_WINDOW_MS;
    this.maxMessages = options.maxMessages ?? SIGNAL_MESSAGES;
    this.now = options.now ?? (() => Date.now());
    this.store = new ExpiringStore<Remembered[]>({ ttlMs: this.windowMs, secret: options.secret, now: this.now });
  }

  /** The signal ids of the chat's recent messages (within the window), each once. */
  recent(chatId: number | undefined): string[] {
    const since = this.now() - this.windowMs;
    const pieces = (this.store.read(chatId) ?? []).filter((p) => p.at >= since);
    return [...new Set(pieces.flatMap((p) => p.signals))];
  }

  /** Adds one message's signal ids; a message without any leaves the memory as it is. */
  remember(chatId: number | undefined, signals: readonly string[] | undefined): void {
    const clean = [...new Set(signals ?? [])].filter((s) => SIGNAL_ID.test(s)).slice(0, MAX_SIGNALS_PER_MESSAGE);
    if (chatId === undefined || clean.length === 0) return;
    const now = this.now();
    const kept = (this.store.read(chatId) ?? []).filter((p) => p.at >= now - this.windowMs);
    // Writing renews the entry's expiry: it is gone one window after the chat's last piece.
    this.store.write(chatId, [...kept, { at: now, signals: clean }].slice(-this.maxMessages));
  }

  /** `/forget`: the chat's signals are deleted at once. */
  forget(chatId: number | undefined): void {
    this.store.delete(chatId);
  }

  /** Everything held, for tests that prove what is (not) kept. */
  contents(): unknown[] {
    return this.store.readAllValues();
  }

  sweep(): void {
    this.store.sweep();
  }

  /** Chats with signals held (expired ones included until a sweep). */
  get size(): number {
    return this.store.size;
  }

  stop(): void {
    this.store.stop();
  }
}
