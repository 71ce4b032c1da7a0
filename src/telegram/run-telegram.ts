import { run } from "@grammyjs/runner";
import type { Bot } from "grammy";
import type { Logger } from "pino";
import type { Config } from "../config.js";
import type { BotContext } from "../bot/context.js";
import { describeError } from "../core/describe-error.js";
import type { Content } from "../content/content.js";
import { registerCommands } from "./commands.js";
import { startWebhookServer } from "./webhook-server.js";

/**
 * Updates the bot acts on; edits, reactions and the rest are not asked for at all. `poll` brings
 * the anonymous totals of the classroom polls the bot sent, `my_chat_member` tells it it was
 * removed from a group. Never `poll_answer`: that would say who voted for what.
 */
export const ALLOWED_UPDATES = ["message", "callback_query", "poll", "my_chat_member"] as const;

export interface Running {
  stop(): Promise<void>;
}

/**
 * Connects to Telegram: long polling through grammY's runner, or a webhook server when
 * WEBHOOK_URL is set. Start-up calls that a Bot API server may refuse are warnings only.
 */
export async function runOnTelegram(bot: Bot<BotContext>, config: Config, content: Content, logger: Logger): Promise<Running> {
  await bot.init();
  await registerCommands(bot.api, content, logger);

  if (config.webhook) {
    const { url, secret, host, port } = config.webhook;
    const server = await startWebhookServer(bot, { path: new URL(url).pathname, secret, host, port }, logger);
    await bot.api
      .setWebhook(url, { secret_token: secret, allowed_updates: [...ALLOWED_UPDATES] })
      .catch((error: unknown) => logger.warn({ error: describeError(error) }, "setWebhook failed; set it by hand if needed"));
    logger.info({ host, port }, "ready: webhook server listening");
    return {
      stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
    };
  }

  await bot.api
    .deleteWebhook()
    .catch((error: unknown) => logger.warn({ error: describeError(error) }, "deleteWebhook failed"));
  const runner = run(bot, { runner: { fetch: { allowed_updates: [...ALLOWED_UPDATES] } } });
  logger.info("ready: long polling");
  return {
    stop: async () => {
      if (runner.isRunning()) await runner.stop();
    },
  };
}
