import { ExpiringStore } from "../core/expiring-store.js";

/** Telegram lets a bot delete a message for 48 hours after it was sent. */
export const DELETABLE_MS = 48 * 60 * 60_000;
/** At most this many ids per chat: far more than a conversation holds in 48 hours. */
const MAX_IDS = 2_000;

/**
 * The ids of a private chat's messages of the last 48 hours, the teen's and the bot's, so
 * `/hide` can delete them from a shared phone. In memory only, under the keyed hash of the
 * chat, gone 48 hours after the chat's last message and wiped by /hide and /forget. A message
 * id alone identifies no one; no text is kept.
 */
export class MessageLog {
  private readonly store: ExpiringStore<Array<[id: number, at: number]>>;

  constructor(private readonly now: () => number = () => Date.now()) {
    this.store = new ExpiringStore({ ttlMs: DELETABLE_MS, now });
  }

  note(chatId: number, messageId: number): void {
    const now = this.now();
    const ids = this.store.read(chatId) ?? [];
    // Oldest first, so the ones past 48 hours (and any over the cap) are at the front.
    let drop = Math.max(0, ids.length + 1 - MAX_IDS);
    while (drop < ids.length && (ids[drop] as [number, number])[1] <= now - DELETABLE_MS) drop += 1;
    if (drop > 0) ids.splice(0, drop);
    ids.push([messageId, now]);
    this.store.write(chatId, ids);
  }

  /** The ids still deletable, oldest first; the chat's list is gone afterwards. */
  take(chatId: number): number[] {
    const since = this.now() - DELETABLE_MS;
    const ids = (this.store.read(chatId) ?? []).filter(([, at]) => at > since).map(([id]) => id);
    this.store.delete(chatId);
    return ids;
  }

  forget(chatId: number): void {
    this.store.delete(chatId);
  }

  /** Everything held, as text, so a test can prove what is (not) in it. */
  dump(): string {
    return this.store.dump();
  }
}
