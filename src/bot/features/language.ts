import { Composer, InlineKeyboard } from "grammy";
import type { BotContext } from "../context.js";
import { acknowledge, replyHtml } from "../reply.js";

/** `/language`: English or Bengali. The choice lives only in the chat's ephemeral state. */
export function languageFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const choose = (ctx: BotContext) =>
    replyHtml(
      ctx,
      ctx.t("language-choose"),
      new InlineKeyboard().text(ctx.t("btn-lang-en"), "lang:en").text(ctx.t("btn-lang-bn"), "lang:bn"),
    );
  composer.command("language", choose);
  composer.callbackQuery("language", async (ctx) => {
    await acknowledge(ctx);
    await choose(ctx);
  });
  composer.callbackQuery(/^lang:(en|bn)$/, async (ctx) => {
    ctx.session.lang = ctx.match[1] as "en" | "bn";
    await ctx.i18n.renegotiateLocale();
    await acknowledge(ctx);
    await replyHtml(ctx, ctx.t("language-set"), new InlineKeyboard().text(ctx.t("btn-topics"), "menu"));
  });
  return composer;
}
