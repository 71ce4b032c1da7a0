import { Composer, InlineKeyboard } from "grammy";
import { buttons, pressed } from "../../core/callback-data.js";
import type { Catalogue } from "../../content/catalogue.js";
import type { HelplineDirectory } from "../../content/helplines.js";
import type { Classification, Classifier, DangerOf } from "../../nlu/index.js";
import type { LangForm, TopicId } from "../../core/topics.js";
import type { BotContext } from "../context.js";
import { followReferral, guidanceOf, plainGuidance, sendGuidance } from "../guidance.js";
import { CORRECTION_WINDOW_MS, countDanger, referralKeyboard, sendDangerReferral } from "../referral.js";
import { acknowledge, replyHtml } from "../reply.js";
import type { SignalMemory } from "../signal-memory.js";
import { normalizeSafeWord } from "./safe-word.js";
import { askIfSafe } from "./safety-check.js";
import { cardActionsScreen, cardScreen, menuKeyboard } from "./topic-cards.js";

/** Below this confidence the bot asks "Did you mean…?" instead of answering a topic. */
export const CONFIDENCE_FLOOR = 0.5;

/** How long a topic reply is remembered for a follow-up ("what should I do?"). */
export const FOLLOW_UP_WINDOW_MS = 30 * 60_000;

/** An urgent message whose kind the classifier did not say: the general referral fits every danger. */
const UNKNOWN_DANGER: DangerOf = { kind: "other", friend: false };

/** One text message: exactly one topic and one language form, so the counts add up. */
function count(ctx: BotContext, topic: TopicId, lang: LangForm): void {
  ctx.metrics.count("messages");
  ctx.metrics.count(`topic.${topic}`);
  ctx.metrics.count(`lang.${lang}`);
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

/** Remembers the topic a reply was about (its id only), if it has a card to follow on with. */
function rememberTopic(ctx: BotContext, catalogue: Catalogue, topic: TopicId): void {
  if (!catalogue.topicCards[topic]?.length) return;
  ctx.session.lastTopic = topic;
  ctx.session.lastTopicAt = Date.now();
}

/** The topic of a reply sent in the last 30 minutes, if any. */
function recentTopic(ctx: BotContext): TopicId | undefined {
  const { lastTopic, lastTopicAt } = ctx.session;
  if (lastTopic === undefined || lastTopicAt === undefined) return undefined;
  if (Date.now() - lastTopicAt <= FOLLOW_UP_WINDOW_MS) return lastTopic;
  delete ctx.session.lastTopic;
  delete ctx.session.lastTopicAt;
  return undefined;
}

export interface FreeTextDeps {
  helplines: HelplineDirectory;
  /** The chat's recent danger signals, so a story told in pieces adds up. */
  signals: SignalMemory;
}

/**
 * Free text: the urgency check sees every message first and the referral for its kind of
 * danger goes out before anything else; in the grey zone the bot asks "Are you safe right now?"
 * instead; then the topic's reply, or — when unsure — "Did you mean…?" and then the menu.
 * Without a classifier (the NLU not loaded) every message gets the calm fallback and the menu.
 */
export function freeTextFeature(catalogue: Catalogue, classifier: Classifier | undefined, deps: FreeTextDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const corrections = new Set(catalogue.corrections.map(normalizeSafeWord));
  const followUps = new Map<string, "next" | "more">([
    ...catalogue.followUps.more.map((t) => [normalizeSafeWord(t), "more"] as const),
    ...catalogue.followUps.next.map((t) => [normalizeSafeWord(t), "next"] as const),
  ]);

  /** "What should I do?" or "why?" after a topic's reply: that topic's next step, not the menu. */
  const followUp = async (ctx: BotContext, text: string, result: Classification): Promise<boolean> => {
    const kind = followUps.get(normalizeSafeWord(text));
    const topic = kind && recentTopic(ctx);
    const card = topic ? catalogue.topicCards[topic]?.[0] : undefined;
    if (!kind || !topic || !card) return false;
    count(ctx, topic, result.lang);
    ctx.metrics.count(`followup.${kind}`);
    ctx.session.unsure = 0;
    rememberTopic(ctx, catalogue, topic);
    const screen = kind === "next" ? cardActionsScreen(ctx, card) : cardScreen(ctx, card);
    await replyHtml(ctx, screen.text, screen.keyboard);
    return true;
  };

  /** "You got it wrong" soon after a referral: it is about the referral, not a new topic. */
  const correctsReferral = (ctx: BotContext, text: string): boolean => {
    const at = ctx.session.referralAt;
    if (at === undefined) return false;
    if (Date.now() - at > CORRECTION_WINDOW_MS) {
      delete ctx.session.referralAt;
      return false;
    }
    return corrections.has(normalizeSafeWord(text));
  };

  const classify = (ctx: BotContext, text: string): Classification | undefined => {
    let result: Classification | undefined;
    try {
      result = classifier?.classify(text, deps.signals.recent(ctx.chatId));
    } catch {
      return undefined;
    }
    try {
      deps.signals.remember(ctx.chatId, result?.signals);
    } catch {
      // A piece of a story not kept must never cost this message its reply.
    }
    return result;
  };

  composer.chatType("private").on("message:text", async (ctx) => {
    const text = ctx.msg.text;
    if (correctsReferral(ctx, text)) {
      ctx.metrics.count("correction");
      delete ctx.session.referralAt;
      // Sorry — and help stays one tap away, in case the first reading was right after all.
      return replyHtml(ctx, ctx.t("correction"), referralKeyboard(ctx));
    }
    const result = classify(ctx, text);
    if (!result) {
      count(ctx, "out_of_scope", /[\u0980-\u09FF]/u.test(text) ? "bn" : "en");
      ctx.metrics.count("fallback");
      return replyHtml(ctx, ctx.t("fallback"), menuKeyboard(ctx, catalogue.cards));
    }
    if (adoptLanguage(ctx, result, text)) await ctx.i18n.renegotiateLocale();
    if (result.urgent) {
      const danger = result.danger ?? UNKNOWN_DANGER;
      const guidance = guidanceOf(danger, result.topic);
      count(ctx, guidance.topic, result.lang);
      ctx.metrics.count("urgent");
      countDanger(ctx, danger);
      ctx.session.unsure = 0;
      if (result.check) return askIfSafe(ctx, danger, result.topic);
      // The referral goes out first, before anything that could fail or take time.
      await sendDangerReferral(ctx, danger, deps.helplines);
      await followReferral(ctx, catalogue, guidance);
      rememberTopic(ctx, catalogue, guidance.topic);
      return;
    }
    // Checked after the urgency check: "what should I do, he is outside" is urgent first.
    if (await followUp(ctx, text, result)) return;
    if (result.confidence >= CONFIDENCE_FLOOR) {
      count(ctx, result.topic, result.lang);
      ctx.session.unsure = 0;
      rememberTopic(ctx, catalogue, result.topic);
      return sendGuidance(ctx, catalogue, plainGuidance(result.topic));
    }
    count(ctx, "out_of_scope", result.lang);
    ctx.metrics.count("fallback");
    const unsure = (ctx.session.unsure ?? 0) + 1;
    ctx.session.unsure = unsure;
    if (unsure === 1) {
      const keyboard = new InlineKeyboard();
      for (const alt of result.alternatives.slice(0, 3)) keyboard.text(ctx.t(`suggest-${alt.topic}`), buttons.topic.data({ topic: alt.topic })).row();
      keyboard.text(ctx.t("btn-topics"), buttons.menu.data());
      return replyHtml(ctx, ctx.t("did-you-mean"), keyboard);
    }
    ctx.session.unsure = 0;
    return replyHtml(ctx, ctx.t("fallback"), menuKeyboard(ctx, catalogue.cards));
  });

  composer.filter(pressed(buttons.topic), async (ctx) => {
    const topic = ctx.button.topic;
    await acknowledge(ctx);
    ctx.session.unsure = 0;
    rememberTopic(ctx, catalogue, topic);
    await sendGuidance(ctx, catalogue, plainGuidance(topic));
  });

  return composer;
}
