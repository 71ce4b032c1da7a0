import { Composer, InlineKeyboard } from "grammy";
import type { Catalogue } from "../../content/catalogue.js";
import type { Classification, Classifier } from "../../nlu/index.js";
import { isTopicId, type LangForm, type TopicId } from "../../nlu/topics.js";
import type { BotContext } from "../context.js";
import { sendReferral } from "../referral.js";
import { acknowledge, replyHtml } from "../reply.js";
import { menuKeyboard } from "./topic-cards.js";

/** Below this confidence the bot asks "Did you mean…?" instead of answering a topic. */
export const CONFIDENCE_FLOOR = 0.5;

/** Topics whose reply adds nothing after an urgent referral (a greeting, chit-chat). */
const NO_GUIDANCE_TOPICS: ReadonlySet<TopicId> = new Set<TopicId>(["greeting", "help_menu", "quiz", "thanks_bye", "out_of_scope"]);

/** One text message: exactly one topic and one language form, so the counts add up. */
function count(ctx: BotContext, topic: TopicId, lang: LangForm): void {
  ctx.metrics.count("messages");
  ctx.metrics.count(`topic.${topic}`);
  ctx.metrics.count(`lang.${lang}`);
}

function topicKeyboard(ctx: BotContext, catalogue: Catalogue, topic: TopicId): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const card of catalogue.topicCards[topic]) keyboard.text(ctx.t(`card-${card}-title`), `card:${card}`).row();
  if (topic === "quiz") keyboard.text(ctx.t("btn-start-quiz"), "quiz").row();
  return keyboard.text(ctx.t("btn-get-help"), "help").text(ctx.t("btn-topics"), "menu");
}

function sendTopic(ctx: BotContext, catalogue: Catalogue, topic: TopicId) {
  return replyHtml(ctx, ctx.t(`topic-${topic}`), topicKeyboard(ctx, catalogue, topic));
}

/**
 * Replies follow the language the teen writes in (Bengali script or Banglish → Bengali; a few
 * words of English → English), unless they chose one with /language. "ok" or "hi" change nothing.
 */
function adoptLanguage(ctx: BotContext, result: Classification, text: string): boolean {
  if (ctx.session.lang) return false;
  const seen = result.lang === "en" ? (text.trim().split(/\s+/).length >= 3 ? "en" : undefined) : "bn";
  if (!seen || seen === ctx.session.seenLang) return false;
  ctx.session.seenLang = seen;
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
    const text = ctx.msg.text;
    let result: Classification | undefined;
    try {
      result = classifier?.classify(text);
    } catch {
      result = undefined;
    }
    if (!result) {
      count(ctx, "out_of_scope", /[\u0980-\u09FF]/u.test(text) ? "bn" : "en");
      ctx.metrics.count("fallback");
      return replyHtml(ctx, ctx.t("fallback"), menuKeyboard(ctx, catalogue.cards));
    }
    if (adoptLanguage(ctx, result, text)) await ctx.i18n.renegotiateLocale();
    if (result.urgent) {
      count(ctx, result.topic, result.lang);
      ctx.metrics.count("urgent");
      // The referral goes out first, before anything that could fail or take time.
      await sendReferral(ctx, "full");
      ctx.session.unsure = 0;
      if (NO_GUIDANCE_TOPICS.has(result.topic)) return;
      // "More is coming" between the referral and the guidance. Only a courtesy: if the Bot API
      // refuses it, the guidance still goes out. (Single replies are instant and need none.)
      void ctx.replyWithChatAction("typing").catch(() => undefined);
      await sendTopic(ctx, catalogue, result.topic);
      return;
    }
    if (result.confidence >= CONFIDENCE_FLOOR) {
      count(ctx, result.topic, result.lang);
      ctx.session.unsure = 0;
      return sendTopic(ctx, catalogue, result.topic);
    }
    count(ctx, "out_of_scope", result.lang);
    ctx.metrics.count("fallback");
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
