import type { Conversation } from "@grammyjs/conversations";
import type { Context } from "grammy";
import type { InlineKeyboard } from "grammy";
import type { Update } from "grammy/types";
import type { BotContext } from "../bot/context.js";
import { buttons } from "../core/callback-data.js";
import type { Metrics } from "../core/metrics.js";
import type { DangerKind } from "../core/topics.js";
import type { FlowContent } from "./content.js";

/**
 * A running flow. Inside it, everything with an effect — sending, counting, randomness —
 * runs in `conversation.external`, so replaying the flow from its saved state repeats none of it.
 */
export type FlowConversation = Conversation<BotContext, Context>;

/** How the bot sends (given, so flows/ never imports bot/). Words come from `ctx.t`, in the chat's language. */
export interface FlowUi {
  /** sends Telegram HTML as a new message */
  reply(ctx: BotContext, html: string, keyboard?: InlineKeyboard): Promise<unknown>;
  /** stops a tapped button's spinner; never throws */
  acknowledge(ctx: BotContext): Promise<void>;
  /** sends the referral for a kind of danger (trusted adult, helpline, emergency number) */
  referral(ctx: BotContext, kind: DangerKind): Promise<unknown>;
}

/** What the flows need from the bot. */
export interface FlowDeps {
  flows: FlowContent;
  metrics: Metrics;
  /** Randomness for picking and shuffling; only ever called inside `conversation.external`. */
  random: () => number;
  ui: FlowUi;
  /** Told once when a chat completes a quiz, with the update's context (the campaign funnel counts it). */
  quizCompleted?: (ctx: BotContext) => void;
}

/** Conversation ids registered with the plugin. */
export const QUIZ_CONVERSATION = "quiz";
export const GUIDE_CONVERSATION = "guide";
export const CHECK_CONVERSATION = "check";
/** The guided flow every referral, the menu and the safe word's follow-up lead to. */
export const GET_HELP_GUIDE = "get-help";
/** The self-check the menu and /check start. */
export const GROOMING_CHECK = "grooming";

/** What a flow may look at in an update: which of its buttons was tapped, or that something was typed. */
export type FlowEvent = { kind: "button"; data: string } | { kind: "text" } | { kind: "command" } | { kind: "other" };

/**
 * Classifies an update using only what {@link scrubUpdate} keeps, so the first run and every
 * replay from the scrubbed copy see the same event.
 */
export function eventOf(update: Update): FlowEvent {
  const data = update.callback_query?.data;
  if (data !== undefined) return { kind: "button", data };
  const text = update.message?.text;
  if (text !== undefined) return text.startsWith("/") ? { kind: "command" } : { kind: "text" };
  return { kind: "other" };
}

/** A choice's button inside a flow (`buttons.flowChoice`). The run id tells one play from another. */
export function flowData(run: string, seq: number, choice: string): string {
  return buttons.flowChoice.data({ run, step: seq, choice });
}

/** A short random id for one play of a flow. Call only inside `conversation.external`. */
export function newRunId(random: () => number): string {
  return Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, "0")
    .slice(-6);
}

/** Fisher–Yates with the given randomness. Call only inside `conversation.external`. */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Waits for one of this step's buttons. Returns the choice id, or `null` when the user typed
 * text (the step's default branch). Anything else — an older button, a button of another
 * flow, a command, a picture — is skipped: the update goes on to the rest of the bot and is
 * not kept in the flow's saved state.
 */
export async function waitForChoice(conversation: FlowConversation, run: string, seq: number, choices: readonly string[]): Promise<string | null> {
  const ctx = await conversation.wait();
  const event = eventOf(ctx.update);
  if (event.kind === "button") {
    const parsed = buttons.flowChoice.parse(event.data);
    if (parsed && parsed.run === run && parsed.step === seq && choices.includes(parsed.choice)) return parsed.choice;
  } else if (event.kind === "text") {
    return null;
  }
  return await conversation.skip({ next: true });
}

/** Sends a message built from the current chat's language, once (never again on replay). */
export async function send(conversation: FlowConversation, ui: FlowUi, build: (ctx: BotContext) => { text: string; keyboard?: InlineKeyboard }): Promise<void> {
  await conversation.external(async (ctx) => {
    const { text, keyboard } = build(ctx);
    await ui.reply(ctx, text, keyboard);
  });
}

/**
 * After a tap: stops the button's spinner and takes the buttons off the message that was
 * answered, so they cannot be pressed again. Neither is essential; failures are ignored.
 */
export async function settle(conversation: FlowConversation, ui: FlowUi): Promise<void> {
  await conversation.external(async (ctx) => {
    if (!ctx.callbackQuery) return;
    await ui.acknowledge(ctx);
    await ctx.editMessageReplyMarkup({ reply_markup: undefined }).catch(() => undefined);
  });
}

/** Counts once, inside `external`, so a replay never counts twice. */
export async function count(conversation: FlowConversation, metrics: Metrics, ...names: string[]): Promise<void> {
  await conversation.external(() => {
    for (const name of names) metrics.count(name);
  });
}
