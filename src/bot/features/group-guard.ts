import { Composer, InlineKeyboard } from "grammy";
import type { BotContext } from "../context.js";
import { replyHtml } from "../reply.js";

/** Commands that say nothing about anyone's situation, and so are fine in a group. */
const GROUP_COMMANDS = new Set(["help", "helpline", "privacy", "language"]);
/** Buttons those commands show, which may be pressed in the group too (and `lang:<locale>`, one per language). */
const GROUP_BUTTONS = new Set(["helplines", "language"]);
const isGroupButton = (ctx: BotContext, data: string) =>
  GROUP_BUTTONS.has(data) || (data.startsWith("lang:") && ctx.locales.includes(data.slice("lang:".length)));

/**
 * In groups the bot answers only commands, and never discusses a personal situation there:
 * anything that would lead to one gets "message me privately". Other messages are ignored.
 */
export function groupGuardFeature(botUsername: () => string | undefined): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  const sendPrivately = (ctx: BotContext) => {
    const username = botUsername();
    const keyboard = username ? new InlineKeyboard().url(ctx.t("btn-open-private"), `https://t.me/${username}`) : undefined;
    return replyHtml(ctx, ctx.t("group-private-only"), keyboard);
  };

  composer.chatType(["group", "supergroup"]).use(async (ctx, next) => {
    const text = ctx.message?.text;
    if (text?.startsWith("/")) {
      const command = text.match(/^\/([A-Za-z0-9_]+)(?:@([A-Za-z0-9_]+))?/);
      if (!command) return;
      // A command addressed to another bot in the same group is not ours to answer.
      if (command[2] && command[2].toLowerCase() !== botUsername()?.toLowerCase()) return;
      if (GROUP_COMMANDS.has(command[1]!.toLowerCase())) return next();
      return sendPrivately(ctx);
    }
    const data = ctx.callbackQuery?.data;
    if (data !== undefined) {
      if (isGroupButton(ctx, data)) return next();
      await ctx.answerCallbackQuery().catch(() => undefined);
      return sendPrivately(ctx);
    }
    // Chatter, media, joins: not for the bot.
  });

  // Channels are not a place for this bot at all.
  composer.chatType("channel").use(() => undefined);
  return composer;
}
