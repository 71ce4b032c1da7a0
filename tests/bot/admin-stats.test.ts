import { Bot } from "grammy";
import type { Update } from "grammy/types";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { BotContext } from "../../src/bot/context.js";
import { FakeBotApi, LOCAL_BOT_INFO } from "../../src/local/fake-bot-api.js";
import { statsFeature } from "../../src/bot/features/admin-stats.js";
import { createBufferedMetrics } from "../../src/stats/buffered-metrics.js";
import type { SqliteStatsDb } from "../../src/stats/db.js";
import { createStatsReader } from "../../src/stats/served-report.js";
import { addCounts } from "../../src/stats/store.js";
import { tempSqlite } from "../stats/helpers.js";

const ADMIN = 424242;
const now = () => new Date("2025-03-10T15:00:00Z");

describe("/stats for admins", () => {
  let db: SqliteStatsDb;
  let cleanup: () => Promise<void>;
  let api: FakeBotApi;
  let bot: Bot<BotContext>;
  let unhandled: number;
  let updateId = 1;

  beforeEach(async () => {
    ({ db, cleanup } = tempSqlite());
    await addCounts(db, [
      { day: "2025-03-10", metric: "messages", n: 12 },
      { day: "2025-03-10", metric: "urgent", n: 2 },
      { day: "2025-03-10", metric: "users", n: 6 },
      { day: "2025-03-08", metric: "messages", n: 30 },
      { day: "2025-03-08", metric: "urgent", n: 9 },
      { day: "2025-03-08", metric: "users", n: 11 },
      { day: "2025-03-08", metric: "quiz.started", n: 3 },
      { day: "2025-03-01", metric: "messages", n: 1000 }, // the week before
      { day: "2025-02-09", metric: "messages", n: 5000 }, // five weeks ago
    ]);
    api = new FakeBotApi();
    bot = new Bot<BotContext>("0000000000:local-chat-no-network-aaaaaaaaaaaaaaaaaaa", { botInfo: LOCAL_BOT_INFO, client: { fetch: api.fetch } });
    const metrics = createBufferedMetrics(db, { flushIntervalMs: 0, now: () => new Date("2025-03-05T09:00:00Z") });
    metrics.count("referral.shown", 7); // still in the buffer: /stats flushes first
    bot.use(statsFeature({ adminIds: new Set([ADMIN]), reader: createStatsReader(db, now), k: 5, flush: () => metrics.flush(), now }));
    unhandled = 0;
    bot.use(() => {
      unhandled++;
    });
  });
  afterEach(async () => {
    await cleanup();
  });

  const send = async (from: number, text: string, chatType: "private" | "group" = "private") => {
    const mark = api.calls.length;
    const chat = chatType === "private" ? { id: from, type: "private", first_name: "A" } : { id: -100, type: "group", title: "G" };
    await bot.handleUpdate({
      update_id: updateId++,
      message: { message_id: 1, date: 0, chat, from: { id: from, is_bot: false, first_name: "A" }, text, entities: [{ type: "bot_command", offset: 0, length: text.split(" ")[0]!.length }] },
    } as unknown as Update);
    return api.since(mark, "sendMessage").map((c) => String(c.payload.text));
  };

  it("answers an admin with the last finished week's and the last four weeks' headline counts, suppressed; never this week's", async () => {
    const [text] = await send(ADMIN, "/stats");
    expect(text).toBe(
      [
        "Nirapod stats (whole weeks, Monday to Sunday UTC, once they are over; counts below 5 shown as <5)",
        "",
        "Last week, 2025-03-03 to 2025-03-09",
        "Messages: 30",
        "Active users (daily uniques, summed): 11",
        "Urgent messages: 9",
        'Asked "Are you safe right now?": 0',
        "Referrals shown: 7",
        "Quizzes started: <5",
        "Quizzes completed: 0",
        "Not understood: 0",
        "Safe word used: 0",
        "Media received: 0",
        "/forget used: 0",
        "",
        "Last 4 weeks, 2025-02-10 to 2025-03-09",
        "Messages: 1030",
        "Active users (daily uniques, summed): 11",
        "Urgent messages: 9",
        'Asked "Are you safe right now?": 0',
        "Referrals shown: 7",
        "Quizzes started: <5",
        "Quizzes completed: 0",
        "Not understood: 0",
        "Safe word used: 0",
        "Media received: 0",
        "/forget used: 0",
        "",
        "Active users are counted once per day; the figures add up the days. This week's counts appear once the week is over.",
      ].join("\n"),
    );
    expect(unhandled).toBe(0);
  });

  it("is an unknown command for everyone else, and in groups even for admins", async () => {
    expect(await send(ADMIN + 1, "/stats")).toEqual([]);
    expect(await send(ADMIN, "/stats", "group")).toEqual([]);
    expect(unhandled).toBe(2);
  });

  it("says so plainly when the database cannot answer", async () => {
    await db.close();
    const [text] = await send(ADMIN, "/stats");
    expect(text).toMatch(/Stats are unavailable right now/);
  });
});
