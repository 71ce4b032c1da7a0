import { InlineKeyboard, type Context } from "grammy";
import type { BotContext } from "../bot/context.js";
import { buttons } from "../core/callback-data.js";
import type { Check } from "./content.js";
import type { CheckSign } from "./schema.js";
import { count, flowData, GET_HELP_GUIDE, newRunId, send, settle, waitForChoice, type FlowConversation, type FlowDeps } from "./engine.js";
import { checkMessages } from "./messages.js";

/** The three answers to every sign, in button order. */
const ANSWERS = ["yes", "no", "unsure"] as const;
type Answer = (typeof ANSWERS)[number];
const ANSWER_LABELS: Record<Answer, string> = { yes: "btn-check-yes", no: "btn-check-no", unsure: "btn-check-unsure" };

function answerKeyboard(ctx: BotContext, run: string, seq: number): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const answer of ANSWERS) keyboard.text(ctx.t(ANSWER_LABELS[answer]), flowData(run, seq, answer));
  return keyboard;
}

/** "3/9" for a main question; a follow-up question ("after:") carries no number of its own. */
function questionText(ctx: BotContext, check: Check, sign: CheckSign, n: number, total: number): string {
  const words = checkMessages(check.id);
  return sign.after === undefined ? `🔍 <b>${n}/${total}</b>\n${ctx.t(words.question(sign.id))}` : `🔍 ${ctx.t(words.question(sign.id))}`;
}

/** The result's first message, when something was answered yes: those signs, each with why it matters. */
function foundText(ctx: BotContext, check: Check, yes: readonly string[]): string {
  const words = checkMessages(check.id);
  return [`🔍 <b>${ctx.t(words.found)}</b>`, ...yes.map((id) => `• <b>${ctx.t(words.name(id))}</b>: ${ctx.t(words.why(id))}`)].join("\n");
}

/**
 * The result's last message: what to do after signs were found, or — with no yes — "trust your
 * feeling"; never a score and never "you are safe". The signs answered "not sure" are named too.
 */
function closingText(ctx: BotContext, check: Check, found: boolean, unsure: readonly string[]): string {
  const words = checkMessages(check.id);
  const parts = [found ? undefined : ctx.t(words.none)];
  if (unsure.length > 0) parts.push(`<b>${ctx.t(words.unsure)}</b> ${unsure.map((id) => ctx.t(words.name(id))).join("; ")}`);
  if (found) parts.push(ctx.t(words.actions));
  return parts.filter((p) => p !== undefined).join("\n\n");
}

function resultKeyboard(ctx: BotContext): InlineKeyboard {
  return new InlineKeyboard()
    .text(ctx.t("btn-get-help-now"), buttons.guide.data({ guide: GET_HELP_GUIDE }))
    .row()
    .text(ctx.t("btn-topics"), buttons.menu.data())
    .text(ctx.t("btn-quiz"), buttons.quizList.data());
}

/**
 * A self-check such as "Is this grooming?": each sign of flows/checks/<id>.yaml asked in turn
 * with Yes / No / Not sure, then the result. A yes to a sign with `danger:` (threats, a meeting
 * already arranged) sends that danger's referral at once and ends the check with what was found
 * so far. Typed text gets a nudge back to the buttons (an urgent message never gets here: the
 * flow guard ends the flow and the referral answers it). Counts `check.started`,
 * `check.completed` (the result was shown) and `check.sign.<id>` for each yes.
 * Started with `ctx.conversation.enter("check", checkId)`.
 */
export function createCheckConversation(deps: FlowDeps) {
  return async function check(conversation: FlowConversation, _ctx: Context, checkId: string): Promise<void> {
    const check = deps.flows.checks.get(checkId);
    if (!check) return;
    const run = await conversation.external(() => {
      deps.metrics.count("check.started");
      return newRunId(deps.random);
    });
    const words = checkMessages(check.id);
    const total = check.signs.filter((s) => s.after === undefined).length;
    await send(conversation, deps.ui, (ctx) => ({ text: `<b>${ctx.t(words.title)}</b>\n\n${ctx.t(words.intro)}` }));

    const yes: string[] = [];
    const unsure: string[] = [];
    let n = 0;
    let seq = 0;
    for (const sign of check.signs) {
      if (sign.after !== undefined && !yes.includes(sign.after)) continue;
      if (sign.after === undefined) n += 1;
      seq += 1;
      const shown = n;
      const step = seq;
      await send(conversation, deps.ui, (ctx) => ({ text: questionText(ctx, check, sign, shown, total), keyboard: answerKeyboard(ctx, run, step) }));
      let answer = await waitForChoice(conversation, run, step, ANSWERS);
      while (answer === null) {
        await send(conversation, deps.ui, (ctx) => ({
          text: `${ctx.t("selfcheck-tap-answer")}\n\n${questionText(ctx, check, sign, shown, total)}`,
          keyboard: answerKeyboard(ctx, run, step),
        }));
        answer = await waitForChoice(conversation, run, step, ANSWERS);
      }
      await settle(conversation, deps.ui);
      if (answer === "yes") {
        yes.push(sign.id);
        await count(conversation, deps.metrics, `check.sign.${sign.id}`);
      } else if (answer === "unsure") {
        unsure.push(sign.id);
      }
      const danger = answer === "yes" ? sign.danger : undefined;
      if (danger) {
        // Nothing is returned from here: what `external` returns is kept in the flow's state.
        await conversation.external(async (ctx) => {
          await deps.ui.referral(ctx, danger);
        });
        break;
      }
    }

    await count(conversation, deps.metrics, "check.completed");
    if (yes.length > 0) await send(conversation, deps.ui, (ctx) => ({ text: foundText(ctx, check, yes) }));
    await send(conversation, deps.ui, (ctx) => ({ text: closingText(ctx, check, yes.length > 0, unsure), keyboard: resultKeyboard(ctx) }));
  };
}
