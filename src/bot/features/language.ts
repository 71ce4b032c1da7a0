import { Composer, InlineKeyboard } from "grammy";
import { buttons, pressed } from "../../core/callback-data.js";
import type { BotContext } from "../context.js";
import { acknowledge, replyHtml } from "../reply.js";

/** `/language`: English or Bengali. The choice lives only in the chat's ephemeral state. */
export function languageFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const choose = (ctx: BotContext) =>
    replyHtml(
      ctx,
      ctx.t("language-choose"),
      new InlineKeyboard()
        .text(ctx.t("btn-lang-en"), buttons.setLanguage.data({ lang: "en" }))
        .text(ctx.t("btn-lang-bn"), buttons.setLanguage.data({ lang: "bn" })),
    );
  composer.command("language", choose);
  composer.filter(pressed(buttons.language), async (ctx) => {
    await acknowledge(ctx);
    await choose(ctx);
  });
  composer.filter(pressed(buttons.setLanguage), async (ctx) => {
    ctx.session.lang = ctx.button.lang;
    await ctx.i18n.renegotiateLocale();
    await acknowledge(ctx);
    await replyHtml(ctx, ctx.t("language-set"), new InlineKeyboard().text(ctx.t("btn-topics"), buttons.menu.data()));
  });
  return composer;
}
