import type { InlineKeyboard } from "grammy";
import type { BotContext } from "./context.js";

const htmlOptions = { parse_mode: "HTML", link_preview_options: { is_disabled: true } } as const;

/** Sends content text (Telegram HTML) as a new message. */
export function replyHtml(ctx: BotContext, text: string, keyboard?: InlineKeyboard) {
  return ctx.reply(text, { ...htmlOptions, reply_markup: keyboard });
}

/**
 * Shows a screen of the topic browser: edits the message whose button was pressed, so
 * browsing stays in one place like a small app; otherwise, or if the edit fails, replies.
 */
export async function showScreen(ctx: BotContext, text: string, keyboard?: InlineKeyboard): Promise<void> {
  if (ctx.callbackQuery?.message) {
    try {
      await ctx.editMessageText(text, { ...htmlOptions, reply_markup: keyboard });
      return;
    } catch (error) {
      // Pressing the same button twice leaves the message unchanged; that is not an error.
      if (String((error as Error).message).includes("message is not modified")) return;
    }
  }
  await replyHtml(ctx, text, keyboard);
}

/** Answers a button press so the client stops its spinner; failures here must not stop a reply. */
export async function acknowledge(ctx: BotContext, text?: string, alert = false): Promise<void> {
  if (!ctx.callbackQuery) return;
  await ctx.answerCallbackQuery({ text, show_alert: alert }).catch(() => undefined);
}
