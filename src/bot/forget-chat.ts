import type { BotContext } from "./context.js";
import type { SignalMemory } from "./signal-memory.js";

/**
 * Erases what the bot holds for this chat, for /forget and /hide: a quiz or guided flow in
 * progress ends (its saved state goes with it), the session and the recent danger signals go.
 */
export async function forgetChat(ctx: BotContext, signals: SignalMemory): Promise<void> {
  await ctx.conversation.exitAll();
  ctx.session = null as unknown as BotContext["session"];
  signals.forget(ctx.chatId);
}
