import { InlineKeyboard } from "grammy";
import { buttons } from "../core/callback-data.js";
import type { HelplineDirectory } from "../content/helplines.js";
import { GET_HELP_GUIDE } from "../flows/engine.js";
import type { DangerOf } from "../nlu/index.js";
import { countFunnelStep } from "./campaign-funnel.js";
import type { BotContext } from "./context.js";
import { inLocale } from "../core/locale.js";
import { localeOf } from "./i18n.js";
import { replyHtml } from "./reply.js";

/** The referral's buttons: the step-by-step "Get help now" flow first, then all helplines and the topics. */
export function referralKeyboard(ctx: BotContext): InlineKeyboard {
  return new InlineKeyboard()
    .text(ctx.t("btn-get-help-now"), buttons.guide.data({ guide: GET_HELP_GUIDE }))
    .row()
    .text(ctx.t("btn-helplines"), buttons.helplines.data())
    .row()
    .text(ctx.t("btn-topics"), buttons.menu.data())
    .row()
    .text(ctx.t("btn-hide"), buttons.hide.data());
}

/**
 * The referral: trusted adult, helpline, emergency number. It is the first thing an urgent
 * message gets, so it depends on nothing but the locale files and the helpline directory.
 */
export function sendReferral(ctx: BotContext, variant: "full" | "short" = "full") {
  ctx.metrics.count("referral.shown");
  countFunnelStep(ctx.session, ctx.metrics, "referral");
  return replyHtml(ctx, ctx.t(variant === "short" ? "referral-short" : "referral"), referralKeyboard(ctx));
}

/**
 * Which referral a kind of danger gets. A friend at risk comes first whatever the kind: the
 * reader is the one who can act, and "you did nothing wrong" is not addressed to them.
 */
export function referralKey(danger: DangerOf): string {
  if (danger.friend) return "referral-friend";
  if (danger.kind === "other") return "referral";
  if (danger.kind === "threat") return "referral-sextortion";
  return `referral-${danger.kind}`;
}

/** How long "you got it wrong" is read as being about the last referral. */
export const CORRECTION_WINDOW_MS = 10 * 60_000;

/**
 * The first reply to an urgent message, chosen by its kind of danger. A teen at risk of
 * self-harm also gets the country's emotional-support line, in the same message so it cannot
 * arrive out of order. Remembers only when (not why) the chat got a referral, for corrections.
 */
export function sendDangerReferral(ctx: BotContext, danger: DangerOf, helplines: HelplineDirectory) {
  ctx.metrics.count("referral.shown");
  countFunnelStep(ctx.session, ctx.metrics, "referral");
  ctx.session.referralAt = Date.now();
  let text = ctx.t(referralKey(danger));
  const support = helplines.support;
  if (danger.kind === "self_harm" && !danger.friend && support) {
    const line = ctx.t("support-line", { support: support.number ?? support.url ?? "", supportName: inLocale(support.name, localeOf(ctx)) });
    text = `${text}\n\n${line}`;
  }
  return replyHtml(ctx, text, referralKeyboard(ctx));
}

/**
 * What an urgent message was about: exactly one `danger.<kind>` (or `danger.other`) per urgent
 * message, so the kinds add up to `urgent`; `danger.friend` on top when a friend is at risk.
 */
export function countDanger(ctx: BotContext, danger: DangerOf): void {
  ctx.metrics.count(`danger.${danger.kind}`);
  if (danger.friend) ctx.metrics.count("danger.friend");
}
