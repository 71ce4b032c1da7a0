import { limit } from "@grammyjs/ratelimiter";
import { Composer } from "grammy";
import { ExpiringStore } from "../../core/expiring-store.js";
import type { Classifier } from "../../nlu/index.js";
import type { BotContext } from "../context.js";
import { replyHtml } from "../reply.js";
import type { SignalMemory } from "../signal-memory.js";
import { commandOf } from "../command-registry.js";
import { normalizeSafeWord } from "./safe-word.js";

/** A chat's window starts with its first message and lasts this long. */
export const RATE_WINDOW_MS = 60_000;

/** A chat's count in its current window, and whether it was told to slow down in it. */
interface Window {
  hits: number;
  warned: boolean;
}

export interface RateLimitOptions {
  /** Messages a chat may send in one window before the bot holds back (config: RATE_LIMIT_PER_MINUTE). */
  perMinute: number;
  safeWords: readonly string[];
  /** The urgency check; without it only the safe word and /helpline get through a limit. */
  classifier: Classifier | undefined;
  /** The chats' recent danger signals: an urgent story told in pieces is urgent in a flood too. */
  signals: SignalMemory;
  /** The clock the windows run on; tests pass one they move. */
  now?: () => number;
}

/** Messages the bot may answer, so the ones a flood is made of: all in a private chat, commands in a group. */
function counts(ctx: BotContext): boolean {
  if (ctx.message === undefined) return false;
  return ctx.message.chat.type === "private" || (ctx.message.text ?? "").startsWith("/");
}

/** Help asked for by name, and hiding the chat on a shared phone: never held back. */
const ALWAYS_ANSWERED: ReadonlySet<string> = new Set(["helpline", "hide"]);

/**
 * The per-chat rate limit, so one chat that floods the bot cannot spend the Telegram send budget
 * everyone shares. A chat may send `perMinute` messages in a one-minute window; beyond that it
 * gets one calm "slow down" note per window and further messages are held back — except the
 * safe word, `/helpline`, `/hide` and every urgent message, which always go on to their referral. Button
 * presses are never limited: each answers a message the bot sent.
 *
 * Counting is @grammyjs/ratelimiter's; the counts live in an {@link ExpiringStore} handed to it
 * as its Redis-like client, so they sit under a keyed hash like all chat state and expire with
 * the window. Only a message over the limit is classified here, so the common case costs no
 * extra classification.
 */
export function rateLimitFeature(options: RateLimitOptions): Composer<BotContext> {
  const { classifier, signals } = options;
  const windows = new ExpiringStore<Window>({ ttlMs: RATE_WINDOW_MS, now: options.now });
  const counter = {
    async incr(key: string): Promise<number> {
      const window = windows.read(key);
      // Counted in place: the window keeps the end its first message gave it.
      if (window) return ++window.hits;
      windows.write(key, { hits: 1, warned: false });
      return 1;
    },
    async pexpire(key: string, ms: number): Promise<number> {
      const window = windows.read(key);
      if (window) windows.write(key, window, ms);
      return window ? 1 : 0;
    },
  };
  const words = new Set(options.safeWords.map(normalizeSafeWord));

  /** Over the limit, still answered: help asked for by name, and anything urgent. */
  const mustAnswer = (ctx: BotContext): boolean => {
    const text = ctx.message?.text;
    if (text === undefined) return false;
    if (words.has(normalizeSafeWord(text)) || ALWAYS_ANSWERED.has(commandOf(ctx)?.name ?? "")) return true;
    if (ctx.chat?.type !== "private" || !classifier || text.startsWith("/")) return false;
    try {
      const result = classifier.classify(text, signals.recent(ctx.chatId));
      // Urgent: free text reads it again and keeps its signals. Held back: its piece of a story
      // is kept here, so the piece that completes it is urgent even in the middle of a flood.
      if (!result.urgent) signals.remember(ctx.chatId, result.signals);
      return result.urgent;
    } catch {
      // Unsure whether it is urgent: it is answered.
      return true;
    }
  };

  return new Composer<BotContext>(
    limit<BotContext, typeof counter>({
      timeFrame: RATE_WINDOW_MS,
      limit: options.perMinute,
      storageClient: counter,
      // The chat id goes straight into the store, which keeps only its keyed hash.
      keyPrefix: "",
      keyGenerator: (ctx) => (counts(ctx) ? String(ctx.chatId) : undefined),
      // Called for every message over the limit, so each one can still be let through.
      alwaysReply: true,
      onLimitExceeded: async (ctx, next) => {
        if (mustAnswer(ctx)) return next();
        ctx.metrics.count("ratelimited");
        const window = windows.read(ctx.chatId);
        // In a group the note would speak to everyone: the messages are only held back there.
        if (!window || window.warned || ctx.chat?.type !== "private") return;
        window.warned = true;
        await replyHtml(ctx, ctx.t("slow-down"));
      },
    }),
  );
}
