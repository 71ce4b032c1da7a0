/**
 * `npm run bench`: performance figures, printed as a table (or `--json`).
 * - NLU: classify p50/p99 and throughput on the training examples;
 * - the whole bot in-process (handleUpdate through the real middleware stack, Bot API faked),
 *   side by side in the same run with a bare grammY bot and with grammY + the classifier alone;
 * - start-up to the first reply with a cached model, as `npm start` does it;
 * - peak RSS;
 * - counting: buffered increments/s, the 365-day stats query, dashboard render time.
 */
import { spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { Bot } from "grammy";
import type { Update } from "grammy/types";
import pino from "pino";
import { createBot } from "../bot/create-bot.js";
import { loadConfig } from "../config.js";
import { loadContent, PROJECT_ROOT } from "../content/content.js";
import { FakeBotApi, LOCAL_BOT_INFO } from "../local/fake-bot-api.js";
import { loadClassifier } from "../nlu-build/load-classifier.js";
import { type Classifier } from "../nlu/index.js";
import { benchClassify } from "../nlu-lab/bench.js";
import { runStatsBench } from "./stats-bench.js";
import { loadIntents } from "../nlu-build/intents.js";

const json = process.argv.includes("--json");
/** The node flags of `npm start` (package.json's start script), so the bundle is measured as it runs. */
const START_NODE_FLAGS = (JSON.parse(readFileSync(`${PROJECT_ROOT}package.json`, "utf8")) as { scripts: { start: string } }).scripts.start
  .split(/\s+/)
  .filter((word) => word.startsWith("--"));
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

  const bareApi = new FakeBotApi({ record: false });
  const bare = new Bot("0:bench", { botInfo: LOCAL_BOT_INFO, client: { fetch: bareApi.fetch } });
  bare.on("message:text", (ctx) => ctx.reply("ok"));

  const nlpApi = new FakeBotApi({ record: false });
  const withNlp = new Bot("0:bench", { botInfo: LOCAL_BOT_INFO, client: { fetch: nlpApi.fetch } });
  withNlp.on("message:text", (ctx) => ctx.reply(classifier.classify(ctx.msg.text).topic));

  // Each of the 500 chats sends 40 messages within seconds: far over the rate limit, which
  // would measure held-back messages instead of answers. The limit's own cost is still measured.
  const config = loadConfig({ RATE_LIMIT_PER_MINUTE: "10000" });
  const content = loadContent(config.helplineCountry);
  const fullApi = new FakeBotApi({ record: false });
  const full = createBot(config, { content, logger, classifier, botInfo: LOCAL_BOT_INFO, client: { fetch: fullApi.fetch } });

  const bareRate = await updatesPerSecond(bare, updates);
  const nlpRate = await updatesPerSecond(withNlp, updates);
  const fullRate = await updatesPerSecond(full, updates);
  note("bot.bareGrammy.updatesPerSecond", bareRate);
  note("bot.grammyPlusNlu.updatesPerSecond", nlpRate);
  note("bot.nirapod.updatesPerSecond", fullRate);
  note("bot.nirapod/bare ratio", fullRate / bareRate);
  note("bot.nirapod/grammyPlusNlu ratio", fullRate / nlpRate);

  // Start-up as a deployment sees it: a fresh process, the model already cached, until the
  // first reply to /start is printed. `npm start` (with its 0.1 s build step) and the bundle alone.
  const firstReply = async (command: string, args: string[]) => {
    const s = performance.now();
    const child = spawn(command, args, { cwd: PROJECT_ROOT, env: { PATH: process.env.PATH }, stdio: ["pipe", "pipe", "ignore"] });
    const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
    child.stdin.end("/start\n");
    let out = "";
    await new Promise<void>((resolve, reject) => {
      child.stdout.on("data", (d: Buffer) => {
        out += d.toString();
        if (out.includes("Nirapod")) resolve();
      });
      child.on("exit", () => (out.includes("Nirapod") ? resolve() : reject(new Error("no reply"))));
    });
    const ms = performance.now() - s;
    await exited;
    return ms;
  };
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const npmRuns: number[] = [];
  const nodeRuns: number[] = [];
  for (let i = 0; i < 3; i++) npmRuns.push(await firstReply("npm", ["start", "--silent"]));
  for (let i = 0; i < 3; i++) nodeRuns.push(await firstReply("node", [...START_NODE_FLAGS, "data/build/main.js"]));
  note("start.npmStart.toFirstReplyMs (median of 3)", median(npmRuns));
  note("start.bundle.toFirstReplyMs (median of 3)", median(nodeRuns));
  // /start and two messages: the first message builds the classifier's inference tables
  const rssRun = spawnSync("/usr/bin/time", ["-f", "%M", "node", ...START_NODE_FLAGS, "data/build/main.js"], {
    cwd: PROJECT_ROOT,
    input: "/start\nhe wants to meet me tomorrow\namar chobi post kore dise\n",
    encoding: "utf8",
    env: { PATH: process.env.PATH },
  });
  const rssKb = Number(rssRun.stderr.trim().split("\n").at(-1));
  if (Number.isFinite(rssKb) && rssKb > 0) note("start.bundle.peakRssMB (local chat, /start and two messages)", rssKb / 1024);

  const statsBench = await runStatsBench();
  for (const [k, v] of Object.entries(statsBench)) if (typeof v === "number") note(`stats.${k}`, v);

  note("process.peakRssMB", process.resourceUsage().maxRSS / 1024);

  if (json) {
    process.stdout.write(`${JSON.stringify(figures)}\n`);
  } else {
    const width = Math.max(...Object.keys(figures).map((k) => k.length));
    for (const [k, v] of Object.entries(figures)) process.stdout.write(`${k.padEnd(width)}  ${v}\n`);
  }
}

await main();
