import { I18n } from "@grammyjs/i18n";
import type { MiddlewareFn } from "grammy";
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

/**
 * `ctx.t` with a memo for messages without variables. Such a message depends only on the
 * locale (the global context above is fixed per locale), yet @grammyjs/i18n negotiates the
 * bundle again on every call (@fluent/langneg's negotiateLanguages), a large part of the cost
 * of a reply. The memo holds translations only (at most one per message id and locale), never
 * anything a user sent.
 *
 * Kept for speed, because the budget (≥ 1,500 text updates/s) needs it: the whole bot without
 * it handled 4–11 % fewer text updates/s (median 6.5 %; six runs of the bench's updates, the
 * two bots interleaved in one process), and `npm run bench` measures 1,550–1,850/s with it on
 * a quiet 2-core machine (README): the low end would fall under the budget.
 */
export function memoizedTranslations(): MiddlewareFn<BotContext> {
  const memo = new Map<string, string>();
  return (ctx, next) => {
    const translate = ctx.t;
    const t: typeof ctx.t = (key, variables) => {
      if (variables) return translate(key, variables);
      const memoKey = `${localeOf(ctx)}\u0000${key}`;
      let text = memo.get(memoKey);
      if (text === undefined) {
        text = translate(key);
        memo.set(memoKey, text);
      }
      return text;
    };
    ctx.t = t;
    ctx.translate = t;
    return next();
  };
}
