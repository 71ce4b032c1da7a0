import pino from "pino";
import { describe, expect, it } from "vitest";
import { COMMANDS, GROUP_MENU_COMMANDS, MENU_COMMANDS, type CommandName } from "../../src/bot/command-registry.js";
import { buttons } from "../../src/core/callback-data.js";
import { registerCommands } from "../../src/telegram/commands.js";
import { createHarness, TestUser } from "../helpers/harness.js";
import { createFlowHarness, rendered } from "../helpers/stories.js";

const NAMES = Object.keys(COMMANDS) as CommandName[];
const harness = createHarness();
const LOCALES = harness.content.locales as Array<"en" | "bn">;
const UNKNOWN = "I don't know that command";
const PRIVATELY = "private chat";
const BOT = "nirapod_local_bot"; // LOCAL_BOT_INFO's username

describe("the command menu (setMyCommands)", () => {
  const registered = async () => {
    const h = createHarness();
    await registerCommands(h.bot.api, h.content, pino({ level: "silent" }));
    return h.api.calls.filter((c) => c.method === "setMyCommands").map((c) => c.payload);
  };

  it.each(LOCALES.map((lang) => ({ lang })))("in $lang lists every menu command of the registry, with its description", async ({ lang }) => {
    const calls = await registered();
    const forLang = calls.filter((p) => (p.language_code ?? "en") === lang);
    const all = forLang.find((p) => p.scope === undefined);
    expect(all?.commands).toEqual(MENU_COMMANDS.map((command) => ({ command, description: rendered(lang, `cmd-${command}`) })));
    for (const { command, description } of all!.commands as Array<{ command: string; description: string }>) {
      expect(command).toMatch(/^[a-z0-9_]{1,32}$/);
      expect(description.length, command).toBeGreaterThan(0);
      expect(description.length, command).toBeLessThanOrEqual(256);
    }
  });

  it.each(LOCALES.map((lang) => ({ lang })))("in $lang, groups see only the commands that work there", async ({ lang }) => {
    const calls = await registered();
    const groups = calls.find((p) => (p.language_code ?? "en") === lang && (p.scope as { type?: string } | undefined)?.type === "all_group_chats");
    const names = (groups?.commands as Array<{ command: string }>).map((c) => c.command);
    expect(names).toEqual(GROUP_MENU_COMMANDS);
    expect(names).toEqual(["help", "helpline", "language", "privacy", "session"]);
  });

  it("leaves out the staff-only /stats", async () => {
    const calls = await registered();
    expect(calls).toHaveLength(LOCALES.length * 2);
    for (const call of calls) expect(JSON.stringify(call.commands)).not.toContain('"stats"');
  });
});

describe("every command in the registry", () => {
  it.each(MENU_COMMANDS.map((name) => ({ name })))("/$name gets its own answer in a private chat", async ({ name }) => {
    const u = new TestUser(harness);
    await u.command(name);
    expect(u.replies.length).toBeGreaterThan(0);
    expect(u.last.text).not.toContain(UNKNOWN);
  });

  it("/stats is an unknown command for someone who is not staff", async () => {
    const u = new TestUser(harness);
    await u.command("stats");
    expect(u.last.text).toContain(UNKNOWN);
  });
});

describe("commands in groups", () => {
  it.each(NAMES.map((name) => ({ name, groups: COMMANDS[name].groups })))(
    "/$name and /$name@bot: answered in the group: $groups",
    async ({ name, groups }) => {
      for (const typed of [`/${name}`, `/${name}@${BOT}`, `/${name}@${BOT.toUpperCase()}`]) {
        const u = new TestUser(harness, { chatType: "supergroup" });
        await u.send(typed);
        expect(u.replies.length, typed).toBeGreaterThan(0);
        if (groups) expect(u.last.text, typed).not.toContain(PRIVATELY);
        else expect(u.last.text, typed).toContain(PRIVATELY);
        expect(u.last.text, typed).not.toContain(UNKNOWN);
      }
    },
  );

  it("a group command answers in the group, in the group's language buttons too", async () => {
    const u = new TestUser(harness, { chatType: "group" });
    await u.send(`/language@${BOT}`);
    expect(u.last.buttons.map((b) => b.data)).toEqual([buttons.setLanguage.data({ lang: "en" }), buttons.setLanguage.data({ lang: "bn" })]);
    await u.press("lang:bn");
    await u.send(`/helpline@${BOT}`);
    expect(u.last.text).toContain("কে সাহায্য করতে পারে");
  });

  it("ignores commands for another bot, and commands that are not ours sent to every bot", async () => {
    const u = new TestUser(harness, { chatType: "group" });
    for (const typed of ["/help@some_other_bot", "/start@some_other_bot", "/roll", "/roll 2d6"]) {
      await u.send(typed);
      expect(u.calls, typed).toEqual([]);
    }
  });

  it("an unknown command addressed to this bot by name is sent to a private chat", async () => {
    const u = new TestUser(harness, { chatType: "group" });
    await u.send(`/manu@${BOT}`);
    expect(u.last.text).toContain(PRIVATELY);
  });
});

describe("commands during a quiz", () => {
  const startQuiz = async () => {
    const h = createFlowHarness({ seed: 2 });
    const u = new TestUser(h);
    await u.command("quiz");
    await u.press("quiz:grooming");
    const question = u.replies.find((r) => r.buttons.some((b) => buttons.flowChoice.parse(b.data ?? "") !== undefined))!;
    expect(h.store.size).toBe(1);
    const answer = () => u.pressData(question.buttons[0]!.data!, question.messageId);
    return { h, u, answer };
  };

  it("the commands that take the teen somewhere else are the ones that leave", () => {
    expect(NAMES.filter((name) => COMMANDS[name].leavesFlow)).toEqual(["start", "menu", "quiz", "check", "forget", "hide"]);
  });

  // /check leaves the quiz for a flow of its own: see the next test.
  it.each(NAMES.filter((name) => COMMANDS[name].leavesFlow && name !== "check").map((name) => ({ name })))("/$name leaves the quiz: it ends, and its buttons say so", async ({ name }) => {
    const { h, u, answer } = await startQuiz();
    await u.command(name);
    expect(h.store.size).toBe(0);
    expect(u.replies.length).toBeGreaterThan(0);
    await answer();
    expect(u.calls.find((c) => c.method === "answerCallbackQuery")?.payload.text).toBe(rendered("en", "flow-ended-toast"));
  });

  it.each(NAMES.filter((name) => !COMMANDS[name].leavesFlow && name !== "cancel").map((name) => ({ name })))(
    "/$name answers and the quiz goes on",
    async ({ name }) => {
      const { h, u, answer } = await startQuiz();
      await u.command(name);
      expect(u.replies.length).toBeGreaterThan(0);
      expect(h.store.size).toBe(1);
      await answer();
      expect(u.last.buttons.some((b) => buttons.flowChoice.parse(b.data ?? "")?.choice === "next")).toBe(true);
    },
  );

  it("/check leaves the quiz for the self-check: the quiz's buttons no longer answer, the check's do", async () => {
    const { h, u, answer } = await startQuiz();
    const started = h.metrics.get("check.started");
    await u.command("check");
    const question = u.last;
    expect(question.text).toContain(rendered("en", "selfcheck-grooming-compliments"));
    expect(h.metrics.get("check.started")).toBe(started + 1);
    await answer();
    expect(u.calls.find((c) => c.method === "answerCallbackQuery")?.payload.text).toBe(rendered("en", "flow-old-button"));
    const no = question.buttons.find((b) => b.text === rendered("en", "btn-check-no"))!;
    await u.pressData(no.data!, question.messageId);
    expect(u.last.text).toContain(rendered("en", "selfcheck-grooming-gifts"));
  });

  it("/cancel stops the quiz itself, and says so", async () => {
    const { h, u } = await startQuiz();
    await u.command("cancel");
    expect(u.last.text).toBe(rendered("en", "flow-cancelled"));
    expect(h.store.size).toBe(0);
  });

  it("/menu@bot mid-quiz leaves it too (the entity, not the text, says which command)", async () => {
    const { h, u } = await startQuiz();
    await u.send(`/menu@${BOT}`);
    expect(h.store.size).toBe(0);
    expect(u.last.buttons.map((b) => b.data)).toContain(buttons.card.data({ card: "what-is" }));
  });
});
