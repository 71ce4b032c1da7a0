import { I18n } from "@grammyjs/i18n";
import type { HelplineDirectory } from "../content/helplines.js";
import type { BotContext } from "./context.js";
import type { Locale } from "../core/locale.js";

/**
 * The reply language: the chat's choice (/language), else the language the teen is writing in,
 * else the Telegram client's language, else English.
 */
export function localeOf(ctx: BotContext): Locale {
  const chosen = ctx.session?.lang ?? ctx.session?.seenLang;
  if (chosen) return chosen;
  return ctx.from?.language_code?.toLowerCase().startsWith("bn") ? "bn" : "en";
}

/**
 * Fluent translations from `locales/<lang>/*.ftl`. Every message can use the configured
 * country's numbers as `{ $helpline }`, `{ $helplineName }` and `{ $emergency }`.
 * Isolation marks are off so phone numbers stay plain digits Telegram can make tappable.
 */
export function createI18n(localesDir: string, helplines: HelplineDirectory): I18n<BotContext> {
  return new I18n<BotContext>({
    defaultLocale: "en",
    directory: localesDir,
    fluentBundleOptions: { useIsolating: false },
    localeNegotiator: localeOf,
    globalTranslationContext: (ctx) => ({
      helpline: helplines.helpline.number ?? "",
      helplineName: helplines.helpline.name[localeOf(ctx)],
      emergency: helplines.emergency.number ?? "",
    }),
  });
}

