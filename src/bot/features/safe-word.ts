import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import { sendReferral } from "../referral.js";

/** Folds case, punctuation and spacing so "S.O.S!", "sos" and " Help me " all match. */
export function normalizeSafeWord(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\p{P}\p{S}\s]+/gu, " ")
    .trim()
    .replace(/^(s) (o) (s)$/, "sos");
}

/**
 * The safe word: at any moment, in any state, one of the words in data/topics.yaml
 * (`safe_words`) answers with a short, discreet referral before anything else runs.
 */
export function safeWordFeature(safeWords: readonly string[]): Composer<BotContext> {
  const words = new Set(safeWords.map(normalizeSafeWord));
  const composer = new Composer<BotContext>();
  composer
    .on("message:text")
    .filter((ctx) => words.has(normalizeSafeWord(ctx.msg.text)))
    .use((ctx) => {
      ctx.metrics.count("safe_word");
      return sendReferral(ctx, "short");
    });
  return composer;
}
