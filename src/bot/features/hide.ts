import { Composer, InlineKeyboard } from "grammy";
import { buttons, pressed } from "../../core/callback-data.js";
import type { BotContext } from "../context.js";
import { forgetChat } from "../forget-chat.js";
import type { MessageLog } from "../message-log.js";
import { acknowledge, replyHtml } from "../reply.js";
import type { SignalMemory } from "../signal-memory.js";

/** Telegram's deleteMessages takes at most this many ids at once. */
const BATCH = 100;

/** A "🧹 Hide this chat" button, for the referrals, /privacy and /forget. */
export function hideButton(ctx: BotContext, keyboard = new InlineKeyboard()): InlineKeyboard {
  return keyboard.text(ctx.t("btn-hide"), buttons.hide.data());
}

/**
 * `/hide` (and its button), for a teen on a shared phone: deletes this chat's messages of the
 * last 48 hours, the teen's and the bot's, forgets the chat's state as /forget does, then says
 * in one neutral line what Telegram does not let a bot delete and how to clear the chat in the
 * app. A message already gone, or a refused batch, is skipped: the rest are still deleted.
 */
export function hideFeature(log: MessageLog, signals: SignalMemory): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const inPrivate = composer.chatType("private");

  const hide = async (ctx: BotContext) => {
    const chatId = ctx.chatId as number;
    // Worded in the language in use before the choice is erased with the rest.
    const text = ctx.t("hide-done");
    ctx.metrics.count("hide");
    const ids = log.take(chatId);
    for (let i = 0; i < ids.length; i += BATCH) {
      const batch = ids.slice(i, i + BATCH);
      const deleted = await ctx.api.deleteMessages(chatId, batch).catch(() => false);
      // One by one when the batch is refused (an older Bot API server, or one id gone).
      if (!deleted) for (const id of batch) await ctx.api.deleteMessage(chatId, id).catch(() => undefined);
    }
    await forgetChat(ctx, signals);
    await replyHtml(ctx, text);
  };

  inPrivate.command("hide", hide);
  inPrivate.filter(pressed(buttons.hide), async (ctx) => {
    await acknowledge(ctx);
    await hide(ctx);
  });
  return composer;
}
