import { InlineKeyboard } from "grammy";
import type { BotContext } from "./context.js";
import { replyHtml } from "./reply.js";

/** The referral's buttons: the step-by-step "Get help now" flow first, then all helplines and the topics. */
export function referralKeyboard(ctx: BotContext): InlineKeyboard {
  return new InlineKeyboard()
    .text(ctx.t("btn-get-help-now"), "guide:get-help")
    .row()
    .text(ctx.t("btn-helplines"), "helplines")
    .row()
    .text(ctx.t("btn-topics"), "menu");
}

/**
 * The referral: trusted adult, helpline, emergency number. It is the first thing an urgent
 * message gets, so it depends on nothing but the locale files and the helpline directory.
 */
export function sendReferral(ctx: BotContext, variant: "full" | "short" = "full") {
  ctx.metrics.count("referral.shown");
  return replyHtml(ctx, ctx.t(variant === "short" ? "referral-short" : "referral"), referralKeyboard(ctx));
}
