import { Composer, InlineKeyboard } from "grammy";
import type { Catalogue } from "../../content/catalogue.js";
import { buttons } from "../../core/callback-data.js";
import type { BotContext } from "../context.js";
import { acknowledge, replyHtml } from "../reply.js";
import { showMenu } from "./topic-cards.js";

/**
 * Registered last: whatever no feature handled. Old or foreign buttons get a calm note and
 * the menu; stickers, locations, contacts and the like get a pointer back to text. Edited
 * messages and other updates are ignored.
 */
export function unhandledFeature(catalogue: Catalogue): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.on("callback_query", async (ctx) => {
    await acknowledge(ctx, ctx.t("stale-button"));
    await showMenu(ctx, catalogue);
  });
  composer.chatType("private").on("message", (ctx) =>
    replyHtml(ctx, ctx.t("not-text"), new InlineKeyboard().text(ctx.t("btn-topics"), buttons.menu.data()).text(ctx.t("btn-get-help"), buttons.help.data())),
  );
  return composer;
}
