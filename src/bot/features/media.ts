import { Composer, InlineKeyboard } from "grammy";
import { buttons, pressed } from "../../core/callback-data.js";
import type { BotContext } from "../context.js";
import { acknowledge, replyHtml } from "../reply.js";

/** Kinds of message that carry a file. Their files are never downloaded and their ids never kept. */
export const MEDIA_FILTERS: Array<
  "message:photo" | "message:video" | "message:voice" | "message:video_note" | "message:document" | "message:animation" | "message:audio"
> = ["message:photo", "message:video", "message:voice", "message:video_note", "message:document", "message:animation", "message:audio"];

/**
 * Pictures, videos and files: calm guidance, and a button that deletes the child's message
 * from the chat (bots may delete incoming messages in private chats for 48 hours).
 */
export function mediaFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  composer.on(MEDIA_FILTERS, (ctx) => {
    ctx.metrics.count("media");
    return replyHtml(ctx, ctx.t("media-guidance"), new InlineKeyboard().text(ctx.t("btn-delete-media"), buttons.deleteMedia.data({ message: ctx.msg.message_id })));
  });

  composer.filter(pressed(buttons.deleteMedia), async (ctx) => {
    const messageId = ctx.button.message;
    const chatId = ctx.chat?.id;
    try {
      if (chatId === undefined) throw new Error("no chat");
      await ctx.api.deleteMessage(chatId, messageId);
    } catch {
      await acknowledge(ctx, ctx.t("media-delete-failed"), true);
      return;
    }
    await acknowledge(ctx, ctx.t("media-deleted"));
    await ctx.editMessageReplyMarkup({ reply_markup: undefined }).catch(() => undefined);
  });

  return composer;
}
