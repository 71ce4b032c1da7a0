import { Composer, InlineKeyboard } from "grammy";
import { buttons } from "../../core/callback-data.js";
import type { BotContext } from "../context.js";
import { replyHtml } from "../reply.js";

function welcomeKeyboard(ctx: BotContext): InlineKeyboard {
  return new InlineKeyboard()
    .text(ctx.t("btn-topics"), buttons.menu.data())
    .text(ctx.t("btn-get-help"), buttons.help.data())
    .row()
    .text(ctx.t("btn-language"), buttons.language.data());
}

/** `/start` and `/help`: what Nirapod is, that it is private, and where help is. */
export function welcomeFeature(campaigns?: { countStart(payload: string | undefined): unknown }): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  // The start payload (a campaign code from a youth worker's link) is only counted, through a
  // fixed vocabulary of codes; it is never echoed, stored verbatim or logged.
  composer.command("start", (ctx) => {
    campaigns?.countStart(ctx.match);
    return replyHtml(ctx, ctx.t("welcome"), welcomeKeyboard(ctx));
  });
  composer.command("help", (ctx) => replyHtml(ctx, ctx.t("help"), welcomeKeyboard(ctx)));
  return composer;
}
