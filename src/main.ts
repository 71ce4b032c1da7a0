import { existsSync } from "node:fs";
import { createBot } from "./bot/create-bot.js";
import { describeError } from "./core/describe-error.js";
import { loadConfigOrExit } from "./config.js";
import { loadContent } from "./content/content.js";
import { ContentError } from "./core/yaml-file.js";
import { loadFlows } from "./flows/content.js";
import { scenarioSummaries } from "./flows/scenario-summaries.js";
import { UnknownCountryError } from "./content/helplines.js";
import { FakeBotApi, LOCAL_BOT_INFO } from "./local/fake-bot-api.js";
import { runTerminalChat } from "./local/terminal-chat.js";
import { createLogger } from "./logger.js";
import { loadClassifier } from "./nlu-build/load-classifier.js";
import { runOnTelegram } from "./telegram/run-telegram.js";

/** Stops with one readable line: what is wrong and how to fix it. */
function fail(message: string): never {
  process.stderr.write(`nirapod: ${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  // A .env file next to package.json is read if present; real environment variables win.
  if (existsSync(".env")) process.loadEnvFile(".env");
  const config = loadConfigOrExit("nirapod");
  const local = !config.botToken;
  // In the local chat the terminal is the conversation; only warnings belong beside it.
  const logger = createLogger(local && !process.env.LOG_LEVEL ? "warn" : config.logLevel);

  let content;
  let flows;
  try {
    content = loadContent(config.helplineCountry);
    flows = loadFlows(content.flowsDir, content.catalogue.cards);
  } catch (error) {
    if (error instanceof UnknownCountryError) fail(`configuration error: ${error.message}`);
    if (error instanceof ContentError) fail(`content error (run npm run validate):\n${error.message}`);
    throw error;
  }

  // The bot must answer even if the language model cannot load: safe word, menu and referral
  // do not depend on it.
  const classifier = await loadClassifier().catch((error: unknown) => {
    logger.error({ error: (error as Error).message }, "language model unavailable; free text gets the topic menu");
    return undefined;
  });

  // Counting is for deployments: the local chat only counts when a database is asked for, so
  // trying the bot on a laptop leaves nothing behind. A database that will not open never
  // stops the bot — it runs on without counts.
  const wantsStats = !local || Boolean(process.env.DATABASE_URL) || Boolean(config.dashboard.token);
  // Loaded only when needed: the database drivers and the dashboard slow the local chat's start.
  const stats = wantsStats
    ? await import("./stats/index.js")
        .then(({ openStats }) => openStats(config, logger))
        .catch((error: unknown) => {
          logger.error({ error: describeError(error) }, "stats database unavailable; running without counts");
          return undefined;
        })
    : undefined;
  const statsDeps = stats
    ? {
        metrics: stats.metrics,
        campaigns: stats.campaigns,
        adminStats: { adminIds: config.adminIds, reader: stats.reader, k: config.stats.minCount, flush: () => stats.metrics.flush() },
      }
    : {};
  const dashboard =
    stats && config.dashboard.token
      ? await import("./dashboard/server.js")
          .then(({ startDashboard }) => startDashboard(config, { db: stats.db, logger, scenarios: scenarioSummaries(flows) }))
          .catch((error: unknown) => {
            logger.error({ error: describeError(error) }, "dashboard did not start");
            return undefined;
          })
      : undefined;
  if (dashboard) logger.info({ url: dashboard.url }, "dashboard ready");
  const closeAll = async () => {
    await dashboard?.close();
    await stats?.close();
  };

  if (local) {
    const api = new FakeBotApi();
    const bot = createBot(config, { content, flows, logger, classifier, botInfo: LOCAL_BOT_INFO, client: { fetch: api.fetch }, ...statsDeps });
    const interactive = Boolean(process.stdin.isTTY);
    const langArg = process.argv.indexOf("--lang");
    if (interactive) {
      process.stderr.write(
        "Nirapod local chat — no BOT_TOKEN set, so nothing leaves this computer. To run on Telegram, set BOT_TOKEN (see README).\n" +
          "Type a message; type a number to press a button; :photo pretends to send a picture; Ctrl+D quits.\n",
      );
    }
    await runTerminalChat(bot, api, {
      input: process.stdin,
      output: process.stdout,
      interactive,
      languageCode: langArg > 0 ? (process.argv[langArg + 1] ?? "en") : "en",
    });
    await closeAll();
    return;
  }

  const bot = createBot(config, { content, flows, logger, classifier, ...statsDeps });
  let running;
  try {
    running = await runOnTelegram(bot, config, content, logger);
  } catch (error) {
    await closeAll();
    fail(`could not connect to Telegram: ${(error as Error).message.replace(config.botToken ?? "", "<token>")}`);
  }
  const shutdown = async (signal: string) => {
    logger.info({ signal }, "shutting down");
    await running.stop();
    await closeAll();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
}

await main();
