import { createHmac, randomBytes } from "node:crypto";
import type { Update } from "grammy/types";

/** A flow left alone this long is gone: its state is deleted and its buttons say so. */
export const FLOW_IDLE_MS = 30 * 60_000;

interface Entry {
  value: unknown;
  expires: number;
}

const ANONYMOUS_USER = { id: 0, is_bot: false, first_name: "" } as const;
const ANONYMOUS_CHAT = { id: 0, type: "private" } as const;

/**
 * What a flow may keep of an incoming update while it waits: the data of a button the bot
 * made, or the bare fact that something was typed (never what). Names, ids, usernames and
 * text are dropped. Flows decide only on what survives this, so a replay from the scrubbed
 * copy takes the same path as the first run.
 */
export function scrubUpdate(update: Update): Update {
  const data = update.callback_query?.data;
  if (data !== undefined) {
    return { update_id: 0, callback_query: { id: "0", chat_instance: "0", from: ANONYMOUS_USER, data } } as Update;
  }
  const text = update.message?.text;
  if (text !== undefined) {
    return { update_id: 0, message: { message_id: 0, date: 0, chat: ANONYMOUS_CHAT, text: text.startsWith("/") ? "/" : "" } } as Update;
  }
  return { update_id: 0 } as Update;
}

function isUpdate(value: unknown): value is Update {
  return typeof value === "object" && value !== null && "update_id" in value && typeof (value as { update_id: unknown }).update_id === "number";
}

/** Replaces every stored update inside the conversations plugin's state with its scrubbed form. */
export function scrubState<T>(state: T): T {
  const walk = (node: unknown): unknown => {
    if (isUpdate(node)) return scrubUpdate(node);
    if (Array.isArray(node)) return node.map(walk);
    if (typeof node === "object" && node !== null) {
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v)]));
    }
    return node;
  };
  return walk(state) as T;
}

/**
 * Where flows keep their place while waiting for the next tap: in memory only, under an HMAC
 * of the chat id with a secret that exists only in this process, scrubbed of anything
 * identifying, and gone after {@link FLOW_IDLE_MS} without use or as soon as the flow ends.
 *
 * @example
 * const store = new FlowStore();             // 30 minutes, the real clock
 * const test = new FlowStore({ now: () => t }); // a clock the test moves
 */
export class FlowStore {
  private readonly entries = new Map<string, Entry>();
  private readonly secret: Buffer;
  private readonly ttlMs: number;
  private readonly now: () => number;
  private sweeper: NodeJS.Timeout | undefined;

  constructor(options: { ttlMs?: number; now?: () => number; secret?: Buffer } = {}) {
    this.ttlMs = options.ttlMs ?? FLOW_IDLE_MS;
    this.now = options.now ?? Date.now;
    this.secret = options.secret ?? randomBytes(32);
    this.sweeper = setInterval(() => this.sweep(), Math.min(this.ttlMs, 60_000));
    this.sweeper.unref();
  }

  /** The storage key for a chat: never the chat id itself. */
  keyFor(chatId: number | undefined): string | undefined {
    if (chatId === undefined) return undefined;
    return createHmac("sha256", this.secret).update(`flow:${chatId}`).digest("base64url").slice(0, 32);
  }

  read(chatId: number | undefined): unknown {
    // Most chats are in no flow: skip the HMAC when nothing at all is waiting.
    if (this.entries.size === 0) return undefined;
    const key = this.keyFor(chatId);
    if (key === undefined) return undefined;
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expires <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    // A copy: the plugin adds the live update to what it reads; only scrubbed data stays here.
    return structuredClone(entry.value);
  }

  /** Whether a flow is waiting in this chat (without copying its state). */
  has(chatId: number | undefined): boolean {
    if (this.entries.size === 0) return false;
    const key = this.keyFor(chatId);
    const entry = key === undefined ? undefined : this.entries.get(key);
    return entry !== undefined && entry.expires > this.now();
  }

  write(chatId: number | undefined, value: unknown): void {
    const key = this.keyFor(chatId);
    if (key === undefined) return;
    this.entries.set(key, { value: scrubState(value), expires: this.now() + this.ttlMs });
  }

  delete(chatId: number | undefined): void {
    if (this.entries.size === 0) return;
    const key = this.keyFor(chatId);
    if (key !== undefined) this.entries.delete(key);
  }

  /** Removes every expired entry. Runs on a timer; tests call it after moving their clock. */
  sweep(): void {
    const now = this.now();
    for (const [key, entry] of this.entries) if (entry.expires <= now) this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Everything held, as text, so a test can prove what is (not) in it. */
  dump(): string {
    return JSON.stringify([...this.entries]);
  }

  stop(): void {
    if (this.sweeper) clearInterval(this.sweeper);
    this.sweeper = undefined;
  }
}
