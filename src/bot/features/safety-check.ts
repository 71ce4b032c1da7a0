import { Composer, InlineKeyboard } from "grammy";
import { buttons, pressed } from "../../core/callback-data.js";
import type { Catalogue } from "../../content/catalogue.js";
import type { HelplineDirectory } from "../../content/helplines.js";
import type { DangerOf } from "../../nlu/index.js";
import type { TopicId } from "../../core/topics.js";
import type { BotContext } from "../context.js";
import { askingTopic, followReferral, guidanceOf, plainGuidance, sendGuidance } from "../guidance.js";
import { sendDangerReferral } from "../referral.js";
import { acknowledge, replyHtml } from "../reply.js";

/*
 * The grey zone: the bot sees possible danger but is not sure, so it asks "Are you safe right
 * now?" (with the emergency number and the helpline already in the question) instead of
 * guessing. The buttons carry only fixed vocabulary — the kind of danger, whether a friend is at
 * risk and a topic id — never anything the teen wrote (`buttons.inDanger` and `buttons.safeAsking`
 * in src/core/callback-data.ts). "I'm in danger now" gets the kind's referral, then guidance;
 * "I'm safe, just asking" gets thanks, then the topic's reply.
 */

/** Asks whether the teen is safe right now; counts `check`. */
export function askIfSafe(ctx: BotContext, danger: DangerOf, topic: TopicId) {
  ctx.metrics.count("check");
  const keyboard = new InlineKeyboard()
    .text(ctx.t("btn-in-danger"), buttons.inDanger.data({ kind: danger.kind, friend: danger.friend, topic }))
    .row()
    .text(ctx.t("btn-safe-asking"), buttons.safeAsking.data({ topic: askingTopic(danger, topic) }));
  return replyHtml(ctx, ctx.t("check-safe"), keyboard);
}

/** The two answers to "Are you safe right now?". Data the bot did not make goes on to the catch-all. */
export function safetyCheckFeature(catalogue: Catalogue, helplines: HelplineDirectory): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  composer.filter(pressed(buttons.inDanger), async (ctx) => {
    const { topic, ...danger } = ctx.button;
    ctx.metrics.count("check.danger");
    ctx.session.unsure = 0;
    // The referral before anything else, even before the button's spinner is stopped.
    await sendDangerReferral(ctx, danger, helplines);
    await acknowledge(ctx);
    await followReferral(ctx, catalogue, guidanceOf(danger, topic));
  });

  composer.filter(pressed(buttons.safeAsking), async (ctx) => {
    const { topic } = ctx.button;
    ctx.metrics.count("check.safe");
    ctx.session.unsure = 0;
    await acknowledge(ctx);
    await sendGuidance(ctx, catalogue, plainGuidance(topic), ctx.t("check-safe-thanks"));
  });

  return composer;
}
