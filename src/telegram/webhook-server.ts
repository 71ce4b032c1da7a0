import { createServer, type Server } from "node:http";
import { webhookCallback, type Bot } from "grammy";
import type { Logger } from "pino";
import type { BotContext } from "../bot/context.js";
import { describeError } from "../core/describe-error.js";

export interface WebhookServerOptions {
  /** The path Telegram posts to (the path of WEBHOOK_URL). */
  path: string;
  secret: string;
  host: string;
  port: number;
}

/**
 * A small HTTP server for webhook mode. Only POSTs to the webhook path are served; a missing
 * or wrong `X-Telegram-Bot-Api-Secret-Token` gets 401 (grammY compares it in constant time).
 */
export function startWebhookServer(bot: Bot<BotContext>, options: WebhookServerOptions, logger: Logger): Promise<Server> {
  const handle = webhookCallback(bot, "http", { secretToken: options.secret, onTimeout: "return", timeoutMilliseconds: 9_000 });
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    if (req.method !== "POST" || path !== options.path) {
      res.writeHead(404).end();
      return;
    }
    handle(req, res).catch((error: unknown) => {
      logger.error({ error: describeError(error) }, "webhook update failed");
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve(server));
  });
}
