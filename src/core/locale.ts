/**
 * A language the bot speaks: the name of a folder under locales/ (`en`, `bn`, …). Which ones
 * exist is read from that folder once at start-up (src/content/locales.ts) and passed down;
 * adding a language is adding a folder, never a change here.
 */
export type Locale = string;

/** The language every other one falls back to: it must exist, and every locale has its keys. */
export const DEFAULT_LOCALE = "en";

/** What a locale folder may be called: a BCP 47 tag such as `en`, `bn`, `pt-BR` or `zh-Hant`. */
export const LOCALE_TAG = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$/;

/**
 * Text kept beside facts in data/*.yaml (a helpline's name, hours…): English always, other
 * languages where someone translated it.
 */
export type LocalizedText = { readonly en: string; readonly [locale: Locale]: string | undefined };

/** The text in `locale`, or in English when no one has translated it yet. */
export function inLocale(text: LocalizedText, locale: Locale): string {
  return text[locale] ?? text[DEFAULT_LOCALE];
}

/**
 * The locale for a Telegram client's `language_code` (`bn`, `bn-BD`, `pt-br`…): the exact
 * tag if the bot has it, else its language alone, else none.
 */
export function matchLocale(code: string | undefined, locales: readonly Locale[]): Locale | undefined {
  if (!code) return undefined;
  const wanted = code.toLowerCase();
  return locales.find((l) => l.toLowerCase() === wanted) ?? locales.find((l) => l.toLowerCase() === wanted.split("-")[0]);
}
