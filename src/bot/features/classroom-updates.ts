import { Composer } from "grammy";
import { applyTotals } from "../classroom/runner.js";
import type { ClassroomSessions } from "../classroom/sessions.js";
import type { BotContext } from "../context.js";

/**
 * The updates classroom sessions ask Telegram for besides messages and buttons, which nobody
 * typed and the rest of the bot has no business with, so they stop here, before anything counts
 * or keeps a session:
 * - `poll`: the anonymous totals of a classroom poll the bot sent (voters in all and per option,
 *   never who). A poll the bot did not send, or of a session that ended, is ignored. These
 *   updates belong to no chat, so nothing after this could even read them.
 * - `my_chat_member`: the bot was removed from (or banned in) a group, so its session ends; in a
 *   private chat, a teen blocking or unblocking the bot, which is not activity to count.
 */
export function classroomUpdatesFeature(sessions: ClassroomSessions): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.on("poll", (ctx) => {
    const found = sessions.poll(ctx.poll.id);
    if (found && !found.round.closed) applyTotals(found.round, ctx.poll);
  });
  composer.on("my_chat_member", (ctx) => {
    const status = ctx.myChatMember.new_chat_member.status;
    const group = ctx.chat.type === "group" || ctx.chat.type === "supergroup";
    if (group && (status === "left" || status === "kicked")) sessions.end(ctx.chat.id);
  });
  // Never asked for (src/telegram/run-telegram.ts); should one arrive, who voted is not the bot's business.
  composer.on("poll_answer", () => undefined);
  return composer;
}
