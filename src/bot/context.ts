import type { ConversationFlavor } from "@grammyjs/conversations";
import type { I18nFlavor } from "@grammyjs/i18n";
import type { Context, SessionFlavor } from "grammy";
import type { Metrics } from "../core/metrics.js";

import type { Locale } from "../core/locale.js";

/**
 * The only state the bot keeps about a chat. It lives in memory under a keyed hash of the
 * chat id, expires on its own, and `/forget` deletes it.
 */
export interface SessionData {
  /** Language chosen with /language (a folder of locales/). */
  lang?: Locale;
  /** Language of the chat's latest clearly English or Bengali message, when none was chosen. */
  seenLang?: Locale;
  /**
   * The topic of the bot's last topic reply and when it went out (ms since the epoch): only its
   * id, never the text, so a follow-up ("what should I do?") gets that topic's next step.
   */
  lastTopic?: string;
  lastTopicAt?: number;
  /** How many messages in a row the bot was unsure about (two-stage fallback). */
  unsure?: number;
  /**
   * When the chat last got a danger referral (ms since the epoch): only the time, never why.
   * "You got it wrong" soon after it gets an apology instead of another topic.
   */
  referralAt?: number;
  /**
   * The campaign this chat started through (a code a share link exists for, never any other
   * start payload), when (ms since the epoch), and which funnel steps that start has counted.
   * See campaign-funnel.ts.
   */
  campaign?: { code: string; at: number; counted?: Array<"quiz" | "referral"> };
}

/** The context without flows: what a flow's `conversation.external` hands back. */
export type BaseContext = Context & SessionFlavor<SessionData> & I18nFlavor;

/**
 * The bot's context. `ctx.conversation` enters and leaves flows (quizzes, "Get help now");
 * their state lives apart from the session, in a FlowStore (src/flows/store.ts).
 */
export type BotContext = ConversationFlavor<BaseContext> & MetricsFlavor & LocalesFlavor;

/** `ctx.metrics`: anonymous counters (see src/core/metrics.ts); names only, never user data. */
export interface MetricsFlavor {
  metrics: Metrics;
}

/** `ctx.locales`: the languages the bot speaks, read from locales/ at start-up (the same for every update). */
export interface LocalesFlavor {
  locales: readonly Locale[];
}
