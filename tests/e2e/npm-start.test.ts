import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BotApiEmulator } from "../helpers/bot-api-emulator.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";

/**
 * Runs `npm start` (the README's command) with the given environment and stdin — or, with
 * `direct`, the process it starts, so that signals reach the bot itself as under a supervisor.
 */
function start(env: Record<string, string>, stdin?: string, args: string[] = [], direct = false) {
  const [command, argv] = direct ? ["node", ["data/build/main.js", ...args]] : ["npm", ["start", "--silent", "--", ...args]];
  const child = spawn(command, argv as string[], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  if (stdin !== undefined) child.stdin.end(stdin);
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited, out: () => stdout, err: () => stderr };
}

describe("npm start without a token: the local chat", () => {
  it("prints the replies to piped lines and exits 0", async () => {
    const run = start({}, "/start\n/helpline\n");
    expect(await run.exited).toBe(0);
    const out = run.out();
    expect(out).toContain("Hi, I'm Nirapod");
    expect(out).toContain("1098");
    expect(out).toContain("[1] 📚 Topics");
    expect(out).not.toMatch(/<\/?b>/);
  }, 60_000);

  it("presses a button when a line is its number", async () => {
    const run = start({}, "/menu\n1\n1\nSOS\n");
    expect(await run.exited).toBe(0);
    expect(run.out()).toContain("What can I do?");
    expect(run.out()).toContain("999");
  }, 60_000);

  it("speaks Bengali with --lang bn", async () => {
    const run = start({}, "/helpline\n", ["--lang", "bn"]);
    expect(await run.exited).toBe(0);
    expect(run.out()).toContain("কে সাহায্য করতে পারে");
  }, 60_000);

  it("a bad configuration stops with one clear line", async () => {
    const run = start({ BOT_TOKEN: "oops" });
    expect(await run.exited).toBe(1);
    expect(run.err().trim().split("\n")).toHaveLength(1);
    expect(run.err()).toContain("BOT_TOKEN");
  }, 60_000);
});

describe("npm start with a token, against a Bot API emulator (BOT_API_ROOT)", () => {
  const emulator = new BotApiEmulator();
  let run: ReturnType<typeof start>;
  let child: ChildProcess;

  beforeAll(async () => {
    const root = await emulator.start();
    // A server that refuses the command menu must not stop the bot.
    emulator.refuse.add("setMyCommands");
    expect(spawnSync("node", ["src/build.mjs"], { cwd: ROOT }).status).toBe(0); // npm start's build step
    run = start({ BOT_TOKEN: TOKEN, BOT_API_ROOT: root, LOG_LEVEL: "info" }, undefined, [], true);
    child = run.child;
    await emulator.waitFor((calls) => calls.some((c) => c.method === "deleteWebhook"), 60_000);
  }, 90_000);
  afterAll(async () => {
    child.kill("SIGKILL");
    await emulator.stop();
  });

  const from = (language_code: string) => ({ id: 5551234, is_bot: false, first_name: "T", language_code });
  const chat = { id: 5551234, type: "private" };
  const sent = () => emulator.calls.filter((c) => c.method === "sendMessage");

  it("answers /start, SOS with 1098, a photo without getFile, and /helpline in Bengali", async () => {
    emulator.push({ message: { message_id: 1, date: 1, chat, from: from("en"), text: "/start", entities: [{ type: "bot_command", offset: 0, length: 6 }] } });
    await emulator.waitFor(() => sent().length >= 1);
    expect(String(sent()[0]!.payload.text)).toContain("Nirapod");

    emulator.push({ message: { message_id: 2, date: 1, chat, from: from("en"), text: "SOS" } });
    await emulator.waitFor(() => sent().length >= 2);
    expect(String(sent()[1]!.payload.text)).toContain("1098");

    emulator.push({ message: { message_id: 3, date: 1, chat, from: from("en"), photo: [{ file_id: "AgACAgQ-canary", file_unique_id: "q", width: 9, height: 9 }] } });
    await emulator.waitFor(() => sent().length >= 3);
    expect(String(sent()[2]!.payload.text)).toContain("not your fault");

    emulator.push({ message: { message_id: 4, date: 1, chat: { id: 777, type: "private" }, from: { ...from("bn"), id: 777 }, text: "/helpline", entities: [{ type: "bot_command", offset: 0, length: 9 }] } });
    await emulator.waitFor(() => sent().length >= 4);
    expect(String(sent()[3]!.payload.text)).toContain("কে সাহায্য করতে পারে");
    expect(String(sent()[3]!.payload.text)).toContain("1098");

    expect(emulator.calls.map((c) => c.method)).not.toContain("getFile");
    expect(run.err()).toContain("could not register the command menu");
    expect(run.err()).not.toContain("5551234");
    expect(run.err()).not.toContain("canary");
  }, 30_000);

  it("runs a classroom session in a group: /session, a theme, an anonymous quiz poll, its totals, Next, stopPoll and the takeaway", async () => {
    const group = { id: -1009876543210, type: "supergroup", title: "Class 9B" };
    const admin = { ...from("en"), id: 6661234 };
    emulator.admins.add(`${group.id}:${admin.id}`);
    const mark = emulator.calls.length;
    const since = (method: string) => emulator.calls.slice(mark).filter((c) => c.method === method);
    emulator.push({ message: { message_id: 10, date: 1, chat: group, from: admin, text: "/session", entities: [{ type: "bot_command", offset: 0, length: 8 }] } });
    await emulator.waitFor(() => since("sendMessage").length >= 1);
    const picker = since("sendMessage")[0]!.payload.reply_markup as { inline_keyboard: Array<Array<{ callback_data: string }>> };
    const theme = picker.inline_keyboard[0]![0]!.callback_data;
    expect(theme).toMatch(/^cls:t:[a-z0-9]{6}:grooming$/);
    emulator.push({ callback_query: { id: "1", from: admin, chat_instance: "c", data: theme, message: { message_id: 1, date: 1, chat: group, text: "" } } });
    await emulator.waitFor(() => since("sendPoll").length >= 1);
    const poll = since("sendPoll")[0]!.payload;
    expect(poll).toMatchObject({ type: "quiz", is_anonymous: true });
    expect(poll.correct_option_id).toBeTypeOf("number");
    const next = (poll.reply_markup as { inline_keyboard: Array<Array<{ callback_data: string }>> }).inline_keyboard[0]![0]!.callback_data;
    emulator.push({ callback_query: { id: "2", from: admin, chat_instance: "c", data: next, message: { message_id: 2, date: 1, chat: group, text: "" } } });
    await emulator.waitFor(() => since("stopPoll").length >= 1 && since("sendMessage").length >= 2);
    expect(String(since("sendMessage")[1]!.payload.text)).toContain("Talk about it");
    expect(run.err()).not.toContain("6661234");
    expect(run.err()).not.toContain("9876543210");
  }, 30_000);

  it("shuts down gracefully on SIGTERM", async () => {
    child.kill("SIGTERM");
    expect(await run.exited).toBe(0);
  }, 30_000);
});
