import { Composer, InlineKeyboard } from "grammy";
import { buttons, pressed } from "../../core/callback-data.js";
import type { Locale } from "../../core/locale.js";
import type { BotContext } from "../context.js";
import { acknowledge, replyHtml } from "../reply.js";

/** A language of the bot and its name in itself (`language-name` of its own locale files), for its button. */
export interface LanguageChoice {
  locale: Locale;
  name: string;
}

/** Buttons per row in the language keyboard. */
const PER_ROW = 2;

/**
 * `/language`: one button per folder of locales/, each labelled in its own language. The choice
 * lives only in the chat's ephemeral state.
 */
export function languageFeature(languages: readonly LanguageChoice[]): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const keyboard = new InlineKeyboard();
  languages.forEach(({ locale, name }, i) => {
    if (i > 0 && i % PER_ROW === 0) keyboard.row();
    keyboard.text(name, buttons.setLanguage.data({ lang: locale }));
  });
  const offered = new Set(languages.map((l) => l.locale));

  const choose = (ctx: BotContext) => replyHtml(ctx, ctx.t("language-choose"), keyboard);
  composer.command("language", choose);
  composer.filter(pressed(buttons.language), async (ctx) => {
    await acknowledge(ctx);
    await choose(ctx);
  });
  composer.filter(pressed(buttons.setLanguage), async (ctx, next) => {
    const locale = ctx.button.lang;
    if (!offered.has(locale)) return next();
    ctx.session.lang = locale;
    await ctx.i18n.renegotiateLocale();
    await acknowledge(ctx);
    await replyHtml(ctx, ctx.t("language-set"), new InlineKeyboard().text(ctx.t("btn-topics"), buttons.menu.data()));
  });
  return composer;
}
