import { InlineKeyboard } from "grammy";
import { buttons } from "../core/callback-data.js";
import type { Catalogue } from "../content/catalogue.js";
import type { DangerOf } from "../nlu/index.js";
import type { TopicId } from "../core/topics.js";
import { checkMessages } from "../flows/messages.js";
import type { BotContext } from "./context.js";
import { replyHtml } from "./reply.js";

/** Topics whose reply adds nothing after an urgent referral (a greeting, chit-chat). */
export const NO_GUIDANCE_TOPICS: ReadonlySet<TopicId> = new Set<TopicId>(["greeting", "help_menu", "quiz", "thanks_bye", "out_of_scope"]);

/** A topic's reply: the topic (for its cards and its count) and the message that says it. */
export interface Guidance {
  topic: TopicId;
  key: string;
}

/** A topic's own reply. */
export const plainGuidance = (topic: TopicId): Guidance => ({ topic, key: `topic-${topic}` });

/**
 * The second message after a danger referral. The kind of danger decides over the model's
 * topic where the topic's reply would be wrong for it: a friend at risk gets what a friend can
 * do (a referral-friend was the first message), a disclosure of abuse is believed rather than
 * told to screenshot and block (even if the model heard grooming), self-harm gets the
 * self-harm reply whatever else the message touched, and physical danger gets who to call.
 */
export function guidanceOf(danger: DangerOf, topic: TopicId): Guidance {
  if (danger.friend) return { topic: "friend_concern", key: danger.kind === "other" ? "topic-friend_concern" : `topic-friend_concern-${danger.kind}` };
  if (danger.kind === "abuse") return plainGuidance("abuse_disclosure");
  if (danger.kind === "self_harm") return plainGuidance("self_harm");
  // Someone following or waiting outside: who to call, not the advice about chats and screenshots
  // that the nearest topic (cyberbullying, sextortion) would give.
  if (danger.kind === "physical" && topic !== "meeting_request") return plainGuidance("report_help");
  return plainGuidance(topic);
}

/** The topic that speaks to a kind of danger, for when the model's topic says nothing useful. */
const KIND_TOPICS: Record<DangerOf["kind"], TopicId> = {
  self_harm: "self_harm",
  abuse: "abuse_disclosure",
  physical: "report_help",
  threat: "sextortion",
  images: "image_shared",
  meeting: "meeting_request",
  other: "report_help",
};

/**
 * What "I'm safe, just asking" is answered with: the model's topic, or — when that is chit-chat
 * ("hi", out of scope) — the topic of the danger the bot thought it saw.
 */
export function askingTopic(danger: DangerOf, topic: TopicId): TopicId {
  if (!NO_GUIDANCE_TOPICS.has(topic)) return topic;
  return danger.friend ? "friend_concern" : KIND_TOPICS[danger.kind];
}

export function topicKeyboard(ctx: BotContext, catalogue: Catalogue, topic: TopicId): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  const check = catalogue.topicChecks[topic];
  if (check) keyboard.text(ctx.t("btn-check-my-chat"), buttons.check.data({ check })).row();
  for (const card of catalogue.topicCards[topic] ?? []) keyboard.text(ctx.t(`card-${card}-title`), buttons.card.data({ card })).row();
  if (topic === "quiz") keyboard.text(ctx.t("btn-start-quiz"), buttons.quizList.data()).row();
  return keyboard.text(ctx.t("btn-get-help"), buttons.help.data()).text(ctx.t("btn-topics"), buttons.menu.data());
}

/**
 * Sends a topic's reply with its cards as buttons; `intro` goes first in the same message. A
 * topic that offers a self-check ("is this grooming?") asks whether to do it, last.
 */
export function sendGuidance(ctx: BotContext, catalogue: Catalogue, guidance: Guidance, intro?: string) {
  const check = catalogue.topicChecks[guidance.topic];
  const parts = [intro, ctx.t(guidance.key), check ? ctx.t(checkMessages(check).offer) : undefined];
  return replyHtml(ctx, parts.filter((p) => p !== undefined).join("\n\n"), topicKeyboard(ctx, catalogue, guidance.topic));
}

/**
 * The guidance after a danger referral, with "more is coming" between the two. The typing
 * indicator is only a courtesy: if the Bot API refuses it, the guidance still goes out.
 */
export async function followReferral(ctx: BotContext, catalogue: Catalogue, guidance: Guidance): Promise<void> {
  if (NO_GUIDANCE_TOPICS.has(guidance.topic)) return;
  void ctx.replyWithChatAction("typing").catch(() => undefined);
  await sendGuidance(ctx, catalogue, guidance);
}
