import type { Update } from "grammy/types";
import { ExpiringStore, type ChatKey, type ExpiringStoreOptions } from "../core/expiring-store.js";

/** A flow left alone this long is gone: its state is deleted and its buttons say so. */
export const FLOW_IDLE_MS = 30 * 60_000;

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

/** Running flows are few and their state is the largest a chat has: a smaller cap than the default. */
export const MAX_WAITING_FLOWS = 10_000;

/**
 * Where flows keep their place while waiting for the next tap: an {@link ExpiringStore} (in
 * memory, under an HMAC of the chat id, capped) that scrubs what it is given of anything
 * identifying, hands out copies, and forgets a flow after {@link FLOW_IDLE_MS} without use or as
 * soon as the flow ends.
 *
 * @example
 * const store = new FlowStore();             // 30 minutes, the real clock
 * const test = new FlowStore({ now: () => t }); // a clock the test moves
 */
export class FlowStore extends ExpiringStore<unknown> {
  constructor(options: Partial<ExpiringStoreOptions> = {}) {
    super({ ttlMs: FLOW_IDLE_MS, maxEntries: MAX_WAITING_FLOWS, ...options });
  }

  override read(chatId: ChatKey | undefined): unknown {
    const value = super.read(chatId);
    // A copy: the plugin adds the live update to what it reads; only scrubbed data stays here.
    return value === undefined ? undefined : structuredClone(value);
  }

  override write(chatId: ChatKey | undefined, value: unknown, ttlMs?: number): void {
    super.write(chatId, scrubState(value), ttlMs);
  }
}
