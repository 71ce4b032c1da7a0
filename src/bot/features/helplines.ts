import { Composer, InlineKeyboard } from "grammy";
import { buttons, pressed } from "../../core/callback-data.js";
import type { HelplineDirectory, HelplineEntry } from "../../content/helplines.js";
import type { BotContext } from "../context.js";
import { escapeHtml } from "../../core/escape-html.js";
import { inLocale } from "../../core/locale.js";
import { localeOf } from "../i18n.js";
import { sendReferral } from "../referral.js";
import { acknowledge, replyHtml } from "../reply.js";

function entryText(ctx: BotContext, entry: HelplineEntry, withRegion: boolean): string {
  const lang = localeOf(ctx);
  const contact = [entry.number, entry.url].filter(Boolean).join(" · ");
  const hours = withRegion && entry.regions ? `${inLocale(entry.hours, lang)}; ${inLocale(entry.regions, lang)}` : inLocale(entry.hours, lang);
  return ctx.t("helpline-entry", {
    name: escapeHtml(inLocale(entry.name, lang)),
    contact: escapeHtml(contact),
    for: escapeHtml(inLocale(entry.for, lang)),
    hours: escapeHtml(hours),
  });
}

/** The directory for the configured country, then the services that work from anywhere. */
export function helplinesText(ctx: BotContext, directory: HelplineDirectory): string {
  const parts = [ctx.t("helpline-title"), ...directory.entries.map((e) => entryText(ctx, e, false))];
  if (directory.international.length > 0) {
    parts.push(ctx.t("helpline-international-title"), ...directory.international.map((e) => entryText(ctx, e, true)));
  }
  parts.push(ctx.t("helpline-footer"));
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
