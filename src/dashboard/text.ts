import type { FluentVariable } from "@fluent/bundle";
import type { LocaleText } from "../content/locale-text.js";
import { DEFAULT_LOCALE, type Locale } from "../core/locale.js";
import type { ScenarioAnswerKey } from "../stats/scenario-answers.js";

/**
 * The dashboard's words, in the language the page was asked in (`?lang=bn`). Its own strings
 * are the `dash-*` messages of locales/<lang>/dashboard.ftl; the names of topics, scenarios and
 * answers come from the bot's own content, so a program manager reads what teens were shown.
 */

/** A quiz scenario as the dashboard shows it: its answers, and the message ids of its words. */
export interface DashboardScenario extends ScenarioAnswerKey {
  /** Message ids (locales/<lang>/flows-scenarios.ftl) of its short title and of each answer's label. */
  messages: { title: string; answers: Readonly<Record<string, string>> };
}

export interface DashboardText {
  /** The page's language, one of `languages`. */
  lang: Locale;
  /** Every language the dashboard speaks, with its own name (`language-name`), English first. */
  languages: ReadonlyArray<{ lang: Locale; name: string }>;
  /** A `dash-*` message in the page's language. */
  t(key: string, args?: Record<string, FluentVariable>): string;
  /** A topic's name: its "Did you mean…?" button (`suggest-<topic>`) without the emoji. */
  topic(id: string): string;
  /** Any content message in the page's language (a scenario's title, an answer's label), or `fallback`. */
  message(key: string | undefined, fallback: string): string;
}

/** The query value `?lang=` as one of the languages, English for anything else. */
export function pickLang(value: string | undefined, text: LocaleText): Locale {
  return value !== undefined && text.locales.includes(value) ? value : DEFAULT_LOCALE;
}

/** Leading emoji and spaces of a button label ("📷 Someone wants my pictures"). */
const LEADING_SYMBOLS = /^[^\p{L}\p{N}"“'(]+/u;

export function dashboardText(source: LocaleText, lang: Locale): DashboardText {
  return {
    lang,
    languages: source.locales.map((l) => ({ lang: l, name: source.format(l, "language-name") })),
    // Numbers go in as text: Fluent would write them in the language's digits, and the dashboard,
    // like the bot, keeps Latin digits (1098, 999, 25%) in every language.
    t: (key, args) => source.format(lang, key, args && Object.fromEntries(Object.entries(args).map(([k, v]) => [k, typeof v === "number" ? String(v) : v]))),
    topic: (id) => {
      const key = `suggest-${id}`;
      return source.has(key) ? source.format(lang, key).replace(LEADING_SYMBOLS, "") : id;
    },
    message: (key, fallback) => (key !== undefined && source.has(key) ? source.format(lang, key) : fallback),
  };
}
