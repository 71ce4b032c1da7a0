import { Composer, InlineKeyboard } from "grammy";
import { buttons } from "../../core/callback-data.js";
import { commandOf } from "../command-registry.js";
import type { BotContext } from "../context.js";
import { replyHtml } from "../reply.js";

/** Buttons of the commands allowed in groups (`groups: true` in the command registry), which may be pressed there too. */
const GROUP_BUTTONS = [buttons.helplines, buttons.language];
const isGroupButton = (ctx: BotContext, data: string) =>
  GROUP_BUTTONS.some((kind) => kind.parse(data) !== undefined) || ctx.locales.includes(buttons.setLanguage.parse(data)?.lang ?? "");

/**
 * In groups the bot answers only the commands the registry allows there (src/bot/command-registry.ts),
 * and never discusses a personal situation there: its other commands and buttons get "message me
 * privately", as do unknown commands addressed to it by name. Everything else is ignored: chatter,
 * and commands for another bot (by name, or one we do not have, sent to all the group's bots).
 */
export function groupGuardFeature(botUsername: () => string | undefined): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  const sendPrivately = (ctx: BotContext) => {
    const username = botUsername();
    const keyboard = username ? new InlineKeyboard().url(ctx.t("btn-open-private"), `https://t.me/${username}`) : undefined;
    return replyHtml(ctx, ctx.t("group-private-only"), keyboard);
  };

  composer.chatType(["group", "supergroup"]).use(async (ctx, next) => {
    const command = commandOf(ctx);
    if (command) {
      if (command.to === "other" || (command.to === "anyone" && !command.spec)) return;
      if (command.spec?.groups) return next();
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
