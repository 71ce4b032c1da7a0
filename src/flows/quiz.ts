import { InlineKeyboard, type Context } from "grammy";
import type { BotContext } from "../bot/context.js";
import { buttons } from "../core/callback-data.js";
import { scenarioMetrics } from "../stats/metric-names.js";
import type { Scenario } from "./content.js";
import { count, flowData, GET_HELP_GUIDE, newRunId, send, settle, shuffle, waitForChoice, type FlowConversation, type FlowDeps } from "./engine.js";
import { quizMessages, scenarioMessages } from "./messages.js";

/** One play of a quiz, decided once at the start (inside `external`) and replayed as is. */
interface QuizPlan {
  run: string;
  /** Scenario ids in play order, each with its answers in the order shown. */
  picks: Array<{ scenario: string; answers: string[] }>;
}

/** Kind words for every score: never shaming. */
export function scoreKey(score: number, total: number): "quiz-score-all" | "quiz-score-most" | "quiz-score-some" {
  if (score === total) return "quiz-score-all";
  return score / total >= 0.6 ? "quiz-score-most" : "quiz-score-some";
}

function questionText(ctx: BotContext, scenario: Scenario, n: number, total: number): string {
  const text = scenarioMessages(scenario.id);
  return [`🎯 <b>${ctx.t("quiz-question")} ${n}/${total}</b>`, ctx.t(text.situation), `<b>${ctx.t(text.question)}</b>`].join("\n\n");
}

function answerKeyboard(ctx: BotContext, scenario: Scenario, order: string[], run: string, seq: number): InlineKeyboard {
  const text = scenarioMessages(scenario.id);
  const keyboard = new InlineKeyboard();
  for (const id of order) {
    if (scenario.answers.some((a) => a.id === id)) keyboard.text(ctx.t(text.answer(id)), flowData(run, seq, id)).row();
  }
  return keyboard;
}

/** What one answer to a scenario counts (the misconception map reads these). */
export function answerMetrics(scenario: string, answer: string, correct: boolean): string[] {
  const names = scenarioMetrics(scenario);
  return correct ? [names.answered, names.picked(answer), names.correct] : [names.answered, names.picked(answer)];
}

/**
 * A scenario quiz: five situations from the booklet, one at a time, each answered with a
 * button and followed by feedback that explains why; then the score, two takeaways and the
 * helpline. Started with `ctx.conversation.enter("quiz", quizId)`.
 */
export function createQuizConversation(deps: FlowDeps) {
  return async function quiz(conversation: FlowConversation, _ctx: Context, quizId: string): Promise<void> {
    const quiz = deps.flows.quizzes.find((q) => q.id === quizId);
    if (!quiz) return;

    const plan = await conversation.external((): QuizPlan => {
      const picked = shuffle(quiz.pool, deps.random).slice(0, quiz.length);
      deps.metrics.count("quiz.started");
      deps.metrics.count(`quiz.started.${quiz.id}`);
      return {
        run: newRunId(deps.random),
        picks: picked.map((id) => ({
          scenario: id,
          answers: shuffle(deps.flows.scenarios.get(id)?.answers.map((a) => a.id) ?? [], deps.random),
        })),
      };
    });
    const total = plan.picks.length;
    const quizText = quizMessages(quiz.id);

    await send(conversation, deps.ui, (ctx) => ({
      text: [`🎯 <b>${ctx.t(quizText.title)}</b>`, ctx.t(quizText.intro), ctx.t("quiz-how")].join("\n\n"),
    }));

    let score = 0;
    let seq = 0;
    for (const [index, pick] of plan.picks.entries()) {
      const scenario = deps.flows.scenarios.get(pick.scenario);
      if (!scenario) continue;
      const n = index + 1;
      seq += 1;
      const questionSeq = seq;
      await send(conversation, deps.ui, (ctx) => ({
        text: questionText(ctx, scenario, n, total),
        keyboard: answerKeyboard(ctx, scenario, pick.answers, plan.run, questionSeq),
      }));

      // The question's branches: one per answer; typed text takes the scenario's default.
      let chosen: string | null = null;
      for (;;) {
        chosen = await waitForChoice(conversation, plan.run, questionSeq, pick.answers);
        if (chosen !== null || scenario.default === "reveal") break;
        await send(conversation, deps.ui, (ctx) => ({
          text: `${ctx.t("quiz-tap-answer")}\n\n${questionText(ctx, scenario, n, total)}`,
          keyboard: answerKeyboard(ctx, scenario, pick.answers, plan.run, questionSeq),
        }));
      }
      await settle(conversation, deps.ui);

      const best = scenario.answers.find((a) => a.correct)!;
      const answer = scenario.answers.find((a) => a.id === chosen);
      if (answer?.correct) score += 1;
      // Only a tapped answer is an answer: typed text on a `reveal` scenario shows the best
      // answer without a pick, and is not counted (it would add to `answered` and no `picked`).
      if (answer) await count(conversation, deps.metrics, ...answerMetrics(scenario.id, answer.id, answer.correct));
      const last = n === total;
      seq += 1;
      const nextSeq = seq;
      const words = scenarioMessages(scenario.id);
      await send(conversation, deps.ui, (ctx) => {
        let text: string;
        if (!answer) {
          text = `💡 <b>${ctx.t("quiz-revealed")}</b> ${ctx.t(words.answer(best.id))}\n\n${ctx.t(words.feedback(best.id))}`;
        } else if (answer.correct) {
          text = `✅ <b>${ctx.t("quiz-right")}</b>\n\n${ctx.t(words.feedback(answer.id))}`;
        } else {
          // The safer choice comes with its own feedback: a button label is too short for the
          // whole advice (e.g. "…but never screenshot or forward a nude picture itself").
          text = `💭 <b>${ctx.t("quiz-not-quite")}</b>\n\n${ctx.t(words.feedback(answer.id))}\n\n<b>${ctx.t("quiz-better-choice")}</b> ${ctx.t(words.answer(best.id))}\n${ctx.t(words.feedback(best.id))}`;
        }
        return { text, keyboard: new InlineKeyboard().text(ctx.t(last ? "btn-quiz-score" : "btn-quiz-next"), flowData(plan.run, nextSeq, "next")) };
      });
      // Typed text while feedback is shown takes the quiz's default: go on.
      await waitForChoice(conversation, plan.run, nextSeq, ["next"]);
      await settle(conversation, deps.ui);
    }

    await count(conversation, deps.metrics, "quiz.completed", `quiz.completed.${quiz.id}`, `quiz.score.${score}-of-${total}`);
    await conversation.external((ctx) => deps.quizCompleted?.(ctx));
    await send(conversation, deps.ui, (ctx) => ({
      text: [
        `🏁 <b>${ctx.t("quiz-score")} ${score}/${total}</b>\n${ctx.t(scoreKey(score, total))}`,
        `<b>${ctx.t("quiz-takeaways")}</b>\n${quizText.takeaways.map((key) => `• ${ctx.t(key)}`).join("\n")}`,
        ctx.t("quiz-helpline"),
      ].join("\n\n"),
      keyboard: new InlineKeyboard()
        .text(ctx.t("btn-quiz-another"), buttons.quizList.data())
        .row()
        .text(ctx.t("btn-get-help-now"), buttons.guide.data({ guide: GET_HELP_GUIDE }))
        .row()
        .text(ctx.t("btn-topics"), buttons.menu.data()),
    }));
  };
}
