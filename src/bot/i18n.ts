import { I18n } from "@grammyjs/i18n";
import type { HelplineDirectory } from "../content/helplines.js";
import type { BotContext } from "./context.js";
import { DEFAULT_LOCALE, inLocale, matchLocale, type Locale } from "../core/locale.js";

/**
 * The reply language, always one of the bot's languages (`ctx.locales`): the chat's choice
 * (/language), else the language the teen is writing in, else the Telegram client's language,
 * else English.
 */
export function localeOf(ctx: BotContext): Locale {
  // A context the bot's middleware did not set up (a bare test context) still gets English.
  const locales = ctx.locales ?? [DEFAULT_LOCALE];
  for (const candidate of [ctx.session?.lang, ctx.session?.seenLang]) {
    if (candidate !== undefined && locales.includes(candidate)) return candidate;
  }
  return matchLocale(ctx.from?.language_code, locales) ?? DEFAULT_LOCALE;
}

/**
 * Fluent translations from `locales/<lang>/*.ftl`. Every message can use the configured
 * country's numbers as `{ $helpline }`, `{ $helplineName }` and `{ $emergency }`.
 * Isolation marks are off so phone numbers stay plain digits Telegram can make tappable.
 */
export function createI18n(localesDir: string, helplines: HelplineDirectory): I18n<BotContext> {
  return new I18n<BotContext>({
    defaultLocale: DEFAULT_LOCALE,
    directory: localesDir,
    fluentBundleOptions: { useIsolating: false },
    localeNegotiator: localeOf,
    globalTranslationContext: (ctx) => ({
      helpline: helplines.helpline.number ?? "",
      helplineName: inLocale(helplines.helpline.name, localeOf(ctx)),
      emergency: helplines.emergency.number ?? "",
    }),
  });
}

