import { InlineKeyboard, type Context } from "grammy";
import { buttons } from "../core/callback-data.js";
import { count, flowData, newRunId, send, settle, waitForChoice, type FlowConversation, type FlowDeps } from "./engine.js";
import { guideMessages } from "./messages.js";

/** A guard against a loop of defaults in a broken file (the validator rejects unreachable steps, not cycles). */
const MAX_STEPS = 60;

/**
 * A guided flow from flows/guides/: each step is a message with buttons; a tap follows the
 * choice's `next`, typed text follows the step's `default`; `flow:<id>` continues in another
 * guide; a step without choices ends the flow. Started with `ctx.conversation.enter("guide", id)`.
 */
export function createGuideConversation(deps: FlowDeps) {
  return async function guide(conversation: FlowConversation, _ctx: Context, guideId: string): Promise<void> {
    let guide = deps.flows.guides.get(guideId);
    if (!guide) return;
    const run = await conversation.external(() => {
      deps.metrics.count(`flow.started.${guideId}`);
      return newRunId(deps.random);
    });

    let stepId = guide.start;
    for (let seq = 1; seq <= MAX_STEPS; seq++) {
      const step = guide.steps[stepId];
      if (!step) return;
      const choices = step.choices ?? [];
      const current = guide;
      const words = guideMessages(current.id);
      const shown = stepId;
      await send(conversation, deps.ui, (ctx) => {
        const keyboard = new InlineKeyboard();
        for (const choice of choices) keyboard.text(ctx.t(words.choice(shown, choice.id)), flowData(run, seq, choice.id)).row();
        if (choices.length === 0) keyboard.text(ctx.t("btn-topics"), buttons.menu.data()).text(ctx.t("btn-quiz"), buttons.quizList.data());
        return { text: ctx.t(words.step(shown)), keyboard };
      });
      if (choices.length === 0) {
        await count(conversation, deps.metrics, `flow.completed.${current.id}`);
        return;
      }

      const chosen = await waitForChoice(
        conversation,
        run,
        seq,
        choices.map((c) => c.id),
      );
      await settle(conversation, deps.ui);
      const target = chosen === null ? step.default! : choices.find((c) => c.id === chosen)!.next;
      if (target === "end") {
        await count(conversation, deps.metrics, `flow.completed.${current.id}`);
        await send(conversation, deps.ui, (ctx) => ({
          text: ctx.t("flow-finished"),
          keyboard: new InlineKeyboard().text(ctx.t("btn-topics"), buttons.menu.data()).text(ctx.t("btn-quiz"), buttons.quizList.data()),
        }));
        return;
      }
      if (target.startsWith("flow:")) {
        const next = deps.flows.guides.get(target.slice(5));
        if (!next) return;
        guide = next;
        stepId = next.start;
      } else {
        stepId = target;
      }
    }
  };
}
