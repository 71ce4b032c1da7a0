import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { Bot } from "grammy";
import type { InlineKeyboardButton, Update } from "grammy/types";
import type { BotContext } from "../bot/context.js";
import { htmlToPlain } from "../bot/html.js";
import type { ApiCall, FakeBotApi } from "./fake-bot-api.js";

interface Button {
  label: string;
  data?: string;
  url?: string;
  messageId: number;
}

export interface TerminalChatOptions {
  input: Readable;
  output: Writable;
  /** A person at a keyboard: show a prompt. Otherwise each input line is one message. */
  interactive: boolean;
  /** The Telegram client language the local user pretends to have. */
  languageCode: string;
}

const LOCAL_USER = { id: 1, is_bot: false, first_name: "You" } as const;

/**
 * The local chat: the real bot, talking through an in-process Bot API, in the terminal.
 * Buttons print as a numbered list; typing the number presses the button. `:photo` and
 * `:sticker` pretend to send one, so the media replies can be tried without Telegram.
 */
export async function runTerminalChat(bot: Bot<BotContext>, api: FakeBotApi, options: TerminalChatOptions): Promise<void> {
  const { output } = options;
  const write = (line: string) => output.write(`${line}\n`);
  const chat = { id: LOCAL_USER.id, type: "private" as const, first_name: LOCAL_USER.first_name };
  const from = { ...LOCAL_USER, language_code: options.languageCode };
  let updateId = 1;
  let messageId = 1;
  let buttons: Button[] = [];

  const message = (extra: Record<string, unknown>) => ({
    update_id: updateId++,
    message: { message_id: messageId++, date: Math.floor(Date.now() / 1000), chat, from, ...extra },
  });

  function toUpdate(line: string): Update | undefined {
    if (/^\d{1,2}$/.test(line) && buttons.length > 0) {
      const button = buttons[Number(line) - 1];
      if (!button) {
        write(`(no button ${line}: choose 1–${buttons.length})`);
        return undefined;
      }
      if (button.url) {
        write(`(this button opens ${button.url})`);
        return undefined;
      }
      return {
        update_id: updateId++,
        callback_query: {
          id: String(updateId),
          from,
          chat_instance: "local",
          data: button.data,
          message: { message_id: button.messageId, date: Math.floor(Date.now() / 1000), chat, text: "" },
        },
      } as Update;
    }
    if (line === ":photo") return message({ photo: [{ file_id: "local-photo", file_unique_id: "local", width: 1, height: 1 }] }) as Update;
    if (line === ":sticker") {
      return message({ sticker: { file_id: "local-sticker", file_unique_id: "local", type: "regular", width: 1, height: 1, is_animated: false, is_video: false } }) as Update;
    }
    const entities = line.startsWith("/") ? [{ type: "bot_command", offset: 0, length: line.split(/\s/)[0]!.length }] : undefined;
    return message({ text: line, entities }) as Update;
  }

  /** A message's buttons, numbered: typing the number presses one. */
  function showButtons(call: ApiCall): void {
    const p = call.payload;
    const id = Number((call.result as { message_id?: number } | undefined)?.message_id ?? p.message_id);
    const rows = ((p.reply_markup as { inline_keyboard?: InlineKeyboardButton[][] } | undefined)?.inline_keyboard ?? []).flat();
    if (rows.length > 0) {
      buttons = rows.map((b) => ({ label: b.text, data: "callback_data" in b ? b.callback_data : undefined, url: "url" in b ? b.url : undefined, messageId: id }));
      buttons.forEach((b, i) => write(`  [${i + 1}] ${b.label}`));
    }
  }

  function show(call: ApiCall): void {
    const p = call.payload;
    if (call.method === "sendMessage" || call.method === "editMessageText") {
      write("");
      write(htmlToPlain(String(p.text ?? "")));
      showButtons(call);
    } else if (call.method === "sendPoll") {
      // Only groups get polls (classroom sessions); shown as the room would see them.
      write("");
      write(`[quiz poll] ${String(p.question ?? "")}`);
      ((p.options as Array<{ text: string }> | undefined) ?? []).forEach((o, i) => write(`  (${String.fromCharCode(97 + i)}) ${o.text}`));
      showButtons(call);
    } else if (call.method === "stopPoll") {
      write("(the poll is closed)");
    } else if (call.method === "answerCallbackQuery" && p.text) {
      write(`(${String(p.text)})`);
    } else if (call.method === "deleteMessage") {
      write("(your message was deleted)");
    } else if (call.method === "deleteMessages") {
      write(`[deleted ${Array.isArray(p.message_ids) ? p.message_ids.length : 0} messages]`);
    }
  }

  const lines = createInterface({ input: options.input, terminal: false });
  const prompt = () => options.interactive && output.write("\nyou> ");
  prompt();
  for await (const raw of lines) {
    const line = raw.trim();
    if (line === "") {
      prompt();
      continue;
    }
    if (!options.interactive) write(`\nyou> ${line}`);
    const update = toUpdate(line);
    if (update) {
      const mark = api.calls.length;
      await bot.handleUpdate(update);
      for (const call of api.since(mark)) show(call);
    }
    prompt();
  }
}
