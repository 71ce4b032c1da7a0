import { Writable } from "node:stream";
import pino from "pino";
import type { Bot } from "grammy";
import type { InlineKeyboardButton, Update } from "grammy/types";
import { createBot, type BotDeps } from "../../src/bot/create-bot.js";
import type { BotContext, SessionData } from "../../src/bot/context.js";
import { SignalMemory } from "../../src/bot/signal-memory.js";
import { MessageLog } from "../../src/bot/message-log.js";
import { ExpiringStore } from "../../src/core/expiring-store.js";
import { loadConfig } from "../../src/config.js";
import { contentPathsAt, loadContent, PROJECT_ROOT, type Content } from "../../src/content/content.js";
import { FakeBotApi, LOCAL_BOT_INFO, type ApiCall } from "../../src/local/fake-bot-api.js";
import type { Classifier } from "../../src/nlu/index.js";

/** Everything the bot wrote to its log, to prove what is (not) in it. */
export class LogSink extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _enc: string, done: () => void) {
    this.lines.push(chunk.toString());
    done();
  }
  get text(): string {
    return this.lines.join("");
  }
}

export interface Harness {
  bot: Bot<BotContext>;
  api: FakeBotApi;
  state: ExpiringStore<SessionData>;
  /** The chats' recent danger signals, to prove what is (not) kept. */
  signals: SignalMemory;
  /** Message ids per private chat, for /hide. */
  messages: MessageLog;
  logs: LogSink;
  content: Content;
}

/**
 * The production bot, with a Bot API that lives in memory and a log the test can read.
 * `contentRoot` points it at another copy of the content folders (locales/, flows/, data/).
 */
export function createHarness(
  options: { classifier?: Classifier; env?: Record<string, string>; contentRoot?: string } & Pick<BotDeps, "metrics" | "campaigns" | "adminStats"> = {},
): Harness {
  const config = loadConfig({ HELPLINE_COUNTRY: "BD", ...options.env });
  const api = new FakeBotApi();
  const logs = new LogSink();
  const logger = pino({ level: "debug" }, logs);
  const content = loadContent(config.helplineCountry, contentPathsAt(options.contentRoot ?? PROJECT_ROOT));
  const state = new ExpiringStore<SessionData>({ ttlMs: config.stateTtlMs });
  const signals = new SignalMemory();
  const messages = new MessageLog();
  const bot = createBot(config, {
    content,
    logger,
    classifier: options.classifier,
    metrics: options.metrics,
    campaigns: options.campaigns,
    adminStats: options.adminStats,
    botInfo: LOCAL_BOT_INFO,
    client: { fetch: api.fetch },
    state,
    signals,
    messages,
  });
  return { bot, api, state, signals, messages, logs, content };
}

export interface Reply {
  method: string;
  text: string;
  buttons: Array<{ text: string; data?: string; url?: string }>;
  payload: Record<string, unknown>;
  /** The message the text is in (new for sendMessage, the edited one for editMessageText). */
  messageId: number;
}

function toReply(call: ApiCall): Reply {
  const keyboard = (call.payload.reply_markup as { inline_keyboard?: InlineKeyboardButton[][] } | undefined)?.inline_keyboard ?? [];
  return {
    method: call.method,
    text: String(call.payload.text ?? ""),
    payload: call.payload,
    messageId: Number((call.result as { message_id?: number } | undefined)?.message_id ?? call.payload.message_id ?? 1),
    buttons: keyboard.flat().map((b) => ({
      text: b.text,
      data: "callback_data" in b ? b.callback_data : undefined,
      url: "url" in b ? b.url : undefined,
    })),
  };
}

let nextUserId = 7_000_001;
let nextUpdateId = 1;

/**
 * A person chatting with the bot, like the TestUser of grammY's i18n plugin: it sends
 * updates through `bot.handleUpdate` and reads what the bot sent back.
 */
export class TestUser {
  readonly id: number;
  readonly chat: { id: number; type: "private" | "group" | "supergroup"; title?: string; first_name?: string };
  private messageId = 1;
  /** Calls made in answer to the most recent action. */
  calls: ApiCall[] = [];

  constructor(
    private readonly harness: Harness,
    private readonly options: {
      languageCode?: string;
      chatType?: "private" | "group" | "supergroup";
      id?: number;
      /** A group several test users share (a class with its youth worker); by default each user has a group of their own. */
      groupId?: number;
    } = {},
  ) {
    this.id = options.id ?? nextUserId++;
    const type = options.chatType ?? "private";
    this.chat = type === "private" ? { id: this.id, type, first_name: "Test" } : { id: options.groupId ?? -this.id, type, title: "Class 9B" };
  }

  private get from() {
    return { id: this.id, is_bot: false, first_name: "Test", username: `user${this.id}`, language_code: this.options.languageCode ?? "en" };
  }

  async update(partial: Record<string, unknown>): Promise<void> {
    const mark = this.harness.api.calls.length;
    await this.harness.bot.handleUpdate({ update_id: nextUpdateId++, ...partial } as unknown as Update);
    this.calls = this.harness.api.since(mark);
  }

  message(extra: Record<string, unknown>): Promise<void> {
    return this.update({
      message: { message_id: this.messageId++, date: Math.floor(Date.now() / 1000), chat: this.chat, from: this.from, ...extra },
    });
  }

  send(text: string): Promise<void> {
    const command = text.match(/^\/\S+/);
    const entities = command ? [{ type: "bot_command", offset: 0, length: command[0].length }] : undefined;
    return this.message({ text, entities });
  }

  command(name: string, payload?: string): Promise<void> {
    return this.send(payload ? `/${name} ${payload}` : `/${name}`);
  }

  pressData(data: string, messageId = 1): Promise<void> {
    return this.update({
      callback_query: {
        id: String(nextUpdateId),
        from: this.from,
        chat_instance: "test",
        data,
        message: { message_id: messageId, date: Math.floor(Date.now() / 1000), chat: this.chat, text: "" },
      },
    });
  }

  /** Presses a button, found by its label or data among the buttons the bot showed last. */
  async press(labelOrData: string | RegExp): Promise<void> {
    const match = (s: string | undefined) => (typeof labelOrData === "string" ? s === labelOrData : s !== undefined && labelOrData.test(s));
    for (const reply of [...this.replies].reverse()) {
      const button = reply.buttons.find((b) => match(b.text) || match(b.data));
      if (button?.data) {
        return this.pressData(button.data, reply.messageId);
      }
    }
    throw new Error(`no button ${String(labelOrData)} in: ${this.replies.flatMap((r) => r.buttons.map((b) => b.text)).join(" | ")}`);
  }

  /** Messages sent or edited in answer to the last action, in order. */
  get replies(): Reply[] {
    return this.calls.filter((c) => c.method === "sendMessage" || c.method === "editMessageText").map(toReply);
  }

  get last(): Reply {
    const reply = this.replies.at(-1);
    if (!reply) throw new Error(`the bot did not reply; calls: ${this.calls.map((c) => c.method).join(", ") || "none"}`);
    return reply;
  }

  get first(): Reply {
    const reply = this.replies[0];
    if (!reply) throw new Error("the bot did not reply");
    return reply;
  }

  methods(): string[] {
    return this.calls.map((c) => c.method);
  }
}
