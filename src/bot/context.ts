import type { I18nFlavor } from "@grammyjs/i18n";
import type { Context, SessionFlavor } from "grammy";

export type Locale = "en" | "bn";
export const LOCALES: readonly Locale[] = ["en", "bn"];

/**
 * The only state the bot keeps about a chat. It lives in memory under a keyed hash of the
 * chat id, expires on its own, and `/forget` deletes it.
 */
export interface SessionData {
  /** Language chosen with /language or inferred from the first message. */
  lang?: Locale;
  /** How many messages in a row the bot was unsure about (two-stage fallback). */
  unsure?: number;
}

export type BotContext = Context & SessionFlavor<SessionData> & I18nFlavor;
