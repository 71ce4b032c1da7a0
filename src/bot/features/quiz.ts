import { createConversation } from "@grammyjs/conversations";
import { Composer, InlineKeyboard, type Context } from "grammy";
import type { Logger } from "pino";
import { QUIZ_CONVERSATION, type FlowDeps } from "../../flows/engine.js";
import { quizMessages } from "../../flows/messages.js";
import { createQuizConversation } from "../../flows/quiz.js";
import { buttons, pressed } from "../../core/callback-data.js";
import type { BaseContext, BotContext } from "../context.js";
import { acknowledge, replyHtml } from "../reply.js";
import { enterFlow, guardedFlow } from "./flows.js";

/** The list of quizzes, one button each, from flows/quizzes/ in their `order`. */
export function quizListKeyboard(ctx: BotContext, deps: Pick<FlowDeps, "flows">): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const quiz of deps.flows.quizzes) keyboard.text(ctx.t(quizMessages(quiz.id).title), buttons.quiz.data({ quiz: quiz.id })).row();
  return keyboard.text(ctx.t("btn-topics"), buttons.menu.data());
}

/**
 * Scenario quizzes: `/quiz` (or the Quiz button of the menu, a card or the `quiz` topic reply)
 * lists the quizzes; a tap on one starts it as a conversation.
 */
export function quizFeature(deps: FlowDeps, logger: Logger): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.use(guardedFlow(createConversation<BaseContext, Context>(createQuizConversation(deps), QUIZ_CONVERSATION), logger));

  const showList = (ctx: BotContext) => replyHtml(ctx, ctx.t("quiz-choose"), quizListKeyboard(ctx, deps));
  composer.command("quiz", showList);
  composer.filter(pressed(buttons.quizList), async (ctx) => {
    await acknowledge(ctx);
    await showList(ctx);
  });
  composer.filter(pressed(buttons.quiz), async (ctx, next) => {
    const id = ctx.button.quiz;
    if (!deps.flows.quizzes.some((q) => q.id === id)) return next();
    await acknowledge(ctx);
    await enterFlow(ctx, QUIZ_CONVERSATION, id, logger);
  });
  return composer;
}
