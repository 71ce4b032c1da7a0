import { Composer } from "grammy";
import { applyTotals } from "../classroom/runner.js";
import type { ClassroomSessions } from "../classroom/sessions.js";
import type { BotContext } from "../context.js";

/**
 * The anonymous totals of the classroom polls the bot sent (`poll` updates: voters in all and
 * per option, never who). A poll the bot did not send, or of a session that ended, is ignored.
 * Registered before the session middleware: these updates belong to no chat, so nothing after
 * it applies to them, and they stop here.
 */
export function classroomPollsFeature(sessions: ClassroomSessions): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.on("poll", (ctx) => {
    const found = sessions.poll(ctx.poll.id);
    if (found && !found.round.closed) applyTotals(found.round, ctx.poll);
  });
  // Never asked for (src/telegram/run-telegram.ts); should one arrive, who voted is not the bot's business.
  composer.on("poll_answer", () => undefined);
  return composer;
}
