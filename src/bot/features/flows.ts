import { Composer, InlineKeyboard, type MiddlewareFn } from "grammy";
import type { Logger } from "pino";
import { buttons } from "../../core/callback-data.js";
import type { FlowDeps } from "../../flows/engine.js";
import { guideMessages } from "../../flows/messages.js";
import type { FlowStore } from "../../flows/store.js";
import type { Classifier } from "../../nlu/index.js";
import { commandOf } from "../command-registry.js";
import type { BotContext } from "../context.js";
import { describeError } from "../../core/describe-error.js";
import { acknowledge, replyHtml } from "../reply.js";
import type { SignalMemory } from "../signal-memory.js";
import { normalizeSafeWord } from "./safe-word.js";

function activeFlows(ctx: BotContext): number {
  return Object.values(ctx.conversation.active()).reduce((a, b) => a + b, 0);
}

/**
 * Safety beats flow. Runs just before the safe word, touches nothing but the flow store and
 * never replies: while a flow is waiting in this chat it ends the flow when the message is the
 * safe word, an urgent message (the NLU's urgency check, grey zone included, with the chat's
 * recent danger signals; without a classifier only the safe word counts) or a command that
 * leaves (`leavesFlow` in src/bot/command-registry.ts), then lets the message go on — so the
 * safe word's referral, the urgent referral, the "Are you safe?" question or the command's
 * answer comes next, exactly as outside a flow.
 */
export function flowGuardFeature(
  store: FlowStore,
  safeWords: readonly string[],
  classifier: Classifier | undefined,
  logger: Logger,
  signals?: SignalMemory,
): Composer<BotContext> {
  const words = new Set(safeWords.map(normalizeSafeWord));
  const urgent = (ctx: BotContext, text: string): boolean => {
    if (!classifier) return false;
    const result = classifier.classify(text, signals?.recent(ctx.chatId));
    // A message that stays in the flow never reaches free text, so its piece of a story is kept
    // here; an urgent one goes on to free text, which classifies and keeps it itself.
    if (!result.urgent) signals?.remember(ctx.chatId, result.signals);
    return result.urgent;
  };
  const composer = new Composer<BotContext>();
  composer.on("message:text", async (ctx, next) => {
    try {
      if (store.has(ctx.chatId)) {
        const text = ctx.msg.text;
        const command = commandOf(ctx);
        const leave = command ? command.spec?.leavesFlow === true : words.has(normalizeSafeWord(text)) || urgent(ctx, text);
        if (leave) store.delete(ctx.chatId);
      }
    } catch (error) {
      // Nothing here may stop the message from reaching the safe word and the referral.
      logger.warn({ error: describeError(error) }, "flow guard failed; message passed on");
    }
    await next();
  });
  return composer;
}

/**
 * Runs a conversation's middleware so that a failing flow (a bug, a Bot API error, a saved
 * state that cannot be replayed) ends calmly: the flow is left, the user gets a short note,
 * and only the kind of error is logged. Errors from the rest of the bot pass through untouched.
 */
export function guardedFlow(middleware: MiddlewareFn<BotContext>, logger: Logger): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    let passedOn = false;
    try {
      await middleware(ctx, async () => {
        passedOn = true;
        await next();
      });
    } catch (error) {
      if (passedOn) throw error;
      logger.warn({ error: describeError(error) }, "flow failed and was ended");
      await ctx.conversation.exitAll().catch(() => undefined);
      await acknowledge(ctx);
      await replyHtml(ctx, ctx.t("flow-failed"), endKeyboard(ctx)).catch(() => undefined);
    }
  };
}

/**
 * Starts a flow, ending any flow that was running (one flow at a time per chat). If the flow
 * fails in its first step, it ends calmly, as in {@link guardedFlow}.
 */
export async function enterFlow(ctx: BotContext, conversation: string, id: string, logger: Logger): Promise<void> {
  try {
    await ctx.conversation.exitAll();
    await ctx.conversation.enter(conversation, id);
  } catch (error) {
    logger.warn({ error: describeError(error) }, "flow failed and was ended");
    await ctx.conversation.exitAll().catch(() => undefined);
    await replyHtml(ctx, ctx.t("flow-failed"), endKeyboard(ctx)).catch(() => undefined);
  }
}

export function endKeyboard(ctx: BotContext): InlineKeyboard {
  return new InlineKeyboard().text(ctx.t("btn-quiz"), buttons.quizList.data()).text(ctx.t("btn-topics"), buttons.menu.data());
}

/**
 * `/cancel` at any step, and buttons of flows that are over (finished, cancelled, expired,
 * or from before a restart) or that the bot never made: a calm note, never an error.
 */
export function flowControlFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.command("cancel", async (ctx) => {
    const had = activeFlows(ctx) > 0;
    await ctx.conversation.exitAll();
    await replyHtml(ctx, ctx.t(had ? "flow-cancelled" : "flow-nothing-to-cancel"), endKeyboard(ctx));
  });
  // Any data with the flow buttons' prefix, readable or not: a garbled one mid-flow gets the
  // "earlier step" note, not the menu, so the teen is not thrown out of the flow.
  composer.filter((ctx) => ctx.callbackQuery?.data?.startsWith(`${buttons.flowChoice.prefix}:`) === true, async (ctx) => {
    if (activeFlows(ctx) > 0) {
      // An earlier step's button, or one tapped twice: the current step is still waiting.
      await acknowledge(ctx, ctx.t("flow-old-button"));
      return;
    }
    await acknowledge(ctx, ctx.t("flow-ended-toast"));
    await replyHtml(ctx, ctx.t("flow-ended"), endKeyboard(ctx));
  });
  return composer;
}

/**
 * The button a topic card's "What can I do?" screen offers for its quiz, guided flow or
 * self-check (`cards:` in flows/quizzes/, flows/guides/ and flows/checks/), if any.
 */
export function cardOffer(ctx: BotContext, deps: FlowDeps, card: string): { label: string; data: string } | undefined {
  const offer = deps.flows.cardOffers.get(card);
  if (!offer) return undefined;
  if (offer.kind === "quiz") return { label: ctx.t("btn-quiz-on-this"), data: buttons.quiz.data({ quiz: offer.id }) };
  if (offer.kind === "check") return deps.flows.checks.has(offer.id) ? { label: ctx.t("btn-check-my-chat"), data: buttons.check.data({ check: offer.id }) } : undefined;
  return deps.flows.guides.has(offer.id) ? { label: ctx.t(guideMessages(offer.id).button), data: buttons.guide.data({ guide: offer.id }) } : undefined;
}
