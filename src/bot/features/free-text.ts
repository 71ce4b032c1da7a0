import { Composer, InlineKeyboard } from "grammy";
import type { Catalogue } from "../../content/catalogue.js";
import type { Classification, Classifier } from "../../nlu/index.js";
import { isTopicId, type TopicId } from "../../nlu/topics.js";
import type { BotContext } from "../context.js";
import { sendReferral } from "../referral.js";
import { acknowledge, replyHtml } from "../reply.js";
import { menuKeyboard } from "./topic-cards.js";

/** Below this confidence the bot asks "Did you mean…?" instead of answering a topic. */
export const CONFIDENCE_FLOOR = 0.5;

function topicKeyboard(ctx: BotContext, catalogue: Catalogue, topic: TopicId): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const card of catalogue.topicCards[topic]) keyboard.text(ctx.t(`card-${card}-title`), `card:${card}`).row();
  if (topic === "quiz") keyboard.text(ctx.t("btn-start-quiz"), "quiz").row();
  return keyboard.text(ctx.t("btn-get-help"), "help").text(ctx.t("btn-topics"), "menu");
}

function sendTopic(ctx: BotContext, catalogue: Catalogue, topic: TopicId) {
  return replyHtml(ctx, ctx.t(`topic-${topic}`), topicKeyboard(ctx, catalogue, topic));
}

/** The first message's language sets the reply language when the chat has not chosen one. */
function adoptLanguage(ctx: BotContext, result: Classification, text: string): boolean {
  if (ctx.session.lang) return false;
  if (result.lang === "bn" || result.lang === "bn-Latn") ctx.session.lang = "bn";
  else if (text.trim().split(/\s+/).length >= 3) ctx.session.lang = "en";
  else return false;
  return true;
}

/**
 * Free text: the urgency check sees every message first and the referral goes out before
 * anything else; then the topic's reply, or — when unsure — "Did you mean…?" and then the menu.
 * Without a classifier (the NLU not loaded) every message gets the calm fallback and the menu.
 */
export function freeTextFeature(catalogue: Catalogue, classifier: Classifier | undefined): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  composer.chatType("private").on("message:text", async (ctx) => {
    // A typing indicator is a courtesy; if the Bot API refuses it, the reply still goes out.
    void ctx.replyWithChatAction("typing").catch(() => undefined);
    if (!classifier) {
      return replyHtml(ctx, ctx.t("fallback"), menuKeyboard(ctx, catalogue.cards));
    }
    const result = classifier.classify(ctx.msg.text);
    if (adoptLanguage(ctx, result, ctx.msg.text)) await ctx.i18n.renegotiateLocale();
    if (result.urgent) {
      await sendReferral(ctx, "full");
      ctx.session.unsure = 0;
      return sendTopic(ctx, catalogue, result.topic);
    }
    if (result.confidence >= CONFIDENCE_FLOOR) {
      ctx.session.unsure = 0;
      return sendTopic(ctx, catalogue, result.topic);
    }
    const unsure = (ctx.session.unsure ?? 0) + 1;
    ctx.session.unsure = unsure;
    if (unsure === 1) {
      const keyboard = new InlineKeyboard();
      for (const alt of result.alternatives.slice(0, 3)) keyboard.text(ctx.t(`suggest-${alt.topic}`), `topic:${alt.topic}`).row();
      keyboard.text(ctx.t("btn-topics"), "menu");
      return replyHtml(ctx, ctx.t("did-you-mean"), keyboard);
    }
    ctx.session.unsure = 0;
    return replyHtml(ctx, ctx.t("fallback"), menuKeyboard(ctx, catalogue.cards));
  });

  composer.callbackQuery(/^topic:([a-z_]+)$/, async (ctx, next) => {
    const topic = ctx.match[1]!;
    if (!isTopicId(topic)) return next();
    await acknowledge(ctx);
    ctx.session.unsure = 0;
    await sendTopic(ctx, catalogue, topic);
  });

  return composer;
}
