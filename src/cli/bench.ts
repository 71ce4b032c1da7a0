/**
 * `npm run bench`: performance figures, printed as a table (or `--json`).
 * - NLU: classify p50/p99 and throughput on the training examples;
 * - the whole bot in-process (handleUpdate through the real middleware stack, Bot API faked),
 *   side by side in the same run with a bare grammY bot and with grammY + the classifier alone;
 * - start-up to ready with a cached model, in-process and as `npm start` does it;
 * - peak RSS.
 */
import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { Bot } from "grammy";
import type { Update } from "grammy/types";
import pino from "pino";
import { createBot } from "../bot/create-bot.js";
import { loadConfig } from "../config.js";
import { loadContent, PROJECT_ROOT } from "../content/content.js";
import { FakeBotApi, LOCAL_BOT_INFO } from "../local/fake-bot-api.js";
import { loadClassifier, type Classifier } from "../nlu/index.js";
import { benchClassify } from "../nlu/bench.js";
import { loadIntents } from "../nlu/intents.js";

const json = process.argv.includes("--json");
const figures: Record<string, number | string> = {};
const note = (key: string, value: number | string) => {
  figures[key] = typeof value === "number" ? Math.round(value * 1000) / 1000 : value;
};

function textUpdates(texts: string[], count: number): Update[] {
  return Array.from({ length: count }, (_, i) => {
    const chatId = 10_000 + (i % 500);
    return {
      update_id: i + 1,
      message: {
        message_id: i + 1,
        date: 1,
        chat: { id: chatId, type: "private", first_name: "B" },
        from: { id: chatId, is_bot: false, first_name: "B", language_code: i % 2 ? "bn" : "en" },
        text: texts[i % texts.length]!,
      },
    } as Update;
  });
}

async function updatesPerSecond(bot: Bot<never> | Bot<any>, updates: Update[]): Promise<number> {
  for (const u of updates.slice(0, 300)) await bot.handleUpdate(u); // warm-up
  const start = performance.now();
  for (const u of updates) await bot.handleUpdate(u);
  return updates.length / ((performance.now() - start) / 1000);
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const classifier: Classifier = await loadClassifier();
  note("nlu.loadMs (cached model)", performance.now() - t0);

  const texts = loadIntents(`${PROJECT_ROOT}intents`).examples.map((e) => e.text);
  const c = benchClassify(classifier, texts, 10);
  note("classify.p50Ms", c.p50Ms);
  note("classify.p99Ms", c.p99Ms);
  note("classify.perSecond", c.perSecond);

  const N = 20_000;
  const updates = textUpdates(texts, N);
  const logger = pino({ level: "silent" });

  const bareApi = new FakeBotApi();
  const bare = new Bot("0:bench", { botInfo: LOCAL_BOT_INFO, client: { fetch: bareApi.fetch } });
  bare.on("message:text", (ctx) => ctx.reply("ok"));

  const nlpApi = new FakeBotApi();
  const withNlp = new Bot("0:bench", { botInfo: LOCAL_BOT_INFO, client: { fetch: nlpApi.fetch } });
  withNlp.on("message:text", (ctx) => ctx.reply(classifier.classify(ctx.msg.text).topic));

  const config = loadConfig({});
  const content = loadContent(config.helplineCountry);
  const fullApi = new FakeBotApi();
  const full = createBot(config, { content, logger, classifier, botInfo: LOCAL_BOT_INFO, client: { fetch: fullApi.fetch } });

  const bareRate = await updatesPerSecond(bare, updates);
  const nlpRate = await updatesPerSecond(withNlp, updates);
  const fullRate = await updatesPerSecond(full, updates);
  note("bot.bareGrammy.updatesPerSecond", bareRate);
  note("bot.grammyPlusNlu.updatesPerSecond", nlpRate);
  note("bot.nirapod.updatesPerSecond", fullRate);
  note("bot.nirapod/bare ratio", fullRate / bareRate);
  note("bot.nirapod/grammyPlusNlu ratio", fullRate / nlpRate);

  // `npm start`'s own path: a fresh process, cached model, one message piped in, until it exits.
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const s = performance.now();
    const r = spawnSync(`${PROJECT_ROOT}node_modules/.bin/tsx`, ["src/main.ts"], { cwd: PROJECT_ROOT, input: "/start\n", env: { PATH: process.env.PATH }, encoding: "utf8" });
    if (r.status !== 0) throw new Error(`npm start failed: ${r.stderr}`);
    runs.push(performance.now() - s);
  }
  note("start.toFirstReplyAndExitMs (median of 3, tsx src/main.ts)", runs.sort((a, b) => a - b)[1]!);
  note("process.peakRssMB", process.resourceUsage().maxRSS / 1024);

  if (json) {
    process.stdout.write(`${JSON.stringify(figures)}\n`);
  } else {
    const width = Math.max(...Object.keys(figures).map((k) => k.length));
    for (const [k, v] of Object.entries(figures)) process.stdout.write(`${k.padEnd(width)}  ${v}\n`);
  }
}

await main();
