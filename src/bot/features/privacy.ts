import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import { replyHtml } from "../reply.js";
import type { SignalMemory } from "../signal-memory.js";
import { forgetChat } from "../forget-chat.js";
import { hideButton } from "./hide.js";

/**
 * `/privacy` says plainly what is kept; `/forget` erases this chat's ephemeral state (the
 * session and the recent danger signals) and ends any flow.
 */
export function privacyFeature(signals: SignalMemory): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  // In a private chat both offer to hide the chat too (/hide); in a group that would mean nothing.
  const hideOffer = (ctx: BotContext) => (ctx.chat?.type === "private" ? hideButton(ctx) : undefined);
  composer.command("privacy", (ctx) => replyHtml(ctx, ctx.t("privacy"), hideOffer(ctx)));
  composer.command("forget", async (ctx) => {
    // Word the answer in the language in use before the choice is erased.
    const text = ctx.t("forget-done");
    ctx.metrics.count("forget");
    await forgetChat(ctx, signals);
    // The message ids stay (nothing in them identifies anyone), so the reply's "Hide this chat" still works.
    await replyHtml(ctx, text, hideOffer(ctx));
  });
  return composer;
}
