import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import { DEFAULT_LOCALE, type Locale } from "../core/locale.js";
import { loadLocales } from "./locales.js";

/**
 * The messages of locales/ for code outside the bot (the dashboard): every language's .ftl
 * files in one Fluent bundle each, read once. A message a language lacks comes in English.
 *
 * @example
 * const text = loadLocaleText(contentPaths.locales);
 * text.format("bn", "language-name"); // "বাংলা"
 */
export interface LocaleText {
  /** The languages of locales/, English first. */
  readonly locales: readonly Locale[];
  /** Whether `key` exists in English (every language has English's messages). */
  has(key: string): boolean;
  /** The message in `locale`, else in English; the key itself if it exists nowhere. */
  format(locale: Locale, key: string, args?: Record<string, FluentVariable>): string;
}

export function loadLocaleText(dir: string): LocaleText {
  const locales = loadLocales(dir);
  const bundles = new Map<Locale, FluentBundle>();
  for (const locale of locales) {
    const bundle = new FluentBundle(locale, { useIsolating: false });
    for (const name of readdirSync(join(dir, locale)).filter((f) => f.endsWith(".ftl")).sort()) {
      bundle.addResource(new FluentResource(readFileSync(join(dir, locale, name), "utf8")));
    }
    bundles.set(locale, bundle);
  }
  const english = bundles.get(DEFAULT_LOCALE)!;
  return {
    locales,
    has: (key) => english.hasMessage(key),
    format(locale, key, args) {
      for (const bundle of [bundles.get(locale), english]) {
        const message = bundle?.getMessage(key);
        if (message?.value) return bundle!.formatPattern(message.value, args);
      }
      return key;
    },
  };
}
