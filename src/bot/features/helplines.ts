import { Composer, InlineKeyboard } from "grammy";
import { buttons, pressed } from "../../core/callback-data.js";
import type { HelplineDirectory, HelplineEntry } from "../../content/helplines.js";
import type { BotContext } from "../context.js";
import { escapeHtml } from "../../core/escape-html.js";
import { inLocale, type Locale } from "../../core/locale.js";
import { localeOf } from "../i18n.js";
import { sendReferral } from "../referral.js";
import { acknowledge, replyHtml } from "../reply.js";

/** A message of locales/ in the language the text is for. */
type Words = (key: string, variables?: Record<string, string>) => string;

function entryText(t: Words, lang: Locale, entry: HelplineEntry, withRegion: boolean): string {
  const contact = [entry.number, entry.url].filter(Boolean).join(" · ");
  const hours = withRegion && entry.regions ? `${inLocale(entry.hours, lang)}; ${inLocale(entry.regions, lang)}` : inLocale(entry.hours, lang);
  return t("helpline-entry", {
    name: escapeHtml(inLocale(entry.name, lang)),
    contact: escapeHtml(contact),
    for: escapeHtml(inLocale(entry.for, lang)),
    hours: escapeHtml(hours),
  });
}

/** The directory for the configured country, then the services that work from anywhere. */
export function helplinesText(ctx: BotContext, directory: HelplineDirectory): string {
  return helplinesTextIn((key, variables) => ctx.t(key, variables), localeOf(ctx), directory);
}

/** {@link helplinesText} in a given language, with no update to answer (a classroom session's summary). */
export function helplinesTextIn(t: Words, lang: Locale, directory: HelplineDirectory): string {
  const parts = [t("helpline-title"), ...directory.entries.map((e) => entryText(t, lang, e, false))];
  if (directory.international.length > 0) {
    parts.push(t("helpline-international-title"), ...directory.international.map((e) => entryText(t, lang, e, true)));
  }
  parts.push(t("helpline-footer"));
  return parts.join("\n\n");
}

/** `/helpline`, the "All helplines" button and the "Get help" button (the referral). */
export function helplinesFeature(directory: HelplineDirectory): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const show = (ctx: BotContext) =>
    replyHtml(ctx, helplinesText(ctx, directory), new InlineKeyboard().text(ctx.t("btn-topics"), buttons.menu.data()));
  composer.command("helpline", show);
  composer.filter(pressed(buttons.helplines), async (ctx) => {
    await acknowledge(ctx);
    await show(ctx);
  });
  composer.filter(pressed(buttons.help), async (ctx) => {
    await acknowledge(ctx);
    await sendReferral(ctx, "full");
  });
  return composer;
}
