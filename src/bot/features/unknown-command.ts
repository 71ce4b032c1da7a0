import { Composer } from "grammy";
import type { Catalogue } from "../../content/catalogue.js";
import { commandOf } from "../command-registry.js";
import type { BotContext } from "../context.js";
import { replyHtml } from "../reply.js";
import { menuKeyboard } from "./topic-cards.js";

/**
 * A command no feature answered ("/foo", "/manu", or /stats from someone who is not staff): a
 * short "I don't know that command" and the menu, instead of being read as something the teen
 * wrote (and counted as a topic). The commands of src/bot/command-registry.ts are answered before
 * this (the tests check each one). Only a command on its own: with words after it
 * ("/x he is outside my house") the message still goes to the free-text reader, which looks for
 * danger in it.
 */
export function unknownCommandFeature(catalogue: Catalogue): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.chatType("private").on("message:entities:bot_command", async (ctx, next) => {
    const command = commandOf(ctx);
    if (command === undefined || command.rest !== "") return next();
    await replyHtml(ctx, ctx.t("unknown-command"), menuKeyboard(ctx, catalogue.cards));
  });
  return composer;
}
